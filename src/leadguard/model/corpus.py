"""The labelled corpus: JSONL leads with a label, screened offline into feature rows.

Each line is a /v1/screen request body plus "label" ("spam" or "legit"), and optionally
"category" (the group figures are reported by), "source" (where the lead came from) and "mx"
(the DNS answer to screen it with; default "found"). Training never touches the network.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leadguard.checks import Check
from leadguard.dns import MX_STATUSES, MxResult
from leadguard.emailaddr import parse_email
from leadguard.errors import ApiError
from leadguard.lead import Lead, parse_lead
from leadguard.screening import Screening
from leadguard.signals import Signal

LABELS = ("legit", "spam")
META_KEYS = frozenset({"label", "category", "source", "mx", "split"})


class CorpusError(ValueError):
    """A corpus file cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Example:
    lead: Lead
    label: str
    category: str
    source: str
    mx: str

    @property
    def spam(self) -> int:
        return 1 if self.label == "spam" else 0


def read_corpus(paths: Iterable[str | Path]) -> tuple[list[Example], str]:
    """The examples of every file, in order, and the sha256 of their bytes together."""
    examples: list[Example] = []
    digest = hashlib.sha256()
    for path in paths:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CorpusError(f"cannot read corpus file {path}: {exc.strerror}") from exc
        digest.update(data)
        for number, line in enumerate(data.decode("utf-8").splitlines(), start=1):
            if line.strip():
                examples.append(_example(line, f"{path}:{number}"))
    if not examples:
        raise CorpusError("the corpus is empty: give at least one JSONL file of labelled leads")
    return examples, digest.hexdigest()


def _example(line: str, where: str) -> Example:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{where}: not valid JSON ({exc.msg})") from exc
    if not isinstance(record, dict):
        raise CorpusError(f"{where}: each line must be a JSON object")
    label = record.get("label")
    if label not in LABELS:
        raise CorpusError(f'{where}: "label" must be "spam" or "legit", not {label!r}')
    mx = record.get("mx", "found")
    if mx not in MX_STATUSES:
        raise CorpusError(f"{where}: \"mx\" must be one of {', '.join(MX_STATUSES)}")
    body = {key: value for key, value in record.items() if key not in META_KEYS}
    try:
        lead = parse_lead(body)
    except ApiError as exc:
        raise CorpusError(f"{where}: {exc.message} {exc.details}") from exc
    return Example(lead=lead, label=label, category=str(record.get("category", label)),
                   source=str(record.get("source", "")), mx=mx)


def screening_for(example: Example) -> Screening:
    """The lead as the screener would see it, with the recorded DNS answer already in."""
    lead = example.lead
    parsed = parse_email(lead.email)
    if isinstance(parsed, str):
        return Screening(lead=lead, email=None, syntax_problem=parsed, deadline=math.inf)
    future: Future[MxResult] = Future()
    future.set_result(MxResult(example.mx))
    return Screening(lead=lead, email=parsed, syntax_problem=None, deadline=math.inf,
                     mx_future=future)


def run_checks(screening: Screening, checks: Sequence[Check]) -> list[Signal]:
    """The signals of every check, one per code and field, as the screener collects them."""
    seen: set[tuple[str, str]] = set()
    signals: list[Signal] = []
    for check in checks:
        for signal in check(screening):
            key = (signal.code, signal.field)
            if key not in seen:
                seen.add(key)
                signals.append(signal)
    return signals


def screen_examples(examples: Sequence[Example],
                    checks: Sequence[Check]) -> list[tuple[Screening, list[Signal]]]:
    screened = []
    for example in examples:
        screening = screening_for(example)
        screened.append((screening, run_checks(screening, checks)))
    return screened


def summary(examples: Sequence[Example]) -> dict[str, Any]:
    counts: dict[str, dict[str, int]] = {}
    for example in examples:
        counts.setdefault(example.label, {}).setdefault(example.category, 0)
        counts[example.label][example.category] += 1
    return counts
