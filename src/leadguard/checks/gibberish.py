"""Keyboard mashes, random strings and bot-made names in the mailbox name, name and company.

The detector (leadguard.gibberish) gives each string a probability of being junk, or says it
cannot tell (non-Latin script, words of three letters or fewer, digits only): that is never
a signal. Thresholds come from the policy's [gibberish] table. The model is loaded on the
first screening that needs it, once per process, unless a detector is passed in.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from anyascii import anyascii

from leadguard.checks import Check
from leadguard.gibberish import (
    BOT_MIN_TAIL,
    LETTER_RUNS,
    MIN_LETTERS,
    VOWELS,
    GibberishDetector,
    Judgement,
    bundled_detector,
    fold,
    keyboard_features,
    letter_parts,
    repeated_chunk,
)
from leadguard.hangul import load_hangul
from leadguard.policy import Policy
from leadguard.screening import Screening
from leadguard.signals import Signal

NAME_FIELDS = (("first_name", "first name"), ("last_name", "last name"),
               ("full_name", "full name"))


class _DetectorCheck:
    """A check that asks the gibberish detector: the one passed in, else the bundled one."""

    def __init__(self, *, detector: GibberishDetector | None = None) -> None:
        self._detector = detector

    @property
    def detector(self) -> GibberishDetector:
        if self._detector is None:
            self._detector = bundled_detector()
        return self._detector


def _valid_threshold(threshold: float) -> float:
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"a gibberish threshold must be in (0, 1], not {threshold}")
    return threshold


class Corroboration:
    """Two fields of random strings: when another field (the mailbox for the name, the name
    for the mailbox) is junk at its own threshold, a field is judged at the lower `threshold`.
    The mashes of keyboard-mash spam are not all equally sure (uvahudkt scores 0.92 beside the
    name "ujhhijj hsxmrkpxoqiat"), while a real person's name read as junk (Rezaei) seldom
    comes with a random mailbox too: the mailbox spelt from the name is theirs."""

    def __init__(self, *, threshold: float, checks: Mapping[str, Check]) -> None:
        """`checks`: the uncorroborated check of each field, by code."""
        self.threshold = _valid_threshold(threshold)
        self.checks = dict(checks)

    def other_field_junk(self, screening: Screening, code: str) -> bool:
        return any(next(iter(check(screening)), None) is not None
                   for other, check in self.checks.items() if other != code)


@dataclass(frozen=True)
class Spelt:
    """A word that other fields also spell is a name in use, junk only at `threshold`: the
    other fields hold it whole, or hold a word of `min_word` letters or more that it is with
    at most `max_initials` letters around it (srezaei of rezaei.com), or it is such a word,
    after at most `max_initials` letters, that begins a glued run of the other fields (ynrlanyzy
    of nrlanyzytekhno.kz). A word that walks
    `max_walk` keys of a keyboard row or more is a walk wherever else it is typed (qwertzuiop
    scores 0.998, under the threshold, in a name and a company alike). A word of `min_word`
    letters or more that begins a longer name word is its short form (okwu84 for Okwudili)
    unless it walks `short_form_max_walk` keys or more or repeats a chunk: a walk typed into
    name and mailbox alike (asdf@ for Asdfghjk, olol1997@ for Ololade) stays junk. A word that
    glues a name the detector knows, of `min_glued_name` letters or more, to a name the other
    fields hold whole is spelt however short that name (oanhha@ha.org: Oanh and Hà, the
    domain)."""

    threshold: float
    max_walk: int
    min_word: int
    max_initials: int
    short_form_max_walk: int
    min_glued_name: int

    @classmethod
    def from_policy(cls, policy: Policy) -> Spelt:
        """The policy's [gibberish] spelt_* entries."""
        section = policy.section("gibberish")
        return cls(threshold=_valid_threshold(float(section["spelt_threshold"])),
                   max_walk=int(section["spelt_max_walk"]),
                   min_word=int(section["spelt_min_word"]),
                   max_initials=int(section["spelt_max_initials"]),
                   short_form_max_walk=int(section["spelt_short_form_max_walk"]),
                   min_glued_name=int(section["spelt_min_glued_name"]))

    def holds(self, word: str, letters: str, names: frozenset[str] = frozenset()) -> bool:
        """`letters` (space-separated letter runs of other fields) spell `word`; `names`: the
        names the detector knows, for a known name glued to one of `letters`."""
        if keyboard_features(word)[0] >= self.max_walk:
            return False
        return word in letters or any(
            (len(found) >= self.min_word and len(word) - len(found) <= self.max_initials
             and found in word) or self._glued_head(word, found)
            or self._beside_name(word, found, names) for found in letters.split())

    def _beside_name(self, word: str, found: str, names: frozenset[str]) -> bool:
        """`word` is `found`, a name, with a known name of `min_glued_name` letters or more
        before or after it (oanhha of ha.org; since 2026-12-03, data/blind79)."""
        rest = len(word) - len(found)
        if found not in names or rest < self.min_glued_name:
            return False
        return (word.endswith(found) and word[:rest] in names) or \
            (word.startswith(found) and word[len(found):] in names)

    def _glued_head(self, word: str, found: str) -> bool:
        """`word` is the first word of `found`, which glues two words of `min_word` letters or
        more (nrlanyzy of nrlanyzytekhno.kz for Нұрланқызы Техно), with at most
        `max_initials` letters before it."""
        return any(
            len(word) - start >= self.min_word
            and len(found) - (len(word) - start) >= self.min_word
            and found.startswith(word[start:])
            for start in range(self.max_initials + 1))

    def short_form(self, word: str, name_words: Iterable[str]) -> bool:
        """`word` is the first letters of a longer word of `name_words`."""
        return len(word) >= self.min_word and any(
            len(name) > len(word) and name.startswith(word) for name in name_words) \
            and keyboard_features(word)[0] < self.short_form_max_walk \
            and not repeated_chunk(word)[0]


