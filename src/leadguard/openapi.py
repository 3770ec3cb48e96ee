"""The contract as an OpenAPI 3.1 document, built from the code it describes.

Field names, MX statuses, verdicts, adjustment codes, error codes and size limits are read
from the modules that define them, so the document cannot drift from the service; tests
check the routes, the codes and real responses against it.
"""

from __future__ import annotations

from typing import Any

from leadguard import __version__
from leadguard.api.reviews import (
    DECISION_BODY_LIMIT,
    DEFAULT_LIMIT,
    FEEDBACK_BODY_LIMIT,
    LIST_STATUSES,
    NOTE_MAX_CHARS,
)
from leadguard.api.screen import BATCH_BODY_LIMIT, BATCH_MAX_LEADS, SCREEN_BODY_LIMIT
from leadguard.auth import SCOPES
from leadguard.dns import MX_STATUSES
from leadguard.errors import ERROR_CODES, SERVICE_ERROR_CODES
from leadguard.lead import ELAPSED_MS_LIMIT, TEXT_FIELDS
from leadguard.policy import VERDICTS, Policy, load_policy
from leadguard.store import FEEDBACK_LABELS, LABELS, MAX_LIMIT, ORDERS

_FIELD_HELP = {
    "honeypot": "Value of the form's hidden trap field; anything but empty means a bot.",
    "message": "Free text the person wrote.",
    "website": "The company website the person gave.",
    "country": "Country as the form collected it, e.g. an ISO 3166 code.",
    "ip": "The submitter's IP address, as seen by the form backend.",
    "user_agent": "The submitter's User-Agent header.",
    "referrer": "The page that led to the form.",
}

_STATUS_HELP = {
    400: "The body or a field is not what the contract asks for; `details` names the fields.",
    401: "No API key, or a key this service does not know.",
    403: "The API key lacks the scope this endpoint needs; see `details.required_scope`.",
    404: "No such endpoint, or no review with this id.",
    405: "The endpoint exists but not for this method; the `Allow` header lists the methods.",
    413: "The request body is larger than the endpoint accepts.",
    409: "The review was decided already; the first decision stands and `details` says "
         "who made it and when.",
    415: "The body is not sent as `application/json`.",
    429: "Too many requests; wait the seconds in `Retry-After`.",
    503: "The review store cannot be reached; try again after `Retry-After` seconds. "
         "Screening keeps working meanwhile.",
}


def openapi_document(policy: Policy | None = None) -> dict[str, Any]:
    """The OpenAPI 3.1 document; adjustment codes come from `policy` (default: the bundled one)."""
    policy = policy or load_policy()
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "leadguard",
            "version": __version__,
            "summary": "Spam and lead-quality screening for landing-page forms.",
            "description": (
                "Screen a form submission before it enters the lead pipeline. Every answer "
                "explains itself with adjustments; every non-2xx answer has the shape of "
                "`Error`. Unknown request fields are ignored, and new response fields and "
                "adjustment codes may be added, never renamed."
            ),
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "servers": [{"url": "/", "description": "the service that served this document"}],
        "tags": [
            {"name": "screening", "description": "Screen leads (scope `screen`)."},
            {"name": "moderation",
             "description": "The review queue of flagged leads and moderators' decisions "
                            "(scope `review`); outcomes reported by pipelines (scope "
                            "`screen`)."},
            {"name": "operations", "description": "Health, readiness, metrics, this document."},
        ],
        "paths": _paths(),
        "components": {
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": _auth_help("Authorization: Bearer <key>"),
                },
                "apiKey": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-API-Key",
                    "description": _auth_help("X-API-Key: <key>"),
                },
            },
            "schemas": _schemas(policy),
            "responses": _error_responses(),
        },
    }


def _auth_help(header: str) -> str:
    return (
        f"Send `{header}`. Keys are configured as `scope:key` (or `scope/name:key`) pairs in "
        "LEADGUARD_API_KEYS, or hashed in LEADGUARD_API_KEYS_FILE, with scopes "
        f"{', '.join(f'`{scope}`' for scope in SCOPES)}; `admin` covers every scope. With no "
        "keys configured the API is open and only served on loopback."
    )


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*statuses: int) -> dict[str, Any]:
    return {str(status): {"$ref": f"#/components/responses/{status}"} for status in statuses}


