from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from leadguard.screening import Screening
from leadguard.signals import Signal


class FreeProvider:
    """A personal mailbox at a free provider: a weaker lead, not spam."""

    codes: ClassVar[tuple[str, ...]] = ("email.free_provider",)

    def __init__(self, free: frozenset[str]) -> None:
        self.free = free

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        email = screening.email
        if email is not None and email.ascii_domain in self.free:
            yield Signal("email.free_provider", "email", {"domain": email.domain})
