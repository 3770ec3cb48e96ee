"""The moderation API: the review queue, decisions (scope `review`), and pipeline feedback
(scope `screen`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

from flask import Blueprint, current_app, jsonify, request
from flask.typing import ResponseReturnValue

from leadguard.api.body import read_json
from leadguard.auth import current_caller, require_scope
from leadguard.errors import SERVICE_ERROR_CODES, ApiError, InvalidRequest
from leadguard.lead import parse_lead
from leadguard.store import (
    FEEDBACK_LABELS,
    LABELS,
    MAX_LIMIT,
    ORDERS,
    STATUSES,
    Conflict,
    Intake,
    InvalidQuery,
    ReviewNotFound,
    ReviewStore,
    StoreUnavailable,
    submitted_fields,
)

DECISION_BODY_LIMIT = 16 * 1024
FEEDBACK_BODY_LIMIT = 64 * 1024
NOTE_MAX_CHARS = 2000
DEFAULT_LIMIT = 50
LIST_STATUSES = (*STATUSES, "all")

bp = Blueprint("reviews", __name__, url_prefix="/v1")


def _store() -> ReviewStore:
    intake: Intake = current_app.extensions["leadguard.intake"]
    return intake.store


def _not_found(review_id: str) -> ApiError:
    return ApiError(f"No review has the id {review_id!r}; list the queue with GET /v1/reviews.",
                    status=404, code="not_found", details={"review_id": review_id})


@bp.errorhandler(StoreUnavailable)
def _unavailable(error: StoreUnavailable) -> ResponseReturnValue:
    retry = max(1, round(current_app.config["SPOOL_RETRY_SECONDS"]))
    body = ApiError("The review store cannot be reached right now; try again shortly.",
                    status=503, code=SERVICE_ERROR_CODES[503]).to_dict()
    return jsonify(body), 503, {"Retry-After": str(retry)}


@bp.get("/reviews")
@require_scope("review")
def list_reviews() -> ResponseReturnValue:
    args = request.args
    problems: dict[str, str] = {}
    status = args.get("status", "pending")
    if status not in LIST_STATUSES:
        problems["status"] = "must be one of " + ", ".join(LIST_STATUSES)
    order = args.get("order", "newest")
    if order not in ORDERS:
        problems["order"] = "must be one of " + ", ".join(ORDERS)
    limit = _limit(args.get("limit"), problems)
    since = _instant("since", args.get("since"), problems)
    until = _instant("until", args.get("until"), problems)
    code = args.get("code") or None
    if problems:
        names = ", ".join(f'"{name}"' for name in problems)
        raise InvalidRequest(f"Fix the query parameter(s) {names}.", details=problems)
    try:
        reviews, next_cursor = _store().list(
            status=None if status == "all" else status, code=code, since=since, until=until,
            order=order, limit=limit, cursor=args.get("cursor") or None)
    except InvalidQuery as error:
        raise InvalidRequest(str(error), details={error.field: str(error)}) from error
    return jsonify({"reviews": reviews, "next_cursor": next_cursor})


def _limit(raw: str | None, problems: dict[str, str]) -> int:
    if raw is None:
        return DEFAULT_LIMIT
    if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= MAX_LIMIT:
        return int(raw)
    problems["limit"] = f"must be a whole number from 1 to {MAX_LIMIT}"
    return DEFAULT_LIMIT


def _instant(name: str, raw: str | None, problems: dict[str, str]) -> datetime | None:
    """An ISO 8601 date or date-time; without a zone it is UTC."""
    if raw is None or raw == "":
        return None
    try:
        value = datetime.fromisoformat(raw)
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
    except (ValueError, OverflowError):
        problems[name] = "must be an ISO 8601 date or date-time, e.g. 2026-11-20T09:00:00Z"
        return None


@bp.get("/reviews/<review_id>")
@require_scope("review")
def get_review(review_id: str) -> ResponseReturnValue:
    review = _store().get(review_id)
    if review is None:
        raise _not_found(review_id)
    return jsonify(review)


@bp.post("/reviews/<review_id>/decision")
@require_scope("review")
def decide(review_id: str) -> ResponseReturnValue:
    body = read_json(DECISION_BODY_LIMIT)
    if not isinstance(body, dict):
        raise InvalidRequest('The body must be an object like {"label": "spam", "note": "..."}.')
    problems: dict[str, str] = {}
    label = body.get("label")
    if label not in LABELS:
        problems["label"] = "must be one of " + ", ".join(LABELS)
    note = body.get("note")
    if note is not None and not isinstance(note, str):
        problems["note"] = "must be a string or null"
    elif note is not None and len(note) > NOTE_MAX_CHARS:
        problems["note"] = f"must be at most {NOTE_MAX_CHARS} characters"
    if problems:
        names = ", ".join(f'"{name}"' for name in problems)
        raise InvalidRequest(f"Fix the field(s) {names} and send the decision again.",
                             details=problems)
    try:
        review = _store().decide(review_id, cast(str, label), note or None,
                                 current_caller().name)
    except ReviewNotFound as error:
        raise _not_found(review_id) from error
    except Conflict as error:
        decision = error.decision
        raise ApiError(f"This lead was already decided as {decision['label']} by "
                       f"{decision['moderator']} at {decision['decided_at']}; the first "
                       "decision stands.",
                       status=409, code="conflict",
                       details={"review_id": review_id, **decision}) from error
    return jsonify(review)


@bp.post("/feedback")
@require_scope("screen")
def feedback() -> ResponseReturnValue:
    body = read_json(FEEDBACK_BODY_LIMIT)
    if not isinstance(body, dict):
        raise InvalidRequest('The body must be an object like '
                             '{"lead_id": "crm-123", "label": "converted"}.')
    problems: dict[str, str] = {}
    lead_id = body.get("lead_id")
    if isinstance(lead_id, bool) or not isinstance(lead_id, str | int) or lead_id == "":
        problems["lead_id"] = "is required: the lead_id sent when the lead was screened"
    label = body.get("label")
    if label not in FEEDBACK_LABELS:
        problems["label"] = "must be one of " + ", ".join(FEEDBACK_LABELS)
    fields: dict[str, Any] | None = None
    if body.get("lead") is not None:
        try:
            fields = submitted_fields(parse_lead(body["lead"]))
        except InvalidRequest as error:
            problems["lead"] = "must be a lead as sent to /v1/screen: " + "; ".join(
                f"{name} {problem}" for name, problem in error.details.items())
    if problems:
        names = ", ".join(f'"{name}"' for name in problems)
        raise InvalidRequest(f"Fix the field(s) {names} and send the feedback again.",
                             details=problems)
    if fields is not None:
        fields["lead_id"] = lead_id
    recorded = _store().feedback(cast(str | int, lead_id), cast(str, label),
                                 current_caller().name, lead_fields=fields)
    return jsonify(recorded), 201
