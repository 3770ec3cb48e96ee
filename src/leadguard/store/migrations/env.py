"""Alembic environment of the review store.

The service runs it through leadguard.store.database.upgrade (at start and in
`leadguard db upgrade`), handing over an open connection in config.attributes. A new revision
is a file in versions/ after script.py.mako; to draft one, upgrade a scratch database and
autogenerate against it with alembic.command.revision(alembic_config(), ..., autogenerate=True)
after setting the config's sqlalchemy.url.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from leadguard.store.schema import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.begin() as own:
            _run(own)
    finally:
        engine.dispose()


main()
