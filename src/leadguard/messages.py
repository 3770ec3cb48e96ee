"""Message spam: weighted families of phrases and link features, each one a plain reason.

A family (SEO offer, loan offer, the "I wanted to know your price" template, ...) adds its
weight once when one of its strong patterns matches, or a capped share of it for weak ones;
links add weight by count, shorteners, BBCode and HTML anchors. The policy's threshold
decides; the evidence lists every part that added weight, so a moderator sees why.
Data: wordlists/message_spam_patterns.toml.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import tomllib
import unicodedata
from collections.abc import Callable, Mapping
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


_MIN_GATE = 3  # shorter required strings occur in nearly every message and filter nothing
# Words so common in messages that requiring them filters nothing.
_COMMON = frozenset({
    "you", "your", "the", "and", "for", "our", "with", "this", "that", "have", "are", "will",
    "can", "from", "not", "was", "were", "has", "had", "all", "any", "get", "out", "would",
    "like", "more", "about", "what", "how", "who", "per", "need", "want", "than", "just"})


def _required(items: Any) -> frozenset[str] | None:
    """Strings one of which any match of this parsed regular expression must contain.

    Reads the parse tree of re's own parser: runs of literal characters, groups, alternations
    whose every branch requires something, and repeats of at least one. Lookarounds, classes
    and optional parts require nothing. Of the candidates, the one whose shortest string is
    longest filters best. None when nothing of _MIN_GATE characters is required.
    """
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        literal = "".join(run).strip()
        if len(literal) >= _MIN_GATE and not _COMMON.issuperset(literal.split()):
            candidates.append(frozenset({literal}))
        run.clear()

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        flush()
        found: frozenset[str] | None = None
        if name == "SUBPATTERN":
            found = _required(av[-1])
        elif name == "BRANCH":
            branches = [_required(branch) for branch in av[1]]
            if all(branch is not None for branch in branches):
                found = frozenset().union(*(b for b in branches if b is not None))
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
            found = _required(av[2])
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda strings: min(len(text) for text in strings))


def required_strings(pattern: str) -> frozenset[str] | None:
    """The strings a text must contain one of for `pattern` to match it, when they can be read.

    re._parser is CPython's own (3.11+), not a public API: if it is missing or changes shape,
    the answer is None and the pattern is simply always searched.
    """
    try:
        parser: Any = importlib.import_module("re._parser")
        return _required(parser.parse(pattern))
    except Exception:  # any failure only turns the shortcut off
        return None


class _Pattern:
    """One compiled pattern and the strings a text needs one of for it to match (or None)."""

    __slots__ = ("bounded", "gate", "regex")

    def __init__(self, pattern: str) -> None:
        self.gate = required_strings(pattern)
        # Python's re skips ahead quickly to a pattern's possible first characters, but not
        # when the pattern opens with \\b; so a leading \\b is taken off and checked on each
        # match instead.
        self.bounded = pattern.startswith("\\b")
        self.regex = re.compile(pattern[2:] if self.bounded else pattern)

    def matches(self, text: str) -> bool:
        """The regular expression alone: PatternIndex has already checked the gate."""
        if not self.bounded:
            return self.regex.search(text) is not None
        position = 0
        while (match := self.regex.search(text, position)) is not None:
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
    strong: tuple[_Pattern, ...]  # any one matching adds the family's weight
    weak: tuple[_Pattern, ...]  # each distinct one adds weak_weight, up to the cap
    # `whole` families: one pattern for the whole message, greetings and thanks aside
    template: re.Pattern[str] | None


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
    index: PatternIndex
    junk: JunkRules


@dataclass(frozen=True)
class JunkRules:
    """When a short message counts as random strings: at most max_words words, of which at
    least min_junk and at least min_share are junk words of min_length letters or more."""

    max_words: int
    min_length: int
    min_junk: int
    min_share: float
    weight: float


@dataclass(frozen=True)
class PatternIndex:
    """Which patterns of the (non-whole) families can match a text, from the words it holds.

    Each pattern is filed under its gate words; a message is searched once for all gate words
    (plain substring tests), and only the patterns filed under the words found, plus the few
    without a gate, run their regular expression.
    """

    entries: tuple[tuple[int, int, _Pattern], ...]  # (family, weak index or -1 for strong, p)
    by_word: Mapping[str, tuple[int, ...]]
    always: tuple[int, ...]

    @classmethod
    def build(cls, families: tuple[Family, ...]) -> PatternIndex:
        entries: list[tuple[int, int, _Pattern]] = []
        for number, family in enumerate(families):
            entries.extend((number, -1, p) for p in family.strong)
            entries.extend((number, weak_number, p) for weak_number, p in enumerate(family.weak))
        by_word: dict[str, list[int]] = {}
        always = []
        for entry_id, (_, _, pattern) in enumerate(entries):
            if pattern.gate is None:
                always.append(entry_id)
            for word in pattern.gate or ():
                by_word.setdefault(word, []).append(entry_id)
        return cls(entries=tuple(entries),
                   by_word={word: tuple(ids) for word, ids in by_word.items()},
                   always=tuple(always))

    def candidates(self, text: str) -> list[int]:
        found = set(self.always)
        for word, ids in self.by_word.items():
            if word in text:
                found.update(ids)
        return sorted(found)


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
    patterns = _expand(list(table.get("strong", [])), macros)
    weak = tuple(_Pattern(p) for p in _expand(list(table.get("weak", [])), macros))
    template = None
    if table.get("whole", False):
        body = "|".join(f"(?:{p})" for p in patterns)
        template = re.compile(rf"^(?:(?:{macros['greeting']}) )*(?:{body})"
                              rf"(?: (?:{macros['thanks']}))*$")
        patterns = []
    return Family(name=name, label=str(table["label"]), weight=float(table["weight"]),
                  weak_weight=float(table.get("weak_weight", 0.0)),
                  weak_cap=float(table["weak_cap"]) if "weak_cap" in table else None,
                  strong=tuple(_Pattern(p) for p in patterns), weak=weak, template=template)


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
        junk_table = data["junk"]
        junk = JunkRules(max_words=int(junk_table["max_words"]),
                         min_length=int(junk_table["min_length"]),
                         min_junk=int(junk_table["min_junk"]),
                         min_share=float(junk_table["min_share"]),
                         weight=float(junk_table["weight"]))
        weak_cap = float(data["scoring"]["weak_cap"])
        weak_full = int(data["scoring"]["weak_full"])
    except (KeyError, TypeError, ValueError, re.error, tomllib.TOMLDecodeError) as exc:
        raise MessageRulesError(f"{FILE}: missing or malformed entry: {exc}") from exc
    return MessageRules(families=families, links=link_rules, weak_cap=weak_cap,
                        weak_full=weak_full,
                        version=hashlib.sha256(text.encode()).hexdigest()[:12],
                        index=PatternIndex.build(families), junk=junk)


class MessageScreen:
    """Scores one message; a finding only when the score reaches `spam_score_at`."""

    def __init__(self, rules: MessageRules, *, spam_score_at: float,
                 junk_word: Callable[[str], bool] | None = None) -> None:
        """`junk_word` tells whether one word is a keyboard mash or random string (the
        gibberish detector); without it, messages of random strings are not looked for."""
        self.rules = rules
        self.spam_score_at = spam_score_at
        self.junk_word = junk_word

    def __call__(self, message: str | None) -> MessageFinding | None:
        if message is None or not message.strip():
            return None
        finding = self.score(message)
        return finding if finding.score >= self.spam_score_at else None

    def score(self, message: str) -> MessageFinding:
        text = normalize_message(message)
        strong: set[int] = set()
        weak: dict[int, set[int]] = {}
        for entry_id in self.rules.index.candidates(text):
            owner, weak_number, pattern = self.rules.index.entries[entry_id]
            if weak_number < 0:
                if owner not in strong and pattern.matches(text):
                    strong.add(owner)
            elif pattern.matches(text):
                weak.setdefault(owner, set()).add(weak_number)
        # Whole-message templates are short; longer messages skip the per-character pass.
        bare = bare_words(text) if len(text) <= _WHOLE_MESSAGE_MAX else None
        parts: list[Part] = []
        for number, family in enumerate(self.rules.families):
            if family.template is not None:
                matched = bare is not None and family.template.search(bare) is not None
                weight = family.weight if matched else 0.0
            else:
                weight = self._family_weight(family, number in strong,
                                             len(weak.get(number, ())))
            if weight > 0:
                parts.append(Part(family.label, weight))
        without_emails = _EMAIL.sub(" ", text)
        links = {match.rstrip(".,;:!?)") for match in _URL.findall(without_emails)}
        words = _WORD.findall(_URL.sub(" ", without_emails))  # the words outside links
        parts.extend(self._link_parts(message, links, len(words)))
        if self.junk_word is not None and (junk := self._junk_part(words)) is not None:
            parts.append(junk)
        parts.sort(key=lambda part: -part.weight)
        return MessageFinding(round(sum(part.weight for part in parts), 4), tuple(parts))

    def _family_weight(self, family: Family, strong: bool, hits: int) -> float:
        if strong:
            return family.weight
        if hits >= self.rules.weak_full:
            return family.weight
        cap = self.rules.weak_cap if family.weak_cap is None else family.weak_cap
        return min(cap, family.weight, hits * family.weak_weight)

    def _junk_part(self, words: list[str]) -> Part | None:
        """A short message made mostly of random strings ("apzfmalt32215 cdgeswg"): bots fill
        the message box the way they fill the name. Links and addresses are not words."""
        rules = self.rules.junk
        if not words or len(words) > rules.max_words:
            return None
        assert self.junk_word is not None
        needed = max(rules.min_junk, rules.min_share * len(words))
        candidates = [word for word in words if len(word) >= rules.min_length]
        junk = 0
        for judged, word in enumerate(candidates):
            if len(candidates) - judged + junk < needed:
                return None  # the rest cannot reach the share: spare the detector
            junk += self.junk_word(word)
        if junk < needed:
            return None
        return Part("random strings instead of words", rules.weight)

    def _link_parts(self, raw: str, links: set[str], words: int) -> list[Part]:
        """`links`: the distinct links of the message (email addresses are not links);
        `words`: how many words stand outside them."""
        rules = self.rules.links
        parts: list[Part] = []
        count_weight = (rules.many_weight if len(links) >= rules.many
                        else rules.few_weight if len(links) >= rules.few else 0.0)
        if len(links) >= rules.bare_min and words <= rules.bare_max_words:
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
