"""When the review store is down: screening goes on, flagged leads wait on disk, none is lost."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.engine import make_url

from leadguard.app import close_app
from leadguard.store import Intake, QueueItem, ReviewStore
from leadguard.store.spool import Spool
from tests import postgres
from tests.tcpproxy import TcpProxy
from tests.test_openapi import validator

FLAGGED = {"email": "x@mailinator.com", "first_name": "Annabelle", "last_name": "Quixote",
           "message": "buy backlinks"}
PERSONAL = ("mailinator", "Annabelle", "Quixote", "backlinks")
DRAIN_TIMEOUT = 30.0


@pytest.fixture
def proxy(postgres_url: str) -> Iterator[TcpProxy]:
    """A switchable path to the real PostgreSQL server."""
    url = make_url(postgres_url)
    with TcpProxy((url.host or "127.0.0.1", url.port or 5432)) as running:
        yield running


def proxied_url(postgres_url: str, proxy: TcpProxy) -> str:
    return make_url(postgres_url).set(port=proxy.port).render_as_string(hide_password=False)


def screen_flagged(client: FlaskClient, count: int, prefix: str = "lead") -> list[Any]:
    """Screen `count` flagged leads, one by one; their answers' review_ids."""
    ids = []
    for n in range(count):
        response = client.post("/v1/screen", json={**FLAGGED, "lead_id": f"{prefix}-{n}"})
        assert response.status_code == 200
        ids.append(response.get_json()["review_id"])
    return ids


def stored_lead_ids(store: ReviewStore) -> list[str]:
    return sorted(review["lead_id"] for review in store.list(status=None, limit=200)[0])


def intake_of(app: Flask) -> Intake:
    intake: Intake = app.extensions["leadguard.intake"]
    return intake


def test_unreachable_store_spools_flagged_leads_and_answers_with_null_review_id(
        make_app: Any, tmp_path: Path) -> None:
    """Connection refused: 200 with review_id null, the lead on the spool in DATA_DIR."""
    app = make_app(DATABASE_URL="postgresql://nobody@127.0.0.1:9/none")
    ids = screen_flagged(app.test_client(), 2)
    assert ids == [None, None]
    files = sorted((tmp_path / "spool").glob("*.jsonl"))
    assert len(files) == 2
    entry = json.loads(files[0].read_text().splitlines()[0])
    assert entry["lead"]["lead_id"] == "lead-0" and entry["id"].startswith("rv_")
    assert intake_of(app).spool.size() == 2


def test_readyz_stays_ready_but_reports_the_store_and_the_spool(make_app: Any) -> None:
    """/readyz: 200 and ready, store ok false with the spooled count, and a warning."""
    app = make_app(DATABASE_URL="postgresql://nobody@127.0.0.1:9/none")
    client = app.test_client()
    screen_flagged(client, 3)
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["ready"] is True
    store = body["components"]["store"]
    assert (store["ok"], store["backend"], store["spooled"]) == (False, "postgresql", 3)
    assert "3 flagged lead(s)" in body["warnings"][0]


def test_readyz_and_metrics_while_the_store_is_down_are_documented_shapes(
        make_app: Any) -> None:
    """The degraded /readyz validates as Readiness; /metrics shows the store down and the
    spooled count."""
    client = make_app(DATABASE_URL="postgresql://nobody@127.0.0.1:9/none").test_client()
    screen_flagged(client, 2)
    document = client.get("/openapi.json").get_json()
    validator(document, "Readiness").validate(client.get("/readyz").get_json())
    metrics = client.get("/metrics").get_data(as_text=True)
    assert "leadguard_review_store_up 0.0" in metrics
    assert "leadguard_review_spool_leads 2.0" in metrics
    assert 'leadguard_review_queue_leads_total{outcome="spooled"} 2.0' in metrics


def test_readyz_reports_a_healthy_store_without_warnings(client: FlaskClient) -> None:
    """With the store up: store ok, nothing spooled, no warnings."""
    body = client.get("/readyz").get_json()
    assert body["components"]["store"] == {"ok": True, "backend": "sqlite", "spooled": 0}
    assert "warnings" not in body


def test_spooled_leads_are_written_once_the_store_is_back(
        make_app: Any, postgres_url: str, proxy: TcpProxy) -> None:
    """Store up, down, up: leads screened while it was down reach it; the spool empties."""
    app = make_app(DATABASE_URL=proxied_url(postgres_url, proxy), SPOOL_RETRY_SECONDS=0.05)
    client = app.test_client()
    intake = intake_of(app)
    before = screen_flagged(client, 1, "before")
    assert before[0] is not None
    proxy.down()
    during = screen_flagged(client, 3, "during")
    batch = client.post("/v1/screen/batch", json={"leads": [
        {**FLAGGED, "lead_id": "batch-0"}, {"email": "jane@gmail.com", "lead_id": "ok"}]})
    assert [r["review_id"] for r in batch.get_json()["results"]] == [None, None]
    assert during == [None] * 3
    assert intake.spool.size() == 4 and not intake.available
    proxy.up()
    assert intake.wait_drained(DRAIN_TIMEOUT)
    assert intake.spool.size() == 0 and intake.available
    assert stored_lead_ids(intake.store) == [
        "batch-0", "before-0", "during-0", "during-1", "during-2"]
    assert client.get("/readyz").get_json()["components"]["store"]["ok"] is True
    assert screen_flagged(client, 1, "after")[0] is not None


