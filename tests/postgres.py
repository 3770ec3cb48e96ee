"""The real PostgreSQL server of this machine, for the store tests.

LEADGUARD_TEST_POSTGRES_URL names a maintenance database to connect to (default: the local
server, as the current user, database postgres). Each test session works in its own scratch
database, dropped at the end. Tests that use the server hold a shared lock; the test that stops and
restarts it holds the exclusive lock, so concurrent test runs on one machine do not trip
over each other.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

ADMIN_URL = os.environ.get("LEADGUARD_TEST_POSTGRES_URL",
                           "postgresql://127.0.0.1:5432/postgres")
_LOCK_FILE = Path("/tmp/leadguard-tests-postgres.lock")
_CONFIG_DIR = Path("/etc/postgresql")


def _connect() -> psycopg.Connection[tuple[object, ...]]:
    try:
        return psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(
            f"PostgreSQL is not reachable at {make_url(ADMIN_URL).render_as_string()}: "
            f"{exc}. The store tests run against the real server: start it "
            "(pg_ctlcluster --skip-systemctl-redirect <version> main start) or point "
            "LEADGUARD_TEST_POSTGRES_URL at one.", pytrace=False)


@contextmanager
def server_in_use(exclusive: bool = False) -> Iterator[None]:
    with _LOCK_FILE.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@contextmanager
def scratch_database() -> Iterator[str]:
    """A new, empty database for this test session; its URL in the contract's spelling."""
    name = f"leadguard_test_{secrets.token_hex(6)}"
    with server_in_use(), _connect() as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with server_in_use(), _connect() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def truncate_store(url: str) -> None:
    """Empty the review store's tables (if they exist yet) between tests."""
    with psycopg.connect(url, autocommit=True, connect_timeout=5) as connection:
        tables = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename IN ('reviews', 'review_codes', 'feedback')").fetchall()
        # DELETE: on a handful of rows it is several times faster than TRUNCATE.
        for table in ("review_codes", "feedback", "reviews"):
            if (table,) in tables:
                connection.execute(f"DELETE FROM {table}")


def _cluster(action: str) -> subprocess.CompletedProcess[str]:
    versions = sorted(path.name for path in _CONFIG_DIR.iterdir()) if _CONFIG_DIR.is_dir() else []
    if not versions:
        pytest.fail("Stopping PostgreSQL needs a local Debian cluster (pg_ctlcluster and "
                    f"{_CONFIG_DIR}); none is installed here.", pytrace=False)
    return subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main",
                           action], capture_output=True, text=True, timeout=120, check=False)


def stop_server() -> None:
    result = _cluster("stop")
    if result.returncode != 0:
        pytest.fail(f"pg_ctlcluster stop failed: {result.stderr}", pytrace=False)


def ensure_server_running() -> None:
    """Start the server unless it runs; safe to call whatever state a failed test left."""
    if _cluster("status").returncode == 0:
        return
    result = _cluster("start")
    if result.returncode != 0:
        raise RuntimeError(f"pg_ctlcluster start failed: {result.stderr}")
