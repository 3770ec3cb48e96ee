"""What the classifier sees of a screened lead: text fields, facts, and the checks' signals.

One row per lead, a flat list of values in the order of `FeatureSpec.columns`: text columns
first (strings for the n-gram vectorizers), then numeric columns (floats, mostly 0..1).
The row is built with plain Python, without pandas: this runs on every screening.

Nothing here may depend on the network beyond the MX status the screening already has, so
the same lead, policy and word lists always give the same row.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from leadguard.dns import MX_STATUSES
from leadguard.messages import MIN_COMPANY_SLUG, company_slug, site_of, website_host
from leadguard.screening import Screening
from leadguard.signals import Signal

# The classifier's own verdict is never one of its inputs.
EXCLUDED_CODES = frozenset({"model.spam_likely"})

TEXT_COLUMNS: tuple[str, ...] = (
    "local",         # the mailbox name, lower-case
    "local_shape",   # the mailbox name as letter classes: jane.doe -> cvcvpcvv
    "name",          # first + last, or full name
    "name_shape",    # the names as letter classes with case: Davidfug DavidfugLM -> Cvcvcccvc ...
    "company",
    "title",
    "message",
)

# Elapsed-time buckets in milliseconds: [low, high) per bucket.
_ELAPSED_BUCKETS = ((0.0, 2000.0), (2000.0, 5000.0), (5000.0, 15000.0), (15000.0, 600000.0),
                    (600000.0, math.inf))

FACT_COLUMNS: tuple[str, ...] = (
    "elapsed.missing", "elapsed.lt_2s", "elapsed.2_5s", "elapsed.5_15s", "elapsed.15s_10m",
    "elapsed.gt_10m", "elapsed.log",
    "honeypot.filled",
    *(f"mx.{status}" for status in MX_STATUSES),
    "email.syntax_invalid",
    "local.length", "local.digit_ratio", "local.vowel_ratio", "local.consonant_run",
    "local.separators", "local.all_digits", "local.digit_run4", "local.non_ascii",
    "name.present", "name.length", "name.has_digit", "name.inner_capital",
    "name.repeated_prefix", "name.in_local", "name.non_latin", "name.single_case_word",
    "title.length",
    "message.links", "message.foreign_links", "message.upper_ratio",
    "website.present", "website.matches_email",
)

MESSAGE_CHARS = 1000  # longer messages are cut: the first part says what the message is
_VOWELS = frozenset("aeiouy")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_LINK_HOST = re.compile(r"(?:https?://|www\.)([^/\s?#:]+)", re.IGNORECASE)
_CONSONANT_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]+")
_DIGIT_RUN4 = re.compile(r"\d{4,}")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_NAME = re.compile(r"^[\sA-Za-z\u00C0-\u024F'.\-]*$")


def signal_columns(codes: Iterable[str]) -> tuple[str, ...]:
    """One 0/1 column per adjustment code the policy knows, the model's own code excepted."""
    return tuple(f"signal.{code}" for code in sorted(set(codes) - EXCLUDED_CODES))


@dataclass(frozen=True)
class FeatureSpec:
    """The columns of a feature row; stored with the model so training and serving agree."""

    signal_codes: tuple[str, ...]

    @classmethod
    def for_codes(cls, codes: Iterable[str]) -> FeatureSpec:
        return cls(tuple(sorted(set(codes) - EXCLUDED_CODES)))

    @property
    def columns(self) -> tuple[str, ...]:
        return (*TEXT_COLUMNS, *FACT_COLUMNS, *(f"signal.{c}" for c in self.signal_codes))

    @property
    def numeric_indices(self) -> list[int]:
        return list(range(len(TEXT_COLUMNS), len(self.columns)))

    def index(self, column: str) -> int:
        return self.columns.index(column)

    def row(self, screening: Screening, signals: Sequence[Signal]) -> list[object]:
        lead = screening.lead
        email = screening.email
        if email is not None:
            local, domain = email.local, email.ascii_domain
        else:
            local, _, domain = (lead.email or "").rpartition("@")
            local = local or lead.email or ""
        local = local.lower()
        names = _names(lead.first_name, lead.last_name, lead.full_name)
        name_text = " ".join(names)
        company = (lead.company or "").strip()
        title = (lead.job_title or "").strip()
        message = (lead.message or "").strip()[:MESSAGE_CHARS]

        texts: list[object] = [
            local, _shape(local), name_text.lower(), " ".join(_shape(n) for n in names),
            company.lower(), title.lower(), message,
        ]
        facts = [
            *_elapsed(lead.elapsed_ms),
            1.0 if lead.honeypot else 0.0,
            *_one_hot(screening.mx().status, MX_STATUSES),
            1.0 if screening.syntax_problem is not None else 0.0,
            *_local_facts(local),
            *_name_facts(names, local),
            min(len(title) / 40.0, 1.0),
            min(len(_URL.findall(message)) / 5.0, 1.0),
            min(_foreign_links(message, domain, lead.website, lead.company or "") / 4.0, 1.0),
            _upper_ratio(message),
            1.0 if lead.website else 0.0,
            1.0 if lead.website and domain and domain in lead.website.lower() else 0.0,
        ]
        present = {signal.code for signal in signals}
        flags = [1.0 if code in present else 0.0 for code in self.signal_codes]
        return [*texts, *facts, *flags]


