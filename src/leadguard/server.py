"""gunicorn as the production WSGI server, embedded so `leadguard serve` needs no extra flags."""

from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication


class _Gunicorn(BaseApplication):  # type: ignore[misc]
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from leadguard.app import create_app

        return create_app()


def serve(*, host: str, port: int, workers: int) -> None:
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    _Gunicorn({
        "bind": bind,
        "workers": workers,
        # gthread: a worker keeps answering while one request waits on DNS
        "worker_class": "gthread",
        "threads": 4,
        "accesslog": None,
        "timeout": 30,
        "graceful_timeout": 10,
    }).run()
