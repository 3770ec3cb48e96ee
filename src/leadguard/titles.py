"""Job titles: is a title a placeholder, a keyboard mash, a joke, or not a title at all?

The judge only speaks on positive evidence. A title it cannot place (an unseen real title, a
title in a script it has no lists for) is plausible: a false positive loses a real lead.

Evidence, in order:
1. the whole title is a placeholder ("n/a", "-", "test", "none") or an ordinary non-job word
   ("Potato", "Human") from wordlists/title_junk.toml;
2. it is a real title, abbreviation or status (wordlists/job_titles.txt, title_terms.toml):
   plausible, stop;
3. it holds a web link or an email address, or is a long sentence;
4. it matches a joke family of title_junk.toml ("CEO of Myself", "Chief Nap Officer", "World's
   Okayest Manager", "Intern for life", "Spreadsheet Whisperer");
5. a king, emperor or god of anything but a function ("King of the North", "Rey del sofá"), a
   rank over itself ("Vice President of Vice"), or a German or Dutch compound of a treat and a
   rank ("Frühstücksdirektor");
6. it has a joke shape built from the [everyday] word classes of title_junk.toml and the real
   title vocabulary: an idle word nothing vouches for ("Chaos Coordinator"), a ruler of oneself,
   one's home or the universe ("Dog Walker of My Own Dog"), a ceremonial head of an everyday
   thing ("Wizard of Waffles"), an everyday thing with an idle or made-up agent noun
   ("Beer Taster", "Chief Dog Petter"), a pastime claimed as a job ("Professional Sofa
   Tester"), or a soft joke noun ("Ninja") with no function or job word beside it ("Marketing
   Ninja" passes), a fairy-tale creature with a job noun ("Unicorn Trainer"), or two words of
   which the second, a ruler or a pet, makes the first a title ("Lizard King"); or it is only
   everyday things, pets and idle words ("Pineapple", "Some guy on the internet");
7. every word is a keyboard mash: a row walk, a repeated chunk, or letters a character model of
   real title and name words finds implausible, unless rapidfuzz finds the word within a typo
   of a known title word; or one word is a mash and the others are unknown and doubtful too.

Emoji are read as spaces ("Head Potato 🥔"), after the laughing ones have counted. A title that
passes as a whole is read again without its parenthetical asides: an aside that mocks the title
("Intern (forever)", "(I answer the phone)") or is a joke itself ("CTO (Chief Toast Officer)")
makes it a joke, and so does a joke left once an aside naming no job is set aside ("Intern of
the Month (x12)"); "Lord of the Manor (estate manager)" passes.

A word "vouches" for a title when it is a function word (title_terms.toml) or a word real titles
use as a modifier (job_titles.txt: "sales", "software", "house"), or within a typo of one; job
heads ("manager", "coordinator") and ranks do not vouch for an idle word, and no joke shape
fires on a title a vouching word stands in, except idleness no real title names at all
("Procrastination Engineer", "Director of Nap Operations").
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
from itertools import chain, pairwise
from pathlib import Path

from rapidfuzz import fuzz, process

from leadguard.policy import Policy

_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# Words with their apostrophes, for placeholder phrases ("i'd rather not say").
_PHRASE_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+")
# Only unmistakable links: "Founder @ acme.io" names a company, not a link to follow.
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_MARKUP = re.compile(r"<[a-z/][^>]*>|\[/?(?:url|link|b|img)\b")
# What people wrap a title in, or type instead of one: dashes, quotes, brackets, symbols.
_EDGE_JUNK = (" \t-\u2013\u2014_.,;:!?\u00bf\u00a1'\"`\u00b4\u2018\u2019\u201c\u201d\u00ab\u00bb"
              "()[]{}<>/\\|*#~^+=&%$@")

FILES = ("job_titles.txt", "title_terms.toml", "title_junk.toml", "title_char_trigrams.tsv",
         "everyday_nouns.txt")

# Keyboard rows, left to right, as they are typed on QWERTY, QWERTZ and AZERTY; Cyrillic
# JCUKEN keys are mapped onto the QWERTY keys they share.
_WALK_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop", "yxcvbnm", "azertyuiop",
              "qsdfghjklm", "wxcvbn")
# Down the columns ("qazwsx"), and down the diagonals from the right ("plmokn"): whole columns
# only, as three letters across two columns ("kol", "oki") are everyday syllables.
_COLUMNS = ("qaz", "wsx", "edc", "rfv", "tgb", "yhn", "ujm")
_DIAGONALS = ("plm", "okn", "ijb", "uhv", "ygc", "tfx", "rdz")
_JCUKEN = dict(zip("йцукенгшщзхъфывапролджэячсмитьбю", "qwertyuiop[]asdfghjkl;'zxcvbnm,.",
                   strict=True))
_STOPWORDS = frozenset((
    "a", "an", "and", "the", "of", "for", "to", "in", "at", "on", "by", "with", "&", "de", "del",
    "la", "le", "les", "du", "des", "der", "die", "das", "und", "von", "y", "e", "et", "für",
    "zu", "da", "do", "dos", "di", "della", "per", "en", "och", "og"))
_ADDRESSING = frozenset(("your", "yer"))  # not "ur": UR is utilization review
_POSSESSIVES = frozenset(("my", "own", "our", "your", "his", "her", "their", "mine"))
# Prepositions that open the object of a title: "Head of X", "Legend in my own mind".
_OBJECT_OPENERS = ("of", "over", "for", "in")
# Societies named "<members> of <object>": "Director, Friends of the Earth" rules nothing.
_SOCIETIES = frozenset(("friends", "sons", "daughters", "sisters", "brothers"))
# Where the role ends and the employer begins: "Chaos Coordinator at Acme", "CEO @ Acme".
_EMPLOYER = re.compile(r"\s(?:at|@|\|)\s|@")
# An agent noun's ending: a made-up one ("petter") is a joke after an everyday thing.
_AGENT_ENDINGS = ("er", "or", "ist", "ers", "ors", "ists")
# What opens the object of a rank in the languages of the lists: "Rey del sofá", "Koning van de
# bank", "Vice President of Vice", "Chef des chefs".
_RANK_OPENERS = frozenset((
    "of", "over", "to", "de", "des", "du", "del", "della", "dello", "dei", "degli", "di", "do",
    "da", "dos", "das", "van", "von", "vom", "der", "d"))
# Openers after which a word said before is a joke: "Department of Redundancy Department".
_SELF_OPENERS = frozenset(("of", "over", "van", "von"))
_ARTICLES = frozenset((
    "the", "a", "an", "la", "le", "les", "l", "el", "los", "las", "il", "lo", "gli", "i", "o",
    "os", "as", "het", "de", "der", "die", "das", "den", "dem"))
# A parenthetical aside: "Intern (forever)", "Lord of the Manor (estate manager)"; one that
# speaks in the first person ("(I answer the phone)") or breaks off ("(Assistant to the)")
# mocks the title.
_FIRST_PERSON = frozenset(("i'm", "im", "i'd", "i've", "i'll"))  # and "i" before a verb
_DANGLING = frozenset(("the", "of", "to"))  # not "a": "Teacher (Grade A)"
_ROCK_STAR = frozenset(("rock", "star"))  # one joke noun in two words
# Endings of trades in the Romance languages and English ("muralista", "podcaster", "pintor")
_ROMANCE_TRADE_ENDINGS = ("ista", "iste", "ist", "eur", "euse", "ero", "era", "or", "ora",
                          "ier", "ière", "ante", "ente", "er", "ice")
# Endings of abstract nouns, which culture roles of the C-suite are named with.
_ABSTRACT_ENDINGS = ("ness", "ship", "ity", "ment", "tion", "sion", "ance", "ence", "ism", "ics",
                     "ogy", "ude", "ure")
# A winking face says the title is not meant ("Mystery Shopper ;)"); no real title of the lists
# has one (since 2026-12-03, data/blind72)
_WINK = re.compile(r"(?:^|\s);-?[)pd](?!\w)|😉|😜")  # not "(r&amp;d)"
_QUESTION_MARKS = ("?", "\uff1f", "\u061f")  # and the full-width and Arabic question marks
_QUESTION_WHY = "a sentence or a sales pitch"
_ASIDE = re.compile(r"\(([^()]*)\)")
# Emoji and other pictographs say nothing about a job ("Head Potato 🥔", "dog dad 🐶"), nor the
# joiners and skin tones that hold them together.
_EMOJI_GLUE = frozenset("\u200d\ufe0e\ufe0f\u20e3") | frozenset(
    chr(code) for code in range(0x1F3FB, 0x1F400))


def normalize_title(title: str) -> str:
    """NFKC, case-folded, whitespace collapsed: the form titles are compared in. Turkish and
    Azerbaijani capital dotted I ("Evren İmparatoru", "İnsan") folds to a plain i,
    not to i and a combining dot (since 2026-12-03)."""
    folded = unicodedata.normalize("NFKC", title).replace("\u0130", "i").casefold()
    return _SPACES.sub(" ", folded).strip()


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
    # a form's salutation as written, case and all ("Mr", "Ms."): "MR" is a job in India
    salutations: frozenset[str]
    soft_jokes: frozenset[str]
    joke_modifiers: frozenset[str]
    soft_joke_why: str
    families: tuple[Family, ...]
    model: CharModel
    words_by_length: dict[int, tuple[str, ...]]
    version: str
    # the joke shapes (title_junk.toml [everyday], title_terms.toml [function])
    function: frozenset[str]
    heads: frozenset[str]  # vocabulary words that mostly end the titles they are in
    neutral: frozenset[str]  # words that never vouch for a title
    strong: frozenset[str]
    things: frozenset[str]
    pets: frozenset[str]
    realm: frozenset[str]
    realm_after_the: frozenset[str]
    home: frozenset[str]
    idle_agents: frozenset[str]
    thing_agents: frozenset[str]
    pastime: frozenset[str]
    ceremonial: frozenset[str]
    compounds: frozenset[str]  # vocabulary pairs opening with an everyday word
    cues: frozenset[str]  # words without which no joke shape can match
    placeholder_phrases: tuple[str, ...]
    everyday_why: str
    unfolded: dict[str, str]  # a known word for each folded Latin known word
    # the writers' shapes (2026-11-30): rulers of anything, mocking asides, compounds, statuses
    royal: frozenset[str] = frozenset()
    joke_ranks: frozenset[str] = frozenset()  # a rank beside only everyday things: a joke
    home_rulers: frozenset[str] = frozenset()  # ... and beside one's home too
    own_trade_teachers: frozenset[str] = frozenset()  # "Trainer of Trainers" is a post
    unmistakable: frozenset[str] = frozenset()  # idleness no title names ("procrastination")
    asides: frozenset[str] = frozenset()
    compound_stems: tuple[str, ...] = ()
    compound_heads: tuple[str, ...] = ()
    status_words: frozenset[str] = frozenset()  # one-word statuses ("retired", "student")
    # the sixth version's shapes: fairy-tale creatures with a job noun, a ruler's word after one
    creatures: frozenset[str] = frozenset()
    # "professional" after the word, in the Romance languages ("Dormeur professionnel")
    pastime_after: frozenset[str] = frozenset()
    royal_tail: frozenset[str] = frozenset()
    # foods, animals and plants by their first WordNet sense (everyday_nouns.txt)
    produce: frozenset[str] = frozenset()


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

    def words(table: dict[str, list[str]], key: str = "words", *,
              optional: bool = False) -> frozenset[str]:
        """A list of the table; an `optional` one (added since) may be missing from older
        word list folders, as LEADGUARD_WORDLISTS may name."""
        found = table.get(key, []) if optional else table[key]
        return frozenset(normalize_title(word) for word in found)

    abbreviations = words(terms["abbreviations"])
    seniority = words(terms["seniority"])
    function = words(terms["function"])
    statuses = words(terms["statuses"], "titles")
    extra_titles = words(terms["titles"], "titles")
    exceptions = frozenset(
        normalize_title(title) for title in junk["vocabulary_exceptions"]["titles"])
    known_titles = (titles - exceptions) | abbreviations | statuses | extra_titles
    tokenized = {title: tokens(title) for title in known_titles}
    known_words = frozenset(chain(
        chain.from_iterable(tokenized.values()),
        (word for term in (*seniority, *function) for word in tokens(term))))
    not_titles = words(junk["not_titles"], "titles")
    macros = {name: "|".join(values) for name, values in junk["macros"].items()}
    families = tuple(
        Family(str(table["name"]), str(table["why"]), _compile("|".join(
            f"(?:{p})" for p in table["patterns"]), macros))
        for table in junk["families"])
    everyday = junk["everyday"]
    strong, things, pets = (words(everyday, key) for key in ("strong", "things", "pets"))
    unfolded: dict[str, str] = {}
    for word in sorted(known_words):
        folded = fold_word(word)
        if len(folded) >= 3 and is_latin_word(folded):
            unfolded.setdefault(folded, word)
    latin = sorted(unfolded)
    heads, compounds = _vocabulary_shapes(
        [tokenized[title] for title in titles - exceptions], things | pets | strong)
    fillers = words(junk["not_titles"], "fillers")
    soft_jokes = words(junk["soft_jokes"])
    joke_modifiers = words(junk["soft_jokes"], "modifiers")
    placeholder_words = words(junk["placeholders"])
    pastime_after = words(everyday, "pastime_after", optional=True)
    classes = {key: words(everyday, key) for key in (
        "realm", "realm_after_the", "home", "idle_agents", "thing_agents", "pastime",
        "ceremonial_heads")}
    # Words that never vouch. Home and family words ("house", "kitchen") are not among them:
    # they only count against a title as the object of "my" or "the" ("Head of My House").
    neutral = (seniority | _STOPWORDS | _POSSESSIVES | fillers | soft_jokes | joke_modifiers
               | placeholder_words | frozenset(t for t in not_titles if " " not in t)
               | strong | things | pets | classes["realm"] | classes["idle_agents"]
               | classes["thing_agents"] | classes["pastime"] | classes["ceremonial_heads"]
               | words(everyday, "royal") | words(everyday, "creatures")) - function
    placeholders = frozenset(
        normalize_title(title).strip(_EDGE_JUNK) for title in junk["placeholders"]["titles"])
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
        placeholders=placeholders,
        placeholder_words=placeholder_words,
        placeholder_why=str(junk["placeholders"]["why"]),
        not_titles=not_titles,
        not_title_words=frozenset(title for title in not_titles if " " not in title),
        fillers=fillers,
        not_title_why=str(junk["not_titles"]["why"]),
        salutations=frozenset(junk["not_titles"].get("salutations", [])),
        soft_jokes=soft_jokes,
        joke_modifiers=joke_modifiers,
        soft_joke_why=str(junk["soft_jokes"]["why"]),
        families=families,
        model=CharModel.parse(texts["title_char_trigrams.tsv"]),
        words_by_length={length: tuple(group) for length, group in by_length.items()},
        version=digest.hexdigest()[:12],
        function=function,
        heads=heads,
        neutral=neutral,
        strong=strong,
        things=things,
        pets=pets,
        realm=classes["realm"],
        realm_after_the=classes["realm_after_the"],
        home=classes["home"],
        idle_agents=classes["idle_agents"],
        thing_agents=classes["thing_agents"],
        pastime=classes["pastime"],
        ceremonial=classes["ceremonial_heads"],
        compounds=compounds,
        cues=(strong | things | pets | frozenset({"chief"}) | words(everyday, "creatures")
              | words(everyday, "royal_tail") | pastime_after
              | frozenset().union(*(classes[key] for key in (
                  "realm", "realm_after_the", "home", "pastime", "ceremonial_heads")))),
        placeholder_phrases=tuple(sorted(
            title for title in placeholders if " " in title and len(title) >= 8)),
        everyday_why=str(everyday["why"]),
        unfolded=unfolded,
        royal=words(everyday, "royal"),
        joke_ranks=words(everyday, "joke_ranks"),
        home_rulers=words(everyday, "home_rulers"),
        own_trade_teachers=words(everyday, "own_trade_teachers"),
        unmistakable=words(everyday, "unmistakable"),
        asides=words(everyday, "asides"),
        compound_stems=tuple(sorted(words(everyday, "compound_stems"))),
        compound_heads=tuple(sorted(words(everyday, "compound_heads"))),
        status_words=frozenset(title for title in statuses if _TOKEN.fullmatch(title)),
        creatures=words(everyday, "creatures"),
        royal_tail=words(everyday, "royal_tail"),
        pastime_after=pastime_after,
        produce=frozenset(read_title_list(texts["everyday_nouns.txt"])),
    )


def _vocabulary_shapes(tokenized: list[list[str]], everyday: frozenset[str]
                       ) -> tuple[frozenset[str], frozenset[str]]:
    """What the real titles (as word lists) say about their words.

    heads: words that end at least half of the titles they stand in ("manager", "taster");
    compounds: word pairs opening with an everyday word ("coffee taster", "dog walker").
    """
    last = Counter(found[-1] for found in tokenized if found)
    seen = Counter(chain.from_iterable(set(found) for found in tokenized))
    heads = frozenset(word for word, count in last.items() if 2 * count >= seen[word])
    compounds = frozenset(f"{first} {second}" for found in tokenized
                          if not everyday.isdisjoint(found)
                          for first, second in pairwise(found) if first in everyday)
    return heads, compounds


@dataclass(frozen=True)
class TitleVerdict:
    why: str  # a short plain reason: "a placeholder", "a joke title", "a keyboard mash", ...
    evidence: str  # what matched, for tests and evaluation: a list entry or a family name


class TitleJudge:
    """Judges one title; answers are cached, so repeated titles cost a dictionary look-up."""

    def __init__(self, lexicon: TitleLexicon, *, mash_score_below: float,
                 doubtful_score_below: float, typo_similarity: float, max_words: int,
                 cache_size: int = 65536) -> None:
        self.lexicon = lexicon
        self.mash_score_below = mash_score_below
        self.doubtful_score_below = doubtful_score_below
        self.typo_similarity = typo_similarity
        self.max_words = max_words
        self._judge_cached = lru_cache(maxsize=cache_size)(self._judge)
        self._kind = lru_cache(maxsize=cache_size)(self._word_kind)
        self._placeholder_candidates = sorted(
            word for word in lexicon.placeholder_words if len(word) >= 3)

    @classmethod
    def from_policy(cls, policy: Policy, lexicon: TitleLexicon, *,
                    cache_size: int = 65536) -> TitleJudge:
        """A judge with the policy's [job_title] limits."""
        section = policy.section("job_title")
        return cls(lexicon, mash_score_below=float(section["mash_score_below"]),
                   doubtful_score_below=float(section["doubtful_score_below"]),
                   typo_similarity=float(section["typo_similarity"]),
                   max_words=int(section["max_words"]), cache_size=cache_size)

    def with_lexicon(self, lexicon: TitleLexicon, *, cache_size: int = 0) -> TitleJudge:
        """A judge with the same limits over another lexicon."""
        return type(self)(lexicon, mash_score_below=self.mash_score_below,
                          doubtful_score_below=self.doubtful_score_below,
                          typo_similarity=self.typo_similarity, max_words=self.max_words,
                          cache_size=cache_size)

    def __call__(self, title: str | None) -> TitleVerdict | None:
        """Why the title is implausible, or None: plausible, or no title, or cannot tell."""
        if title is None:
            return None
        if title.strip() in self.lexicon.salutations:
            return TitleVerdict(self.lexicon.not_title_why, "a salutation")
        normalized = normalize_title(title)
        if not normalized:
            return None
        return self._judge_cached(normalized)

    def knows_every_word(self, title: str) -> bool:
        """Every word of the title is a word of a known title ("Cyfarwyddwr", Welsh for
        "Director"): a second opinion must not call it a keyboard mash."""
        words = tokens(normalize_title(title))
        return bool(words) and all(
            word in self.lexicon.known_words or word.isdigit() for word in words)

    def _judge(self, title: str) -> TitleVerdict | None:
        if _WINK.search(title):
            return TitleVerdict(self.lexicon.everyday_why, "a winking face")
        plain = _without_symbols(title)
        if plain != title:
            # The families' laughing emoji count; any other pictograph is read as a space.
            found = self._family(title.strip(_EDGE_JUNK))
            if found is not None and any(ch.isalpha() for ch in title):
                return found
            if plain:
                return self._judge_cached(plain)
        verdict = self._judge_whole(title)
        if verdict is None and "(" in title:
            verdict = self._judge_asides(title)
        # A question of three words or more that nothing else names is a message typed into the
        # wrong field ("Do you take fridges?"); no real title of the lists ends in a question
        # mark (since 2026-12-03)
        if verdict is None and title.rstrip().endswith(_QUESTION_MARKS) and len(
                title.split()) >= 3:
            return TitleVerdict(_QUESTION_WHY, "a question")
        return verdict

    def _judge_whole(self, title: str) -> TitleVerdict | None:
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
        if self._repeated_placeholder(core):
            return TitleVerdict(lex.placeholder_why, "placeholder typed twice")
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
        if self._dressed_not_title(core):
            return TitleVerdict(lex.not_title_why, "a rank over something that is no job")
        words = tokens(core)
        # Words between spaces: scripts with vowel signs (Bengali, Hindi) split into many tokens.
        spaced = len(core.split())
        if spaced > self.max_words:
            return TitleVerdict("a sentence, not a job title", f"{spaced} words")
        empty = self._says_nothing(_PHRASE_TOKEN.findall(core.replace("\u2019", "'")))
        if empty is not None:
            return empty
        if self._placeholder_phrase(core):
            return TitleVerdict(lex.placeholder_why, "placeholder phrase typo")
        found = self._family(core)
        if found is not None:
            return found
        # The role, without the employer after "at" or "@": "Chaos Coordinator at Acme".
        role = _EMPLOYER.split(core, maxsplit=1)[0].strip(_EDGE_JUNK)
        if role != core and role in lex.titles:
            return None
        role_words = tokens(role) or words
        ruled = self._rank_object(role_words)
        if ruled is not None:
            return TitleVerdict(lex.everyday_why, ruled)
        if self._compound_joke(role_words):
            return TitleVerdict(lex.everyday_why, "an everyday thing and a rank in one word")
        shape = self._joke_shape(role_words)
        if shape is not None:
            return TitleVerdict(lex.everyday_why, shape)
        if self._soft_joke(role_words):
            return TitleVerdict(lex.soft_joke_why, "joke noun without a function word")
        if self._everyday_only(words):
            return TitleVerdict(lex.not_title_why, "everyday words")
        if self._all_mashed(words) or self._mostly_mashed(words):
            return TitleVerdict("a keyboard mash", "keyboard mash")
        return None

    def _family(self, core: str) -> TitleVerdict | None:
        """The first joke family of title_junk.toml the title matches, hyphens read as spaces
        too ("Jack-of-all-trades")."""
        unhyphenated = core.replace("-", " ")
        for family in self.lexicon.families:
            if family.pattern.search(core) or (
                    unhyphenated != core and family.pattern.search(unhyphenated)):
                return TitleVerdict(family.why, family.name)
        return None

    def _dressed_not_title(self, core: str) -> bool:
        """One or two ranks or joke modifiers before a phrase of not_titles: "Chief Yes Man",
        "Senior Couch Potato". Only phrases: "Chief Mate" and "Lead Man" are real trades."""
        lex = self.lexicon
        parts = core.split()
        for dressed in (1, 2):
            rest = " ".join(parts[dressed:])
            if len(parts) - dressed < 2 or parts[dressed - 1] not in lex.joke_modifiers:
                return False
            if rest in lex.not_titles:
                return True
        return False

    def _judge_asides(self, title: str) -> TitleVerdict | None:
        """A title that passes as a whole may mock itself in parentheses ("Intern (forever)",
        "CTO (Chief Toast Officer)"), or be a joke once an aside that names no job is set aside
        ("Intern of the Month (x12)"); "Lord of the Manor (estate manager)" passes."""
        lex = self.lexicon
        asides = [aside.strip(_EDGE_JUNK) for aside in _ASIDE.findall(title)]
        for aside in asides:
            words = _PHRASE_TOKEN.findall(aside.replace("\u2019", "'"))
            if not words:
                continue
            first_person = words[0] in _FIRST_PERSON or (
                words[0] == "i" and len(words) >= 3 and len(words[1]) > 1)  # not "(I/O)"
            mocking = aside in lex.asides or any(  # "(not really)", "(forever)"
                word in lex.asides for word in chain(words, aside.split()))
            if (mocking or first_person or words[-1] in _DANGLING or self._homely(words)):
                return TitleVerdict(lex.everyday_why, "a mocking aside")
            found = self._judge_cached(aside)
            # Only everyday things or pets in an aside name a speciality, not a joke:
            # "Veterinarian (Cats)", "Zookeeper (Birds)"; "(My Lawn)" is homely above.
            if found is not None and found.why in (lex.everyday_why, lex.not_title_why) and (
                    found.evidence != "everyday words"):
                return found
        main = _SPACES.sub(" ", _ASIDE.sub(" ", title)).strip(_EDGE_JUNK)
        if not main or main == title or any(self._names_a_job(aside) for aside in asides):
            return None
        found = self._judge_cached(main)
        if found is not None and found.why in (lex.everyday_why, lex.not_title_why):
            return found
        return None

    def _homely(self, words: list[str]) -> bool:
        """Only one's own home, family, pets or everyday things: "(My Lawn)", "(our couch)";
        not "Carer (home)"."""
        lex = self.lexicon
        content = [word for word in words if word not in _STOPWORDS and word not in _POSSESSIVES]
        return bool(content) and any(word in ("my", "our") for word in words) and all(
            word in lex.home or word in lex.things or word in lex.pets or word in lex.realm
            for word in content)

    def _names_a_job(self, text: str) -> bool:
        """A known title, or a function, job or rank word: "(estate manager)", "(Python)"."""
        lex = self.lexicon
        return text in lex.titles or any(
            (word in lex.seniority and word not in _STOPWORDS)
            or self._kind(word) in ("function", "head") for word in tokens(text)
            if not word.isdigit())

    def _rank_object(self, words: list[str]) -> str | None:
        """A king, emperor or god of anything that is no function ("King of the North", "Rey
        del sofá", "Destroyer of Worlds"; "Queen of Sales" passes), or a rank over itself
        ("Vice President of Vice", "Assistant to the Assistant", "Chef des chefs")."""
        lex = self.lexicon
        for i, word in enumerate(words[:-2]):
            if word in lex.royal and words[i + 1] in _RANK_OPENERS:
                # A function or rank word, or a job noun after a place, keeps the title:
                # "Queen of Sales", "Duke of Edinburgh Award Leader", "Prince of Wales Hospital
                # Nurse"; "Roi du café" has no place.
                rest = [w for w in words[i + 2:] if w not in _ARTICLES and not w.isdigit()]
                kinds = [self._kind(w) for w in rest]
                if rest and not any(
                        (w in lex.seniority and w not in _STOPWORDS) or kind == "function"
                        or (kind == "head" and len(rest) > 1)
                        for w, kind in zip(rest, kinds, strict=True)):
                    return "a ruler of something no company has"
        for i in range(len(words) - 2, 0, -1):
            if words[i] in _RANK_OPENERS or words[i] == "s":  # "the boss's boss"
                target = [w for w in words[i + 1:] if w not in _ARTICLES]
                # "Trainer of Trainers" is a post; "Manager's Manager" and "Leader of all
                # Leaders" are jokes
                own_trade = words[i] == "of" and "all" not in words
                if len(target) == 1 and any(
                        _singular(w) == _singular(target[0]) for w in words[:i]
                        if w in lex.seniority and w not in _STOPWORDS
                        and not (own_trade and _singular(w) in lex.own_trade_teachers)):
                    return "a rank over itself"
                # Any word over itself: "Department of Redundancy Department", "Thought Leader
                # of Thoughts"; the Romance "de" repeats in real titles ("Professeur des écoles
                # des écoles"), "of", "van" and "von" do not.
                opener = words[i - 1] if words[i] in _ARTICLES else words[i]  # "van de"
                if opener in _SELF_OPENERS and len(target) <= 3 and any(
                        _singular(w) == _singular(target[-1]) for w in words[:i]
                        if len(w) >= 4 and w not in _STOPWORDS
                        and not (own_trade and _singular(w) in lex.own_trade_teachers)):
                    return "a word over itself"
                break
        # A rank said twice and nothing else: "Chief Chief" ("Director/Director adjunct" is a
        # list of two titles)
        if len(words) == 2 and words[0] == words[1] and words[0] in lex.seniority and len(
                words[0]) >= 4:
            return "a rank over itself"
        return None

    def _compound_joke(self, words: list[str]) -> bool:
        """One German or Dutch word of an everyday thing and a rank: "Frühstücksdirektor",
        "Kaffeebeauftragter", "Koffiekoning" ("Bankdirektor" passes: a bank is no treat)."""
        lex = self.lexicon
        for word in words:
            if len(word) < 8 or word in lex.known_words:
                continue
            stem = next((s for s in lex.compound_stems if word.startswith(s)), None)
            if stem is not None and any(
                    word.endswith(head) and len(stem) + len(head) <= len(word)
                    for head in lex.compound_heads):
                return True
        return False

    def _repeated_placeholder(self, core: str) -> bool:
        """A placeholder typed over and over without spaces: "测试测试", "なしなし", "nanana"."""
        compact = core.replace(" ", "")
        period = (compact + compact).find(compact, 1)  # the shortest repeating chunk's length
        return (1 < period < len(compact) and len(set(compact)) > 1
                and compact[:period] in self.lexicon.placeholders)

    def _placeholder_phrase(self, core: str) -> bool:
        """A typo of a placeholder phrase: "none of ur business", "prefer not to sya"."""
        if " " not in core or len(core) < 8:
            return False
        return process.extractOne(core, self.lexicon.placeholder_phrases, scorer=fuzz.ratio,
                                  score_cutoff=max(90.0, self.typo_similarity)) is not None

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
        # A status with ordinary words: "retired and bored" ("Retired", "Student" pass; a job
        # such as "Sleep Consultant" is no status here, and joke nouns have a rule of their own).
        if any(word in lex.not_title_words for word in meaningful) and all(
                word in lex.placeholder_words or (
                    word in lex.not_title_words and word not in lex.soft_jokes)
                or (word in lex.status_words and word not in lex.heads)
                for word in meaningful):
            return TitleVerdict(lex.not_title_why, "a status and ordinary words")
        # Addressed to the reader: "Your boss", "Your CEO", "Your friendly neighborhood hero".
        if letters[0] in _ADDRESSING and len(letters) > 1 and all(
                word in lex.seniority or word in lex.not_title_words or word in lex.fillers
                or word in lex.soft_jokes or word in lex.placeholder_words or word in lex.home
                for word in letters[1:]):
            return TitleVerdict(lex.not_title_why, "addressed to the reader")
        return None

    def _everyday_only(self, words: list[str]) -> bool:
        """Only everyday things, idle words and ordinary non-job words, with fillers and
        prepositions: "Pineapple", "Doggo", "Some guy on the internet"."""
        lex = self.lexicon
        ordinary = [word for word in words if word not in lex.fillers
                    and word not in _STOPWORDS and not word.isdigit()]
        return bool(ordinary) and all(
            word in lex.placeholder_words or word in lex.not_title_words or word in lex.things
            or word in lex.pets or word in lex.strong or word in lex.realm
            or word in lex.realm_after_the for word in ordinary
        ) and any(word in lex.not_title_words or word in lex.things or word in lex.pets
                  or word in lex.strong for word in ordinary)

    def _placeholder_typo(self, word: str) -> bool:
        """One slip away from a placeholder word: "nonee", "nill", "testt"."""
        if len(word) < 4:
            return False
        return process.extractOne(word, self._placeholder_candidates, scorer=fuzz.ratio,
                                  score_cutoff=self.typo_similarity) is not None

    # --- joke shapes -----------------------------------------------------------------------

    def _word_kind(self, word: str) -> str:
        """"function", "domain" (a modifier in real titles), "head" (a job noun or rank),
        "neutral" (never vouches) or "unknown"; an unknown word within a typo of a known word
        takes that word's kind ("markting" is "function")."""
        lex = self.lexicon
        if word in lex.function:
            return "function"
        if word in lex.neutral:
            return "neutral"
        if word in lex.known_words:
            return "head" if word in lex.heads else "domain"
        folded = fold_word(word)
        if len(folded) < 4 or not is_latin_word(folded):
            return "unknown"
        if folded in lex.unfolded:
            return self._kind(lex.unfolded[folded])
        near = self._nearest_known(folded)
        return "unknown" if near is None else self._kind(lex.unfolded[near])

    def _vouches(self, word: str, *, heads: bool) -> bool:
        kind = self._kind(word)
        return kind in ("function", "domain") or (heads and kind == "head")

    def _joke_shape(self, words: list[str]) -> str | None:
        """The name of the joke shape the title has, or None.

        Cheap set look-ups come first; the fuzzy look-ups that let a typo of a function word
        vouch ("Head of Fun and Markting") only run once a shape has matched.
        """
        lex = self.lexicon
        if not lex.unmistakable.isdisjoint(words):
            return "idleness no real title names"
        if lex.cues.isdisjoint(words) or not lex.function.isdisjoint(words):
            return None
        shape = self._find_shape(words)
        if shape is None or any(self._kind(word) == "function" for word in words):
            return None
        return shape

    def _find_shape(self, words: list[str]) -> str | None:
        lex = self.lexicon
        opener = next((i for i in range(len(words) - 2, 0, -1)
                       if words[i] in _OBJECT_OPENERS), None)
        if opener is not None:
            found = self._joke_object(words[:opener], words[opener], words[opener + 1:])
            if found is not None:
                return found
        if not lex.strong.isdisjoint(words) and not any(
                self._vouches(word, heads=False) for word in words):
            return "an idle word nothing vouches for"
        for i, word in enumerate(words):
            if word == "chief" and self._chief_joke(words[i + 1:]):
                return "chief everyday-thing officer"
        for first, second in pairwise(words):
            if (first in lex.things or first in lex.pets) and (
                    second in lex.thing_agents or second in lex.idle_agents
                    or self._made_up_agent(second)) and not self._real_pair(first, second):
                return "an everyday thing with an idle agent noun"
        for i, word in enumerate(words):
            if word in lex.pastime and self._pastime_job(words[i + 1:]):
                return "a pastime claimed as a job"
        # The same with "professional" after the word ("Arrepentido profesional", "Pentito
        # professionista"): an idle agent, or a word the judge cannot place that has no ending
        # of a trade; a known job passes ("Fotógrafo profesional", "Libero professionista"),
        # and so does an unplaced one ("Muralista profesional").
        if len(words) == 2 and words[1] in lex.pastime_after and (
                words[0] in lex.idle_agents or (
                    self._kind(words[0]) == "unknown"
                    and not words[0].endswith(_ROMANCE_TRADE_ENDINGS))):
            return "a pastime claimed as a job"
        if self._rank_over_things(words):
            return "a rank over an everyday thing"
        for first, second in pairwise(words):
            if first in lex.creatures and self._job_noun(second) and not self._real_pair(
                    first, second):
                return "a fairy-tale creature with a job noun"
        if len(words) == 2 and self._titled_by_last(words):
            return "an everyday word made a title by the word after it"
        return None

    def _job_noun(self, word: str) -> bool:
        """A job noun or rank: a word that ends the real titles it stands in ("trainer",
        "keeper"), an agent noun ("hunter") or an idle or thing agent ("tamer")."""
        lex = self.lexicon
        return (word in lex.thing_agents or word in lex.idle_agents or self._kind(word) == "head"
                or (len(word) >= 5 and word.endswith(_AGENT_ENDINGS)))

    def _titled_by_last(self, words: list[str]) -> bool:
        """Two words, the second a ruler or a pet that makes the first a title: "Crypto King",
        "Lizard King", "Office Cat". A function word ("Sales Queen"), a rank or a pair real
        titles use ("Devil Dog") keeps the title, and so does a job noun or rank before it."""
        lex = self.lexicon
        first, last = words
        if not (last in lex.royal_tail or last in lex.pets) or first in lex.seniority:
            return False
        if first in lex.pets or first in lex.creatures or self._real_pair(first, last):
            return False
        # A job noun before it is an inverted title ("Trapper, Bird", "Keeper - Birds").
        return self._kind(first) in ("domain", "unknown")

    def _rank_over_things(self, words: list[str]) -> bool:
        """Only a rank and everyday things: "Head Potato", "Couch Commander", "Household CEO"
        ("Pizza Chef" and "Head Chef" have a job word; "Head of Coffee" has "of")."""
        lex = self.lexicon
        ranks = [word for word in words if word in lex.joke_ranks]
        things = [word for word in words if word in lex.things or word in lex.pets
                  or word in lex.strong or word in lex.home]
        if not ranks or not things or len(ranks) + len(things) != len(words):
            return False
        if ranks == ["head"]:
            return words[0] == "head" and len(words) == 2  # "Head Potato", not "Potato Head"
        # Home words only under a ruler: "Household CEO", not "House Captain" or "Life President"
        homely = any(word in lex.home and word not in lex.things for word in things)
        return (not homely or any(rank in lex.home_rulers for rank in ranks)) and not any(
            self._real_pair(first, second) for first, second in pairwise(words))

    def _chief_joke(self, rest: list[str]) -> bool:
        """After "Chief": an everyday thing, an idle word or a word no real title has before
        "Officer" ("Chief Blanket Officer", "Chief Worrying Officer"), an everyday thing after
        "Executive" ("Chief Executive Dog Walker"), a person or nobody after it ("Chief
        Executive Dad"), or a pet's keeper ("Chief Dog Walker")."""
        lex = self.lexicon
        everyday = lex.strong | lex.things | lex.pets
        if "officer" in rest[1:4]:
            between = rest[:rest.index("officer")]
            if not everyday.isdisjoint(between):
                return True
            # Foods, animals and plants by WordNet ("Chief Tomato Officer", "Chief Worm
            # Officer"): no real title puts one there, though real titles use the words
            # elsewhere ("Tomato Grower"), so they are known words and cannot be unknown ones.
            if between and all(w in lex.produce or _singular(w) in lex.produce
                               for w in between):
                return True
            # An unknown word, unless it names a quality as culture roles do ("Chief
            # Mindfulness Officer", "Chief Belonging Officer" are real; "Worrying" is not).
            kinds = [self._kind(word) for word in between]
            if "unknown" in kinds and all(kind in ("unknown", "neutral") for kind in kinds) and (
                    not any(word.endswith(_ABSTRACT_ENDINGS) for word in between)):
                return True
        if rest[:1] == ["executive"] and not everyday.isdisjoint(rest[1:3]):
            return True
        # A person, a family role or nobody after "Chief Executive": "Chief Executive Dad"
        if len(rest) == 2 and rest[0] == "executive" and (
                rest[1] in lex.not_title_words or rest[1] in lex.placeholder_words
                or rest[1] in lex.home):
            return True
        # "Chief Cat Herder"; not "Chief Dog Handler" or "Chief Dog Walker": real trades
        return len(rest) == 2 and rest[0] in lex.pets and not self._real_pair(*rest)

    def _joke_object(self, head: list[str], opener: str, rest: list[str]) -> str | None:
        """"<head> of <object>": a joke when the object is oneself, one's home, the universe
        or an idle word, or an everyday thing under a ceremonial head; never when an object
        word vouches ("Owner of my own business", "Head of the World Bank office")."""
        lex = self.lexicon
        content = [w for w in rest if w not in _STOPWORDS and w not in _POSSESSIVES]
        if not head or not content or head[-1] in _SOCIETIES:
            return None
        ceremonial = head[-1] in lex.ceremonial
        # "Caregiver for my father" and "Nanny for my kids" serve a family, they do not rule it.
        mine = opener != "for" and any(w in ("my", "our") for w in rest)
        article = rest[0] == "the"
        evidence = (any(w in lex.strong for w in content)
                    or (opener != "for" and any(w in lex.realm for w in content))
                    or (article and any(w in lex.realm_after_the for w in content))
                    or ((mine or (article and ceremonial)) and any(
                        w in lex.home or w in lex.things or w in lex.pets for w in content)))
        # A ceremonial head of an everyday thing ("Wizard of Waffles", "Queen of Bagels");
        # "Master of Ceremonies" passes, and so does "Master of Coin": coin tellers are real,
        # and an object the judge cannot place ("Keeper of Antiquities") is no evidence.
        everyday = ceremonial and opener == "of" and any(
            w in lex.things or w in lex.pets or w in lex.home for w in content)
        if (evidence or everyday) and not any(
                self._vouches(w, heads=True) and w not in lex.home
                and w not in lex.realm_after_the for w in content):
            return ("ruler of oneself, one's home or the universe" if evidence
                    else "a ceremonial head of an everyday thing")
        return None

    def _made_up_agent(self, word: str) -> bool:
        """An agent noun no real title has, nor a typo or a compound of one ("petter")."""
        lex = self.lexicon
        folded = fold_word(word)
        if (len(folded) < 5 or not is_latin_word(folded) or not folded.endswith(_AGENT_ENDINGS)
                or word in lex.known_words or folded in lex.unfolded):
            return False
        if any(folded[:i] in lex.unfolded and folded[i:] in lex.unfolded
               for i in range(3, len(folded) - 2)):
            return False
        return self._nearest_known(folded) is None

    def _pastime_job(self, rest: list[str]) -> bool:
        """After "Professional", "Certified", "Full-time": an idle agent ("Gamer"), or an
        everyday thing and an agent noun real titles do not pair ("Sofa Tester")."""
        lex = self.lexicon
        things = []
        for word in rest:
            if word in lex.things or word in lex.strong:
                things.append(word)
                continue
            if word in lex.idle_agents or self._made_up_agent(word):
                return True
            return bool(things) and word in lex.thing_agents and not self._real_pair(
                things[-1], word)
        return False

    def _real_pair(self, first: str, second: str) -> bool:
        """Real titles pair the two words: "coffee taster", "dog walker", "cheesemonger"."""
        lex = self.lexicon
        return (f"{first} {second}" in lex.compounds or f"{first}{second}" in lex.known_words
                or f"{first}-{second}" in lex.titles)

    def _soft_joke(self, words: list[str]) -> bool:
        """A soft joke noun ("Ninja") with no function or job word beside it.

        Unknown words before the joke noun may name a domain ("Kubernetes Ninja") and keep the
        title; after it they do not ("Rockstar Extraordinaire", "Superhero in disguise").
        """
        lex = self.lexicon
        first = next((i for i, word in enumerate(words) if word in lex.soft_jokes), None)
        if first is None:
            return False
        # Two joke nouns are a joke whatever stands beside them: "Code Ninja Wizard Guru".
        if len({word for word in words if word in lex.soft_jokes} - _ROCK_STAR) >= 2:
            return True
        for i, word in enumerate(words):
            if word in lex.soft_jokes or word in lex.not_titles or word.isdigit():
                continue
            kind = self._kind(word)
            if word in lex.home and kind != "function":
                continue  # "Legend in my own mind"
            if kind in ("function", "domain", "head") or (kind == "unknown" and i < first):
                return False
        return True

    def _all_mashed(self, words: list[str]) -> bool:
        judged = [self._word_is_mash(word) for word in words]
        return any(judged) and all(m for m in judged if m is not None)

    def _mostly_mashed(self, words: list[str]) -> bool:
        """Two or three words, one a mash and the others unknown, unlike any known word and
        doubtful to the character model ("Kjadajla Sdfgdajs", "Miumu Lfdkj")."""
        if not 2 <= len(words) <= 3:
            return False
        judged = [self._word_is_mash(word) for word in words]
        if not any(judged):
            return False
        lex = self.lexicon
        for word, mashed in zip(words, judged, strict=True):
            if mashed:
                continue
            folded = fold_word(word)
            if (word in lex.known_words or len(folded) < 5 or not is_latin_word(folded)
                    or lex.model.score(folded) >= self.doubtful_score_below
                    or self._near_known(folded)):
                return False
        return True

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
        # A Cyrillic word's vowels are its own: "Мама" is typed on the keys "vfvf".
        spoken = word if cyrillic else None
        if (len(folded) >= 4 or not cyrillic) and _keyboard_pattern(folded, spoken=spoken):
            return True
        if cyrillic or len(folded) < 5:
            return None
        if lex.model.score(folded) >= self.mash_score_below and _has_vowel(folded):
            return False
        # The fuzzy search is the slow part, so it only runs for words the model doubts.
        return not self._near_known(folded)

    def _near_known(self, word: str) -> bool:
        """Within a typo of a known title word ("enginer", "managr")."""
        return self._nearest_known(word) is not None

    def _nearest_known(self, word: str) -> str | None:
        """The known title word (folded) within a typo of `word`, if any."""
        groups = self.lexicon.words_by_length
        for length in range(len(word) - 2, len(word) + 3):
            found = process.extractOne(word, groups.get(length, ()), scorer=fuzz.ratio,
                                       score_cutoff=self.typo_similarity)
            if found is not None:
                return str(found[0])
        return None


