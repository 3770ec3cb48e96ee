"""Typo domains of common providers (gmial.com -> gmail.com): name the fix, never guess."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar

from leadguard.screening import Screening
from leadguard.signals import Signal
from leadguard.typos import TypoIndex


class TypoDomain:
    """A domain that is a typing slip of a listed provider's, with the corrected address.

    `targets` are the providers typos are corrected to; a `known` domain (a free provider) is
    real and never corrected, whatever it looks like. The disposable lists are deliberately no
    veto: they carry the typo-squatters' catch-alls (gmial.com, hotmial.com), and the person
    who typed one of those meant the provider.
    """

    codes: ClassVar[tuple[str, ...]] = ("email.typo_domain",)

    def __init__(self, *, targets: Iterable[str], known: Iterable[str]) -> None:
        self.index = TypoIndex(targets)
        self.known = frozenset(known)

    def suggest(self, domain: str) -> str | None:
        """The provider an ASCII domain is a typo of, if it is one and not a known domain."""
        if domain in self.known:
            return None
        return self.index.suggest(domain)

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        email = screening.email
        if email is None:
            return
        suggestion = self.suggest(email.ascii_domain)
        if suggestion is not None:
            yield Signal("email.typo_domain", "email",
                         {"domain": email.domain, "suggestion": suggestion,
                          "suggested_address": f"{email.local}@{suggestion}"})