class _GibberishCheck(_DetectorCheck):
    codes: ClassVar[tuple[str, ...]]

    def __init__(self, *, threshold: float, corroboration: Corroboration | None = None,
                 spelt: Spelt | None = None,
                 detector: GibberishDetector | None = None) -> None:
        """`spelt`: how a word other fields also spell is judged (see `_junk`); None: such a
        word is judged like any other."""
        super().__init__(detector=detector)
        self.threshold = _valid_threshold(threshold)
        self.corroboration = corroboration
        self.spelt = spelt

    def _junk(self, text: str, screening: Screening, *, bot_names: bool = False,
              spelt: str = "") -> Judgement | None:
        """The detector's judgement of `text` when it is junk at this check's threshold, or at
        the corroborated one when another field is junk.

        A mash-head word that `spelt` (letters of other fields) also holds is judged at
        `self.spelt`'s threshold: a name in the mailbox (nneka.ugwu@, krezaei@) or a company in the
        domain (Qafqaz of qafqaz.az) is a name in use, and so is a mailbox that is a word of
        the domain with an initial or two (srezaei@rezaei.com). Keyboard-mash spam draws its
        fields as different mashes, or types one walk into both (zxcvb), which scores 0.9999
        and more."""
        judgement = self.detector.judge(text, bot_names=bot_names)
        if judgement is None:
            return None
        if self.spelt is not None and judgement.head == "mash" \
                and judgement.score < self.spelt.threshold \
                and self.spelt.holds(judgement.word, spelt, self.detector.names):
            return None
        if judgement.score >= self.threshold:
            return judgement
        corroboration = self.corroboration
        if corroboration is not None and judgement.score >= corroboration.threshold \
                and corroboration.other_field_junk(screening, self.codes[0]):
            return judgement
        return None

    def _junk_not_named(self, text: str, screening: Screening, *, spelt: str = "") -> bool:
        """`text` is junk, and its worst word is not built from the person's own name nor its
        short form (one unusual name is one piece of evidence, which name.gibberish weighs)."""
        judgement = self._junk(text, screening, spelt=spelt)
        if judgement is None:
            return False
        names = _name_words(screening)
        if self.spelt is not None and self.spelt.short_form(judgement.word, names):
            return False
        return not _built_from_name(judgement.word, names, _transliterated_words(screening))


@dataclass(frozen=True)
class KeyboardEvidence:
    """Letters typed on the keys rather than spelt: a letter run that walks a keyboard row for
    `min_walk` keys or more (hgfdsq), or repeats a chunk back to back over `min_repeated` of a
    run of `min_repeated_letters` letters or more (ghjghjghjgh), `min_repeats` times or more
    (0: any number of times)."""

    min_walk: int
    min_repeated: float
    min_repeated_letters: int
    min_repeats: float = 0.0

    @classmethod
    def from_policy(cls, policy: Policy, prefix: str = "abjad") -> KeyboardEvidence:
        """The policy's [gibberish] `prefix`_* limits: abjad_* for a mailbox beside a name
        written in an abjad, domain_* for email.domain_gibberish."""
        section = policy.section("gibberish")
        return cls(min_walk=int(section[f"{prefix}_min_walk"]),
                   min_repeated=float(section[f"{prefix}_min_repeated_share"]),
                   min_repeated_letters=int(section[f"{prefix}_min_repeated_letters"]),
                   min_repeats=float(section.get(f"{prefix}_min_repeats", 0.0)))

    def __call__(self, text: str) -> bool:
        return any(self._typed(run) for run in LETTER_RUNS.findall(text.lower()))

    def _typed(self, run: str) -> bool:
        if keyboard_features(run)[0] >= self.min_walk:
            return True
        if len(run) < self.min_repeated_letters:
            return False
        share, chunk = repeated_chunk(run)
        return share >= self.min_repeated and len(run) >= self.min_repeats * len(chunk)


