"""The moderator page at /review through Flask's test client: login, sessions, CSRF, headers,
escaping, decisions and the dashboard. tests/test_review_browser.py drives it in chromium."""

from __future__ import annotations

import re
import stat
import time
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from leadguard.web import charts, present
from leadguard.web.sessions import SECRET_FILE, SESSION_COOKIE, SESSION_MAX_SECONDS
from leadguard.web.views import SECURITY_HEADERS
from tests.reviewpage import (
    ADMIN_KEY,
    API_KEYS,
    FLAGGED_LEADS,
    IMG,
    SCREEN_KEY,
    SCRIPT,
    csrf_of,
    log_in,
    screen_all,
    xss_lead,
)

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


@pytest.fixture
def app(make_app: Any) -> Flask:
    return make_app(API_KEYS=API_KEYS)  # type: ignore[no-any-return]


@pytest.fixture
def ids(client: FlaskClient) -> list[str]:
    """The review ids of FLAGGED_LEADS, screened in order (so the last is the newest)."""
    return screen_all(client, FLAGGED_LEADS)


@pytest.fixture
def moderator(client: FlaskClient) -> FlaskClient:
    """The client, logged in as Alice with the review key."""
    response = log_in(client)
    assert response.status_code == 303
    return client


def decision(app: Flask, review_id: str) -> dict[str, Any] | None:
    review = app.extensions["leadguard.intake"].store.get(review_id)
    assert review is not None
    result: dict[str, Any] | None = review["decision"]
    return result


def page_token(client: FlaskClient) -> str:
    return csrf_of(client.get("/review/").get_data(as_text=True))


def session_cookie(response: Any) -> str:
    cookies = [value for value in response.headers.getlist("Set-Cookie")
               if value.startswith(SESSION_COOKIE + "=")]
    assert len(cookies) == 1, response.headers
    return str(cookies[0])


# -- logging in --------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/review/", "/review/dashboard", "/review/leads/rv_x"])
def test_pages_send_a_visitor_without_a_session_to_the_login(client: FlaskClient,
                                                             path: str) -> None:
    """Every page but the login redirects there, remembering where the visitor was going."""
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/review/login?next=")
    assert path in response.headers["Location"].replace("%2F", "/")


def test_login_with_a_review_key_sets_a_confined_httponly_cookie(client: FlaskClient) -> None:
    """The session cookie is HttpOnly, SameSite=Lax, only sent to /review, not Secure on http."""
    response = log_in(client)
    assert response.status_code == 303
    assert response.headers["Location"] == "/review/"
    cookie = session_cookie(response)
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Path=/review" in cookie
    assert "Secure" not in cookie
    assert "Alice" in client.get("/review/").get_data(as_text=True)


@pytest.mark.parametrize(("base_url", "headers"), [
    ("https://localhost", {}), ("http://localhost", {"X-Forwarded-Proto": "https"})])
def test_session_cookie_is_secure_when_served_over_https(app: Flask, base_url: str,
                                                         headers: dict[str, str]) -> None:
    """Over https, direct or behind a TLS-terminating proxy, the session cookie is Secure."""
    client = app.test_client()
    token = csrf_of(client.get("/review/login", base_url=base_url, headers=headers)
                    .get_data(as_text=True))
    response = client.post("/review/login", base_url=base_url, headers=headers,
                           data={"csrf_token": token, "key": "review-key-for-tests",
                                 "name": "Alice"})
    assert response.status_code == 303
    assert "Secure" in session_cookie(response)


def test_login_with_a_screen_key_is_refused(client: FlaskClient) -> None:
    """A key without the review scope is refused with a message, and no session starts."""
    response = log_in(client, key=SCREEN_KEY)
    assert response.status_code == 403
    assert "lacks the review scope" in response.get_data(as_text=True)
    assert client.get("/review/").status_code == 302


def test_login_with_an_unknown_key_is_refused(client: FlaskClient) -> None:
    """A key the service does not know is refused; the form is shown again."""
    response = log_in(client, key="guess")
    assert response.status_code == 401
    assert "not known to this service" in response.get_data(as_text=True)
    assert client.get("/review/").status_code == 302