def _names(first: str | None, last: str | None, full: str | None) -> list[str]:
    parts = [p.strip() for p in (first, last) if p and p.strip()]
    if not parts and full and full.strip():
        parts = full.split()
    return parts


def _shape(text: str) -> str:
    """Letter classes: v/c for vowels/consonants (V/C when upper-case), d digit, u other letter,
    p anything else. Keyboard mashes and bot-made names have shapes real names rarely have."""
    out = []
    for char in text:
        lower = char.lower()
        if "a" <= lower <= "z":
            kind = "v" if lower in _VOWELS else "c"
            out.append(kind.upper() if char.isupper() else kind)
        elif char.isdigit():
            out.append("d")
        elif char.isalpha():
            out.append("u")
        else:
            out.append("p")
    return "".join(out)


def _elapsed(elapsed: float | None) -> list[float]:
    if elapsed is None:
        return [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    buckets = [1.0 if low <= elapsed < high else 0.0 for low, high in _ELAPSED_BUCKETS]
    return [0.0, *buckets, min(math.log10(1.0 + elapsed) / 6.0, 1.0)]


def _one_hot(value: str, choices: Sequence[str]) -> list[float]:
    return [1.0 if value == choice else 0.0 for choice in choices]


def _local_facts(local: str) -> list[float]:
    length = len(local)
    if not length:
        return [0.0] * 8
    digits = sum(c.isdigit() for c in local)
    letters = [c for c in local if "a" <= c <= "z"]
    vowels = sum(c in _VOWELS for c in letters)
    runs = _CONSONANT_RUN.findall(local)
    return [
        min(length / 32.0, 1.0),
        digits / length,
        vowels / len(letters) if letters else 0.0,
        min(max((len(r) for r in runs), default=0) / 8.0, 1.0),
        1.0 if any(c in "._-+" for c in local) else 0.0,
        1.0 if digits == length else 0.0,
        1.0 if _DIGIT_RUN4.search(local) else 0.0,
        1.0 if not local.isascii() else 0.0,
    ]


def _name_facts(names: list[str], local: str) -> list[float]:
    if not names:
        return [0.0] * 8
    joined = " ".join(names)
    words = [w.lower() for name in names for w in _WORD.findall(name)]
    repeated = (len(names) >= 2 and len(names[0]) >= 3
                and names[1].lower().startswith(names[0].lower()))
    in_local = any(len(w) >= 3 and w in local for w in words)
    single_case = any(len(n) >= 4 and (n.islower() or n.isupper()) and n.isascii()
                      for n in names)
    return [
        1.0,
        min(len(joined) / 40.0, 1.0),
        1.0 if any(c.isdigit() for c in joined) else 0.0,
        1.0 if _INNER_CAPITAL.search(joined) else 0.0,
        1.0 if repeated else 0.0,
        1.0 if in_local else 0.0,
        0.0 if _LATIN_NAME.match(joined) else 1.0,
        1.0 if single_case else 0.0,
    ]


def _foreign_links(message: str, domain: str, website: str | None,
                   company: str = "") -> int:
    """Other sites linked from the message, counted once each. One site of your own is what
    real inquiries link to (even from a free-mail address); many sites are what spam does.
    A site is the sender's own when it is the email's or the website field's, or when its
    name and the company's are one another's part (F9 Financial GP -> f9financial.com)."""
    own = {site_of(domain)} if domain else set()
    if website:
        own.add(site_of(website_host(website)))
    sites = {site_of(host) for host in _LINK_HOST.findall(message)} - own
    if name := company_slug(company):
        sites = {site for site in sites if not _names_match(site.split(".")[0], name)}
    return len(sites)


def _names_match(label: str, company: str) -> bool:
    return len(label) >= MIN_COMPANY_SLUG and (label in company or company in label)


def _upper_ratio(message: str) -> float:
    letters = [c for c in message if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c.isupper() for c in letters) / len(letters)
