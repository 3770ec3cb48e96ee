"""Disposable and temporary mailboxes: by list, and by the mail servers a domain uses."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar

from leadguard.gibberish import LETTER_RUNS, fold
from leadguard.screening import Screening
from leadguard.signals import Signal
from leadguard.wordlists import DomainSet


class DisposableDomain:
    """A listed domain, or a subdomain of one. The pinned lists are unions of public lists
    that name some ordinary company domains (balaton.com, smith.com, pop.com): a listed
    domain whose name is the company's or the sender's family name (Doru Pop of Pop SRL,
    doru.pop@pop.com), or the initials of the company's words (cbv.com of Conseil
    Bourgeois-Vidal SA, fl.com of Fjordkraft Logistikk ASA), is more likely theirs than a
    throwaway mailbox, so it gets email.disposable_own_name, which sends the lead to review
    instead of rejecting it."""

    codes: ClassVar[tuple[str, ...]] = ("email.disposable", "email.disposable_own_name")

    def __init__(self, disposable: DomainSet, legal_forms: Iterable[str], *,
                 own_name_min_letters: int, own_initials_min_letters: int) -> None:
        """`own_name_min_letters`: the policy's [disposable] own_name_min_letters, the fewest
        letters of a listed domain's name that can be told to be the sender's own;
        `own_initials_min_letters` the same for the initials of the company's words."""
        self.disposable = disposable
        self.legal_forms = frozenset(legal_forms)
        self.own_name_min_letters = own_name_min_letters
        self.own_initials_min_letters = own_initials_min_letters

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        email = screening.email
        if email is None:
            return
        listed = self.disposable.match(email.ascii_domain)
        if listed is None:
            return
        evidence = "listed" if listed == email.ascii_domain else f"a subdomain of {listed}"
        whose = self._whose_name(screening, listed.split(".")[0])
        if whose is not None:
            yield Signal("email.disposable_own_name", "email",
                         {"domain": email.domain, "evidence": evidence, "whose": whose})
        else:
            yield Signal("email.disposable", "email",
                         {"domain": email.domain, "evidence": evidence})

    def _whose_name(self, screening: Screening, label: str) -> str | None:
        """Which name of the lead `label` (the listed domain's name) is, if any."""
        if not label.isalpha():
            return None
        lead = screening.lead
        words = self._company_words(lead.company) if lead.company else []
        if (len(label) >= self.own_initials_min_letters
                and label == "".join(word[0] for word in words)):
            return f"the initials of the company {lead.company}"
        if len(label) < self.own_name_min_letters:
            return None
        if words and label in (words[0], "".join(words)):
            return f"the company {lead.company}"
        family = lead.last_name or (lead.full_name.split()[-1] if lead.full_name else None)
        if family and self._letters(family) == [label]:
            return f"the sender's family name {family}"
        return None

    def _company_words(self, company: str) -> list[str]:
        """A company's words without its legal form. It goes by its first word, all of them
        run together (Balaton Bt. -> balaton; Pop SRL -> pop), or their initials (Conseil
        Bourgeois-Vidal SA -> cbv) in a domain."""
        return [w for w in self._letters(company) if w not in self.legal_forms]

    @staticmethod
    def _letters(text: str) -> list[str]:
        folded = fold(text)
        return [w.lower() for w in LETTER_RUNS.findall(folded)] if folded else []


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