def test_login_needs_a_display_name(client: FlaskClient) -> None:
    """A blank (or control-character) display name is refused: it signs every decision."""
    assert log_in(client, name="   ").status_code == 400
    assert log_in(client, name="Al\x00ice").status_code == 400
    assert client.get("/review/").status_code == 302


def test_an_admin_key_may_moderate(client: FlaskClient) -> None:
    """admin covers every scope, review included."""
    assert log_in(client, key=ADMIN_KEY).status_code == 303
    assert client.get("/review/").status_code == 200


def test_open_mode_asks_only_for_a_name_and_records_it(make_app: Any) -> None:
    """With LEADGUARD_API_KEYS unset the form has no key field; decisions carry the name."""
    app = make_app()
    client = app.test_client()
    form = client.get("/review/login").get_data(as_text=True)
    assert 'name="key"' not in form
    [review_id] = screen_all(client, FLAGGED_LEADS[:1], key=None)
    assert log_in(client, key=None, name="Bob").status_code == 303
    response = client.post(f"/review/leads/{review_id}/decision",
                           data={"csrf_token": page_token(client), "label": "spam"})
    assert response.status_code == 303
    assert decision(app, review_id)["moderator"] == "Bob"  # type: ignore[index]


@pytest.mark.parametrize("target", ["https://evil.example/review/", "//evil.example/review/",
                                    "/v1/reviews", "/review\\..\\x"])
def test_login_never_redirects_away_from_the_page(client: FlaskClient, target: str) -> None:
    """The `next` of the login form only leads to pages under /review/."""
    token = csrf_of(client.get("/review/login").get_data(as_text=True))
    response = client.post("/review/login", data={"csrf_token": token, "name": "Alice",
                                                  "key": "review-key-for-tests",
                                                  "next": target})
    assert response.headers["Location"] == "/review/"


def test_login_returns_to_the_page_asked_for(client: FlaskClient, ids: list[str]) -> None:
    """After the login redirect, the moderator lands on the lead they opened."""
    location = client.get(f"/review/leads/{ids[0]}").headers["Location"]
    form = client.get(location).get_data(as_text=True)
    token = csrf_of(form)
    target = re.search(r'name="next" value="([^"]*)"', form)
    assert target and target.group(1) == f"/review/leads/{ids[0]}"
    response = client.post("/review/login", data={"csrf_token": token, "name": "Alice",
                                                  "key": "review-key-for-tests",
                                                  "next": target.group(1)})
    assert response.headers["Location"] == f"/review/leads/{ids[0]}"


def test_logout_ends_the_session(moderator: FlaskClient) -> None:
    """Logging out (a POST with the token) sends the next page view to the login."""
    response = moderator.post("/review/logout", data={"csrf_token": page_token(moderator)})
    assert response.status_code == 303
    assert moderator.get("/review/").status_code == 302


