"""Rate limits on screening (LEADGUARD_RATE_LIMIT): leads per window, per caller.

A caller is its API key, or its address while the API is open (no keys). A batch counts its
leads, and a refused request counts nothing. With LEADGUARD_REDIS_URL the windows are shared
by every replica, so the limit holds for the whole deployment.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from leadguard.errors import ApiError

if TYPE_CHECKING:  # config.py parses RateLimit and must not import Redis to do so
    from leadguard.counters import WindowCounters


@dataclass(frozen=True)
class RateLimit:
    leads: int
    seconds: float

    @classmethod
    def parse(cls, raw: str) -> RateLimit:
        """`<leads>/<seconds>`, e.g. "600/60"."""
        leads, slash, seconds = raw.partition("/")
        try:
            limit = cls(int(leads), float(seconds) if slash else math.nan)
        except ValueError:
            limit = cls(0, math.nan)
        if limit.leads <= 0 or not limit.seconds > 0:
            raise ValueError("must be <leads>/<seconds> with both greater than 0, e.g. 600/60")
        return limit

    def __str__(self) -> str:
        return f"{self.leads}/{self.seconds:g}"


class RateLimiter:
    def __init__(self, limit: RateLimit | None, counters: WindowCounters) -> None:
        self.limit = limit
        self.counters = counters

    def admit(self, caller: str, leads: int = 1) -> None:
        """Count `leads` for `caller`, or raise a 429 with Retry-After when they do not fit."""
        if self.limit is None:
            return
        key = "rate:" + hashlib.sha256(caller.encode()).hexdigest()[:32]
        admitted, count = self.counters.take(key, leads, limit=self.limit.leads,
                                             window=self.limit.seconds)
        if admitted:
            return
        window = f"{self.limit.seconds:g}"
        if leads > self.limit.leads:
            retry_after = math.ceil(self.limit.seconds)
            message = (f"This batch of {leads} leads is more than the {self.limit.leads} this "
                       f"caller may screen in {window} seconds; send it in smaller batches.")
        else:
            retry_after = max(1, math.ceil(count.reset_in))
            message = (f"Rate limit reached: {self.limit.leads} leads per {window} seconds; "
                       f"try again in {retry_after} seconds.")
        raise ApiError(message, status=429, code="rate_limited",
                       details={"limit": self.limit.leads, "window_seconds": self.limit.seconds,
                                "used": count.count, "requested": leads,
                                "retry_after_seconds": retry_after},
                       headers={"Retry-After": str(retry_after)})
