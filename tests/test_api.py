"""The HTTP contract of /v1/screen, /v1/screen/batch and the operations endpoints."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from flask.testing import FlaskClient
from prometheus_client.parser import text_string_to_metric_families
from werkzeug.test import TestResponse

from leadguard.api.screen import BATCH_MAX_LEADS, SCREEN_BODY_LIMIT
from leadguard.dns import MX_STATUSES
from leadguard.policy import VERDICTS, PolicyError, load_policy
from tests.conftest import codes

RESULT_FIELDS = {"lead_id", "spam", "verdict", "spam_probability", "score_adjustment",
                 "adjustments", "suggestions", "email", "review_id", "versions", "elapsed_ms"}

# Leads that together reach accept, review and reject, with and without DNS evidence.
LEADS: list[dict[str, Any]] = [
    {"email": "jane.doe@acme-corp.com", "first_name": "Jane", "job_title": "VP Marketing",
     "elapsed_ms": 8400},
    {"email": "jane@gmail.com", "job_title": "CTO"},
    {"email": "info@example-widgets.io"},
    {"email": "someone@mailinator.com"},
    {"email": "someone@no-such-company-xyz.com"},
    {"email": "ops@nomail-corp.com"},
    {"email": "not an address"},
    {"email": "jane@acme-corp.com", "honeypot": "http://spam.example"},
    {"email": "jane@acme-corp.com", "elapsed_ms": 150},
]


def assert_error(response: TestResponse, status: int, code: str) -> dict[str, Any]:
    """The response is `status` with the contract's error shape and `code`; returns details."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["details"], dict)
    details: dict[str, Any] = body["error"]["details"]
    return details


def post_raw(client: FlaskClient, data: bytes | str,
             content_type: str | None = "application/json", path: str = "/v1/screen",
             **kwargs: Any) -> TestResponse:
    headers = {"Content-Type": content_type} if content_type is not None else {}
    return client.post(path, data=data, headers=headers, **kwargs)


# -- the result ------------------------------------------------------------------------------


def test_result_has_every_contract_field_with_its_type(screen: Any) -> None:
    """A 200 carries every field of the contract's response, each with the contract's type."""
    result = screen(email="jane@gmail.com", lead_id="crm-123")
    assert set(result) >= RESULT_FIELDS
    assert isinstance(result["spam"], bool)
    assert result["verdict"] in VERDICTS
    assert 0 <= result["spam_probability"] <= 1
    assert isinstance(result["score_adjustment"], int)
    assert isinstance(result["suggestions"], dict)
    assert result["review_id"] is None
    assert isinstance(result["elapsed_ms"], int | float) and result["elapsed_ms"] >= 0
    for adjustment in result["adjustments"]:
        assert set(adjustment) == {"code", "points", "field", "reason"}
        assert isinstance(adjustment["points"], int) and adjustment["points"] <= 0
        assert isinstance(adjustment["reason"], str) and adjustment["reason"]
    assert result["email"] == {"normalized": "jane@gmail.com", "domain": "gmail.com",
                               "free": True, "disposable": False, "role": False,
                               "mx": "found"}


@pytest.mark.parametrize("lead_id", ["crm-123", 42, 0, ""])
def test_lead_id_is_echoed_with_its_type(screen: Any, lead_id: str | int) -> None:
    """lead_id comes back exactly as sent, string or integer."""
    assert screen(email="jane@gmail.com", lead_id=lead_id)["lead_id"] == lead_id


def test_lead_id_is_null_when_absent(screen: Any) -> None:
    """Without a lead_id the result still has the field, as null."""
    assert screen(email="jane@gmail.com")["lead_id"] is None


def test_versions_name_service_model_policy_and_wordlists(screen: Any) -> None:
    """versions has a non-empty string for each of service, model, policy and wordlists."""
    versions = screen(email="jane@gmail.com")["versions"]
    assert set(versions) == {"service", "model", "policy", "wordlists"}
    assert all(isinstance(value, str) and value for value in versions.values())
    assert versions["policy"] == load_policy().version