def test_session_ends_after_a_working_day(moderator: FlaskClient,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A login older than 12 hours no longer counts."""
    later = time.time() + SESSION_MAX_SECONDS + 1
    monkeypatch.setattr(time, "time", lambda: later)
    assert moderator.get("/review/").status_code == 302


# -- the session key ---------------------------------------------------------------------------

def test_session_key_is_created_once_under_the_data_dir(make_app: Any, tmp_path: Path) -> None:
    """Without SECRET_KEY the key is generated into DATA_DIR (mode 0600) and reused after a
    restart, so a moderator's session survives it."""
    first = make_app(API_KEYS=API_KEYS)
    client = first.test_client()
    log_in(client)
    key_file = tmp_path / SECRET_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    restarted = make_app(API_KEYS=API_KEYS)
    assert restarted.config["SECRET_KEY"] == first.config["SECRET_KEY"]
    cookie = client.get_cookie(SESSION_COOKIE, path="/review")
    assert cookie is not None
    again = restarted.test_client()
    again.set_cookie(SESSION_COOKIE, cookie.value, path="/review")
    assert again.get("/review/").status_code == 200


def test_a_configured_secret_key_is_used_as_it_is(make_app: Any, tmp_path: Path) -> None:
    """A SECRET_KEY given in the configuration wins; no key file is written."""
    app = make_app(SECRET_KEY="configured-secret")
    assert app.config["SECRET_KEY"] == "configured-secret"
    assert not (tmp_path / SECRET_FILE).exists()


def test_changing_the_keys_logs_every_moderator_out(make_app: Any) -> None:
    """A session started under one LEADGUARD_API_KEYS is void under another."""
    client = make_app(API_KEYS=API_KEYS).test_client()
    log_in(client)
    cookie = client.get_cookie(SESSION_COOKIE, path="/review")
    assert cookie is not None
    rotated = make_app(API_KEYS="review/alice:a-new-key").test_client()
    rotated.set_cookie(SESSION_COOKIE, cookie.value, path="/review")
    assert rotated.get("/review/").status_code == 302


# -- CSRF --------------------------------------------------------------------------------------

def _posts(ids: list[str]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"/review/leads/{ids[0]}/decision", {"label": "spam"}),
        ("/review/decisions", {"label": "spam", "ids": ids}),
        ("/review/decisions", {"single": f"legit:{ids[0]}"}),
        ("/review/logout", {}),
    ]


@pytest.mark.parametrize("token", [None, "", "wrong-token", "é"])
def test_a_post_without_this_sessions_token_is_refused(app: Flask, moderator: FlaskClient,
                                                       ids: list[str],
                                                       token: str | None) -> None:
    """Every form POST needs the session's CSRF token: missing or wrong is a 400 and changes
    nothing (no decision, still logged in)."""
    for path, form in _posts(ids):
        data = dict(form) if token is None else {**form, "csrf_token": token}
        response = moderator.post(path, data=data)
        assert response.status_code == 400, path
        assert "security token" in response.get_data(as_text=True)
    assert all(decision(app, review_id) is None for review_id in ids)
    assert moderator.get("/review/").status_code == 200


def test_a_token_from_another_session_is_refused(app: Flask, moderator: FlaskClient,
                                                 ids: list[str]) -> None:
    """A token is only good for the session that issued it."""
    other = app.test_client()
    log_in(other, name="Mallory")
    response = moderator.post(f"/review/leads/{ids[0]}/decision",
                              data={"csrf_token": page_token(other), "label": "legit"})
    assert response.status_code == 400
    assert decision(app, ids[0]) is None


def test_login_form_needs_its_token_too(client: FlaskClient) -> None:
    """Login CSRF: a login POST without the form's token is refused."""
    response = client.post("/review/login", data={"key": "review-key-for-tests",
                                                  "name": "Alice"})
    assert response.status_code == 400
    assert client.get("/review/").status_code == 302


def test_logging_in_issues_a_new_token(client: FlaskClient) -> None:
    """The token seen before the login is not the one after it (no planted tokens)."""
    before = csrf_of(client.get("/review/login").get_data(as_text=True))
    log_in(client)
    assert page_token(client) != before


# -- headers -----------------------------------------------------------------------------------

def test_every_review_response_carries_the_security_headers(moderator: FlaskClient,
                                                            ids: list[str]) -> None:
    """CSP, nosniff, no-referrer and no-store on pages, static files, errors and redirects."""
    requests = [
        ("GET", "/review/", 200), ("GET", f"/review/leads/{ids[0]}", 200),
        ("GET", "/review/dashboard", 200), ("GET", "/review/login", 200),
        ("GET", "/review/static/review.css", 200), ("GET", "/review/static/review.js", 200),
        ("GET", "/review/leads/rv_missing", 404), ("GET", "/review/no-such-page", 404),
        ("POST", "/review/decisions", 400), ("GET", "/review/?cursor=not-a-cursor", 302),
    ]
    for method, path, status in requests:
        with moderator.open(path, method=method) as response:
            assert response.status_code == status, path
            for name, value in SECURITY_HEADERS.items():
                assert response.headers.get(name) == value, (path, name)
            assert response.headers["Content-Security-Policy"] == CSP


