"""The review store: flagged leads, moderators' decisions, pipeline feedback.

Plain methods returning plain dicts, so the API, the moderator page and training share one
vocabulary. Database outages surface as StoreUnavailable; nothing here logs personal data.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import re
import secrets
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn, cast

from sqlalchemy import ColumnElement, Engine, delete, func, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult, Result
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from leadguard.store import database
from leadguard.store.schema import Feedback, Review, ReviewCode

STATUSES = ("pending", "spam", "legit")
LABELS = ("spam", "legit")
FEEDBACK_LABELS = ("spam", "legit", "converted")
ORDERS = ("newest", "likely_spam")
MAX_LIMIT = 200
_LEAD_KEY_MAX = 80
_MAX_DEPTH = 32
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# What ids and codes can look like: anything else is answered without asking the database,
# which may refuse the characters (PostgreSQL and NUL) instead of finding nothing.
_REVIEW_ID = re.compile(r"[A-Za-z0-9_-]{1,40}")
_CODE = re.compile(r"[A-Za-z0-9_.-]{1,100}")


class StoreError(Exception):
    """Something the caller asked of the store cannot be done; the message says why."""


class StoreUnavailable(StoreError):
    """The database cannot be reached (or is locked): try again later."""


class ReviewNotFound(StoreError):
    def __init__(self, review_id: str) -> None:
        super().__init__(f"No review has the id {review_id!r}.")
        self.review_id = review_id


class Conflict(StoreError):
    """The review was decided already: the first decision stands."""

    def __init__(self, review_id: str, decision: dict[str, Any]) -> None:
        super().__init__(f"Review {review_id} was already decided as {decision['label']} by "
                         f"{decision['moderator']} at {decision['decided_at']}.")
        self.review_id = review_id
        self.decision = decision


class InvalidQuery(StoreError):
    """A list filter or cursor the store cannot use; `field` names the parameter."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_review_id() -> str:
    """128 random bits: ids in URLs and logs must not let anyone guess other reviews."""
    return "rv_" + secrets.token_urlsafe(16)


def lead_key(lead_id: str | int) -> str:
    """The stored form of a caller's lead id: "7" and 7 stay apart, any length fits."""
    key = json.dumps(lead_id)  # ASCII: NUL and lone surrogates become escapes
    if len(key) > _LEAD_KEY_MAX:
        key = "sha256:" + hashlib.sha256(key.encode()).hexdigest()
    return key


def storable(value: Any, depth: int = 0) -> Any:
    """JSON every backend takes: NaN and infinities as text, nesting cut at a sane depth.

    Lead fields are the client's JSON: `extra` may hold 1e400 (infinity once parsed) or
    nest hundreds of levels, which PostgreSQL's json refuses or the encoder cannot reach.
    """
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict | list):
        if depth >= _MAX_DEPTH:
            return "(nested too deeply to store)"
        if isinstance(value, dict):
            return {str(key): storable(item, depth + 1) for key, item in value.items()}
        return [storable(item, depth + 1) for item in value]
    return value


def clean_text(text: str) -> str:
    """Text a database takes: PostgreSQL refuses NUL, and no driver encodes lone surrogates."""
    return _UNSTORABLE.sub("\ufffd", text)


@dataclass(frozen=True)
class QueueItem:
    """One flagged lead on its way into the queue; the id is fixed before it is stored, so
    writing it twice (a spool replayed after a crash) stores it once."""

    lead: dict[str, Any]
    verdict: str
    spam_probability: float
    score: int
    adjustments: list[dict[str, Any]]
    versions: dict[str, str]
    id: str = field(default_factory=new_review_id)
    created_at: datetime = field(default_factory=utcnow)

    @classmethod
    def of(cls, lead_fields: Mapping[str, Any], result: Mapping[str, Any]) -> QueueItem:
        """From the submitted fields and their screening result."""
        return cls(lead=storable(dict(lead_fields)), verdict=result["verdict"],
                   spam_probability=float(result["spam_probability"]),
                   score=int(result["score_adjustment"]),
                   adjustments=[dict(adjustment) for adjustment in result["adjustments"]],
                   versions=dict(result["versions"]))

    def to_json(self) -> str:
        return json.dumps({
            "id": self.id, "created_at": self.created_at.isoformat(), "lead": self.lead,
            "verdict": self.verdict, "spam_probability": self.spam_probability,
            "score": self.score, "adjustments": self.adjustments, "versions": self.versions,
        })

    @classmethod
    def from_json(cls, line: str) -> QueueItem:
        data = json.loads(line)
        data["created_at"] = datetime.fromisoformat(data["created_at"])
        return cls(**data)


