"""Evaluation on a held-out corpus: what the service would answer, per category.

A lead counts as flagged spam when the service would answer `"spam": true`, i.e. verdict
"reject": the checks' signals, plus `model.spam_likely` when the probability reaches
[model].spam_likely_at, go through the policy, and the probability bands of [model]
(review_at, reject_at) can only make the verdict stricter. The same numbers for the
classifier alone (probability >= reject_at) are reported beside them.

Writes precision_recall.png (the classifier's precision-recall curve with the bands marked)
and confusion_matrix.png (label x verdict), and report.json with every figure.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, cast

import numpy as np

from leadguard.checks import Check
from leadguard.dns import MxResolver, MxResult
from leadguard.model.corpus import Example, run_checks, screening_for
from leadguard.model.features import FeatureSpec
from leadguard.model.persist import ModelError
from leadguard.policy import VERDICTS, Policy
from leadguard.signals import Signal

TIMED_LEADS = 2000


@dataclass(frozen=True)
class Bands:
    """The policy's [model] bands, as the report shows them."""

    spam_likely_at: float
    review_at: float
    reject_at: float

    @classmethod
    def from_policy(cls, policy: Policy) -> Bands:
        return cls(policy.model_spam_likely_at, policy.model_review_at, policy.model_reject_at)


def verdict_for(policy: Policy, signals: Sequence[Signal], probability: float,
                bands: Bands) -> str:
    """The verdict the service gives a lead with these signals and this probability: the
    screener's model.spam_likely at `bands.spam_likely_at`, then the policy's decision, whose
    review and reject bands can only make it stricter."""
    signals = list(signals)
    if probability >= bands.spam_likely_at:
        signals.append(Signal("model.spam_likely", "lead",
                              {"probability": f"{probability:.2f}"}))
    return policy.decide(signals, probability=probability).verdict


@dataclass
class CategoryResult:
    label: str
    category: str
    leads: int
    rejected: int = 0
    reviewed: int = 0
    model_rejected: int = 0

    @property
    def rejected_rate(self) -> float:
        return self.rejected / self.leads if self.leads else 0.0


@dataclass
class Report:
    bands: Bands
    categories: list[CategoryResult]
    confusion: dict[str, dict[str, int]]
    precision: float
    recall: float
    false_positive_rate: float
    model_precision: float
    model_recall: float
    model_false_positive_rate: float
    average_precision: float
    curve: tuple[list[float], list[float]] = field(default_factory=lambda: ([], []))
    timing_us: dict[str, float] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        return {
            "bands": asdict(self.bands),
            "pipeline": {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                         "false_positive_rate": round(self.false_positive_rate, 4)},
            "model_alone": {"precision": round(self.model_precision, 4),
                            "recall": round(self.model_recall, 4),
                            "false_positive_rate": round(self.model_false_positive_rate, 4),
                            "average_precision": round(self.average_precision, 4)},
            "categories": [
                {"label": c.label, "category": c.category, "leads": c.leads,
                 "flagged_spam": c.rejected, "review": c.reviewed,
                 "rate": round(c.rejected_rate, 4),
                 "model_alone_rate": round(c.model_rejected / c.leads, 4)}
                for c in self.categories],
            "confusion": self.confusion,
            "timing_us": {k: round(v, 1) for k, v in self.timing_us.items()},
        }

    def table(self) -> str:
        lines = [f"{'label':6} {'category':16} {'leads':>6} {'spam':>6} {'rate':>7} "
                 f"{'review':>6} {'model':>7}   (rate: recall for spam, FPR for legit)"]
        for c in self.categories:
            lines.append(f"{c.label:6} {c.category:16} {c.leads:6d} {c.rejected:6d} "
                         f"{c.rejected_rate:7.2%} {c.reviewed:6d} "
                         f"{c.model_rejected / c.leads:7.2%}")
        lines.append("")
        lines.append(f"pipeline:    precision {self.precision:.2%}  recall {self.recall:.2%}  "
                     f"false-positive rate {self.false_positive_rate:.2%}")
        lines.append(f"model alone: precision {self.model_precision:.2%}  recall "
                     f"{self.model_recall:.2%}  false-positive rate "
                     f"{self.model_false_positive_rate:.2%}  average precision "
                     f"{self.average_precision:.4f}")
        b = self.bands
        lines.append(f"bands: spam_likely_at {b.spam_likely_at}  review_at {b.review_at}  "
                     f"reject_at {b.reject_at}")
        if self.timing_us:
            lines.append("per lead, median: " + "  ".join(
                f"{name} {value:.0f} us" for name, value in self.timing_us.items()))
        return "\n".join(lines)


