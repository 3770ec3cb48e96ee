"""Message spam: weighted families of phrases and link features, each one a plain reason.

A family (SEO offer, loan offer, the "I wanted to know your price" template, ...) adds its
weight once when one of its strong patterns matches, or a capped share of it for weak ones
(counted by pattern, or by kind of cue: a cold pitch is two kinds of cue, a seller's price and a
free audit, not one phrase two patterns happen to match); families of negative weight are
counter-evidence (a customer describing the spam they get). Links add weight by count,
shorteners, BBCode, HTML and Markdown anchors and link drops; disguised words ("V1agra",
"S E O") add theirs. The policy's threshold decides; the evidence lists every part that added
weight, so a moderator sees why.
Data: wordlists/message_spam_patterns.toml.
"""

from __future__ import annotations

import hashlib
import importlib
import itertools
import re
import tomllib
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
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
    r"be|at|ch|tk|ml|ga|cf|gq|link|click|live|life|space|website|tech|app|dev|fun|buzz|work|monster|"
    r"best|ws|icu|win|bid|today|world|agency|ca|au|jp|vn|tr|cz|ro|fi|dk|pt|ie|nz|za|mx|id|li|asia|ink|"
    r"lv|lt|hu|sk|gr|kr|tw|hk|sg|ph|ng|ke|pk|bd|lk|eg|ae|ar|cl|pe|kz|uz|md|rs|hr|bg|ba|lu|ge|az)\b"
    r"(?:/[^\s<>\"']*)?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# [img] too: forum image tags are typed by bots, never by a customer (data/blind35)
# ... and since the fifty-second blind set a word set in BBCode's bold, italic or underline
# ("[i]cash advance[/i] <link>"): a forum poster's markup, which no form renders
_BBCODE = re.compile(r"\[url\s*=|\[url\]|\[link\s*=|\[img\]|\[img\s*="
                     r"|\[([biu])\][^\[\]\n]{1,80}\[/\1\]", re.IGNORECASE)
# <a href=...>, also as a form that escapes HTML shows it (&lt;a href=&quot;...)
_ANCHOR = re.compile(r"(?:<|&lt;)a\s(?:(?!>|&gt;).)*href\s*=", re.IGNORECASE)
_MARKDOWN = re.compile(r"\]\(\s*(?:https?://|www\.)", re.IGNORECASE)
_HOST = re.compile(r"^(?:https?://)?(?:www\.)?([^/:?#\s]+)")
# what ends a sentence after a link ("see https://acme.com.", "(https://acme.com)"), not the link
_AFTER_LINK = ".,;:!?)"
_WORD = re.compile(r"[^\W_]{2,}")
_WHOLE_MESSAGE_MAX = 300
# Words between quotation marks ("...", “...”, „...“, «...», 「...」): when counter-evidence says
# the sender is quoting spam it received, the cues inside the quotes are the spam's, not the
# sender's. Straight single quotes are apostrophes too often to count.
_QUOTED = re.compile(r'"[^"\n]{3,400}"|“[^”\n]{3,400}”|„[^“”\n]{3,400}[“”]|«[^»\n]{3,400}»'
                     r"|「[^」\n]{1,400}」|『[^』\n]{1,400}』")


class MessageRulesError(ValueError):
    """The message rules file cannot be used; the message says what to fix."""


