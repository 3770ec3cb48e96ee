"""The policy: turns signals into points, a verdict, the spam flag and a probability.

Bundled as policy.toml; LEADGUARD_POLICY names a TOML file merged over it.
"""

from __future__ import annotations

import hashlib
import math
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from leadguard.signals import Signal

VERDICTS = ("accept", "review", "reject")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class PolicyError(ValueError):
    """The policy file cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class CodeRule:
    code: str
    points: int
    reason: str
    verdict: str | None = None


@dataclass(frozen=True)
class Adjustment:
    code: str
    points: int
    field: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "points": self.points, "field": self.field,
                "reason": self.reason}


@dataclass(frozen=True)
class Decision:
    adjustments: tuple[Adjustment, ...]
    score: int
    verdict: str
    spam_probability: float

    @property
    def spam(self) -> bool:
        return self.verdict == "reject"


class Policy:
    def __init__(self, data: Mapping[str, Any], *, version: str) -> None:
        self.data = data
        self.version = version
        try:
            self.review_at = int(data["verdict"]["review_at"])
            self.reject_at = int(data["verdict"]["reject_at"])
            self.midpoint = float(data["probability"]["midpoint"])
            self.scale = float(data["probability"]["scale"])
            self.rules = {code: _rule(code, table) for code, table in data["codes"].items()}
            self.model_spam_likely_at = float(data["model"]["spam_likely_at"])
            self.model_review_at = float(data["model"]["review_at"])
            self.model_reject_at = float(data["model"]["reject_at"])
        except PolicyError:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise PolicyError(f"policy {version}: missing or malformed setting {exc}") from exc
        if self.reject_at > self.review_at:
            raise PolicyError("verdict.reject_at must be at or below verdict.review_at")
        if not 0 <= self.model_review_at <= self.model_reject_at <= 1:
            raise PolicyError("model.review_at and model.reject_at must satisfy "
                              "0 <= review_at <= reject_at <= 1")
        if self.scale <= 0:
            raise PolicyError("probability.scale must be greater than 0")

    def section(self, name: str) -> Mapping[str, Any]:
        """A table of check parameters, e.g. policy.section("form")["too_fast_ms"]."""
        table = self.data.get(name, {})
        if not isinstance(table, Mapping):
            raise PolicyError(f"policy table [{name}] must be a table")
        return table

    def decide(self, signals: Iterable[Signal], *,
               probability: float | None = None) -> Decision:
        adjustments: list[Adjustment] = []
        hard: set[str] = set()
        for signal in signals:
            rule = self.rules.get(signal.code)
            if rule is None:
                raise PolicyError(f"no rule for signal {signal.code!r} in policy {self.version}")
            adjustments.append(Adjustment(signal.code, rule.points, signal.field,
                                          _render(rule.reason, signal.detail)))
            if rule.verdict:
                hard.add(rule.verdict)
        score = sum(adjustment.points for adjustment in adjustments)
        if "reject" in hard or score <= self.reject_at:
            verdict = "reject"
        elif "review" in hard or score <= self.review_at:
            verdict = "review"
        else:
            verdict = "accept"
        if probability is None:
            probability = self.probability_from_score(score)
        else:
            # The classifier's bands can only make a verdict stricter, never clear a hard rule.
            band = ("reject" if probability >= self.model_reject_at
                    else "review" if probability >= self.model_review_at else "accept")
            verdict = max(verdict, band, key=VERDICTS.index)
        return Decision(tuple(adjustments), score, verdict, round(probability, 4))

    def probability_from_score(self, score: int) -> float:
        return 1.0 / (1.0 + math.exp((score + self.midpoint) / self.scale))


def _rule(code: str, table: Mapping[str, Any]) -> CodeRule:
    points = int(table["points"])
    if points > 0:
        raise PolicyError(f"codes.{code}.points must be 0 or negative, not {points}")
    verdict = table.get("verdict")
    if verdict not in (None, "review", "reject"):
        raise PolicyError(f'codes.{code}.verdict must be "review" or "reject", not {verdict!r}')
    return CodeRule(code, points, str(table["reason"]), verdict)


def _render(template: str, detail: Mapping[str, str]) -> str:
    # Only plain {name} placeholders: a policy file must not reach attributes of the values.
    return _PLACEHOLDER.sub(lambda m: str(detail.get(m[1], m[0])), template)


def _merge(base: dict[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_policy(path: str | Path | None = None) -> Policy:
    """The bundled policy, with the TOML file at `path` merged over it when given."""
    bundled_text = resources.files("leadguard").joinpath("policy.toml").read_text("utf-8")
    data = tomllib.loads(bundled_text)
    version = str(data["version"])
    if path is not None:
        try:
            override_text = Path(path).read_text("utf-8")
            override = tomllib.loads(override_text)
        except OSError as exc:
            raise PolicyError(f"cannot read policy file {path}: {exc.strerror}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise PolicyError(f"policy file {path} is not valid TOML: {exc}") from exc
        data = _merge(data, override)
        digest = hashlib.sha256(override_text.encode()).hexdigest()[:8]
        version = f"{override.get('version', 'custom')}+{digest}"
    return Policy(data, version=version)
