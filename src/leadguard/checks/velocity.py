"""The same sender submitting again and again: counts per email, IP and device in a window.

Unlike every other check this one has a side effect (it counts the lead) and its answer
depends on the leads screened before: it is history-dependent by design. It runs on the API's
live traffic only, never on backfills, and the policy turns it off with every max_per_* = 0.
Values are hashed before they become counter keys, so no address reaches Redis.
"""

from __future__ import annotations

import hashlib
import ipaddress
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from leadguard.counters import WindowCounters
from leadguard.policy import Policy, PolicyError
from leadguard.screening import Screening
from leadguard.signals import Signal

KINDS = ("email", "ip", "device")


class Velocity:
    codes: ClassVar[tuple[str, ...]] = ("form.velocity",)

    def __init__(self, counters: WindowCounters, *, window_seconds: float,
                 max_per: Mapping[str, int]) -> None:
        self.counters = counters
        self.window = window_seconds
        self.max_per = {kind: max_per.get(kind, 0) for kind in KINDS}

    @classmethod
    def from_policy(cls, policy: Policy, counters: WindowCounters) -> Velocity | None:
        """The check as [velocity] configures it, or None when every limit is 0 (off)."""
        table = policy.section("velocity")
        try:
            window = float(table["window_seconds"])
            max_per = {kind: int(table.get(f"max_per_{kind}", 0)) for kind in KINDS}
        except (KeyError, TypeError, ValueError) as exc:
            raise PolicyError(f"policy {policy.version}: [velocity] needs window_seconds and "
                              f"whole-number max_per_email, max_per_ip, max_per_device ({exc})"
                              ) from exc
        if window <= 0 or any(limit < 0 for limit in max_per.values()):
            raise PolicyError("[velocity] window_seconds must be greater than 0 and every "
                              "max_per_* 0 (off) or more")
        if not any(max_per.values()):
            return None
        return cls(counters, window_seconds=window, max_per=max_per)

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        seen = [(kind, field, value) for kind, field, value in _identities(screening)
                if self.max_per[kind] > 0]
        if not seen:
            return
        counts = self.counters.hit([f"velocity:{kind}:{_digest(value)}"
                                    for kind, _, value in seen], window=self.window)
        for (kind, field, _), count in zip(seen, counts, strict=True):
            if count.count > self.max_per[kind]:
                yield Signal("form.velocity", field,
                             {"field": kind, "count": str(count.count),
                              "window": f"{self.window:g}"})


def _identities(screening: Screening) -> Iterator[tuple[str, str, str]]:
    """(kind, lead field, value) of each identity the lead carries."""
    lead = screening.lead
    if screening.email is not None:
        yield "email", "email", _mailbox(screening.email.normalized)
    ip = _network(lead.ip) if lead.ip and lead.ip.strip() else None
    if ip is not None:
        yield "ip", "ip", ip
    device_id = _device_id(lead.extra)
    if device_id is not None:
        yield "device", "extra.device_id", device_id
    elif ip is not None and lead.user_agent and lead.user_agent.strip():
        yield "device", "user_agent", f"{lead.user_agent.strip()}\n{ip}"


def _mailbox(address: str) -> str:
    """The address lower-cased without its +tag: jane+1@x.com and Jane@x.com are one sender."""
    local, _, domain = address.lower().rpartition("@")
    return f"{local.split('+', 1)[0] or local}@{domain}"


def _network(raw: str) -> str:
    """An IPv4 address, or the /64 of an IPv6 one (hosts rotate addresses inside it)."""
    text = raw.strip()
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return text.lower()
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def _device_id(extra: Mapping[str, Any]) -> str | None:
    value = extra.get("device_id")
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _digest(value: str) -> str:
    # JSON may carry lone surrogates ("\udbcf"), which strict UTF-8 refuses to encode
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:32]
