"""Nothing a client sends gets a 500: property tests, and schemathesis against /openapi.json."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from werkzeug.test import TestResponse

from leadguard.app import close_app, create_app
from leadguard.lead import TEXT_FIELDS
from leadguard.openapi import openapi_document
from tests.dnsserver import DnsServer

FIELDS = ("email", *TEXT_FIELDS, "elapsed_ms", "lead_id", "extra")
FUZZ = settings(max_examples=75, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Lone surrogates and control characters travel as JSON \\u escapes; st.text() alone never
# generates surrogates.
texts = st.text(max_size=40) | st.text(st.characters(categories=["Cs", "Cc", "Zs", "Lo"]),
                                       max_size=12)
json_scalars = (st.none() | st.booleans() | st.integers()
                | st.floats(allow_nan=False, allow_infinity=False) | texts)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(texts, children, max_size=4),
    max_leaves=12,
)
emails = st.emails() | texts | texts.map(lambda local: f"{local}@gmail.com") | st.sampled_from(
    ["jane@gmail.com", "x@mailinator.com", "ops@nomail-corp.com", "a@b", "@", "jane@gmial.com"])
leads = st.fixed_dictionaries(
    {},
    optional={name: (emails if name == "email" else json_values) for name in FIELDS},
)
well_typed_leads = st.fixed_dictionaries(
    {"email": emails},
    optional={**{name: st.none() | texts for name in TEXT_FIELDS},
              "elapsed_ms": st.none() | st.floats(min_value=0, max_value=1e11)
              | st.integers(min_value=0, max_value=10**11),
              "lead_id": st.none() | texts | st.integers(),
              "extra": st.none() | st.dictionaries(st.text(max_size=8), json_values, max_size=3)},
)
header_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)
content_types = st.sampled_from(["application/json", "application/json; charset=utf-8",
                                 "application/json; charset=latin-1", "text/plain",
                                 "application/x-www-form-urlencoded", "text/json"]) | header_text


@pytest.fixture(scope="module")
def fuzz_app(dns_server: DnsServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """One app for every example; a short DNS timeout so random domains stay cheap."""
    app = create_app({"TESTING": True, "DNS_NAMESERVERS": (dns_server.address,),
                      "DNS_TIMEOUT": 0.2, "DATA_DIR": str(tmp_path_factory.mktemp("fuzz"))})
    yield app
    close_app(app)


@pytest.fixture(scope="module")
def fuzz_client(fuzz_app: Flask) -> FlaskClient:
    return fuzz_app.test_client()


class Shapes:
    """Validators for the documented ScreenResult, BatchResult and Error schemas."""

    def __init__(self, document: dict[str, Any]) -> None:
        components = document["components"]
        self.validators = {
            name: Draft202012Validator({"$ref": f"#/components/schemas/{name}",
                                        "components": components})
            for name in ("ScreenResult", "BatchResult", "Error")}

    def __repr__(self) -> str:  # hypothesis prints it with every failing example
        return "Shapes()"

    def check(self, response: TestResponse, ok_schema: str = "ScreenResult") -> None:
        """Never a 5xx; a 200 has the result shape and anything else the error shape."""
        assert response.status_code < 500, response.get_data(as_text=True)
        body = json.loads(response.get_data())
        name = ok_schema if response.status_code == 200 else "Error"
        self.validators[name].validate(body)


@pytest.fixture(scope="module")
def shapes(fuzz_client: FlaskClient) -> Shapes:
    return Shapes(fuzz_client.get("/openapi.json").get_json())


def post_json(client: FlaskClient, path: str, body: Any) -> TestResponse:
    return client.post(path, data=json.dumps(body), content_type="application/json")


@FUZZ
@given(body=json_values)
def test_any_json_body_is_answered_in_shape(fuzz_client: FlaskClient,
                                           shapes: Shapes,
                                           body: Any) -> None:
    """Any JSON value as the body of /v1/screen gets a 200 result or a 400 error, never a 500."""
    response = post_json(fuzz_client, "/v1/screen", body)
    shapes.check(response)
    assert response.status_code in (200, 400)


@FUZZ
@given(lead=leads)
def test_contract_fields_with_any_types_are_answered_in_shape(
        fuzz_client: FlaskClient, shapes: Shapes,
        lead: dict[str, Any]) -> None:
    """Contract field names with values of any JSON type get a result or a 400 naming them."""
    response = post_json(fuzz_client, "/v1/screen", lead)
    shapes.check(response)
    if response.status_code == 400:
        assert set(response.get_json()["error"]["details"]) <= set(FIELDS)


@FUZZ
@given(lead=well_typed_leads)
def test_well_typed_leads_are_always_screened(fuzz_client: FlaskClient,
                                              shapes: Shapes,
                                              lead: dict[str, Any]) -> None:
    """A lead whose fields have the contract's types is screened (200), whatever the values."""
    response = post_json(fuzz_client, "/v1/screen", lead)
    shapes.check(response)
    assert response.status_code == 200
    result = response.get_json()
    assert result["lead_id"] == lead.get("lead_id")
    assert result["score_adjustment"] == sum(a["points"] for a in result["adjustments"])
    assert result["spam"] == (result["verdict"] == "reject")
    assert not result["spam"] or result["adjustments"]


