"""Shared fixtures: a real DNS server on 127.0.0.1, and an app that uses only it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from leadguard.app import create_app
from tests.dnsserver import DnsServer, default_zone


@pytest.fixture(scope="session")
def dns_server() -> Iterator[DnsServer]:
    """One loopback DNS server for the session, serving tests/dnsserver.default_zone()."""
    with DnsServer(default_zone()) as server:
        yield server


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
        app.extensions["leadguard.screener"].resolver.close()


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