class ReviewStore:
    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.engine = engine
        self.clock = clock
        self._schema_ready = False
        self._schema_lock = threading.Lock()

    @classmethod
    def from_settings(cls, database_url: str | None, data_dir: Path) -> ReviewStore:
        """The store LEADGUARD_DATABASE_URL names, or the SQLite file under `data_dir`."""
        return cls(database.make_engine(database.database_url(database_url, data_dir)))

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # -- schema and health ------------------------------------------------------------------

    def upgrade(self) -> None:
        """Migrate the schema to the newest revision (once per store; cheap when current)."""
        if self._schema_ready:
            return
        with self._schema_lock, _unavailable_as_error():
            if not self._schema_ready:
                database.upgrade(self.engine)
                self._schema_ready = True

    def ping(self) -> None:
        """Raise StoreUnavailable unless the database answers and has the current schema."""
        self.upgrade()
        with _unavailable_as_error(), self.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")

    def _session(self) -> Session:
        self.upgrade()
        return Session(self.engine, expire_on_commit=False)

    # -- the queue ----------------------------------------------------------------------------

    def enqueue(self, lead_fields: Mapping[str, Any], result: Mapping[str, Any]) -> str:
        """Queue a screened lead for moderators; committed when this returns its review id."""
        item = QueueItem.of(lead_fields, result)
        self.enqueue_many([item])
        return item.id

    def enqueue_many(self, items: Sequence[QueueItem]) -> list[str]:
        """Queue several leads in one transaction; an id already stored is left as it is."""
        if not items:
            return []
        reviews = [{
            "id": item.id, "created_at": item.created_at,
            "lead_key": None if item.lead.get("lead_id") is None
            else lead_key(item.lead["lead_id"]),
            "lead": item.lead, "verdict": item.verdict,
            "spam_probability": item.spam_probability, "score": item.score,
            "adjustments": item.adjustments, "versions": item.versions, "status": "pending",
        } for item in items]
        codes = [{"review_id": item.id, "code": code}
                 for item in items for code in sorted({a["code"] for a in item.adjustments})]
        with _unavailable_as_error(), self._session() as session, session.begin():
            session.execute(self._insert_ignoring_duplicates(Review), reviews)
            if codes:
                session.execute(self._insert_ignoring_duplicates(ReviewCode), codes)
        return [item.id for item in items]

    def _insert_ignoring_duplicates(self, model: type[Review] | type[ReviewCode]) -> Any:
        if self.backend == "postgresql":
            return postgresql.insert(model).on_conflict_do_nothing()
        if self.backend == "sqlite":
            return sqlite.insert(model).on_conflict_do_nothing()
        raise StoreError(f"The review store does not support {self.backend} databases.")

    def get(self, review_id: str) -> dict[str, Any] | None:
        if not _REVIEW_ID.fullmatch(review_id):
            return None
        with _unavailable_as_error(), self._session() as session:
            review = session.get(Review, review_id)
            return None if review is None else _review_dict(review)

    def list(
        self,
        *,
        status: str | None = "pending",
        code: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        order: str = "newest",
        limit: int = 50,
        cursor: str | None = None,
    ) -> tuple[list[dict[str, Any]], str | None]:
        """One page of reviews and the cursor of the next page (None on the last page).

        status None lists every status; since is inclusive and until exclusive, on the time
        the lead was queued. The cursor is opaque; it only continues the same `order`.
        """
        if status is not None and status not in STATUSES:
            raise InvalidQuery("status", "status must be one of " + ", ".join(STATUSES) + ".")
        if order not in ORDERS:
            raise InvalidQuery("order", "order must be one of " + ", ".join(ORDERS) + ".")
        if code is not None and not _CODE.fullmatch(code):
            raise InvalidQuery("code", "code must be an adjustment code such as "
                                       "email.disposable.")
        if not 1 <= limit <= MAX_LIMIT:
            raise InvalidQuery("limit", f"limit must be between 1 and {MAX_LIMIT}.")
        for name, value in (("since", since), ("until", until)):
            if value is not None and value.tzinfo is None:
                raise InvalidQuery(name, f"{name} must carry a timezone.")
        query = select(Review)
        if status is not None:
            query = query.where(Review.status == status)
        if code is not None:
            query = query.where(Review.id.in_(
                select(ReviewCode.review_id).where(ReviewCode.code == code)))
        if since is not None:
            query = query.where(Review.created_at >= since)
        if until is not None:
            query = query.where(Review.created_at < until)
        if order == "likely_spam":
            keys: tuple[Any, ...] = (Review.spam_probability, Review.created_at, Review.id)
        else:
            keys = (Review.created_at, Review.id)
        if cursor is not None:
            query = query.where(_after(keys, _decode_cursor(cursor, order)))
        query = query.order_by(*(key.desc() for key in keys)).limit(limit + 1)
        with _unavailable_as_error(), self._session() as session:
            rows = list(session.scalars(query))
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = _encode_cursor(order, rows[-1]) if more else None
        return [_review_dict(row) for row in rows], next_cursor

    def decide(self, review_id: str, label: str, note: str | None,
               moderator: str) -> dict[str, Any]:
        """Record a moderator's label; the first decision wins, a later one raises Conflict.

        One conditional UPDATE decides the race, so two replicas cannot both win.
        """
        if label not in LABELS:
            raise InvalidQuery("label", "label must be one of " + ", ".join(LABELS) + ".")
        if not _REVIEW_ID.fullmatch(review_id):
            raise ReviewNotFound(review_id)
        won = (
            update(Review)
            .where(Review.id == review_id, Review.decided_at.is_(None))
            .values(status=label, decided_at=self.clock(), decided_by=clean_text(moderator)[:200],
                    note=None if note is None else clean_text(note))
            .execution_options(synchronize_session=False)
        )
        with _unavailable_as_error(), self._session() as session:
            with session.begin():
                changed = _rowcount(session.execute(won))
            review = session.get(Review, review_id, populate_existing=True)
        if review is None:
            raise ReviewNotFound(review_id)
        decided = _review_dict(review)
        if not changed:
            raise Conflict(review_id, decided["decision"])
        return decided

    # -- feedback and training ------------------------------------------------------------

    def feedback(self, lead_id: str | int, label: str, source: str, *,
                 lead_fields: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Record a pipeline's outcome for a lead; returns it with the reviews it matched.

        `lead_fields` carries the submitted fields of a lead that was never queued (say an
        accepted lead that turned out to be spam), so training can still learn from it.
        """
        if label not in FEEDBACK_LABELS:
            raise InvalidQuery("label", "label must be one of "
                               + ", ".join(FEEDBACK_LABELS) + ".")
        key = lead_key(lead_id)
        row = Feedback(created_at=self.clock(), lead_key=key, lead_id=lead_id, label=label,
                       source=clean_text(source)[:200],
                       lead=None if lead_fields is None else storable(dict(lead_fields)))
        with _unavailable_as_error(), self._session() as session:
            with session.begin():
                session.add(row)
            matched = list(session.scalars(
                select(Review.id).where(Review.lead_key == key).order_by(Review.created_at)))
        return {"id": row.id, "lead_id": lead_id, "label": label, "source": row.source,
                "created_at": _timestamp(row.created_at), "review_ids": matched}

    def labelled(self) -> Iterator[tuple[dict[str, Any], str]]:
        """(submitted fields, "spam" | "legit") for every lead somebody labelled.

        A pipeline's outcome outranks a moderator's judgement: "converted" (a sale) is
        legit, then the latest spam/legit feedback, then the moderator's decision. Reviews
        come first, then leads only known from feedback that carried their fields.
        """
        with _unavailable_as_error(), self._session() as session:
            outcomes: dict[str, str] = {}
            fields_of: dict[str, dict[str, Any]] = {}
            for key, label, lead in session.execute(
                    select(Feedback.lead_key, Feedback.label, Feedback.lead)
                    .order_by(Feedback.id)):
                if outcomes.get(key) != "converted":
                    outcomes[key] = label
                if lead is not None:
                    fields_of[key] = lead
            reviews = session.execute(
                select(Review.lead_key, Review.lead, Review.status).order_by(
                    Review.created_at, Review.id).execution_options(yield_per=500))
            for key, lead, status in reviews:
                label = outcomes.get(key) if key is not None else None
                fields_of.pop(key, None)
                chosen = label or (status if status in LABELS else None)
                if chosen:
                    yield lead, "legit" if chosen == "converted" else chosen
            for key, lead in fields_of.items():
                label = outcomes[key]
                yield lead, "legit" if label == "converted" else label

    # -- retention and the dashboard --------------------------------------------------------

    def purge(self, older_than_days: int) -> int:
        """Delete reviews and feedback recorded more than `older_than_days` ago; their count."""
        if older_than_days < 0:
            raise InvalidQuery("older_than_days", "older_than_days must be 0 or more.")
        cutoff = self.clock() - timedelta(days=older_than_days)
        old_reviews = select(Review.id).where(Review.created_at < cutoff)
        with _unavailable_as_error(), self._session() as session, session.begin():
            session.execute(delete(ReviewCode).where(ReviewCode.review_id.in_(old_reviews)))
            reviews = _rowcount(session.execute(delete(Review).where(Review.created_at < cutoff)))
            feedback = _rowcount(session.execute(
                delete(Feedback).where(Feedback.created_at < cutoff)))
        return reviews + feedback

    def stats(self, *, days: int = 30) -> dict[str, Any]:
        """Flagged leads per UTC day by reason code, and how many decisions overturned a flag.

        `overturn_share` is decided legit over decided, among the leads flagged in the window
        (None before any decision).
        """
        if days < 1:
            raise InvalidQuery("days", "days must be 1 or more.")
        today = self.clock().astimezone(UTC).date()
        first = today - timedelta(days=days - 1)
        since = datetime(first.year, first.month, first.day, tzinfo=UTC)
        day = func.date(Review.created_at)
        per_day: dict[str, dict[str, Any]] = {
            (first + timedelta(days=offset)).isoformat(): {
                "flagged": 0, "spam": 0, "legit": 0, "pending": 0, "codes": {}}
            for offset in range(days)}
        with _unavailable_as_error(), self._session() as session:
            for when, status, count in session.execute(
                    select(day, Review.status, func.count())
                    .where(Review.created_at >= since).group_by(day, Review.status)):
                entry = per_day[_day(when)]
                entry[status] += count
                entry["flagged"] += count
            for when, code, count in session.execute(
                    select(day, ReviewCode.code, func.count())
                    .join(Review, Review.id == ReviewCode.review_id)
                    .where(Review.created_at >= since).group_by(day, ReviewCode.code)):
                per_day[_day(when)]["codes"][code] = count
        totals = {name: sum(entry[name] for entry in per_day.values())
                  for name in ("flagged", "spam", "legit", "pending")}
        by_code: dict[str, int] = {}
        for entry in per_day.values():
            for code, count in entry["codes"].items():
                by_code[code] = by_code.get(code, 0) + count
        decided = totals["spam"] + totals["legit"]
        return {
            "since": first.isoformat(), "until": today.isoformat(),
            "days": [{"day": key, **entry} for key, entry in per_day.items()],
            **totals,
            "decided": decided,
            "by_code": dict(sorted(by_code.items(), key=lambda item: (-item[1], item[0]))),
            "overturn_share": round(totals["legit"] / decided, 4) if decided else None,
        }


def _rowcount(result: Result[Any]) -> int:
    """Rows an UPDATE or DELETE matched (its result is a CursorResult)."""
    return int(cast(CursorResult[Any], result).rowcount)


def _day(value: date | str) -> str:
    return value if isinstance(value, str) else value.isoformat()


def _timestamp(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _review_dict(review: Review) -> dict[str, Any]:
    decision = None
    if review.decided_at is not None:
        decision = {"label": review.status, "note": review.note,
                    "moderator": review.decided_by, "decided_at": _timestamp(review.decided_at)}
    return {
        "id": review.id,
        "status": review.status,
        "created_at": _timestamp(review.created_at),
        "lead_id": review.lead.get("lead_id"),
        "lead": review.lead,
        "verdict": review.verdict,
        "spam": review.verdict == "reject",
        "spam_probability": review.spam_probability,
        "score_adjustment": review.score,
        "adjustments": review.adjustments,
        "versions": review.versions,
        "decision": decision,
    }


def _after(keys: tuple[Any, ...], values: list[Any]) -> ColumnElement[bool]:
    """Rows strictly after `values` in descending order of `keys` (keyset paging)."""
    return tuple_(*keys) < tuple(values)


def _encode_cursor(order: str, review: Review) -> str:
    values: list[Any] = [review.created_at.isoformat(), review.id]
    if order == "likely_spam":
        values.insert(0, review.spam_probability)
    raw = json.dumps([order, *values], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str, order: str) -> list[Any]:
    def invalid() -> NoReturn:
        raise InvalidQuery("cursor", "cursor is not one this service handed out; start "
                                     "again without it.")

    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
    except (binascii.Error, ValueError):
        invalid()
    if not isinstance(data, list) or not data or data[0] not in ORDERS:
        invalid()
    if data[0] != order:
        raise InvalidQuery("cursor", f"cursor continues order={data[0]}; send that order "
                                     "or start again without a cursor.")
    values = data[1:]
    expected = 3 if order == "likely_spam" else 2
    if len(values) != expected or not isinstance(values[-1], str) \
            or not _REVIEW_ID.fullmatch(values[-1]):
        invalid()
    if order == "likely_spam" and (isinstance(values[0], bool)
                                   or not isinstance(values[0], int | float)
                                   or not math.isfinite(values[0])):
        invalid()
    try:
        created = datetime.fromisoformat(values[-2])
    except (TypeError, ValueError):
        invalid()
    if created.tzinfo is None:
        invalid()
    values[-2] = created
    return values


@contextmanager
def _unavailable_as_error() -> Iterator[None]:
    """Turns the driver's "cannot reach / locked" errors into StoreUnavailable."""
    try:
        yield
    except DBAPIError as error:
        if isinstance(error, OperationalError | InterfaceError) or error.connection_invalidated:
            # The class only: driver messages can quote the values of the failing statement.
            raise StoreUnavailable("the review store cannot be reached "
                                   f"({type(error.orig).__name__})") from error
        raise
