"""`leadguard purge` and `leadguard db upgrade`, run in-process as an operator runs them."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from leadguard.cli import main
from leadguard.config import SETTINGS
from leadguard.store import QueueItem, ReviewStore
from leadguard.store.database import current_revision, head_revision


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No settings from the shell; a scratch data directory."""
    for setting in SETTINGS:
        monkeypatch.delenv(setting.env, raising=False)
    monkeypatch.setenv("LEADGUARD_DATA_DIR", str(tmp_path))


def _queue(store: ReviewStore, lead_id: str, age_days: int) -> str:
    item = QueueItem.of({"email": "a@b.c", "lead_id": lead_id}, {
        "verdict": "reject", "spam_probability": 0.9, "score_adjustment": -80,
        "adjustments": [], "versions": {}})
    aged = dataclasses.replace(item, created_at=datetime.now(UTC) - timedelta(days=age_days))
    store.enqueue_many([aged])
    return aged.id


@pytest.fixture
def store(database_url: str, monkeypatch: pytest.MonkeyPatch,
          tmp_path: Path) -> ReviewStore:
    """The store the commands will open, on each backend, with leads 10, 40 and 100 days old."""
    monkeypatch.setenv("LEADGUARD_DATABASE_URL", database_url)
    opened = ReviewStore.from_settings(database_url, tmp_path)
    for lead_id, age in (("young", 10), ("middle", 40), ("old", 100)):
        _queue(opened, lead_id, age)
    return opened


def _left(store: ReviewStore) -> list[str]:
    return sorted(review["lead_id"] for review in store.list(status=None)[0])


def test_purge_uses_the_retention_setting(store: ReviewStore, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """`leadguard purge` deletes what is older than LEADGUARD_RETENTION_DAYS."""
    monkeypatch.setenv("LEADGUARD_RETENTION_DAYS", "30")
    try:
        assert main(["purge"]) == 0
        assert "purged 2 " in capsys.readouterr().out
        assert _left(store) == ["young"]
    finally:
        store.close()


def test_purge_default_retention_is_90_days(store: ReviewStore,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Without the setting, only leads older than 90 days go."""
    try:
        assert main(["purge"]) == 0
        assert _left(store) == ["middle", "young"]
    finally:
        store.close()


def test_purge_older_than_days_overrides_the_setting(
        store: ReviewStore, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """--older-than-days N wins over LEADGUARD_RETENTION_DAYS."""
    monkeypatch.setenv("LEADGUARD_RETENTION_DAYS", "30")
    try:
        assert main(["purge", "--older-than-days", "50"]) == 0
        assert _left(store) == ["middle", "young"]
    finally:
        store.close()


@pytest.mark.parametrize("days", ["-1", "ten", "1.5"])
def test_purge_refuses_a_bad_age(days: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A negative or non-integer age is a usage error (exit 2), and nothing is purged."""
    with pytest.raises(SystemExit) as raised:
        main(["purge", "--older-than-days", days])
    assert raised.value.code == 2
    assert "whole number of days" in capsys.readouterr().err


def test_bad_retention_setting_is_a_config_error(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """LEADGUARD_RETENTION_DAYS=0 exits 2 naming the variable."""
    monkeypatch.setenv("LEADGUARD_RETENTION_DAYS", "0")
    assert main(["purge"]) == 2
    assert "LEADGUARD_RETENTION_DAYS" in capsys.readouterr().err


def test_db_upgrade_migrates_a_new_database_to_head(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`leadguard db upgrade` creates the schema of the default SQLite store."""
    assert main(["db", "upgrade"]) == 0
    assert f"schema revision {head_revision()}" in capsys.readouterr().out
    store = ReviewStore.from_settings(None, tmp_path)
    try:
        assert current_revision(store.engine) == head_revision()
    finally:
        store.close()


@pytest.mark.parametrize("command", [["db", "upgrade"], ["purge"]])
def test_store_commands_exit_1_when_the_database_is_unreachable(
        command: list[str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Connection refused: exit 1 with a sentence, no traceback."""
    monkeypatch.setenv("LEADGUARD_DATABASE_URL", "postgresql://nobody@127.0.0.1:9/none")
    assert main(command) == 1
    err = capsys.readouterr().err
    assert "cannot be reached" in err and "Traceback" not in err
