"""The `leadguard` command: serve the API, or screen one lead from the shell."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from leadguard import __version__
from leadguard.config import ConfigError
from leadguard.lead import TEXT_FIELDS
from leadguard.policy import PolicyError
from leadguard.wordlists import WordlistError


def cmd_serve(args: argparse.Namespace) -> int:
    from leadguard.app import create_app
    from leadguard.config import load_config
    from leadguard.server import is_loopback, serve

    config = load_config()
    host = args.host or config["HOST"]
    port = args.port or config["PORT"]
    if not config["API_KEYS"] and not is_loopback(host):
        print(f"leadguard: refusing to serve without API keys on {host}; set "
              "LEADGUARD_API_KEYS or listen on a loopback address.", file=sys.stderr)
        return 2
    workers = args.workers or _workers_from_env()
    # Build the app once before forking: a bad policy, key list or word list then stops here
    # with its message, instead of every gunicorn worker failing to boot.
    create_app().extensions["leadguard.screener"].resolver.close()
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
    from leadguard.app import create_app
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
    screener = create_app().extensions["leadguard.screener"]
    try:
        result = screener.screen(lead)
    finally:
        screener.resolver.close()
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


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
