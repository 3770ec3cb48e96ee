"""The review store on both backends: a SQLite file and the real PostgreSQL server."""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from leadguard.config import ConfigError
from leadguard.store import Conflict, InvalidQuery, QueueItem, ReviewNotFound, ReviewStore
from leadguard.store.database import current_revision, database_url, head_revision
from leadguard.store.schema import Base

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
VERSIONS = {"service": "1.0", "model": "none", "policy": "p1", "wordlists": "w1"}


def adjustment(code: str, points: int = -30) -> dict[str, Any]:
    return {"code": code, "points": points, "field": code.split(".")[0],
            "reason": f"{code} happened"}


def result(*codes: str, verdict: str = "review", probability: float = 0.5) -> dict[str, Any]:
    adjustments = [adjustment(code) for code in codes or ("email.gibberish",)]
    return {"verdict": verdict, "spam_probability": probability,
            "score_adjustment": sum(a["points"] for a in adjustments),
            "adjustments": adjustments, "versions": VERSIONS}


def item(lead_id: str | int | None = None, *codes: str, at: datetime = T0,
         probability: float = 0.5, verdict: str = "review") -> QueueItem:
    lead: dict[str, Any] = {"email": f"lead{lead_id}@example.com"}
    if lead_id is not None:
        lead["lead_id"] = lead_id
    queued = QueueItem.of(lead, result(*codes, verdict=verdict, probability=probability))
    return dataclasses.replace(queued, created_at=at)


@pytest.fixture
def store(database_url: str, tmp_path: Path) -> Iterator[ReviewStore]:
    store = ReviewStore.from_settings(database_url, tmp_path)
    store.upgrade()
    yield store
    store.close()


def every_page(store: ReviewStore, **query: Any) -> list[list[str]]:
    """The ids of each page, following next_cursor to the end."""
    pages: list[list[str]] = []
    cursor = None
    while True:
        reviews, cursor = store.list(cursor=cursor, **query)
        pages.append([review["id"] for review in reviews])
        if cursor is None:
            return pages


def flat(pages: list[list[str]]) -> list[str]:
    return [review_id for page in pages for review_id in page]


def test_enqueue_stores_fields_adjustments_probability_and_versions(store: ReviewStore) -> None:
    """get() returns what enqueue() was given, pending, with a timezone-aware created_at."""
    lead = {"email": "x@mailinator.com", "first_name": "Ann", "lead_id": "crm-1",
            "extra": {"utm": "ad"}}
    review_id = store.enqueue(lead, result("email.disposable", verdict="reject",
                                           probability=0.97))
    review = store.get(review_id)
    assert review is not None
    assert review["lead"] == lead
    assert (review["lead_id"], review["status"], review["verdict"], review["spam"]) == (
        "crm-1", "pending", "reject", True)
    assert review["spam_probability"] == 0.97
    assert [a["code"] for a in review["adjustments"]] == ["email.disposable"]
    assert review["versions"] == VERSIONS
    assert review["decision"] is None
    assert review["created_at"].endswith("Z")


def test_review_ids_are_random_and_unguessable(store: ReviewStore) -> None:
    """Ids are "rv_" and 22 URL-safe characters (128 random bits), all distinct."""
    ids = [store.enqueue({"email": "a@b.c"}, result()) for _ in range(20)]
    assert len(set(ids)) == 20
    assert all(re.fullmatch(r"rv_[A-Za-z0-9_-]{22}", review_id) for review_id in ids)


def test_unknown_review_is_none(store: ReviewStore) -> None:
    """get() of an id nobody issued is None."""
    assert store.get("rv_nope") is None


def test_storing_the_same_item_twice_keeps_one_review(store: ReviewStore) -> None:
    """enqueue_many is idempotent on the review id: a replayed spool file stores leads once."""
    queued, other = item("a", "email.gibberish", "name.gibberish"), item("b")
    store.enqueue_many([queued])
    store.enqueue_many([queued, other])
    assert sorted(flat(every_page(store, status=None))) == sorted([queued.id, other.id])
    assert [r["id"] for r in store.list(code="name.gibberish")[0]] == [queued.id]


