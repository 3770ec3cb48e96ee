"""Message spam: weighted families of phrases and link features, each one a plain reason.

A family (SEO offer, loan offer, the "I wanted to know your price" template, ...) adds its
weight once when one of its strong patterns matches, or a capped share of it for weak ones;
links add weight by count, shorteners, BBCode and HTML anchors. The policy's threshold
decides; the evidence lists every part that added weight, so a moderator sees why.
Data: wordlists/message_spam_patterns.toml.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

FILE = "message_spam_patterns.toml"

_SPACES = re.compile(r"\s+")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'\[\]]+"
    r"|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|net|org|info|biz|io|co|ru|xyz|top|site|online|"
    r"shop|store|club|pro|me|us|uk|de|in|cn|su|ua|pl|br|fr|it|es|nl|ly|gl|gd|gy|cc|to|ee|"
    r"be|at|ch|tk|ml|ga|cf|gq|link|click|live|life|space|website|tech|app|dev)\b(?:/[^\s<>\"']*)?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BBCODE = re.compile(r"\[url\s*=|\[url\]|\[link\s*=", re.IGNORECASE)
_ANCHOR = re.compile(r"<a\s[^>]*href\s*=", re.IGNORECASE)
_HOST = re.compile(r"^(?:https?://)?(?:www\.)?([^/:?#\s]+)")
_WORD = re.compile(r"[^\W_]{2,}")
_WHOLE_MESSAGE_MAX = 300


class MessageRulesError(ValueError):
    """The message rules file cannot be used; the message says what to fix."""


class Matcher:
    """Patterns of one kind, searched together.

    Python's re skips ahead quickly to a pattern's possible first characters, but not when the
    pattern opens with \\b; so a leading \\b is taken off and checked on each match instead.
    """

    def __init__(self, patterns: list[str]) -> None:
        bounded = [p[2:] for p in patterns if p.startswith("\\b")]
        plain = [p for p in patterns if not p.startswith("\\b")]
        self.bounded = re.compile("|".join(f"(?:{p})" for p in bounded)) if bounded else None
        self.plain = re.compile("|".join(f"(?:{p})" for p in plain)) if plain else None

    def search(self, text: str) -> bool:
        if self.plain is not None and self.plain.search(text):
            return True
        if self.bounded is None:
            return False
        position = 0
        while (match := self.bounded.search(text, position)) is not None:
            start = match.start()
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
                return True
            position = start + 1
        return False


@dataclass(frozen=True)
class Family:
    name: str
    label: str
    weight: float
    weak_weight: float
    weak_cap: float | None  # None: the file-wide [scoring] weak_cap
    strong: Matcher | re.Pattern[str] | None
    weak: tuple[Matcher, ...]
    whole: bool


@dataclass(frozen=True)
class LinkRules:
    few: int
    few_weight: float
    many: int
    many_weight: float
    shortener_weight: float
    bbcode_weight: float
    html_weight: float
    bare_min: int
    bare_max_words: int
    bare_weight: float
    shorteners: frozenset[str]


@dataclass(frozen=True)
class MessageRules:
    families: tuple[Family, ...]
    links: LinkRules
    weak_cap: float
    weak_full: int
    version: str


@dataclass(frozen=True)
class Part:
    label: str
    weight: float


@dataclass(frozen=True)
class MessageFinding:
    score: float
    parts: tuple[Part, ...]  # what added weight, strongest first

    @property
    def evidence(self) -> str:
        """Plain words for the reason: "an SEO / backlink offer and 6 links"."""
        labels = [part.label for part in self.parts]
        if len(labels) <= 1:
            return "".join(labels)
        return ", ".join(labels[:-1]) + " and " + labels[-1]


def normalize_message(message: str) -> str:
    """NFKC, lower-cased, whitespace collapsed; typographic apostrophes made plain.

    lower(), not casefold(): casefold turns Greek final sigma and German sharp s into other
    letters, which the patterns are not written in.
    """
    text = unicodedata.normalize("NFKC", message).lower().replace("\u2019", "'")
    return _SPACES.sub(" ", text).strip()


def bare_words(text: str) -> str:
    """Punctuation and symbols turned into spaces; letters and their combining marks kept."""
    spaced = "".join(" " if unicodedata.category(ch)[0] in "PSZ" else ch for ch in text)
    return _SPACES.sub(" ", spaced).strip()


def _root(directory: str | Path | None) -> Traversable:
    if directory is not None:
        return Path(directory)
    return resources.files("leadguard").joinpath("wordlists")


def _expand(patterns: list[str], macros: Mapping[str, str]) -> list[str]:
    expanded = []
    for pattern in patterns:
        for name, alternation in macros.items():
            pattern = pattern.replace("{" + name + "}", alternation)
        re.compile(pattern)  # name the broken pattern itself, not the family's alternation
        expanded.append(pattern)
    return expanded


def _family(table: Mapping[str, Any], macros: Mapping[str, str]) -> Family:
    name = str(table["name"])
    whole = bool(table.get("whole", False))
    strong: Matcher | re.Pattern[str] | None = None
    if table.get("strong"):
        patterns = _expand(list(table["strong"]), macros)
        if whole:
            body = "|".join(f"(?:{p})" for p in patterns)
            strong = re.compile(rf"^(?:(?:{macros['greeting']}) )*(?:{body})"
                                rf"(?: (?:{macros['thanks']}))*$")
        else:
            strong = Matcher(patterns)
    weak = tuple(Matcher([p]) for p in _expand(list(table.get("weak", [])), macros))
    return Family(name=name, label=str(table["label"]), weight=float(table["weight"]),
                  weak_weight=float(table.get("weak_weight", 0.0)),
                  weak_cap=float(table["weak_cap"]) if "weak_cap" in table else None,
                  strong=strong,
                  weak=weak, whole=whole)


@lru_cache(maxsize=4)
def load_message_rules(directory: str | Path | None = None) -> MessageRules:
    """Read and compile wordlists/message_spam_patterns.toml."""
    root = _root(directory)
    try:
        text = root.joinpath(FILE).read_text("utf-8")
    except OSError as exc:
        raise MessageRulesError(f"{FILE} cannot be read from {root}: {exc}") from exc
    try:
        data = tomllib.loads(text)
        macros = {name: "|".join(values) for name, values in data["macros"].items()}
        families = tuple(_family(table, macros) for table in data["families"])
        links = data["links"]
        link_rules = LinkRules(
            few=int(links["few"]), few_weight=float(links["few_weight"]),
            many=int(links["many"]), many_weight=float(links["many_weight"]),
            shortener_weight=float(links["shortener_weight"]),
            bbcode_weight=float(links["bbcode_weight"]),
            html_weight=float(links["html_weight"]),
            bare_min=int(links["bare_min"]), bare_max_words=int(links["bare_max_words"]),
            bare_weight=float(links["bare_weight"]),
            shorteners=frozenset(host.lower() for host in links["shorteners"]))
        weak_cap = float(data["scoring"]["weak_cap"])
        weak_full = int(data["scoring"]["weak_full"])
    except (KeyError, TypeError, ValueError, re.error, tomllib.TOMLDecodeError) as exc:
        raise MessageRulesError(f"{FILE}: missing or malformed entry: {exc}") from exc
    return MessageRules(families=families, links=link_rules, weak_cap=weak_cap,
                        weak_full=weak_full,
                        version=hashlib.sha256(text.encode()).hexdigest()[:12])


class MessageScreen:
    """Scores one message; a finding only when the score reaches `spam_score_at`."""

    def __init__(self, rules: MessageRules, *, spam_score_at: float) -> None:
        self.rules = rules
        self.spam_score_at = spam_score_at

    def __call__(self, message: str | None) -> MessageFinding | None:
        if message is None or not message.strip():
            return None
        finding = self.score(message)
        return finding if finding.score >= self.spam_score_at else None

    def score(self, message: str) -> MessageFinding:
        text = normalize_message(message)
        # Whole-message templates are short; longer messages skip the per-character pass.
        bare = bare_words(text) if len(text) <= _WHOLE_MESSAGE_MAX else None
        parts: list[Part] = []
        for family in self.rules.families:
            if family.whole and bare is None:
                continue
            weight = self._family_weight(family, bare if family.whole and bare else text)
            if weight > 0:
                parts.append(Part(family.label, weight))
        parts.extend(self._link_parts(message, text))
        parts.sort(key=lambda part: -part.weight)
        return MessageFinding(round(sum(part.weight for part in parts), 4), tuple(parts))

    def _family_weight(self, family: Family, text: str) -> float:
        if family.strong is not None and family.strong.search(text):
            return family.weight
        hits = sum(1 for pattern in family.weak if pattern.search(text))
        if hits >= self.rules.weak_full:
            return family.weight
        cap = self.rules.weak_cap if family.weak_cap is None else family.weak_cap
        return min(cap, family.weight, hits * family.weak_weight)

    def _link_parts(self, raw: str, text: str) -> list[Part]:
        rules = self.rules.links
        parts: list[Part] = []
        without_emails = _EMAIL.sub(" ", text)
        links = {match.rstrip(".,;:!?)") for match in _URL.findall(without_emails)}
        count_weight = (rules.many_weight if len(links) >= rules.many
                        else rules.few_weight if len(links) >= rules.few else 0.0)
        if (len(links) >= rules.bare_min
                and len(_WORD.findall(_URL.sub(" ", without_emails))) <= rules.bare_max_words):
            parts.append(Part(f"{len(links)} links and almost no other text",
                              max(count_weight, rules.bare_weight)))
        elif count_weight:
            parts.append(Part(f"{len(links)} links", count_weight))
        # A shortener counts only as a link with a path: naming "bit.ly" in a sentence is not one.
        shorteners = sorted({match[1] for link in links
                             if (match := _HOST.match(link)) and match[1] in rules.shorteners
                             and len(link) > match.end() + 1})
        if shorteners:
            parts.append(Part(f"a link shortener ({', '.join(shorteners)})",
                              rules.shortener_weight))
        if _BBCODE.search(raw):
            parts.append(Part("BBCode links", rules.bbcode_weight))
        if _ANCHOR.search(raw):
            parts.append(Part("HTML links", rules.html_weight))
        return parts
