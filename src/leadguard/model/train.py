"""Training: labelled corpus -> screened feature rows -> fitted, calibrated classifier on disk.

Reproducible: the same corpus files, seed, policy, word lists and checks give the same fitted
parameters and predictions (every random choice takes `seed`; liblinear is deterministic). The
.skops bytes differ between runs: skops names its array files by object id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from leadguard.checks import Check, default_checks
from leadguard.model import persist
from leadguard.model.corpus import Example, read_corpus, screen_examples, summary
from leadguard.model.features import FeatureSpec
from leadguard.model.pipeline import build_pipeline
from leadguard.policy import Policy, load_policy
from leadguard.wordlists import Wordlists, load_wordlists

log = logging.getLogger("leadguard.model")


def feature_matrix(examples: Sequence[Example], spec: FeatureSpec,
                   checks: Sequence[Check]) -> np.ndarray[Any, Any]:
    rows = [spec.row(screening, signals)
            for screening, signals in screen_examples(examples, checks)]
    matrix = np.empty((len(rows), len(spec.columns)), dtype=object)
    for i, row in enumerate(rows):
        matrix[i, :] = row
    return matrix


def train(
    corpus_paths: Sequence[str | Path],
    out_dir: str | Path,
    *,
    heldout_paths: Sequence[str | Path] = (),
    seed: int = 0,
    folds: int = 5,
    policy: Policy | None = None,
    wordlists: Wordlists | None = None,
    checks: Sequence[Check] | None = None,
    today: dt.date | None = None,
    feedback: Sequence[Example] = (),
    feedback_weight: float = 1.0,
) -> dict[str, Any]:
    """Fit the classifier on `corpus_paths`, save it into `out_dir`, return its metadata.

    With `heldout_paths`, the held-out figures (per category, at the default bands) are
    computed and stored in the metadata; they are the honest ones only when the held-out
    leads come from other sources than the training leads.

    `feedback` (labelled leads from the review store) is added to the training leads only,
    each counting `feedback_weight` times in the logistic regression's loss; the sigmoid
    calibration stays unweighted, so probabilities keep matching observed frequencies.
    """
    policy = policy or load_policy()
    wordlists = wordlists or load_wordlists()
    checks = list(checks) if checks is not None else default_checks(policy, wordlists)
    spec = FeatureSpec.for_codes(policy.rules)

    started = time.perf_counter()
    if feedback_weight <= 0:
        raise ValueError("feedback_weight must be greater than 0")
    corpus, corpus_sha = read_corpus(corpus_paths)
    examples = [*corpus, *feedback]
    data_sha = corpus_sha
    feedback_sha = ""
    fit_params: dict[str, Any] = {}
    if feedback:
        from leadguard.model.feedback import digest

        feedback_sha = digest(feedback)
        data_sha = hashlib.sha256(f"{corpus_sha}+{feedback_sha}".encode()).hexdigest()
        if feedback_weight != 1.0:
            # Routed to LogisticRegression.fit, in every cross-validation fold and the final
            # fit; CalibratedClassifierCV's own sample_weight would also weight the sigmoid.
            fit_params["classifier__sample_weight"] = np.array(
                [1.0] * len(corpus) + [feedback_weight] * len(feedback))
    x = feature_matrix(examples, spec, checks)
    y = np.array([example.spam for example in examples])
    model = build_pipeline(spec, seed=seed, folds=folds)
    model.fit(x, y, **fit_params)
    _compact(model)
    log.info("trained on %d leads in %.1f s", len(examples), time.perf_counter() - started)

    today = today or dt.date.today()
    fitted = fingerprint(model)
    version_sha = hashlib.sha256(f"{data_sha}+{fitted}".encode()).hexdigest()
    meta: dict[str, Any] = {
        "version": f"{today:%Y.%m.%d}-{version_sha[:8]}",
        "fitted_sha256": fitted,
        "trained_on": today.isoformat(),
        "seed": seed,
        "training_data": {"files": [Path(p).name for p in corpus_paths], "sha256": data_sha,
                          "leads": len(examples), "categories": summary(examples)},
        "policy_version": policy.version,
        "wordlists_version": wordlists.version,
        "checks": [type(check).__name__ for check in checks],
        "features": list(spec.columns),
        "signal_codes": list(spec.signal_codes),
    }
    if feedback:
        meta["training_data"]["corpus_sha256"] = corpus_sha
        meta["training_data"]["feedback"] = {
            "leads": len(feedback), "sha256": feedback_sha, "weight": feedback_weight,
            "labels": {label: sum(e.label == label for e in feedback)
                       for label in ("legit", "spam")}}
    if heldout_paths:
        from leadguard.model.evaluate import evaluate_model

        heldout, heldout_sha = read_corpus(heldout_paths)
        report = evaluate_model(model, spec, heldout, checks=checks, policy=policy)
        meta["heldout"] = {"files": [Path(p).name for p in heldout_paths],
                           "sha256": heldout_sha, "leads": len(heldout),
                           "metrics": report.summary()}
    return persist.save(model, meta, out_dir)


def fingerprint(model: Any) -> str:
    """sha256 of what the fitted model computes with: each vectorizer's vocabulary and idf, the
    coefficients and the sigmoid. With the training data's hash it names the model: the same
    data read by changed checks is another model, and gets another version."""
    digest = hashlib.sha256()
    for calibrated in model.calibrated_classifiers_:
        pipeline = calibrated.estimator
        add_linear_model(digest, [(name, transformer) for name, transformer, _
                                  in pipeline.named_steps["features"].transformers_],
                         pipeline.named_steps["classifier"])
        for sigmoid in calibrated.calibrators:
            digest.update(np.asarray([sigmoid.a_, sigmoid.b_], dtype=np.float64).tobytes())
    return digest.hexdigest()


def add_linear_model(digest: Any, blocks: Iterable[tuple[str, Any]], classifier: Any) -> None:
    """Feed `digest` each named block's vocabulary and idf (if it is a vectorizer) and the
    linear classifier's coefficients: what a fitted linear text model computes with."""
    for name, transformer in blocks:
        digest.update(name.encode())
        vocabulary = getattr(transformer, "vocabulary_", None)
        if vocabulary is not None:
            digest.update(repr(sorted(vocabulary.items())).encode())
            digest.update(np.asarray(transformer.idf_, dtype=np.float64).tobytes())
    digest.update(np.asarray(classifier.coef_, dtype=np.float64).tobytes())
    digest.update(np.asarray(classifier.intercept_, dtype=np.float64).tobytes())


def _compact(model: Any) -> None:
    """Plain ints in the vectorizers' vocabularies: skops stores numpy scalars one file each."""
    for calibrated in model.calibrated_classifiers_:
        features = calibrated.estimator.named_steps["features"]
        for _, transformer, _ in features.transformers_:
            plain_vocabulary(transformer)


def plain_vocabulary(transformer: Any) -> None:
    """A vectorizer's vocabulary with plain ints (skops stores numpy scalars one file each)."""
    vocabulary = getattr(transformer, "vocabulary_", None)
    if vocabulary is not None:
        transformer.vocabulary_ = {term: int(i) for term, i in vocabulary.items()}
