"""Several replicas: the DNS cache, velocity counters and rate limits, in-process and shared
through the real Redis (LEADGUARD_TEST_REDIS_URL, default redis://127.0.0.1:6379/0).

Every test gets its own key prefix and deletes its keys afterwards; time is an injected clock.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient

from leadguard.checks.velocity import Velocity
from leadguard.config import ConfigError, load_config
from leadguard.counters import MemoryCounters, RedisCounters
from leadguard.dns import MemoryCache, MxResult
from leadguard.lead import Lead
from leadguard.policy import Policy, PolicyError, load_policy
from leadguard.ratelimit import RateLimit
from leadguard.shared import LayeredMxCache, RedisLink, RedisMxCache
from tests.conftest import codes
from tests.dnsserver import DnsServer

REDIS_URL = os.environ.get("LEADGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
WINDOW_START = 600.0 * 10_000  # a multiple of every window used here


class Clock:
    """Wall-clock stand-in the tests move by hand."""

    def __init__(self, now: float = WINDOW_START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="session")
def redis_server() -> str:
    """The real Redis; the session fails with a clear message when it is unreachable."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.fail(f"these tests need a Redis server at {REDIS_URL} "
                    f"(set LEADGUARD_TEST_REDIS_URL): {exc}", pytrace=False)
    finally:
        client.close()
    return REDIS_URL


@pytest.fixture
def redis_prefix(redis_server: str) -> Iterator[str]:
    """A key prefix of this test's own; its keys are deleted afterwards."""
    prefix = f"leadguard-test:{uuid.uuid4().hex}:"
    yield prefix
    client = redis.Redis.from_url(redis_server)
    keys = list(client.scan_iter(match=f"{prefix}*", count=1000))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture
def redis_keys(redis_server: str, redis_prefix: str) -> Any:
    """The keys this test wrote, as text."""

    def keys() -> list[str]:
        client = redis.Redis.from_url(redis_server)
        try:
            return [key.decode() for key in client.scan_iter(match=f"{redis_prefix}*")]
        finally:
            client.close()

    return keys


@pytest.fixture(params=["memory", "redis"])
def backend(request: pytest.FixtureRequest) -> dict[str, Any]:
    """App settings for each counter backend: in-process, then the real Redis."""
    if request.param == "memory":
        return {}
    prefix: str = request.getfixturevalue("redis_prefix")
    return {"REDIS_URL": REDIS_URL, "REDIS_PREFIX": prefix}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _with_clock(app: Flask, clock: Clock) -> FlaskClient:
    app.extensions["leadguard.counters"].clock = clock
    return app.test_client()


def _velocity(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for a in result["adjustments"] if a["code"] == "form.velocity"]


def _screen(client: FlaskClient, **lead: Any) -> dict[str, Any]:
    response = client.post("/v1/screen", json=lead)
    assert response.status_code == 200, response.get_json()
    body: dict[str, Any] = response.get_json()
    return body


# -- the shared DNS cache ------------------------------------------------------------------


def test_a_second_app_takes_dns_answers_from_redis(make_app: Any, dns_server: DnsServer,
                                                   redis_prefix: str) -> None:
    """A domain one replica looked up is answered to another from Redis, not asked again."""
    domain = f"replica-{uuid.uuid4().hex[:12]}.com"
    dns_server.zone.mx(domain, f"mx.{domain}")
    shared = {"REDIS_URL": REDIS_URL, "REDIS_PREFIX": redis_prefix}
    first, second = make_app(**shared), make_app(**shared)
    assert _screen(first.test_client(), email=f"jane@{domain}")["email"]["mx"] == "found"
    asked = dns_server.zone.query_count(domain)
    assert asked >= 1
    assert _screen(second.test_client(), email=f"ann@{domain}")["email"]["mx"] == "found"
    assert dns_server.zone.query_count(domain) == asked


