from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from leadguard.screening import Screening
from leadguard.signals import Signal


class InvalidSyntax:
    """The address could not be parsed as an email address."""

    codes: ClassVar[tuple[str, ...]] = ("email.invalid_syntax",)

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        if screening.syntax_problem is not None:
            yield Signal("email.invalid_syntax", "email",
                         {"address": screening.lead.email[:254],
                          "problem": screening.syntax_problem})
