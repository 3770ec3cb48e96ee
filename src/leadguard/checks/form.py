"""Bot behaviour on the form itself: the hidden trap field, and inhuman speed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from leadguard.screening import Screening
from leadguard.signals import Signal


class Honeypot:
    codes: ClassVar[tuple[str, ...]] = ("form.honeypot",)

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        # Browsers autofill nothing into a hidden field; whitespace-only still counts as filled
        # because people cannot see the field to type into it.
        if screening.lead.honeypot:
            yield Signal("form.honeypot", "honeypot")


class TooFast:
    codes: ClassVar[tuple[str, ...]] = ("form.too_fast",)

    def __init__(self, *, threshold_ms: float) -> None:
        self.threshold_ms = threshold_ms

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        elapsed = screening.lead.elapsed_ms
        if elapsed is not None and elapsed < self.threshold_ms:
            yield Signal("form.too_fast", "elapsed_ms",
                         {"elapsed_ms": f"{elapsed:.0f}",
                          "threshold_ms": f"{self.threshold_ms:.0f}"})