# (section, key, label, higher is better) of the overall figures compared side by side
_OVERALL = (
    ("pipeline", "precision", "precision", True),
    ("pipeline", "recall", "recall (spam caught)", True),
    ("pipeline", "false_positive_rate", "false-positive rate", False),
    ("model_alone", "precision", "model alone: precision", True),
    ("model_alone", "recall", "model alone: recall", True),
    ("model_alone", "false_positive_rate", "model alone: FPR", False),
    ("model_alone", "average_precision", "model alone: avg precision", True),
)


def comparison_table(current: dict[str, Any], new: dict[str, Any], *,
                     current_name: str, new_name: str) -> str:
    """Two models' held-out summaries (Report.summary()) on the same leads, side by side.

    Per category the rate is recall for spam groups and the false-positive rate for legit
    groups; "worse" marks every figure that moved the wrong way, so a retrain that makes
    things worse is seen before it is deployed.
    """
    worse = 0

    def row(name: str, old: float | None, now: float | None, higher_is_better: bool) -> str:
        nonlocal worse
        if old is None or now is None:
            shown = [f"{v:9.2%}" if v is not None else f"{'-':>9}" for v in (old, now)]
            return f"{name:32} {shown[0]} {shown[1]}"
        delta = now - old
        flag = ""
        if (delta < 0) if higher_is_better else (delta > 0):
            flag = "  worse"
            worse += 1
        return f"{name:32} {old:9.2%} {now:9.2%} {delta * 100:+9.2f} pp{flag}"

    old_rates = {(c["label"], c["category"]): c for c in current["categories"]}
    new_rates = {(c["label"], c["category"]): c for c in new["categories"]}
    keys = [*old_rates, *(key for key in new_rates if key not in old_rates)]
    lines = [f"current: {current_name}", f"new:     {new_name}", "",
             "per group (rate: recall for spam, false-positive rate for legit)",
             f"{'label category             leads':32} {'current':>9} {'new':>9} {'delta':>12}"]
    for group in sorted(keys):
        old_c, new_c = old_rates.get(group), new_rates.get(group)
        leads = (old_c or new_c or {}).get("leads", 0)
        lines.append(row(f"{group[0]:5} {group[1]:18} {leads:6d}",
                         None if old_c is None else old_c["rate"],
                         None if new_c is None else new_c["rate"], group[0] == "spam"))
    lines.append("")
    lines.append("overall")
    for section, key, label, higher_is_better in _OVERALL:
        lines.append(row(label, current[section][key], new[section][key], higher_is_better))
    lines.append("")
    lines.append(f"{worse} figure(s) got worse" + (": look at them before deploying the new "
                                                   "model" if worse else ""))
    return "\n".join(lines)


def _rates(spam: np.ndarray[Any, Any], flagged: np.ndarray[Any, Any]
           ) -> tuple[float, float, float]:
    tp = int(np.sum(flagged & (spam == 1)))
    fp = int(np.sum(flagged & (spam == 0)))
    positives = int(np.sum(spam == 1))
    negatives = int(np.sum(spam == 0))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / positives if positives else 0.0
    return precision, recall, fp / negatives if negatives else 0.0