_MIN_GATE = 3  # shorter required strings occur in nearly every message and filter nothing
_WIDE = 0x3000  # from here on (kana, CJK, Hangul) two characters are a word and rare enough
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
        wide = len(literal) >= 2 and all(ord(char) >= _WIDE for char in literal)
        if (len(literal) >= _MIN_GATE or wide) and not _COMMON.issuperset(literal.split()):
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
        return self.span(text) is not None

    def span(self, text: str) -> tuple[int, int] | None:
        """Where the first match is, or None."""
        if not self.bounded:
            match = self.regex.search(text)
            return None if match is None else match.span()
        position = 0
        while (match := self.regex.search(text, position)) is not None:
            start = match.start()
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
                return match.span()
            position = start + 1
        return None


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
    # A family of `kinds` counts distinct kinds of cue, not distinct patterns: the kind of each
    # weak pattern (an index into kind_names). Without kinds, each pattern is its own kind.
    weak_kinds: tuple[int, ...] = ()
    kind_names: tuple[str, ...] = ()
    # kinds that count twice when two of their patterns match in different places ("starting
    # at $199 ... or $25/hour": a rate card)
    twice: frozenset[int] = frozenset()
    # kinds whose patterns end in a link that counts only when it leads elsewhere than the
    # sender's own site ("Tender documents: https://<the sender's domain>" is a buyer's)
    foreign_link: frozenset[int] = frozenset()

    def kinds_hit(self, weak_hits: set[int], text: str) -> list[int]:
        """The distinct kinds of the weak patterns that matched, in the file's order; a kind
        of `twice` is listed twice when two of its matches do not overlap."""
        if not self.kind_names:
            return sorted(weak_hits)
        kinds = sorted({self.weak_kinds[number] for number in weak_hits})
        for kind in self.twice.intersection(kinds):
            spans = sorted(span for number in weak_hits if self.weak_kinds[number] == kind
                           if (span := self.weak[number].span(text)) is not None)
            if any(later[0] >= earlier[1] for earlier, later in itertools.pairwise(spans)):
                kinds.append(kind)
        return kinds


@dataclass(frozen=True)
class LinkRules:
    few: int
    few_weight: float
    many: int
    many_weight: float
    shortener_weight: float
    bbcode_weight: float
    html_weight: float
    markdown_weight: float
    bare_min: int
    bare_max_words: int
    bare_weight: float
    lone_max_words: int
    lone_weight: float
    lone_exempt: frozenset[str]  # words that say what a lone link is: "RFQ: <link>"
    # top-level domains registered mostly for throwaway sites: a lone link to one counts even
    # without a path, with up to throwaway_max_words words beside it
    throwaway_tlds: frozenset[str]
    throwaway_max_words: int
    list_min: int
    list_words_per_link: float
    repeat_min: int  # one link this many times, next to almost no words, is a link drop
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
    disguise: DisguiseRules


@dataclass(frozen=True)
class JunkRules:
    """When a short message counts as random strings: at most max_words words, of which at
    least min_junk and at least min_share are junk words of min_length letters or more, and
    more than judged_share_over of the words of min_length letters or more."""

    max_words: int
    min_length: int
    min_junk: int
    min_share: float
    judged_share_over: float
    weight: float


@dataclass(frozen=True)
class DisguiseRules:
    """Spam words written so that word lists miss them: a listed word with look-alike digits
    ("G00GLE", "V1agra", "fr33"), and words spelled out letter by letter ("S E O")."""

    words: frozenset[str]
    digits: Mapping[str, str]  # digit -> the letters it can stand for ("1" -> "il")
    min_length: int  # words shorter than this need two disguised letters ("t0p" is a typo)
    spaced_letters: int  # this many single letters in a row are a spelled-out word
    weight: float

    def disguised(self, word: str) -> bool:
        """Whether `word` (letters and digits) is a listed word with digits for letters."""
        if word.isalpha() or word.isdigit():
            return False
        swapped = sum(char in self.digits for char in word)
        if not swapped or (len(word) < self.min_length and swapped < 2):
            return False
        readings = [""]
        for char in word:
            letters = self.digits.get(char, char)
            readings = [reading + letter for reading in readings for letter in letters]
            if len(readings) > 64:  # a long run of digits is a number, not a word
                return False
        return any(reading in self.words or reading.rstrip("s") in self.words
                   for reading in readings)

    def spelled_out(self, text: str) -> bool:
        """Whether `spaced_letters` single letters follow one another: "s e o s e r v"."""
        run = 0
        for token in text.split():
            run = run + 1 if len(token) == 1 and token.isalpha() else 0
            if run >= self.spaced_letters:
                return True
        return False


