"""MxResolver against a real DNS server on 127.0.0.1: statuses, time bounds, caching."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from leadguard.dns import MemoryCache, MxResolver, MxResult
from tests.dnsserver import DnsServer, Zone, default_zone

# Slack for thread scheduling on a loaded CI machine; a bound, not a benchmark.
SLACK = 0.2


class FakeClock:
    """A clock for MemoryCache that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def server() -> Iterator[DnsServer]:
    """A fresh server per test, so query counts and zone changes do not leak between tests."""
    with DnsServer(default_zone()) as dns_server:
        yield dns_server


@pytest.fixture
def zone(server: DnsServer) -> Zone:
    return server.zone


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_resolver(server: DnsServer, clock: FakeClock) -> Iterator[Callable[..., MxResolver]]:
    """Resolvers wired to the test server and the fake clock, closed after the test."""
    resolvers: list[MxResolver] = []

    def factory(**overrides: Any) -> MxResolver:
        options: dict[str, Any] = {
            "nameservers": (server.address,),
            "timeout": 1.0,
            "cache": MemoryCache(clock=clock),
        }
        options.update(overrides)
        resolver = MxResolver(**options)
        resolvers.append(resolver)
        return resolver

    yield factory
    for resolver in resolvers:
        resolver.close()


@pytest.fixture
def resolver(make_resolver: Callable[..., MxResolver]) -> MxResolver:
    return make_resolver()


def lookup(resolver: MxResolver, domain: str) -> MxResult:
    return resolver.lookup(domain, deadline=time.monotonic() + resolver.timeout)


# -- statuses ------------------------------------------------------------------------------


def test_found_lists_hosts_by_preference(resolver: MxResolver) -> None:
    """MX hosts come back sorted by preference, not in the order the server sent them."""
    result = lookup(resolver, "startup-forwarding.com")
    assert result == MxResult("found", ("route2.mx.cloudflare.net", "route3.mx.cloudflare.net",
                                        "route1.mx.cloudflare.net"))
    assert not result.undeliverable


def test_found_hosts_are_lower_case_without_trailing_dot(resolver: MxResolver,
                                                         zone: Zone) -> None:
    """Hosts are normalised (lower-case, no final dot) so word lists can match them."""
    zone.mx("mixed-case.example", (10, "MX1.Mixed-Case.EXAMPLE."), (10, "Alt.Mixed-Case.Example."))
    assert lookup(resolver, "mixed-case.example").hosts == ("alt.mixed-case.example",
                                                             "mx1.mixed-case.example")


def test_nxdomain(resolver: MxResolver) -> None:
    """A domain that does not exist is "nxdomain", which is undeliverable."""
    result = lookup(resolver, "no-such-company-xyz.com")
    assert result == MxResult("nxdomain")
    assert result.undeliverable


def test_null_mx(resolver: MxResolver) -> None:
    """A single MX of "." (RFC 7505) is "null_mx", even though the domain has an address."""
    result = lookup(resolver, "nomail-corp.com")
    assert result == MxResult("null_mx")
    assert result.undeliverable


def test_null_mx_beside_real_hosts_is_ignored(resolver: MxResolver, zone: Zone) -> None:
    """A stray "." MX next to real hosts does not hide the real hosts."""
    zone.null_mx("half-null.example").mx("half-null.example", (10, "mx.half-null.example"))
    assert lookup(resolver, "half-null.example") == MxResult("found", ("mx.half-null.example",))


def test_a_only_falls_back_to_the_domain(resolver: MxResolver) -> None:
    """No MX but an A record: deliverable to the domain itself (RFC 5321 5.1), implicit."""
    assert lookup(resolver, "a-only-corp.com") == MxResult("found", ("a-only-corp.com",),
                                                            implicit=True)


def test_aaaa_only_falls_back_to_the_domain(resolver: MxResolver) -> None:
    """No MX and no A but an AAAA record is deliverable too."""
    assert lookup(resolver, "aaaa-only-corp.com") == MxResult("found", ("aaaa-only-corp.com",),
                                                               implicit=True)


def test_no_mx_and_no_address_is_missing(resolver: MxResolver) -> None:
    """A domain that exists with neither MX nor address is "missing", undeliverable."""
    result = lookup(resolver, "empty-corp.com")
    assert result == MxResult("missing")
    assert result.undeliverable


def test_servfail_is_error(resolver: MxResolver) -> None:
    """SERVFAIL is "error": unknown, not undeliverable."""
    result = lookup(resolver, "servfail-corp.com")
    assert result == MxResult("error")
    assert not result.undeliverable