def evaluate_model(model: Any, spec: FeatureSpec, examples: Sequence[Example], *,
                   checks: Sequence[Check], policy: Policy) -> Report:
    """Score `examples` with a fitted classifier (anything with predict_proba)."""
    from sklearn.metrics import average_precision_score, precision_recall_curve

    bands = Bands.from_policy(policy)
    screened = []
    for example in examples:
        screening = screening_for(example)
        screened.append((screening, run_checks(screening, checks)))
    matrix = np.empty((len(examples), len(spec.columns)), dtype=object)
    for i, (screening, signals) in enumerate(screened):
        matrix[i, :] = spec.row(screening, signals)
    probabilities = model.predict_proba(matrix)[:, 1]

    spam = np.array([example.spam for example in examples])
    verdicts = [verdict_for(policy, signals, float(p), bands)
                for (_, signals), p in zip(screened, probabilities, strict=True)]
    flagged = np.array([v == "reject" for v in verdicts])
    model_flagged = probabilities >= bands.reject_at

    results: dict[tuple[str, str], CategoryResult] = {}
    confusion = {label: dict.fromkeys(VERDICTS, 0) for label in ("legit", "spam")}
    for example, verdict, by_model in zip(examples, verdicts, model_flagged, strict=True):
        key = (example.label, example.category)
        result = results.setdefault(key, CategoryResult(example.label, example.category, 0))
        result.leads += 1
        result.rejected += verdict == "reject"
        result.reviewed += verdict == "review"
        result.model_rejected += bool(by_model)
        confusion[example.label][verdict] += 1
    ordered = sorted(results.values(), key=lambda r: (r.label, -r.leads, r.category))

    precision, recall, fpr = _rates(spam, flagged)
    m_precision, m_recall, m_fpr = _rates(spam, model_flagged)
    curve_p, curve_r, _ = precision_recall_curve(spam, probabilities)
    return Report(
        bands=bands, categories=ordered, confusion=confusion,
        precision=precision, recall=recall, false_positive_rate=fpr,
        model_precision=m_precision, model_recall=m_recall, model_false_positive_rate=m_fpr,
        average_precision=float(average_precision_score(spam, probabilities)),
        curve=(list(map(float, curve_r)), list(map(float, curve_p))),
    )


class _RecordedMx:
    """A resolver that answers each domain with the MX status recorded in the corpus. The
    Screener only calls submit(); the real MxResolver would start threads and read
    resolv.conf for nothing."""

    def __init__(self, answers: dict[str, str]) -> None:
        self.answers = answers

    def submit(self, domain: str) -> Future[MxResult]:
        future: Future[MxResult] = Future()
        future.set_result(MxResult(self.answers.get(domain, "found")))
        return future



def time_per_lead(spam_model: Any, examples: Sequence[Example], *, checks: Sequence[Check],
                  policy: Policy, wordlists: Any) -> dict[str, float]:
    """Median in-process microseconds per lead: the whole Screener.screen with the model (DNS
    answered instantly from the corpus), and the model's own share (feature row + score)."""
    from leadguard.emailaddr import parse_email
    from leadguard.screener import Screener

    sample = list(examples[:TIMED_LEADS])
    answers = {}
    for example in sample:
        parsed = parse_email(example.lead.email)
        if not isinstance(parsed, str):
            answers[parsed.ascii_domain] = example.mx
    resolver = cast(MxResolver, _RecordedMx(answers))
    screener = Screener(policy=policy, wordlists=wordlists, resolver=resolver,
                        checks=checks, dns_timeout=1.0, model=spam_model)
    spam_model.load()
    for example in sample[:50]:  # warm caches the way a running service has them warm
        screener.screen(example.lead)
    whole = []
    for example in sample:
        started = time.perf_counter()
        screener.screen(example.lead)
        whole.append(time.perf_counter() - started)
    own = []
    for example in sample:
        screening = screening_for(example)
        signals = run_checks(screening, checks)
        started = time.perf_counter()
        spam_model(screening, signals)
        own.append(time.perf_counter() - started)
    return {"pipeline": statistics.median(whole) * 1e6, "model": statistics.median(own) * 1e6}


