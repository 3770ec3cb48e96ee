"""Job titles: is a title a placeholder, a keyboard mash, a joke, or not a title at all?

The judge only speaks on positive evidence. A title it cannot place (an unseen real title, a
title in a script it has no lists for) is plausible: a false positive loses a real lead.

Evidence, in order:
1. the whole title is a placeholder ("n/a", "-", "test", "none") or an ordinary non-job word
   ("Potato", "Human") from wordlists/title_junk.toml;
2. it is a real title, abbreviation or status (wordlists/job_titles.txt, title_terms.toml):
   plausible, stop;
3. it holds a web link or an email address, or is a long sentence;
4. it matches a joke family of title_junk.toml ("CEO of Myself", "Chief Nap Officer"), or a
   soft joke noun ("Ninja") stands with no function word beside it ("Marketing Ninja" passes);
5. every word is a keyboard mash: a row walk, a repeated chunk, or letters a character model of
   real title and name words finds implausible, unless rapidfuzz finds the word within a typo
   of a known title word.
"""

from __future__ import annotations

import hashlib
import math
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from rapidfuzz import fuzz, process

_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# Only unmistakable links: "Founder @ acme.io" names a company, not a link to follow.
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_MARKUP = re.compile(r"<[a-z/][^>]*>|\[/?(?:url|link|b|img)\b")
# What people wrap a title in, or type instead of one: dashes, quotes, brackets, symbols.
_EDGE_JUNK = (" \t-\u2013\u2014_.,;:!?\u00bf\u00a1'\"`\u00b4\u2018\u2019\u201c\u201d\u00ab\u00bb"
              "()[]{}<>/\\|*#~^+=&%$@")

FILES = ("job_titles.txt", "title_terms.toml", "title_junk.toml", "title_char_trigrams.tsv")

# Keyboard rows, left to right, as they are typed on QWERTY, QWERTZ and AZERTY; Cyrillic
# JCUKEN keys are mapped onto the QWERTY keys they share.
_WALK_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop", "yxcvbnm", "azertyuiop",
              "qsdfghjklm", "wxcvbn")
# Down the columns ("qazwsx"): whole columns only, as three letters across two columns
# ("kol", "oki") are everyday syllables.
_COLUMNS = ("qaz", "wsx", "edc", "rfv", "tgb", "yhn", "ujm")
_JCUKEN = dict(zip("йцукенгшщзхъфывапролджэячсмитьбю", "qwertyuiop[]asdfghjkl;'zxcvbnm,.",
                   strict=True))
_STOPWORDS = frozenset((
    "a", "an", "and", "the", "of", "for", "to", "in", "at", "on", "by", "with", "&", "de", "del",
    "la", "le", "les", "du", "des", "der", "die", "das", "und", "von", "y", "e", "et", "für",
    "zu", "da", "do", "dos", "di", "della", "per", "en", "och", "og"))


def normalize_title(title: str) -> str:
    """NFKC, case-folded, whitespace collapsed: the form titles are compared in."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", title).casefold()).strip()


def fold_word(word: str) -> str:
    """A word without diacritics, for the character model and keyboard geometry."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(ch))


def is_latin_word(word: str) -> bool:
    return all("a" <= ch <= "z" for ch in word)


@dataclass(frozen=True)
class Family:
    name: str
    why: str
    pattern: re.Pattern[str]


