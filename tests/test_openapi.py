"""/openapi.json is a valid OpenAPI 3.1 document that describes the service as it runs."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from leadguard.api.screen import BATCH_MAX_LEADS
from leadguard.dns import MX_STATUSES
from leadguard.errors import ERROR_CODES
from leadguard.lead import TEXT_FIELDS
from leadguard.policy import load_policy

_IMPLICIT_METHODS = {"HEAD", "OPTIONS"}


@pytest.fixture
def document(client: FlaskClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    body: dict[str, Any] = response.get_json()
    return body


def validator(document: dict[str, Any], name: str) -> Draft202012Validator:
    """A JSON Schema validator for components.schemas[name], its $refs resolved in `document`."""
    root = {"$ref": f"#/components/schemas/{name}", "components": document["components"]}
    return Draft202012Validator(root)


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule)


def test_document_is_valid_openapi_3_1(document: dict[str, Any]) -> None:
    """The served document passes the OpenAPI 3.1 validator."""
    assert document["openapi"].startswith("3.1.")
    validate(document)


def test_document_names_the_service_version(document: dict[str, Any], screen: Any) -> None:
    """info.version is the version the service reports in every screening result."""
    result = screen(email="not an address")
    assert document["info"]["version"] == result["versions"]["service"]


def test_every_route_is_documented_and_every_documented_path_exists(
        app: Flask, document: dict[str, Any]) -> None:
    """The paths and methods of the doc are exactly the JSON API's routes.

    The moderator page (/review, HTML for browsers) is not part of the JSON API document.
    """
    served = {
        (_openapi_path(rule.rule), method.lower())
        for rule in app.url_map.iter_rules()
        if rule.endpoint != "static" and not rule.rule.startswith("/review")
        for method in (rule.methods or set()) - _IMPLICIT_METHODS
    }
    documented = {(path, method) for path, item in document["paths"].items()
                  for method in item}
    assert documented == served


def test_every_policy_code_is_in_the_adjustment_code_enum(document: dict[str, Any]) -> None:
    """Each code of the policy is listed, with its points, in the AdjustmentCode schema."""
    code_schema = document["components"]["schemas"]["AdjustmentCode"]
    rules = load_policy().rules
    assert set(code_schema["enum"]) == set(rules)
    for code, rule in rules.items():
        assert f"`{code}` ({rule.points} points" in code_schema["description"]


def test_policy_override_codes_and_points_reach_the_document(make_app: Any,
                                                             tmp_path: Any) -> None:
    """The document describes the policy the app runs, not only the bundled one."""
    policy = tmp_path / "policy.toml"
    policy.write_text('version = "doc-test"\n[codes."email.free_provider"]\npoints = -3\n')
    document = make_app(POLICY=str(policy)).test_client().get("/openapi.json").get_json()
    description = document["components"]["schemas"]["AdjustmentCode"]["description"]
    assert "`email.free_provider` (-3 points)" in description
    assert "doc-test+" in description


def test_request_fields_come_from_the_lead_parser(document: dict[str, Any]) -> None:
    """LeadRequest lists every optional text field of leadguard.lead and requires only email."""
    lead = document["components"]["schemas"]["LeadRequest"]
    assert lead["required"] == ["email"]
    assert set(TEXT_FIELDS) <= set(lead["properties"])
    assert {"email", "elapsed_ms", "lead_id", "extra"} <= set(lead["properties"])
    assert lead["additionalProperties"] is True


def test_result_enums_and_limits_come_from_the_code(document: dict[str, Any]) -> None:
    """mx statuses and the batch size limit are the ones the code enforces."""
    schemas = document["components"]["schemas"]
    mx = schemas["ScreenResult"]["properties"]["email"]["properties"]["mx"]
    assert mx["enum"] == list(MX_STATUSES)
    assert schemas["BatchRequest"]["properties"]["leads"]["maxItems"] == BATCH_MAX_LEADS


def test_every_client_error_status_has_a_documented_error_response(
        document: dict[str, Any]) -> None:
    """Each status a client can cause is a component response carrying the Error schema."""
    responses = document["components"]["responses"]
    for status, code in ERROR_CODES.items():
        response = responses[str(status)]
        schema = response["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/Error"}
        assert f"`{code}` ({status})" in (
            document["components"]["schemas"]["Error"]["properties"]["error"]["properties"]
            ["code"]["description"])
    assert "Allow" in responses["405"]["headers"]
    assert "Retry-After" in responses["429"]["headers"]


def test_both_key_schemes_are_declared_and_screening_requires_the_screen_scope(
        document: dict[str, Any]) -> None:
    """Bearer and X-API-Key are the schemes; screening operations name the `screen` scope."""
    schemes = document["components"]["securitySchemes"]
    assert schemes["bearer"] == {**schemes["bearer"], "type": "http", "scheme": "bearer"}
    assert (schemes["apiKey"]["in"], schemes["apiKey"]["name"]) == ("header", "X-API-Key")
    for path in ("/v1/screen", "/v1/screen/batch"):
        assert document["paths"][path]["post"]["security"] == [
            {"bearer": ["screen"]}, {"apiKey": ["screen"]}]


@pytest.mark.parametrize("lead", [
    {"email": "jane@gmail.com", "lead_id": "crm-1", "job_title": "CTO"},
    {"email": "ops@acme-corp.com", "lead_id": 7, "elapsed_ms": 12000},
    {"email": "x@mailinator.com", "honeypot": "filled", "elapsed_ms": 10},
    {"email": "nobody@no-such-company-xyz.com"},
    {"email": "not an address"},
])
def test_real_screen_results_match_the_documented_schema(
        client: FlaskClient, document: dict[str, Any], lead: dict[str, Any]) -> None:
    """Answers of /v1/screen validate against ScreenResult."""
    response = client.post("/v1/screen", json=lead)
    assert response.status_code == 200
    validator(document, "ScreenResult").validate(response.get_json())


def test_real_batch_results_and_errors_match_the_documented_schemas(
        client: FlaskClient, document: dict[str, Any]) -> None:
    """A batch answer validates as BatchResult and an error answer as Error."""
    batch = client.post("/v1/screen/batch",
                        json={"leads": [{"email": "jane@gmail.com"}, {"email": 5}]})
    assert batch.status_code == 200
    validator(document, "BatchResult").validate(batch.get_json())
    error = client.post("/v1/screen", json={"first_name": "Jane"})
    assert error.status_code == 400
    validator(document, "Error").validate(error.get_json())


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_operations_answers_match_the_documented_schemas(
        client: FlaskClient, document: dict[str, Any], path: str) -> None:
    """/healthz and /readyz answer in their documented shapes."""
    response = client.get(path)
    assert response.status_code == 200
    schema = document["paths"][path]["get"]["responses"]["200"]["content"][
        "application/json"]["schema"]
    validator(document, schema["$ref"].rsplit("/", 1)[1]).validate(response.get_json())