def test_pages_have_no_inline_script_or_style(moderator: FlaskClient, ids: list[str]) -> None:
    """The CSP forbids inline code, so no page may rely on any: no <script> body, no <style>,
    no style= or on*= attribute, not even inside the SVG charts."""
    moderator.post(f"/review/leads/{ids[0]}/decision",
                   data={"csrf_token": page_token(moderator), "label": "legit"})
    for path in ("/review/", f"/review/leads/{ids[1]}", f"/review/leads/{ids[0]}",
                 "/review/dashboard"):
        html = moderator.get(path).get_data(as_text=True)
        assert re.findall(r"<script\b[^>]*>", html) == [
            '<script src="/review/static/review.js" defer>'], path
        assert "<style" not in html and " style=" not in html, path
        assert not re.search(r"\son[a-z]+=", html), path


# -- hostile lead content ----------------------------------------------------------------------

def test_lead_markup_is_escaped_on_every_page(app: Flask, moderator: FlaskClient) -> None:
    """Markup in any field reaches the HTML only escaped (the browser test checks it does not
    run); no page carries it raw."""
    [review_id] = screen_all(moderator, [xss_lead()])
    for path in ("/review/", f"/review/leads/{review_id}", "/review/dashboard"):
        html = moderator.get(path).get_data(as_text=True)
        assert IMG not in html and SCRIPT not in html, path
    lead_page = moderator.get(f"/review/leads/{review_id}").get_data(as_text=True)
    escaped_img = IMG.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")
    for name in ("first_name", "message", "website", "referrer", "user_agent"):
        assert f"{name}: {escaped_img}&lt;script&gt;" in lead_page
    assert "extra: " + escaped_img in lead_page


# -- deciding ----------------------------------------------------------------------------------

def test_deciding_a_lead_records_the_moderator_and_opens_the_next(
        app: Flask, moderator: FlaskClient, ids: list[str]) -> None:
    """Spam with a note is stored as "name (key name)"; the answer opens the next pending lead
    of the same view (newest first: the one queued before it)."""
    response = moderator.post(f"/review/leads/{ids[-1]}/decision",
                              data={"csrf_token": page_token(moderator), "label": "spam",
                                    "note": "obvious"})
    assert response.status_code == 303
    assert response.headers["Location"] == f"/review/leads/{ids[-2]}"
    stored = decision(app, ids[-1])
    assert stored is not None
    assert (stored["label"], stored["note"], stored["moderator"]) == (
        "spam", "obvious", "Alice (alice)")


def test_lead_page_keeps_the_moderators_view(moderator: FlaskClient, ids: list[str]) -> None:
    """Opened from a filtered queue, the lead's next / previous stay in that filter."""
    html = moderator.get(f"/review/leads/{ids[3]}?code=email.role_account").get_data(
        as_text=True)
    # role-account leads, newest first: ids[5] (ops@), ids[3] (info@)
    assert f'href="/review/leads/{ids[5]}?code=email.role_account" id="prev-lead"' in html
    assert 'id="next-lead"' not in html


def test_the_last_decision_in_a_view_returns_to_the_queue(moderator: FlaskClient,
                                                          ids: list[str]) -> None:
    """Deciding the last pending lead of a view goes back to the (now empty) queue."""
    response = moderator.post(f"/review/leads/{ids[1]}/decision",
                              data={"csrf_token": page_token(moderator), "label": "spam",
                                    "code": "form.honeypot"})
    assert response.headers["Location"] == "/review/?code=form.honeypot"
    html = moderator.get(response.headers["Location"]).get_data(as_text=True)
    assert "The queue is clear" in html
    assert "That was the last pending lead in this view." in html