class CharModel:
    """A character trigram model of real words: mean log-probability per character.

    Interpolated trigram/bigram/unigram estimates over letters a-z (diacritics folded) with
    word-boundary marks '^' and '$'. scripts/build_title_vocab.py counts the trigrams of real
    title and name words and writes them to title_char_trigrams.tsv.
    """

    _LAMBDAS = (0.6, 0.3, 0.1)
    _SYMBOLS = 28  # a-z, the end mark, and room for one unseen symbol

    def __init__(self, trigrams: Counter[str]) -> None:
        self.tri = trigrams
        self.bi: Counter[str] = Counter()
        self.uni: Counter[str] = Counter()
        self.ctx2: Counter[str] = Counter()
        for gram, count in trigrams.items():
            self.ctx2[gram[:2]] += count
            self.bi[gram[1:]] += count
            self.uni[gram[2]] += count
        self.ctx1: Counter[str] = Counter()
        for gram, count in self.bi.items():
            self.ctx1[gram[0]] += count
        self.total = sum(self.uni.values())

    @classmethod
    def count(cls, words: Iterable[str]) -> Counter[str]:
        """Trigram counts of words (already folded to a-z)."""
        counts: Counter[str] = Counter()
        for word in words:
            padded = f"^^{word}$"
            for i in range(2, len(padded)):
                counts[padded[i - 2:i + 1]] += 1
        return counts

    @classmethod
    def parse(cls, text: str) -> CharModel:
        """Read `trigram<TAB>count` lines; '#' lines are the header."""
        counts: Counter[str] = Counter()
        for line in text.splitlines():
            if line and not line.startswith("#"):
                gram, count = line.split("\t")
                counts[gram] = int(count)
        return cls(counts)

    def score(self, word: str) -> float:
        """Mean natural-log probability per predicted character (higher is more word-like)."""
        padded = f"^^{word}$"
        l3, l2, l1 = self._LAMBDAS
        total = 0.0
        for i in range(2, len(padded)):
            c2, c1, ch = padded[i - 2:i], padded[i - 1], padded[i]
            p3 = self.tri[c2 + ch] / self.ctx2[c2] if self.ctx2[c2] else 0.0
            p2 = self.bi[c1 + ch] / self.ctx1[c1] if self.ctx1[c1] else 0.0
            p1 = (self.uni[ch] + 1) / (self.total + self._SYMBOLS)
            total += math.log(l3 * p3 + l2 * p2 + l1 * p1)
        return total / (len(padded) - 2)


@dataclass(frozen=True)
class TitleLexicon:
    """Everything the judge knows, loaded from the bundled (or a given) word list folder."""

    titles: frozenset[str]
    known_words: frozenset[str]
    seniority: frozenset[str]
    placeholders: frozenset[str]
    placeholder_words: frozenset[str]
    placeholder_why: str
    not_titles: frozenset[str]
    not_title_words: frozenset[str]
    fillers: frozenset[str]
    not_title_why: str
    soft_jokes: frozenset[str]
    joke_modifiers: frozenset[str]
    soft_joke_why: str
    families: tuple[Family, ...]
    model: CharModel
    words_by_length: dict[int, tuple[str, ...]]
    version: str


