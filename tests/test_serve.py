"""Serving as an operator runs it: `leadguard serve` and the Docker image's gunicorn command."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from leadguard.api.screen import SCREEN_BODY_LIMIT
from tests.dnsserver import DnsServer

BIN = Path(sys.executable).parent
LEADGUARD = BIN / "leadguard"
DOCKERFILE = Path(__file__).resolve().parent.parent / "Dockerfile"
STARTUP_DEADLINE = 30.0


def _environment(dns_server: DnsServer, data_dir: Path, **extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items()
           if not name.startswith("LEADGUARD_") and name != "WEB_CONCURRENCY"}
    host, port = dns_server.address
    env.update(LEADGUARD_DNS_NAMESERVERS=f"{host}:{port}", LEADGUARD_DATA_DIR=str(data_dir),
               **extra)
    return env


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Server:
    def __init__(self, process: subprocess.Popen[bytes], port: int, log: Path) -> None:
        self.process = process
        self.base = f"http://127.0.0.1:{port}"
        self.port = port
        self.log = log

    def request(self, path: str, body: Any = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.base + path, data=data,
            headers={"Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def wait_until_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_DEADLINE
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"leadguard serve exited with {self.process.returncode}:\n"
                            + self.log.read_text())
            try:
                if self.request("/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)  # the interval between polls; the deadline bounds the wait
        pytest.fail("leadguard serve did not answer /healthz in time:\n" + self.log.read_text())


def _start(argv: list[str], env: dict[str, str], port: int, log: Path) -> Server:
    with log.open("wb") as output:
        process = subprocess.Popen(argv, env=env, stdout=output, stderr=subprocess.STDOUT)
    running = Server(process, port, log)
    try:
        running.wait_until_healthy()
    except BaseException:
        _stop(running)
        raise
    return running


def _stop(running: Server) -> None:
    running.process.terminate()
    try:
        running.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        running.process.kill()
        running.process.wait()


@pytest.fixture(scope="module")
def server(dns_server: DnsServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`leadguard serve --workers 1` on a free loopback port, with a screen key."""
    data_dir = tmp_path_factory.mktemp("serve")
    port = _free_port()
    log = data_dir / "serve.log"
    env = _environment(dns_server, data_dir, LEADGUARD_PORT=str(port),
                       LEADGUARD_API_KEYS="screen:abc,review:def")
    running = _start([str(LEADGUARD), "serve", "--workers", "1"], env, port, log)
    yield running
    _stop(running)
    assert running.process.returncode == 0, log.read_text()


@pytest.mark.slow
def test_serve_screens_a_lead_over_http(server: Server) -> None:
    """A POST /v1/screen over real HTTP gets the JSON result, with DNS from the test server."""
    status, headers, body = server.request(
        "/v1/screen", {"email": "jane@gmail.com", "lead_id": 17},
        {"Authorization": "Bearer abc"})
    assert status == 200
    assert headers["Content-Type"] == "application/json"
    result = json.loads(body)
    assert result["lead_id"] == 17
    assert [a["code"] for a in result["adjustments"]] == ["email.free_provider"]
    assert result["email"]["mx"] == "found"


@pytest.mark.slow
def test_serve_enforces_keys_over_http(server: Server) -> None:
    """Over real HTTP a missing key is 401 and a review key is 403, in the error shape."""
    status, _, body = server.request("/v1/screen", {"email": "jane@gmail.com"})
    assert (status, json.loads(body)["error"]["code"]) == (401, "unauthorized")
    status, _, body = server.request("/v1/screen", {"email": "jane@gmail.com"},
                                     {"X-API-Key": "def"})
    assert (status, json.loads(body)["error"]["details"]) == (403, {"required_scope": "screen"})


