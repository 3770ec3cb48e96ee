"""`leadguard rescore`: replay stored leads under another policy or model, and count the
verdicts that would change. A dry run: nothing is written to the store.

Each stored lead is screened twice through the service's own Screener: once with the
baseline (the policy and model the service is configured with) and once with the candidate.
Both see the same inputs: the stored fields, and the MX status read back from the stored
adjustments (leadguard.model.feedback.recorded_mx), never a new DNS query. So with the same
policy and model nothing changes, and every change is the candidate's doing. How many stored
verdicts the baseline does not reproduce (leads screened under other versions, or whose
DNS answer the store could not give back) is reported beside it.

A signal that depends on the leads screened before it (form.velocity, checks/velocity.py)
cannot be recomputed from one stored lead: it is carried over from the stored adjustments
into both replays, and the policy under test prices it again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, ClassVar, cast

from leadguard.checks import Check, default_checks
from leadguard.dns import MxResolver, MxResult
from leadguard.errors import ApiError
from leadguard.lead import parse_lead
from leadguard.model.feedback import recorded_mx
from leadguard.policy import VERDICTS, Policy
from leadguard.screener import ProbabilityModel, Screener
from leadguard.screening import Screening
from leadguard.signals import Signal
from leadguard.wordlists import Wordlists

EXAMPLES_PER_KIND = 3
# Codes whose checks count earlier submissions: carried over, never recomputed.
HISTORY_CODES = frozenset({"form.velocity"})


class _Answer:
    """A resolver that gives every domain one recorded MX status."""

    def __init__(self, status: str) -> None:
        self.result = MxResult(status)

    def submit(self, domain: str) -> Future[MxResult]:
        future: Future[MxResult] = Future()
        future.set_result(self.result)
        return future


class _Carried:
    """The check that gives back the current review's history-dependent signals."""

    codes: ClassVar[tuple[str, ...]] = tuple(sorted(HISTORY_CODES))

    def __init__(self) -> None:
        self.signals: list[Signal] = []

    def __call__(self, screening: Screening) -> list[Signal]:
        return self.signals


class Replayer:
    """Screens stored leads with a policy and model, DNS answered from the stored result."""

    def __init__(self, *, policy: Policy, wordlists: Wordlists,
                 model: ProbabilityModel | None) -> None:
        self.policy = policy
        self.wordlists = wordlists
        self.model = model
        # The carried-over signals run last, as the live screener runs its velocity check.
        self._carried = _Carried()
        self.checks: list[Check] = [*default_checks(policy, wordlists), self._carried]
        self._screeners: dict[str, Screener] = {}
        self.versions = self._screener("found").versions

    def _screener(self, status: str) -> Screener:
        """One Screener per recorded MX status (there are seven at most)."""
        if status not in self._screeners:
            self._screeners[status] = Screener(
                policy=self.policy, wordlists=self.wordlists,
                resolver=cast(MxResolver, _Answer(status)), checks=self.checks,
                dns_timeout=1.0, model=self.model)
        return self._screeners[status]

    def screen(self, review: Mapping[str, Any]) -> dict[str, Any]:
        """The screening result the stored lead gets now; ApiError if its fields no longer
        make a valid request. One review at a time: the carried signals are per review."""
        lead = parse_lead(dict(review["lead"]))
        # The stored adjustment keeps the rendered reason, not the check's details.
        self._carried.signals = [Signal(a["code"], a["field"], {})
                                 for a in review["adjustments"] if a["code"] in HISTORY_CODES]
        return self._screener(recorded_mx(review["adjustments"])).screen(lead)


@dataclass
class RescoreReport:
    baseline: dict[str, str]
    candidate: dict[str, str]
    leads: int = 0
    unreadable: int = 0
    stored_not_reproduced: int = 0
    matrix: dict[str, dict[str, int]] = field(
        default_factory=lambda: {old: dict.fromkeys(VERDICTS, 0) for old in VERDICTS})
    codes_added: Counter[str] = field(default_factory=Counter)
    codes_removed: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    @property
    def changed(self) -> int:
        return sum(count for old, row in self.matrix.items()
                   for new, count in row.items() if old != new)

    def to_dict(self) -> dict[str, Any]:
        return {
            "baseline": self.baseline, "candidate": self.candidate, "leads": self.leads,
            "changed": self.changed, "unreadable": self.unreadable,
            "stored_not_reproduced": self.stored_not_reproduced,
            "matrix": self.matrix,
            "codes": {"added": dict(sorted(self.codes_added.items())),
                      "removed": dict(sorted(self.codes_removed.items()))},
            "examples": self.examples,
        }

    def table(self) -> str:
        def versions(v: Mapping[str, str]) -> str:
            return f"policy {v['policy']}, model {v['model']}"

        lines = [f"baseline:  {versions(self.baseline)}",
                 f"candidate: {versions(self.candidate)}",
                 f"replayed {self.leads} stored lead(s); {self.changed} verdict(s) would change"
                 + (f" ({self.changed / self.leads:.1%})" if self.leads else ""),
                 "",
                 "baseline \\ candidate " + "".join(f"{v:>9}" for v in VERDICTS)]
        for old in VERDICTS:
            lines.append(f"{old:20} " + "".join(f"{self.matrix[old][new]:9d}"
                                                for new in VERDICTS))
        if self.codes_added or self.codes_removed:
            lines += ["", "adjustment codes       added  removed  (leads)"]
            for code in sorted(set(self.codes_added) | set(self.codes_removed)):
                lines.append(f"{code:22} {self.codes_added[code]:5d} "
                             f"{self.codes_removed[code]:8d}")
        if self.examples:
            lines += ["", "examples (review ids)"]
            for kind, ids in sorted(self.examples.items()):
                lines.append(f"{kind:20} {', '.join(ids)}")
        lines.append("")
        lines.append(f"{self.stored_not_reproduced} stored verdict(s) differ from the baseline "
                     "replay\n(screened under other versions, or with DNS answers the store "
                     "does not keep)")
        if self.unreadable:
            lines.append(f"{self.unreadable} stored lead(s) could not be read as a request "
                         "and were left out")
        return "\n".join(lines)


def rescore(reviews: Iterable[Mapping[str, Any]], *, baseline: Replayer,
            candidate: Replayer) -> RescoreReport:
    """Replay `reviews` (the store's review dicts) under both and count what changes."""
    report = RescoreReport(baseline=baseline.versions, candidate=candidate.versions)
    for review in reviews:
        try:
            before = baseline.screen(review)
            after = candidate.screen(review)
        except ApiError:
            report.unreadable += 1
            continue
        report.leads += 1
        old, new = before["verdict"], after["verdict"]
        report.matrix[old][new] += 1
        report.stored_not_reproduced += review["verdict"] != old
        old_codes = {a["code"] for a in before["adjustments"]}
        new_codes = {a["code"] for a in after["adjustments"]}
        report.codes_added.update(new_codes - old_codes)
        report.codes_removed.update(old_codes - new_codes)
        if old != new:
            ids = report.examples.setdefault(f"{old} -> {new}", [])
            if len(ids) < EXAMPLES_PER_KIND:
                ids.append(str(review["id"]))
    return report