def read_title_list(text: str) -> list[str]:
    """Entries of a title list: '#' lines are the header ('C# Developer' is an entry)."""
    return [normalize_title(line) for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def tokens(title: str) -> list[str]:
    return _TOKEN.findall(title)


def _root(directory: str | Path | None) -> Traversable:
    if directory is not None:
        return Path(directory)
    return resources.files("leadguard").joinpath("wordlists")


def _compile(pattern: str, macros: dict[str, str]) -> re.Pattern[str]:
    for name, alternation in macros.items():
        pattern = pattern.replace("{" + name + "}", alternation)
    return re.compile(pattern)


@lru_cache(maxsize=4)
def load_title_lexicon(directory: str | Path | None = None) -> TitleLexicon:
    """Read job_titles.txt, title_terms.toml and title_junk.toml; train the character model."""
    root = _root(directory)
    texts = {name: root.joinpath(name).read_text("utf-8") for name in FILES}
    titles = frozenset(read_title_list(texts["job_titles.txt"]))
    terms = tomllib.loads(texts["title_terms.toml"])
    junk = tomllib.loads(texts["title_junk.toml"])

    def words(table: dict[str, list[str]], key: str = "words") -> frozenset[str]:
        return frozenset(normalize_title(word) for word in table[key])

    abbreviations = words(terms["abbreviations"])
    seniority = words(terms["seniority"])
    function = words(terms["function"])
    statuses = words(terms["statuses"], "titles")
    exceptions = frozenset(
        normalize_title(title) for title in junk["vocabulary_exceptions"]["titles"])
    known_titles = (titles - exceptions) | abbreviations | statuses
    known_words = frozenset(
        word for title in (*known_titles, *seniority, *function) for word in tokens(title))
    not_titles = words(junk["not_titles"], "titles")
    macros = {name: "|".join(values) for name, values in junk["macros"].items()}
    families = tuple(
        Family(str(table["name"]), str(table["why"]), _compile("|".join(
            f"(?:{p})" for p in table["patterns"]), macros))
        for table in junk["families"])
    latin = sorted({folded for word in known_words
                    if len(folded := fold_word(word)) >= 3 and is_latin_word(folded)})
    by_length: dict[int, list[str]] = {}
    for word in latin:
        by_length.setdefault(len(word), []).append(word)
    digest = hashlib.sha256()
    for name in FILES:
        digest.update(name.encode())
        digest.update(texts[name].encode())
    return TitleLexicon(
        titles=known_titles,
        known_words=known_words,
        seniority=seniority | _STOPWORDS,
        placeholders=frozenset(
            normalize_title(title).strip(_EDGE_JUNK) for title in junk["placeholders"]["titles"]),
        placeholder_words=words(junk["placeholders"]),
        placeholder_why=str(junk["placeholders"]["why"]),
        not_titles=not_titles,
        not_title_words=frozenset(title for title in not_titles if " " not in title),
        fillers=words(junk["not_titles"], "fillers"),
        not_title_why=str(junk["not_titles"]["why"]),
        soft_jokes=words(junk["soft_jokes"]),
        joke_modifiers=words(junk["soft_jokes"], "modifiers"),
        soft_joke_why=str(junk["soft_jokes"]["why"]),
        families=families,
        model=CharModel.parse(texts["title_char_trigrams.tsv"]),
        words_by_length={length: tuple(group) for length, group in by_length.items()},
        version=digest.hexdigest()[:12],
    )


@dataclass(frozen=True)
class TitleVerdict:
    why: str  # a short plain reason: "a placeholder", "a joke title", "a keyboard mash", ...
    evidence: str  # what matched, for tests and evaluation: a list entry or a family name


class TitleJudge:
    """Judges one title; answers are cached, so repeated titles cost a dictionary look-up."""

    def __init__(self, lexicon: TitleLexicon, *, mash_score_below: float,
                 typo_similarity: float, max_words: int, cache_size: int = 65536) -> None:
        self.lexicon = lexicon
        self.mash_score_below = mash_score_below
        self.typo_similarity = typo_similarity
        self.max_words = max_words
        self._judge_cached = lru_cache(maxsize=cache_size)(self._judge)

    def __call__(self, title: str | None) -> TitleVerdict | None:
        """Why the title is implausible, or None: plausible, or no title, or cannot tell."""
        if title is None:
            return None
        normalized = normalize_title(title)
        if not normalized:
            return None
        return self._judge_cached(normalized)

    def _judge(self, title: str) -> TitleVerdict | None:
        lex = self.lexicon
        core = title.strip(_EDGE_JUNK)
        if not core or not any(ch.isalnum() for ch in core):
            return TitleVerdict(lex.placeholder_why, "punctuation only")
        if core in lex.placeholders:
            return TitleVerdict(lex.placeholder_why, core)
        if not any(ch.isalpha() for ch in core):
            return TitleVerdict(lex.placeholder_why, "digits only")
        if _one_key(core) or (len(set(core)) == 1 and core[0] in lex.placeholders):
            return TitleVerdict(lex.placeholder_why, "one key")
        if core in lex.titles or title in lex.titles:
            return None
        if _EMAIL.search(title):
            return TitleVerdict("an email address", "email")
        if _URL.search(title):
            return TitleVerdict("a web link", "url")
        if _MARKUP.search(title):
            return TitleVerdict("markup, not a job title", "markup")
        if core in lex.not_titles:
            return TitleVerdict(lex.not_title_why, core)
        words = tokens(core)
        if len(words) > self.max_words:
            return TitleVerdict("a sentence, not a job title", f"{len(words)} words")
        empty = self._says_nothing(words)
        if empty is not None:
            return empty
        for family in lex.families:
            if family.pattern.search(core):
                return TitleVerdict(family.why, family.name)
        if self._soft_joke(words):
            return TitleVerdict(lex.soft_joke_why, "joke noun without a function word")
        if self._all_mashed(words):
            return TitleVerdict("a keyboard mash", "keyboard mash")
        return None

    def _says_nothing(self, words: list[str]) -> TitleVerdict | None:
        """Only placeholder words, ordinary non-job words and fillers ("test test", "Some dude")."""
        lex = self.lexicon
        letters = [word for word in words if not word.isdigit()]
        if not letters:
            return None
        if len(letters) == 1 and letters[0] not in lex.known_words and self._placeholder_typo(
                letters[0]):
            return TitleVerdict(lex.placeholder_why, "placeholder typo")
        meaningful = [word for word in letters if word not in lex.fillers]
        if not meaningful:
            return None
        if all(word in lex.placeholder_words for word in meaningful):
            return TitleVerdict(lex.placeholder_why, "placeholder words")
        if all(word in lex.placeholder_words or word in lex.not_title_words
               for word in meaningful):
            return TitleVerdict(lex.not_title_why, "ordinary words")
        return None

    def _placeholder_typo(self, word: str) -> bool:
        """One slip away from a placeholder word: "nonee", "nill", "testt"."""
        if len(word) < 4:
            return False
        candidates = [p for p in self.lexicon.placeholder_words if len(p) >= 3]
        return process.extractOne(word, candidates, scorer=fuzz.ratio,
                                  score_cutoff=self.typo_similarity) is not None

    def _soft_joke(self, words: list[str]) -> bool:
        lex = self.lexicon
        if not any(word in lex.soft_jokes for word in words):
            return False
        return all(word in lex.soft_jokes or word in lex.seniority or word in lex.not_titles
                   or word in lex.joke_modifiers or word in lex.fillers for word in words)

    def _all_mashed(self, words: list[str]) -> bool:
        judged = [self._word_is_mash(word) for word in words]
        return any(judged) and all(m for m in judged if m is not None)

    def _word_is_mash(self, word: str) -> bool | None:
        """True: a mash; False: a word; None: too short or foreign to judge either way."""
        lex = self.lexicon
        if word.isdigit():
            return None
        if word in lex.known_words:
            return False
        cyrillic = all(ch in _JCUKEN for ch in word)
        folded = "".join(_JCUKEN[ch] for ch in word) if cyrillic else fold_word(word)
        if not cyrillic and not is_latin_word(folded):
            return None
        # Three-letter Cyrillic words are ordinary ("Лор"); three-letter Latin walks are not.
        if (len(folded) >= 4 or not cyrillic) and _keyboard_pattern(folded):
            return True
        if cyrillic or len(folded) < 5:
            return None
        if lex.model.score(folded) >= self.mash_score_below and _has_vowel(folded):
            return False
        # The fuzzy search is the slow part, so it only runs for words the model doubts.
        return not self._near_known(folded)

    def _near_known(self, word: str) -> bool:
        """Within a typo of a known title word ("enginer", "managr")."""
        groups = self.lexicon.words_by_length
        for length in range(len(word) - 2, len(word) + 3):
            found = process.extractOne(word, groups.get(length, ()), scorer=fuzz.ratio,
                                       score_cutoff=self.typo_similarity)
            if found is not None:
                return True
        return False


def _one_key(core: str) -> bool:
    """A single Latin letter, or one letter typed twice ("x", "zz")."""
    folded = fold_word(core)
    return len(folded) <= 2 and len(set(folded)) == 1 and is_latin_word(folded)


def _has_vowel(word: str) -> bool:
    return any(ch in "aeiouy" for ch in word)


def _keyboard_pattern(word: str) -> bool:
    """A row walk, one key held down, or a chunk typed over and over."""
    if len(word) >= 3 and len(set(word)) == 1:
        return True
    for size in (2, 3, 4):
        chunk = word[:size]
        if len(word) >= max(2 * size, 5) and (chunk * len(word))[:len(word)] == word:
            return True
    return len(word) >= 3 and _walk(word)


def _row_runs() -> frozenset[str]:
    runs = set()
    for row in _WALK_ROWS:
        for keys in (row, row[::-1]):
            for start in range(len(keys)):
                for end in range(start + 3, len(keys) + 1):
                    runs.add(keys[start:end])
    for start in range(len(_COLUMNS)):
        for end in range(start + 1, len(_COLUMNS) + 1):
            down = "".join(_COLUMNS[start:end])
            up = "".join(column[::-1] for column in _COLUMNS[start:end])
            for keys in (down, up):
                runs.add(keys)
                runs.update(keys[i:j] for i in range(len(keys))
                            for j in range(i + 4, len(keys) + 1))
    return frozenset(runs)


_ROW_RUNS = _row_runs()


def _walk(word: str) -> bool:
    """Most of the word is one run along a keyboard row, either way ("asdfg", "lkjh")."""
    needed = max(3, math.ceil(0.6 * len(word)))
    return any(word[i:i + needed] in _ROW_RUNS for i in range(len(word) - needed + 1))