def _without_symbols(title: str) -> str:
    """The title with emoji and other pictographs read as spaces."""
    if title.isascii():
        return title
    kept = "".join("" if ch in _EMOJI_GLUE else " " if unicodedata.category(ch) == "So" else ch
                   for ch in title)
    return _SPACES.sub(" ", kept).strip()


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _one_key(core: str) -> bool:
    """A single Latin letter, or one letter typed twice ("x", "zz")."""
    folded = fold_word(core)
    return len(folded) <= 2 and len(set(folded)) == 1 and is_latin_word(folded)


# Latin vowels, and Cyrillic ones for a word written in Cyrillic
_VOWELS = frozenset("aeiouy") | frozenset("аеёиоуыэюяіїєў")


def _has_vowel(word: str) -> bool:
    return any(ch in _VOWELS for ch in word)


def _keyboard_pattern(word: str, spoken: str | None = None) -> bool:
    """A row walk, one key held down, or a chunk typed over and over. `spoken` is the word as
    written when `word` is the keys it was typed on (a Cyrillic word on ЙЦУКЕН)."""
    if len(word) >= 3 and len(set(word)) == 1:
        return True
    for size in (2, 3, 4):
        chunk = word[:size]
        if len(word) >= max(2 * size, 5) and (chunk * len(word))[:len(word)] == word:
            return True
    # A consonant pair typed twice ("hjhj", "sdsd"); "haha" and "nana" are words.
    if len(word) == 4 and word[:2] * 2 == word and not _has_vowel(spoken or word):
        return True
    return len(word) >= 3 and _walk(word)


def _row_runs() -> frozenset[str]:
    runs = set()
    for row in _WALK_ROWS:
        for keys in (row, row[::-1]):
            for start in range(len(keys)):
                for end in range(start + 3, len(keys) + 1):
                    runs.add(keys[start:end])
    for columns in (_COLUMNS, _DIAGONALS):
        for start in range(len(columns)):
            for end in range(start + 1, len(columns) + 1):
                down = "".join(columns[start:end])
                up = "".join(column[::-1] for column in columns[start:end])
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
