"""Spam in the message box: SEO and loan offers, link farms, the "your price" template, and
messages of random strings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

from leadguard.gibberish import bundled_junk_word
from leadguard.message_model import shared_message_model
from leadguard.messages import (
    MessageScreen,
    company_slug,
    load_message_rules,
    site_of,
    website_host,
)
from leadguard.policy import Policy
from leadguard.screening import Screening
from leadguard.signals import Signal


class _Bundled:
    """The default of from_policy's message_model: the bundled model."""


_BUNDLED = _Bundled()


class SpamMessage:
    codes: ClassVar[tuple[str, ...]] = ("message.spam_content",)

    def __init__(self, screen: MessageScreen) -> None:
        self.screen = screen

    @classmethod
    def from_policy(cls, policy: Policy, *, wordlists: str | Path | None = None,
                    message_model: Callable[[str], float] | _Bundled | None = _BUNDLED
                    ) -> SpamMessage:
        """The check with the [message] thresholds of the policy, the bundled patterns and the
        bundled message model (`message_model=None`: the rules alone)."""
        section = policy.section("message")
        junk_at = float(policy.section("gibberish")["email_threshold"])
        model = shared_message_model() if isinstance(message_model, _Bundled) \
            else message_model
        return cls(MessageScreen(load_message_rules(wordlists),
                                 spam_score_at=float(section["spam_score_at"]),
                                 junk_word=bundled_junk_word(junk_at), model=model,
                                 model_at=float(section["model_spam_at"]),
                                 model_leaning_at=float(section["model_leaning_at"]),
                                 model_leaning_weight=float(section["model_leaning_weight"]),
                                 model_genuine_below=float(section["model_genuine_below"]),
                                 model_genuine_weight=float(section["model_genuine_weight"]),
                                 model_min_letters=int(section["model_min_letters"])))

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        if not screening.lead.message:
            return
        finding = self.screen(screening.lead.message, own_sites(screening))
        if finding is not None:
            yield Signal("message.spam_content", "message",
                         {"evidence": finding.evidence, "score": f"{finding.score:.2f}"})


def own_sites(screening: Screening) -> frozenset[str]:
    """The sender's own sites: their mail domain's and their website's, and the name of their
    company as a site's first label (Westfield's westfield.com.ng, whatever the mail domain)."""
    hosts = []
    if screening.email is not None:
        hosts.append(screening.email.domain)
    if screening.lead.website and screening.lead.website.strip():
        hosts.append(website_host(screening.lead.website))
    sites = {site_of(host) for host in hosts if "." in host}
    if company := company_slug(screening.lead.company):
        sites.add(company)
    return frozenset(sites)
