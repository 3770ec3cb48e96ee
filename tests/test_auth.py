"""API keys and scopes: who may screen, and which endpoints stay open."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from leadguard.auth import Caller, KeyRing
from leadguard.cli import main
from leadguard.config import SETTINGS, ConfigError

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


def _sha256(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "keys"
    path.write_text("# moderators\n\n"
                    f"review/alice:{_sha256('alice-secret')}\n"
                    f"screen:{_sha256('pipeline-secret').upper()}\n")
    return path


def test_hashed_keys_from_a_file_authenticate_with_their_scopes(make_app: Any,
                                                                key_file: Path) -> None:
    """Keys listed by their SHA-256 in LEADGUARD_API_KEYS_FILE work; the file holds no key."""
    assert "alice-secret" not in key_file.read_text()
    client = make_app(API_KEYS_FILE=str(key_file)).test_client()
    assert client.get("/v1/reviews", headers={"X-API-Key": "alice-secret"}).status_code == 200
    assert client.post("/v1/screen", json=LEAD,
                       headers={"X-API-Key": "pipeline-secret"}).status_code == 200
    assert_error(client.get("/v1/reviews", headers={"X-API-Key": "pipeline-secret"}),
                 403, "forbidden")
    assert_error(client.get("/v1/reviews", headers={"X-API-Key": _sha256("alice-secret")}),
                 401, "unauthorized")


def test_file_keys_and_environment_keys_add_up(key_file: Path) -> None:
    """Both sources count; names come from the entry, or from the scope and position."""
    ring = KeyRing("admin:env-secret,review/bob:bob-secret", file=key_file)
    assert ring.identify("env-secret") == Caller("admin key #1", frozenset({"admin"}))
    assert ring.identify("bob-secret") == Caller("bob", frozenset({"review"}))
    assert ring.identify("alice-secret") == Caller("alice", frozenset({"review"}))
    pipeline = ring.identify("pipeline-secret")
    assert pipeline is not None and pipeline.name == "screen key on line 4 of keys"
    assert ring.identify("nope") is None


def test_one_key_under_two_scopes_has_both() -> None:
    """The same key listed as screen and review may do both."""
    ring = KeyRing("screen:same,review/ops:same")
    caller = ring.identify("same")
    assert caller is not None and caller.scopes == {"screen", "review"}
    assert caller.name == "screen key #1"


@pytest.mark.parametrize("line", [
    "review/alice:not-a-digest", "review:" + "0" * 63, "boss:" + "0" * 64,
    "review/bad name:" + "0" * 64, "s3cret-key-pasted-here"])
def test_malformed_key_file_line_stops_app_creation(make_app: Any, tmp_path: Path,
                                                    line: str) -> None:
    """A line that is not scope[/name]:<sha256 hex> is a ConfigError naming its line only."""
    path = tmp_path / "keys"
    path.write_text(f"screen:{_sha256('fine')}\n{line}\n")
    with pytest.raises(ConfigError, match=r"line 2 must be") as raised:
        make_app(API_KEYS_FILE=str(path))
    assert line not in str(raised.value)


def test_missing_key_file_stops_app_creation(make_app: Any, tmp_path: Path) -> None:
    """A key file that cannot be read is a ConfigError naming the file."""
    with pytest.raises(ConfigError, match=r"LEADGUARD_API_KEYS_FILE .*missing"):
        make_app(API_KEYS_FILE=str(tmp_path / "missing"))


@pytest.mark.parametrize("spec", ["review/:s3cret", "review/a b:s3cret", "review/-x:s3cret"])
def test_malformed_key_names_stop_app_creation(make_app: Any, spec: str) -> None:
    """A `scope/name:key` entry with an unusable name is refused by position."""
    with pytest.raises(ConfigError, match="LEADGUARD_API_KEYS entry 1 ") as raised:
        make_app(API_KEYS=spec)
    assert "s3cret" not in str(raised.value)


def test_a_key_file_of_only_comments_leaves_the_api_open(tmp_path: Path) -> None:
    """No key in the file and none in the environment: the ring is open (loopback only)."""
    path = tmp_path / "keys"
    path.write_text("# nobody yet\n")
    assert KeyRing(None, file=path).open
    assert not KeyRing(None, file=_write(tmp_path / "k2", f"screen:{_sha256('k')}\n")).open


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_serve_refuses_a_public_address_when_the_key_file_holds_no_key(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A key file of comments only does not count as keys: serve on 0.0.0.0 exits 2."""
    for setting in SETTINGS:
        monkeypatch.delenv(setting.env, raising=False)
    monkeypatch.setenv("LEADGUARD_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("LEADGUARD_API_KEYS_FILE", str(_write(tmp_path / "keys", "# none\n")))
    assert main(["serve", "--host", "0.0.0.0"]) == 2
    assert "refusing to serve without API keys" in capsys.readouterr().err
