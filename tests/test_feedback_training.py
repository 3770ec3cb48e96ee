"""`leadguard train --with-feedback`: the review store's labels join the training leads (never
the held-out ones), the new model is written beside the current one, and both are compared on
the same held-out leads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from leadguard.checks import default_checks
from leadguard.cli import main
from leadguard.lead import parse_lead
from leadguard.model.corpus import Example, read_corpus, run_checks, screening_for
from leadguard.model.evaluate import comparison_table
from leadguard.model.feedback import feedback_examples, recorded_mx
from leadguard.model.predictor import SpamModel
from leadguard.model.train import train
from leadguard.policy import load_policy
from leadguard.store import ReviewStore
from leadguard.wordlists import load_wordlists
from tests.test_model import CORPUS, _sample

NAMES = [("Maria", "Lopez"), ("Ahmed", "Khan"), ("Sofia", "Rossi"), ("Jonas", "Berg"),
         ("Chen", "Wei"), ("Olga", "Ivanova"), ("Peter", "Novak"), ("Grace", "Okafor"),
         ("Lucas", "Martin"), ("Emma", "Schulz"), ("Diego", "Santos"), ("Hana", "Sato"),
         ("Liam", "Walsh"), ("Nora", "Lind"), ("Omar", "Haddad"), ("Paula", "Costa"),
         ("Ravi", "Iyer"), ("Sara", "Cohen"), ("Tom", "Baker"), ("Vera", "Horvat")]
# A joke title: the leads go to review (free mail -10, implausible title -20), and the
# moderators know these senders are real.
TITLE = "CEO of Myself"


def moderators_legit_lead(first: str, last: str, n: int) -> dict[str, Any]:
    return {"email": f"{first.lower()}.{last.lower()}@gmail.com", "first_name": first,
            "last_name": last, "job_title": TITLE, "company": f"{last} Consulting",
            "message": "Could we get a quote for our team?", "lead_id": f"fb-{n}"}


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """25 train and 10 held-out leads per category, from the bundled corpus."""
    folder = tmp_path_factory.mktemp("corpus")
    paths = {"train": folder / "train.jsonl", "heldout": folder / "heldout.jsonl"}
    paths["train"].write_text("\n".join(_sample(CORPUS / "train.jsonl", 25)) + "\n", "utf-8")
    paths["heldout"].write_text("\n".join(_sample(CORPUS / "heldout.jsonl", 10)) + "\n",
                                "utf-8")
    return paths


@pytest.fixture(autouse=True)
def _current_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Nothing from the developer's environment: the bundled policy, data under tmp_path."""
    for name in ("LEADGUARD_MODEL", "LEADGUARD_POLICY", "LEADGUARD_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LEADGUARD_DATA_DIR", str(tmp_path))


def decide_queue(app: Flask, leads: list[dict[str, Any]], label: str) -> list[str]:
    """Screen each lead through the API and decide its review via POST .../decision."""
    client: FlaskClient = app.test_client()
    ids = []
    for lead in leads:
        result = client.post("/v1/screen", json=lead).get_json()
        assert result["verdict"] in ("review", "reject"), result
        response = client.post(f"/v1/reviews/{result['review_id']}/decision",
                               json={"label": label, "note": "checked by hand"})
        assert response.status_code == 200, response.get_json()
        ids.append(result["review_id"])
    return ids


def probability(model: SpamModel, fields: dict[str, Any]) -> float:
    policy = load_policy()
    checks = default_checks(policy, load_wordlists())
    screening = screening_for(Example(parse_lead(fields), "legit", "probe", "", "found"))
    return model(screening, run_checks(screening, checks))


def test_recorded_mx_reads_the_problem_back_from_the_stored_adjustments() -> None:
    """email.no_mx gives its status back (nxdomain, null MX, missing); no such code is found."""
    def no_mx(problem: str) -> list[dict[str, Any]]:
        return [{"code": "email.no_mx", "reason": f"x.com cannot receive mail: {problem}"}]

    assert recorded_mx(no_mx("the domain does not exist")) == "nxdomain"
    assert recorded_mx(no_mx("the domain publishes a null MX record, refusing all mail")) \
        == "null_mx"
    assert recorded_mx(no_mx("the domain has neither an MX nor an address record")) == "missing"
    assert recorded_mx([{"code": "email.free_provider", "reason": "gmail.com is free"}]) == "found"


def test_store_labels_become_feedback_examples(make_app: Any, database_url: str) -> None:
    """Decided reviews and pipeline feedback with fields are examples of category "feedback",
    each with the MX status its stored result implies; pending reviews are not."""
    app = make_app(DATABASE_URL=database_url)
    client = app.test_client()
    decide_queue(app, [moderators_legit_lead("Maria", "Lopez", 1)], "legit")
    decide_queue(app, [{"email": "x@no-such-company-xyz.com", "lead_id": "nx"}], "spam")
    client.post("/v1/screen", json={"email": "pending@mailinator.com"})
    response = client.post("/v1/feedback", json={
        "lead_id": "never-queued", "label": "spam",
        "lead": {"email": "buy.links@acme-corp.com", "message": "cheap backlinks"}})
    assert response.status_code == 201, response.get_json()

    store = ReviewStore.from_settings(database_url, Path(app.config["DATA_DIR"]))
    try:
        examples, skipped = feedback_examples(store)
    finally:
        store.close()
    by_email = {example.lead.email: example for example in examples}
    assert skipped == 0
    assert set(by_email) == {"maria.lopez@gmail.com", "x@no-such-company-xyz.com",
                             "buy.links@acme-corp.com"}
    assert {example.category for example in examples} == {"feedback"}
    assert by_email["maria.lopez@gmail.com"].label == "legit"
    assert by_email["x@no-such-company-xyz.com"].mx == "nxdomain"
    assert by_email["buy.links@acme-corp.com"].mx == "found"


