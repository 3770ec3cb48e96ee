"""email.typo_domain: which domains are corrected to which provider, and which never are."""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from leadguard.checks.typo import TypoDomain
from leadguard.emailaddr import parse_email
from leadguard.lead import Lead
from leadguard.screening import Screening
from leadguard.signals import Signal
from leadguard.typos import KEYBOARD_NEIGHBOURS, TypoIndex, slips
from leadguard.wordlists import load_wordlists
from tests.conftest import codes

MUST_HIT = [
    # gmail: swaps, drops, doubles, neighbour keys, and suffix slips
    ("gmial.com", "gmail.com"),
    ("gamil.com", "gmail.com"),
    ("mgail.com", "gmail.com"),
    ("gmai.com", "gmail.com"),
    ("gmal.com", "gmail.com"),
    ("gmaill.com", "gmail.com"),
    ("gmmail.com", "gmail.com"),
    ("gnail.com", "gmail.com"),
    ("gmaik.com", "gmail.com"),
    ("gmaiol.com", "gmail.com"),
    ("gmail.co", "gmail.com"),
    ("gmail.con", "gmail.com"),
    ("gmail.cmo", "gmail.com"),
    ("gmail.cm", "gmail.com"),
    ("gmail.om", "gmail.com"),
    ("gmail.comm", "gmail.com"),
    ("gmail.c0m", "gmail.com"),
    ("gmail.vom", "gmail.com"),
    ("gmail.xom", "gmail.com"),
    ("gmial.con", "gmail.com"),
    # yahoo
    ("yaho.com", "yahoo.com"),
    ("yahooo.com", "yahoo.com"),
    ("yhaoo.com", "yahoo.com"),
    ("yahoo.cmo", "yahoo.com"),
    ("yahooo.fr", "yahoo.fr"),
    ("yaoo.co.uk", "yahoo.co.uk"),
    # hotmail, outlook, live
    ("hotmial.com", "hotmail.com"),
    ("hotmai.com", "hotmail.com"),
    ("hotmaill.com", "hotmail.com"),
    ("hotmail.con", "hotmail.com"),
    ("hotmial.co.uk", "hotmail.co.uk"),
    ("hotmial.fr", "hotmail.fr"),
    ("outlok.com", "outlook.com"),
    ("outllok.com", "outlook.com"),
    ("outlook.cm", "outlook.com"),
    ("live.con", "live.com"),
    # icloud and the rest
    ("iclod.com", "icloud.com"),
    ("icluod.com", "icloud.com"),
    ("icloud.co", "icloud.com"),
    ("googlemial.com", "googlemail.com"),
    ("ymial.com", "ymail.com"),
    ("protonmial.com", "protonmail.com"),
    ("comcats.net", "comcast.net"),
    ("sbcgloabl.net", "sbcglobal.net"),
    # short names get suffix slips only
    ("gmx.ne", "gmx.net"),
    ("gmx.nte", "gmx.net"),
    ("aol.con", "aol.com"),
    ("qq.cm", "qq.com"),
    ("me.con", "me.com"),
    ("163.cpm", "163.com"),
]

MUST_NOT_HIT = [
    # the targets themselves and real providers next to them
    "gmail.com", "mail.com", "gmx.net", "gmx.de", "gmx.com", "ymail.com", "y7mail.com",
    "yahoo.fr", "live.com", "me.com", "mac.com", "aol.com", "web.de", "qq.com", "163.com",
    "126.com", "mail.ru", "proton.me", "pm.me", "hey.com", "rocketmail.com", "googlemail.com",
    "outlook.fr", "icloud.com",
    # real country domains of the big providers
    "hotmail.co.uk", "yahoo.co.jp", "yahoo.com.br", "hotmail.de", "yahoo.com.co", "gmail.ru",
    # a cut-off country domain is as near to .co.uk as to .com: ambiguous
    "hotmail.co", "yahoo.co", "live.co",
    # company and other domains that merely resemble a provider
    "tamil.com", "gamma.com", "amail.com", "email.com", "hotmaps.com", "yahooligans.com",
    "outlook-consulting.com", "gmaill-consulting.com", "icloud.dev", "cloud.com", "fmail.com",
    "acme-corp.com", "example-widgets.io", "firma-nowak.pl", "proto.me",
    # short names are never corrected beyond the suffix
    "aoll.com", "qqq.com", "mial.com", "gmxx.net", "pmm.me",
    # two-letter country codes are not slips of one another
    "hotmail.se", "yahoo.dr", "web.fe",
    # subdomains and a typo one level down are left alone
    "mail.gmial.com", "gmial.com.br", "gmial.co.uk",
    # IDN and odd shapes
    "xn--gmil-moa.com", "xn--80ak6aa92e.com",
]


@pytest.fixture(scope="module")
def check() -> TypoDomain:
    """TypoDomain wired exactly as default_checks wires it, with the bundled word lists."""
    wordlists = load_wordlists()
    return TypoDomain(targets=wordlists.typo_targets, known=wordlists.free)


def screening(address: str) -> Screening:
    parsed = parse_email(address)
    return Screening(lead=Lead(email=address), email=None if isinstance(parsed, str) else parsed,
                     syntax_problem=parsed if isinstance(parsed, str) else None,
                     deadline=time.monotonic())


