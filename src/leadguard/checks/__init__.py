"""Checks: small callables that read a Screening and emit zero or more Signals.

A check is configured in __init__ (word lists, policy parameters) and does its work in
__call__, like a structlog processor. It names what it saw; it never knows its own points.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar, Protocol

from leadguard.policy import Policy
from leadguard.screening import Screening
from leadguard.signals import Signal
from leadguard.wordlists import Wordlists


class Check(Protocol):
    codes: ClassVar[tuple[str, ...]]  # every code this check may emit

    def __call__(self, screening: Screening) -> Iterable[Signal]: ...


def default_checks(policy: Policy, wordlists: Wordlists) -> list[Check]:
    """The checks of a screening, in the order they run."""
    from leadguard.checks.disposable import DisposableDomain, DisposableMx
    from leadguard.checks.form import Honeypot, TooFast
    from leadguard.checks.free import FreeProvider
    from leadguard.checks.gibberish import gibberish_checks
    from leadguard.checks.job_title import ImplausibleJobTitle
    from leadguard.checks.message import SpamMessage
    from leadguard.checks.mx import NoMx
    from leadguard.checks.role import RoleAccount
    from leadguard.checks.syntax import InvalidSyntax
    from leadguard.checks.typo import TypoDomain

    return [
        InvalidSyntax(),
        Honeypot(),
        TooFast(threshold_ms=float(policy.section("form")["too_fast_ms"])),
        TypoDomain(targets=wordlists.typo_targets, known=wordlists.free),
        DisposableDomain(wordlists.disposable, wordlists.legal_forms,
                         own_name_min_letters=int(
                             policy.section("disposable")["own_name_min_letters"]),
                         own_initials_min_letters=int(
                             policy.section("disposable")["own_initials_min_letters"])),
        FreeProvider(wordlists.free),
        RoleAccount(wordlists.role_accounts),
        NoMx(),
        DisposableMx(wordlists.disposable, wordlists.disposable_mx),
        *gibberish_checks(policy, wordlists.legal_forms),
        ImplausibleJobTitle.from_policy(policy),
        SpamMessage.from_policy(policy),
    ]