@pytest.mark.parametrize("lead", LEADS, ids=lambda lead: lead["email"])
def test_score_is_the_sum_of_points_and_never_positive(screen: Any, lead: dict[str, Any]) -> None:
    """score_adjustment == sum of the adjustments' points, and is <= 0."""
    result = screen(**lead)
    assert result["score_adjustment"] == sum(a["points"] for a in result["adjustments"])
    assert result["score_adjustment"] <= 0


@pytest.mark.parametrize("lead", LEADS, ids=lambda lead: lead["email"])
def test_spam_exactly_when_rejected_and_always_explained(screen: Any,
                                                         lead: dict[str, Any]) -> None:
    """spam is true exactly when verdict is reject, and then there is an adjustment."""
    result = screen(**lead)
    assert result["spam"] == (result["verdict"] == "reject")
    if result["spam"]:
        assert result["adjustments"]


@pytest.mark.parametrize("lead", LEADS, ids=lambda lead: lead["email"])
def test_same_input_gives_same_adjustments_and_verdict(screen: Any,
                                                       lead: dict[str, Any]) -> None:
    """Screening is deterministic: the same lead twice gives the same adjustments and verdict."""
    first, second = screen(**lead), screen(**lead)
    for key in ("adjustments", "verdict", "spam", "score_adjustment", "spam_probability",
                "email", "suggestions"):
        assert first[key] == second[key]


def test_contract_example_is_accepted(screen: Any) -> None:
    """A business lead with a real mail domain and a human fill time is accepted."""
    result = screen(**LEADS[0])
    assert (result["verdict"], result["spam"], result["adjustments"]) == ("accept", False, [])
    assert result["email"]["mx"] == "found"


@pytest.mark.parametrize("email", ["not an address", "jane@", "@acme-corp.com", "", "a@@b.com"])
def test_malformed_email_is_a_result_not_a_400(screen: Any, email: str) -> None:
    """A present but malformed email is screened: 200, email.invalid_syntax, spam."""
    result = screen(email=email)
    assert "email.invalid_syntax" in codes(result)
    assert result["spam"] is True
    assert result["email"]["mx"] == "skipped"
    assert result["email"]["normalized"] is None


def test_dns_timeout_is_unknown_not_evidence(make_app: Any) -> None:
    """A domain whose DNS never answers gets mx "timeout" and no negative points for it."""
    client = make_app(DNS_TIMEOUT=0.3).test_client()
    result = client.post("/v1/screen", json={"email": "jane@hang-corp.com"}).get_json()
    assert result["email"]["mx"] == "timeout"
    assert result["adjustments"] == []
    assert result["verdict"] == "accept"


def test_mx_status_is_one_of_the_documented_values(screen: Any) -> None:
    """email.mx takes only values of leadguard.dns.MX_STATUSES."""
    for lead in LEADS:
        assert screen(**lead)["email"]["mx"] in MX_STATUSES


def test_unknown_top_level_fields_are_ignored(screen: Any) -> None:
    """Fields the contract does not name change nothing in the result."""
    plain = screen(email="jane@gmail.com")
    extended = screen(email="jane@gmail.com", utm_source=[1, {"x": None}], score=99,
                      spam=True, extra={"nested": {"deep": [1, 2]}})
    assert extended["adjustments"] == plain["adjustments"]
    assert extended["verdict"] == plain["verdict"]


# -- form signals ----------------------------------------------------------------------------


@pytest.mark.parametrize("honeypot", ["x", "http://spam.example", " "])
def test_filled_honeypot_hits_and_rejects(screen: Any, honeypot: str) -> None:
    """Any non-empty honeypot value gives form.honeypot on the honeypot field and a reject."""
    result = screen(email="jane.doe@acme-corp.com", honeypot=honeypot)
    pairs = [(a["code"], a["field"]) for a in result["adjustments"]]
    assert ("form.honeypot", "honeypot") in pairs
    # nothing else about this lead is wrong; only the classifier may agree with the trap
    assert {code for code, _ in pairs} <= {"form.honeypot", "model.spam_likely"}
    assert result["verdict"] == "reject"


@pytest.mark.parametrize("lead", [{}, {"honeypot": ""}, {"honeypot": None}])
def test_empty_or_absent_honeypot_does_not_hit(screen: Any, lead: dict[str, Any]) -> None:
    """An empty, null or absent honeypot is what a person's browser sends: no form.honeypot."""
    assert "form.honeypot" not in codes(screen(email="jane.doe@acme-corp.com", **lead))


