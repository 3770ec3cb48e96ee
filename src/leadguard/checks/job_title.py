"""Job titles that are junk or a joke: placeholders, keyboard mashes, "CEO of Myself"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

from leadguard.gibberish import bundled_word_score
from leadguard.policy import Policy
from leadguard.screening import Screening
from leadguard.signals import Signal
from leadguard.titles import TitleJudge, load_title_lexicon

_SHOWN_MAX = 80  # longer titles are cut in the reason text
_LETTERS = re.compile(r"[^\W\d_]+")
_MASH_MAX_WORDS = 3  # the detector judges a title of a few words, not a sentence
_MASH_MIN_LETTERS = 4  # shorter words ("VP", "Mgr") tell the detector nothing


class ImplausibleJobTitle:
    codes: ClassVar[tuple[str, ...]] = ("job_title.implausible",)

    def __init__(self, judge: TitleJudge,
                 junk_word: Callable[[str], bool] | None = None) -> None:
        """`junk_word`: the gibberish detector's verdict on one word, a second opinion on
        titles the judge cannot place ("zatsctz72645"); None leaves it out."""
        self.judge = judge
        self.junk_word = junk_word

    @classmethod
    def from_policy(cls, policy: Policy, *, wordlists: str | Path | None = None
                    ) -> ImplausibleJobTitle:
        """The check with the [job_title] parameters of the policy and the bundled lists."""
        section = policy.section("job_title")
        threshold = float(section["gibberish_threshold"])

        def junk_word(word: str) -> bool:
            score = bundled_word_score(word)  # the detector loads once, on first use
            return score is not None and score >= threshold

        return cls(TitleJudge(load_title_lexicon(wordlists),
                              mash_score_below=float(section["mash_score_below"]),
                              typo_similarity=float(section["typo_similarity"]),
                              max_words=int(section["max_words"])),
                   junk_word=junk_word)

    def _mashed(self, title: str) -> bool:
        """Every word of a short title is one the gibberish detector calls a mash."""
        assert self.junk_word is not None
        words = _LETTERS.findall(title)
        judged = [word for word in words if len(word) >= _MASH_MIN_LETTERS]
        return (bool(judged) and len(words) <= _MASH_MAX_WORDS
                and all(self.junk_word(word) for word in judged))

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        title = screening.lead.job_title
        verdict = self.judge(title)
        why = verdict.why if verdict is not None else None
        if why is None and title and self.junk_word is not None and self._mashed(title):
            why = "a keyboard mash"
        if why is not None and title is not None:
            shown = " ".join(title.split())
            if len(shown) > _SHOWN_MAX:
                shown = shown[:_SHOWN_MAX - 1] + "…"
            yield Signal("job_title.implausible", "job_title",
                         {"value": shown, "why": why})
