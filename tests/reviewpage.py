"""Shared by the moderator page's tests and scripts/screenshot_review_page.py: keys, leads
that real screening flags, and logging in through the form."""

from __future__ import annotations

import re
from typing import Any

from flask.testing import FlaskClient

REVIEW_KEY = "review-key-for-tests"
ADMIN_KEY = "admin-key-for-tests"
SCREEN_KEY = "screen-key-for-tests"
API_KEYS = f"review/alice:{REVIEW_KEY},admin/root:{ADMIN_KEY},screen/forms:{SCREEN_KEY}"

# Each is flagged by real screening against tests/dnsserver.default_zone(); the comment says
# with which codes.
FLAGGED_LEADS: list[dict[str, Any]] = [
    # email.disposable: reject
    {"email": "someone@mailinator.com", "first_name": "Sam", "company": "Temp Ltd"},
    # form.honeypot: reject
    {"email": "jane@acme-corp.com", "first_name": "Jane", "honeypot": "http://spam.example"},
    # email.free_provider + email.gibberish: review
    {"email": "xkqzvw@gmail.com", "message": "hello"},
    # email.role_account + message.spam_content: review
    {"email": "info@example-widgets.io",
     "message": "Buy cheap backlinks SEO crypto http://a.example http://c.example"},
    # name.gibberish + job_title.implausible: review
    {"email": "j@acme-corp.com", "first_name": "qwxzkv", "job_title": "asdf"},
    # email.role_account + email.no_mx: reject
    {"email": "ops@nomail-corp.com"},
]

IMG = '<img src=x onerror="window.__xss=1">'
SCRIPT = "<script>window.__xss=1</script>"
XSS_FIELDS = ("first_name", "last_name", "full_name", "company", "job_title", "phone",
              "website", "country", "message", "honeypot", "ip", "user_agent", "referrer",
              "lead_id")


def xss_lead() -> dict[str, Any]:
    """A lead carrying markup in every field it has; each value names its field."""
    lead: dict[str, Any] = {name: f"{name}: {IMG}{SCRIPT}" for name in XSS_FIELDS}
    lead["email"] = f"{IMG}{SCRIPT}@acme-corp.com"
    lead["extra"] = {f"key {IMG}": f"extra: {IMG}{SCRIPT}"}
    return lead


def screen_all(client: FlaskClient, leads: list[dict[str, Any]],
               key: str | None = SCREEN_KEY) -> list[str]:
    """Screen `leads` through POST /v1/screen; the review ids, all of them flagged."""
    headers = {"X-API-Key": key} if key else {}
    ids: list[str] = []
    for lead in leads:
        response = client.post("/v1/screen", json=lead, headers=headers)
        assert response.status_code == 200, response.get_json()
        result = response.get_json()
        assert result["verdict"] in ("review", "reject"), result
        ids.append(result["review_id"])
    return ids


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "the page has no CSRF field"
    return match.group(1)


def log_in(client: FlaskClient, key: str | None = REVIEW_KEY, name: str = "Alice") -> Any:
    """Log in through the form as a browser would: fetch it, post it with its token."""
    token = csrf_of(client.get("/review/login").get_data(as_text=True))
    form = {"csrf_token": token, "name": name}
    if key is not None:
        form["key"] = key
    return client.post("/review/login", data=form)
