"""`leadguard rescore`: stored leads replayed under a candidate policy or model, DNS answered
from the stored result, verdict changes counted, and nothing written to the store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from leadguard.cli import main
from leadguard.store import ReviewStore

# free mail -10 + gibberish company -15: review. With free mail at -60, or too fast at 5 s,
# reject.
GMAIL_REVIEW = [{"email": f"{name}.lee@gmail.com", "first_name": name.title(),
                 "last_name": "Lee", "company": company, "job_title": "Marketing Manager",
                 "elapsed_ms": 3000}
                for name, company in (("anna", "Xkqzvwtrp"), ("ben", "Qwrtzplkx"),
                                      ("carla", "Zxcvbnmqw"), ("dev", "Jjkhgfdsq"))]
REJECTED = [{"email": "x@mailinator.com"},                   # email.disposable
            {"email": "jane@no-such-company-xyz.com"},       # email.no_mx (nxdomain)
            {"email": "jane@acme-corp.com", "honeypot": "y"}]  # form.honeypot


@pytest.fixture(autouse=True)
def _current_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Nothing from the developer's environment: the bundled policy and model."""
    for name in ("LEADGUARD_MODEL", "LEADGUARD_POLICY", "LEADGUARD_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LEADGUARD_DATA_DIR", str(tmp_path))


@pytest.fixture
def stored(make_app: Any, database_url: str) -> dict[str, Any]:
    """A store filled by real screening calls: four gmail leads in review, three rejects."""
    app: Flask = make_app(DATABASE_URL=database_url)
    client = app.test_client()
    results = [client.post("/v1/screen", json=lead).get_json()
               for lead in GMAIL_REVIEW + REJECTED]
    assert [r["verdict"] for r in results] == ["review"] * 4 + ["reject"] * 3, results
    assert results[5]["email"]["mx"] == "nxdomain"
    return {"url": database_url, "data_dir": Path(app.config["DATA_DIR"]),
            "gmail_ids": [r["review_id"] for r in results[:4]]}


def rescore(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["rescore", "--json", *args]) == 0
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    return report


def policy_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "candidate.toml"
    path.write_text(text, "utf-8")
    return str(path)


def test_same_policy_and_model_change_nothing_and_reproduce_the_stored_verdicts(
        stored: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    """With the current policy and model every verdict stays, and the replay (stored MX status
    included) gives each lead the verdict it was stored with."""
    report = rescore(capsys, "--database-url", stored["url"])
    assert report["leads"] == 7 and report["changed"] == 0
    assert report["matrix"]["review"]["review"] == 4
    assert report["matrix"]["reject"]["reject"] == 3
    assert report["stored_not_reproduced"] == 0
    assert report["codes"] == {"added": {}, "removed": {}} and report["examples"] == {}


def test_heavier_free_mail_points_turn_gmail_reviews_into_rejects(
        stored: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A policy with email.free_provider at -60 moves the four gmail leads review -> reject,
    names some of them, and leaves the rejects alone."""
    candidate = policy_file(tmp_path, '[codes."email.free_provider"]\npoints = -60\n')
    report = rescore(capsys, "--database-url", stored["url"], "--policy", candidate)
    assert report["changed"] == 4
    assert report["matrix"]["review"]["reject"] == 4
    assert report["matrix"]["reject"]["reject"] == 3
    assert report["examples"]["review -> reject"] == stored["gmail_ids"][::-1][:3]
    assert report["candidate"]["policy"] != report["baseline"]["policy"]


def test_a_new_threshold_is_reported_as_the_code_it_adds(
        stored: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Raising form.too_fast_ms to 5 s adds form.too_fast to the leads filled in 3 s, and the
    readable table says so; the store is left exactly as it was."""
    store = ReviewStore.from_settings(stored["url"], stored["data_dir"])
    before = store.list(status=None, limit=50)
    candidate = policy_file(tmp_path, "[form]\ntoo_fast_ms = 5000\n")
    assert main(["rescore", "--database-url", stored["url"], "--policy", candidate]) == 0
    table = capsys.readouterr().out
    assert "4 verdict(s) would change" in table
    assert any(line.split()[:3] == ["form.too_fast", "4", "0"] for line in table.splitlines())
    assert "review -> reject" in table
    assert store.list(status=None, limit=50) == before
    store.close()


def test_status_and_limit_choose_the_leads_replayed(
        stored: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    """--status pending and --limit N replay only those stored reviews."""
    assert rescore(capsys, "--database-url", stored["url"], "--limit", "2")["leads"] == 2
    assert rescore(capsys, "--database-url", stored["url"], "--status", "legit")["leads"] == 0
    assert rescore(capsys, "--database-url", stored["url"], "--status", "pending")["leads"] == 7


def test_history_dependent_signals_are_carried_over_from_the_stored_result(
        make_app: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A lead sent to review only by form.velocity (the same email again and again) keeps
    that signal in the replay, which cannot count the earlier submissions."""
    database_url = f"sqlite:///{tmp_path}/store.sqlite3"
    client = make_app(DATABASE_URL=database_url).test_client()
    lead = {"email": "eve.lee@gmail.com", "first_name": "Eve", "last_name": "Lee"}
    results = [client.post("/v1/screen", json=lead).get_json() for _ in range(4)]
    flagged = [r for r in results if r["review_id"]]
    assert len(flagged) == 1
    assert {a["code"] for a in flagged[0]["adjustments"]} == {"email.free_provider",
                                                              "form.velocity"}
    report = rescore(capsys, "--database-url", database_url)
    assert report["leads"] == 1 and report["matrix"]["review"]["review"] == 1
    assert report["stored_not_reproduced"] == 0


def test_an_unusable_candidate_model_is_refused_with_its_reason(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--model naming a directory without a model exits 2 with the model error, not a trace."""
    assert main(["rescore", "--model", str(tmp_path / "nothing"), "--database-url",
                 f"sqlite:///{tmp_path}/s.sqlite3"]) == 2
    assert "no classifier metadata" in capsys.readouterr().err