def test_a_restarted_process_replays_the_spool(make_app: Any, tmp_path: Path,
                                               postgres_url: str) -> None:
    """Leads spooled by a process that ended are written by the next one at start."""
    down = make_app(DATABASE_URL="postgresql://nobody@127.0.0.1:9/none")
    screen_flagged(down.test_client(), 2)
    close_app(down)
    up = make_app(DATABASE_URL=postgres_url, SPOOL_RETRY_SECONDS=0.05)
    intake = intake_of(up)
    assert intake.wait_drained(DRAIN_TIMEOUT)
    assert stored_lead_ids(intake.store) == ["lead-0", "lead-1"]
    assert not list((tmp_path / "spool").glob("*.jsonl"))


def test_a_file_drained_twice_stores_its_leads_once(tmp_path: Path,
                                                    database_url: str) -> None:
    """A crash between storing and removing a spool file: the replay adds no duplicate."""
    store = ReviewStore.from_settings(database_url, tmp_path)
    spool = Spool(tmp_path / "spool")
    item = QueueItem.of({"email": "a@b.c", "lead_id": 1}, {
        "verdict": "reject", "spam_probability": 0.9, "score_adjustment": -80,
        "adjustments": [{"code": "email.disposable", "points": -80, "field": "email",
                         "reason": "r"}], "versions": {}})
    spool.write([item])
    store.enqueue_many([item])  # stored, but the process died before removing the file
    intake = Intake(store, spool, retry_interval=0.05)
    try:
        assert intake.drain() is True
        assert [r["id"] for r in store.list(status=None)[0]] == [item.id]
        assert spool.files() == []
    finally:
        intake.close()


def test_an_unreadable_spool_file_is_set_aside(tmp_path: Path, caplog: Any) -> None:
    """A corrupt file moves to spool/failed/ with an error; the others are still drained."""
    store = ReviewStore.from_settings(None, tmp_path)
    spool = Spool(tmp_path / "spool")
    spool.write([QueueItem.of({"email": "a@b.c"}, {
        "verdict": "reject", "spam_probability": 0.9, "score_adjustment": -80,
        "adjustments": [], "versions": {}})])
    (tmp_path / "spool" / "00000000000000000000-bad-1.jsonl").write_text("{not json\n")
    intake = Intake(store, spool, retry_interval=0.05)
    try:
        with caplog.at_level(logging.ERROR, logger="leadguard.store"):
            assert intake.drain() is True
        assert [path.name for path in spool.failed.iterdir()] == [
            "00000000000000000000-bad-1.jsonl"]
        assert spool.files() == []
        assert len(store.list(status=None)[0]) == 1
        assert "unreadable" in caplog.text
    finally:
        intake.close()


def test_logs_name_counts_and_ids_but_no_lead_content(
        make_app: Any, postgres_url: str, proxy: TcpProxy, caplog: Any) -> None:
    """Going down, spooling and draining are logged without emails, names or messages."""
    app = make_app(DATABASE_URL=proxied_url(postgres_url, proxy), SPOOL_RETRY_SECONDS=0.05)
    with caplog.at_level(logging.DEBUG):
        proxy.down()
        screen_flagged(app.test_client(), 2)
        proxy.up()
        assert intake_of(app).wait_drained(DRAIN_TIMEOUT)
    assert caplog.text.count("spooled 1 flagged lead(s)") == 2
    assert caplog.text.count("wrote 1 spooled lead(s)") == 2
    for word in PERSONAL:
        assert word not in caplog.text


@pytest.mark.slow
def test_stopping_and_restarting_postgresql_loses_no_flagged_lead(
        make_app: Any, tmp_path: Path, postgres_database: str) -> None:
    """The real server stops: screening answers, leads spool, a process restarts, the server
    comes back, and every flagged lead is in the store."""
    with postgres.server_in_use(exclusive=True):
        postgres.truncate_store(postgres_database)
        first = make_app(DATABASE_URL=postgres_database, SPOOL_RETRY_SECONDS=0.1)
        client = first.test_client()
        try:
            assert screen_flagged(client, 1, "before")[0] is not None
            postgres.stop_server()
            assert screen_flagged(client, 3, "down") == [None] * 3
            ready = client.get("/readyz")
            assert ready.status_code == 200
            assert ready.get_json()["components"]["store"]["spooled"] == 3
            close_app(first)  # the process ends while the server is still down
            second = make_app(DATABASE_URL=postgres_database, SPOOL_RETRY_SECONDS=0.1)
            assert screen_flagged(second.test_client(), 2, "restarted") == [None] * 2
        finally:
            postgres.ensure_server_running()
        intake = intake_of(second)
        assert intake.wait_drained(DRAIN_TIMEOUT)
        assert stored_lead_ids(intake.store) == [
            "before-0", "down-0", "down-1", "down-2", "restarted-0", "restarted-1"]
        assert not list((tmp_path / "spool").glob("*.jsonl"))