def test_redis_mx_cache_round_trips_with_millisecond_ttl(redis_prefix: str,
                                                         redis_server: str) -> None:
    """An answer comes back as stored, expiring within its TTL in milliseconds."""
    link = RedisLink.from_url(redis_server, prefix=redis_prefix)
    cache = RedisMxCache(link)
    result = MxResult("found", ("mx1.acme.com", "mx2.acme.com"), implicit=False)
    cache.set("acme.com", result, 12.345)
    found = cache.get_with_ttl("acme.com")
    assert found is not None
    assert found[0] == result
    assert 12.0 < found[1] <= 12.345
    assert cache.get("other.com") is None
    link.client.set(f"{redis_prefix}mx:broken.com", b"not json")
    assert cache.get("broken.com") is None
    link.close()


def test_layered_cache_keeps_a_near_copy_no_longer_than_redis(redis_prefix: str,
                                                              redis_server: str) -> None:
    """A value read from Redis is copied in-process for exactly its remaining lifetime."""
    clock = Clock(0.0)
    link = RedisLink.from_url(redis_server, prefix=redis_prefix)
    RedisMxCache(link).set("acme.com", MxResult("found", ("mx.acme.com",)), 30)
    layered = LayeredMxCache(RedisMxCache(link), MemoryCache(clock=clock))
    assert layered.get("acme.com") == MxResult("found", ("mx.acme.com",))
    link.client.delete(f"{redis_prefix}mx:acme.com")
    assert layered.get("acme.com") is not None  # from the near copy, no round trip
    clock.now = 30.0
    assert layered.get("acme.com") is None
    link.close()


# -- Redis down ----------------------------------------------------------------------------


def test_screening_works_while_redis_is_down(make_app: Any,
                                             caplog: pytest.LogCaptureFixture) -> None:
    """With Redis unreachable, screens still answer, counters fall back, one warning is logged."""
    app = make_app(REDIS_URL=f"redis://127.0.0.1:{_closed_port()}/0",
                   RATE_LIMIT=RateLimit(5, 60))
    client = _with_clock(app, Clock())
    with caplog.at_level(logging.WARNING, logger="leadguard.shared"):
        results = [_screen(client, email="jane.doe@acme-corp.com") for _ in range(4)]
        limited = client.post("/v1/screen", json={"email": "jane.doe@acme-corp.com"})
    assert [r["email"]["mx"] for r in results] == ["found"] * 4
    assert [bool(_velocity(r)) for r in results] == [False, False, False, True]
    assert limited.status_code == 200
    assert client.post("/v1/screen", json={"email": "x@acme-corp.com"}).status_code == 429
    warnings = [r for r in caplog.records if "Redis is unavailable" in r.getMessage()]
    assert len(warnings) == 1


def test_link_rests_after_a_failure_then_tries_again() -> None:
    """After a failure the link skips Redis for its back-off, then asks it again."""
    clock = Clock(0.0)
    link = RedisLink(redis.Redis(port=_closed_port(), socket_connect_timeout=0.5),
                     backoff=5.0, clock=clock)
    calls: list[str] = []

    def operation(client: redis.Redis) -> str:
        calls.append("redis")
        client.ping()
        return "redis"

    assert link.run(operation, lambda: "fallback") == "fallback"
    assert not link.up
    clock.now = 4.9
    assert link.run(operation, lambda: "fallback") == "fallback"
    assert calls == ["redis"]
    clock.now = 5.0
    assert link.run(operation, lambda: "fallback") == "fallback"
    assert calls == ["redis", "redis"]
    link.close()


# -- velocity ------------------------------------------------------------------------------


def test_velocity_flags_the_fourth_submission_of_one_email(make_app: Any,
                                                           backend: dict[str, Any]) -> None:
    """Three submissions of one address pass; the fourth in the window is form.velocity."""
    client = _with_clock(make_app(**backend), Clock())
    emails = ["jane.doe@acme-corp.com", "Jane.Doe+demo@acme-corp.com",
              "JANE.DOE@ACME-CORP.COM", "jane.doe+again@acme-corp.com"]
    results = [_screen(client, email=email) for email in emails]
    assert [bool(_velocity(r)) for r in results] == [False, False, False, True]
    assert _velocity(results[3]) == [{
        "code": "form.velocity", "points": -30, "field": "email",
        "reason": "the same email submitted 4 times in 600 seconds"}]