def write_figures(report: Report, out_dir: str | Path) -> list[Path]:
    """precision_recall.png and confusion_matrix.png in `out_dir` (matplotlib, Agg)."""
    try:
        import matplotlib
    except ModuleNotFoundError as exc:
        raise ModelError("the figures need matplotlib: pip install 'leadguard[eval]'") from exc

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "precision_recall.png", out / "confusion_matrix.png"]

    recall, precision = report.curve
    fig, ax = plt.subplots(figsize=(6, 4.5), dpi=110)
    ax.plot(recall, precision, color="#1f5fa8", linewidth=1.8,
            label=f"classifier (AP {report.average_precision:.3f})")
    ax.scatter([report.model_recall], [report.model_precision], color="#c0392b", zorder=3,
               label=f"classifier alone at reject_at {report.bands.reject_at}")
    ax.scatter([report.recall], [report.precision], color="#27ae60", marker="D", zorder=3,
               label="service verdict (checks + policy + bands)")
    ax.set_xlabel("recall (spam caught)")
    ax.set_ylabel("precision")
    ax.set_xlim(0, 1.01)
    ax.set_ylim(min(0.5, min(precision, default=0.5)), 1.01)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower left", fontsize=8)
    ax.set_title("Held-out precision-recall")
    fig.tight_layout()
    fig.savefig(paths[0])
    plt.close(fig)

    labels = ["legit", "spam"]
    cells = np.array([[report.confusion[label][v] for v in VERDICTS] for label in labels])
    fig, ax = plt.subplots(figsize=(5.5, 3.6), dpi=110)
    ax.imshow(cells / np.maximum(cells.sum(axis=1, keepdims=True), 1), cmap="Blues",
              vmin=0, vmax=1)
    for i in range(len(labels)):
        for j in range(len(VERDICTS)):
            share = cells[i, j] / max(cells[i].sum(), 1)
            ax.text(j, i, f"{cells[i, j]}\n{share:.1%}", ha="center", va="center",
                    color="white" if share > 0.5 else "black", fontsize=9)
    ax.set_xticks(range(len(VERDICTS)), VERDICTS)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("verdict")
    ax.set_ylabel("label")
    ax.set_title("Held-out confusion matrix")
    fig.tight_layout()
    fig.savefig(paths[1])
    plt.close(fig)
    return paths


def evaluate(model_dir: str | Path | None, heldout_paths: Sequence[str | Path],
             out_dir: str | Path, *, policy: Policy | None = None,
             wordlists: Any = None, checks: Sequence[Check] | None = None,
             timing: bool = True) -> Report:
    """`leadguard evaluate`: the held-out report of a saved model, figures and report.json."""
    from leadguard.checks import default_checks
    from leadguard.model.corpus import read_corpus
    from leadguard.model.predictor import SpamModel
    from leadguard.policy import load_policy
    from leadguard.wordlists import load_wordlists

    policy = policy or load_policy()
    wordlists = wordlists or load_wordlists()
    checks = list(checks) if checks is not None else default_checks(policy, wordlists)
    spam_model = SpamModel(model_dir)
    examples, data_sha = read_corpus(heldout_paths)
    report = evaluate_model(spam_model.estimator, spam_model.spec, examples, checks=checks,
                            policy=policy)
    if timing:
        report.timing_us = time_per_lead(spam_model, examples, checks=checks, policy=policy,
                                         wordlists=wordlists)
    out = Path(out_dir)
    write_figures(report, out)
    summary = {"model_version": spam_model.version, "policy_version": policy.version,
               "heldout": {"files": [str(p) for p in heldout_paths], "sha256": data_sha,
                           "leads": len(examples)},
               **report.summary()}
    (out / "report.json").write_text(json.dumps(summary, indent=2) + "\n", "utf-8")
    return report