def test_too_fast_hits_below_the_policy_threshold(screen: Any) -> None:
    """elapsed_ms under the policy's form.too_fast_ms gives form.too_fast on elapsed_ms."""
    threshold = float(load_policy().section("form")["too_fast_ms"])
    for elapsed in (0, threshold / 2, threshold - 1):
        result = screen(email="jane.doe@acme-corp.com", elapsed_ms=elapsed)
        pairs = [(a["code"], a["field"]) for a in result["adjustments"]]
        assert ("form.too_fast", "elapsed_ms") in pairs
        assert {code for code, _ in pairs} <= {"form.too_fast", "model.spam_likely"}


def test_too_fast_does_not_hit_at_or_above_the_threshold(screen: Any) -> None:
    """elapsed_ms at or over the threshold, or absent, gives no form.too_fast."""
    threshold = float(load_policy().section("form")["too_fast_ms"])
    for lead in ({"elapsed_ms": threshold}, {"elapsed_ms": threshold * 10}, {},
                 {"elapsed_ms": None}):
        assert "form.too_fast" not in codes(screen(email="jane.doe@acme-corp.com", **lead))


# -- the policy file -------------------------------------------------------------------------


def test_policy_override_changes_points_and_version(make_app: Any, tmp_path: Any) -> None:
    """LEADGUARD_POLICY changes a code's points and the reported policy version."""
    path = tmp_path / "policy.toml"
    path.write_text('version = "acme-7"\n[codes."email.free_provider"]\npoints = -3\n')
    client = make_app(POLICY=str(path)).test_client()
    result = client.post("/v1/screen", json={"email": "jane@gmail.com"}).get_json()
    assert [(a["code"], a["points"]) for a in result["adjustments"]] == [
        ("email.free_provider", -3)]
    assert result["score_adjustment"] == -3
    assert result["versions"]["policy"].startswith("acme-7+")
    assert result["versions"]["policy"] != load_policy().version


@pytest.mark.parametrize(("text", "message"), [
    ('[codes."email.free_provider"]\npoints = 10\n', "must be 0 or negative"),
    ("[verdict\nreview_at = ", "not valid TOML"),
    ('[codes."form.honeypot"]\nverdict = "ban"\n', "verdict"),
    ("[verdict]\nreview_at = -60\nreject_at = -10\n", "reject_at"),
])
def test_invalid_policy_file_fails_app_creation_clearly(make_app: Any, tmp_path: Any,
                                                       text: str, message: str) -> None:
    """A policy file the service cannot use stops create_app with a PolicyError saying why."""
    path = tmp_path / "policy.toml"
    path.write_text(text)
    with pytest.raises(PolicyError, match=message):
        make_app(POLICY=str(path))


def test_missing_policy_file_fails_app_creation_clearly(make_app: Any, tmp_path: Any) -> None:
    """A LEADGUARD_POLICY path that does not exist is a PolicyError naming the path."""
    with pytest.raises(PolicyError, match="cannot read policy file"):
        make_app(POLICY=str(tmp_path / "absent.toml"))


# -- bad requests ----------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "field"), [
    ({}, "email"),
    ({"first_name": "Jane"}, "email"),
    ({"email": None}, "email"),
    ({"email": 42}, "email"),
    ({"email": ["jane@gmail.com"]}, "email"),
    ({"email": {"address": "jane@gmail.com"}}, "email"),
    ({"email": True}, "email"),
])
def test_missing_or_non_string_email_is_400_naming_email(client: FlaskClient,
                                                        body: dict[str, Any],
                                                        field: str) -> None:
    """No email, or an email that is not a string, is a 400 whose details name "email"."""
    details = assert_error(client.post("/v1/screen", json=body), 400, "invalid_request")
    assert field in details


@pytest.mark.parametrize("body", [[], [{"email": "jane@gmail.com"}], "jane@gmail.com", 42,
                                  None, True])
def test_body_that_is_not_an_object_is_400(client: FlaskClient, body: Any) -> None:
    """A JSON body that is not an object is a 400 naming the body."""
    details = assert_error(post_raw(client, json.dumps(body)), 400, "invalid_request")
    assert "body" in details


