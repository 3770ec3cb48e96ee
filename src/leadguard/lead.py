"""The screening request: validation of the JSON body into a Lead.

A field of the wrong type is a client error (400); a malformed email address is not, it is
a screening result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from leadguard.errors import InvalidRequest

TEXT_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "full_name",
    "company",
    "job_title",
    "phone",
    "website",
    "country",
    "message",
    "honeypot",
    "ip",
    "user_agent",
    "referrer",
)

# Past this (about 30 years) elapsed_ms is not a measurement of a person filling a form.
ELAPSED_MS_LIMIT = 1e12


@dataclass(frozen=True)
class Lead:
    email: str
    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    company: str | None = None
    job_title: str | None = None
    phone: str | None = None
    website: str | None = None
    country: str | None = None
    message: str | None = None
    honeypot: str | None = None
    ip: str | None = None
    user_agent: str | None = None
    referrer: str | None = None
    elapsed_ms: float | None = None
    lead_id: str | int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def parse_lead(body: Any) -> Lead:
    """Validate a decoded JSON body; raise InvalidRequest naming every bad field."""
    if not isinstance(body, dict):
        raise InvalidRequest(
            "The request body must be a JSON object with at least an \"email\" string.",
            details={"body": f"expected an object, got {_json_type(body)}"},
        )
    problems: dict[str, str] = {}
    email = body.get("email")
    if not isinstance(email, str):
        problems["email"] = (
            "is required" if email is None else f"must be a string, got {_json_type(email)}"
        )
    values: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        value = body.get(name)
        if value is None or isinstance(value, str):
            values[name] = value
        else:
            problems[name] = f"must be a string or null, got {_json_type(value)}"
    elapsed = body.get("elapsed_ms")
    if elapsed is not None:
        if isinstance(elapsed, bool) or not isinstance(elapsed, int | float):
            problems["elapsed_ms"] = f"must be a number, got {_json_type(elapsed)}"
        elif not 0 <= elapsed < ELAPSED_MS_LIMIT:
            problems["elapsed_ms"] = (
                f"must be a number of milliseconds, at least 0 and below {ELAPSED_MS_LIMIT:,.0f}")
        else:
            values["elapsed_ms"] = float(elapsed)
    lead_id = body.get("lead_id")
    if lead_id is not None:
        if isinstance(lead_id, bool) or not isinstance(lead_id, str | int):
            problems["lead_id"] = f"must be a string or an integer, got {_json_type(lead_id)}"
        else:
            values["lead_id"] = lead_id
    extra = body.get("extra")
    if extra is not None:
        if isinstance(extra, dict):
            values["extra"] = extra
        else:
            problems["extra"] = f"must be an object, got {_json_type(extra)}"
    if problems:
        names = ", ".join(f'"{name}"' for name in problems)
        raise InvalidRequest(f"Fix the field(s) {names} and send the lead again.",
                             details=problems)
    return Lead(email=email, **values)  # type: ignore[arg-type]


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
