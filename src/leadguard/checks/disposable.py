"""Disposable and temporary mailboxes: by list, and by the mail servers a domain uses."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from leadguard.screening import Screening
from leadguard.signals import Signal
from leadguard.wordlists import DomainSet


class DisposableDomain:
    codes: ClassVar[tuple[str, ...]] = ("email.disposable",)

    def __init__(self, disposable: DomainSet) -> None:
        self.disposable = disposable

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        email = screening.email
        if email is None:
            return
        listed = self.disposable.match(email.ascii_domain)
        if listed is not None:
            evidence = "listed" if listed == email.ascii_domain else f"a subdomain of {listed}"
            yield Signal("email.disposable", "email",
                         {"domain": email.domain, "evidence": evidence})


class DisposableMx:
    """A domain on no list whose mail is handled by known disposable-mail servers."""

    codes: ClassVar[tuple[str, ...]] = ("email.disposable",)

    def __init__(self, disposable: DomainSet, disposable_mx: DomainSet) -> None:
        self.disposable = disposable
        self.disposable_mx = disposable_mx

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        email = screening.email
        if email is None or self.disposable.match(email.ascii_domain) is not None:
            return
        result = screening.mx()
        if result.implicit:
            return
        for host in result.hosts:
            server = self.disposable_mx.match(host)
            if server is not None:
                yield Signal("email.disposable", "email",
                             {"domain": email.domain,
                              "evidence": f"its mail server {host} serves disposable mailboxes"})
                return