@pytest.mark.parametrize(("field", "value"), [
    ("first_name", 1), ("company", ["Acme"]), ("job_title", {"x": 1}), ("honeypot", False),
    ("message", 3.5), ("elapsed_ms", "8400"), ("elapsed_ms", True), ("elapsed_ms", -1),
    ("elapsed_ms", [1]), ("lead_id", 1.5), ("lead_id", True), ("lead_id", {"id": 1}),
    ("extra", []), ("extra", "x"), ("ip", 203),
])
def test_wrong_field_type_is_400_naming_the_field(client: FlaskClient, field: str,
                                                  value: Any) -> None:
    """A contract field of the wrong type is a 400 whose details name that field."""
    response = client.post("/v1/screen", json={"email": "jane@gmail.com", field: value})
    details = assert_error(response, 400, "invalid_request")
    assert set(details) == {field}


def test_every_bad_field_is_named_at_once(client: FlaskClient) -> None:
    """All wrong fields of one body are reported together, not one per round trip."""
    response = client.post("/v1/screen", json={"first_name": 1, "lead_id": [], "extra": 3})
    details = assert_error(response, 400, "invalid_request")
    assert set(details) == {"email", "first_name", "lead_id", "extra"}


@pytest.mark.parametrize("data", [b'{"email": ', b"{'email': 'a@b.c'}", b"email=a@b.c",
                                  b"", b"   ", b'{"email": "a@b.c"} trailing'])
def test_invalid_json_is_400(client: FlaskClient, data: bytes) -> None:
    """A body that is not JSON is a 400, not a 500."""
    assert_error(post_raw(client, data), 400, "invalid_request")


def test_non_utf8_body_is_400(client: FlaskClient) -> None:
    """A body that is not UTF-8 is a 400 saying so."""
    response = post_raw(client, '{"email": "jöhn@gmail.com"}'.encode("latin-1"))
    assert_error(response, 400, "invalid_request")
    assert "UTF-8" in response.get_json()["error"]["message"]


def test_utf8_byte_order_mark_is_tolerated(client: FlaskClient) -> None:
    """A UTF-8 BOM before the JSON, which RFC 8259 lets parsers ignore, is not an error."""
    response = post_raw(client, b'\xef\xbb\xbf{"email": "jane@gmail.com"}')
    assert response.status_code == 200


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_400(client: FlaskClient, constant: str) -> None:
    """JSON's non-standard NaN / Infinity are refused as invalid JSON."""
    response = post_raw(client, f'{{"email": "jane@gmail.com", "elapsed_ms": {constant}}}')
    assert_error(response, 400, "invalid_request")


def test_number_too_large_for_a_float_is_400(client: FlaskClient) -> None:
    """An elapsed_ms that overflows to infinity is refused for that field."""
    details = assert_error(post_raw(client, '{"email": "jane@gmail.com", "elapsed_ms": 1e999}'),
                           400, "invalid_request")
    assert "elapsed_ms" in details


def test_deeply_nested_body_is_400(client: FlaskClient) -> None:
    """A body nested deeper than the parser goes is a 400, not a crash."""
    data = '{"email": "jane@gmail.com", "extra": ' + "[" * 30_000 + "]" * 30_000 + "}"
    assert len(data) < SCREEN_BODY_LIMIT
    assert_error(post_raw(client, data), 400, "invalid_request")


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", None,
                                          "application/jsonx"])
def test_body_not_sent_as_json_is_415(client: FlaskClient, content_type: str | None) -> None:
    """A body without Content-Type application/json is a 415, even if it parses as JSON."""
    response = post_raw(client, '{"email": "jane@gmail.com"}', content_type=content_type)
    details = assert_error(response, 415, "unsupported_media_type")
    assert "content_type" in details


def test_json_with_charset_parameter_is_accepted(client: FlaskClient) -> None:
    """application/json; charset=utf-8 is JSON."""
    response = post_raw(client, '{"email": "jane@gmail.com"}',
                        content_type="application/json; charset=utf-8")
    assert response.status_code == 200


def _oversized() -> bytes:
    return json.dumps({"email": "jane@gmail.com",
                       "message": "x" * SCREEN_BODY_LIMIT}).encode()