def test_truncated_udp_answer_is_retried_over_tcp(resolver: MxResolver, zone: Zone) -> None:
    """A truncated UDP answer is fetched again over TCP and used."""
    result = lookup(resolver, "truncated-corp.com")
    assert result.status == "found"
    assert len(result.hosts) == 8
    assert zone.query_count("truncated-corp.com", "MX", transport="tcp") == 1


def test_idn_domain_in_either_form(resolver: MxResolver, zone: Zone) -> None:
    """A Unicode domain and its IDNA form are the same look-up and the same cache entry."""
    unicode_form = lookup(resolver, "müller-bau.de")
    ascii_form = lookup(resolver, "xn--mller-bau-q9a.de")
    assert unicode_form == ascii_form == MxResult("found", ("mx00.ionos.de", "mx01.ionos.de"))
    assert zone.query_count("xn--mller-bau-q9a.de", "MX") == 1


@pytest.mark.parametrize("domain", ["a..b.com", "x" * 64 + ".com", ".".join(["a" * 63] * 5)])
def test_unusable_domain_is_error_not_exception(resolver: MxResolver, domain: str) -> None:
    """A name DNS cannot even ask about gives "error" instead of raising."""
    assert lookup(resolver, domain) == MxResult("error")


# -- time bounds ---------------------------------------------------------------------------


def test_hang_times_out_by_the_deadline(make_resolver: Callable[..., MxResolver]) -> None:
    """A server that never answers gives "timeout" by the deadline, never later."""
    resolver = make_resolver(timeout=0.5)
    started = time.monotonic()
    result = resolver.lookup("hang-corp.com", deadline=started + 0.5)
    elapsed = time.monotonic() - started
    assert result == MxResult("timeout")
    assert not result.undeliverable
    assert elapsed < 0.5 + SLACK


def test_deadline_already_past_returns_at_once(
        make_resolver: Callable[..., MxResolver]) -> None:
    """A caller whose DNS budget is spent gets "timeout" without waiting at all."""
    resolver = make_resolver(timeout=0.3)
    started = time.monotonic()
    assert resolver.lookup("hang-corp.com", deadline=started - 1) == MxResult("timeout")
    assert time.monotonic() - started < SLACK


def test_worker_itself_gives_up_after_timeout(make_resolver: Callable[..., MxResolver]) -> None:
    """The look-up thread ends on its own too: dnspython's lifetime bounds it."""
    resolver = make_resolver(timeout=0.4)
    future = resolver.submit("hang-corp.com")
    assert future.result(timeout=0.4 + 1.0) == MxResult("timeout")


def test_late_answer_is_used_within_the_budget(resolver: MxResolver, zone: Zone) -> None:
    """A slow server that answers before the deadline is waited for, not cut short."""
    zone.mx("slow.example", "mx.slow.example").delay("slow.example", 0.3)
    assert lookup(resolver, "slow.example") == MxResult("found", ("mx.slow.example",))


def test_answer_after_the_deadline_still_fills_the_cache(resolver: MxResolver,
                                                         zone: Zone) -> None:
    """A caller past its deadline gets "timeout", but the late answer serves the next one."""
    zone.mx("late.example", "mx.late.example").delay("late.example", 0.3)
    started = time.monotonic()
    assert resolver.lookup("late.example", deadline=started + 0.1) == MxResult("timeout")
    assert time.monotonic() - started < 0.1 + SLACK
    assert resolver.submit("late.example").result(timeout=2.0).status == "found"
    assert resolver.submit("late.example").result(timeout=0).status == "found"
    assert zone.query_count("late.example") == 1


