"""Typo domains of common providers (gmial.com -> gmail.com). Placeholder for its work package."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar

from leadguard.screening import Screening
from leadguard.signals import Signal


class TypoDomain:
    codes: ClassVar[tuple[str, ...]] = ("email.typo_domain",)

    def __init__(self, *, targets: Iterable[str], known: Iterable[str]) -> None:
        self.targets = tuple(targets)
        self.known = frozenset(known)

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        return iter(())