def test_velocity_does_not_flag_other_emails_or_a_new_window(make_app: Any,
                                                             backend: dict[str, Any]) -> None:
    """Different addresses count apart, and a new window starts from zero."""
    clock = Clock()
    client = _with_clock(make_app(**backend), clock)
    for number in range(6):
        assert not _velocity(_screen(client, email=f"person{number}@acme-corp.com"))
    for _ in range(3):
        _screen(client, email="jane.doe@acme-corp.com")
    clock.now += 600
    assert not _velocity(_screen(client, email="jane.doe@acme-corp.com"))


def test_velocity_flags_the_eleventh_lead_from_one_ip(make_app: Any,
                                                      backend: dict[str, Any]) -> None:
    """Ten leads from one IP pass, the eleventh is flagged on `ip`; another IP is not."""
    client = _with_clock(make_app(**backend), Clock())
    results = [_screen(client, email=f"p{n}@acme-corp.com", ip="203.0.113.7")
               for n in range(11)]
    assert [bool(_velocity(r)) for r in results] == [False] * 10 + [True]
    assert [a["field"] for a in _velocity(results[10])] == ["ip"]
    assert "the same ip submitted 11 times" in _velocity(results[10])[0]["reason"]
    assert not _velocity(_screen(client, email="q@acme-corp.com", ip="203.0.113.8"))


def test_velocity_counts_an_ipv6_sender_by_its_64(make_app: Any) -> None:
    """Addresses inside one IPv6 /64 are one sender; another /64 is not."""
    client = _with_clock(make_app(), Clock())
    results = [_screen(client, email=f"p{n}@acme-corp.com", ip=f"2001:db8:1:2::{n + 1:x}")
               for n in range(11)]
    assert [a["field"] for a in _velocity(results[10])] == ["ip"]
    assert not _velocity(_screen(client, email="q@acme-corp.com", ip="2001:db8:1:3::1"))


def test_velocity_flags_a_device_by_its_id_or_by_user_agent_and_ip(
        make_app: Any, backend: dict[str, Any]) -> None:
    """The sixth lead of one device_id, or of one user agent on one IP, is flagged."""
    client = _with_clock(make_app(**backend), Clock())
    by_id = [_screen(client, email=f"d{n}@acme-corp.com", extra={"device_id": "dev-42"})
             for n in range(6)]
    assert [bool(_velocity(r)) for r in by_id] == [False] * 5 + [True]
    assert _velocity(by_id[5])[0]["field"] == "extra.device_id"
    assert "the same device submitted 6 times" in _velocity(by_id[5])[0]["reason"]
    by_agent = [_screen(client, email=f"u{n}@acme-corp.com", ip="198.51.100.9",
                        user_agent="curl/8.0") for n in range(6)]
    assert [[a["field"] for a in _velocity(r)] for r in by_agent] == [[]] * 5 + [["user_agent"]]
    other_agent = _screen(client, email="v@acme-corp.com", ip="198.51.100.9",
                          user_agent="Mozilla/5.0")
    assert not _velocity(other_agent)


def test_velocity_counts_are_shared_by_two_apps(make_app: Any, redis_prefix: str) -> None:
    """Submissions spread over two replicas are counted together."""
    shared = {"REDIS_URL": REDIS_URL, "REDIS_PREFIX": redis_prefix}
    clients = [_with_clock(make_app(**shared), Clock()) for _ in range(2)]
    results = [_screen(clients[n % 2], email="jane.doe@acme-corp.com") for n in range(4)]
    assert [bool(_velocity(r)) for r in results] == [False, False, False, True]


def test_redis_keys_hold_no_personal_data(make_app: Any, redis_prefix: str,
                                          redis_keys: Any) -> None:
    """Counter keys are digests: no address, IP or user agent appears in Redis key names."""
    app = make_app(REDIS_URL=REDIS_URL, REDIS_PREFIX=redis_prefix,
                   API_KEYS="screen/alice:secret-key", RATE_LIMIT=RateLimit(100, 60))
    client = app.test_client()
    client.post("/v1/screen", json={"email": "jane.doe@acme-corp.com", "ip": "203.0.113.7",
                                    "user_agent": "curl/8.0"},
                headers={"Authorization": "Bearer secret-key"})
    keys = redis_keys()
    assert any(":velocity:email:" in key for key in keys)
    assert any(":rate:" in key for key in keys)
    for key in keys:
        for value in ("jane", "203.0.113", "curl", "alice", "secret"):
            assert value not in key.removeprefix(redis_prefix)


