"""The moderation API: the queue filled by real screening calls, decisions, feedback, scopes."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_auth import assert_error
from tests.test_openapi import validator

KEYS = "screen:s-key,review/alice:alice-key,review/bob:bob-key,review:plain-key,admin:a-key"
SCREEN = {"Authorization": "Bearer s-key"}
ALICE = {"Authorization": "Bearer alice-key"}
BOB = {"X-API-Key": "bob-key"}
ADMIN = {"Authorization": "Bearer a-key"}
DISPOSABLE = {"email": "x@mailinator.com"}  # reject: email.disposable
HONEYPOT = {"email": "jane@acme-corp.com", "honeypot": "filled"}  # reject: form.honeypot
ACCEPTED = {"email": "jane@gmail.com"}  # accept: only email.free_provider


@pytest.fixture
def app(make_app: Any) -> Flask:
    flask_app: Flask = make_app(API_KEYS=KEYS)
    return flask_app


@pytest.fixture
def api(app: Flask) -> FlaskClient:
    return app.test_client()


def screen(api: FlaskClient, **lead: Any) -> dict[str, Any]:
    response = api.post("/v1/screen", json=lead, headers=SCREEN)
    assert response.status_code == 200, response.get_json()
    body: dict[str, Any] = response.get_json()
    return body


def queue(api: FlaskClient, count: int, **lead: Any) -> list[str]:
    """Screen `count` flagged leads (lead ids q0, q1, ...); their review ids, in order."""
    return [screen(api, **{**DISPOSABLE, "lead_id": f"q{n}", **lead})["review_id"]
            for n in range(count)]


def listing(api: FlaskClient, headers: dict[str, str] = ALICE, **query: Any) -> dict[str, Any]:
    response = api.get("/v1/reviews", query_string=query, headers=headers)
    assert response.status_code == 200, response.get_json()
    body: dict[str, Any] = response.get_json()
    return body


def test_flagged_leads_get_a_review_id_that_resolves_to_the_lead(api: FlaskClient) -> None:
    """A rejected lead's review_id opens a review with its fields, reasons and versions."""
    result = screen(api, **DISPOSABLE, first_name="Ann", lead_id="crm-1", extra={"utm": "x"})
    assert result["review_id"].startswith("rv_")
    response = api.get(f"/v1/reviews/{result['review_id']}", headers=ALICE)
    assert response.status_code == 200
    review = response.get_json()
    assert review["lead"] == {**DISPOSABLE, "first_name": "Ann", "lead_id": "crm-1",
                              "extra": {"utm": "x"}}
    assert review["adjustments"] == result["adjustments"]
    assert review["versions"] == result["versions"]
    assert (review["status"], review["verdict"], review["lead_id"]) == (
        "pending", "reject", "crm-1")
    assert review["spam_probability"] == result["spam_probability"]


def test_extreme_but_valid_json_in_extra_is_queued(api: FlaskClient) -> None:
    """extra with 1e400 and 900 levels of nesting: screened, queued and readable, no 500."""
    body = ('{"email": "x@mailinator.com", "extra": {"big": 1e400, "deep": '
            + "[" * 900 + "]" * 900 + "}}")
    response = api.post("/v1/screen", data=body, content_type="application/json",
                        headers=SCREEN)
    assert response.status_code == 200
    review = api.get(f"/v1/reviews/{response.get_json()['review_id']}", headers=ALICE)
    assert review.status_code == 200
    assert review.get_json()["lead"]["extra"]["big"] == "inf"


def test_accepted_leads_are_not_queued(api: FlaskClient) -> None:
    """An accept verdict has review_id null and adds nothing to the queue."""
    assert screen(api, **ACCEPTED)["review_id"] is None
    assert listing(api, status="all")["reviews"] == []


def test_review_verdicts_are_queued_too(make_app: Any, tmp_path: Path) -> None:
    """A lead the policy sends to review (not reject) is queued with verdict review."""
    policy = tmp_path / "policy.toml"
    policy.write_text('[codes."email.free_provider"]\npoints = -30\n')
    client = make_app(API_KEYS=KEYS, POLICY=str(policy)).test_client()
    result = screen(client, **ACCEPTED)
    assert result["verdict"] == "review"
    review = client.get(f"/v1/reviews/{result['review_id']}", headers=ALICE).get_json()
    assert review["verdict"] == "review" and review["spam"] is False


