"""The list checks through the HTTP API: email.disposable, email.free_provider, email.role_account.

Per rule, the inputs that must hit and the inputs that must not. Domains outside the test DNS
zone answer NXDOMAIN (email.no_mx), so list-only cases assert the presence or absence of the one
code under test, not the verdict.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import codes

# --- email.disposable ------------------------------------------------------------------------


@pytest.mark.parametrize("email", [
    "jane@mailinator.com",
    "jane@guerrillamail.com",
    "jane@10minutemail.com",
    "jane@temp-mail.org",
    "jane@yopmail.com",
    "jane@sharklasers.com",
])
def test_disposable_hits_listed_domains(screen: Any, email: str) -> None:
    """An address at a listed disposable provider gets email.disposable and is rejected."""
    result = screen(email=email)
    assert "email.disposable" in codes(result)
    assert result["email"]["disposable"] is True
    assert result["verdict"] == "reject"
    assert result["spam"] is True


def test_disposable_hits_a_subdomain_of_a_listed_domain(screen: Any) -> None:
    """A subdomain of a listed provider is disposable too, and the reason says which parent."""
    result = screen(email="jane@inbox.eu.mailinator.com")
    [adjustment] = [a for a in result["adjustments"] if a["code"] == "email.disposable"]
    assert "a subdomain of mailinator.com" in adjustment["reason"]


def test_disposable_ignores_letter_case(screen: Any) -> None:
    """Upper-case input matches the lower-case list."""
    result = screen(email="JANE.DOE@MailInator.COM")
    assert "email.disposable" in codes(result)


@pytest.mark.parametrize(("lead", "whose"), [
    ({"email": "doru.pop@pop.com", "company": "Pop SRL"}, "the company Pop SRL"),
    ({"email": "mihaly.szalai@balaton.com", "company": "Balaton Bt."}, "the company Balaton Bt."),
    ({"email": "gsmith@smith.com", "company": "Smith Corp."}, "the company Smith Corp."),
    ({"email": "ana@mail.pop.com", "company": "Pop S.A."}, "the company Pop S.A."),
    ({"email": "lfranco@franco.com", "first_name": "Luz", "last_name": "Franco"},
     "the sender's family name Franco"),
    ({"email": "ugwu@ugwu.com", "full_name": "Nneka Ugwu"}, "the sender's family name Ugwu"),
    ({"email": "jl.vidal@cbv.com", "company": "Conseil Bourgeois-Vidal SA"},
     "the initials of the company Conseil Bourgeois-Vidal SA"),
    ({"email": "elin.berg@fl.com", "company": "Fjordkraft Logistikk ASA"},
     "the initials of the company Fjordkraft Logistikk ASA"),
])
def test_disposable_listed_domain_bearing_the_senders_name_goes_to_review(
        screen: Any, lead: dict[str, str], whose: str) -> None:
    """A listed domain that is the company's or the family's name is more likely theirs than
    a throwaway mailbox: email.disposable_own_name sends it to review, and says why."""
    result = screen(**lead)
    assert "email.disposable" not in codes(result)
    [adjustment] = [a for a in result["adjustments"]
                    if a["code"] == "email.disposable_own_name"]
    assert whose in adjustment["reason"]
    assert adjustment["points"] == -25
    assert result["email"]["disposable"] is False


@pytest.mark.parametrize("lead", [
    {"email": "doru.pop@pop.com", "company": "Acme SRL", "last_name": "Popescu"},
    {"email": "jane@mailinator.com", "company": "Jane's Bakery", "last_name": "Mailer"},
    {"email": "jane@yopmail.com", "company": "yop"},  # a part of the name is not the name
    {"email": "jane@pop.com", "company": "SRL"},  # a legal form alone names nothing
    {"email": "jane@cbv.com", "company": "Conseil Vidal SA"},  # initials of other words
    {"email": "jane@fl.com", "company": "FL AS"},  # a two-letter name is no evidence
])
def test_disposable_own_name_needs_the_whole_name(screen: Any, lead: dict[str, str]) -> None:
    """A listed domain whose name is not the company's or family's stays disposable."""
    result = screen(**lead)
    assert "email.disposable" in codes(result)
    assert "email.disposable_own_name" not in codes(result)


@pytest.mark.parametrize("email", [
    "jane@fastmail.com",
    "jane@gmx.net",
    "jane@gmx.de",
    "jane@protonmail.com",
    "jane@proton.me",
    "jane@mail.ru",
    "jane@yandex.ru",
    "jane@163.com",
    "jane@126.com",
    "jane@qq.com",
    "jane@naver.com",
    "jane@zoho.com",
    "jane@web.de",
])
def test_disposable_misses_allowlisted_real_providers(screen: Any, email: str) -> None:
    """Real providers some public lists flag are not disposable; they are merely free."""
    result = screen(email=email)
    assert "email.disposable" not in codes(result)
    assert result["email"]["disposable"] is False
    assert result["verdict"] == "accept"


@pytest.mark.parametrize("email", [
    "jane@21cn.com",  # China Telecom, on four upstream lists
    "jane@sohu.com",
    "jane@duck.com",  # a forwarding relay: the reply reaches a real person
    "jane@mozmail.com",
    "jane@privaterelay.appleid.com",
    "jane@consultant.com",  # one of mail.com's sign-up domains
])
def test_disposable_misses_providers_the_allowlist_rescues(screen: Any, email: str) -> None:
    """Providers that upstream lists do carry are rescued by the allowlist."""
    assert "email.disposable" not in codes(screen(email=email))


@pytest.mark.parametrize("email", ["jane@acme.com.ar", "jane@widgets.net.ua", "jane@firma.msk.ru"])
def test_disposable_misses_domains_under_a_public_suffix_a_list_names(screen: Any,
                                                                      email: str) -> None:
    """A company under com.ar, net.ua or msk.ru is not disposable though a list names the suffix."""
    assert "email.disposable" not in codes(screen(email=email))


@pytest.mark.parametrize("email", [
    "jane.doe@acme-corp.com",
    "jan.kowalski@firma-nowak.pl",
    "tanaka@tanaka-shoji.co.jp",
])
def test_disposable_misses_company_domains(screen: Any, email: str) -> None:
    """Company domains are not disposable, by list or by their mail servers."""
    result = screen(email=email)
    assert "email.disposable" not in codes(result)
    assert result["verdict"] == "accept"


# --- email.free_provider ---------------------------------------------------------------------


@pytest.mark.parametrize("email", [
    "jane.doe@gmail.com",
    "jane.doe@googlemail.com",
    "jean.dupont@yahoo.fr",
    "jane@yahoo.com",
    "jane@hotmail.co.uk",
    "jane@outlook.com",
    "jane@icloud.com",
    "jane@gmx.de",
    "jane@web.de",
    "jane@mail.ru",
    "jane@163.com",
    "jane@naver.com",
])
def test_free_provider_hits_free_mailboxes(screen: Any, email: str) -> None:
    """A personal mailbox at a free provider gets email.free_provider."""
    result = screen(email=email)
    assert "email.free_provider" in codes(result)
    assert result["email"]["free"] is True


def test_free_provider_numeric_qq_mailbox_hits_nothing_else(screen: Any) -> None:
    """A QQ number mailbox is a normal free address: free, and no role, gibberish or disposable."""
    result = screen(email="12345678@qq.com")
    assert codes(result) == {"email.free_provider"}


def test_free_provider_is_not_spam(screen: Any) -> None:
    """A free address alone is a weaker lead, never spam: the verdict stays accept."""
    result = screen(email="jane.doe@gmail.com")
    assert result["verdict"] == "accept"
    assert result["spam"] is False
    [adjustment] = result["adjustments"]
    assert adjustment["code"] == "email.free_provider"
    assert adjustment["points"] < 0
    assert "gmail.com is a free email provider" in adjustment["reason"]


@pytest.mark.parametrize("email", [
    "jane.doe@acme-corp.com",
    "dev@example-widgets.io",
    "jan.kowalski@firma-nowak.pl",
])
def test_free_provider_misses_company_domains(screen: Any, email: str) -> None:
    """A company domain is not a free provider."""
    result = screen(email=email)
    assert "email.free_provider" not in codes(result)
    assert result["email"]["free"] is False


def test_free_provider_is_not_added_to_a_disposable_address(screen: Any) -> None:
    """Disposable wins: a disposable address is not also reported as free."""
    assert "email.free_provider" not in codes(screen(email="jane@mailinator.com"))


def test_free_provider_matches_exact_domains_only(screen: Any) -> None:
    """A subdomain of a free provider (a company's own mail host) is not a free mailbox."""
    assert "email.free_provider" not in codes(screen(email="jane@corp.gmail.com"))


# --- email.role_account ----------------------------------------------------------------------


@pytest.mark.parametrize("email", [
    "info@acme-corp.com",
    "sales@acme-corp.com",
    "support@acme-corp.com",
    "no-reply@acme-corp.com",
    "noreply@acme-corp.com",
    "no.reply@acme-corp.com",
    "no_reply@acme-corp.com",
    "info+leads@acme-corp.com",
    "INFO@acme-corp.com",
    "hr@acme-corp.com",
    "biuro@firma-nowak.pl",
    "kontakt@firma-nowak.pl",
])
def test_role_account_hits_role_mailboxes(screen: Any, email: str) -> None:
    """A role mailbox (any case, with '.', '_' or '-' inside, or a +tag) gets email.role_account."""
    result = screen(email=email)
    assert "email.role_account" in codes(result)
    assert result["email"]["role"] is True


@pytest.mark.parametrize("email", [
    "jane@acme-corp.com",
    "jane.doe@acme-corp.com",
    "informatics@acme-corp.com",  # starts like "info" but is a word of its own
    "salesforce.admin@acme-corp.com",  # whole local parts match, never a prefix
    "john.sales@acme-corp.com",
    "md@acme-corp.com",  # two letters: as likely initials as a role
    "alexa@acme-corp.com",  # a given name
    "12345678@qq.com",
])
def test_role_account_misses_personal_mailboxes(screen: Any, email: str) -> None:
    """A person's mailbox is not a role account, even when it contains a role word."""
    result = screen(email=email)
    assert "email.role_account" not in codes(result)
    assert result["email"]["role"] is False


def test_role_account_is_a_small_penalty_not_spam(screen: Any) -> None:
    """A role mailbox at a real company costs a few points and stays accepted."""
    result = screen(email="info@acme-corp.com")
    assert result["verdict"] == "accept"
    assert result["spam"] is False
    [adjustment] = result["adjustments"]
    assert adjustment["code"] == "email.role_account"
    assert adjustment["points"] < 0
