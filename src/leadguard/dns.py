"""MX look-ups with dnspython: bounded in time, cached within TTL, failing open.

NXDOMAIN, null MX (RFC 7505) and "no MX and no address" are undeliverable; a timeout or
SERVFAIL is unknown and must never count against a lead.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass

MX_STATUSES = ("found", "missing", "null_mx", "nxdomain", "timeout", "error", "skipped")
UNDELIVERABLE = frozenset({"missing", "null_mx", "nxdomain"})


@dataclass(frozen=True)
class MxResult:
    status: str
    hosts: tuple[str, ...] = ()
    implicit: bool = False  # no MX record; mail goes to the domain's own address (RFC 5321)

    @property
    def undeliverable(self) -> bool:
        return self.status in UNDELIVERABLE


class MxResolver:
    """Placeholder interface, implemented by the DNS work package."""

    def __init__(self, *, nameservers: tuple[tuple[str, int], ...] = (),
                 timeout: float = 1.5, max_ttl: float = 3600.0) -> None:
        self.nameservers = nameservers
        self.timeout = timeout
        self.max_ttl = max_ttl

    def submit(self, domain: str) -> Future[MxResult]:
        raise NotImplementedError

    def lookup(self, domain: str, *, deadline: float) -> MxResult:
        raise NotImplementedError

    def close(self) -> None:
        pass