def test_body_over_64_kib_is_413(client: FlaskClient) -> None:
    """A body past the 64 KiB limit, announced by Content-Length, is a 413 naming the limit."""
    details = assert_error(post_raw(client, _oversized()), 413, "payload_too_large")
    assert details == {"limit_bytes": SCREEN_BODY_LIMIT}


def test_body_of_exactly_64_kib_is_accepted(client: FlaskClient) -> None:
    """The limit is inclusive: a body of exactly 64 KiB is screened."""
    head = b'{"email": "jane@gmail.com", "message": "'
    data = head + b"x" * (SCREEN_BODY_LIMIT - len(head) - 2) + b'"}'
    assert len(data) == SCREEN_BODY_LIMIT
    assert post_raw(client, data).status_code == 200


def test_chunked_body_over_64_kib_is_413(client: FlaskClient) -> None:
    """Without Content-Length (chunked, as gunicorn hands it on) the limit still holds."""
    response = client.post("/v1/screen", input_stream=io.BytesIO(_oversized()),
                           headers={"Content-Type": "application/json",
                                    "Transfer-Encoding": "chunked"},
                           environ_overrides={"wsgi.input_terminated": True})
    assert_error(response, 413, "payload_too_large")


def test_chunked_body_within_the_limit_is_screened(client: FlaskClient) -> None:
    """A chunked body under the limit is read in full and screened."""
    response = client.post("/v1/screen", input_stream=io.BytesIO(b'{"email": "jane@gmail.com"}'),
                           headers={"Content-Type": "application/json",
                                    "Transfer-Encoding": "chunked"},
                           environ_overrides={"wsgi.input_terminated": True})
    assert response.status_code == 200
    assert "email.free_provider" in codes(response.get_json())


@pytest.mark.parametrize("path", ["/", "/v1", "/v1/screen/", "/v2/screen", "/v1/screen/x"])
def test_unknown_path_is_404(client: FlaskClient, path: str) -> None:
    """A path the service does not have is a 404 in the error shape."""
    assert_error(client.post(path, json={"email": "jane@gmail.com"}), 404, "not_found")
    assert_error(client.get(path), 404, "not_found")


@pytest.mark.parametrize(("method", "path", "allowed"), [
    ("get", "/v1/screen", {"POST"}),
    ("put", "/v1/screen", {"POST"}),
    ("delete", "/v1/screen/batch", {"POST"}),
    ("post", "/healthz", {"GET", "HEAD"}),
    ("patch", "/metrics", {"GET", "HEAD"}),
])
def test_wrong_method_is_405_with_allow(client: FlaskClient, method: str, path: str,
                                        allowed: set[str]) -> None:
    """A known path with the wrong method is a 405 whose Allow header lists the methods."""
    response = getattr(client, method)(path)
    assert_error(response, 405, "method_not_allowed")
    assert allowed <= {item.strip() for item in response.headers["Allow"].split(",")}


# -- batch -----------------------------------------------------------------------------------


def test_batch_keeps_order_and_matches_single_screens(make_app: Any, tmp_path: Any) -> None:
    """Results come back in the order of the leads, each as /v1/screen would answer it
    (velocity off: it depends on history, and every lead is screened twice here)."""
    policy = tmp_path / "no-velocity.toml"
    policy.write_text("[velocity]\nmax_per_email = 0\nmax_per_ip = 0\nmax_per_device = 0\n")
    client = make_app(POLICY=str(policy)).test_client()
    leads = [{**lead, "lead_id": index} for index, lead in enumerate(LEADS)]
    response = client.post("/v1/screen/batch", json={"leads": leads})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [result["lead_id"] for result in results] == list(range(len(LEADS)))
    for lead, result in zip(leads, results, strict=True):
        single = client.post("/v1/screen", json=lead).get_json()
        assert (result["adjustments"], result["verdict"]) == (single["adjustments"],
                                                              single["verdict"])