@FUZZ
@given(data=st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()),
       content_type=content_types,
       path=st.sampled_from(["/v1/screen", "/v1/screen/batch"]))
def test_any_bytes_with_any_content_type_are_answered_in_shape(
        fuzz_client: FlaskClient, shapes: Shapes, data: bytes,
        content_type: str, path: str) -> None:
    """Arbitrary bytes under arbitrary content types get an answer in shape, never a 500."""
    response = fuzz_client.post(path, data=data, headers={"Content-Type": content_type})
    shapes.check(response, "BatchResult" if path.endswith("batch") else "ScreenResult")


@FUZZ
@given(items=st.lists(leads | json_values, max_size=8))
def test_any_batch_keeps_one_answer_per_lead(fuzz_client: FlaskClient,
                                             shapes: Shapes,
                                             items: list[Any]) -> None:
    """A batch of arbitrary items gets one result or one error per item, in order."""
    response = post_json(fuzz_client, "/v1/screen/batch", {"leads": items})
    shapes.check(response, "BatchResult")
    assert len(response.get_json()["results"]) == len(items)


@FUZZ
@given(method=st.sampled_from(["GET", "PUT", "PATCH", "DELETE", "POST", "HEAD", "OPTIONS"]),
       path=st.sampled_from(["/v1/screen", "/v1/screen/batch", "/healthz", "/readyz",
                             "/metrics", "/openapi.json"])
       | st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=30).map(
           lambda text: "/" + text.lstrip("/")))
def test_any_method_on_any_path_is_answered_in_shape(
        fuzz_client: FlaskClient, shapes: Shapes, method: str,
        path: str) -> None:
    """Any method on any path is never a 500; its errors have the contract's shape."""
    response = fuzz_client.open(path, method=method)
    assert response.status_code < 500
    if response.status_code >= 400 and method != "HEAD":
        shapes.validators["Error"].validate(response.get_json())


def _operations() -> list[Any]:
    """(method, path, mode) for every documented operation; negative data where a body is taken.

    Read from the document itself, so a new endpoint is fuzzed without editing this file.
    """
    params = []
    for path, item in openapi_document()["paths"].items():
        for method, operation in item.items():
            modes = [GenerationMode.POSITIVE]
            if "requestBody" in operation:
                modes.append(GenerationMode.NEGATIVE)
            params += [pytest.param(method.upper(), path, mode,
                                    id=f"{method.upper()} {path} {mode.value}")
                       for mode in modes]
    return params


@pytest.mark.parametrize(("method", "path", "mode"), _operations())
def test_api_conforms_to_its_own_openapi_document(fuzz_app: Flask, method: str, path: str,
                                                  mode: GenerationMode) -> None:
    """schemathesis: no server errors, and statuses, headers and bodies as documented."""
    operation = schemathesis.openapi.from_wsgi("/openapi.json", fuzz_app)[path][method]

    @given(case=operation.as_strategy(mode))
    @settings(max_examples=50, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    def conforms(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=[not_a_server_error, status_code_conformance,
                                       content_type_conformance, response_headers_conformance,
                                       response_schema_conformance])

    conforms()


@pytest.mark.parametrize("body", [
    '{"email": "a@example.com", "extra": {"device_id": "\\udbcf"}}',
    '{"email": "a@example.com", "ip": "\\udbcf"}',
    '{"email": "a@example.com", "ip": "192.0.2.7", "user_agent": "\\udbcf"}',
])
def test_a_lone_surrogate_in_an_identity_field_is_screened(fuzz_client: FlaskClient,
                                                           body: str) -> None:
    """JSON escapes may spell half a UTF-16 pair; the velocity check hashes such a device id,
    address or user agent instead of failing (hypothesis found it on 2026-11-30)."""
    response = fuzz_client.post("/v1/screen", data=body, content_type="application/json")
    assert response.status_code == 200, response.get_data(as_text=True)
