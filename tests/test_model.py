"""The classifier: features, reproducible training, skops persistence, the fast scorer,
version checks, and the evaluation report with its figures."""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from leadguard.checks import default_checks
from leadguard.lead import Lead
from leadguard.model import persist
from leadguard.model.cli import add_commands
from leadguard.model.corpus import (
    CorpusError,
    Example,
    read_corpus,
    run_checks,
    screening_for,
)
from leadguard.model.evaluate import Bands, evaluate, verdict_for
from leadguard.model.features import TEXT_COLUMNS, FeatureSpec
from leadguard.model.predictor import SpamModel, bundled_model_dir, shared_model
from leadguard.model.train import feature_matrix, fingerprint, train
from leadguard.policy import load_policy
from leadguard.signals import Signal
from leadguard.wordlists import load_wordlists

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"


def _sample(path: Path, per_category: int) -> list[str]:
    """The first `per_category` lines of each category: a small corpus with every kind."""
    taken: dict[str, int] = {}
    lines = []
    for line in path.read_text("utf-8").splitlines():
        category = json.loads(line)["category"]
        if taken.get(category, 0) < per_category:
            taken[category] = taken.get(category, 0) + 1
            lines.append(line)
    return lines


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """40 train and 15 held-out leads per category, from the bundled corpus."""
    folder = tmp_path_factory.mktemp("corpus")
    paths = {"train": folder / "train.jsonl", "heldout": folder / "heldout.jsonl"}
    paths["train"].write_text("\n".join(_sample(CORPUS / "train.jsonl", 40)) + "\n", "utf-8")
    paths["heldout"].write_text("\n".join(_sample(CORPUS / "heldout.jsonl", 15)) + "\n",
                                "utf-8")
    return paths