def test_velocity_is_off_when_every_limit_is_zero(make_app: Any, tmp_path: Any) -> None:
    """max_per_* = 0 everywhere turns the check off: no signal, nothing counted."""
    policy = tmp_path / "policy.toml"
    policy.write_text("[velocity]\nmax_per_email = 0\nmax_per_ip = 0\nmax_per_device = 0\n")
    app = make_app(POLICY=str(policy))
    client = app.test_client()
    results = [_screen(client, email="jane.doe@acme-corp.com", ip="203.0.113.7")
               for _ in range(12)]
    assert not any(_velocity(r) for r in results)
    assert len(app.extensions["leadguard.counters"]) == 0


def test_velocity_refuses_a_malformed_policy() -> None:
    """A negative limit or a zero window is refused with a message naming [velocity]."""
    base = load_policy()
    for table in ({"window_seconds": 0, "max_per_email": 3},
                  {"window_seconds": 600, "max_per_email": -1},
                  {"window_seconds": "soon", "max_per_email": 3}):
        policy = Policy({**base.data, "velocity": table}, version="test")
        with pytest.raises(PolicyError, match=r"\[velocity\]"):
            Velocity.from_policy(policy, MemoryCounters())


def test_backfill_screener_does_not_count_velocity(make_app: Any) -> None:
    """Only the API's live screener counts; the app's plain screener (backfills) does not."""
    app = make_app()
    screener = app.extensions["leadguard.screener"]
    for _ in range(5):
        result = screener.screen(Lead(email="jane.doe@acme-corp.com"))
        assert "form.velocity" not in codes(result)
    assert len(app.extensions["leadguard.counters"]) == 0


# -- rate limits ---------------------------------------------------------------------------


def test_rate_limit_answers_429_with_retry_after(make_app: Any,
                                                 backend: dict[str, Any]) -> None:
    """Past the limit a screen is 429 in the error shape, with the seconds left in the window."""
    clock = Clock(WINDOW_START + 15.2)
    client = _with_clock(make_app(RATE_LIMIT=RateLimit(3, 60), **backend), clock)
    for _ in range(3):
        assert client.post("/v1/screen", json={"email": "a@acme-corp.com"}).status_code == 200
    response = client.post("/v1/screen", json={"email": "a@acme-corp.com"})
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "45"
    error = response.get_json()["error"]
    assert error["code"] == "rate_limited"
    assert error["details"] == {"limit": 3, "window_seconds": 60.0, "used": 3, "requested": 1,
                                "retry_after_seconds": 45}
    clock.now = WINDOW_START + 60
    assert client.post("/v1/screen", json={"email": "a@acme-corp.com"}).status_code == 200


def test_a_batch_counts_its_leads_and_a_refused_one_counts_nothing(
        make_app: Any, backend: dict[str, Any]) -> None:
    """A batch takes as many units as it has leads, whole or not at all."""
    client = _with_clock(make_app(RATE_LIMIT=RateLimit(5, 60), **backend), Clock())
    lead = {"email": "a@acme-corp.com"}
    assert client.post("/v1/screen/batch", json={"leads": [lead] * 3}).status_code == 200
    refused = client.post("/v1/screen/batch", json={"leads": [lead] * 3})
    assert refused.status_code == 429
    assert refused.get_json()["error"]["details"]["used"] == 3
    assert client.post("/v1/screen/batch", json={"leads": [lead] * 2}).status_code == 200
    assert client.post("/v1/screen", json=lead).status_code == 429
    too_big = client.post("/v1/screen/batch", json={"leads": [lead] * 6})
    assert too_big.status_code == 429
    assert "smaller batches" in too_big.get_json()["error"]["message"]
    assert too_big.headers["Retry-After"] == "60"