def _scoped(scope: str) -> list[dict[str, list[str]]]:
    return [{"bearer": [scope]}, {"apiKey": [scope]}]


def _paths() -> dict[str, Any]:
    screen_errors = _errors(400, 401, 403, 413, 415, 429)
    return {
        "/v1/screen": {
            "post": {
                "operationId": "screenLead",
                "tags": ["screening"],
                "summary": "Screen one lead.",
                "description": (
                    f"The body is at most {SCREEN_BODY_LIMIT} bytes of JSON. A malformed email "
                    "address is not an error: it is a result with `email.invalid_syntax`."
                ),
                "security": _scoped("screen"),
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("LeadRequest")}},
                },
                "responses": {"200": _json(_ref("ScreenResult"), "The screening result."),
                              **screen_errors},
            },
        },
        "/v1/screen/batch": {
            "post": {
                "operationId": "screenBatch",
                "tags": ["screening"],
                "summary": "Screen up to "
                           f"{BATCH_MAX_LEADS} leads at once; their DNS look-ups run together.",
                "description": (
                    f"The body is at most {BATCH_BODY_LIMIT} bytes of JSON. Results keep the "
                    "order of `leads`; a lead that is not valid gets an `Error` in its slot "
                    "and does not fail the others."
                ),
                "security": _scoped("screen"),
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("BatchRequest")}},
                },
                "responses": {"200": _json(_ref("BatchResult"), "One result per lead, in order."),
                              **screen_errors},
            },
        },
        **_moderation_paths(),
        "/healthz": {
            "get": {
                "operationId": "healthz",
                "tags": ["operations"],
                "summary": "The process is alive.",
                "responses": {"200": _json(_ref("Health"), "The process answers.")},
            },
        },
        "/readyz": {
            "get": {
                "operationId": "readyz",
                "tags": ["operations"],
                "summary": "Word lists, policy, model and store are loaded.",
                "responses": {
                    "200": _json(_ref("Readiness"), "Every component is ready."),
                    "503": _json(_ref("Readiness"), "At least one component is not ready."),
                },
            },
        },
        "/metrics": {
            "get": {
                "operationId": "metrics",
                "tags": ["operations"],
                "summary": "Counters and latencies in the Prometheus text format.",
                "responses": {
                    "200": {
                        "description": "Prometheus exposition format 0.0.4.",
                        "content": {"text/plain": {"schema": {"type": "string"}}},
                    },
                },
            },
        },
        "/openapi.json": {
            "get": {
                "operationId": "openapi",
                "tags": ["operations"],
                "summary": "This document.",
                "responses": {"200": _json({"type": "object"}, "The OpenAPI 3.1 document.")},
            },
        },
    }