@dataclass(frozen=True)
class PatternIndex:
    """Which patterns of the (non-whole) families can match a text, from the words it holds.

    Each pattern is filed under its gate words; a message is searched once for all gate words,
    and only the patterns filed under the words found, plus the few without a gate, run their
    regular expression. The one search is a regular expression of all gate words as a trie,
    tried at every position of the text: it finds the longest gate word starting there, and
    with it every gate word that is a prefix of that one. The words found are exactly those a
    substring test of each would find, at a sixth of the cost for ~1,300 words.
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

    @cached_property
    def _finder(self) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None:
        """The trie search of all gate words, and for each word the gate words it starts with."""
        if not self.by_word:
            return None
        words = set(self.by_word)
        trie: dict[str, Any] = {}
        for word in sorted(words):
            node = trie
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}

        def alternation(node: dict[str, Any]) -> str:
            branches = [re.escape(char) + alternation(child)
                        for char, child in sorted(node.items()) if char]
            if not branches:
                return ""
            body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
            return f"(?:{body})?" if "" in node else body  # greedy: the longest word wins

        starts = {word: tuple(word[:end] for end in range(1, len(word) + 1)
                              if word[:end] in words) for word in words}
        return re.compile(f"(?=({alternation(trie)}))"), starts

    def candidates(self, text: str) -> list[int]:
        found = set(self.always)
        if self._finder is not None:
            finder, starts = self._finder
            words = {prefix for match in finder.finditer(text) for prefix in starts[match[1]]}
            for word in words:
                found.update(self.by_word[word])
        return sorted(found)


@dataclass(frozen=True)
class Part:
    label: str
    weight: float


@dataclass(frozen=True)
class MessageFinding:
    score: float
    # what added weight, strongest first; then what took weight off (a negative weight: the
    # sender describing spam they receive), which the evidence does not name
    parts: tuple[Part, ...]

    @property
    def evidence(self) -> str:
        """Plain words for the reason: "an SEO / backlink offer and 6 links"."""
        labels = [part.label for part in self.parts if part.weight > 0]
        if len(labels) <= 1:
            return "".join(labels)
        return ", ".join(labels[:-1]) + " and " + labels[-1]


def normalize_message(message: str) -> str:
    """NFKC, lower-cased, whitespace collapsed; typographic apostrophes made plain.

    lower(), not casefold(): casefold turns Greek final sigma and German sharp s into other
    letters, which the patterns are not written in. Turkish and Azerbaijani capital dotted I
    (İyi günler) lowers to a plain i, not to i and a combining dot.
    """
    text = unicodedata.normalize("NFKC", message).replace("\u0130", "i").lower()
    text = text.replace("\u2019", "'")
    return _SPACES.sub(" ", text).strip()


class _Spacing(dict[int, str]):
    """str.translate table: punctuation, symbols and separators to a space, everything else
    to itself; each character's Unicode category is looked up once."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = " " if unicodedata.category(char)[0] in "PSZ" else char
        self[code] = value
        return value


_SPACING = _Spacing()


