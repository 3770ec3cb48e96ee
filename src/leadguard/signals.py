"""What a check emits: a named symbol, the field it concerns, and facts for the reason text."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True)
class Signal:
    """One named observation about a lead. Checks never attach points; the policy does."""

    code: str
    field: str
    detail: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