def test_bad_lead_in_a_batch_gets_an_error_in_its_slot(client: FlaskClient) -> None:
    """One invalid lead gets {"error": ...} in its place; the others are screened."""
    leads = [{"email": "jane@gmail.com", "lead_id": "a"}, {"email": 5}, "not an object",
             {"email": "someone@mailinator.com", "lead_id": "d"}]
    response = client.post("/v1/screen/batch", json={"leads": leads})
    assert response.status_code == 200
    first, second, third, fourth = response.get_json()["results"]
    assert first["lead_id"] == "a" and "email.free_provider" in codes(first)
    assert second["error"]["code"] == "invalid_request" and "email" in second["error"]["details"]
    assert third["error"]["code"] == "invalid_request" and "body" in third["error"]["details"]
    assert fourth["lead_id"] == "d" and fourth["spam"] is True


def test_empty_batch_gives_empty_results(client: FlaskClient) -> None:
    """A batch of no leads is answered with no results."""
    response = client.post("/v1/screen/batch", json={"leads": []})
    assert response.status_code == 200
    assert response.get_json() == {"results": []}


def test_batch_over_the_limit_is_400(client: FlaskClient) -> None:
    """More than 1000 leads is a 400 naming leads; nothing is screened."""
    leads = [{"email": "x"}] * (BATCH_MAX_LEADS + 1)
    details = assert_error(client.post("/v1/screen/batch", json={"leads": leads}), 400,
                           "invalid_request")
    assert "leads" in details


def test_batch_at_the_limit_is_screened(make_app: Any) -> None:
    """Exactly 1000 leads are accepted and answered one for one."""
    client = make_app().test_client()
    leads = [{"email": "not an address", "lead_id": n} for n in range(BATCH_MAX_LEADS)]
    response = client.post("/v1/screen/batch", json={"leads": leads})
    assert response.status_code == 200
    assert [result["lead_id"] for result in response.get_json()["results"]] == list(
        range(BATCH_MAX_LEADS))


@pytest.mark.parametrize("body", [{"leads": {"email": "jane@gmail.com"}}, {"leads": None},
                                  {"leads": "jane@gmail.com"}, {}, [{"email": "a@b.c"}], 3])
def test_batch_without_a_leads_array_is_400(client: FlaskClient, body: Any) -> None:
    """A batch body that is not {"leads": [...]} is a 400 naming leads."""
    details = assert_error(client.post("/v1/screen/batch", json=body), 400, "invalid_request")
    assert "leads" in details


def test_batch_is_json_only(client: FlaskClient) -> None:
    """The batch endpoint answers a non-JSON body with 415."""
    assert_error(post_raw(client, "leads=1", "text/plain", path="/v1/screen/batch"), 415,
                 "unsupported_media_type")


# -- operations ------------------------------------------------------------------------------


def test_healthz_answers_ok(client: FlaskClient) -> None:
    """/healthz answers 200 {"status": "ok"}."""
    response = client.get("/healthz")
    assert (response.status_code, response.get_json()) == (200, {"status": "ok"})


def test_readyz_reports_each_component(client: FlaskClient) -> None:
    """/readyz is 200 and names wordlists, policy and model, each ok with a version."""
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["ready"] is True
    assert {"wordlists", "policy", "model"} <= set(body["components"])
    for component in body["components"].values():
        assert component["ok"] is True
    assert body["components"]["policy"]["version"] == load_policy().version


def _samples(client: FlaskClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.get_data(as_text=True))
        for sample in family.samples
    }


def test_metrics_counters_move_after_a_screen(client: FlaskClient, screen: Any) -> None:
    """/metrics is Prometheus text; screening counts the verdict, the codes and the MX status."""
    before = _samples(client)
    screen(email="jane@gmail.com")
    client.post("/v1/screen/batch", json={"leads": [{"email": "jane@gmail.com"}, {"email": 1}]})
    after = _samples(client)

    def moved(name: str, **labels: str) -> float:
        key = (name, tuple(sorted(labels.items())))
        return after.get(key, 0.0) - before.get(key, 0.0)

    assert moved("leadguard_screens_total", verdict="accept") == 2
    assert moved("leadguard_adjustments_total", code="email.free_provider") == 2
    assert moved("leadguard_mx_results_total", status="found") == 2
    assert moved("leadguard_screen_seconds_count") == 2
    # one look-up went to the DNS server; the second lead was answered from the cache or
    # joined the look-up in flight
    assert moved("leadguard_dns_lookups_total", status="found") == 1
    assert moved("leadguard_dns_cache_hits_total") + moved("leadguard_dns_joined_total") == 1