@dataclass(frozen=True)
class KeyboardDomain:
    """The address's domain was typed on the keys, not chosen: a label of it (the top-level
    one aside) is keyboard evidence (uytrewq.net, qweasdfg.net, wxcvbn.de on AZERTY,
    jdjdjdjd.co.uk). Company and family names walk four keys at most (Rezaei, Effertz) and
    repeat a chunk twice (karikari.com); words are not judged here, only keys."""

    codes: ClassVar[tuple[str, ...]] = ("email.domain_gibberish",)

    keys: KeyboardEvidence

    @classmethod
    def from_policy(cls, policy: Policy) -> KeyboardDomain:
        """The policy's [gibberish] domain_* limits."""
        return cls(KeyboardEvidence.from_policy(policy, "domain"))

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        email = screening.email
        if email is not None and self.keys(email.ascii_domain.rpartition(".")[0]):
            yield Signal("email.domain_gibberish", "email", {"domain": email.domain})


_SHORT_MAILBOX = re.compile(r"([a-z]+)\d*")


@dataclass(frozen=True)
class AbjadSkeleton:
    """Whether a mailbox beside a name written in an abjad may be that name's consonant
    skeleton (smhlmhdy for سامح المهدي): unless it has `min_consonants` consonants or more, of
    which at most `max_shared` (a share) are letters of the name's transliteration. A mailbox
    that leaves the name's letters out (fjskhjgdjfg beside ياسمين الدوسري, ysmyn ldwsry) is no
    spelling of it and is judged like any mailbox."""

    min_consonants: int
    max_shared: float

    @classmethod
    def from_policy(cls, policy: Policy) -> AbjadSkeleton | None:
        """The policy's [gibberish] abjad_skeleton_min_consonants (0: off) and
        abjad_skeleton_max_shared."""
        section = policy.section("gibberish")
        consonants = int(section["abjad_skeleton_min_consonants"])
        return cls(min_consonants=consonants,
                   max_shared=float(section["abjad_skeleton_max_shared"])) \
            if consonants else None

    def __call__(self, local: str, screening: Screening) -> bool:
        consonants = [char for char in local.lower()
                      if "a" <= char <= "z" and char not in VOWELS]
        if len(consonants) < self.min_consonants:
            return True
        # the name fields as the other mailbox checks spell them in Latin letters
        letters = set("".join(_name_words(screening)))
        shared = sum(char in letters for char in consonants)
        return shared > self.max_shared * len(consonants)


@dataclass(frozen=True)
class ShortWalk:
    """A mailbox too short for the detector (MIN_LETTERS) that is `letters` keys walked along
    one keyboard row, digits allowed after it (xcv@, cvb12@, wxc@ on AZERTY), with at most
    `max_vowels` vowels: initials (jk@, mrb@) rarely line up on a row, and a walk that is a name
    the detector knows (Yui) or the person's own initials (Xavier C. Vance's xcv@) is spared."""

    letters: int
    max_vowels: int

    @classmethod
    def from_policy(cls, policy: Policy) -> ShortWalk | None:
        """The policy's [gibberish] short_walk_letters (0: off) and short_walk_max_vowels."""
        section = policy.section("gibberish")
        letters = int(section["short_walk_letters"])
        return cls(letters=letters, max_vowels=int(section["short_walk_max_vowels"])) \
            if letters else None

    def __call__(self, local: str, screening: Screening, detector: GibberishDetector) -> bool:
        match = _SHORT_MAILBOX.fullmatch(local.lower())
        if match is None or len(word := match[1]) != self.letters \
                or sum(char in VOWELS for char in word) > self.max_vowels \
                or word in detector.names or word in detector.first_names:
            return False
        # a row walk, each key beside the last: not an alphabet run (mno@, jih@ for Ji Ha)
        walk, adjacent = keyboard_features(word)
        if walk < self.letters or adjacent < 1.0:
            return False
        initials = sorted(name[0] for name in _name_words(screening) if name)
        return sorted(word) != initials and not _initials_around_middle(word, screening)


def _initials_around_middle(word: str, screening: Screening) -> bool:
    """`word` opens with the initial of one of the person's given or family names and ends with
    the other's, in either order, around middle initials the form did not ask for: gfd@ for
    Gianluca (F.) Dell'Orto, lzm@ for Liu (Z.) Meiling. (ShortWalk sets the word's length.)"""
    lead = screening.lead
    first, last = lead.first_name, lead.last_name
    if not (first and last) and lead.full_name:
        words = lead.full_name.split()
        first, last = (words[0], words[-1]) if len(words) >= 2 else (None, None)
    if not (first and last):
        return False
    given, family = _initials(first), _initials(last)
    return (word[0] in given and word[-1] in family) or (word[0] in family and word[-1] in given)


def _initials(name: str) -> set[str]:
    """The lower-case initials of the Latin spelling of each part of a name."""
    return {part[0].lower() for part in letter_parts(anyascii(name)) if part}