def test_text_a_database_refuses_is_stored_faithfully(store: ReviewStore) -> None:
    """NUL and lone surrogates in fields (JSON) survive; in a note they become U+FFFD."""
    lead = {"email": "a\x00b@x.com", "message": "\ud800 lone", "lead_id": "id\x00"}
    review_id = store.enqueue(lead, result())
    review = store.get(review_id)
    assert review is not None and review["lead"] == lead
    decided = store.decide(review_id, "spam", "note\x00\udfff", "mod\x00")
    assert decided["decision"]["note"] == "note\ufffd\ufffd"
    assert decided["decision"]["moderator"] == "mod\ufffd"
    assert store.feedback("id\x00", "spam", "pipeline")["review_ids"] == [review_id]


def test_client_json_a_backend_would_refuse_is_made_storable(store: ReviewStore) -> None:
    """An infinite number is kept as text and nesting past 32 levels is cut off."""
    deep: list[Any] = []
    innermost = deep
    for _ in range(100):
        innermost.append([])
        innermost = innermost[0]
    review_id = store.enqueue({"email": "a@b.c", "extra": {"big": float("inf"), "deep": deep}},
                              result())
    review = store.get(review_id)
    assert review is not None
    assert review["lead"]["extra"]["big"] == "inf"
    level, node = 0, review["lead"]["extra"]["deep"]
    while isinstance(node, list):
        level, node = level + 1, node[0]
    assert (level, node) == (30, "(nested too deeply to store)")


def test_ids_and_codes_no_review_can_have_are_answered_without_the_database(
        store: ReviewStore) -> None:
    """A NUL (which PostgreSQL refuses) in an id or code is "not found" or InvalidQuery."""
    assert store.get("rv_\x00") is None
    assert store.get("rv_" + "x" * 500) is None
    with pytest.raises(ReviewNotFound):
        store.decide("rv_\x00", "spam", None, "alice")
    with pytest.raises(InvalidQuery):
        store.list(code="email.\x00")


def test_list_filters_by_status_code_and_time(store: ReviewStore) -> None:
    """status, code, since (inclusive) and until (exclusive) narrow the list."""
    early = item(1, "email.disposable", at=T0)
    middle = item(2, "email.gibberish", "name.gibberish", at=T0 + timedelta(hours=1))
    late = item(3, "name.gibberish", at=T0 + timedelta(hours=2))
    store.enqueue_many([early, middle, late])
    store.decide(late.id, "spam", None, "alice")

    def ids(**query: Any) -> list[str]:
        return [review["id"] for review in store.list(**query)[0]]

    assert ids() == [middle.id, early.id]
    assert ids(status="spam") == [late.id]
    assert ids(status="legit") == []
    assert ids(status=None) == [late.id, middle.id, early.id]
    assert ids(status=None, code="name.gibberish") == [late.id, middle.id]
    assert ids(status=None, since=T0 + timedelta(hours=1)) == [late.id, middle.id]
    assert ids(status=None, until=T0 + timedelta(hours=1)) == [early.id]
    assert ids(status=None, code="email.disposable", since=T0 + timedelta(minutes=1)) == []


