"""Fixed-window counters for velocity checks and rate limits: in-process, or in Redis.

A window of `window` seconds starts at every multiple of `window` on the wall clock, so every
replica counts into the same bucket. Fixed windows are explainable ("4 times in this
10-minute window") and cost one round trip per lead; the price is that a burst straddling a
window boundary is split between two windows. Keys are names the caller has already hashed:
no personal data ever reaches Redis. `clock` is injectable so tests move time instead of
sleeping.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import redis

from leadguard.shared import RedisLink

Clock = Callable[[], float]

# Add `amount` only if the total stays within `limit`: a refused batch consumes nothing.
_TAKE = """
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local amount = tonumber(ARGV[1])
if current + amount > tonumber(ARGV[2]) then
  return {0, current}
end
current = redis.call('INCRBY', KEYS[1], amount)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {1, current}
"""


@dataclass(frozen=True)
class WindowCount:
    count: int  # in the current window, this hit included
    reset_in: float  # seconds until the window ends


class WindowCounters(Protocol):
    clock: Clock

    def hit(self, keys: Sequence[str], *, window: float) -> list[WindowCount]:
        """Count one event for each key; the counts after it, in order."""
        ...

    def take(self, key: str, amount: int, *, limit: int,
             window: float) -> tuple[bool, WindowCount]:
        """Add `amount` unless the window's total would pass `limit`; whether it was added."""
        ...


def _window(now: float, window: float) -> tuple[int, float]:
    """The bucket number of `now` and the seconds until it ends."""
    bucket = math.floor(now / window)
    return bucket, (bucket + 1) * window - now


class MemoryCounters:
    """Thread-safe counters in this process; expired windows are swept as keys pile up."""

    def __init__(self, *, clock: Clock = time.time, max_keys: int = 100_000) -> None:
        self.clock = clock
        self.max_keys = max_keys
        self._counts: dict[str, tuple[int, int]] = {}  # "<key>:<window>" -> (bucket, count)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            return len(self._counts)

    def hit(self, keys: Sequence[str], *, window: float) -> list[WindowCount]:
        bucket, reset_in = _window(self.clock(), window)
        with self._lock:
            counts = []
            for key in keys:
                count = self._current(key, window, bucket) + 1
                self._store(key, window, bucket, count)
                counts.append(WindowCount(count, reset_in))
            return counts

    def take(self, key: str, amount: int, *, limit: int,
             window: float) -> tuple[bool, WindowCount]:
        bucket, reset_in = _window(self.clock(), window)
        with self._lock:
            current = self._current(key, window, bucket)
            if current + amount > limit:
                return False, WindowCount(current, reset_in)
            self._store(key, window, bucket, current + amount)
            return True, WindowCount(current + amount, reset_in)

    def _current(self, key: str, window: float, bucket: int) -> int:
        stored = self._counts.get(f"{key}:{window}")
        return stored[1] if stored is not None and stored[0] == bucket else 0

    def _store(self, key: str, window: float, bucket: int, count: int) -> None:
        name = f"{key}:{window}"
        self._counts.pop(name, None)  # re-inserted last: the dict's order is the age order
        self._counts[name] = (bucket, count)
        if len(self._counts) > self.max_keys:
            self._sweep()

    def _sweep(self) -> None:
        now = self.clock()
        for name, (bucket, _) in list(self._counts.items()):
            window = float(name.rsplit(":", 1)[1])
            if (bucket + 1) * window <= now:
                del self._counts[name]
        while len(self._counts) > self.max_keys:  # all live: forget the least recently counted
            del self._counts[next(iter(self._counts))]


class RedisCounters:
    """Counters every replica shares: one MULTI/EXEC (or one script) per call.

    Keys are `<prefix><key>:<window number>` and expire a second after their window ends.
    While Redis is unavailable the counts go to `fallback`, so each replica keeps counting
    on its own instead of letting everything through.
    """

    def __init__(self, link: RedisLink, *, clock: Clock = time.time,
                 fallback: MemoryCounters | None = None) -> None:
        self.link = link
        self.fallback = fallback if fallback is not None else MemoryCounters()
        self.clock = clock
        self._take = link.client.register_script(_TAKE)

    @property
    def clock(self) -> Clock:
        return self._clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self._clock = clock
        self.fallback.clock = clock

    def hit(self, keys: Sequence[str], *, window: float) -> list[WindowCount]:
        bucket, reset_in = _window(self.clock(), window)
        expire_ms = math.ceil((reset_in + 1) * 1000)

        def count(client: redis.Redis) -> list[WindowCount]:
            with client.pipeline(transaction=True) as pipe:
                for key in keys:
                    name = f"{self.link.prefix}{key}:{bucket}"
                    pipe.incr(name)
                    pipe.pexpire(name, expire_ms)
                replies = pipe.execute()
            return [WindowCount(int(reply), reset_in) for reply in replies[::2]]

        return self.link.run(count, lambda: self.fallback.hit(keys, window=window))

    def take(self, key: str, amount: int, *, limit: int,
             window: float) -> tuple[bool, WindowCount]:
        bucket, reset_in = _window(self.clock(), window)
        expire_ms = math.ceil((reset_in + 1) * 1000)
        name = f"{self.link.prefix}{key}:{bucket}"

        def take(client: redis.Redis) -> tuple[bool, WindowCount]:
            admitted, count = self._take(keys=[name], args=[amount, limit, expire_ms],
                                         client=client)
            return bool(admitted), WindowCount(int(count), reset_in)

        return self.link.run(
            take, lambda: self.fallback.take(key, amount, limit=limit, window=window))


def window_counters(link: RedisLink | None) -> WindowCounters:
    """Counters shared through Redis when there is a link, else this process's."""
    return RedisCounters(link) if link is not None else MemoryCounters()