class GibberishEmail(_GibberishCheck):
    """The mailbox name is a keyboard mash or a random string (asdf123, hnocvhouzh).

    When a name field is written in an abjad (Arabic, Persian, Hebrew, Urdu), only a keyboard
    walk or a repeated chunk counts: those scripts leave short vowels out, so their people's
    mailboxes are often consonant skeletons of their names (smhlmhdy for سامح المهدي) that read
    like random strings, but not like qwert or ghjghjghjgh.
    """

    codes: ClassVar[tuple[str, ...]] = ("email.gibberish",)

    def __init__(self, *, threshold: float, corroboration: Corroboration | None = None,
                 keyboard: KeyboardEvidence | None = None, short_walk: ShortWalk | None = None,
                 spelt: Spelt | None = None, skeleton: AbjadSkeleton | None = None,
                 detector: GibberishDetector | None = None) -> None:
        """`keyboard`: what makes the mailbox beside an abjad name junk; None: such a mailbox
        is not judged. `short_walk`: what makes a mailbox of a few letters junk; None: such
        a mailbox is not judged. `spelt`: see `_junk` (the domain's letters). `skeleton`:
        which mailboxes beside an abjad name may be its skeleton, the others being judged like
        any mailbox; None: all may."""
        super().__init__(threshold=threshold, corroboration=corroboration, spelt=spelt,
                         detector=detector)
        self.keyboard = keyboard
        self.short_walk = short_walk
        self.skeleton = skeleton

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        email = screening.email
        if email is None:
            return
        # jane+newsletter@: the tag after + is the sender's filing label, not their name
        local = email.local.split("+", 1)[0]
        if _abjad_name(screening) and (self.skeleton is None or self.skeleton(local, screening)):
            if local and self.keyboard is not None and self.keyboard(local) \
                    and self._junk(local, screening) is not None:
                yield Signal("email.gibberish", "email", {"local": email.local})
            return
        # obiora.ibekwe@ for Obiora Ibekwe: the mailbox is the person's own name;
        # srezaei@rezaei.com: a word of the domain with an initial, judged as spelt
        spelt = _address_letters(screening, local=False) if self.spelt else ""
        if local and (self._junk_not_named(local, screening, spelt=spelt) or (
                self.short_walk is not None
                and self.short_walk(local, screening, self.detector))):
            yield Signal("email.gibberish", "email", {"local": email.local})


