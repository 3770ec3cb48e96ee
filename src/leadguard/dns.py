"""MX look-ups with dnspython: bounded in time, cached within TTL, failing open.

NXDOMAIN, null MX (RFC 7505) and "no MX and no address" are undeliverable; a timeout or
SERVFAIL is unknown and must never count against a lead.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Protocol

import dns.exception
import dns.message
import dns.name
import dns.nameserver
import dns.rdatatype
import dns.resolver

MX_STATUSES = ("found", "missing", "null_mx", "nxdomain", "timeout", "error", "skipped")
UNDELIVERABLE = frozenset({"missing", "null_mx", "nxdomain"})

log = logging.getLogger("leadguard.dns")


@dataclass(frozen=True)
class MxResult:
    status: str
    hosts: tuple[str, ...] = ()
    implicit: bool = False  # no MX record; mail goes to the domain's own address (RFC 5321)

    @property
    def undeliverable(self) -> bool:
        return self.status in UNDELIVERABLE


class MxCache(Protocol):
    """Where answers are kept between look-ups; a shared (Redis) cache implements the same."""

    def get(self, domain: str) -> MxResult | None: ...

    def set(self, domain: str, result: MxResult, ttl: float) -> None: ...


class MemoryCache:
    """An in-process, thread-safe LRU cache whose entries expire after their TTL.

    `clock` is injectable so tests can move time forward instead of sleeping.
    """

    def __init__(self, *, max_entries: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_entries = max_entries
        self.clock = clock
        self._entries: OrderedDict[str, tuple[float, MxResult]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def get(self, domain: str) -> MxResult | None:
        with self._lock:
            entry = self._entries.get(domain)
            if entry is None:
                return None
            expires, result = entry
            if self.clock() >= expires:
                del self._entries[domain]
                return None
            self._entries.move_to_end(domain)
            return result

    def set(self, domain: str, result: MxResult, ttl: float) -> None:
        with self._lock:
            if ttl <= 0:
                self._entries.pop(domain, None)
                return
            self._entries[domain] = (self.clock() + ttl, result)
            self._entries.move_to_end(domain)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


@dataclass(frozen=True)
class MxStats:
    """Counters for /metrics: how look-ups were answered since the resolver started."""

    resolved: dict[str, int]  # answers not served from cache, by status
    cache_hits: int
    joined: int  # submits that shared a look-up already in flight for the same domain


class MxResolver:
    """MX look-ups for email domains, run on a shared thread pool.

    `submit()` never blocks and its future gives an MxResult for every DNS outcome, failures
    included; `lookup()` waits at most until a deadline. Each look-up (MX, then A and AAAA
    when there is no MX) is also bounded by `timeout` inside dnspython, so a silent server
    cannot hold a worker thread for long.
    """

    def __init__(
        self,
        *,
        nameservers: tuple[tuple[str, int], ...] = (),
        timeout: float = 1.5,
        max_ttl: float = 3600.0,
        negative_min_ttl: float = 30.0,
        failure_ttl: float = 5.0,
        cache: MxCache | None = None,
        max_workers: int = 128,
        resolv_conf: str = "/etc/resolv.conf",
        canary: str | None = "gmail.com",
    ) -> None:
        self.nameservers = nameservers
        self.timeout = timeout
        self.max_ttl = max_ttl
        # A NXDOMAIN or NODATA answer with a tiny SOA minimum would otherwise make every lead
        # from a bad domain query again.
        self.negative_min_ttl = negative_min_ttl
        # Short: a server that failed or went silent is asked again soon after it recovers.
        self.failure_ttl = failure_ttl
        self.cache: MxCache = cache if cache is not None else MemoryCache()
        # A domain that certainly receives mail. Sandboxes, captive portals and some corporate
        # resolvers answer NXDOMAIN for every outside name; when they also deny the canary,
        # their "does not exist" is not evidence and becomes "error" (unknown, no points).
        self.canary = _domain_key(canary) if canary else None
        self._warned_untrusted = False
        self._resolver = _make_resolver(nameservers, resolv_conf)
        # Two tries per nameserver within the time budget ride out one lost UDP datagram.
        self._resolver.timeout = timeout / 2
        self._resolver.lifetime = timeout
        self._resolver.cache = None  # answers are cached here, per domain, not per query
        # Sized so a 1000-lead batch of distinct domains starts most look-ups at once; threads
        # are created only when needed.
        self._executor = ThreadPoolExecutor(max_workers=max_workers,
                                            thread_name_prefix="leadguard-dns")
        self._inflight: dict[str, Future[MxResult]] = {}
        self._lock = threading.Lock()
        self._closed = False
        self._resolved: Counter[str] = Counter()
        self._cache_hits = 0
        self._joined = 0

    def submit(self, domain: str) -> Future[MxResult]:
        """Start (or join, or answer from cache) the look-up of `domain`'s mail servers."""
        try:
            key = _domain_key(domain)
        except (dns.exception.DNSException, UnicodeError):
            return self._done(MxResult("error"))
        cached = self.cache.get(key)
        with self._lock:
            if cached is not None:
                self._cache_hits += 1
                return _completed(cached)
            future = self._inflight.get(key)
            if future is not None:
                self._joined += 1
                return future
            if self._closed:
                self._resolved["error"] += 1
                return _completed(MxResult("error"))
            # The budget starts now, not when a worker picks the task up: a queued look-up
            # must not outlive the screening that asked for it.
            future = self._executor.submit(self._resolve, key, time.monotonic() + self.timeout)
            self._inflight[key] = future
        future.add_done_callback(lambda done: self._forget(key, done))
        return future

    def lookup(self, domain: str, *, deadline: float) -> MxResult:
        """The answer for `domain`, or "timeout" once time.monotonic() passes `deadline`."""
        future = self.submit(domain)
        try:
            return future.result(timeout=max(deadline - time.monotonic(), 0.0))
        except FutureTimeout:
            return MxResult("timeout")

    def stats(self) -> MxStats:
        with self._lock:
            return MxStats(resolved=dict(self._resolved), cache_hits=self._cache_hits,
                           joined=self._joined)

    def close(self, *, wait: bool = True) -> None:
        """Refuse new look-ups; with `wait`, let running ones end (within `timeout`)."""
        with self._lock:
            self._closed = True
        self._executor.shutdown(wait=wait)

    def _done(self, result: MxResult) -> Future[MxResult]:
        with self._lock:
            self._resolved[result.status] += 1
        return _completed(result)

    def _forget(self, key: str, future: Future[MxResult]) -> None:
        with self._lock:
            if self._inflight.get(key) is future:
                del self._inflight[key]

    def _resolve(self, key: str, deadline: float) -> MxResult:
        """Runs on a worker: ask, cache the answer for as long as it is valid, return it."""
        if time.monotonic() >= deadline:
            # Waited in the queue past its budget: a local backlog, not the server's fault,
            # so nothing is cached.
            result = MxResult("timeout")
        else:
            result, ttl = self._ask_mx(dns.name.from_text(key), key, deadline)
            if result.status in ("nxdomain", "missing") and not self._resolver_trusted(
                    key, deadline):
                result, ttl = MxResult("error"), self.failure_ttl
            self.cache.set(key, result, min(ttl, self.max_ttl))
        with self._lock:
            self._resolved[result.status] += 1
        return result

    def _resolver_trusted(self, key: str, deadline: float) -> bool:
        """Whether the resolver finds the canary's mail servers (asked once per its TTL)."""
        if self.canary is None or key == self.canary:
            return True
        canary = self.cache.get(self.canary)
        if canary is None:
            canary, ttl = self._ask_mx(dns.name.from_text(self.canary), self.canary, deadline)
            self.cache.set(self.canary, canary, min(ttl, self.max_ttl))
        if canary.status == "found":
            return True
        if canary.status in ("nxdomain", "missing", "null_mx") and not self._warned_untrusted:
            self._warned_untrusted = True
            log.warning("the DNS resolver says %s cannot receive mail; its 'does not exist' "
                        "answers are treated as unknown", self.canary)
        return False

    def _ask_mx(self, name: dns.name.Name, key: str,
                deadline: float) -> tuple[MxResult, float]:
        """The result for `name` and how many seconds it may be reused."""
        answer = self._query(name, dns.rdatatype.MX, deadline)
        if isinstance(answer, tuple):
            return answer
        ttl = float(answer.chaining_result.minimum_ttl)
        if answer.rrset is not None:
            # RFC 7505: an exchange of "." means "no mail here"; ignore it beside real hosts.
            records = sorted(
                (rdata.preference, rdata.exchange.to_text(omit_final_dot=True).lower())
                for rdata in answer.rrset
                if rdata.rdtype == dns.rdatatype.MX and rdata.exchange != dns.name.root)
            hosts = tuple(dict.fromkeys(host for _, host in records))
            if not hosts:
                return MxResult("null_mx"), self._negative_ttl(ttl)
            return MxResult("found", hosts), ttl
        return self._ask_address(name, key, deadline, ttl)

    def _ask_address(self, name: dns.name.Name, key: str, deadline: float,
                     ttl: float) -> tuple[MxResult, float]:
        """No MX: RFC 5321 5.1 delivers to the domain's own A or AAAA record, if any."""
        for rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA):
            answer = self._query(name, rdtype, deadline)
            if isinstance(answer, tuple):
                return answer
            ttl = min(ttl, float(answer.chaining_result.minimum_ttl))
            if answer.rrset is not None:
                return MxResult("found", (key,), implicit=True), ttl
        return MxResult("missing"), self._negative_ttl(ttl)

    def _query(self, name: dns.name.Name, rdtype: dns.rdatatype.RdataType,
               deadline: float) -> dns.resolver.Answer | tuple[MxResult, float]:
        """The answer, or the final result (and its cache time) when the query failed."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return MxResult("timeout"), self.failure_ttl
        try:
            return self._resolver.resolve(name, rdtype, search=False,
                                          raise_on_no_answer=False, lifetime=remaining)
        except dns.resolver.NXDOMAIN as exc:
            return MxResult("nxdomain"), self._negative_ttl(_nxdomain_ttl(exc, name))
        except dns.exception.Timeout:
            return MxResult("timeout"), self.failure_ttl
        except (dns.exception.DNSException, OSError):
            # SERVFAIL and REFUSED surface as NoNameservers: the answer is unknown.
            return MxResult("error"), self.failure_ttl

    def _negative_ttl(self, ttl: float) -> float:
        return max(ttl, self.negative_min_ttl)


def _make_resolver(nameservers: tuple[tuple[str, int], ...],
                   resolv_conf: str) -> dns.resolver.Resolver:
    if nameservers:
        resolver = dns.resolver.Resolver(configure=False)
        resolver.nameservers = [dns.nameserver.Do53Nameserver(ip, port)
                                for ip, port in nameservers]
        return resolver
    try:
        return dns.resolver.Resolver(filename=resolv_conf, configure=True)
    except dns.resolver.NoResolverConfiguration as exc:
        # What the C library does without resolv.conf: ask a resolver on this host.
        log.warning("no usable DNS configuration in %s (%s); using 127.0.0.1:53",
                    resolv_conf, exc)
        resolver = dns.resolver.Resolver(configure=False)
        resolver.nameservers = ["127.0.0.1"]
        return resolver


def _domain_key(domain: str) -> str:
    """The cache key of a domain: absolute IDNA form, lower-case, no trailing dot."""
    name = dns.name.from_text(domain.strip().lower())
    return name.to_text(omit_final_dot=True)


def _nxdomain_ttl(exc: dns.resolver.NXDOMAIN, name: dns.name.Name) -> float:
    """RFC 2308 negative TTL of a NXDOMAIN: min(SOA TTL, SOA minimum) from its authority."""
    responses: dict[dns.name.Name, dns.message.QueryMessage] = exc.kwargs.get("responses") or {}
    response = responses.get(name)
    if response is None:
        return 0.0
    return float(response.resolve_chaining().minimum_ttl)


def _completed(result: MxResult) -> Future[MxResult]:
    future: Future[MxResult] = Future()
    future.set_result(result)
    return future
