"""email.no_mx and disposable-by-MX, through the HTTP API against the test DNS server."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from leadguard.wordlists import FILES
from tests.conftest import codes

DNS_TIMEOUT = 0.5
# Slack for thread scheduling on a loaded CI machine; a bound, not a benchmark.
SLACK = 0.2

# This module's own word lists, so what it pins does not move when the bundled lists change.
WORDLISTS = {
    "disposable_domains.txt": ["mailinator.com", "guerrillamail.com", "10minutemail.com",
                               "temp-mail.org", "yopmail.com"],
    "disposable_allowlist.txt": [],
    "disposable_mx.txt": ["mailinator.com", "guerrillamail.com", "temp-mail.org",
                          "yopmail.com"],
    "free_providers.txt": ["gmail.com", "yahoo.com", "outlook.com"],
    "role_accounts.txt": ["info", "sales", "noreply"],
    "typo_targets.txt": ["gmail.com", "yahoo.com", "outlook.com"],
    "legal_forms.txt": ["gmbh", "llc", "ltd"],
}


@pytest.fixture
def wordlists_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "wordlists"
    directory.mkdir()
    assert set(WORDLISTS) == set(FILES)
    for name, entries in WORDLISTS.items():
        header = f"# test copy of {name} for tests/test_checks_mx.py\n"
        (directory / name).write_text(header + "".join(f"{e}\n" for e in entries), "utf-8")
    return directory


@pytest.fixture
def app(make_app: Any, wordlists_dir: Path) -> Flask:
    """The app with this module's word lists and a short DNS budget."""
    return make_app(WORDLISTS_DIR=str(wordlists_dir), DNS_TIMEOUT=DNS_TIMEOUT)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("email", "status"), [
    ("jane@no-such-company-xyz.com", "nxdomain"),
    ("jane@nomail-corp.com", "null_mx"),
    ("jane@empty-corp.com", "missing"),
])
def test_no_mx_hits_undeliverable_domains(screen: Any, email: str, status: str) -> None:
    """NXDOMAIN, null MX and "no MX and no address" each give email.no_mx."""
    result = screen(email=email)
    assert "email.no_mx" in codes(result)
    assert result["email"]["mx"] == status
    assert result["spam"] is True


@pytest.mark.parametrize(("email", "status"), [
    ("jane@acme-corp.com", "found"),
    ("jan.kowalski@firma-nowak.pl", "found"),
    ("jane@a-only-corp.com", "found"),
    ("jane@aaaa-only-corp.com", "found"),
    ("jane@servfail-corp.com", "error"),
])
def test_no_mx_misses_deliverable_or_unknown_domains(screen: Any, email: str,
                                                     status: str) -> None:
    """Found, A/AAAA-only and SERVFAIL domains give no email.no_mx and no points."""
    result = screen(email=email)
    assert result["email"]["mx"] == status
    assert codes(result) == set()
    assert result["score_adjustment"] == 0
    assert result["verdict"] == "accept"


def test_idn_domain_is_looked_up_in_idna_form(screen: Any) -> None:
    """A Unicode domain is looked up by its IDNA form and found."""
    result = screen(email="hans@müller-bau.de")
    assert result["email"]["mx"] == "found"
    assert "email.no_mx" not in codes(result)


def test_dns_timeout_is_unknown_and_bounded(client: FlaskClient) -> None:
    """A silent DNS server gives mx "timeout", no points, and an answer within the budget."""
    started = time.monotonic()
    response = client.post("/v1/screen", json={"email": "jane@hang-corp.com"})
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    result = response.get_json()
    assert result["email"]["mx"] == "timeout"
    assert codes(result) == set()
    assert result["verdict"] == "accept"
    assert elapsed < DNS_TIMEOUT + SLACK


def test_batch_spends_one_dns_budget_in_total(client: FlaskClient) -> None:
    """A batch's look-ups run together: several silent domains still cost one DNS timeout."""
    emails = ["a@hang-corp.com", "b@hang-corp.com", "c@acme-corp.com",
              "d@no-such-company-xyz.com", "e@servfail-corp.com"]
    started = time.monotonic()
    response = client.post("/v1/screen/batch", json={"leads": [{"email": e} for e in emails]})
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    statuses = [result["email"]["mx"] for result in response.get_json()["results"]]
    assert statuses == ["timeout", "timeout", "found", "nxdomain", "error"]
    assert elapsed < DNS_TIMEOUT + SLACK


def test_disposable_by_mx_hits_unlisted_domain_on_disposable_servers(screen: Any) -> None:
    """A domain on no list whose MX is a disposable provider's server is email.disposable."""
    result = screen(email="jane@burner-unlisted.net")
    assert "email.disposable" in codes(result)
    assert result["email"]["disposable"] is True
    [adjustment] = [a for a in result["adjustments"] if a["code"] == "email.disposable"]
    assert "mx.mailinator.com" in adjustment["reason"]


@pytest.mark.parametrize("email", [
    "founder@startup-forwarding.com",  # Cloudflare Email Routing
    "jane@privacy-relay.org",  # SimpleLogin aliases
    "jane@acme-corp.com",
])
def test_disposable_by_mx_misses_forwarding_services(screen: Any, email: str) -> None:
    """Forwarding and alias services people really use are not disposable by their MX."""
    result = screen(email=email)
    assert result["email"]["mx"] == "found"
    assert "email.disposable" not in codes(result)
    assert result["email"]["disposable"] is False


def test_listed_disposable_domain_is_not_reported_twice(screen: Any) -> None:
    """A listed disposable domain gets one email.disposable, from the list, not also by MX."""
    result = screen(email="jane@mailinator.com")
    disposable = [a for a in result["adjustments"] if a["code"] == "email.disposable"]
    assert len(disposable) == 1
    assert "mail server" not in disposable[0]["reason"]
