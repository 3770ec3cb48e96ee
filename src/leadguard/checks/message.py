"""Spam in the message box: SEO and loan offers, link farms, the "your price" template, and
messages of random strings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from leadguard.gibberish import bundled_junk_word
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
        junk_at = float(policy.section("gibberish")["email_threshold"])
        return cls(MessageScreen(load_message_rules(wordlists),
                                 spam_score_at=float(section["spam_score_at"]),
                                 junk_word=bundled_junk_word(junk_at)))

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        finding = self.screen(screening.lead.message)
        if finding is not None:
            yield Signal("message.spam_content", "message",
                         {"evidence": finding.evidence, "score": f"{finding.score:.2f}"})