@pytest.mark.parametrize("limit", [1, 2, 3, 7, 200])
def test_newest_paging_visits_every_review_once_even_with_equal_times(
        store: ReviewStore, limit: int) -> None:
    """Keyset pages in newest order cover each review exactly once, ties broken by id."""
    items = [item(n, at=T0 + timedelta(minutes=n // 3)) for n in range(7)]
    store.enqueue_many(items)
    pages = every_page(store, limit=limit)
    seen = flat(pages)
    assert sorted(seen) == sorted(i.id for i in items)
    assert len(seen) == len(set(seen))
    assert all(len(page) <= limit for page in pages)
    expected = [i.id for i in sorted(items, key=lambda i: (i.created_at, i.id), reverse=True)]
    assert seen == expected


def test_likely_spam_paging_orders_by_probability_then_newest(store: ReviewStore) -> None:
    """order=likely_spam pages by spam_probability, descending, without skipping ties."""
    items = [item(n, probability=[0.9, 0.5, 0.9, 0.7, 0.5, 0.9][n],
                  at=T0 + timedelta(seconds=n % 2)) for n in range(6)]
    store.enqueue_many(items)
    pages = every_page(store, order="likely_spam", limit=2)
    seen = flat(pages)
    expected = sorted(items, key=lambda i: (i.spam_probability, i.created_at, i.id),
                      reverse=True)
    assert seen == [i.id for i in expected]


def test_paging_neither_repeats_nor_skips_while_new_leads_arrive(store: ReviewStore) -> None:
    """Leads queued after the first page do not shift the later pages."""
    old = [item(n, at=T0 + timedelta(minutes=n)) for n in range(5)]
    store.enqueue_many(old)
    first, cursor = store.list(limit=2)
    store.enqueue_many([item(99, at=T0 + timedelta(hours=5))])
    rest: list[str] = []
    while cursor is not None:
        page, cursor = store.list(limit=2, cursor=cursor)
        rest += [review["id"] for review in page]
    assert [r["id"] for r in first] + rest == [i.id for i in reversed(old)]


@pytest.mark.parametrize(("query", "field"), [
    ({"cursor": "not-a-cursor!"}, "cursor"),
    ({"cursor": "WyJuZXdlc3QiXQ"}, "cursor"),  # ["newest"] with no key
    ({"cursor": "WyJuZXdlc3QiLCJ4IiwicnZfMSJd"}, "cursor"),  # ["newest","x","rv_1"]
    ({"status": "maybe"}, "status"),
    ({"order": "oldest"}, "order"),
    ({"limit": 0}, "limit"),
    ({"limit": 201}, "limit"),
    ({"since": datetime(2026, 1, 1)}, "since"),
])
def test_unusable_list_queries_name_the_parameter(store: ReviewStore, query: dict[str, Any],
                                                  field: str) -> None:
    """A bad filter, limit or cursor raises InvalidQuery naming it."""
    with pytest.raises(InvalidQuery) as raised:
        store.list(**query)
    assert raised.value.field == field


def test_a_cursor_only_continues_its_own_order(store: ReviewStore) -> None:
    """A newest-order cursor sent with order=likely_spam is refused, not misread."""
    store.enqueue_many([item(n) for n in range(3)])
    _, cursor = store.list(limit=1)
    assert cursor is not None
    with pytest.raises(InvalidQuery, match="order=newest"):
        store.list(limit=1, order="likely_spam", cursor=cursor)


def test_first_decision_wins_and_the_conflict_says_who_and_when(store: ReviewStore) -> None:
    """decide() records label, note and moderator; a second decide() raises Conflict."""
    review_id = store.enqueue({"email": "a@b.c"}, result())
    store.clock = lambda: T0
    decided = store.decide(review_id, "legit", "customer", "alice")
    assert decided["status"] == "legit"
    assert decided["decision"] == {"label": "legit", "note": "customer", "moderator": "alice",
                                   "decided_at": "2026-11-20T09:00:00Z"}
    with pytest.raises(Conflict) as raised:
        store.decide(review_id, "spam", None, "bob")
    assert raised.value.decision["moderator"] == "alice"
    assert "alice" in str(raised.value) and "2026-11-20T09:00:00Z" in str(raised.value)
    stored = store.get(review_id)
    assert stored is not None and stored["decision"]["moderator"] == "alice"


def test_concurrent_decisions_have_exactly_one_winner(store: ReviewStore) -> None:
    """Eight moderators deciding one lead at once: one wins, seven get Conflict naming it."""
    review_id = store.enqueue({"email": "a@b.c"}, result())
    start = threading.Barrier(8)
    outcomes: list[str] = []

    def moderator(name: str) -> None:
        start.wait()
        try:
            store.decide(review_id, "spam", None, name)
            outcomes.append("won:" + name)
        except Conflict as conflict:
            outcomes.append("lost:" + conflict.decision["moderator"])

    threads = [threading.Thread(target=moderator, args=(f"m{n}",)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [o for o in outcomes if o.startswith("won:")]
    assert len(winners) == 1
    winner = winners[0].removeprefix("won:")
    assert sorted(outcomes) == sorted([f"won:{winner}"] + [f"lost:{winner}"] * 7)


def test_deciding_an_unknown_review_raises_not_found(store: ReviewStore) -> None:
    """decide() on an id nobody issued raises ReviewNotFound, not Conflict."""
    with pytest.raises(ReviewNotFound):
        store.decide("rv_nope", "spam", None, "alice")


def test_feedback_matches_reviews_by_lead_id_keeping_its_type(store: ReviewStore) -> None:
    """Feedback for lead_id 7 matches the review of 7, not of "7"; unknown ids match none."""
    as_int = store.enqueue({"email": "a@b.c", "lead_id": 7}, result())
    as_text = store.enqueue({"email": "a@b.c", "lead_id": "7"}, result())
    assert store.feedback(7, "converted", "crm")["review_ids"] == [as_int]
    assert store.feedback("7", "spam", "crm")["review_ids"] == [as_text]
    recorded = store.feedback("never-seen", "legit", "crm")
    assert recorded["review_ids"] == []
    assert (recorded["label"], recorded["source"]) == ("legit", "crm")


def test_long_lead_ids_are_matched_too(store: ReviewStore) -> None:
    """A lead_id longer than the indexed key is matched through its digest."""
    long_id = "crm-" + "x" * 5000
    review_id = store.enqueue({"email": "a@b.c", "lead_id": long_id}, result())
    assert store.feedback(long_id, "spam", "crm")["review_ids"] == [review_id]


def test_labelled_gives_fields_and_the_strongest_label(store: ReviewStore) -> None:
    """Training labels: converted beats everything, then pipeline feedback, then moderators;
    undecided leads without feedback are left out; feedback with fields stands alone."""
    decided = store.enqueue({"email": "d@x.com", "lead_id": "d"}, result())
    overruled = store.enqueue({"email": "o@x.com", "lead_id": "o"}, result())
    store.enqueue({"email": "c@x.com", "lead_id": "c"}, result())
    store.enqueue({"email": "p@x.com", "lead_id": "p"}, result())  # pending, no feedback
    store.decide(decided, "spam", None, "alice")
    store.decide(overruled, "spam", None, "alice")
    store.feedback("o", "legit", "crm")
    store.feedback("c", "converted", "crm")
    store.feedback("c", "spam", "crm")
    store.feedback("n", "spam", "crm", lead_fields={"email": "n@x.com", "lead_id": "n"})
    store.feedback("bare", "spam", "crm")
    assert sorted((fields["email"], label) for fields, label in store.labelled()) == [
        ("c@x.com", "legit"), ("d@x.com", "spam"), ("n@x.com", "spam"), ("o@x.com", "legit")]


def test_purge_deletes_only_what_is_older_than_the_retention(store: ReviewStore) -> None:
    """purge(30) removes reviews (with their codes) and feedback older than 30 days."""
    store.clock = lambda: T0 - timedelta(days=31)
    store.feedback("old", "spam", "crm")
    store.clock = lambda: T0
    old = item("old", "email.disposable", at=T0 - timedelta(days=31))
    recent = item("new", "email.disposable", at=T0 - timedelta(days=29))
    store.enqueue_many([old, recent])
    store.feedback("new", "legit", "crm")
    assert store.purge(30) == 2
    assert store.get(old.id) is None and store.get(recent.id) is not None
    assert [r["id"] for r in store.list(code="email.disposable")[0]] == [recent.id]
    assert store.purge(30) == 0
    with pytest.raises(InvalidQuery):
        store.purge(-1)


def test_stats_count_flagged_per_day_by_code_and_the_overturn_share(store: ReviewStore) -> None:
    """Per UTC day: flagged, decided spam/legit, pending and codes; overturn = legit/decided."""
    store.clock = lambda: T0 + timedelta(hours=3)
    yesterday = [item(n, "email.disposable", at=T0 - timedelta(hours=10)) for n in range(2)]
    today = [item(10, "email.gibberish", "name.gibberish", at=T0),
             item(11, "email.gibberish", at=T0 + timedelta(hours=1))]
    ancient = item(20, "email.disposable", at=T0 - timedelta(days=40))
    store.enqueue_many([*yesterday, *today, ancient])
    store.decide(yesterday[0].id, "spam", None, "alice")
    store.decide(today[0].id, "legit", None, "alice")
    store.decide(today[1].id, "legit", None, "bob")
    stats = store.stats(days=2)
    assert (stats["since"], stats["until"]) == ("2026-11-19", "2026-11-20")
    assert stats["days"] == [
        {"day": "2026-11-19", "flagged": 2, "spam": 1, "legit": 0, "pending": 1,
         "codes": {"email.disposable": 2}},
        {"day": "2026-11-20", "flagged": 2, "spam": 0, "legit": 2, "pending": 0,
         "codes": {"email.gibberish": 2, "name.gibberish": 1}},
    ]
    assert (stats["flagged"], stats["decided"], stats["legit"]) == (4, 3, 2)
    assert stats["by_code"] == {"email.disposable": 2, "email.gibberish": 2,
                                "name.gibberish": 1}
    assert stats["overturn_share"] == round(2 / 3, 4)


def test_stats_of_an_empty_window_have_no_overturn_share(store: ReviewStore) -> None:
    """Without decisions the share is None, not a division by zero."""
    stats = store.stats(days=7)
    assert len(stats["days"]) == 7 and stats["flagged"] == 0
    assert stats["overturn_share"] is None


def test_migrations_reach_head_and_match_the_models(store: ReviewStore) -> None:
    """After upgrade the schema is at head and Alembic sees no difference from the models."""
    assert current_revision(store.engine) == head_revision()
    store.upgrade()
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_database_url_defaults_to_sqlite_under_the_data_directory(tmp_path: Path) -> None:
    """No URL: a SQLite file in the (created) data directory."""
    url = database_url(None, tmp_path / "data")
    assert url.drivername == "sqlite"
    assert url.database == str(tmp_path / "data" / "leadguard.sqlite3")
    assert (tmp_path / "data").is_dir()


@pytest.mark.parametrize("given", ["postgresql://u:p@db/leadguard", "postgres://u:p@db/leadguard"])
def test_postgresql_urls_use_psycopg_3(given: str, tmp_path: Path) -> None:
    """The contract's postgresql:// URL is served by the psycopg (3) driver."""
    url = database_url(given, tmp_path)
    assert url.drivername == "postgresql+psycopg"
    assert (url.host, url.database, url.password) == ("db", "leadguard", "p")


@pytest.mark.parametrize("given", ["not a url", "nosuchdb://x/y"])
def test_unusable_database_urls_are_config_errors_without_the_password(
        given: str, tmp_path: Path) -> None:
    """A URL the service cannot use stops start-up with a ConfigError."""
    with pytest.raises(ConfigError, match="LEADGUARD_DATABASE_URL"):
        ReviewStore.from_settings(given, tmp_path)


def test_config_error_hides_the_password(tmp_path: Path) -> None:
    """The message of an unusable URL never contains its password."""
    with pytest.raises(ConfigError) as raised:
        ReviewStore.from_settings("nosuchdb://user:hunter2@host/db", tmp_path)
    assert "hunter2" not in str(raised.value)
