"""What a check emits: a named symbol, the field it concerns, and facts for the reason text."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class Signal:
    """One named observation about a lead. Checks never attach points; the policy does."""

    code: str
    field: str
    detail: Mapping[str, str] = dataclasses.field(
        default_factory=lambda: MappingProxyType({}))