def test_rate_limit_is_per_key_or_per_address(make_app: Any, backend: dict[str, Any]) -> None:
    """Each API key has its own limit; an open API limits each client address."""
    keyed = _with_clock(make_app(RATE_LIMIT=RateLimit(1, 60), API_KEYS="screen:k1,screen:k2",
                                 **backend), Clock())
    lead = {"email": "a@acme-corp.com"}
    for key in ("k1", "k2"):
        auth = {"Authorization": f"Bearer {key}"}
        assert keyed.post("/v1/screen", json=lead, headers=auth).status_code == 200
        assert keyed.post("/v1/screen", json=lead, headers=auth).status_code == 429
    opened = _with_clock(make_app(RATE_LIMIT=RateLimit(1, 60), **backend), Clock())
    for address in ("192.0.2.1", "192.0.2.2"):
        environ = {"REMOTE_ADDR": address}
        assert opened.post("/v1/screen", json=lead, environ_base=environ).status_code == 200
        assert opened.post("/v1/screen", json=lead, environ_base=environ).status_code == 429


def test_two_apps_sharing_redis_share_the_limit(make_app: Any, redis_prefix: str) -> None:
    """Screens on one replica use up the limit on the other."""
    shared = {"REDIS_URL": REDIS_URL, "REDIS_PREFIX": redis_prefix,
              "RATE_LIMIT": RateLimit(3, 60)}
    first, second = (_with_clock(make_app(**shared), Clock()) for _ in range(2))
    lead = {"email": "a@acme-corp.com"}
    assert first.post("/v1/screen/batch", json={"leads": [lead] * 2}).status_code == 200
    assert second.post("/v1/screen", json=lead).status_code == 200
    assert second.post("/v1/screen", json=lead).status_code == 429
    assert first.post("/v1/screen", json=lead).status_code == 429


def test_no_rate_limit_by_default(make_app: Any) -> None:
    """Unset, LEADGUARD_RATE_LIMIT limits nothing."""
    client = make_app().test_client()
    lead = {"email": "a@acme-corp.com"}
    assert load_config({})["RATE_LIMIT"] is None
    assert client.post("/v1/screen/batch", json={"leads": [lead] * 1000}).status_code == 200


def test_rate_limit_setting_is_parsed_or_refused() -> None:
    """`<leads>/<seconds>` parses; anything else is refused naming the variable."""
    assert load_config({"LEADGUARD_RATE_LIMIT": "600/60"})["RATE_LIMIT"] == RateLimit(600, 60)
    for raw in ("600", "0/60", "600/0", "x/60", "600/-1"):
        with pytest.raises(ConfigError, match="LEADGUARD_RATE_LIMIT"):
            load_config({"LEADGUARD_RATE_LIMIT": raw})


def test_a_malformed_redis_url_is_refused(make_app: Any) -> None:
    """LEADGUARD_REDIS_URL that is not a Redis URL stops the app with a message naming it."""
    with pytest.raises(ConfigError, match="LEADGUARD_REDIS_URL"):
        make_app(REDIS_URL="http://127.0.0.1:6379")


def test_redis_counters_match_memory_counters(redis_prefix: str, redis_server: str) -> None:
    """Both backends count, refuse and reset windows the same way."""
    clock = Clock(WINDOW_START + 10)
    link = RedisLink.from_url(redis_server, prefix=redis_prefix)
    backends = [MemoryCounters(clock=clock), RedisCounters(link, clock=clock)]
    for counters in backends:
        clock.now = WINDOW_START + 10
        assert [c.count for c in counters.hit(["a", "b"], window=60)] == [1, 1]
        assert [c.count for c in counters.hit(["a"], window=60)] == [2]
        assert counters.take("t", 2, limit=3, window=60)[0]
        admitted, count = counters.take("t", 2, limit=3, window=60)
        assert (admitted, count.count, count.reset_in) == (False, 2, 50)
        clock.now = WINDOW_START + 60
        assert [c.count for c in counters.hit(["a"], window=60)] == [1]
    link.close()
