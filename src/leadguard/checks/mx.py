from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from leadguard.screening import Screening
from leadguard.signals import Signal

_PROBLEMS = {
    "nxdomain": "the domain does not exist",
    "null_mx": "the domain publishes a null MX record, refusing all mail",
    "missing": "the domain has neither an MX nor an address record",
}


class NoMx:
    """The domain cannot receive mail. Timeouts and server failures are unknown, not evidence."""

    codes: ClassVar[tuple[str, ...]] = ("email.no_mx",)

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        if screening.email is None:
            return
        result = screening.mx()
        if result.undeliverable:
            yield Signal("email.no_mx", "email",
                         {"domain": screening.email.domain, "problem": _PROBLEMS[result.status]})