def test_a_lead_decided_by_someone_else_says_who_and_when(app: Flask, moderator: FlaskClient,
                                                          ids: list[str]) -> None:
    """Second decision: the first stands, and the page says who decided it and when."""
    api = app.test_client()
    first = api.post(f"/v1/reviews/{ids[0]}/decision", json={"label": "legit"},
                     headers={"X-API-Key": ADMIN_KEY})
    assert first.status_code == 200
    response = moderator.post(f"/review/leads/{ids[0]}/decision",
                              data={"csrf_token": page_token(moderator), "label": "spam"})
    assert response.headers["Location"] == f"/review/leads/{ids[0]}"
    html = moderator.get(response.headers["Location"]).get_data(as_text=True)
    when = first.get_json()["decision"]["decided_at"][:16].replace("T", " ")
    assert (f"someone@mailinator.com was already decided as not spam by root at {when} UTC; "
            "the first decision stands.") in html
    assert decision(app, ids[0])["label"] == "legit"  # type: ignore[index]


def test_bulk_decision_reports_conflicts_and_decides_the_rest(
        app: Flask, moderator: FlaskClient, ids: list[str]) -> None:
    """Ticked leads are all decided, except one decided meanwhile, which is reported."""
    app.extensions["leadguard.intake"].store.decide(ids[2], "legit", None, "bob")
    response = moderator.post("/review/decisions", data={
        "csrf_token": page_token(moderator), "label": "spam", "ids": ids[:4],
        "order": "likely_spam"})
    assert response.headers["Location"] == "/review/?order=likely_spam"
    html = moderator.get(response.headers["Location"]).get_data(as_text=True)
    assert "Marked 3 leads as spam." in html
    assert "xkqzvw@gmail.com was already decided as not spam by bob" in html
    assert [decision(app, review_id)["label"] for review_id in ids[:4]] == [  # type: ignore[index]
        "spam", "spam", "legit", "spam"]


def test_a_note_longer_than_the_api_allows_is_refused(app: Flask, moderator: FlaskClient,
                                                      ids: list[str]) -> None:
    """The page keeps the API's note limit; nothing is decided."""
    response = moderator.post(f"/review/leads/{ids[0]}/decision",
                              data={"csrf_token": page_token(moderator), "label": "spam",
                                    "note": "x" * 2001})
    assert response.headers["Location"] == f"/review/leads/{ids[0]}"
    assert decision(app, ids[0]) is None


def test_a_stale_cursor_restarts_the_queue(moderator: FlaskClient) -> None:
    """A cursor the store cannot use sends the moderator to the first page with a message."""
    response = moderator.get("/review/?order=likely_spam&cursor=garbage")
    assert response.headers["Location"] == "/review/?order=likely_spam"
    assert "here is the first page" in moderator.get(response.headers["Location"]).get_data(
        as_text=True)


