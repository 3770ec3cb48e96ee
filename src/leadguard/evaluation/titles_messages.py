"""Measure the job-title and message checks on the sets in data/titles and data/messages.

Every CSV there starts with '#' lines naming its source, then a header row with a `group`
column. Groups are either real (a flag is a false positive) or junk/spam (a flag is a catch).
A file's name says its split, reported apart: dev_* were used while building the checks,
test_* were written after the checks were frozen, registry_* come from registry packages the
word lists do not use.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from leadguard.messages import MessageScreen, load_message_rules
from leadguard.policy import Policy
from leadguard.titles import TitleJudge, load_title_lexicon

JUNK_TITLE_GROUPS = ("placeholder", "gibberish", "joke")
REAL_MESSAGE_GROUPS = ("inquiry",)


@dataclass
class GroupResult:
    group: str
    positive: bool  # True: junk/spam, flags are catches; False: real, flags are mistakes
    total: int = 0
    flagged: int = 0
    examples: list[tuple[str, str]] = field(default_factory=list)  # (text, why) of mistakes

    @property
    def rate(self) -> float:
        return self.flagged / self.total if self.total else 0.0


@dataclass
class Report:
    name: str
    groups: list[GroupResult]
    seconds_per_item: float

    def precision(self) -> float:
        caught = sum(g.flagged for g in self.groups if g.positive)
        flagged = sum(g.flagged for g in self.groups)
        return caught / flagged if flagged else 1.0

    def recall(self) -> float:
        caught = sum(g.flagged for g in self.groups if g.positive)
        total = sum(g.total for g in self.groups if g.positive)
        return caught / total if total else 0.0

    def false_positive_rate(self) -> float:
        wrong = sum(g.flagged for g in self.groups if not g.positive)
        total = sum(g.total for g in self.groups if not g.positive)
        return wrong / total if total else 0.0

    def render(self, *, show: int = 0) -> str:
        out = io.StringIO()
        out.write(f"== {self.name}\n")
        out.write(f"{'group':<16}{'kind':<8}{'n':>7}{'flagged':>9}{'rate':>9}\n")
        for g in self.groups:
            label = "recall" if g.positive else "FPR"
            out.write(f"{g.group:<16}{label:<8}{g.total:>7}{g.flagged:>9}{g.rate:>9.2%}\n")
        figures = []
        if any(g.positive for g in self.groups):
            figures += [f"precision {self.precision():.2%}", f"recall {self.recall():.2%}"]
        if any(not g.positive for g in self.groups):
            figures.append(f"FPR {self.false_positive_rate():.2%}")
        out.write(f"overall: {'  '.join(figures)}  "
                  f"({self.seconds_per_item * 1e6:.1f} µs per item, uncached)\n")
        if show:
            for g in self.groups:
                kind = "missed" if g.positive else "wrongly flagged"
                for text, why in g.examples[:show]:
                    out.write(f"  {g.group} {kind}: {text!r} {why}\n")
        return out.getvalue()


def read_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a data CSV: '#' lines before the header row are its documentation."""
    text = path.read_text("utf-8")
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    return list(csv.DictReader(io.StringIO("".join(lines[start:]))))


def evaluate(name: str, rows: Iterable[dict[str, str]], column: str,
             judge: Callable[[str], str | None], positive_groups: Sequence[str]) -> Report:
    results: dict[str, GroupResult] = {}
    count = 0
    started = time.perf_counter()
    for row in rows:
        group = row["group"]
        result = results.setdefault(group, GroupResult(group, group in positive_groups))
        why = judge(row[column])
        count += 1
        result.total += 1
        if why is not None:
            result.flagged += 1
        if (why is not None) != result.positive:
            result.examples.append((row[column], why or ""))
    elapsed = time.perf_counter() - started
    ordered = sorted(results.values(), key=lambda g: (g.positive, g.group))
    return Report(name, ordered, elapsed / count if count else 0.0)


SPLITS = ("test", "registry", "dev2", "dev")


def split_of(path: Path) -> str:
    prefix = path.name.split("_", 1)[0]
    return prefix if prefix in SPLITS else "other"


def _by_split(directory: Path) -> dict[str, list[dict[str, str]]]:
    rows: dict[str, list[dict[str, str]]] = {}
    for path in sorted(directory.glob("*.csv")):
        rows.setdefault(split_of(path), []).extend(read_rows(path))
    order = {name: i for i, name in enumerate(SPLITS)}
    return dict(sorted(rows.items(), key=lambda item: order.get(item[0], len(order))))


# The writers' leads of data/corpus/writers.jsonl, split for developing rules on some writers
# and measuring on others (docs/titles_and_messages.md): a lead's writer is its source before
# the first "+" ("writers/w3", "blind1").
WRITER_SPLITS: dict[str, frozenset[str]] = {
    "dev": frozenset({"blind1", *(f"writers/w{i}" for i in range(1, 6))}),
    "test": frozenset(f"writers/w{i}" for i in range(6, 11)),
}


def writer_of(source: str) -> str:
    return source.split("+", 1)[0]


def writer_split(source: str) -> str | None:
    """"dev", "test" or None (a writer held back from both) for a lead's source."""
    writer = writer_of(source)
    return next((name for name, writers in WRITER_SPLITS.items() if writer in writers), None)


def title_reports(data: Path, policy: Policy) -> list[Report]:
    judge = TitleJudge.from_policy(policy, load_title_lexicon(), cache_size=0)

    def why(title: str) -> str | None:
        verdict = judge(title)
        return None if verdict is None else f"{verdict.why} ({verdict.evidence})"

    return [evaluate(f"job titles, {split} set", rows, "title", why, JUNK_TITLE_GROUPS)
            for split, rows in _by_split(data / "titles").items()]


def message_reports(data: Path, policy: Policy) -> list[Report]:
    section = policy.section("message")
    screen = MessageScreen(load_message_rules(), spam_score_at=float(section["spam_score_at"]))

    def why(message: str) -> str | None:
        finding = screen(message)
        return None if finding is None else f"{finding.score:.2f}: {finding.evidence}"

    reports = []
    for split, rows in _by_split(data / "messages").items():
        positive = sorted({row["group"] for row in rows} - set(REAL_MESSAGE_GROUPS))
        reports.append(evaluate(f"messages, {split} set", rows, "message", why, positive))
    return reports