def _moderation_paths() -> dict[str, Any]:
    review_id = {"name": "review_id", "in": "path", "required": True,
                 "schema": {"type": "string"},
                 "description": "The `review_id` of a screening result."}

    def query(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
        return {"name": name, "in": "query", "required": False, "schema": schema,
                "description": description}

    return {
        "/v1/reviews": {
            "get": {
                "operationId": "listReviews",
                "tags": ["moderation"],
                "summary": "One page of the review queue.",
                "description": (
                    "Flagged leads (verdict `review` or `reject`), filtered and ordered; follow "
                    "`next_cursor` for the next page. Pages never repeat or skip a lead, even "
                    "while new leads arrive."
                ),
                "security": _scoped("review"),
                "parameters": [
                    query("status", {"type": "string", "enum": list(LIST_STATUSES),
                                     "default": "pending"},
                          "`pending`: not decided yet; `spam`, `legit`: decided so; `all`."),
                    query("code", {"type": "string"},
                          "Only leads with an adjustment of this code."),
                    query("since", {"type": "string"},
                          "Queued at or after this ISO 8601 date or date-time (UTC if no "
                          "zone)."),
                    query("until", {"type": "string"},
                          "Queued before this ISO 8601 date or date-time (UTC if no zone)."),
                    query("order", {"type": "string", "enum": list(ORDERS),
                                    "default": "newest"},
                          "`newest` first, or `likely_spam`: highest spam_probability first."),
                    query("limit", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT,
                                    "default": DEFAULT_LIMIT},
                          "Reviews per page."),
                    query("cursor", {"type": "string"},
                          "The `next_cursor` of the previous page, with the same `order`."),
                ],
                "responses": {"200": _json(_ref("ReviewList"), "A page of reviews."),
                              **_errors(400, 401, 403, 429, 503)},
            },
        },
        "/v1/reviews/{review_id}": {
            "get": {
                "operationId": "getReview",
                "tags": ["moderation"],
                "summary": "One queued lead with every reason and the submitted fields.",
                "security": _scoped("review"),
                "parameters": [review_id],
                "responses": {"200": _json(_ref("Review"), "The review."),
                              **_errors(401, 403, 404, 429, 503)},
            },
        },
        "/v1/reviews/{review_id}/decision": {
            "post": {
                "operationId": "decideReview",
                "tags": ["moderation"],
                "summary": "Label a queued lead spam or legit; the first decision wins.",
                "description": (
                    f"The body is at most {DECISION_BODY_LIMIT} bytes of JSON. The decision is "
                    "recorded under the name of the API key. When another moderator decided "
                    "first, the answer is 409 and `details` says who and when."
                ),
                "security": _scoped("review"),
                "parameters": [review_id],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("DecisionRequest")}},
                },
                "responses": {"200": _json(_ref("Review"), "The review with its decision."),
                              **_errors(400, 401, 403, 404, 409, 413, 415, 429, 503)},
            },
        },
        "/v1/feedback": {
            "post": {
                "operationId": "sendFeedback",
                "tags": ["moderation"],
                "summary": "Report what became of a lead: spam, legit or converted.",
                "description": (
                    f"The body is at most {FEEDBACK_BODY_LIMIT} bytes of JSON. Outcomes are "
                    "labels for training the model; a lead that was never queued (say, an "
                    "accepted lead that turned out to be spam) can bring its fields in `lead`."
                ),
                "security": _scoped("screen"),
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("FeedbackRequest")}},
                },
                "responses": {"201": _json(_ref("FeedbackResult"), "The feedback is stored."),
                              **_errors(400, 401, 403, 413, 415, 429, 503)},
            },
        },
    }


def _moderation_schemas() -> dict[str, Any]:
    timestamp = {"type": "string", "format": "date-time"}
    lead_id = {"oneOf": [{"type": "string", "minLength": 1}, {"type": "integer"}]}
    return {
        "Review": {
            "type": "object",
            "description": "A flagged lead in the review queue.",
            "required": ["id", "status", "created_at", "lead_id", "lead", "verdict", "spam",
                         "spam_probability", "score_adjustment", "adjustments", "versions",
                         "decision"],
            "properties": {
                "id": {"type": "string", "description": "The screening result's `review_id`."},
                "status": {"type": "string", "enum": [s for s in LIST_STATUSES if s != "all"]},
                "created_at": {**timestamp, "description": "When the lead was screened."},
                "lead_id": {"type": ["string", "integer", "null"]},
                "lead": {**_ref("LeadRequest"), "description": "The fields as submitted."},
                "verdict": {"type": "string", "enum": list(VERDICTS)},
                "spam": {"type": "boolean"},
                "spam_probability": {"type": "number", "minimum": 0, "maximum": 1},
                "score_adjustment": {"type": "integer", "maximum": 0},
                "adjustments": {"type": "array", "items": _ref("Adjustment")},
                "versions": {"type": "object", "additionalProperties": {"type": "string"}},
                "decision": {"oneOf": [{"type": "null"}, _ref("Decision")]},
            },
        },
        "Decision": {
            "type": "object",
            "required": ["label", "note", "moderator", "decided_at"],
            "properties": {
                "label": {"type": "string", "enum": list(LABELS)},
                "note": {"type": ["string", "null"]},
                "moderator": {"type": "string",
                              "description": "The name of the API key that decided."},
                "decided_at": timestamp,
            },
        },
        "ReviewList": {
            "type": "object",
            "required": ["reviews", "next_cursor"],
            "properties": {
                "reviews": {"type": "array", "items": _ref("Review"), "maxItems": MAX_LIMIT},
                "next_cursor": {"type": ["string", "null"],
                                "description": "Pass as `cursor` for the next page; null on "
                                               "the last page."},
            },
        },
        "DecisionRequest": {
            "type": "object",
            "required": ["label"],
            "properties": {
                "label": {"type": "string", "enum": list(LABELS)},
                "note": {"type": ["string", "null"], "maxLength": NOTE_MAX_CHARS},
            },
        },
        "FeedbackRequest": {
            "type": "object",
            "required": ["lead_id", "label"],
            "properties": {
                "lead_id": {**lead_id, "description": "The `lead_id` the lead was screened "
                                                      "with."},
                "label": {"type": "string", "enum": list(FEEDBACK_LABELS),
                          "description": "`converted`: it became a sale (a legit lead)."},
                "lead": {"oneOf": [{"type": "null"}, _ref("LeadRequest")],
                         "description": "The submitted fields, for a lead that was not "
                                        "queued."},
            },
        },
        "FeedbackResult": {
            "type": "object",
            "required": ["id", "lead_id", "label", "source", "created_at", "review_ids"],
            "properties": {
                "id": {"type": "integer"},
                "lead_id": lead_id,
                "label": {"type": "string", "enum": list(FEEDBACK_LABELS)},
                "source": {"type": "string", "description": "The name of the API key."},
                "created_at": timestamp,
                "review_ids": {"type": "array", "items": {"type": "string"},
                               "description": "Queued reviews of this lead."},
            },
        },
    }