@pytest.mark.parametrize(("domain", "suggestion"), MUST_HIT)
def test_typo_domain_is_corrected(check: TypoDomain, domain: str, suggestion: str) -> None:
    """A slip of a listed provider emits email.typo_domain with the corrected address."""
    assert list(check(screening(f"jane@{domain}"))) == [
        Signal("email.typo_domain", "email",
               {"domain": domain, "suggestion": suggestion,
                "suggested_address": f"jane@{suggestion}"})]


@pytest.mark.parametrize("domain", MUST_NOT_HIT)
def test_real_or_unrelated_domain_is_never_corrected(check: TypoDomain, domain: str) -> None:
    """Providers, their country domains, companies and ambiguous slips get no suggestion."""
    assert list(check(screening(f"jane@{domain}"))) == []


def test_local_part_is_kept_as_typed(check: TypoDomain) -> None:
    """Only the domain is corrected: the mailbox name keeps its case, dots and tag."""
    [signal] = check(screening("Jane.Doe+news@GMIAL.com"))
    assert signal.detail["suggested_address"] == "Jane.Doe+news@gmail.com"


def test_unicode_domain_is_reported_as_typed() -> None:
    """An IDN typo of a listed IDN provider is reported in Unicode, corrected in ASCII."""
    target = "xn--gmil-moa.com"  # gmäil.com
    check = TypoDomain(targets=[target], known=())
    [signal] = check(screening("jane@gmäil.con"))
    assert signal.detail == {"domain": "gmäil.con", "suggestion": target,
                             "suggested_address": f"jane@{target}"}


def test_known_domain_is_never_corrected() -> None:
    """A domain on the free-provider list is real, however much it looks like a typo."""
    check = TypoDomain(targets=["gmail.com"], known=["gmial.com"])
    assert list(check(screening("jane@gmial.com"))) == []
    assert [s.detail["suggestion"] for s in check(screening("jane@gmai.com"))] == ["gmail.com"]


def test_a_slip_between_two_targets_suggests_nothing() -> None:
    """When two targets are equally near, guessing would be a coin toss: no suggestion."""
    index = TypoIndex(["mailbox.com", "mailbix.com"])
    assert index.suggest("mailbx.com") is None
    assert index.suggest("mailboxx.com") == "mailbox.com"
    both = TypoIndex(["hotmail.com", "hotmail.co.uk"])
    assert both.suggest("hotmail.co") is None
    assert both.suggest("hotmial.co") is None
    assert both.suggest("hotmial.com") == "hotmail.com"


def test_fewer_slips_win_over_more() -> None:
    """A domain one slip from a target is corrected to it even when another is two slips away."""
    index = TypoIndex(["yahoo.com", "yahoo.com.br"])
    assert index.suggest("yaho.com") == "yahoo.com"


def test_invalid_address_gets_no_suggestion(check: TypoDomain) -> None:
    """An address that does not parse is email.invalid_syntax's business, not a typo."""
    assert list(check(screening("jane@gmial"))) == []
    assert list(check(screening("not an address"))) == []


def test_keyboard_neighbours_follow_a_staggered_qwerty() -> None:
    """Neighbour keys are the ones touching on a QWERTY keyboard, digits row included."""
    assert KEYBOARD_NEIGHBOURS["g"] == frozenset("tyfhvb")
    assert KEYBOARD_NEIGHBOURS["o"] == frozenset("90ipkl")
    assert KEYBOARD_NEIGHBOURS["m"] == frozenset("njk")
    for key, near in KEYBOARD_NEIGHBOURS.items():
        assert all(key in KEYBOARD_NEIGHBOURS[other] for other in near)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12))
def test_every_slip_is_one_edit_away(word: str) -> None:
    """A slip is one drop, swap, double or neighbour-key edit: OSA distance exactly 1."""
    for typo in slips(word, keep_first=True):
        assert OSA.distance(typo, word) == 1
        assert typo[0] == word[0] or typo[:2] == word[1::-1]


@given(st.text(max_size=40))
def test_any_domain_gets_a_listed_provider_or_nothing(check: TypoDomain, domain: str) -> None:
    """Whatever string comes in, the answer is None or one of the targets, never an error."""
    assert check.suggest(domain) in check.index.targets | {None}


def test_substitutions_and_insertions_use_neighbour_keys_only() -> None:
    """gmail -> gnail (m and n touch) is a slip; gmail -> gmeil (a and e do not) is not."""
    found = slips("gmail", keep_first=True)
    assert {"gnail", "gmaul", "gmaio", "gmaiol", "gmial", "gmai", "ggmail"} <= found
    assert not {"gmeil", "gmaxl", "mail", "ymail", "fgmail", "amail"} & found


def test_screen_returns_the_suggested_address(screen: Any) -> None:
    """Through the API, jane@gmial.com comes back with suggestions.email and its adjustment."""
    result = screen(email="jane@gmial.com")
    assert result["suggestions"] == {"email": "jane@gmail.com"}
    [typo] = [a for a in result["adjustments"] if a["code"] == "email.typo_domain"]
    assert typo["field"] == "email"
    assert typo["reason"] == "gmial.com looks like a typo of gmail.com"
    assert result["verdict"] in {"review", "reject"}


def test_screen_suggests_nothing_for_the_provider_itself(screen: Any) -> None:
    """jane@gmail.com is no typo: no suggestion and no email.typo_domain."""
    result = screen(email="jane@gmail.com")
    assert result["suggestions"] == {}
    assert "email.typo_domain" not in codes(result)