def test_decisions_change_the_next_trained_model(
        make_app: Any, tmp_path: Path, small_corpus: dict[str, Path],
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Leads moderators marked legit are trained on (hash and counts in the metadata), a lead
    like them scores lower than with the model trained without them, and the report shows
    the current and the new model side by side on the same held-out leads."""
    database_url = f"sqlite:///{tmp_path}/store.sqlite3"
    app = make_app(DATABASE_URL=database_url)
    legit = [moderators_legit_lead(first, last, n) for n, (first, last) in enumerate(NAMES)]
    decide_queue(app, legit, "legit")
    decide_queue(app, [{"email": f"win{n}@mailinator.com"} for n in range(3)], "spam")

    current = tmp_path / "current"
    current_meta = train([small_corpus["train"]], current,
                         heldout_paths=[small_corpus["heldout"]])
    monkeypatch.setenv("LEADGUARD_MODEL", str(current))
    new = tmp_path / "new"
    assert main(["train", "--with-feedback", "--database-url", database_url,
                 "--data", str(small_corpus["train"]), "--heldout", str(small_corpus["heldout"]),
                 "--out", str(new)]) == 0
    output = capsys.readouterr().out

    meta = json.loads((new / "metadata.json").read_text("utf-8"))
    data = meta["training_data"]
    assert data["feedback"]["leads"] == len(NAMES) + 3
    assert data["feedback"]["labels"] == {"legit": len(NAMES), "spam": 3}
    assert data["categories"]["legit"]["feedback"] == len(NAMES)
    assert data["corpus_sha256"] == current_meta["training_data"]["sha256"]
    assert data["sha256"] != data["corpus_sha256"]
    assert meta["version"] != current_meta["version"]
    heldout, _ = read_corpus([small_corpus["heldout"]])
    assert meta["heldout"]["leads"] == len(heldout)  # feedback never joins the held-out leads

    probe = {"email": "nina.petrova@gmail.com", "first_name": "Nina", "last_name": "Petrova",
             "job_title": TITLE, "company": "Petrova Consulting",
             "message": "Could we get a quote for our team?"}
    before = probability(SpamModel(current), probe)
    after = probability(SpamModel(new), probe)
    assert after < before, (before, after)

    assert f"current: {current_meta['version']}" in output
    assert f"new:     {meta['version']}" in output
    assert "false-positive rate" in output and "figure(s) got worse" in output
    assert f"LEADGUARD_MODEL={new.resolve()}" in output


def test_without_out_the_model_goes_to_a_new_versioned_directory(
        make_app: Any, tmp_path: Path, small_corpus: dict[str, Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    """--with-feedback without --out writes <data dir>/models/<version>, never the bundled
    model's directory."""
    database_url = f"sqlite:///{tmp_path}/store.sqlite3"
    decide_queue(make_app(DATABASE_URL=database_url),
                 [moderators_legit_lead("Ahmed", "Khan", 1)], "legit")
    assert main(["train", "--with-feedback", "--database-url", database_url, "--no-heldout",
                 "--data", str(small_corpus["train"])]) == 0
    written = list((tmp_path / "models").iterdir())
    assert len(written) == 1 and not written[0].name.startswith(".")
    meta = json.loads((written[0] / "metadata.json").read_text("utf-8"))
    assert written[0].name == meta["version"]
    assert str(written[0]) in capsys.readouterr().out


def test_an_empty_store_is_refused_with_what_to_do(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No decisions yet: nothing is trained, and the message says to decide reviews first."""
    assert main(["train", "--with-feedback", "--database-url",
                 f"sqlite:///{tmp_path}/empty.sqlite3", "--no-heldout"]) == 1
    assert "decide some reviews first" in capsys.readouterr().err
    assert not (tmp_path / "models").exists()


def test_comparison_marks_every_figure_that_got_worse() -> None:
    """A spam group caught less, a legit group flagged more and a lower precision are each
    marked "worse"; improvements are not."""
    def summary(spam_rate: float, legit_rate: float, precision: float) -> dict[str, Any]:
        return {"categories": [
                    {"label": "spam", "category": "bot_name", "leads": 10, "rate": spam_rate},
                    {"label": "legit", "category": "staff", "leads": 10, "rate": legit_rate}],
                "pipeline": {"precision": precision, "recall": 0.9, "false_positive_rate": 0.01},
                "model_alone": {"precision": 0.9, "recall": 0.8, "false_positive_rate": 0.02,
                                "average_precision": 0.95}}

    table = comparison_table(summary(0.9, 0.0, 0.99), summary(0.8, 0.1, 0.98),
                             current_name="old", new_name="new")
    worse = [line for line in table.splitlines() if line.endswith("worse")]
    assert [line.split()[0] for line in worse] == ["legit", "spam", "precision"]
    assert "3 figure(s) got worse" in table
    better = comparison_table(summary(0.8, 0.1, 0.98), summary(0.9, 0.0, 0.99),
                              current_name="old", new_name="new")
    assert "0 figure(s) got worse" in better