def test_batch_sets_review_ids_only_on_flagged_leads(api: FlaskClient) -> None:
    """In a batch, flagged leads get ids, accepted leads and invalid items do not."""
    response = api.post("/v1/screen/batch", headers=SCREEN, json={"leads": [
        DISPOSABLE, ACCEPTED, {"email": 5}, HONEYPOT]})
    results = response.get_json()["results"]
    assert results[0]["review_id"].startswith("rv_")
    assert results[1]["review_id"] is None
    assert "error" in results[2]
    assert results[3]["review_id"].startswith("rv_")
    listed = {review["id"] for review in listing(api)["reviews"]}
    assert listed == {results[0]["review_id"], results[3]["review_id"]}


def test_list_filters_by_status_code_and_time(api: FlaskClient) -> None:
    """status, code, since and until filter the queue; pending is the default."""
    disposable = queue(api, 2)
    honeypot = screen(api, **HONEYPOT)["review_id"]
    assert api.post(f"/v1/reviews/{disposable[0]}/decision", json={"label": "spam"},
                    headers=ALICE).status_code == 200

    def ids(**query: Any) -> set[str]:
        return {review["id"] for review in listing(api, **query)["reviews"]}

    assert ids() == {disposable[1], honeypot}
    assert ids(status="spam") == {disposable[0]}
    assert ids(status="legit") == set()
    assert ids(status="all", code="email.disposable") == set(disposable)
    assert ids(status="all", code="form.honeypot") == {honeypot}
    now = datetime.now(UTC)
    assert ids(status="all", since=(now - timedelta(minutes=5)).isoformat()) == {
        *disposable, honeypot}
    assert ids(status="all", until=(now - timedelta(minutes=5)).isoformat()) == set()
    assert ids(status="all", since=(now + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M")) \
        == set()


@pytest.mark.parametrize("order", ["newest", "likely_spam"])
def test_cursor_paging_visits_every_review_exactly_once(api: FlaskClient, order: str) -> None:
    """Following next_cursor with limit=2 over 7 reviews gives all 7, no duplicates."""
    expected = set(queue(api, 4)) | {screen(api, **HONEYPOT, lead_id=f"h{n}")["review_id"]
                                     for n in range(3)}
    seen: list[str] = []
    query: dict[str, Any] = {"limit": 2, "order": order}
    pages = 0
    while True:
        body = listing(api, **query)
        assert len(body["reviews"]) <= 2
        seen += [review["id"] for review in body["reviews"]]
        pages += 1
        if body["next_cursor"] is None:
            break
        query["cursor"] = body["next_cursor"]
    assert pages == 4
    assert len(seen) == len(set(seen)) and set(seen) == expected
    if order == "likely_spam":
        probabilities = [api.get(f"/v1/reviews/{review_id}", headers=ALICE).get_json()
                         ["spam_probability"] for review_id in seen]
        assert probabilities == sorted(probabilities, reverse=True)


@pytest.mark.parametrize(("query", "field"), [
    ({"status": "maybe"}, "status"),
    ({"order": "oldest"}, "order"),
    ({"limit": "0"}, "limit"),
    ({"limit": "201"}, "limit"),
    ({"limit": "ten"}, "limit"),
    ({"limit": "٣"}, "limit"),
    ({"since": "yesterday"}, "since"),
    ({"until": "2026-13-01"}, "until"),
    ({"since": "0001-01-01T00:00:00+01:00"}, "since"),
    ({"cursor": "garbage"}, "cursor"),
    ({"code": "email.\x00"}, "code"),
])
def test_bad_query_values_are_400_naming_the_parameter(api: FlaskClient, query: dict[str, str],
                                                       field: str) -> None:
    """Each unusable query parameter is a 400 whose details name it."""
    response = api.get("/v1/reviews", query_string=query, headers=ALICE)
    assert field in assert_error(response, 400, "invalid_request")


def test_unknown_review_is_404_in_the_error_shape(api: FlaskClient) -> None:
    """GET and decision on an id nobody issued are 404 naming the id."""
    assert assert_error(api.get("/v1/reviews/rv_nope", headers=ALICE), 404, "not_found") == {
        "review_id": "rv_nope"}
    response = api.post("/v1/reviews/rv_nope/decision", json={"label": "spam"}, headers=ALICE)
    assert_error(response, 404, "not_found")
    for odd in ("rv_" + "x" * 500, "rv_%00", "rv_%ED%A0%80"):
        assert_error(api.get(f"/v1/reviews/{odd}", headers=ALICE), 404, "not_found")


def test_decision_is_recorded_under_the_key_name_and_a_second_is_409(api: FlaskClient) -> None:
    """alice decides; bob then gets 409 whose details say alice, legit, and when."""
    [review_id] = queue(api, 1)
    first = api.post(f"/v1/reviews/{review_id}/decision",
                     json={"label": "legit", "note": "known customer"}, headers=ALICE)
    assert first.status_code == 200
    decision = first.get_json()["decision"]
    assert (decision["label"], decision["note"], decision["moderator"]) == (
        "legit", "known customer", "alice")
    second = api.post(f"/v1/reviews/{review_id}/decision", json={"label": "spam"},
                      headers=BOB)
    details = assert_error(second, 409, "conflict")
    assert details == {"review_id": review_id, **decision}
    assert "alice" in second.get_json()["error"]["message"]
    assert api.get(f"/v1/reviews/{review_id}", headers=BOB).get_json()["status"] == "legit"


def test_unnamed_keys_decide_as_their_scope_and_position(api: FlaskClient) -> None:
    """A `review:key` entry is recorded as "review key #<position>"."""
    [review_id] = queue(api, 1)
    response = api.post(f"/v1/reviews/{review_id}/decision", json={"label": "spam"},
                        headers={"X-API-Key": "plain-key"})
    assert response.get_json()["decision"]["moderator"] == "review key #4"


@pytest.fixture
def any_backend_api(make_app: Any, database_url: str) -> FlaskClient:
    """The API over the review store of each backend."""
    client: FlaskClient = make_app(API_KEYS=KEYS, DATABASE_URL=database_url).test_client()
    return client


def test_concurrent_decisions_through_the_api_have_one_winner(
        any_backend_api: FlaskClient) -> None:
    """Six moderators posting at once: one 200, five 409 that all name the winner."""
    [review_id] = queue(any_backend_api, 1)
    keys = [ALICE, BOB, ADMIN] * 2
    start = threading.Barrier(len(keys))
    answers: list[tuple[int, dict[str, Any]]] = []

    def decide(headers: dict[str, str], label: str) -> None:
        start.wait()
        response = any_backend_api.post(f"/v1/reviews/{review_id}/decision",
                                        json={"label": label}, headers=headers)
        answers.append((response.status_code, response.get_json()))

    threads = [threading.Thread(target=decide, args=(headers, ("spam", "legit")[n % 2]))
               for n, headers in enumerate(keys)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(status for status, _ in answers)
    assert statuses == [200, 409, 409, 409, 409, 409]
    winner = next(body["decision"] for status, body in answers if status == 200)
    for status, body in answers:
        if status == 409:
            assert body["error"]["details"]["moderator"] == winner["moderator"]
            assert body["error"]["details"]["decided_at"] == winner["decided_at"]


@pytest.mark.parametrize(("body", "field"), [
    ({"label": "maybe"}, "label"),
    ({}, "label"),
    ({"label": "spam", "note": 5}, "note"),
    ({"label": "spam", "note": "x" * 2001}, "note"),
])
def test_bad_decision_bodies_are_400_naming_the_field(api: FlaskClient, body: dict[str, Any],
                                                      field: str) -> None:
    """A decision without a valid label or with a bad note is a 400 naming the field."""
    [review_id] = queue(api, 1)
    response = api.post(f"/v1/reviews/{review_id}/decision", json=body, headers=ALICE)
    assert field in assert_error(response, 400, "invalid_request")
    assert api.get(f"/v1/reviews/{review_id}", headers=ALICE).get_json()["status"] == "pending"


def test_decision_body_that_is_not_an_object_is_400(api: FlaskClient) -> None:
    """A JSON array as the decision body is a 400, not a 500."""
    [review_id] = queue(api, 1)
    response = api.post(f"/v1/reviews/{review_id}/decision", json=["spam"], headers=ALICE)
    assert_error(response, 400, "invalid_request")


def test_feedback_is_stored_and_matched_to_the_queued_lead(api: FlaskClient) -> None:
    """POST /v1/feedback with a screen key is 201 and lists the reviews of that lead_id."""
    review_id = screen(api, **DISPOSABLE, lead_id=42)["review_id"]
    response = api.post("/v1/feedback", json={"lead_id": 42, "label": "converted"},
                        headers=SCREEN)
    assert response.status_code == 201
    body = response.get_json()
    assert (body["lead_id"], body["label"], body["review_ids"]) == (42, "converted", [review_id])
    assert body["source"] == "screen key #1"
    store = api.application.extensions["leadguard.intake"].store
    assert list(store.labelled()) == [({**DISPOSABLE, "lead_id": 42}, "legit")]


def test_feedback_may_bring_the_fields_of_a_lead_never_queued(api: FlaskClient) -> None:
    """An accepted lead reported as spam, with its fields, becomes a training label."""
    assert screen(api, **ACCEPTED, lead_id="crm-9")["review_id"] is None
    response = api.post("/v1/feedback", headers=SCREEN, json={
        "lead_id": "crm-9", "label": "spam", "lead": {**ACCEPTED, "company": "Spam Inc"}})
    assert response.status_code == 201 and response.get_json()["review_ids"] == []
    store = api.application.extensions["leadguard.intake"].store
    assert list(store.labelled()) == [
        ({**ACCEPTED, "company": "Spam Inc", "lead_id": "crm-9"}, "spam")]


@pytest.mark.parametrize(("body", "field"), [
    ({"label": "spam"}, "lead_id"),
    ({"lead_id": "", "label": "spam"}, "lead_id"),
    ({"lead_id": True, "label": "spam"}, "lead_id"),
    ({"lead_id": 1.5, "label": "spam"}, "lead_id"),
    ({"lead_id": "x"}, "label"),
    ({"lead_id": "x", "label": "won"}, "label"),
    ({"lead_id": "x", "label": "spam", "lead": {"first_name": "no email"}}, "lead"),
    ({"lead_id": "x", "label": "spam", "lead": "jane@acme.com"}, "lead"),
])
def test_bad_feedback_is_400_naming_the_field(api: FlaskClient, body: dict[str, Any],
                                              field: str) -> None:
    """Feedback without a lead_id or label, or with a malformed lead, is a 400 naming it."""
    response = api.post("/v1/feedback", json=body, headers=SCREEN)
    assert field in assert_error(response, 400, "invalid_request")


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/v1/reviews"), ("GET", "/v1/reviews/rv_x"), ("POST", "/v1/reviews/rv_x/decision")])
def test_review_endpoints_need_the_review_scope(api: FlaskClient, method: str,
                                                path: str) -> None:
    """No key: 401. A screen key: 403 naming the review scope. Admin: allowed."""
    body = {"label": "spam"} if method == "POST" else None
    assert_error(api.open(path, method=method, json=body), 401, "unauthorized")
    denied = api.open(path, method=method, json=body, headers=SCREEN)
    assert assert_error(denied, 403, "forbidden") == {"required_scope": "review"}
    assert api.open(path, method=method, json=body, headers=ADMIN).status_code in (200, 404)


def test_feedback_needs_the_screen_scope(api: FlaskClient) -> None:
    """A review key cannot send feedback (403); an admin key can."""
    body = {"lead_id": "x", "label": "spam"}
    denied = api.post("/v1/feedback", json=body, headers=ALICE)
    assert assert_error(denied, 403, "forbidden") == {"required_scope": "screen"}
    assert api.post("/v1/feedback", json=body, headers=ADMIN).status_code == 201


def test_review_endpoints_are_503_while_the_store_is_down(make_app: Any) -> None:
    """With the database unreachable, moderation answers 503 with Retry-After, not 500."""
    client = make_app(API_KEYS=KEYS, SPOOL_RETRY_SECONDS=7.0,
                      DATABASE_URL="postgresql://nobody@127.0.0.1:9/none").test_client()
    for response in (client.get("/v1/reviews", headers=ALICE),
                     client.get("/v1/reviews/rv_x", headers=ALICE),
                     client.post("/v1/reviews/rv_x/decision", json={"label": "spam"},
                                 headers=ALICE),
                     client.post("/v1/feedback", json={"lead_id": 1, "label": "spam"},
                                 headers=SCREEN)):
        assert_error(response, 503, "store_unavailable")
        assert response.headers["Retry-After"] == "7"


def test_moderation_answers_match_the_documented_schemas(api: FlaskClient) -> None:
    """Review, ReviewList, FeedbackResult and the 409 Error validate against /openapi.json."""
    document = api.get("/openapi.json").get_json()
    [review_id] = queue(api, 1)
    decided = api.post(f"/v1/reviews/{review_id}/decision", json={"label": "spam"},
                       headers=ALICE)
    validator(document, "Review").validate(decided.get_json())
    validator(document, "Review").validate(
        api.get(f"/v1/reviews/{review_id}", headers=ALICE).get_json())
    validator(document, "ReviewList").validate(listing(api, status="all"))
    validator(document, "Error").validate(api.post(
        f"/v1/reviews/{review_id}/decision", json={"label": "legit"}, headers=BOB).get_json())
    feedback = api.post("/v1/feedback", json={"lead_id": "q0", "label": "spam"},
                        headers=SCREEN)
    validator(document, "FeedbackResult").validate(feedback.get_json())
    paths = document["paths"]
    assert paths["/v1/reviews"]["get"]["security"] == [{"bearer": ["review"]},
                                                       {"apiKey": ["review"]}]
    assert paths["/v1/feedback"]["post"]["security"] == [{"bearer": ["screen"]},
                                                         {"apiKey": ["screen"]}]


url_texts = st.text(max_size=30) | st.text(st.characters(categories=["Cc"]), max_size=6)
texts = url_texts | st.text(st.characters(categories=["Cs", "Cc"]), max_size=6)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(texts, children,
                                                                      max_size=3),
    max_leaves=8)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(query=st.dictionaries(st.sampled_from(["status", "code", "since", "until", "order",
                                              "limit", "cursor"]), url_texts, max_size=4),
       review_id=url_texts, decision=json_values, feedback=json_values,
       lead_id=st.integers() | texts)
def test_any_moderation_input_is_answered_in_shape_on_each_backend(
        any_backend_api: FlaskClient, query: dict[str, str], review_id: str,
        decision: Any, feedback: Any, lead_id: Any) -> None:
    """Odd query values, ids, bodies and lead ids (NUL, surrogates, huge numbers) on either
    database: a 2xx or a 4xx in the error shape, never a 500."""
    answers = [
        any_backend_api.get("/v1/reviews", query_string=query, headers=ADMIN),
        any_backend_api.get(f"/v1/reviews/{quote(review_id, safe='')}", headers=ADMIN),
        any_backend_api.post(f"/v1/reviews/{quote(review_id, safe='')}/decision",
                             json=decision, headers=ADMIN),
        any_backend_api.post("/v1/feedback", json=feedback, headers=ADMIN),
        any_backend_api.post("/v1/feedback", json={"lead_id": lead_id, "label": "spam",
                                                   "lead": {"email": "a@b.c",
                                                            "extra": feedback}},
                             headers=ADMIN),
    ]
    for response in answers:
        assert response.status_code < 500, response.get_data(as_text=True)
        if response.status_code >= 400:
            assert set(response.get_json()["error"]) == {"code", "message", "details"}
