"""State shared by replicas through Redis (LEADGUARD_REDIS_URL), failing open.

Redis is an optimisation and a coordinator, never a dependency of a screening: when it errors,
a cache read is a miss, a cache write is skipped, and counters fall back to this process (see
counters.py). After a failure the link rests for `backoff` seconds so a Redis that is down
costs one timeout per rest, not one per lead; warnings are logged at most once a minute.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from leadguard.config import ConfigError
from leadguard.dns import MemoryCache, MxCache, MxResult

log = logging.getLogger("leadguard.shared")
T = TypeVar("T")

DEFAULT_PREFIX = "leadguard:"
# Redis answers in well under a millisecond on a LAN; a screening's whole DNS budget is 1.5 s.
DEFAULT_TIMEOUT = 0.25
WARN_EVERY = 60.0


def connect(url: str, *, timeout: float = DEFAULT_TIMEOUT) -> redis.Redis:
    """A client for `url` with short timeouts and no retries: the caller falls back instead.

    Nothing is sent yet: a Redis that is down when the service starts is a warning later,
    not a refusal to start.
    """
    try:
        return redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout,
                                    retry=Retry(NoBackoff(), 0), health_check_interval=30)
    except ValueError as exc:
        raise ConfigError(f"LEADGUARD_REDIS_URL is not a Redis URL "
                          f"(redis://host:port/db, rediss://, unix://): {exc}") from exc


class RedisLink:
    """One Redis client shared by the cache and the counters, with back-off after failures."""

    def __init__(self, client: redis.Redis, *, prefix: str = DEFAULT_PREFIX,
                 backoff: float = 5.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.prefix = prefix
        self.backoff = backoff
        self.clock = clock
        self._resting_until = 0.0
        self._warned_at: float | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_url(cls, url: str, *, prefix: str = DEFAULT_PREFIX) -> RedisLink:
        return cls(connect(url), prefix=prefix)

    @property
    def up(self) -> bool:
        """False while resting after a failure."""
        return self.clock() >= self._resting_until

    def run(self, operation: Callable[[redis.Redis], T], fallback: Callable[[], T]) -> T:
        """`operation(client)`, or `fallback()` when Redis fails or the link is resting."""
        if not self.up:
            return fallback()
        try:
            return operation(self.client)
        except redis.RedisError as exc:
            self._failed(exc)
            return fallback()

    def close(self) -> None:
        self.client.close()

    def _failed(self, exc: redis.RedisError) -> None:
        now = self.clock()
        with self._lock:
            self._resting_until = now + self.backoff
            if self._warned_at is not None and now - self._warned_at < WARN_EVERY:
                return
            self._warned_at = now
        log.warning("Redis is unavailable (%s: %s); using this process's cache and counters "
                    "until it answers again", type(exc).__name__, exc)


class RedisMxCache:
    """dns.MxCache in Redis: one JSON value per domain under `<prefix>mx:`, expiring with
    the answer's TTL (to the millisecond)."""

    def __init__(self, link: RedisLink) -> None:
        self.link = link
        self.prefix = f"{link.prefix}mx:"

    def get(self, domain: str) -> MxResult | None:
        found = self.get_with_ttl(domain)
        return found[0] if found else None

    def get_with_ttl(self, domain: str) -> tuple[MxResult, float] | None:
        """The cached answer and the seconds it stays valid, in one round trip."""

        def read(client: redis.Redis) -> tuple[MxResult, float] | None:
            pipe = client.pipeline(transaction=False)
            pipe.get(self.prefix + domain)
            pipe.pttl(self.prefix + domain)
            raw, pttl = pipe.execute()
            if raw is None or pttl <= 0:
                return None
            result = _decode(raw)
            return (result, pttl / 1000) if result is not None else None

        return self.link.run(read, lambda: None)

    def set(self, domain: str, result: MxResult, ttl: float) -> None:
        milliseconds = int(ttl * 1000)
        if milliseconds <= 0:
            return
        value = json.dumps({"status": result.status, "hosts": list(result.hosts),
                            "implicit": result.implicit}, separators=(",", ":"))
        self.link.run(lambda client: client.set(self.prefix + domain, value, px=milliseconds),
                      lambda: None)


class LayeredMxCache:
    """An in-process cache in front of the shared one: a repeated domain costs no round trip.

    A near entry lives exactly as long as the shared entry it copies, so both layers agree.
    """

    def __init__(self, shared: RedisMxCache, near: MemoryCache | None = None) -> None:
        self.shared = shared
        self.near = near if near is not None else MemoryCache()

    def get(self, domain: str) -> MxResult | None:
        result = self.near.get(domain)
        if result is not None:
            return result
        found = self.shared.get_with_ttl(domain)
        if found is None:
            return None
        result, ttl = found
        self.near.set(domain, result, ttl)
        return result

    def set(self, domain: str, result: MxResult, ttl: float) -> None:
        self.near.set(domain, result, ttl)
        self.shared.set(domain, result, ttl)


def mx_cache(link: RedisLink | None) -> MxCache | None:
    """The resolver's cache: layered over Redis when there is a link, else the default."""
    return LayeredMxCache(RedisMxCache(link)) if link is not None else None


def _decode(raw: Any) -> MxResult | None:
    """An MxResult from its JSON, or None (a miss) for a value this version cannot read."""
    try:
        data = json.loads(raw)
        return MxResult(str(data["status"]), tuple(str(host) for host in data["hosts"]),
                        bool(data["implicit"]))
    except (ValueError, KeyError, TypeError):
        return None