@pytest.mark.slow
def test_serve_limits_a_chunked_body(server: Server) -> None:
    """A chunked body past 64 KiB is refused with 413 by the real server, not read whole."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    chunk = b"[" * 8192
    try:
        connection.request("POST", "/v1/screen", body=iter([chunk] * 16),
                           headers={"Content-Type": "application/json",
                                    "Authorization": "Bearer abc"},
                           encode_chunked=True)
        response = connection.getresponse()
        assert 16 * len(chunk) > SCREEN_BODY_LIMIT
        assert response.status == 413
        assert json.loads(response.read())["error"]["code"] == "payload_too_large"
    finally:
        connection.close()


@pytest.mark.slow
def test_serve_answers_operations_endpoints(server: Server) -> None:
    """/readyz and /metrics answer over real HTTP without a key."""
    status, _, body = server.request("/readyz")
    assert (status, json.loads(body)["ready"]) == (200, True)
    status, headers, body = server.request("/metrics")
    assert status == 200
    assert headers["Content-Type"].startswith("text/plain")
    assert b"leadguard_screens_total" in body


@pytest.mark.slow
def test_serve_without_keys_on_loopback_is_open_and_warns(dns_server: DnsServer,
                                                         tmp_path: Path) -> None:
    """As `make run` starts it (no keys, 127.0.0.1), serve screens without a key and warns."""
    port = _free_port()
    log = tmp_path / "serve.log"
    running = _start([str(LEADGUARD), "serve", "--workers", "1"],
                     _environment(dns_server, tmp_path, LEADGUARD_PORT=str(port)), port, log)
    try:
        status, _, body = running.request("/v1/screen", {"email": "jane@nomail-corp.com"})
        assert status == 200
        assert [a["code"] for a in json.loads(body)["adjustments"]] == ["email.no_mx"]
    finally:
        _stop(running)
    assert running.process.returncode == 0
    assert "LEADGUARD_API_KEYS is unset" in log.read_text()


@pytest.mark.slow
def test_serve_refuses_a_public_address_without_keys(dns_server: DnsServer,
                                                     tmp_path: Path) -> None:
    """`leadguard serve --host 0.0.0.0` with no LEADGUARD_API_KEYS exits 2 and says why."""
    completed = subprocess.run([str(LEADGUARD), "serve", "--host", "0.0.0.0"],
                               env=_environment(dns_server, tmp_path,
                                                LEADGUARD_PORT=str(_free_port())),
                               capture_output=True, text=True, timeout=30)
    assert completed.returncode == 2
    assert "refusing to serve without API keys on 0.0.0.0" in completed.stderr
    assert "LEADGUARD_API_KEYS" in completed.stderr


# -- the Docker image ------------------------------------------------------------------------


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of each Dockerfile instruction, continuation lines joined."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for line in DOCKERFILE.read_text().splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        pending += line.rstrip()
        if pending.endswith("\\"):
            pending = pending[:-1] + " "
            continue
        keyword, _, arguments = pending.strip().partition(" ")
        instructions.append((keyword.upper(), " ".join(arguments.split())))
        pending = ""
    return instructions


def _only(keyword: str) -> str:
    found = [arguments for name, arguments in dockerfile() if name == keyword]
    assert len(found) == 1, f"expected one {keyword}, found {found}"
    return found[0]


def _exec_form(keyword: str) -> list[str]:
    argv: list[str] = json.loads(_only(keyword))
    return argv


def test_image_is_built_on_python_3_11_slim() -> None:
    """Every stage of the image starts from python:3.11-slim."""
    bases = [arguments.split()[0] for name, arguments in dockerfile() if name == "FROM"]
    assert bases and set(bases) == {"python:3.11-slim"}


def test_image_installs_the_project_without_editable_mode() -> None:
    """The project is pip-installed from the source tree, never with -e."""
    installs = [arguments for name, arguments in dockerfile()
                if name == "RUN" and "pip install" in arguments]
    assert installs
    assert not any(" -e " in f" {command} " or "--editable" in command for command in installs)


def test_image_runs_as_a_non_root_user() -> None:
    """The final stage switches to a created, non-root user before the entry point."""
    user = _only("USER")
    assert user not in ("root", "0") and not user.startswith(("root:", "0:"))
    keywords = [name for name, _ in dockerfile()]
    assert keywords.index("USER") < keywords.index("ENTRYPOINT")
    assert any(name == "RUN" and "useradd" in arguments and arguments.endswith(user)
               for name, arguments in dockerfile())


def test_image_entry_point_is_gunicorn_on_the_exposed_port() -> None:
    """The entry point is gunicorn with leadguard's settings, bound to the EXPOSEd port."""
    entrypoint = _exec_form("ENTRYPOINT")
    assert entrypoint[0] == "gunicorn"
    assert entrypoint[entrypoint.index("--config") + 1] == "python:leadguard.server"
    bind = entrypoint[entrypoint.index("--bind") + 1]
    assert bind == f"0.0.0.0:{_only('EXPOSE')}"


def test_image_healthcheck_uses_python_not_curl() -> None:
    """The HEALTHCHECK probes /healthz with Python's urllib (slim images have no curl)."""
    healthcheck = _only("HEALTHCHECK")
    probe = json.loads(healthcheck[healthcheck.index("CMD") + 3:])
    assert probe[:2] == ["python", "-c"]
    assert "urllib.request" in probe[2]
    assert f"http://127.0.0.1:{_only('EXPOSE')}/healthz" in probe[2]
    assert "curl" not in healthcheck


@pytest.mark.slow
def test_image_command_serves_and_passes_its_healthcheck(dns_server: DnsServer,
                                                         tmp_path: Path) -> None:
    """The image's gunicorn command, run here on a loopback port, passes the image's probe."""
    port = _free_port()
    argv = [str(BIN / "gunicorn"), *_exec_form("ENTRYPOINT")[1:], *_exec_form("CMD"),
            "--bind", f"127.0.0.1:{port}"]  # a later --bind wins: loopback for the test
    env = _environment(dns_server, tmp_path, LEADGUARD_API_KEYS="screen:abc",
                       WEB_CONCURRENCY="1")
    healthcheck = _only("HEALTHCHECK")
    probe = json.loads(healthcheck[healthcheck.index("CMD") + 3:])
    probe = [sys.executable, *probe[1:-1],
             probe[-1].replace(f"127.0.0.1:{_only('EXPOSE')}", f"127.0.0.1:{port}")]
    running = _start(argv, env, port, tmp_path / "gunicorn.log")
    try:
        assert subprocess.run(probe, timeout=30).returncode == 0
        status, _, body = running.request("/v1/screen", {"email": "jane@gmail.com"},
                                          {"X-API-Key": "abc"})
        assert (status, json.loads(body)["email"]["mx"]) == (200, "found")
    finally:
        _stop(running)
    assert running.process.returncode == 0, running.log.read_text()
    assert subprocess.run(probe, capture_output=True, timeout=30).returncode != 0


@pytest.mark.slow
def test_image_command_refuses_to_start_without_keys(dns_server: DnsServer,
                                                     tmp_path: Path) -> None:
    """Run as the image runs it (0.0.0.0) with no LEADGUARD_API_KEYS, gunicorn exits 2."""
    argv = [str(BIN / "gunicorn"), *_exec_form("ENTRYPOINT")[1:], *_exec_form("CMD")]
    completed = subprocess.run(argv, env=_environment(dns_server, tmp_path),
                               capture_output=True, text=True, timeout=30)
    assert completed.returncode == 2
    assert "refusing to serve without API keys on 0.0.0.0:" in completed.stderr