def _schemas(policy: Policy) -> dict[str, Any]:
    text_fields = {
        name: {"type": ["string", "null"], **_described(_FIELD_HELP.get(name))}
        for name in TEXT_FIELDS
    }
    return {
        "LeadRequest": {
            "type": "object",
            "description": "A form submission. Only `email` is required; unknown fields are "
                           "ignored.",
            "required": ["email"],
            "properties": {
                "email": {"type": "string",
                          "description": "The address as typed; a malformed one is screened, "
                                         "not refused."},
                **text_fields,
                "elapsed_ms": {
                    "type": ["number", "null"],
                    "minimum": 0,
                    "exclusiveMaximum": ELAPSED_MS_LIMIT,
                    "description": "Milliseconds from form render to submit, measured by the "
                                   "form backend.",
                },
                "lead_id": {"type": ["string", "integer", "null"],
                            "description": "The caller's id, echoed back."},
                "extra": {"type": ["object", "null"],
                          "description": "Any other form fields."},
            },
            "additionalProperties": True,
            "examples": [{
                "email": "jane.doe@acme.com", "first_name": "Jane", "last_name": "Doe",
                "company": "Acme Corp", "job_title": "VP Marketing", "honeypot": "",
                "elapsed_ms": 8400, "lead_id": "crm-123",
            }],
        },
        "ScreenResult": _screen_result(),
        **_moderation_schemas(),
        "Adjustment": {
            "type": "object",
            "description": "One reason the score moved, in words a moderator can read.",
            "required": ["code", "points", "field", "reason"],
            "properties": {
                "code": _ref("AdjustmentCode"),
                "points": {"type": "integer", "maximum": 0},
                "field": {"type": "string", "description": "The request field it concerns."},
                "reason": {"type": "string"},
            },
        },
        "AdjustmentCode": _adjustment_code(policy),
        "BatchRequest": {
            "type": "object",
            "required": ["leads"],
            "properties": {
                "leads": {"type": "array", "maxItems": BATCH_MAX_LEADS,
                          "items": _ref("LeadRequest")},
            },
        },
        "BatchResult": {
            "type": "object",
            "required": ["results"],
            "properties": {
                "results": {
                    "type": "array",
                    "items": {"oneOf": [_ref("ScreenResult"), _ref("Error")]},
                },
            },
        },
        "Error": {
            "type": "object",
            "description": "The shape of every non-2xx answer.",
            "required": ["error"],
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["code", "message", "details"],
                    "properties": {
                        "code": {
                            "type": "string",
                            "description": "A stable name of the error: "
                                           + ", ".join(f"`{code}` ({status})" for status, code
                                                       in sorted({**ERROR_CODES,
                                                                  **SERVICE_ERROR_CODES}
                                                                 .items())) + ".",
                        },
                        "message": {"type": "string",
                                    "description": "A sentence a person can act on."},
                        "details": {"type": "object",
                                    "description": "Machine-readable specifics, e.g. the "
                                                   "problem with each field."},
                    },
                },
            },
        },
        "Health": {
            "type": "object",
            "required": ["status"],
            "properties": {"status": {"const": "ok"}},
        },
        "Readiness": {
            "type": "object",
            "description": (
                "`ready` says whether this replica can screen. The review store is reported "
                "under `components.store` but does not make a replica unready: while it is "
                "down, screening answers with `review_id` null, flagged leads wait on the "
                "local spool, and `warnings` says so."
            ),
            "required": ["ready", "components"],
            "properties": {
                "ready": {"type": "boolean"},
                "components": {
                    "type": "object",
                    "additionalProperties": {
                        "type": "object",
                        "required": ["ok"],
                        "properties": {"ok": {"type": "boolean"},
                                       "version": {"type": "string"}},
                    },
                    "properties": {
                        "store": {
                            "type": "object",
                            "required": ["ok", "backend", "spooled"],
                            "properties": {
                                "ok": {"type": "boolean"},
                                "backend": {"type": "string",
                                            "description": "`sqlite` or `postgresql`."},
                                "spooled": {"type": "integer", "minimum": 0,
                                            "description": "Flagged leads waiting on the "
                                                           "local spool."},
                                "error": {"type": "string"},
                            },
                        },
                    },
                },
                "warnings": {"type": "array", "items": {"type": "string"}},
            },
        },
    }


