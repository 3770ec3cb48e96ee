"""Job titles that are junk or a joke: placeholders, keyboard mashes, "CEO of Myself"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from leadguard.policy import Policy
from leadguard.screening import Screening
from leadguard.signals import Signal
from leadguard.titles import TitleJudge, load_title_lexicon

_SHOWN_MAX = 80  # longer titles are cut in the reason text


class ImplausibleJobTitle:
    codes: ClassVar[tuple[str, ...]] = ("job_title.implausible",)

    def __init__(self, judge: TitleJudge) -> None:
        self.judge = judge

    @classmethod
    def from_policy(cls, policy: Policy, *, wordlists: str | Path | None = None
                    ) -> ImplausibleJobTitle:
        """The check with the [job_title] parameters of the policy and the bundled lists."""
        section = policy.section("job_title")
        return cls(TitleJudge(load_title_lexicon(wordlists),
                              mash_score_below=float(section["mash_score_below"]),
                              typo_similarity=float(section["typo_similarity"]),
                              max_words=int(section["max_words"])))

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        title = screening.lead.job_title
        verdict = self.judge(title)
        if verdict is not None and title is not None:
            shown = " ".join(title.split())
            if len(shown) > _SHOWN_MAX:
                shown = shown[:_SHOWN_MAX - 1] + "…"
            yield Signal("job_title.implausible", "job_title",
                         {"value": shown, "why": verdict.why})
