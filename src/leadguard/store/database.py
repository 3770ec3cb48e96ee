"""Connecting to the review store's database and bringing its schema to the current revision.

`sqlite:///...` is the embedded default; `postgresql://...` (the contract's spelling) runs on
psycopg 3 so several replicas can share one queue.
"""

from __future__ import annotations

import fcntl
import functools
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from leadguard.config import ConfigError

SQLITE_FILE = "leadguard.sqlite3"
# A store that does not answer within this many seconds is treated as down (its leads are
# spooled), rather than holding a screening request for the operating system's TCP timeout.
CONNECT_TIMEOUT_SECONDS = 3
# How long SQLite waits for another process's write lock before giving up.
SQLITE_BUSY_TIMEOUT_MS = 5000
# Any fixed number: replicas starting together take turns to migrate a PostgreSQL schema.
_PG_MIGRATION_LOCK = 0x6C656164


def database_url(configured: str | None, data_dir: Path) -> URL:
    """The SQLAlchemy URL to use: the configured one, or a SQLite file under `data_dir`."""
    if not configured:
        data_dir.mkdir(parents=True, exist_ok=True)
        return URL.create("sqlite", database=str(data_dir / SQLITE_FILE))
    try:
        url = make_url(configured)
    except ArgumentError as exc:
        raise ConfigError("LEADGUARD_DATABASE_URL is not a database URL; write it as "
                          "sqlite:///path/to/file.sqlite3 or "
                          "postgresql://user:password@host/dbname") from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    return url


def make_engine(url: URL) -> Engine:
    """An engine with the settings the store relies on; it connects only when first used."""
    options: dict[str, Any] = {"pool_pre_ping": True}  # a restarted server leaves dead sockets
    if url.get_backend_name() == "postgresql":
        options["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_SECONDS}
    try:
        engine = create_engine(url, **options)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise ConfigError(f"LEADGUARD_DATABASE_URL {url.render_as_string(hide_password=True)} "
                          f"cannot be used: {exc}") from exc
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer, so moderators listing the queue do not slow
    # screening; FULL: a queued lead survives a power cut once its review_id is answered.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


@functools.cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def alembic_config() -> AlembicConfig:
    """Alembic's configuration, pointing at the migrations bundled in this package."""
    config = AlembicConfig()
    config.set_main_option("script_location", str(resources.files("leadguard.store") /
                                                  "migrations"))
    return config


def head_revision() -> str | None:
    return _scripts().get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision; a no-op, one query, when it is there already."""
    if current_revision(engine) == head_revision():
        return
    from alembic import command

    with _migration_lock(engine), engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """One migrator at a time: workers and replicas may all start at once."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"),
                               {"key": _PG_MIGRATION_LOCK})
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"),
                                   {"key": _PG_MIGRATION_LOCK})
                connection.commit()
    elif engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        with open(f"{engine.url.database}.migrate-lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield
    else:
        yield
