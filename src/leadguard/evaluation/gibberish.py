"""Measure the gibberish detector on the held-out sets of data/gibberish/, beside nostril.

Each set file starts with '#' header lines, among them `kind: email|name|company` (which
threshold applies) and `expect: real ...|junk ...`; one string per line follows. A string the
detector cannot judge (non-Latin script, short, digits only) counts as not flagged, as in
the service. nostril (nostril-detector on PyPI) is measured when it is installed; it says
nothing about strings under 6 letters, which count as not flagged too.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from leadguard import gibberish

KINDS = ("email", "name", "company")

# A judge answers: is this string junk? None when it cannot tell.
Judge = Callable[[str, str], bool | None]


@dataclass(frozen=True)
class EvalSet:
    name: str
    kind: str
    junk: bool
    entries: tuple[str, ...]
    source: str


@dataclass
class Result:
    """One judge on one set."""

    set: EvalSet
    flagged: int = 0
    undecided: int = 0
    unseen: int = 0  # real entries none of whose words the model's name list holds
    unseen_flagged: int = 0
    nanoseconds: list[int] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Recall on a junk set, false-positive rate on a real one."""
        return self.flagged / len(self.set.entries) if self.set.entries else 0.0


def read_set(path: Path) -> EvalSet:
    header: dict[str, str] = {}
    entries = []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#"):
            key, _, value = line[1:].strip().partition(":")
            if value and key.strip() in ("kind", "expect", "source"):
                header.setdefault(key.strip(), value.strip())
        elif line.strip():
            entries.append(line.strip())
    kind = header.get("kind", "")
    if kind not in KINDS or "expect" not in header:
        raise ValueError(f"{path}: the header needs 'kind: email|name|company' and "
                         "'expect: real|junk' lines")
    return EvalSet(path.stem, kind, header["expect"].startswith("junk"), tuple(entries),
                   header.get("source", ""))


def load_sets(directory: Path) -> list[EvalSet]:
    return [read_set(path) for path in sorted(directory.glob("*.txt"))]


def leadguard_judge(detector: gibberish.GibberishDetector,
                    thresholds: Mapping[str, float]) -> Judge:
    def judge(text: str, kind: str) -> bool | None:
        score = detector.score(text, bot_names=kind == "name")
        return None if score is None else score >= thresholds[kind]
    return judge


def nostril_judge() -> Judge | None:
    """nostril's nonsense(), or None when nostril-detector is not installed."""
    try:
        from nostril_detector import nonsense
    except ImportError:
        return None

    def judge(text: str, kind: str) -> bool | None:
        try:
            return bool(nonsense(text))
        except ValueError:  # "Text is too short to test": fewer than 6 letters
            return None
    return judge


def evaluate(sets: Sequence[EvalSet], judge: Judge, *,
             known: frozenset[str] = frozenset(),
             before_set: Callable[[], None] | None = None) -> list[Result]:
    """Run `judge` over every set, timing each call. `known` marks real entries as seen."""
    results = []
    for eval_set in sets:
        if before_set is not None:
            before_set()
        result = Result(eval_set)
        for text in eval_set.entries:
            start = time.perf_counter_ns()
            verdict = judge(text, eval_set.kind)
            result.nanoseconds.append(time.perf_counter_ns() - start)
            if verdict is None:
                result.undecided += 1
            elif verdict:
                result.flagged += 1
            if not eval_set.junk:
                found = gibberish.words(text) or []
                if found and not any(word in known for word in found):
                    result.unseen += 1
                    result.unseen_flagged += bool(verdict)
        results.append(result)
    return results


def summary(results: Sequence[Result]) -> dict[str, float]:
    """Pooled precision, recall and false-positive rate, and microseconds per string."""
    tp = sum(r.flagged for r in results if r.set.junk)
    junk = sum(len(r.set.entries) for r in results if r.set.junk)
    fp = sum(r.flagged for r in results if not r.set.junk)
    real = sum(len(r.set.entries) for r in results if not r.set.junk)
    times = [ns for r in results for ns in r.nanoseconds]
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / junk if junk else 0.0,
        "fpr": fp / real if real else 0.0,
        "us_median": statistics.median(times) / 1000 if times else 0.0,
        "us_mean": statistics.fmean(times) / 1000 if times else 0.0,
    }


def report(named: Mapping[str, Sequence[Result]]) -> str:
    """A Markdown table: one row per set, one column per judge; then pooled figures."""
    names = list(named)
    lines = ["| set | kind | n | measure | " + " | ".join(names) + " |",
             "|---|---|---:|---|" + "---:|" * len(names)]
    first = named[names[0]]
    for i, result in enumerate(first):
        measure = "recall" if result.set.junk else "FPR"
        cells = [f"{100 * named[n][i].rate:.2f}%" for n in names]
        lines.append(f"| {result.set.name} | {result.set.kind} | {len(result.set.entries)} | "
                     f"{measure} | " + " | ".join(cells) + " |")
        if not result.set.junk and result.unseen:
            cells = [f"{100 * named[n][i].unseen_flagged / result.unseen:.2f}%" for n in names]
            lines.append(f"| {result.set.name}, names unseen in training | "
                         f"{result.set.kind} | {result.unseen} | FPR | "
                         + " | ".join(cells) + " |")
    totals = {n: summary(named[n]) for n in names}
    for key, label in (("precision", "precision (pooled)"), ("recall", "recall (pooled)"),
                       ("fpr", "FPR (pooled)")):
        lines.append(f"| {label} | | | | "
                     + " | ".join(f"{100 * totals[n][key]:.2f}%" for n in names) + " |")
    for key, label in (("us_median", "µs per string, median"), ("us_mean", "µs per string, mean")):
        lines.append(f"| {label} | | | | "
                     + " | ".join(f"{totals[n][key]:.1f}" for n in names) + " |")
    return "\n".join(lines)


def run(data_dir: Path, thresholds: Mapping[str, float], *,
        model: Path | None = None, compare_nostril: bool = True) -> str:
    """Evaluate leadguard (and nostril when installed) on `data_dir`; the report as text."""
    detector = gibberish.load_detector(model)
    sets = load_sets(data_dir)
    named: dict[str, list[Result]] = {
        "leadguard": evaluate(sets, leadguard_judge(detector, thresholds), known=detector.names,
                              before_set=gibberish._cached_judge.cache_clear),
    }
    other = nostril_judge() if compare_nostril else None
    if other is not None:
        other("warm up the model", "email")
        named["nostril"] = evaluate(sets, other, known=detector.names)
    return report(named)
