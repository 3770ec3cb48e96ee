"""The screener: runs the ordered checks over a lead and lets the policy decide."""

from __future__ import annotations

import copy
import time
from collections.abc import Sequence
from typing import Any, Protocol

from leadguard import __version__
from leadguard.checks import Check
from leadguard.dns import MxResolver
from leadguard.emailaddr import parse_email
from leadguard.lead import Lead
from leadguard.policy import Policy
from leadguard.screening import Screening
from leadguard.signals import Signal
from leadguard.wordlists import Wordlists


class ProbabilityModel(Protocol):
    """Where the classifier drops in: a probability of spam for a screened lead."""

    version: str

    def __call__(self, screening: Screening, signals: Sequence[Signal]) -> float | None: ...


class PointsOnly:
    """No classifier: the policy derives spam_probability from the points."""

    version = "none"

    def __call__(self, screening: Screening, signals: Sequence[Signal]) -> float | None:
        return None


class Screener:
    def __init__(
        self,
        *,
        policy: Policy,
        wordlists: Wordlists,
        resolver: MxResolver,
        checks: Sequence[Check],
        dns_timeout: float,
        model: ProbabilityModel | None = None,
    ) -> None:
        self.policy = policy
        self.wordlists = wordlists
        self.resolver = resolver
        self.checks = tuple(checks)
        self.dns_timeout = dns_timeout
        self.model = model or PointsOnly()
        self.versions = {
            "service": __version__,
            "model": self.model.version,
            "policy": policy.version,
            "wordlists": wordlists.version,
        }

    def with_checks(self, *checks: Check) -> Screener:
        """This screener with `checks` run after its own, sharing policy, lists and resolver."""
        extended = copy.copy(self)
        extended.checks = (*self.checks, *checks)
        return extended

    def screen(self, lead: Lead) -> dict[str, Any]:
        return self.screen_many([lead])[0]

    def screen_many(self, leads: Sequence[Lead]) -> list[dict[str, Any]]:
        """Screen leads together: every DNS look-up starts before the first check runs."""
        started = time.perf_counter()
        deadline = time.monotonic() + self.dns_timeout
        screenings = [self._begin(lead, deadline) for lead in leads]
        return [self._finish(screening, started) for screening in screenings]

    def _begin(self, lead: Lead, deadline: float) -> Screening:
        parsed = parse_email(lead.email)
        if isinstance(parsed, str):
            return Screening(lead=lead, email=None, syntax_problem=parsed, deadline=deadline)
        future = self.resolver.submit(parsed.ascii_domain)
        return Screening(lead=lead, email=parsed, syntax_problem=None, deadline=deadline,
                         mx_future=future)

    def _finish(self, screening: Screening, started: float) -> dict[str, Any]:
        signals: list[Signal] = []
        for check in self.checks:
            signals.extend(check(screening))
        signals = _unique(signals)
        # The model sees the checks' signals, before its own code is added.
        probability = self.model(screening, signals)
        if probability is not None and probability >= self.policy.model_spam_likely_at:
            signals.append(Signal("model.spam_likely", "lead",
                                  {"probability": f"{probability:.2f}"}))
        decision = self.policy.decide(signals, probability=probability)
        codes = {signal.code for signal in signals}
        email = screening.email
        suggestions = {
            signal.field: signal.detail["suggested_address"]
            for signal in signals
            if "suggested_address" in signal.detail
        }
        return {
            "lead_id": screening.lead.lead_id,
            "spam": decision.spam,
            "verdict": decision.verdict,
            "spam_probability": decision.spam_probability,
            "score_adjustment": decision.score,
            "adjustments": [adjustment.to_dict() for adjustment in decision.adjustments],
            "suggestions": suggestions,
            "email": {
                "normalized": email.normalized if email else None,
                "domain": email.domain if email else None,
                "free": "email.free_provider" in codes,
                "disposable": "email.disposable" in codes,
                "role": "email.role_account" in codes,
                "mx": screening.mx().status,
            },
            "review_id": None,
            "versions": dict(self.versions),
            "elapsed_ms": round((time.perf_counter() - started) * 1000, 3),
        }


def _unique(signals: list[Signal]) -> list[Signal]:
    """One adjustment per code and field: two checks seeing the same thing count once."""
    seen: set[tuple[str, str]] = set()
    unique = []
    for signal in signals:
        key = (signal.code, signal.field)
        if key not in seen:
            seen.add(key)
            unique.append(signal)
    return unique