# Latin letters beyond Latin-1 that an address may drop (ɔ, ɛ, ŋ, ƙ; not é or ø)
_BEYOND_LATIN1 = re.compile("[\u0180-\u024f\u0250-\u02af\u1d00-\u1dbf]")
# Hebrew, Arabic, Syriac, Thaana, Arabic Supplement / Extended-A and the Arabic presentation forms
_ABJAD = re.compile("[\u0590-\u07bf\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _name_words(screening: Screening) -> set[str]:
    """The lower-case words of the name fields, in Latin letters: names written in another
    script are transliterated (Аққыз Ташенева -> aqqyz, tasheneva; 좌윤채 -> jwa, yun, chae),
    as their people's mailboxes are; Hangul in every customary spelling (leadguard.hangul)."""
    lead = screening.lead
    found: set[str] = set()
    for value in (lead.first_name, lead.last_name, lead.full_name):
        if not value:
            continue
        latin = anyascii(value)
        # Kɔfi Agbɛnyɛga's mailbox is kfiagbnyga: letters of African and other alphabets
        # beyond Latin-1 (ɔ, ɛ, ŋ, ƙ) are often left out of an address (since 2026-12-03)
        spellings = {latin, anyascii(_BEYOND_LATIN1.sub("", value))}
        # the okina of Hawaiian names (kaaihue), and the pieces Uzbek's o' and g' leave
        # when a word is split there (To'xtayev MChJ -> xtayev)
        spellings.add(_APOSTROPHES.sub("", latin))
        for spelling in spellings:
            found.update(part.lower() for part in letter_parts(spelling))
        # 노정우's mailbox is nohjungwoo as often as anyascii's nojeongu
        found.update(load_hangul().name(value))
    return found


def _transliterated_words(screening: Screening) -> set[str]:
    """The words of 5+ letters of name fields written in another script, transliterated: their
    people romanise them in more ways than one (raoayel for Ռաֆայել, which anyascii writes
    rrafayel; kulchytska for Кульчицька, kulchitska); Cyrillic also as passports do."""
    lead = screening.lead
    found: set[str] = set()
    passports = load_passport_spellings()
    for value in (lead.first_name, lead.last_name, lead.full_name):
        if value and fold(value) is None:
            for latin in [anyascii(value), *passports.spellings(value)]:
                latin = _APOSTROPHES.sub("", latin)
                found.update(part.lower() for part in letter_parts(latin) if len(part) >= 5)
    return found


def _built_from_name(word: str, name_words: set[str], loose: Iterable[str] = ()) -> bool:
    """`word` is made of the person's name words and initials, in any order, with at least one
    whole word of 3+ letters: beghelthuesen (Beghel Thuesen), ulepmets (Uudo Lepmets), cugwu
    (Chinedu Ugwu), kouassiyaoj (Jean-Baptiste Kouassi-Yao), or of two short name words
    whole (aiii for Ai Ii). A `loose` word may be spelt
    with one edit in four letters (raoayel for rrafayel)."""
    whole = any(len(name) >= 3 and name in word for name in name_words) or any(
        # two short names whole and nothing else: aiii@ for Ai Ii (data/blind71)
        word == first + last for first in name_words for last in name_words
        if first != last and len(first) >= 2 and len(last) >= 2)
    initials = {name[0] for name in name_words if name}
    # reachable[i]: word[:i] can be spelt from name words and initials
    reachable = [True] + [False] * len(word)
    for start in range(len(word)):
        if not reachable[start]:
            continue
        if word[start] in initials:
            reachable[start + 1] = True
        for name in name_words:
            if len(name) >= 2 and word.startswith(name, start):
                reachable[start + len(name)] = True
        for name in loose:
            edits = len(name) // 4
            last = min(len(word), start + len(name) + edits)
            for end in range(start + len(name) - edits, last + 1):
                if _edit_distance(word[start:end], name, edits) <= edits:
                    reachable[end] = whole = True
    return whole and reachable[-1]


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of `a` and `b`, or more than `limit` once it must exceed it."""
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char != other)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


_APOSTROPHE_MARKS = "`'\u2019\u02bb\u02bc"
_APOSTROPHES = re.compile(f"[{_APOSTROPHE_MARKS}]")

def _address_letters(screening: Screening, *, local: bool) -> str:
    """The lower-case letter runs of the email address, space-separated: of the mailbox name
    (before any +tag) when `local`, and of the domain without its last label."""
    email = screening.email
    if email is None:
        return ""
    parts = [email.domain.rsplit(".", 1)[0]]
    if local:
        parts.append(email.local.split("+", 1)[0])
    return _letter_runs(" ".join(parts))


def _letter_runs(text: str | None) -> str:
    """The lower-case letter runs of `text` folded to Latin letters, space-separated."""
    folded = fold(text) if text else None
    return " ".join(run.lower() for run in LETTER_RUNS.findall(folded or ""))


def _abjad_name(screening: Screening) -> bool:
    lead = screening.lead
    return any(value and _ABJAD.search(value)
               for value in (lead.first_name, lead.last_name, lead.full_name))


class GibberishName(_GibberishCheck):
    """A name field is a mash, a random string, or a first name with a random tail (Davidfug)."""

    codes: ClassVar[tuple[str, ...]] = ("name.gibberish",)

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        # nneka.ugwu@ for Nneka Ugwu: the name the person uses, judged as spelt;
        # so is a name the company bears (Yasaman Rezaei of Rezaei Accounting Corp.)
        spelt = f"{_address_letters(screening, local=True)} " \
            f"{_letter_runs(screening.lead.company)}" if self.spelt else ""
        for attribute, label in NAME_FIELDS:
            value = getattr(screening.lead, attribute)
            if value and self._junk(value, screening, bot_names=True, spelt=spelt):
                yield Signal("name.gibberish", attribute, {"field": label, "value": value})


class GibberishCompany(_GibberishCheck):
    """The company field is a keyboard mash or a random string; a company named after the
    person's family is left to name.gibberish, and its legal form (LLLP, BVBA: the words of
    wordlists/legal_forms.txt) is never judged."""

    codes: ClassVar[tuple[str, ...]] = ("company.gibberish",)

    def __init__(self, *, threshold: float, legal_forms: Iterable[str] = (),
                 corroboration: Corroboration | None = None,
                 spelt: Spelt | None = None,
                 detector: GibberishDetector | None = None) -> None:
        super().__init__(threshold=threshold, corroboration=corroboration, spelt=spelt,
                         detector=detector)
        self.legal_forms = frozenset(legal_forms)

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        value = screening.lead.company
        if not value:
            return
        name = LETTER_RUNS.sub(self._unless_legal_form, value)
        # Ugwu Holdings for Nneka Ugwu: a company named after the family is the name again
        # Qafqaz of rafiqv@qafqaz.az: a company whose domain spells its name
        if self._junk_not_named(name, screening,
                                spelt=_address_letters(screening, local=False)):
            yield Signal("company.gibberish", "company", {"field": "company", "value": value})

    def _unless_legal_form(self, word: re.Match[str]) -> str:
        return " " if word.group().lower() in self.legal_forms else word.group()


NAME_PARTS_FILE = "name_parts.toml"


def _name_parts_table(directory: str | Path | None, section: str) -> dict[str, Any]:
    """One table of name_parts.toml in `directory`, else the bundled word lists."""
    root = Path(directory) if directory is not None \
        else resources.files("leadguard").joinpath("wordlists")
    table: dict[str, Any] = tomllib.loads(root.joinpath(NAME_PARTS_FILE).read_text("utf-8"))
    return dict(table[section])


class PassportSpellings:
    """The passport romanisations of Cyrillic names ([cyrillic] of wordlists/name_parts.toml):
    Ukraine's national system and ICAO Doc 9303's, each a table for str.translate, and per
    system the letters it spells otherwise at the start of a word (Ukraine's Ївга yivha,
    Юрій yurii)."""

    def __init__(self, letters: str, systems: Iterable[list[str]],
                 initials: Iterable[dict[str, str]] = ()) -> None:
        self.tables = []
        for spelt in systems:
            if len(spelt) != len(letters):
                raise ValueError(f"[cyrillic] each system must spell the {len(letters)} "
                                 f"letters, not {len(spelt)}")
            self.tables.append(str.maketrans(dict(zip(letters, spelt, strict=True))))
        self.letters = frozenset(letters)
        starts = list(initials) or [{}] * len(self.tables)
        if len(starts) != len(self.tables):
            raise ValueError("[cyrillic] word-initial spellings must be given per system")
        self.initials = [_WordStart(spelt) if spelt else None for spelt in starts]

    def spellings(self, value: str) -> list[str]:
        """`value` as each system spells it (anyascii for the letters no system names); none
        when it holds no Cyrillic letter of the tables."""
        lower = value.lower()
        if self.letters.isdisjoint(lower):
            return []
        return [anyascii((lower if initial is None else initial.spell(lower)).translate(table))
                for table, initial in zip(self.tables, self.initials, strict=True)]


class _WordStart:
    """Letters a system spells otherwise where a word starts (Ukraine's Ї as yi)."""

    def __init__(self, spelt: dict[str, str]) -> None:
        self.spelt = dict(spelt)
        letters = "".join(re.escape(letter) for letter in spelt)
        # after a letter or an apostrophe (the Ukrainian name Mar'iana) a letter is not a
        # word's first
        self.pattern = re.compile(rf"(?<![^\W\d_])(?<![{_APOSTROPHE_MARKS}])[{letters}]")

    def spell(self, text: str) -> str:
        return self.pattern.sub(self._spelling, text)

    def _spelling(self, found: re.Match[str]) -> str:
        return self.spelt[found.group()]


@lru_cache(maxsize=4)
def load_passport_spellings(directory: str | Path | None = None) -> PassportSpellings:
    table = _name_parts_table(directory, "cyrillic")
    return PassportSpellings(table["letters"], [table["ukrainian"], table["icao"]],
                             [table.get("ukrainian_initial", {}), {}])


@dataclass(frozen=True)
class NameParts:
    """Parts of real names a bot's glued tail is never read in (wordlists/name_parts.toml)."""

    prefixes: tuple[str, ...] = ()
    endings: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def load_name_parts(directory: str | Path | None = None) -> NameParts:
    table = _name_parts_table(directory, "not_glued")
    return NameParts(prefixes=tuple(table["prefixes"]), endings=tuple(table["endings"]))


class BotNamePattern(_DetectorCheck):
    """The name fields are filled the way form-filling bots fill them: the last name is the
    first name with two letters added, the first a capital (Jamesfeace JamesfeaceMK,
    Steffaniewnulo SteffaniewnuloRy); both fields hold the same word that is no known name
    but starts with a common first name (Madelineron Madelineron, Leonfont Leonfont), with a
    name of any region and a tail that is no name while the word reads as a mash (Thanhskeess
    Thanhskeess), or with the name in the mailbox (Josuanig Josuanig for josua.reichel@), or
    glues Latin letters to another script (婉清jiese); or each field glues a tail that is no
    name to a common first name (Karrenrkgrory Rosanackmu).

    A single field with a glued tail is name.gibberish's to judge, which also asks that the
    tail be no name (Davidson); a word typed twice that is no known name is rarer among real
    people, so here any tail will do. Known names typed twice (Thomas Thomas, Prabowo Prabowo,
    the way people with one name fill two fields) are never a signal."""

    codes: ClassVar[tuple[str, ...]] = ("name.bot_pattern",)

    def __init__(self, *, min_first: int, min_repeated: int, min_mailbox_name: int,
                 min_glued_score: float, min_any_region_score: float,
                 min_dotted: int = 0, min_numbered_score: float = 1.01,
                 min_numbered_head: int = MIN_LETTERS,
                 number_digits: tuple[int, int] = (0, 0),
                 birth_years: tuple[int, int] = (0, 0),
                 not_glued: NameParts = NameParts(),
                 detector: GibberishDetector | None = None) -> None:
        """`min_first`: letters of a first name that, with two letters added, is the last
        name; `min_repeated`: letters of a word that fills both name fields;
        `min_mailbox_name`: letters of the mailbox's name that such a word may start with;
        `min_glued_score`: the bot head's score that the surer of two glued fields reaches;
        `min_any_region_score`: the mash score that a word typed twice reaches when it starts
        with a name of any region, not a common first name (over 1.0: never);
        `min_dotted`: letters of a mailbox that spells such a word one by one between dots
        (0: never); `min_numbered_score`: the lower mash score that suffices when the mailbox
        is the word and a number of `number_digits` digits (fewest and most) that is no birth
        year in `birth_years` (first and last year); `min_numbered_head`: the fewest letters
        of the name such a word starts with then;
        `not_glued`: name parts that make a word never glued (wordlists/name_parts.toml)."""
        super().__init__(detector=detector)
        self.not_glued = not_glued
        self.min_glued_score = min_glued_score
        self.min_any_region_score = min_any_region_score
        self.min_dotted = min_dotted
        self.min_numbered_score = min_numbered_score
        self.min_numbered_head = min_numbered_head
        self.number_digits = number_digits
        self.birth_years = birth_years
        self.min_first = min_first
        self.min_repeated = min_repeated
        self.min_mailbox_name = min_mailbox_name

    @classmethod
    def from_policy(cls, policy: Policy, *, detector: GibberishDetector | None = None,
                    wordlists: str | Path | None = None) -> BotNamePattern:
        """The check with the policy's [gibberish] bot_pattern_* limits and the bundled name
        parts."""
        section = policy.section("gibberish")
        return cls(min_first=int(section["bot_pattern_min_first"]),
                   min_repeated=int(section["bot_pattern_min_repeated"]),
                   min_mailbox_name=int(section["bot_pattern_min_mailbox_name"]),
                   min_glued_score=float(section["bot_pattern_min_glued_score"]),
                   min_any_region_score=float(section["bot_pattern_min_any_region_score"]),
                   min_dotted=int(section["bot_pattern_min_dotted"]),
                   min_numbered_score=float(section["bot_pattern_min_numbered_score"]),
                   min_numbered_head=int(section["bot_pattern_min_numbered_head"]),
                   number_digits=_pair(section["bot_pattern_number_digits"]),
                   birth_years=_pair(section["bot_pattern_birth_years"]),
                   not_glued=load_name_parts(wordlists), detector=detector)

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        lead = screening.lead
        local = _mailbox_local(screening)
        if lead.first_name and lead.last_name:
            why = self._pattern(lead.first_name.strip(), lead.last_name.strip(), local)
            if why:
                yield Signal("name.bot_pattern", "last_name",
                             {"value": lead.last_name, "why": why})
                return
        if lead.full_name:
            parts = lead.full_name.split()
            if len(parts) == 2 and (why := self._pattern(parts[0], parts[1], local)):
                yield Signal("name.bot_pattern", "full_name",
                             {"value": lead.full_name, "why": why})

    def _pattern(self, first: str, last: str, local: str) -> str | None:
        """Why `first` and `last` are a bot's name, beside the mailbox name `local`; None when
        they are not."""
        if not first.isalpha() or not last.isalpha():
            return None
        if last[:-2] == first and len(first) >= self.min_first and last[-2:].isascii() \
                and last[-2].isupper() and first[-1].islower():
            return "is the first name with two letters added, the first a capital"
        if first.casefold() == last.casefold():
            return "is the same made-up word in both name fields" \
                if self._made_up(first, local) else None
        first_glued = self._glued(first)
        last_glued = self._glued(last) if first_glued is not None else None
        if first_glued is not None and last_glued is not None \
                and max(first_glued, last_glued) >= self.min_glued_score:
            return "and the first name each glue a made-up tail to a first name"
        return None

    def _glued(self, word: str) -> float | None:
        """The bot head's score of a word that glues a tail of letters that is no name to a
        common first name, and is no known name itself (Karrenrkgrory, Rosanackmu; not
        Annmarie, not Davidson); None for any other word."""
        folded = fold(word)
        if folded is None or not folded.isalpha() \
                or folded.lower().startswith(self.not_glued.prefixes) \
                or folded.lower().endswith(self.not_glued.endings) \
                or not self.detector.name_prefix(folded.lower()):
            return None
        return self.detector.bot_score(folded)

    def _made_up(self, word: str, local: str) -> bool:
        """No known name, but a common first name with a tail glued on (Madelineron,
        Leonfont), the name of the mailbox with a tail glued on (Josuanig for
        josua.reichel@, Aleddurt for aled.meredith@), letters of two scripts in one word
        (婉清jiese), or a word the mailbox spells the way bots spell it: letter by letter
        between dots (c.l.a.r.i.s.s.e.b.r.i.f.t@), or with digits glued on when it is a name
        of any region with a tail (chiamakatreert5332@)."""
        if _mixed_script(word):
            return True
        mailbox = LETTER_RUNS.findall(local)
        folded = fold(word)
        if folded is None or len(folded) < self.min_repeated:
            return False
        folded = folded.lower()
        if folded in self.detector.names:
            return False
        first_names = self.detector.first_names
        end = len(folded) - BOT_MIN_TAIL + 1
        if any(folded[:length] in first_names for length in range(MIN_LETTERS, end)):
            return True
        # Gmail ignores dots, so a bot that dots every letter of the word makes one inbox look
        # like many; nobody writes their own name so.
        if self.min_dotted and len(mailbox) >= self.min_dotted \
                and all(len(run) == 1 for run in mailbox) and "".join(mailbox) == folded:
            return True
        # The bots draw first names from every region, not only the common Latin ones: a name
        # of any region with a tail that is no name (Thanhskeess, Grgareps). Real compound
        # names of that shape read as names (Wahyuningsih); the word counts when it also reads
        # as a mash, or half as much of one beside a mailbox of the word and a number that is
        # no birth year, the way the bots make their mailboxes (nergiskoux4193@).
        names = self.detector.names
        numbered = self._numbered(folded, local)
        # Beside such a mailbox a shorter name will do as the head (Zoefkb, Raykive for
        # raykive4471@): the bots glue tails to Amy, Jim and Zoe as well.
        shortest = min(self.min_numbered_head, MIN_LETTERS) if numbered else MIN_LETTERS
        regional = any(folded[:length] in names and folded[length:] not in names
                       for length in range(shortest, end))
        score = self.detector.mash_score(folded) if regional else 0.0
        if regional and numbered and score >= self.min_numbered_score:
            return True
        # Someone typing their own unusual name twice has it whole in the mailbox, or a short
        # form of it with no other name beside it (karthik.s@ or karthik88@ for Karthikeyan
        # Karthikeyan, nwaog@ for Nwaogwugwu Nwaogwugwu).
        if any(folded in run for run in mailbox):
            return False
        if regional and score >= self.min_any_region_score:
            return True
        # The bot kept a real person's mailbox (josua.reichel@) and glued a tail to the first
        # name it holds.
        if not any(len(run) >= self.min_mailbox_name and run not in folded for run in mailbox):
            return False
        return any(self._mailbox_name(folded[:length], mailbox)
                   for length in range(self.min_mailbox_name, end))

    def _numbered(self, word: str, local: str) -> bool:
        """The mailbox is `word` and a number that is no birth year (5332, 641; not 1987)."""
        number = local.removeprefix(word)
        fewest, most = self.number_digits
        if number == local or not number.isdigit() or not fewest <= len(number) <= most:
            return False
        first, last = self.birth_years
        return not first <= int(number) <= last

    def _mailbox_name(self, head: str, mailbox: list[str]) -> bool:
        """`head` is a letter run of the mailbox (aled of aled.meredith), or a known name
        inside one (villy of villyjohansen)."""
        return any(head == run or (head in run and head in self.detector.names)
                   for run in mailbox)


def _pair(values: list[Any]) -> tuple[int, int]:
    """A policy entry of two whole numbers, [first, last]."""
    first, last = values
    return int(first), int(last)


def _mailbox_local(screening: Screening) -> str:
    """The mailbox name (before any +tag) in lower-case ASCII; "" without one."""
    email = screening.email
    if email is None:
        return ""
    folded = fold(email.local.split("+", 1)[0])
    return folded.lower() if folded else ""


def _mixed_script(word: str) -> bool:
    """Latin letters and letters of another script in one word: 婉清jiese, سلمىwoog. No
    name is written so; Nguyễn, Rəşid and Ødegaard are Latin throughout."""
    latin = other = False
    for char in word:
        if char.isalpha():
            if unicodedata.name(char, "").startswith("LATIN"):
                latin = True
            else:
                other = True
    return latin and other


def gibberish_checks(policy: Policy, legal_forms: Iterable[str], *,
                     detector: GibberishDetector | None = None) -> list[Check]:
    """email.gibberish, name.gibberish, name.bot_pattern, company.gibberish and
    email.domain_gibberish with the policy's [gibberish] thresholds, the mailbox and the name
    corroborating each other."""
    section = policy.section("gibberish")
    email, name, company = (float(section[f"{field}_threshold"])
                            for field in ("email", "name", "company"))
    forms = frozenset(legal_forms)
    # The mailbox and the name corroborate each other; the company stays out, as its words and
    # the name share a language the model may read as junk twice (Hywel, of Dyfed Cyfrifwyr).
    spelt = Spelt.from_policy(policy)
    keyboard = KeyboardEvidence.from_policy(policy)
    short_walk = ShortWalk.from_policy(policy)
    skeleton = AbjadSkeleton.from_policy(policy)
    corroboration = Corroboration(threshold=float(section["corroborated_threshold"]), checks={
        "email.gibberish": GibberishEmail(threshold=email, keyboard=keyboard,
                                          short_walk=short_walk, spelt=spelt,
                                          skeleton=skeleton, detector=detector),
        "name.gibberish": GibberishName(threshold=name, spelt=spelt,
                                        detector=detector)})
    return [
        GibberishEmail(threshold=email, corroboration=corroboration, keyboard=keyboard,
                       short_walk=short_walk, spelt=spelt, skeleton=skeleton,
                       detector=detector),
        GibberishName(threshold=name, corroboration=corroboration, spelt=spelt,
                      detector=detector),
        BotNamePattern.from_policy(policy, detector=detector),
        GibberishCompany(threshold=company, legal_forms=forms, spelt=spelt,
                         detector=detector),
        KeyboardDomain.from_policy(policy),
    ]
