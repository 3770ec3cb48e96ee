"""Turning the store's review dicts into what a moderator reads: words, percentages, rows.

Everything returned is plain text; the templates escape it.
"""

from __future__ import annotations

import dataclasses
import json
import math
from datetime import UTC, datetime
from typing import Any

from leadguard.lead import Lead

LABEL_WORDS = {"spam": "spam", "legit": "not spam", "pending": "pending"}
_FIELD_ORDER = tuple(field.name for field in dataclasses.fields(Lead) if field.name != "extra")
_FIELD_NAMES = {"ip": "IP address", "user_agent": "User agent", "elapsed_ms": "Time to submit",
                "lead_id": "Lead id"}


def percent(probability: float) -> str:
    """0.0421 -> "4%"; near the ends one decimal, rounded inwards: 0.9996 is "99.9%", never
    "100%", and 0.0004 is "0.1%", never "0%"."""
    value = probability * 100
    if 0 < value < 1:
        return f"{math.ceil(value * 10) / 10:.1f}%"
    if 99 < value < 100:
        return f"{math.floor(value * 10) / 10:.1f}%"
    return f"{value:.0f}%"


def when(timestamp: str) -> str:
    """The store's ISO 8601 UTC timestamp as "2026-11-20 09:14 UTC"."""
    try:
        moment = datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def label_words(label: str) -> str:
    return LABEL_WORDS.get(label, label)


def field_rows(lead: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) for every submitted field, in the order of the screening request, then
    every `extra` field under its own name."""
    rows: list[tuple[str, str]] = []
    for name in _FIELD_ORDER:
        if name in lead and lead[name] is not None:
            rows.append((_FIELD_NAMES.get(name, name.replace("_", " ").capitalize()),
                         _value(name, lead[name])))
    known = {*_FIELD_ORDER, "extra"}
    for name, value in lead.items():  # anything a newer service version stored
        if name not in known and value is not None:
            rows.append((name, _value(name, value)))
    extra = lead.get("extra")
    if isinstance(extra, dict):
        for name, value in extra.items():
            rows.append((f"extra: {name}", _value(name, value)))
    return rows


def _value(name: str, value: Any) -> str:
    if name == "elapsed_ms" and isinstance(value, int | float):
        return f"{value / 1000:.1f} s ({value:.0f} ms)"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
