"""Operations: liveness, readiness, metrics, and the OpenAPI document."""

from __future__ import annotations

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
    return jsonify({"ready": ready, "components": components}), 200 if ready else 503


@bp.get("/metrics")
def metrics() -> ResponseReturnValue:
    return Response(current_app.extensions["leadguard.metrics"].render(),
                    mimetype=CONTENT_TYPE_LATEST)


@bp.get("/openapi.json")
def openapi() -> ResponseReturnValue:
    return jsonify(openapi_document(current_app.extensions["leadguard.screener"].policy))
