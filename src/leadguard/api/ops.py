"""Operations: liveness, readiness, metrics, and the OpenAPI document."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, jsonify
from flask.typing import ResponseReturnValue
from prometheus_client import CONTENT_TYPE_LATEST

from leadguard.openapi import openapi_document

bp = Blueprint("ops", __name__)


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz() -> ResponseReturnValue:
    screener = current_app.extensions["leadguard.screener"]
    components = {
        "wordlists": {"ok": True, "version": screener.wordlists.version,
                      "entries": screener.wordlists.sizes},
        "policy": {"ok": True, "version": screener.policy.version},
        "model": {"ok": True, "version": screener.model.version},
    }
    ready = all(component["ok"] for component in components.values())
    # Screening works without the review store (flagged leads wait on the spool), so a
    # replica whose store is down stays in rotation: the store is reported, not required.
    store = current_app.extensions["leadguard.intake"].health()
    components["store"] = store
    body: dict[str, Any] = {"ready": ready, "components": components}
    if not store["ok"]:
        body["warnings"] = [f"the review store is unreachable; {store['spooled']} flagged "
                            "lead(s) wait on the local spool and are written when it is back"]
    return jsonify(body), 200 if ready else 503


@bp.get("/metrics")
def metrics() -> ResponseReturnValue:
    return Response(current_app.extensions["leadguard.metrics"].render(),
                    mimetype=CONTENT_TYPE_LATEST)


@bp.get("/openapi.json")
def openapi() -> ResponseReturnValue:
    return jsonify(openapi_document(current_app.extensions["leadguard.screener"].policy))