def _described(text: str | None) -> dict[str, str]:
    return {"description": text} if text else {}


def _screen_result() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["lead_id", "spam", "verdict", "spam_probability", "score_adjustment",
                     "adjustments", "suggestions", "email", "review_id", "versions",
                     "elapsed_ms"],
        "properties": {
            "lead_id": {"type": ["string", "integer", "null"],
                        "description": "The request's `lead_id`, echoed."},
            "spam": {"type": "boolean",
                     "description": "True: keep this lead out of the pipeline. Exactly when "
                                    "`verdict` is `reject`."},
            "verdict": {"type": "string", "enum": list(VERDICTS)},
            "spam_probability": {"type": "number", "minimum": 0, "maximum": 1},
            "score_adjustment": {"type": "integer", "maximum": 0,
                                 "description": "The sum of the adjustments' points."},
            "adjustments": {"type": "array", "items": _ref("Adjustment")},
            "suggestions": {
                "type": "object",
                "description": "Likely corrections by field, e.g. for a typo domain.",
                "additionalProperties": {"type": "string"},
            },
            "email": {
                "type": "object",
                "required": ["normalized", "domain", "free", "disposable", "role", "mx"],
                "properties": {
                    "normalized": {"type": ["string", "null"]},
                    "domain": {"type": ["string", "null"]},
                    "free": {"type": "boolean"},
                    "disposable": {"type": "boolean"},
                    "role": {"type": "boolean"},
                    "mx": {
                        "type": "string", "enum": list(MX_STATUSES),
                        "description": "`timeout` and `error` mean unknown and never count "
                                       "against the lead; `skipped`: no valid address to "
                                       "look up.",
                    },
                },
            },
            "review_id": {"type": ["string", "integer", "null"],
                          "description": "Set when the lead was queued for moderators."},
            "versions": {
                "type": "object",
                "required": ["service", "model", "policy", "wordlists"],
                "properties": {name: {"type": "string"}
                               for name in ("service", "model", "policy", "wordlists")},
            },
            "elapsed_ms": {"type": "number", "minimum": 0},
        },
    }


def _adjustment_code(policy: Policy) -> dict[str, Any]:
    lines = []
    for code, rule in policy.rules.items():
        hard = f", always {rule.verdict}" if rule.verdict else ""
        lines.append(f"- `{code}` ({rule.points} points{hard}): {rule.reason}")
    return {
        "type": "string",
        "enum": list(policy.rules),
        "description": (
            f"What a check saw. Points and reasons of policy {policy.version}:\n\n"
            + "\n".join(lines)
            + "\n\nCodes are never renamed; new ones may be added."
        ),
    }


def _error_responses() -> dict[str, Any]:
    responses: dict[str, Any] = {}
    for status in (*ERROR_CODES, *SERVICE_ERROR_CODES):
        response = _json(_ref("Error"), _STATUS_HELP[status])
        if status == 405:
            response["headers"] = {"Allow": {"schema": {"type": "string"},
                                             "description": "The methods the endpoint takes."}}
        if status in (429, 503):
            response["headers"] = {"Retry-After": {"schema": {"type": "integer"},
                                                   "description": "Seconds to wait."}}
        responses[str(status)] = response
    return responses
