"""Spam in the message box: SEO and loan offers, link farms, the "your price" template, and
messages of random strings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from leadguard.gibberish import bundled_word_score
from leadguard.messages import MessageScreen, load_message_rules
from leadguard.policy import Policy
from leadguard.screening import Screening
from leadguard.signals import Signal


class SpamMessage:
    codes: ClassVar[tuple[str, ...]] = ("message.spam_content",)

    def __init__(self, screen: MessageScreen) -> None:
        self.screen = screen

    @classmethod
    def from_policy(cls, policy: Policy, *, wordlists: str | Path | None = None) -> SpamMessage:
        """The check with the [message] threshold of the policy and the bundled patterns."""
        section = policy.section("message")
        threshold = float(policy.section("gibberish")["email_threshold"])

        def junk_word(word: str) -> bool:
            score = bundled_word_score(word)  # the detector loads once, on first use
            return score is not None and score >= threshold

        return cls(MessageScreen(load_message_rules(wordlists),
                                 spam_score_at=float(section["spam_score_at"]),
                                 junk_word=junk_word))

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        finding = self.screen(screening.lead.message)
        if finding is not None:
            yield Signal("message.spam_content", "message",
                         {"evidence": finding.evidence, "score": f"{finding.score:.2f}"})