def test_queue_pages_follow_the_store_cursor(moderator: FlaskClient, ids: list[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """With more leads than a page holds, Next page continues where the page ended."""
    monkeypatch.setattr("leadguard.web.views.PAGE_SIZE", 4)
    first = moderator.get("/review/").get_data(as_text=True)
    assert re.findall(r'data-review-id="([^"]+)"', first) == ids[::-1][:4]
    next_url = re.search(r'href="([^"]+)" id="next-page"', first)
    assert next_url
    second = moderator.get(next_url.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert re.findall(r'data-review-id="([^"]+)"', second) == ids[::-1][4:]
    assert 'id="first-page"' in second


def test_an_unreachable_store_gives_a_503_page(make_app: Any) -> None:
    """The page says the store is down (HTML, Retry-After) instead of failing."""
    app = make_app(DATABASE_URL="postgresql://nobody:secret@127.0.0.1:9/none")
    client = app.test_client()
    log_in(client, key=None)
    response = client.get("/review/")
    assert response.status_code == 503
    assert response.headers["Retry-After"]
    assert "The review store cannot be reached" in response.get_data(as_text=True)


# -- the dashboard -----------------------------------------------------------------------------

def test_dashboard_draws_each_chart_as_svg_with_a_text_alternative(
        app: Flask, moderator: FlaskClient, ids: list[str]) -> None:
    """One chart for outcomes, one for the overturned share, one per reason code; each SVG has
    role=img, a <title> and a <desc> it is labelled by."""
    moderator.post("/review/decisions", data={"csrf_token": page_token(moderator),
                                              "label": "legit", "ids": ids[:1]})
    html = moderator.get("/review/dashboard?days=7").get_data(as_text=True)
    svgs = re.findall(r'<svg class="chart" id="([^"]+)"[^>]*role="img"[^>]*'
                      r'aria-labelledby="([^"]+)"', html)
    codes = app.extensions["leadguard.intake"].store.stats(days=7)["by_code"]
    assert {"email.disposable", "form.honeypot", "email.no_mx"} <= set(codes)
    assert len(svgs) == 2 + len(codes)
    for chart_id, labelled_by in svgs:
        assert labelled_by == f"{chart_id}-title {chart_id}-desc"
        assert f'<desc id="{chart_id}-desc">' in html
    assert "6 leads flagged" in html
    assert "Moderators overturned 100% of the decided flags" in html


def test_outcome_bars_stack_to_the_days_total() -> None:
    """A day's spam, overturned and pending bars stack to the height of its flagged count."""
    days = [{"day": "2026-11-19", "flagged": 0, "spam": 0, "legit": 0, "pending": 0,
             "codes": {}},
            {"day": "2026-11-20", "flagged": 10, "spam": 5, "legit": 3, "pending": 2,
             "codes": {"form.honeypot": 10}}]
    stats = {"since": "2026-11-19", "until": "2026-11-20", "days": days, "flagged": 10,
             "spam": 5, "legit": 3, "pending": 2, "decided": 8,
             "by_code": {"form.honeypot": 10}, "overturn_share": 0.375}
    chart = charts.outcomes_chart(stats)
    assert [bar.kind for bar in chart.bars] == ["spam", "legit", "pending"]
    heights = [bar.height for bar in chart.bars]
    assert heights[0] == pytest.approx(heights[1] * 5 / 3, abs=0.02)
    assert chart.bars[0].y == pytest.approx(chart.bars[1].y + chart.bars[1].height, abs=0.02)
    assert sum(heights) == pytest.approx(
        chart.ticks[0].y - chart.ticks[-1].y, abs=0.05)  # 10 is the top of the axis
    share = charts.overturned_chart(stats)
    assert [bar.label for bar in share.bars] == ["2026-11-20: 38% overturned (3 of 8 decided)"]
    assert "38%" in share.summary


@pytest.mark.parametrize(("value", "ceiling"), [(0, 1), (1, 1), (3, 5), (7, 10), (11, 20),
                                                 (180, 200), (501, 1000)])
def test_axis_tops_are_round_numbers(value: float, ceiling: float) -> None:
    """The value axis ends at 1, 2 or 5 times a power of ten."""
    assert charts.nice_ceiling(value) == ceiling


@pytest.mark.parametrize(("probability", "shown"), [
    (0, "0%"), (0.0004, "0.1%"), (0.0421, "4%"), (0.5, "50%"), (0.994, "99.4%"),
    (0.99996, "99.9%"), (1, "100%")])
def test_probabilities_read_as_percentages_that_never_round_to_certainty(
        probability: float, shown: str) -> None:
    """Only 0 reads "0%" and only 1 reads "100%"; near the ends one decimal is kept."""
    assert present.percent(probability) == shown


def test_lead_fields_are_listed_in_request_order_with_extra_fields_last() -> None:
    """Submitted fields follow the screening request's order; extra fields come by name."""
    rows = present.field_rows({"message": "hi", "email": "a@b.c", "elapsed_ms": 8400.0,
                               "extra": {"utm": "x", "seats": 40}})
    assert rows == [("Email", "a@b.c"), ("Message", "hi"), ("Time to submit", "8.4 s (8400 ms)"),
                    ("extra: utm", "x"), ("extra: seats", "40")]