def test_silent_first_nameserver_leaves_time_for_the_second(
        make_resolver: Callable[..., MxResolver], server: DnsServer) -> None:
    """One dead nameserver costs part of the budget, so the next one still answers in time."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))  # bound, never read: queries vanish
        resolver = make_resolver(nameservers=(silent.getsockname(), server.address),
                                 timeout=1.0)
        started = time.monotonic()
        assert lookup(resolver, "acme-corp.com").status == "found"
        assert time.monotonic() - started < 1.0


def test_queued_lookup_does_not_outlive_its_budget(
        make_resolver: Callable[..., MxResolver], zone: Zone) -> None:
    """A look-up stuck in the queue past its budget is "timeout", and is not cached."""
    resolver = make_resolver(timeout=0.3, max_workers=1)
    blocker = resolver.submit("hang-corp.com")
    queued = resolver.submit("acme-corp.com")
    assert queued.result(timeout=2.0) == MxResult("timeout")
    assert blocker.result(timeout=2.0) == MxResult("timeout")
    assert zone.query_count("acme-corp.com") == 0
    assert lookup(resolver, "acme-corp.com").status == "found"


# -- caching -------------------------------------------------------------------------------


def test_answer_is_cached_within_its_ttl(resolver: MxResolver, zone: Zone,
                                         clock: FakeClock) -> None:
    """A second look-up within the TTL is answered from cache, not by the server."""
    first = lookup(resolver, "acme-corp.com")
    clock.advance(299)
    assert lookup(resolver, "acme-corp.com") == first
    assert zone.query_count("acme-corp.com") == 1
    assert resolver.stats().cache_hits == 1


def test_answer_expires_after_its_ttl(resolver: MxResolver, zone: Zone,
                                      clock: FakeClock) -> None:
    """Once the record's TTL has passed, the server is asked again."""
    zone.mx("short-ttl.example", "mx.short-ttl.example", ttl=1)
    lookup(resolver, "short-ttl.example")
    clock.advance(0.9)
    lookup(resolver, "short-ttl.example")
    assert zone.query_count("short-ttl.example", "MX") == 1
    clock.advance(0.2)
    lookup(resolver, "short-ttl.example")
    assert zone.query_count("short-ttl.example", "MX") == 2


def test_ttl_is_capped_by_max_ttl(make_resolver: Callable[..., MxResolver], zone: Zone,
                                  clock: FakeClock) -> None:
    """A long TTL is cut to max_ttl, so changed records are seen within max_ttl."""
    resolver = make_resolver(max_ttl=60)
    zone.mx("long-ttl.example", "mx.long-ttl.example", ttl=86400)
    lookup(resolver, "long-ttl.example")
    clock.advance(59)
    lookup(resolver, "long-ttl.example")
    assert zone.query_count("long-ttl.example", "MX") == 1
    clock.advance(2)
    lookup(resolver, "long-ttl.example")
    assert zone.query_count("long-ttl.example", "MX") == 2


def test_negative_answer_uses_soa_minimum(resolver: MxResolver, zone: Zone,
                                          clock: FakeClock) -> None:
    """NXDOMAIN is cached for the SOA's negative TTL (RFC 2308)."""
    zone.soa("gone.example", minimum=120)
    lookup(resolver, "nobody.gone.example")
    clock.advance(119)
    assert lookup(resolver, "nobody.gone.example") == MxResult("nxdomain")
    assert zone.query_count("nobody.gone.example") == 1
    clock.advance(2)
    lookup(resolver, "nobody.gone.example")
    assert zone.query_count("nobody.gone.example") == 2


def test_negative_answer_has_a_floor(resolver: MxResolver, zone: Zone,
                                     clock: FakeClock) -> None:
    """A tiny negative TTL is raised to negative_min_ttl so bad domains do not hammer DNS."""
    zone.soa("tiny.example", minimum=1).txt("tiny.example", "no mail")
    assert lookup(resolver, "tiny.example") == MxResult("missing")
    clock.advance(29)
    lookup(resolver, "tiny.example")
    assert zone.query_count("tiny.example", "MX") == 1
    clock.advance(2)
    lookup(resolver, "tiny.example")
    assert zone.query_count("tiny.example", "MX") == 2


def test_fallback_is_cached_for_the_shortest_ttl(resolver: MxResolver, zone: Zone,
                                                 clock: FakeClock) -> None:
    """An A-only answer lives no longer than its A record or the MX absence."""
    zone.a("short-a.example", "192.0.2.50", ttl=5)
    lookup(resolver, "short-a.example")
    clock.advance(6)
    lookup(resolver, "short-a.example")
    assert zone.query_count("short-a.example", "MX") == 2


def test_server_failure_is_retried_soon(resolver: MxResolver, zone: Zone,
                                        clock: FakeClock) -> None:
    """SERVFAIL is remembered only for failure_ttl; a recovered server is used again."""
    zone.mx("flaky.example", "mx.flaky.example").servfail("flaky.example")
    assert lookup(resolver, "flaky.example") == MxResult("error")
    zone.heal("flaky.example")
    assert lookup(resolver, "flaky.example") == MxResult("error")
    clock.advance(resolver.failure_ttl + 0.1)
    assert lookup(resolver, "flaky.example") == MxResult("found", ("mx.flaky.example",))


