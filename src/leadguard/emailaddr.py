"""Email syntax and normalisation, with email-validator. Deliverability lives in dns.py."""

from __future__ import annotations

from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email


@dataclass(frozen=True)
class ParsedEmail:
    normalized: str
    local: str
    domain: str  # Unicode form, as people read it
    ascii_domain: str  # IDNA form, as DNS and word lists use it


def parse_email(address: str) -> ParsedEmail | str:
    """The parsed address, or a sentence saying why it is not a valid address."""
    try:
        result = validate_email(address, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as exc:
        return str(exc)
    return ParsedEmail(
        normalized=result.normalized,
        local=result.local_part,
        domain=result.domain.lower(),
        ascii_domain=result.ascii_domain.lower(),
    )
