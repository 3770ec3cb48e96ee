"""The `leadguard` command: serve the API, screen one lead from the shell, keep the store."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from leadguard import __version__
from leadguard.backfill import add_command as add_screen_file_command
from leadguard.config import ConfigError
from leadguard.lead import TEXT_FIELDS
from leadguard.model.cli import add_commands as add_model_commands
from leadguard.policy import PolicyError
from leadguard.wordlists import WordlistError


def cmd_serve(args: argparse.Namespace) -> int:
    from leadguard.app import close_app, create_app
    from leadguard.auth import keyring
    from leadguard.config import load_config
    from leadguard.server import is_loopback, serve

    config = load_config()
    host = args.host or config["HOST"]
    port = args.port or config["PORT"]
    if keyring(config).open and not is_loopback(host):
        print(f"leadguard: refusing to serve without API keys on {host}; set "
              "LEADGUARD_API_KEYS or listen on a loopback address.", file=sys.stderr)
        return 2
    workers = args.workers or _workers_from_env()
    # Build the app once before forking: a bad policy, key list or word list then stops here
    # with its message, instead of every gunicorn worker failing to boot; and the review
    # store is migrated once, before the workers start.
    close_app(create_app())
    serve(host=host, port=port, workers=workers)
    return 0


def _workers_from_env() -> int:
    raw = os.environ.get("WEB_CONCURRENCY", "2")
    try:
        workers = int(raw)
    except ValueError:
        workers = 0
    if workers < 1:
        raise ConfigError(f"WEB_CONCURRENCY={raw!r} is not usable: must be a whole number, "
                          "1 or more")
    return workers


_LEAD_OPTIONS = (*TEXT_FIELDS, "lead_id")


def cmd_screen(args: argparse.Namespace) -> int:
    from leadguard.app import close_app, create_app
    from leadguard.errors import ApiError
    from leadguard.lead import parse_lead

    body: dict[str, Any] = {"email": args.email}
    for name in _LEAD_OPTIONS:
        value = getattr(args, name)
        if value is not None:
            body[name] = value
    if args.elapsed_ms is not None:
        body["elapsed_ms"] = args.elapsed_ms
    try:
        lead = parse_lead(body)
    except ApiError as error:
        print(json.dumps(error.to_dict(), indent=2), file=sys.stderr)
        return 2
    app = create_app()
    try:
        result = app.extensions["leadguard.screener"].screen(lead)
    finally:
        close_app(app)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


def _open_store() -> tuple[Any, dict[str, Any]]:
    from leadguard.config import data_dir, load_config
    from leadguard.store import ReviewStore

    config = load_config()
    return ReviewStore.from_settings(config["DATABASE_URL"], data_dir(config)), config


def cmd_purge(args: argparse.Namespace) -> int:
    from leadguard.store import StoreUnavailable

    store, config = _open_store()
    days = config["RETENTION_DAYS"] if args.older_than_days is None else args.older_than_days
    try:
        removed = store.purge(days)
    except StoreUnavailable as error:
        print(f"leadguard: {error}; nothing was purged.", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"purged {removed} review(s) and feedback record(s) older than {days} day(s)")
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from leadguard.store import StoreUnavailable
    from leadguard.store.database import current_revision

    store, _config = _open_store()
    try:
        store.upgrade()
        revision = current_revision(store.engine)
    except StoreUnavailable as error:
        print(f"leadguard: {error}; the schema was not changed.", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"review store ({store.backend}) is at schema revision {revision}")
    return 0


def _days(raw: str) -> int:
    if not raw.isdigit():
        raise argparse.ArgumentTypeError("must be a whole number of days, 0 or more")
    return int(raw)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="leadguard", description=__doc__)
    parser.add_argument("--version", action="version", version=f"leadguard {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the HTTP API with gunicorn")
    serve.add_argument("--host", help="listen address (default: LEADGUARD_HOST)")
    serve.add_argument("--port", type=int, help="listen port (default: LEADGUARD_PORT)")
    serve.add_argument("--workers", type=int,
                       help="gunicorn worker processes (default: WEB_CONCURRENCY or 2)")
    serve.set_defaults(func=cmd_serve)

    screen = commands.add_parser("screen", help="screen one lead and print the JSON result")
    screen.add_argument("--email", required=True)
    for name in _LEAD_OPTIONS:
        screen.add_argument("--" + name.replace("_", "-"), dest=name)
    screen.add_argument("--elapsed-ms", type=float, dest="elapsed_ms")
    screen.set_defaults(func=cmd_screen)

    purge = commands.add_parser(
        "purge", help="delete queued leads and feedback older than the retention period")
    purge.add_argument("--older-than-days", type=_days, dest="older_than_days",
                       help="age in days (default: LEADGUARD_RETENTION_DAYS)")
    purge.set_defaults(func=cmd_purge)

    db = commands.add_parser("db", help="manage the review store's database")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    upgrade = db_commands.add_parser(
        "upgrade", help="migrate the schema to the newest revision (serving does it too)")
    upgrade.set_defaults(func=cmd_db_upgrade)

    add_model_commands(commands)
    add_screen_file_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except (ConfigError, PolicyError, WordlistError) as error:
        print(f"leadguard: {error}", file=sys.stderr)
        return 2
    return code
