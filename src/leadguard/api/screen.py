"""POST /v1/screen and /v1/screen/batch."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, jsonify, request
from flask.typing import ResponseReturnValue

from leadguard.api.body import read_json
from leadguard.auth import ANONYMOUS, current_caller, require_scope
from leadguard.errors import ApiError, InvalidRequest
from leadguard.lead import Lead, parse_lead
from leadguard.ratelimit import RateLimiter
from leadguard.screener import Screener
from leadguard.store import Intake

SCREEN_BODY_LIMIT = 64 * 1024
BATCH_BODY_LIMIT = 8 * 1024 * 1024
BATCH_MAX_LEADS = 1000

bp = Blueprint("screen", __name__, url_prefix="/v1")


def _screener() -> Screener:
    # The live screener: it also counts submissions for form.velocity.
    screener: Screener = current_app.extensions["leadguard.live_screener"]
    return screener


def _admit(leads: int) -> None:
    """Count `leads` against the caller's rate limit: its key, or its address when open."""
    limiter: RateLimiter = current_app.extensions["leadguard.rate_limiter"]
    caller = current_caller()
    identity = (f"address:{request.remote_addr}" if caller is ANONYMOUS
                else f"key:{caller.name}")
    limiter.admit(identity, leads)


def _queue_flagged(leads: list[Lead], results: list[dict[str, Any]]) -> None:
    """Queue review and reject verdicts for moderators; committed before the answer leaves."""
    intake: Intake = current_app.extensions["leadguard.intake"]
    review_ids = intake.queue(list(zip(leads, results, strict=True)))
    for result, review_id in zip(results, review_ids, strict=True):
        result["review_id"] = review_id


def _record(results: list[dict[str, Any]]) -> None:
    metrics = current_app.extensions["leadguard.metrics"]
    for result in results:
        metrics.observe(result)


@bp.post("/screen")
@require_scope("screen")
def screen() -> ResponseReturnValue:
    lead = parse_lead(read_json(SCREEN_BODY_LIMIT))
    _admit(1)
    result = _screener().screen(lead)
    _queue_flagged([lead], [result])
    _record([result])
    return jsonify(result)


@bp.post("/screen/batch")
@require_scope("screen")
def screen_batch() -> ResponseReturnValue:
    body = read_json(BATCH_BODY_LIMIT)
    if not isinstance(body, dict) or not isinstance(body.get("leads"), list):
        raise InvalidRequest('The body must be an object with a "leads" array.',
                             details={"leads": "required array of lead objects"})
    items = body["leads"]
    if len(items) > BATCH_MAX_LEADS:
        raise InvalidRequest(f"A batch holds at most {BATCH_MAX_LEADS} leads; split it.",
                             details={"leads": f"{len(items)} leads sent"})
    _admit(len(items))
    parsed: list[Lead | ApiError] = []
    for item in items:
        try:
            parsed.append(parse_lead(item))
        except ApiError as error:
            parsed.append(error)
    leads = [item for item in parsed if isinstance(item, Lead)]
    screened = _screener().screen_many(leads)
    _queue_flagged(leads, screened)
    in_order = iter(screened)
    results: list[dict[str, Any]] = [
        item.to_dict() if isinstance(item, ApiError) else next(in_order) for item in parsed]
    _record([result for result in results if "error" not in result])
    return jsonify({"results": results})