def test_timeout_is_retried_soon(make_resolver: Callable[..., MxResolver], zone: Zone,
                                 clock: FakeClock) -> None:
    """A timeout is remembered only for failure_ttl; a server that answers again is used."""
    resolver = make_resolver(timeout=0.3)
    zone.mx("sleepy.example", "mx.sleepy.example").hang("sleepy.example")
    assert resolver.submit("sleepy.example").result(timeout=2.0) == MxResult("timeout")
    zone.heal("sleepy.example")
    clock.advance(resolver.failure_ttl + 0.1)
    assert lookup(resolver, "sleepy.example").status == "found"


def test_concurrent_submits_share_one_query(resolver: MxResolver, zone: Zone) -> None:
    """Many screenings asking for the same domain at once cause one query, not many."""
    zone.mx("popular.example", "mx.popular.example").delay("popular.example", 0.2)
    futures = [resolver.submit("popular.example") for _ in range(50)]
    results = {future.result(timeout=2.0) for future in futures}
    assert results == {MxResult("found", ("mx.popular.example",))}
    assert zone.query_count("popular.example") == 1
    assert resolver.stats().joined == 49


def test_memory_cache_evicts_least_recently_used(clock: FakeClock) -> None:
    """The in-process cache stays within max_entries, dropping the least recently used."""
    cache = MemoryCache(max_entries=2, clock=clock)
    cache.set("a.example", MxResult("found", ("a",)), 60)
    cache.set("b.example", MxResult("found", ("b",)), 60)
    assert cache.get("a.example") is not None  # a is now the most recently used
    cache.set("c.example", MxResult("found", ("c",)), 60)
    assert cache.get("b.example") is None
    assert cache.get("a.example") is not None
    assert cache.get("c.example") is not None
    assert len(cache) == 2


def test_stats_count_answers_by_status(resolver: MxResolver) -> None:
    """stats() counts answers by status and cache hits, for /metrics."""
    for domain in ("acme-corp.com", "acme-corp.com", "nomail-corp.com", "servfail-corp.com"):
        lookup(resolver, domain)
    stats = resolver.stats()
    assert stats.resolved == {"found": 1, "null_mx": 1, "error": 1}
    assert stats.cache_hits == 1


# -- life cycle ----------------------------------------------------------------------------


def test_submit_after_close_is_error(make_resolver: Callable[..., MxResolver]) -> None:
    """A closed resolver answers "error" instead of raising."""
    resolver = make_resolver()
    resolver.close()
    assert resolver.submit("acme-corp.com").result(timeout=0) == MxResult("error")


def test_missing_resolv_conf_is_tolerated(tmp_path: Path,
                                          caplog: pytest.LogCaptureFixture) -> None:
    """Without nameservers or resolv.conf the resolver still starts, and says why with a warning."""
    with caplog.at_level(logging.WARNING, logger="leadguard.dns"):
        resolver = MxResolver(resolv_conf=str(tmp_path / "resolv.conf"), timeout=0.2)
    resolver.close()
    assert "127.0.0.1:53" in caplog.text


# -- a resolver that denies everything ------------------------------------------------------


def test_resolver_denying_the_canary_makes_nxdomain_unknown(
        make_resolver: Callable[..., MxResolver], zone: Zone,
        caplog: pytest.LogCaptureFixture) -> None:
    """When the resolver says gmail.com does not exist either, NXDOMAIN is "error", not proof."""
    zone.remove("gmail.com")
    resolver = make_resolver()
    with caplog.at_level(logging.WARNING, logger="leadguard"):
        assert lookup(resolver, "no-such-company-xyz.com").status == "error"
        assert lookup(resolver, "empty-corp.com").status == "error"
    assert "treated as unknown" in caplog.text
    # an explicit null MX is a record the domain published, still believed
    assert lookup(resolver, "nomail-corp.com").status == "null_mx"


def test_canary_is_asked_once_and_only_for_negative_answers(
        make_resolver: Callable[..., MxResolver], server: DnsServer) -> None:
    """A trusted resolver's NXDOMAIN stands; the canary is asked once, not per look-up."""
    resolver = make_resolver()
    assert lookup(resolver, "acme-corp.com").status == "found"
    assert server.zone.query_count("gmail.com") == 0
    assert lookup(resolver, "no-such-company-xyz.com").status == "nxdomain"
    assert lookup(resolver, "other-missing-corp.com").status == "nxdomain"
    assert server.zone.query_count("gmail.com", "MX") == 1
