"""Job titles that are junk or a joke: placeholders, keyboard mashes, "CEO of Myself"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from leadguard.gibberish import bundled_junk_word, keyboard_features
from leadguard.policy import Policy
from leadguard.screening import Screening
from leadguard.signals import Signal
from leadguard.titles import TitleJudge, load_title_lexicon

_SHOWN_MAX = 80  # longer titles are cut in the reason text
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class MashOpinion:
    """The gibberish detector's second opinion on a title the judge cannot place: a title of at
    most `max_words` words whose every word of `min_letters` or more is junk ("zatsctz72645"),
    or one of whose words walks `walk` or more keys along a keyboard row ("Sdfghjklzxmoii
    Mompokujull"; no real title's word does). Shorter words ("VP", "Mgr") tell the detector
    nothing."""

    junk_word: Callable[[str], bool]
    max_words: int
    min_letters: int
    walk: int | None = None

    def __call__(self, title: str) -> bool:
        words = _LETTERS.findall(title)
        judged = [word for word in words if len(word) >= self.min_letters]
        if not judged or len(words) > self.max_words:
            return False
        if self.walk is not None and any(
                word.isascii() and keyboard_features(word.lower())[0] >= self.walk
                for word in judged):
            return True
        return all(self.junk_word(word) for word in judged)


class ImplausibleJobTitle:
    codes: ClassVar[tuple[str, ...]] = ("job_title.implausible",)

    def __init__(self, judge: TitleJudge, mashed: MashOpinion | None = None) -> None:
        """`mashed`: the gibberish detector's second opinion; None leaves it out."""
        self.judge = judge
        self.mashed = mashed

    @classmethod
    def from_policy(cls, policy: Policy, *, wordlists: str | Path | None = None
                    ) -> ImplausibleJobTitle:
        """The check with the [job_title] parameters of the policy and the bundled lists."""
        section = policy.section("job_title")
        return cls(TitleJudge.from_policy(policy, load_title_lexicon(wordlists)),
                   MashOpinion(bundled_junk_word(float(section["gibberish_threshold"])),
                               max_words=int(section["gibberish_max_words"]),
                               min_letters=int(section["gibberish_min_letters"]),
                               walk=int(section["gibberish_walk"])))

    def why(self, title: str | None) -> str | None:
        """Why the title is implausible, or None. The gibberish detector is only asked about a
        title the judge cannot place and whose words are not all words of known titles."""
        verdict = self.judge(title)
        if verdict is not None:
            return verdict.why
        if (title and self.mashed is not None and not self.judge.knows_every_word(title)
                and self.mashed(title)):
            return "a keyboard mash"
        return None

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        title = screening.lead.job_title
        why = self.why(title)
        if why is not None and title is not None:
            shown = " ".join(title.split())
            if len(shown) > _SHOWN_MAX:
                shown = shown[:_SHOWN_MAX - 1] + "…"
            yield Signal("job_title.implausible", "job_title",
                         {"value": shown, "why": why})