@pytest.fixture(scope="module")
def small_model(small_corpus: dict[str, Path],
                tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model trained on the small corpus, with held-out metrics in its metadata."""
    out = tmp_path_factory.mktemp("model")
    train([small_corpus["train"]], out, heldout_paths=[small_corpus["heldout"]], folds=3)
    return out


@pytest.fixture(scope="module")
def bundled() -> SpamModel:
    model = SpamModel()
    model.load()
    return model


def _screen(model: SpamModel, **fields: Any) -> float:
    policy = load_policy()
    checks = default_checks(policy, load_wordlists())
    example = Example(lead=Lead(**fields), label="legit", category="x", source="", mx="found")
    screening = screening_for(example)
    return model(screening, run_checks(screening, checks))


# --- features -------------------------------------------------------------------------------


def test_feature_row_has_one_value_per_column() -> None:
    """A row lines up with the spec's columns: texts first, then floats."""
    spec = FeatureSpec.for_codes(load_policy().rules)
    example = Example(lead=Lead(email="jane.doe@acme.com", first_name="Jane", last_name="Doe"),
                      label="legit", category="x", source="", mx="found")
    row = spec.row(screening_for(example), [])
    assert len(row) == len(spec.columns)
    assert row[: len(TEXT_COLUMNS)][:4] == ["jane.doe", "cvcvpcvv", "jane doe", "Cvcv Cvv"]
    assert all(isinstance(value, float) for value in row[len(TEXT_COLUMNS):])


def test_feature_row_marks_signals_and_never_the_models_own() -> None:
    """Each policy code but model.spam_likely is a 0/1 column set by the signals present."""
    spec = FeatureSpec.for_codes(load_policy().rules)
    assert "signal.model.spam_likely" not in spec.columns
    example = Example(lead=Lead(email="x@y.com"), label="spam", category="x", source="",
                      mx="found")
    row = spec.row(screening_for(example), [Signal("form.honeypot", "honeypot")])
    assert row[spec.index("signal.form.honeypot")] == 1.0
    assert row[spec.index("signal.email.disposable")] == 0.0


def test_mx_status_is_one_hot_and_timeout_is_its_own_column() -> None:
    """The DNS answer enters as one of the MX statuses; a timeout is not 'missing'."""
    spec = FeatureSpec.for_codes(load_policy().rules)
    example = Example(lead=Lead(email="a@b.com"), label="legit", category="x", source="",
                      mx="timeout")
    row = spec.row(screening_for(example), [])
    assert row[spec.index("mx.timeout")] == 1.0
    assert row[spec.index("mx.missing")] == 0.0
    assert row[spec.index("mx.found")] == 0.0


def test_links_to_the_senders_own_site_are_not_foreign() -> None:
    """One link to your own domain is what inquiries do; other sites count as foreign links."""
    spec = FeatureSpec.for_codes(load_policy().rules)
    column = spec.index("message.foreign_links")

    def foreign(message: str) -> object:
        lead = Lead(email="jo@acme.com", website="https://www.acme-shop.com/", message=message)
        example = Example(lead=lead, label="legit", category="x", source="", mx="found")
        return spec.row(screening_for(example), [])[column]

    assert foreign("see https://acme.com/pricing and www.acme-shop.com") == 0.0
    assert foreign("cheap links http://seo-rank.xyz https://bit.ly/abc") > 0.0


# --- corpus ---------------------------------------------------------------------------------


def test_corpus_lines_must_carry_a_label(tmp_path: Path) -> None:
    """A corpus line without "label" is refused with the file and line in the message."""
    path = tmp_path / "bad.jsonl"
    path.write_text('{"email": "a@b.com", "label": "legit"}\n{"email": "c@d.com"}\n')
    with pytest.raises(CorpusError, match=r"bad.jsonl:2: .*label"):
        read_corpus([path])


def test_bundled_corpus_splits_come_from_different_sources() -> None:
    """Train and held-out leads share no source: names, titles, texts and generators differ."""
    def sources(name: str) -> set[str]:
        lines = (CORPUS / name).read_text("utf-8").splitlines()
        return {json.loads(line)["source"].split("+")[0] for line in lines}

    train_sources, heldout_sources = sources("train.jsonl"), sources("heldout.jsonl")
    assert not train_sources & heldout_sources
    assert any("faker" in s for s in train_sources)
    assert any("mimesis" in s for s in heldout_sources)


def test_writer_corpus_keeps_clear_of_the_held_out_and_blind_sets() -> None:
    """writers.jsonl shares no source with the held-out split, holds none of the generated bot
    names and mashes whose generator also made the later blind sets, and none of their texts."""
    def rows(path: Path) -> list[dict[str, Any]]:
        return [json.loads(line) for line in path.read_text("utf-8").splitlines()]

    writers = rows(CORPUS / "writers.jsonl")
    heldout_sources = {row["source"].split("+")[0] for row in rows(CORPUS / "heldout.jsonl")}
    assert not {row["source"].split("+")[0] for row in writers} & heldout_sources
    assert not {row["category"] for row in writers} & {"bot_name", "keyboard_mash"}
    trained = {row[key] for path in ("train.jsonl", "writers.jsonl")
               for row in rows(CORPUS / path) for key in ("message", "job_title") if key in row}
    # every blind set but the first, which the classifier trains on (data/blind/README.md)
    names = sorted(path.parent.name for path in CORPUS.parent.glob("blind*/blind.jsonl")
                   if path.parent.name != "blind")
    assert {"blind2", "blind12", "blind21"} <= set(names)
    for name in names:
        blind = rows(CORPUS.parent / name / "blind.jsonl")
        # The bots' one-line price question is the same sentence everywhere; a translation of
        # it may well come out word for word the same (data/blind2/README.md).
        price = {row["message"] for row in blind if row["category"] == "price_spam"}
        texts = {row[key] for row in blind for key in ("message", "job_title")
                 if key in row} - price
        # Titles ("Accountant") and short formulaic requests ("Graag een offerte voor 300
        # stuks.") come out the same from different writers; longer texts must not
        assert not {text for text in texts & trained if len(text) > 60}, name


# --- training and persistence ---------------------------------------------------------------


def test_training_is_reproducible(small_corpus: dict[str, Path], small_model: Path,
                                  tmp_path: Path) -> None:
    """The same corpus and seed give the same model file contents and the same predictions."""
    again = tmp_path / "again"
    train([small_corpus["train"]], again, folds=3)
    first, second = SpamModel(small_model), SpamModel(again)
    examples, _ = read_corpus([small_corpus["heldout"]])
    checks = default_checks(load_policy(), load_wordlists())
    matrix = feature_matrix(examples, first.spec, checks)
    assert np.array_equal(first.estimator.predict_proba(matrix),
                          second.estimator.predict_proba(matrix))
    assert first.metadata["training_data"]["sha256"] == second.metadata["training_data"]["sha256"]


def test_metadata_records_versions_data_hash_features_and_metrics(small_model: Path) -> None:
    """metadata.json names the libraries, the training data's sha256, features and metrics."""
    meta = json.loads((small_model / "metadata.json").read_text())
    assert set(meta["libraries"]) >= {"python", "scikit-learn", "numpy", "skops"}
    assert len(meta["training_data"]["sha256"]) == 64
    both = f"{meta['training_data']['sha256']}+{meta['fitted_sha256']}"
    assert meta["version"].endswith(hashlib.sha256(both.encode()).hexdigest()[:8])
    assert meta["fitted_sha256"] == fingerprint(SpamModel(small_model).estimator)
    assert meta["features"] == list(SpamModel(small_model).spec.columns)
    assert 0.0 <= meta["heldout"]["metrics"]["pipeline"]["recall"] <= 1.0


def test_persistence_round_trip_gives_the_same_probabilities(small_model: Path,
                                                             tmp_path: Path) -> None:
    """A loaded model saved again and reloaded predicts exactly what it did."""
    estimator, meta = persist.load(small_model)
    copy = tmp_path / "copy"
    persist.save(estimator, {k: v for k, v in meta.items() if k != "file_sha256"}, copy)
    reloaded, _ = persist.load(copy)
    spec = SpamModel(small_model).spec
    examples, _ = read_corpus([CORPUS / "heldout.jsonl"])
    matrix = feature_matrix(examples[:200], spec,
                            default_checks(load_policy(), load_wordlists()))
    assert np.array_equal(estimator.predict_proba(matrix), reloaded.predict_proba(matrix))


def test_a_model_from_another_sklearn_minor_is_refused_with_the_retrain_command(
        small_model: Path, tmp_path: Path) -> None:
    """Loading refuses a model whose scikit-learn major.minor differs and says to retrain."""
    copy = tmp_path / "old"
    shutil.copytree(small_model, copy)
    meta = json.loads((copy / "metadata.json").read_text())
    meta["libraries"]["scikit-learn"] = "1.0.2"
    (copy / "metadata.json").write_text(json.dumps(meta))
    with pytest.raises(persist.ModelError, match=r"scikit-learn 1\.0\.2.*leadguard train"):
        SpamModel(copy)


def test_a_changed_model_file_is_refused(small_model: Path, tmp_path: Path) -> None:
    """A model file whose sha256 differs from its metadata's is not loaded."""
    copy = tmp_path / "changed"
    shutil.copytree(small_model, copy)
    with (copy / "model.skops").open("ab") as file:
        file.write(b"\0")
    with pytest.raises(persist.ModelError, match="sha256"):
        SpamModel(copy).load()


def test_untrusted_types_are_refused_at_save(tmp_path: Path) -> None:
    """Saving an object with a type outside the trusted list fails and leaves no file."""
    from sklearn.preprocessing import FunctionTransformer

    with pytest.raises(persist.ModelError, match=r"trusted.*math\.sqrt"):
        persist.save(FunctionTransformer(func=math.sqrt), {"version": "x"}, tmp_path)
    assert not (tmp_path / "model.skops").exists()


# --- the bundled model ----------------------------------------------------------------------


def test_bundled_model_is_small_and_matches_the_installed_libraries() -> None:
    """The shipped model is under 5 MB and loads without retraining."""
    directory = bundled_model_dir()
    assert (directory / "model.skops").stat().st_size < 5 * 1024 * 1024
    assert SpamModel().version == json.loads((directory / "metadata.json").read_text())["version"]


def test_fast_scorer_equals_predict_proba(bundled: SpamModel) -> None:
    """The per-lead scorer gives scikit-learn's predict_proba to 1e-9."""
    examples, _ = read_corpus([CORPUS / "heldout.jsonl"])
    sample = examples[::40]
    matrix = feature_matrix(sample, bundled.spec,
                            default_checks(load_policy(), load_wordlists()))
    expected = bundled.estimator.predict_proba(matrix)[:, 1]
    fast = [bundled.probability_of_row(list(row)) for row in matrix]
    assert np.allclose(fast, expected, atol=1e-9, rtol=0)


@pytest.mark.parametrize("fields", [
    {"email": "asdfgh@gmail.com", "first_name": "asdf", "last_name": "qwer"},
    {"email": "xkqzvwtr@yahoo.com", "first_name": "Xkqzvw", "last_name": "Trplk"},
    {"email": "davidfug@mail.ru", "first_name": "Davidfug", "last_name": "DavidfugLM"},
    {"email": "mike.smith@gmail.com", "first_name": "Mike", "last_name": "Smith",
     "message": "Hello, we sell high quality dofollow backlinks and guest posts from DA 50+ "
                "sites. Cheap SEO packages: http://best-seo-links.xyz http://rank1.top"},
])
def test_spam_gets_a_high_probability(bundled: SpamModel, fields: dict[str, Any]) -> None:
    """Keyboard mashes, bot names and link-selling messages score as likely spam."""
    assert _screen(bundled, **fields) >= 0.9


@pytest.mark.parametrize("fields", [
    {"email": "jane.doe@acme.com", "first_name": "Jane", "last_name": "Doe",
     "company": "Acme Corp", "job_title": "VP Marketing",
     "message": "We'd like a demo for 40 seats.", "elapsed_ms": 30000},
    {"email": "przemyslaw.wojcik@firma.pl", "first_name": "Przemysław", "last_name": "Wójcik",
     "job_title": "Kierownik sprzedaży", "elapsed_ms": 52000},
    {"email": "xiaoqing.zhu@gmail.com", "first_name": "Xiaoqing", "last_name": "Zhu",
     "job_title": "Product Manager"},
    {"email": "jsmith1987@outlook.com", "full_name": "John Smith", "job_title": "Student"},
])
def test_real_people_get_a_low_probability(bundled: SpamModel, fields: dict[str, Any]) -> None:
    """Ordinary business leads, transliterated names and name+year mailboxes score low."""
    assert _screen(bundled, **fields) < 0.5


def test_probabilities_are_between_0_and_1_and_rank_spam_above_legit(
        bundled: SpamModel) -> None:
    """On held-out leads every probability is in [0, 1], and typical spam scores far above
    typical legit leads."""
    examples, _ = read_corpus([CORPUS / "heldout.jsonl"])
    sample = examples[::25]
    matrix = feature_matrix(sample, bundled.spec,
                            default_checks(load_policy(), load_wordlists()))
    p = bundled.estimator.predict_proba(matrix)[:, 1]
    spam = np.array([e.spam for e in sample]) == 1
    assert ((p >= 0) & (p <= 1)).all()
    assert np.median(p[spam]) > 0.9 > 0.1 > np.median(p[~spam])
    assert p[spam].mean() > 2 * p[~spam].mean()


def test_bundled_model_was_trained_with_the_services_checks(bundled: SpamModel) -> None:
    """The shipped model saw the same checks the service runs: retrain when they change."""
    assert bundled.check_mismatch(default_checks(load_policy(), load_wordlists())) is None


def test_check_mismatch_names_the_retrain_command(bundled: SpamModel) -> None:
    """Other checks than at training give a sentence that says to run `leadguard train`."""
    message = bundled.check_mismatch([])
    assert message is not None and "leadguard train" in message


def test_shared_model_is_one_instance_per_directory(small_model: Path) -> None:
    """shared_model gives the same SpamModel for the same directory, another for another."""
    assert shared_model(str(small_model)) is shared_model(str(small_model))
    assert shared_model(str(small_model)) is not shared_model(None)


def test_model_is_loaded_once_and_lazily(small_model: Path) -> None:
    """Making a SpamModel reads only the metadata; the file loads on first use, once."""
    model = SpamModel(small_model)
    assert not model.loaded
    model.load()
    scorer = model._scorer
    model.load()
    assert model.loaded and model._scorer is scorer


# --- evaluation -----------------------------------------------------------------------------


def test_policy_verdict_with_bands() -> None:
    """Bands only make a verdict stricter; spam_likely adds the model's signal."""
    policy = load_policy()
    bands = Bands.from_policy(policy)
    assert bands.review_at < bands.reject_at
    between = (bands.review_at + bands.reject_at) / 2
    assert verdict_for(policy, [], bands.review_at / 2, bands) == "accept"
    assert verdict_for(policy, [], between, bands) == "review"
    assert verdict_for(policy, [], bands.reject_at, bands) == "reject"
    assert verdict_for(policy, [Signal("form.honeypot", "honeypot")], 0.0, bands) == "reject"


def test_evaluate_writes_report_and_both_figures(small_model: Path,
                                                 small_corpus: dict[str, Path],
                                                 tmp_path: Path) -> None:
    """`leadguard evaluate` writes precision_recall.png, confusion_matrix.png and report.json."""
    report = evaluate(small_model, [small_corpus["heldout"]], tmp_path, timing=False)
    for name in ("precision_recall.png", "confusion_matrix.png"):
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    summary = json.loads((tmp_path / "report.json").read_text())
    categories = {row["category"] for row in summary["categories"]}
    assert {"keyboard_mash", "executive", "real_inquiry"} <= categories
    legit = [c for c in report.categories if c.label == "legit"]
    assert sum(c.leads for c in legit) == sum(summary["confusion"]["legit"].values())
    assert "false-positive rate" in report.table()
    assert not math.isnan(report.average_precision)


def test_cli_commands_parse_their_options() -> None:
    """add_commands gives `train` and `evaluate` with --data/--out and --model/--out-dir."""
    parser = argparse.ArgumentParser(prog="leadguard")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["train", "--data", "a.jsonl", "--data", "b.jsonl", "--out", "m"])
    assert args.data == ["a.jsonl", "b.jsonl"] and args.out == "m"
    args = parser.parse_args(["evaluate", "--model", "m", "--out-dir", "figs"])
    assert args.model == "m" and args.out_dir == "figs"
