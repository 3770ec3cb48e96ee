"""gunicorn, the production WSGI server, with one set of settings however it is started.

`leadguard serve` embeds it. The Docker image runs `gunicorn --config python:leadguard.server`,
which reads the module-level setting names below; both refuse to listen beyond loopback while
the API has no keys.
"""

from __future__ import annotations

import ipaddress
import sys
from typing import Any

from gunicorn.app.base import BaseApplication

# gunicorn settings, read by name when this module is gunicorn's config.
wsgi_app = "leadguard.app:create_app()"
worker_class = "gthread"  # a worker keeps answering while one request waits on DNS
threads = 4
timeout = 30
graceful_timeout = 10
# gunicorn 24+ opens a control socket in $HOME; nothing here uses it, and two servers on one
# machine would share the path.
control_socket_disable = True


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _bind_is_local(address: str) -> bool:
    """A gunicorn bind address reachable only from this machine (loopback or a unix socket)."""
    if address.startswith("unix:"):
        return True
    if address.startswith("fd://"):
        return False  # inherited socket: its address is unknown here, so assume the worst
    if address.startswith("["):
        return is_loopback(address[1:].partition("]")[0])
    host = address.rpartition(":")[0] if ":" in address else address
    return is_loopback(host)


def on_starting(server: Any) -> None:
    """gunicorn hook: the contract serves an API without keys only on loopback."""
    from leadguard.auth import keyring
    from leadguard.config import load_config

    if not keyring(load_config()).open:
        return
    public = [address for address in server.cfg.bind if not _bind_is_local(address)]
    if public:
        print(f"leadguard: refusing to serve without API keys on {', '.join(public)}; set "
              "LEADGUARD_API_KEYS or listen on a loopback address.", file=sys.stderr)
        sys.exit(2)
    server.log.warning("LEADGUARD_API_KEYS is unset: the API is open to anyone on this machine")


class _Gunicorn(BaseApplication):  # type: ignore[misc]
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            if key in self.cfg.settings:  # as gunicorn does for a config module's names
                self.cfg.set(key, value)

    def load(self) -> Any:
        from leadguard.app import create_app

        return create_app()


def serve(*, host: str, port: int, workers: int) -> None:
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    _Gunicorn({
        "bind": bind,
        "workers": workers,
        "worker_class": worker_class,
        "threads": threads,
        "timeout": timeout,
        "graceful_timeout": graceful_timeout,
        "control_socket_disable": control_socket_disable,
        "accesslog": None,
        "on_starting": on_starting,
    }).run()