def bare_words(text: str) -> str:
    """Punctuation and symbols turned into spaces; letters and their combining marks kept."""
    return _SPACES.sub(" ", text.translate(_SPACING)).strip()


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
    kind_names: tuple[str, ...] = ()
    weak_kinds: tuple[int, ...] = ()
    if "kinds" in table:  # {"kind in plain words": [patterns]}: weak cues counted by kind
        if weak:
            raise ValueError(f"family {name}: `weak` and `kinds` cannot be combined")
        kind_names = tuple(str(kind) for kind in table["kinds"])
        grouped = [(number, pattern) for number, kind in enumerate(kind_names)
                   for pattern in _expand(list(table["kinds"][kind]), macros)]
        weak = tuple(_Pattern(pattern) for _, pattern in grouped)
        weak_kinds = tuple(number for number, _ in grouped)
    twice = frozenset(kind_names.index(str(kind)) for kind in table.get("twice", []))
    foreign_link = frozenset(kind_names.index(str(kind))
                             for kind in table.get("foreign_link", []))
    template = None
    if table.get("whole", False):
        body = "|".join(f"(?:{p})" for p in patterns)
        template = re.compile(rf"^(?:(?:{macros['greeting']}) )*(?:{body})"
                              rf"(?: (?:{macros['thanks']}))*$")
        patterns = []
    return Family(name=name, label=str(table["label"]), weight=float(table["weight"]),
                  weak_weight=float(table.get("weak_weight", 0.0)),
                  weak_cap=float(table["weak_cap"]) if "weak_cap" in table else None,
                  strong=tuple(_Pattern(p) for p in patterns), weak=weak, template=template,
                  weak_kinds=weak_kinds, kind_names=kind_names, twice=twice,
                  foreign_link=foreign_link)


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
            markdown_weight=float(links["markdown_weight"]),
            bare_min=int(links["bare_min"]), bare_max_words=int(links["bare_max_words"]),
            bare_weight=float(links["bare_weight"]),
            lone_max_words=int(links["lone_max_words"]),
            lone_weight=float(links["lone_weight"]),
            lone_exempt=frozenset(str(word) for word in links["lone_exempt"]),
            # absent from rule files older than 2026.12.1.6 (scripts/compare_word_lists.py)
            throwaway_tlds=frozenset(str(tld).lower()
                                     for tld in links.get("throwaway_tlds", [])),
            throwaway_max_words=int(links.get("throwaway_max_words", 0)),
            list_min=int(links["list_min"]),
            list_words_per_link=float(links["list_words_per_link"]),
            repeat_min=int(links["repeat_min"]),
            shorteners=frozenset(host.lower() for host in links["shorteners"]))
        disguise_table = data["disguise"]
        disguise = DisguiseRules(
            words=frozenset(str(word) for word in disguise_table["words"]),
            digits={str(digit): str(letters)
                    for digit, letters in disguise_table["digits"].items()},
            min_length=int(disguise_table["min_length"]),
            spaced_letters=int(disguise_table["spaced_letters"]),
            weight=float(disguise_table["weight"]))
        junk_table = data["junk"]
        junk = JunkRules(max_words=int(junk_table["max_words"]),
                         min_length=int(junk_table["min_length"]),
                         min_junk=int(junk_table["min_junk"]),
                         min_share=float(junk_table["min_share"]),
                         judged_share_over=float(junk_table["judged_share_over"]),
                         weight=float(junk_table["weight"]))
        weak_cap = float(data["scoring"]["weak_cap"])
        weak_full = int(data["scoring"]["weak_full"])
    except (KeyError, TypeError, ValueError, re.error, tomllib.TOMLDecodeError) as exc:
        raise MessageRulesError(f"{FILE}: missing or malformed entry: {exc}") from exc
    return MessageRules(families=families, links=link_rules, weak_cap=weak_cap,
                        weak_full=weak_full,
                        version=hashlib.sha256(text.encode()).hexdigest()[:12],
                        index=PatternIndex.build(families), junk=junk, disguise=disguise)


def site_of(host: str) -> str:
    """The registrable part of a host, near enough: shop.acme.co.uk -> acme.co.uk. Links to
    one site's pages count once."""
    labels = host.lower().removeprefix("www.").split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def website_host(website: str) -> str:
    """The host a website field names: "https://Shop.Acme.com:8443/x" -> shop.acme.com."""
    bare = re.sub(r"^[a-z][a-z0-9+.-]*://", "", website.strip().lower())
    return bare.split("/")[0].split(":")[0]


# Shorter company names (IBM, GE) match too many sites by chance.
MIN_COMPANY_SLUG = 4
_COMPANY_SLUG = re.compile(r"[^a-z0-9]")


def company_slug(company: str | None) -> str:
    """A company's name as a site's first label could spell it ("F9 Financial GP" ->
    f9financialgp), or "" when it is too short to tell."""
    slug = _COMPANY_SLUG.sub("", (company or "").lower())
    return slug if len(slug) >= MIN_COMPANY_SLUG else ""


