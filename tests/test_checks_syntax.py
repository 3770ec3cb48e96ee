"""email.invalid_syntax: what must hit, and unusual real addresses that must not."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import codes


@pytest.mark.parametrize("address", [
    "plainaddress",
    "jane@",
    "@acme-corp.com",
    "jane..doe@acme-corp.com",
    "jane doe@acme-corp.com",
    "jane@acme-corp",
    "jane@acme_corp.com",
    "jane@-acme.com",
    ".jane@acme-corp.com",
    "jane@@acme-corp.com",
    "",
    "jane@" + "a" * 64 + ".com",
])
def test_malformed_addresses_are_invalid_syntax(screen: Any, address: str) -> None:
    """A malformed address is a screening result with email.invalid_syntax, and spam."""
    result = screen(email=address)
    assert "email.invalid_syntax" in codes(result)
    assert result["spam"] is True
    assert result["email"]["normalized"] is None
    assert result["email"]["mx"] == "skipped"
    reason = next(a["reason"] for a in result["adjustments"]
                  if a["code"] == "email.invalid_syntax")
    assert "not a valid email address" in reason


@pytest.mark.parametrize("address, normalized, domain", [
    ("Jane.Doe@ACME-CORP.com", "Jane.Doe@acme-corp.com", "acme-corp.com"),
    ("o'connor@acme-corp.com", "o'connor@acme-corp.com", "acme-corp.com"),
    ("jane+leads@acme-corp.com", "jane+leads@acme-corp.com", "acme-corp.com"),
    ("przemyslaw.wojcik@firma-nowak.pl", "przemyslaw.wojcik@firma-nowak.pl", "firma-nowak.pl"),
    ("jürgen@müller-bau.de", "jürgen@müller-bau.de", "müller-bau.de"),
    ("info@xn--mller-bau-q9a.de", "info@müller-bau.de", "müller-bau.de"),
    ("12345678@qq.com", "12345678@qq.com", "qq.com"),
    ("søren.ødegaard@acme-corp.com", "søren.ødegaard@acme-corp.com", "acme-corp.com"),
    ("tanaka.h@tanaka-shoji.co.jp", "tanaka.h@tanaka-shoji.co.jp", "tanaka-shoji.co.jp"),
    ("x@acme-corp.com", "x@acme-corp.com", "acme-corp.com"),
])
def test_unusual_real_addresses_are_valid_and_normalised(
        screen: Any, address: str, normalized: str, domain: str) -> None:
    """IDN, SMTPUTF8, apostrophes, sub-addresses and one-letter mailboxes are valid addresses."""
    result = screen(email=address)
    assert "email.invalid_syntax" not in codes(result)
    assert result["email"]["normalized"] == normalized
    assert result["email"]["domain"] == domain
    assert result["email"]["mx"] == "found"
