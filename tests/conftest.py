"""Shared fixtures: a real DNS server on 127.0.0.1, an app that uses only it, and the review
store's databases (a SQLite file, and a scratch database on the real PostgreSQL server)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from leadguard.app import close_app, create_app
from tests.dnsserver import DnsServer, default_zone
from tests.postgres import scratch_database, server_in_use, truncate_store


@pytest.fixture(scope="session")
def dns_server() -> Iterator[DnsServer]:
    """One loopback DNS server for the session, serving tests/dnsserver.default_zone()."""
    with DnsServer(default_zone()) as server:
        yield server


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A scratch database on the real PostgreSQL server for this session, dropped afterwards."""
    with scratch_database() as url:
        yield url


@pytest.fixture
def postgres_url(postgres_database: str) -> Iterator[str]:
    """The session's PostgreSQL database with empty store tables, for one test."""
    with server_in_use():
        truncate_store(postgres_database)
        yield postgres_database


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    """The review store's URL, once per backend: a fresh SQLite file, then PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/store.sqlite3"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def make_app(dns_server: DnsServer, tmp_path: Any) -> Iterator[Any]:
    """Build apps wired to the test DNS server; keyword overrides win over the defaults."""
    apps: list[Flask] = []

    def factory(**overrides: Any) -> Flask:
        config = {
            "TESTING": True,
            "DNS_NAMESERVERS": (dns_server.address,),
            "DNS_TIMEOUT": 1.0,
            "DATA_DIR": str(tmp_path),
        }
        config.update(overrides)
        app = create_app(config)
        apps.append(app)
        return app

    yield factory
    for app in apps:
        close_app(app)


@pytest.fixture
def app(make_app: Any) -> Flask:
    return make_app()  # type: ignore[no-any-return]


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def screen(client: FlaskClient) -> Any:
    """POST one lead to /v1/screen and return the decoded 200 answer."""

    def post(**lead: Any) -> dict[str, Any]:
        response = client.post("/v1/screen", json=lead)
        assert response.status_code == 200, response.get_json()
        body: dict[str, Any] = response.get_json()
        return body

    return post


def codes(result: dict[str, Any]) -> set[str]:
    """The adjustment codes of a screening result."""
    return {adjustment["code"] for adjustment in result["adjustments"]}
