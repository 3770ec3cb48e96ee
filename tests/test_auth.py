"""API keys and scopes: who may screen, and which endpoints stay open."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from leadguard.config import ConfigError

KEYS = "screen:abc,review:def,admin:ghi"
LEAD = {"email": "jane@gmail.com"}


@pytest.fixture
def keyed(make_app: Any) -> FlaskClient:
    client: FlaskClient = make_app(API_KEYS=KEYS).test_client()
    return client


def assert_error(response: TestResponse, status: int, code: str) -> dict[str, Any]:
    """The response is `status` with the contract's error shape and `code`; returns details."""
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    details: dict[str, Any] = body["error"]["details"]
    return details


@pytest.mark.parametrize("path", ["/v1/screen", "/v1/screen/batch"])
def test_no_key_is_401_with_a_challenge(keyed: FlaskClient, path: str) -> None:
    """Without a key, screening is a 401 that says how to send one."""
    response = keyed.post(path, json=LEAD)
    assert_error(response, 401, "unauthorized")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert "X-API-Key" in response.get_json()["error"]["message"]


@pytest.mark.parametrize("headers", [
    {"Authorization": "Bearer nope"},
    {"X-API-Key": "nope"},
    {"Authorization": "Bearer abcd"},
    {"Authorization": "Bearer screen:abc"},
])
def test_unknown_key_is_401(keyed: FlaskClient, headers: dict[str, str]) -> None:
    """A key the service does not know is a 401, whichever header carries it."""
    assert_error(keyed.post("/v1/screen", json=LEAD, headers=headers), 401, "unauthorized")


@pytest.mark.parametrize("path", ["/v1/screen", "/v1/screen/batch"])
def test_key_without_the_screen_scope_is_403(keyed: FlaskClient, path: str) -> None:
    """A review key cannot screen: 403 with details.required_scope = "screen"."""
    response = keyed.post(path, json={"leads": [LEAD]} if path.endswith("batch") else LEAD,
                          headers={"Authorization": "Bearer def"})
    assert assert_error(response, 403, "forbidden") == {"required_scope": "screen"}


@pytest.mark.parametrize("headers", [
    {"Authorization": "Bearer abc"},
    {"Authorization": "bearer abc"},
    {"X-API-Key": "abc"},
    {"Authorization": "Bearer ghi"},
    {"X-API-Key": "ghi"},
])
def test_screen_or_admin_key_may_screen(keyed: FlaskClient, headers: dict[str, str]) -> None:
    """The screen key, by Bearer or X-API-Key, and the admin key both get a 200 result."""
    response = keyed.post("/v1/screen", json=LEAD, headers=headers)
    assert response.status_code == 200
    assert response.get_json()["adjustments"][0]["code"] == "email.free_provider"


def test_batch_with_screen_key_is_screened(keyed: FlaskClient) -> None:
    """The batch endpoint takes the same keys as /v1/screen."""
    response = keyed.post("/v1/screen/batch", json={"leads": [LEAD]},
                          headers={"X-API-Key": "abc"})
    assert response.status_code == 200
    assert len(response.get_json()["results"]) == 1


def test_keys_are_checked_before_the_body(keyed: FlaskClient) -> None:
    """Without a key even a malformed body gets 401: nothing is read for strangers."""
    response = keyed.post("/v1/screen", data=b"\xff", headers={"Content-Type": "text/plain"})
    assert_error(response, 401, "unauthorized")


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/metrics", "/openapi.json"])
def test_operations_endpoints_need_no_key(keyed: FlaskClient, path: str) -> None:
    """Health, readiness, metrics and the OpenAPI document are open to probes and scrapers."""
    assert keyed.get(path).status_code == 200


def test_errors_without_a_key_keep_their_own_status(keyed: FlaskClient) -> None:
    """404 and 405 are answered as such, in the error shape, whatever the key."""
    assert_error(keyed.get("/v1/nothing"), 404, "not_found")
    assert_error(keyed.get("/v1/screen"), 405, "method_not_allowed")


def test_no_keys_configured_leaves_the_api_open(client: FlaskClient) -> None:
    """With API_KEYS unset, screening needs no key (serve only allows that on loopback)."""
    assert client.post("/v1/screen", json=LEAD).status_code == 200


@pytest.mark.parametrize("spec", ["s3cret", "root:s3cret", "screen:", ":s3cret"])
def test_malformed_key_list_stops_app_creation(make_app: Any, spec: str) -> None:
    """A malformed API_KEYS entry is a ConfigError naming its position, never the secret."""
    with pytest.raises(ConfigError, match="LEADGUARD_API_KEYS entry 2 ") as raised:
        make_app(API_KEYS=f"screen:abc,{spec}")
    assert "s3cret" not in str(raised.value)