def _is_own(host: str, own_sites: frozenset[str]) -> bool:
    """`host` is one of `own_sites` (registrable domains), or its site's first label is one of
    them (a company's name, letters and digits only)."""
    site = site_of(host)
    return site in own_sites or site.split(".", 1)[0].replace("-", "") in own_sites


def _unspaced(char: str) -> bool:
    """A Han or kana character: scripts written without spaces between words."""
    code = ord(char)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF


def _wide(char: str) -> bool:
    """A letter of a script that writes a syllable or a word per character: Han, kana and
    Hangul (which Korean spaces into words)."""
    return _unspaced(char) or 0xAC00 <= ord(char) <= 0xD7AF


def wording_letters(words: list[str]) -> int:
    """How much wording `words` hold, in letters of an alphabet: a Han, kana or Hangul
    character counts as two ("고객님의 계정이 정지될 예정입니다" says as much as "your account
    will be suspended")."""
    return sum(2 if _wide(char) else 1 for word in words for char in word if char.isalpha())


def word_count(words: list[str]) -> int:
    """How many words `words` hold: Chinese and Japanese write no spaces, so a run of Han or
    kana counts a word per two characters ("附件是我们的招标文件" is five words, not one)."""
    return sum(max(1, sum(map(_unspaced, word)) // 2) for word in words)


def _finding(parts: list[Part]) -> MessageFinding:
    """The parts summed, strongest first."""
    parts = sorted(parts, key=lambda part: -part.weight)
    return MessageFinding(round(sum(part.weight for part in parts), 4), tuple(parts))


class MessageScreen:
    """Scores one message; a finding only when the score reaches `spam_score_at`."""

    def __init__(self, rules: MessageRules, *, spam_score_at: float,
                 junk_word: Callable[[str], bool] | None = None,
                 model: Callable[[str], float] | None = None, model_at: float = 1.0,
                 model_leaning_at: float | None = None, model_leaning_weight: float = 0.0,
                 model_genuine_below: float = 0.0, model_genuine_weight: float = 0.0,
                 model_min_letters: int = 0) -> None:
        """`junk_word` tells whether one word is a keyboard mash or random string (the
        gibberish detector); without it, messages of random strings are not looked for.
        `model` rates a message's wording 0..1 (leadguard.message_model); at `model_at` or
        more its rating alone reaches `spam_score_at`, unless counter-evidence takes off; at
        `model_leaning_at` or more (None: never under `model_at`) it adds
        `model_leaning_weight`, which a rule cue has to complete; under `model_genuine_below` it
        takes `model_genuine_weight` off a message the rules flag (the wording reads as a
        genuine inquiry's, so one rule cue is not enough). It rates only messages with
        `model_min_letters` letters or more outside links and addresses: a few words
        ("WhatsApp: +49 151 ...") are too little wording to judge."""
        self.rules = rules
        self.spam_score_at = spam_score_at
        self.junk_word = junk_word
        self.model = model
        self.model_at = model_at
        self.model_leaning_at = model_at if model_leaning_at is None else model_leaning_at
        self.model_leaning_weight = model_leaning_weight
        self.model_genuine_below = model_genuine_below
        self.model_genuine_weight = model_genuine_weight
        self.model_min_letters = model_min_letters

    def __call__(self, message: str | None,
                 own_sites: frozenset[str] = frozenset()) -> MessageFinding | None:
        if message is None or not message.strip():
            return None
        finding = self.score(message, own_sites)
        return finding if finding.score >= self.spam_score_at else None

    def score(self, message: str, own_sites: frozenset[str] = frozenset()) -> MessageFinding:
        """`own_sites`: the sender's registrable domains (site_of) and company name, whose
        links are theirs.

        A message that reaches the threshold while counter-evidence says its sender describes
        or quotes spam it received is scored again without its quoted passages: the offer,
        threat or link between quotation marks is the spam's, not the sender's. The
        counter-evidence of the whole message stays. A message that still reaches it, in
        wording the model rates as a genuine inquiry's, loses `model_genuine_weight`."""
        finding, rating = self._score(message, own_sites)
        counter = [part for part in finding.parts if part.weight < 0]
        if finding.score >= self.spam_score_at and counter:
            unquoted = _QUOTED.sub(" ", message)
            if unquoted != message:
                outside, rating = self._score(unquoted, own_sites)
                finding = _finding([*(part for part in outside.parts if part.weight > 0),
                                    *counter])
        if (finding.score < self.spam_score_at or rating is None
                or rating >= self.model_genuine_below):
            return finding
        return _finding([*finding.parts, Part(
            f"wording like genuine inquiries (the message model rates it {rating:.2f})",
            -self.model_genuine_weight)])

    def _score(self, message: str, own_sites: frozenset[str]
               ) -> tuple[MessageFinding, float | None]:
        """The rules' and the model's parts, and the model's rating (None: not rated)."""
        text = normalize_message(message)
        strong: set[int] = set()
        weak: dict[int, set[int]] = {}
        for entry_id in self.rules.index.candidates(text):
            owner, weak_number, pattern = self.rules.index.entries[entry_id]
            if weak_number < 0:
                if owner not in strong and pattern.matches(text):
                    strong.add(owner)
            elif pattern.matches(text) and not self._own_link(owner, weak_number, pattern,
                                                               text, own_sites):
                weak.setdefault(owner, set()).add(weak_number)
        # Whole-message templates are short; longer messages skip the per-character pass.
        bare = bare_words(text) if len(text) <= _WHOLE_MESSAGE_MAX else None
        parts: list[Part] = []
        for number, family in enumerate(self.rules.families):
            if family.template is not None:
                matched = bare is not None and family.template.search(bare) is not None
                weight = family.weight if matched else 0.0
            else:
                kinds = family.kinds_hit(weak.get(number, set()), text)
                weight = self._family_weight(family, number in strong, len(kinds))
                if weight and family.kind_names and number not in strong:
                    named = ", ".join(family.kind_names[kind] + (" (twice)" if kinds.count(kind) > 1
                                                                 else "")
                                      for kind in sorted(set(kinds)))
                    parts.append(Part(f"{family.label} ({named})", weight))
                    continue
            if weight:
                parts.append(Part(family.label, weight))
        without_emails = _EMAIL.sub(" ", text)
        found = [match.rstrip(_AFTER_LINK) for match in _URL.findall(without_emails)]
        words = _WORD.findall(_URL.sub(" ", without_emails))  # the words outside links
        parts.extend(self._link_parts(message, found, words))
        disguise = self.rules.disguise
        if any(disguise.disguised(word) for word in words) or disguise.spelled_out(text):
            parts.append(Part("disguised words (look-alike digits or spaced letters)",
                              disguise.weight))
        if self.junk_word is not None and (junk := self._junk_part(words)) is not None:
            parts.append(junk)
        rating = None
        if self.model is not None and wording_letters(words) >= self.model_min_letters:
            rating = self.model(message)
            if rating >= self.model_leaning_at:
                weight = self.spam_score_at if rating >= self.model_at \
                    else self.model_leaning_weight
                parts.append(Part(f"wording like known spam (the message model rates it "
                                  f"{rating:.2f})", weight))
        return _finding(parts), rating

    def _own_link(self, owner: int, weak_number: int, pattern: _Pattern, text: str,
                  own_sites: frozenset[str]) -> bool:
        """The match of a foreign_link kind's pattern ends in a link to the sender's own site."""
        family = self.rules.families[owner]
        if not own_sites or not family.foreign_link \
                or family.weak_kinds[weak_number] not in family.foreign_link:
            return False
        span = pattern.span(text)
        link = _URL.search(text, span[0]) if span is not None else None
        if link is None or span is None or link.start() > span[1]:
            return False
        host = _HOST.match(link.group(0).rstrip(_AFTER_LINK))
        return host is not None and _is_own(host.group(1), own_sites)

    def _family_weight(self, family: Family, strong: bool, hits: int) -> float:
        if strong:
            return family.weight
        if hits >= self.rules.weak_full:
            return family.weight
        cap = self.rules.weak_cap if family.weak_cap is None else family.weak_cap
        if family.weight < 0:  # counter-evidence: weak cues take off up to the cap
            return -min(cap, -family.weight, hits * family.weak_weight)
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
        # ... and more than judged_share_over of the judged words junk: "cvbn wgwkwgwkwgwk" is
        # a mash (its short word is not judged), "Hoffwn wirfoddoli" (Welsh: I would like to
        # volunteer) is not, though the detector may misread one of its words
        if junk < needed or junk <= rules.judged_share_over * len(candidates):
            return None
        return Part("random strings instead of words", rules.weight)

    def _link_parts(self, raw: str, found: list[str], outside: list[str]) -> list[Part]:
        """`found`: the links of the message as they occur (email addresses are not links);
        `outside`: the words that stand outside them."""
        rules = self.rules.links
        parts: list[Part] = []
        links = set(found)
        words = word_count(outside)
        count_weight = (rules.many_weight if len(links) >= rules.many
                        else rules.few_weight if len(links) >= rules.few else 0.0)
        # (host, whether a path follows it) of each link
        hosts = [(match[1], len(link) > match.end() + 1)
                 for link in links if (match := _HOST.match(link))]
        sites = len({site_of(host) for host, _ in hosts})
        repeated = max((found.count(link) for link in links), default=0)
        if sites >= rules.bare_min and words <= rules.bare_max_words:
            parts.append(Part(f"{len(links)} links and almost no other text",
                              max(count_weight, rules.bare_weight)))
        elif (sites >= rules.list_min
              and count_weight < rules.bare_weight
              and words <= rules.list_words_per_link * len(links)):
            # "it support: <link> it support: <link> ...": a keyword or two before each link,
            # to list_min or more sites (from `many` links on, their count weighs as much)
            parts.append(Part(f"a list of {len(links)} links with a few words each",
                              max(count_weight, rules.bare_weight)))
        elif repeated >= rules.repeat_min and words <= rules.bare_max_words:
            # "https://x.example/ https://x.example/ https://x.example/": one link pasted over
            # and over, even a bare domain, is no sender's signature
            parts.append(Part(f"a link repeated {repeated} times",
                              max(count_weight, rules.bare_weight)))
        elif (words <= rules.lone_max_words and rules.lone_exempt.isdisjoint(outside)
              and any(path and host not in rules.shorteners for host, path in hosts)):
            # "Nice site! https://x.example/offer/31": a link to a page, and next to no words.
            # A bare domain ("acme.com") may be the sender's own site and does not count; a
            # shortened link counts as such below.
            parts.append(Part("a link and almost no other text",
                              max(count_weight, rules.lone_weight)))
        elif (words <= rules.throwaway_max_words and rules.lone_exempt.isdisjoint(outside)
              and (throwaway := sorted({host.rsplit(".", 1)[-1] for host, _ in hosts}
                                       & rules.throwaway_tlds))):
            # "cheap marine diesel no tax https://x.fun/": a keyword or two and a link to a
            # domain of a throwaway kind, with or without a path
            parts.append(Part(f"a link to a .{throwaway[0]} domain and almost no other text",
                              max(count_weight, rules.lone_weight)))
        elif count_weight:
            parts.append(Part(f"{len(links)} links", count_weight))
        # A shortener counts only as a link with a path: naming "bit.ly" in a sentence is not one.
        shorteners = sorted({host for host, path in hosts if path and host in rules.shorteners})
        if shorteners:
            parts.append(Part(f"a link shortener ({', '.join(shorteners)})",
                              rules.shortener_weight))
        if _BBCODE.search(raw):
            parts.append(Part("BBCode links", rules.bbcode_weight))
        if _ANCHOR.search(raw):
            parts.append(Part("HTML links", rules.html_weight))
        if _MARKDOWN.search(raw):
            parts.append(Part("Markdown links", rules.markdown_weight))
        return parts
