"""Build the blind test set data/blind/blind.jsonl from the hand-written files beside it.

    .venv/bin/python scripts/build_blind_set.py

Options build another set from other hand-written files of the same format (data/blind2/):
``--source DIR`` (default data/blind), ``--out FILE`` (default data/blind/blind.jsonl) and
``--seed N`` (default 20261129); with none of them the output is data/blind/blind.jsonl as it
was measured, byte for byte.

The set was written on 2026-11-29 without looking at the detector, its word lists or its
corpora, to be measured once (data/blind/README.md). Its parts:

* the hand-written files data/blind/*.txt (titles, messages, spam templates, names);
* first and last names per locale from the npm package @faker-js/faker (pinned below), read
  straight from the package's data files; fetched with ``npm pack`` into
  ~/.cache/leadguard-blind/ when missing and checked against a pinned sha256;
* generators written here: mailboxes, companies, spam domains and links, keyboard mashes and
  bot names.

One random.Random with a fixed seed draws everything, so the same inputs give a byte-identical
file; the script prints the count of each category and the file's sha256.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import subprocess
import sys
import tarfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "data" / "blind"
OUT = BLIND / "blind.jsonl"
SEED = 20261129

FAKER_PACKAGE = "@faker-js/faker"
FAKER_VERSION = "9.9.0"
FAKER_TARBALL = f"faker-js-faker-{FAKER_VERSION}.tgz"
FAKER_SHA256 = "79e6e32f8df8ab47c158d877053aa88eca7fa7749eb246facf622bed1c2b2d43"
CACHE = Path.home() / ".cache" / "leadguard-blind"
SOURCE_FAKER = f"blind+fakerjs-{FAKER_VERSION}"
SOURCE_HAND = "blind+hand"

# (label, category, size), in the order they are written
CATEGORIES: list[tuple[str, str, int]] = [
    ("legit", "executive", 400),
    ("legit", "staff", 400),
    ("legit", "free_mail", 400),
    ("legit", "international", 400),
    ("legit", "unusual_name", 400),
    ("legit", "real_inquiry", 400),
    ("spam", "keyboard_mash", 300),
    ("spam", "bot_name", 300),
    ("spam", "seo_spam", 200),
    ("spam", "pitch_spam", 200),
    ("spam", "scam_spam", 200),
    ("spam", "price_spam", 100),
    ("spam", "link_farm", 100),
    ("spam", "bot_fast", 100),
    ("spam", "joke_title", 200),
    ("spam", "junk_title", 150),
]
MX_TIMEOUT_SHARE = 0.04  # of every category, exactly

# Field presence, the same for both labels (a category's own field is always there)
P_EMAIL_ONLY = 0.08
P_FULL_NAME = 0.30  # one `full_name` field instead of first_name / last_name
P_COMPANY = 0.75
P_TITLE = 0.80
P_PHONE = 0.35
P_WEBSITE = 0.30
P_COUNTRY = 0.80
P_SHORT_MESSAGE = 0.50  # categories whose leads carry no message of their own
P_NO_ELAPSED = 0.15
P_FREE_MAIL = 0.20  # leads outside free_mail writing from a free-mail address


# ---------------------------------------------------------------------------------------------
# The hand-written files
# ---------------------------------------------------------------------------------------------

# A section header: "[en]", "[zh m]", "[is lf]", "[short]". Lines such as "[url={url1}]..." in
# spam_link.txt are templates, not headers.
SECTION = re.compile(r"^\[([a-z]{2,3}(?: [a-z]{1,2})?|short|long|hyphen|apostrophe|odd)\]$")


def read_file_sections(source: Path, name: str, default: str = "") -> dict[str, list[str]]:
    """Lines of SOURCE/NAME grouped by their [section]; comments and blank lines dropped.

    A literal "\\n" in a line is a line break. Lines before the first header go to `default`.
    """
    sections: dict[str, list[str]] = {}
    current = default
    for line in (source / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        header = SECTION.match(line.strip())
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
            continue
        sections.setdefault(current, []).append(line.replace("\\n", "\n"))
    return {key: lines for key, lines in sections.items() if lines}


@dataclass(frozen=True)
class Texts:
    """Everything read from data/blind/*.txt (or the --source folder)."""

    exec_titles: dict[str, list[str]]
    staff_titles: dict[str, list[str]]
    joke_titles: dict[str, list[str]]
    junk_titles: list[str]
    short_messages: dict[str, list[str]]
    inquiries: dict[str, list[str]]
    spam: dict[str, dict[str, list[str]]]  # category -> language -> templates
    hand_names: dict[str, list[str]]  # "zh m" -> ["伟|Wei", ...]
    unusual_names: dict[str, list[str]]  # "short" -> ["Al|Ng@SG", ...]


def read_texts(source: Path = BLIND, fallback: Path | None = None) -> Texts:
    """The texts of SOURCE; a file SOURCE lacks is read from FALLBACK when one is given."""

    def read_sections(name: str, default: str = "") -> dict[str, list[str]]:
        if fallback is not None and not (source / name).exists():
            return read_file_sections(fallback, name, default)
        return read_file_sections(source, name, default)

    return Texts(
        exec_titles=read_sections("titles_exec.txt"),
        staff_titles=read_sections("titles_staff.txt"),
        joke_titles=read_sections("titles_joke.txt"),
        junk_titles=read_sections("titles_junk.txt", default="junk")["junk"],
        short_messages=read_sections("messages_short.txt"),
        inquiries=read_sections("inquiries.txt"),
        spam={
            "seo_spam": read_sections("spam_seo.txt"),
            "pitch_spam": read_sections("spam_pitch.txt"),
            "scam_spam": read_sections("spam_scam.txt"),
            "price_spam": read_sections("spam_price.txt"),
            "link_farm": read_sections("spam_link.txt"),
        },
        hand_names=read_sections("names_hand.txt"),
        unusual_names=read_sections("names_unusual.txt"),
    )


# ---------------------------------------------------------------------------------------------
# Names from @faker-js/faker
# ---------------------------------------------------------------------------------------------


def faker_tarball() -> Path:
    """The pinned tarball in ~/.cache/leadguard-blind/, fetched with `npm pack` if missing."""
    path = CACHE / FAKER_TARBALL
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        spec = f"{FAKER_PACKAGE}@{FAKER_VERSION}"
        subprocess.run(
            ["npm", "pack", spec, "--pack-destination", str(CACHE), "--loglevel", "error"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != FAKER_SHA256:
        sys.exit(f"{path}: sha256 {digest}, expected {FAKER_SHA256}")
    return path


# The package ships each locale's data as one minified module (dist/chunk-*.cjs) holding
# `var X={title:"German",code:"de",...}` (the locale's metadata) and
# `var Y={first_name:G,last_name:E,...}` (its person definitions), where G and E are variables
# of the same module bound to array or object literals of strings.
FAKER_META = re.compile(r'\{title:"[^"]*",code:"(\w+)",(?:country:"\w+",)?language:')
FAKER_PERSON = re.compile(r"var [\w$]+=\{([^{}]*\bfirst_name:[\w$]+[^{}]*)\}")
JS_TOKEN = re.compile(
    r'\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<punct>[\[\]{}:,])|(?P<ident>[A-Za-z_$][\w$]*))'
)
JsValue = str | list["JsValue"] | dict[str, "JsValue"]


def js_string(literal: str) -> str:
    """A double-quoted JavaScript string literal as a Python string (\\xNN made JSON-legal)."""
    value: str = json.loads(re.sub(r"\\x([0-9a-fA-F]{2})", r"\\u00\1", literal))
    return value


class JsModule:
    """Just enough of a reader for the literals of one minified module: strings, arrays,
    objects with bare or quoted keys, and names of other variables (followed)."""

    def __init__(self, source: str) -> None:
        self.source = source

    def variable(self, name: str) -> JsValue:
        match = re.search(r"(?:\bvar |,)" + re.escape(name) + "=", self.source)
        if match is None:
            raise KeyError(name)
        return self._value(match.end())[0]

    def _token(self, pos: int) -> tuple[str, str, int]:
        match = JS_TOKEN.match(self.source, pos)
        if match is None or match.lastgroup is None:
            raise ValueError(f"unexpected JavaScript at {self.source[pos : pos + 40]!r}")
        return match.lastgroup, match.group(match.lastgroup), match.end()

    def _value(self, pos: int) -> tuple[JsValue, int]:
        kind, text, pos = self._token(pos)
        if kind == "str":
            return js_string(text), pos
        if kind == "ident":
            return self.variable(text), pos
        if text == "[":
            items: list[JsValue] = []
            while True:
                _, nxt, after = self._token(pos)
                if nxt == "]":
                    return items, after
                item, pos = self._value(pos)
                items.append(item)
                _, sep, pos = self._token(pos)
                if sep == "]":
                    return items, pos
                if sep != ",":
                    raise ValueError(f"expected , in array, got {sep!r}")
        if text == "{":
            obj: dict[str, JsValue] = {}
            while True:
                kind, key, pos = self._token(pos)
                if key == "}":
                    return obj, pos
                _, colon, pos = self._token(pos)
                if colon != ":":
                    raise ValueError(f"expected : in object, got {colon!r}")
                value, pos = self._value(pos)
                obj[js_string(key) if kind == "str" else key] = value
                _, sep, pos = self._token(pos)
                if sep == "}":
                    return obj, pos
                if sep != ",":
                    raise ValueError(f"expected , in object, got {sep!r}")
        raise ValueError(f"unexpected token {text!r}")


@dataclass
class NamePool:
    """Given and family names of one region as (as written, in Latin letters) pairs.

    For names already in Latin letters both are the same; mailboxes fold the second to ASCII.
    """

    male: list[tuple[str, str]] = field(default_factory=list)
    female: list[tuple[str, str]] = field(default_factory=list)
    family_male: list[tuple[str, str]] = field(default_factory=list)
    family_female: list[tuple[str, str]] = field(default_factory=list)
    source: str = SOURCE_HAND


def string_list(value: JsValue) -> list[str]:
    if not isinstance(value, list):
        raise ValueError("expected an array of strings")
    # skip the odd pattern or empty entry; keep names as the package writes them
    return [v.strip() for v in value if isinstance(v, str) and v.strip() and "{{" not in v]


def by_sex(value: JsValue) -> tuple[list[str], list[str]]:
    """(male, female) names of a faker definition: an array, or {generic, male, female}."""
    if isinstance(value, dict):
        generic = string_list(value["generic"]) if "generic" in value else []
        male = string_list(value["male"]) if "male" in value else generic
        female = string_list(value["female"]) if "female" in value else generic
        return male or generic, female or generic
    names = string_list(value)
    return names, names


def read_faker_names(locales: set[str]) -> dict[str, NamePool]:
    """First and last names of the given faker locales, read from the pinned tarball."""
    pools: dict[str, NamePool] = {}
    with tarfile.open(faker_tarball()) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if not re.fullmatch(r"package/dist/chunk-\w+\.cjs", member.name):
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            source = handle.read().decode("utf-8")
            meta, person = FAKER_META.search(source), FAKER_PERSON.search(source)
            if meta is None or person is None or meta.group(1) not in locales:
                continue
            fields = dict(pair.split(":") for pair in person.group(1).split(","))
            module, lang = JsModule(source), meta.group(1)[:2]
            first_m, first_f = by_sex(module.variable(fields["first_name"]))
            last_m, last_f = by_sex(module.variable(fields["last_name"]))
            pools[meta.group(1)] = NamePool(
                male=[(n, romanize(n, lang)) for n in first_m],
                female=[(n, romanize(n, lang)) for n in first_f],
                family_male=[(n, romanize(n, lang)) for n in last_m],
                family_female=[(n, romanize(n, lang)) for n in last_f],
                source=SOURCE_FAKER,
            )
    missing = locales - pools.keys()
    if missing:
        sys.exit(f"{FAKER_TARBALL}: no person names for {sorted(missing)}")
    return pools


def read_hand_names(sections: dict[str, list[str]]) -> dict[str, NamePool]:
    """names_hand.txt: sections "[region kind]", lines "native|Latin" or a Latin name."""
    pools: dict[str, NamePool] = {}
    for key, lines in sections.items():
        region, kind = key.split()
        pool = pools.setdefault(region, NamePool())
        pairs = []
        for line in lines:
            native, _, latin = line.partition("|")
            pairs.append((native.strip(), (latin or native).strip()))
        if kind == "m":
            pool.male += pairs
        elif kind == "f":
            pool.female += pairs
        elif kind in ("l", "lm"):
            pool.family_male += pairs
        if kind in ("l", "lf"):
            pool.family_female += pairs
    return pools


# ---------------------------------------------------------------------------------------------
# Letters for mailboxes: romanization and ASCII folding (neither anyascii nor unidecode is
# installed, so: unicodedata's NFKD, a hand map, and tables for the alphabets the names use)
# ---------------------------------------------------------------------------------------------


def alphabet(first: int, latin: str) -> dict[str, str]:
    """Map the letters first, first+1, ... to the space-separated `latin` ("-" = dropped)."""
    return {
        chr(first + i): ("" if roman == "-" else roman) for i, roman in enumerate(latin.split())
    }


LATIN_FOLD = {  # Latin letters NFKD does not take apart
    "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th",
    "ə": "e", "ħ": "h", "ŋ": "ng",
    "\u0131": "i",  # dotless i
    "\u02bb": "", "\u02bc": "", "\u2019": "",  # okina, modifier apostrophe, quote
}
SCRIPTS: dict[str, str] = {
    # Cyrillic U+0430.., then the Ukrainian and Macedonian letters from U+0450
    **alphabet(
        0x430, "a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"
    ),
    **alphabet(0x450, "e yo dj gj ye dz i yi j lj nj tsh kj i u dz"),
    "ґ": "g",
    # Greek U+03B1.. (alpha to omega, final sigma included)
    **alphabet(0x3B1, "a v g d e z i th i k l m n x o p r s s t y f ch ps o"),
    # Georgian U+10D0.. (an to hae)
    **alphabet(
        0x10D0, "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h"
    ),
    # Armenian U+0561.. (ayb to ech-yiwn, then oh and feh)
    **alphabet(
        0x561,
        "a b g d e z e y t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts v p k ev o f",
    ),
}
# Greek and Armenian letter pairs read as one sound
UKRAINIAN = {"\u0438": "y", "\u0433": "h", "\u0439": "i", "\u0449": "shch"}  # i, h, i, shch
SCRIPT_DIGRAPHS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "γγ": "ng", "ու": "u"}  # noqa: RUF001

# Hangul syllables: initial, vowel, final jamo (Revised Romanization, no sound changes)
HANGUL_INITIAL = "g kk n d tt r m b pp s ss - j jj ch k t p h"
HANGUL_VOWEL = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i"
HANGUL_FINAL = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t"
KOREAN_SURNAMES = {  # the usual spellings, not the romanization
    "김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang",
    "조": "Cho", "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo",
    "신": "Shin", "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "유": "Yoo",
    "홍": "Hong", "전": "Jeon", "고": "Ko", "문": "Moon", "손": "Son", "배": "Bae", "백": "Baek",
    "노": "Noh", "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha", "주": "Joo", "우": "Woo",
    "구": "Koo", "남": "Nam", "류": "Ryu", "나": "Na", "진": "Jin", "지": "Ji", "엄": "Eom",
}


def is_hangul(char: str) -> bool:
    return 0xAC00 <= ord(char) <= 0xD7A3


def hangul(syllable: str) -> str:
    index = ord(syllable) - 0xAC00
    initial, vowel, final = index // 588, index % 588 // 28, index % 28
    parts = (
        HANGUL_INITIAL.split()[initial],
        HANGUL_VOWEL.split()[vowel],
        HANGUL_FINAL.split()[final],
    )
    return "".join("" if p == "-" else p for p in parts)


def strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def romanize(name: str, lang: str = "") -> str:
    """`name` in Latin letters when it is written in Cyrillic, Greek, Georgian, Armenian or
    Hangul; any other name (Latin letters with their diacritics, Han, Arabic) as it is.
    Ukrainian names follow Ukrainian spelling (Ihor, Ivanyshyn)."""
    table = SCRIPTS | UKRAINIAN if lang == "uk" else SCRIPTS
    if name in KOREAN_SURNAMES:
        return KOREAN_SURNAMES[name]
    if not any(is_hangul(c) or c.lower() in SCRIPTS or strip_marks(c.lower()) in SCRIPTS
               for c in name):
        return name
    out: list[str] = []
    i = 0
    while i < len(name):
        char, lower = name[i], name[i].lower()
        pair = strip_marks(name[i : i + 2].lower())
        if pair in SCRIPT_DIGRAPHS:
            roman, i = SCRIPT_DIGRAPHS[pair], i + 2
        elif is_hangul(char):
            roman, i = hangul(char), i + 1
        else:
            # a letter with its own entry (short i, yo, yi, gje) first, else its base letter
            roman = table.get(lower, table.get(strip_marks(lower), char))
            i += 1
        # Hangul and Georgian have no capitals: capitalize each word's first letter
        word_start = not out or not out[-1][-1:].isalpha()
        uncased = is_hangul(char) or "\u10d0" <= char <= "\u10ff"
        capital = char.isupper() or (word_start and uncased)
        out.append(roman.capitalize() if capital else roman)
    return "".join(out)


def ascii_fold(text: str) -> str:
    """`text` in lowercase ASCII: romanized, diacritics dropped, other letters left out."""
    out = []
    for char in romanize(text).lower():
        if char in LATIN_FOLD:
            out.append(LATIN_FOLD[char])
        else:
            out.append(strip_marks(char) if strip_marks(char).isascii() else "")
    return "".join(out)


def slug(text: str, sep: str = "") -> str:
    """Letters and digits of `text` folded to ASCII, words joined by `sep`."""
    return sep.join(re.findall(r"[a-z0-9]+", ascii_fold(text)))


# ---------------------------------------------------------------------------------------------
# Regions: where a lead's names, language, domains and phone numbers come from
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Region:
    names: str  # a faker locale, or a region of names_hand.txt
    countries: tuple[str, ...]
    lang: str  # language of the region's titles and messages
    family_first: bool = False  # the full name is written family name first
    native_script: bool = False  # names_hand pairs: write the native form most of the time


ENGLISH_REGIONS = [
    Region("en", ("US",), "en"),
    Region("en", ("US",), "en"),
    Region("en", ("GB",), "en"),
    Region("en", ("CA",), "en"),
    Region("en", ("IE",), "en"),
    Region("en_AU", ("AU",), "en"),
    Region("en_IN", ("IN",), "en"),
    Region("en_NG", ("NG",), "en"),
    Region("en_ZA", ("ZA",), "en"),
    Region("en_GH", ("GH",), "en"),
    Region("yo_NG", ("NG",), "en"),
    Region("zu_ZA", ("ZA",), "en"),
    Region("ne", ("NP",), "en"),
    Region("cy", ("GB",), "cy"),
    Region("ig", ("NG",), "en"),
]
OTHER_REGIONS = [
    Region("de", ("DE",), "de"),
    Region("de_AT", ("AT",), "de"),
    Region("de_CH", ("CH",), "de"),
    Region("fr", ("FR",), "fr"),
    Region("fr_BE", ("BE",), "fr"),
    Region("fr_CH", ("CH",), "fr"),
    Region("fr_SN", ("SN",), "fr"),
    Region("es", ("ES",), "es"),
    Region("es_MX", ("MX",), "es"),
    Region("it", ("IT",), "it"),
    Region("pt_BR", ("BR",), "pt"),
    Region("pt_PT", ("PT",), "pt"),
    Region("nl", ("NL",), "nl"),
    Region("nl_BE", ("BE",), "nl"),
    Region("pl", ("PL",), "pl"),
    Region("cs_CZ", ("CZ",), "cs"),
    Region("sk", ("SK",), "sk"),
    Region("hu", ("HU",), "hu", family_first=True),
    Region("ro", ("RO",), "ro"),
    Region("ro_MD", ("MD",), "ro"),
    Region("hr", ("HR",), "hr"),
    Region("sr_RS_latin", ("RS",), "sr"),
    Region("lv", ("LV",), "lv"),
    Region("da", ("DK",), "da"),
    Region("sv", ("SE",), "sv"),
    Region("nb_NO", ("NO",), "nb"),
    Region("fi", ("FI",), "fi"),
    Region("is", ("IS",), "is"),
    Region("tr", ("TR",), "tr"),
    Region("az", ("AZ",), "az"),
    Region("uz_UZ_latin", ("UZ",), "uz"),
    Region("ka_GE", ("GE",), "ka"),
    Region("hy", ("AM",), "en"),
    Region("ru", ("RU", "RU", "RU", "KZ", "BY"), "ru"),
    Region("uk", ("UA",), "uk"),
    Region("mk", ("MK",), "mk"),
    Region("el", ("GR", "CY"), "el"),
    Region("af_ZA", ("ZA",), "af"),
    Region("vi", ("VN",), "vi", family_first=True),
    Region("id_ID", ("ID",), "id"),
    Region("ko", ("KR",), "ko", family_first=True),
    Region("zh", ("CN", "CN", "CN", "TW", "SG", "HK"), "zh", family_first=True,
           native_script=True),
    Region("ja", ("JP",), "ja", family_first=True, native_script=True),
    Region("ar", ("SA", "AE", "EG", "JO", "MA", "QA"), "ar", native_script=True),
    Region("fa", ("IR",), "en"),
]
FAKER_LOCALES = {r.names for r in ENGLISH_REGIONS + OTHER_REGIONS} - {
    "cy", "ig", "is", "zh", "ja", "ar", "fa"
}

# country: (top-level domain of its companies, calling code, free-mail domains)
COUNTRIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "US": ("com", "1", ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                        "aol.com", "comcast.net", "protonmail.com")),
    "GB": ("co.uk", "44", ("gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com",
                           "btinternet.com", "icloud.com", "live.co.uk")),
    "CA": ("ca", "1", ("gmail.com", "hotmail.com", "outlook.com", "yahoo.ca", "shaw.ca",
                       "rogers.com")),
    "IE": ("ie", "353", ("gmail.com", "hotmail.com", "eircom.net", "outlook.ie", "yahoo.ie")),
    "AU": ("com.au", "61", ("gmail.com", "bigpond.com", "outlook.com", "hotmail.com",
                            "optusnet.com.au", "icloud.com")),
    "IN": ("in", "91", ("gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com",
                        "hotmail.com")),
    "NG": ("com.ng", "234", ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com")),
    "ZA": ("co.za", "27", ("gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com",
                           "telkomsa.net")),
    "GH": ("com.gh", "233", ("gmail.com", "yahoo.com", "outlook.com")),
    "NP": ("com.np", "977", ("gmail.com", "yahoo.com", "outlook.com")),
    "DE": ("de", "49", ("gmx.de", "web.de", "t-online.de", "gmail.com", "gmx.net",
                        "freenet.de", "posteo.de", "outlook.de")),
    "AT": ("at", "43", ("gmx.at", "aon.at", "gmail.com", "chello.at", "a1.net")),
    "CH": ("ch", "41", ("bluewin.ch", "gmx.ch", "gmail.com", "hispeed.ch", "sunrise.ch")),
    "FR": ("fr", "33", ("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr",
                        "wanadoo.fr", "hotmail.fr", "yahoo.fr")),
    "BE": ("be", "32", ("skynet.be", "telenet.be", "gmail.com", "hotmail.com", "proximus.be")),
    "SN": ("sn", "221", ("gmail.com", "yahoo.fr", "orange.sn")),
    "ES": ("es", "34", ("gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es")),
    "MX": ("com.mx", "52", ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx",
                            "prodigy.net.mx")),
    "IT": ("it", "39", ("libero.it", "gmail.com", "alice.it", "virgilio.it", "tiscali.it",
                        "hotmail.it", "yahoo.it")),
    "BR": ("com.br", "55", ("gmail.com", "hotmail.com", "uol.com.br", "bol.com.br",
                            "terra.com.br", "outlook.com")),
    "PT": ("pt", "351", ("gmail.com", "sapo.pt", "hotmail.com", "outlook.pt")),
    "NL": ("nl", "31", ("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com",
                        "xs4all.nl")),
    "PL": ("pl", "48", ("wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "op.pl")),
    "CZ": ("cz", "420", ("seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz")),
    "SK": ("sk", "421", ("azet.sk", "centrum.sk", "gmail.com", "zoznam.sk")),
    "HU": ("hu", "36", ("freemail.hu", "gmail.com", "citromail.hu", "t-online.hu")),
    "RO": ("ro", "40", ("yahoo.com", "gmail.com", "yahoo.ro")),
    "MD": ("md", "373", ("mail.ru", "gmail.com", "yahoo.com")),
    "HR": ("hr", "385", ("gmail.com", "net.hr", "t-com.hr")),
    "RS": ("rs", "381", ("gmail.com", "yahoo.com", "eunet.rs")),
    "LV": ("lv", "371", ("inbox.lv", "gmail.com", "apollo.lv")),
    "DK": ("dk", "45", ("gmail.com", "hotmail.com", "live.dk", "mail.dk", "outlook.dk")),
    "SE": ("se", "46", ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "live.se")),
    "NO": ("no", "47", ("gmail.com", "online.no", "hotmail.com", "outlook.com")),
    "FI": ("fi", "358", ("gmail.com", "hotmail.com", "luukku.com", "kolumbus.fi")),
    "IS": ("is", "354", ("gmail.com", "simnet.is", "internet.is")),
    "TR": ("com.tr", "90", ("gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com")),
    "AZ": ("az", "994", ("gmail.com", "mail.ru", "box.az")),
    "UZ": ("uz", "998", ("gmail.com", "mail.ru", "umail.uz")),
    "GE": ("ge", "995", ("gmail.com", "yahoo.com", "mail.ru")),
    "AM": ("am", "374", ("gmail.com", "mail.ru", "yandex.ru")),
    "RU": ("ru", "7", ("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru",
                       "rambler.ru", "ya.ru")),
    "KZ": ("kz", "7", ("mail.ru", "gmail.com", "yandex.kz", "inbox.ru")),
    "BY": ("by", "375", ("mail.ru", "tut.by", "gmail.com", "yandex.by")),
    "UA": ("com.ua", "380", ("ukr.net", "gmail.com", "i.ua", "meta.ua")),
    "MK": ("mk", "389", ("gmail.com", "yahoo.com", "t-home.mk")),
    "GR": ("gr", "30", ("gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr")),
    "CY": ("com.cy", "357", ("gmail.com", "cytanet.com.cy", "hotmail.com")),
    "VN": ("vn", "84", ("gmail.com", "yahoo.com.vn", "outlook.com")),
    "ID": ("co.id", "62", ("gmail.com", "yahoo.co.id", "yahoo.com")),
    "KR": ("co.kr", "82", ("naver.com", "daum.net", "gmail.com", "hanmail.net", "nate.com")),
    "CN": ("cn", "86", ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com",
                        "aliyun.com")),
    "TW": ("com.tw", "886", ("gmail.com", "yahoo.com.tw", "hotmail.com", "pchome.com.tw")),
    "HK": ("com.hk", "852", ("gmail.com", "yahoo.com.hk", "netvigator.com", "hotmail.com")),
    "SG": ("com.sg", "65", ("gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com")),
    "JP": ("co.jp", "81", ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com",
                           "ezweb.ne.jp")),
    "SA": ("com.sa", "966", ("gmail.com", "hotmail.com", "outlook.sa", "yahoo.com")),
    "AE": ("ae", "971", ("gmail.com", "hotmail.com", "emirates.net.ae", "outlook.com")),
    "EG": ("com.eg", "20", ("gmail.com", "yahoo.com", "hotmail.com")),
    "JO": ("jo", "962", ("gmail.com", "hotmail.com", "yahoo.com")),
    "MA": ("ma", "212", ("gmail.com", "menara.ma", "hotmail.fr", "yahoo.fr")),
    "QA": ("qa", "974", ("gmail.com", "qatar.net.qa", "hotmail.com")),
    "IR": ("ir", "98", ("gmail.com", "yahoo.com", "chmail.ir")),
}
# countries named only by names_unusual.txt
COUNTRIES.update({
    "MY": ("com.my", "60", ("gmail.com", "yahoo.com", "hotmail.my")),
    "SI": ("si", "386", ("gmail.com", "siol.net", "t-2.net")),
    "EE": ("ee", "372", ("gmail.com", "hot.ee", "mail.ee")),
    "AL": ("al", "355", ("gmail.com", "yahoo.com", "hotmail.com")),
    "BG": ("bg", "359", ("abv.bg", "gmail.com", "mail.bg")),
    "MM": ("com.mm", "95", ("gmail.com", "yahoo.com")),
    "NZ": ("co.nz", "64", ("gmail.com", "xtra.co.nz", "hotmail.com")),
    "TO": ("to", "676", ("gmail.com", "yahoo.com")),
    "CI": ("ci", "225", ("gmail.com", "yahoo.fr", "hotmail.fr")),
    "IL": ("co.il", "972", ("gmail.com", "walla.co.il", "hotmail.com")),
})


# ---------------------------------------------------------------------------------------------
# People and their mailboxes
# ---------------------------------------------------------------------------------------------


PARTICLES = {"de", "la", "le", "del", "della", "di", "da", "dos", "das", "do", "van", "der",
             "den", "von", "und", "zu", "y", "e", "bin", "binti", "al", "el", "ap", "mhic", "ní"}


@dataclass(frozen=True)
class Person:
    given: str  # as the person types it
    family: str
    given_latin: str  # in Latin letters, for the mailbox
    family_latin: str
    country: str
    lang: str
    female: bool
    source: str
    family_first: bool = False
    cjk: bool = False  # Han or Hangul written without a space between the names

    @property
    def full_name(self) -> str:
        if self.cjk:
            return self.family + self.given
        if not self.family:  # a mononym
            return self.given
        if self.family_first:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def first(self) -> str:
        """The given name for mailboxes in ASCII: its first word (Vietnamese: its last)."""
        names = self.given_latin.split() or ["x"]
        return slug(names[-1] if self.lang == "vi" else names[0]) or "x"

    @property
    def last(self) -> str:
        """The family name for mailboxes in ASCII; of a long one, its first main word."""
        whole = slug(self.family_latin)  # empty for a mononym
        if len(whole) <= 14:
            return whole
        main = [w for w in self.family_latin.split() if w.lower() not in PARTICLES]
        return slug(main[0] if main else whole) or whole


def is_latin(text: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def draw_person(
    rng: random.Random, region: Region, pools: dict[str, NamePool], native: bool = False
) -> Person:
    """Someone from `region`; `native`: names written in the region's own script."""
    pool = pools[region.names]
    female = bool(pool.female) and rng.random() < 0.45
    given = rng.choice(pool.female if female else pool.male)
    family = rng.choice(pool.family_female if female else pool.family_male)
    if native:
        written = 0
    elif region.native_script:  # names_hand.txt: native form, or the Latin one
        written = 0 if rng.random() < 0.6 else 1
    else:  # faker: as the package writes it; a Cyrillic, Greek, ... name now and then in Latin
        written = 1 if rng.random() < 0.2 else 0
    shown_given, shown_family = given[written], family[written]
    cjk = not is_latin(shown_family) and region.lang in ("zh", "ja", "ko")
    if region.lang == "ja" and cjk and rng.random() < 0.5:
        cjk = False  # 佐藤 翔太: Japanese is written with a space as often as without
    return Person(
        given=shown_given,
        family=shown_family,
        given_latin=given[1],
        family_latin=family[1],
        country=rng.choice(region.countries),
        lang=region.lang,
        female=female,
        source=pool.source,
        family_first=region.family_first and (written == 0 or rng.random() < 0.5),
        cjk=cjk,
    )


NICKNAMES = {
    "michael": "mike", "william": "will", "robert": "rob", "richard": "rick", "james": "jim",
    "christopher": "chris", "christina": "chris", "alexander": "alex", "alexandra": "alex",
    "katherine": "kate", "catherine": "cathy", "elizabeth": "liz", "jennifer": "jen",
    "nicholas": "nick", "benjamin": "ben", "daniel": "dan", "matthew": "matt", "thomas": "tom",
    "samuel": "sam", "joseph": "joe", "anthony": "tony", "jonathan": "jon", "margaret": "maggie",
    "patricia": "trish", "rebecca": "becky", "stephanie": "steph", "victoria": "vicky",
    "timothy": "tim", "kenneth": "ken", "gregory": "greg", "edward": "ed", "andrew": "andy",
    "aleksandr": "sasha", "dmitriy": "dima", "vladimir": "vova", "yekaterina": "katya",
    "francesco": "franco", "giuseppe": "peppe", "wolfgang": "wolf", "johannes": "hannes",
}


def two_digits(rng: random.Random) -> str:
    return f"{rng.randint(0, 99):02d}"


def birth_year(rng: random.Random) -> str:
    year = rng.randint(1962, 2004)
    return str(year) if rng.random() < 0.6 else str(year)[2:]


def nickname(rng: random.Random, first: str) -> str:
    if first in NICKNAMES and rng.random() < 0.7:
        return NICKNAMES[first]
    return first[: rng.randint(3, 5)] if len(first) > 5 else first


def corporate_mailbox(rng: random.Random, p: Person) -> str:
    fn, ln = p.first, p.last
    if not ln:  # a mononym: the one name, now and then with a number
        return weighted(rng, [(fn, 3), (f"{fn}{rng.randint(1, 99)}", 1)])
    patterns = [
        (f"{fn}.{ln}", 30),
        (f"{fn[0]}{ln}", 16),
        (fn, 12),
        (f"{fn}{ln}", 7),
        (f"{fn[0]}.{ln}", 6),
        (f"{ln}.{fn}", 4),
        (f"{fn}{ln[0]}", 4),
        (ln, 4),
        (f"{fn}_{ln}", 3),
        (f"{fn}.{ln[0]}", 3),
        (f"{ln}{fn[0]}", 3),
        (f"{fn}-{ln}", 2),
        (f"{fn[0]}{ln[0]}", 2),
    ]
    return weighted(rng, patterns)


def free_mailbox(rng: random.Random, p: Person, domain: str) -> str:
    fn, ln = p.first, p.last
    if domain == "qq.com" and rng.random() < 0.6:
        return str(rng.randint(10**7, 10**10 - 1))  # QQ numbers, 8 to 10 digits
    nick, year, nn = nickname(rng, fn), birth_year(rng), two_digits(rng)
    if not ln:  # a mononym
        return weighted(rng, [(fn, 6), (f"{fn}{nn}", 4), (f"{nick}{year}", 4), (f"{fn}.{year}", 2)])
    patterns = [
        (f"{fn}.{ln}", 22),
        (f"{fn}{ln}", 12),
        (f"{fn[0]}{ln}", 10),
        (f"{nick}{year}", 10),
        (f"{fn}{ln}{nn}", 8),
        (f"{fn}.{ln}{year}", 7),
        (f"{fn}_{ln}{nn}", 6),
        (f"{fn}{rng.randint(1, 999)}", 6),
        (f"{fn}.{ln[0]}", 5),
        (f"{ln}{fn}", 4),
        (f"{fn[0]}.{ln}{nn}", 4),
        (f"{ln}.{fn}", 3),
        (f"{nick}.{ln}", 3),
    ]
    return weighted(rng, patterns)


def words(text: str, sep: str | None = None) -> tuple[str, ...]:
    """The words of `text` (split on whitespace, or on `sep`)."""
    return tuple(text.split(sep))


def weighted(rng: random.Random, choices: Sequence[tuple[T, float]]) -> T:
    """One of the (item, weight) pairs' items."""
    items = [item for item, _ in choices]
    return rng.choices(items, weights=[w for _, w in choices])[0]


# ---------------------------------------------------------------------------------------------
# Companies and their domains
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompanyStyle:
    forms: tuple[str, ...]  # legal forms around the name {x}
    sectors: tuple[str, ...]  # trade words joined to a family name or a brand
    brands: tuple[str, ...]  # names on their own; "native|latin" when not in Latin letters
    sector_first: bool = False  # "Transports Martin", not "Martin Transports"


def style(forms: str, sectors: str, brands: str, sector_first: bool = False) -> CompanyStyle:
    """A CompanyStyle from ";"-separated lists."""
    return CompanyStyle(
        tuple(forms.split(";")), tuple(sectors.split(";")), tuple(brands.split(";")), sector_first
    )


COMPANY_STYLES: dict[str, CompanyStyle] = {
    "en": style(
        "{x};{x};{x} Inc.;{x} LLC;{x} Ltd;{x} Ltd.;{x} Group;{x} & Co.;{x} Corp.",
        "Logistics;Consulting;Solutions;Systems;Dental;Engineering;Analytics;Labs;Health;Foods;"
        "Manufacturing;Partners;Software;Builders;Realty;Legal;Accounting;Marketing;Design;"
        "Energy;Industries;Technologies;Capital;Media;Pharma;Robotics;Supply;Freight;Medical",
        "Northwind;Bluebird;Summit;Harbor;Pioneer;Redwood;Keystone;Lakeside;Silverline;"
        "Brightpath;Ironbridge;Evergreen;Cobalt;Granite;Meridian;Oakridge;Riverbend;Sterling;"
        "Clearwater;Horizon;Beacon;Westfield;Crescent;Trident;Falcon;Maple Leaf;Copperline",
    ),
    "de": style(
        "{x} GmbH;{x} GmbH;{x} AG;{x} GmbH & Co. KG;{x} KG;{x} e.K.;{x}",
        "Technik;Logistik;Maschinenbau;Elektro;Bau;Holzbau;Metallbau;Steuerberatung;Software;"
        "Medizintechnik;Automation;Haustechnik;Druck;Immobilien;Verpackung;Anlagenbau",
        "Nordlicht;Alpenblick;Rheintal;Weserland;Isartec;Elbwerk;Sonnenhof;Spreewerk;Bergmann",
    ),
    "fr": style(
        "{x} SAS;{x} SARL;{x} SA;{x} EURL;{x}",
        "Transports;Conseil;Bâtiment;Industrie;Informatique;Services;Distribution;Énergie;"
        "Ingénierie;Immobilier;Menuiserie;Électricité",
        "Atlantique;Provence Tech;Alpes Services;Horizon;Lumière;Océane;Mistral;Bretagne Bois",
        sector_first=True,
    ),
    "es": style(
        "{x} S.L.;{x} S.A.;{x} SL;{x}",
        "Construcciones;Logística;Consultores;Ingeniería;Transportes;Servicios;Tecnología;"
        "Distribuciones;Alimentación;Instalaciones",
        "Iberia;Mediterránea;Sol y Mar;Andaluza;Levante;Azteca;Costa Norte;Solaris",
        sector_first=True,
    ),
    "it": style(
        "{x} S.r.l.;{x} S.p.A.;{x} Srl;{x} S.n.c.;{x}",
        "Costruzioni;Impianti;Meccanica;Trasporti;Consulenza;Informatica;Arredamenti;"
        "Alimentari;Elettronica",
        "Adriatica;Tirrenia;Dolomiti;Lombarda;Veneta Sistemi;Aurora;Stella;Italtecnica",
        sector_first=True,
    ),
    "pt": style(
        "{x} Ltda.;{x} Lda.;{x} S.A.;{x} ME;{x}",
        "Construções;Logística;Consultoria;Engenharia;Tecnologia;Transportes;Alimentos;"
        "Comércio;Soluções",
        "Atlântico;Paulista;Horizonte;Lusitânia;Ipiranga Tech;Cerrado;Tejo;Estrela",
        sector_first=True,
    ),
    "nl": style(
        "{x} B.V.;{x} BV;{x} N.V.;{x}",
        "Bouw;Installatietechniek;Transport;Advies;Techniek;Logistiek;Groep;Software",
        "Noordzee;Polderland;Delta Werken;Maaswijk;Lage Landen;Zeeland Tech",
    ),
    "pl": style(
        "{x} Sp. z o.o.;{x} S.A.;{x} sp.j.;{x}",
        "Budownictwo;Logistyka;Transport;Systemy;Technika;Serwis;Doradztwo;Handel",
        "Polmet;Wisła;Bałtyk;Mazowsze;Tatra;Energopol;Agromax;Budrex",
    ),
    "cs": style(
        "{x} s.r.o.;{x} a.s.;{x}",
        "Stavby;Logistika;Technika;Systémy;Servis;Obchod;Strojírenství",
        "Vltava;Morava;Elektrotechna;Česká Stavební;Agrotrans;Bohemia Tech",
    ),
    "sk": style(
        "{x} s.r.o.;{x} a.s.;{x}",
        "Stavby;Logistika;Technika;Systémy;Servis;Obchod",
        "Tatry;Dunaj;Slovmet;Považie;Agrotech",
    ),
    "hu": style(
        "{x} Kft.;{x} Zrt.;{x} Bt.;{x}",
        "Építő;Logisztika;Technika;Szerviz;Kereskedelmi;Informatika",
        "Duna;Tisza;Balaton;Pannon;Alföld;Mátra",
    ),
    "ro": style(
        "{x} SRL;{x} S.A.;{x}",
        "Construct;Logistic;Tehnic;Servicii;Distribuție;Consulting",
        "Carpați;Dunărea;Transilvania;Moldova Tech;Bucovina;Dacia Soft",
        sector_first=True,
    ),
    "hr": style(
        "{x} d.o.o.;{x} d.d.;{x}", "Gradnja;Logistika;Inženjering;Trgovina;Servis",
        "Jadran;Dalmacija;Sava;Velebit;Zagorje",
    ),
    "sr": style(
        "{x} d.o.o.;{x} a.d.;{x}", "Gradnja;Logistika;Inženjering;Trgovina;Servis",
        "Dunav;Morava;Šumadija;Fruška;Zlatibor",
    ),
    "lv": style(
        "SIA {x};AS {x};{x}", "Būve;Loģistika;Tehnika;Serviss",
        "Daugava;Baltija;Rīgas Tehnika;Kurzeme",
    ),
    "da": style(
        "{x} ApS;{x} A/S;{x}", "Byg;Logistik;Teknik;Rådgivning;Transport;Data;El",
        "Nordkyst;Fjord;Østersø;Lysholm;Skovgaard",
    ),
    "sv": style(
        "{x} AB;{x} AB;{x}", "Bygg;Logistik;Teknik;Konsult;Transport;Data;El",
        "Norrsken;Fjällvind;Skärgård;Östersjö;Vasa",
    ),
    "nb": style(
        "{x} AS;{x} ASA;{x}", "Bygg;Logistikk;Teknikk;Rådgivning;Transport;Elektro",
        "Nordlys;Fjordkraft;Vestland;Trollheim;Kystverk",
    ),
    "fi": style(
        "{x} Oy;{x} Oyj;{x} Ky;{x}", "Rakennus;Logistiikka;Tekniikka;Palvelut;Sähkö;Kuljetus",
        "Pohjola;Saimaa;Lappi;Kaleva;Revontuli",
    ),
    "is": style(
        "{x} ehf.;{x} hf.;{x}", "Verk;Tækni;Flutningar;Ráðgjöf",
        "Norðurljós;Hekla;Vatnajökull;Sæberg",
    ),
    "tr": style(
        "{x} A.Ş.;{x} Ltd. Şti.;{x}",
        "İnşaat;Lojistik;Teknoloji;Mühendislik;Danışmanlık;Gıda;Tekstil;Makina",  # noqa: RUF001
        "Anadolu;Ege;Boğaziçi;Marmara;Toros;Kapadokya",
    ),
    "az": style("{x} MMC;{x} ASC;{x}", "Tikinti;Logistika;Texnologiya", "Xəzər;Qafqaz;Şirvan"),
    "uz": style(
        "{x} MChJ;{x} AJ;{x}", "Qurilish;Logistika;Texnologiya;Savdo", "Turon;Samarqand;Sharq"
    ),
    "ka": style("შპს {x};{x} LLC;{x}", "Group;Tech;Trans", "Kavkasia;Mtatsminda;Iberia;Kolkheti"),
    "ru": style(
        "ООО «{x}»;ООО «{x}»;АО «{x}»;ГК «{x}»;{x}",  # noqa: RUF001
        "Строй;Логистик;Техно;Энерго;Пром;Агро;Инвест;Сервис",  # noqa: RUF001
        "Вектор;Альфа;Гарант;Спектр;Меридиан;Прогресс;Стройсервис;Техноком;Промтех;Северсталь"
        ";Интегра;Сибирь",
    ),
    "uk": style(
        "ТОВ «{x}»;ПП «{x}»;{x}",  # noqa: RUF001
        "Буд;Логістик;Техно;Енерго;Агро;Сервіс",  # noqa: RUF001
        "Вектор;Гарант;Меридіан;Промтех;Агросвіт;Будсервіс;Енергоресурс;Дніпро",
    ),
    "mk": style("{x} ДООЕЛ;{x} ДОО;{x}", "Градба;Логистика;Трејд", "Вардар;Охрид;Македонија"),
    "el": style(
        "{x} Α.Ε.;{x} Ε.Π.Ε.;{x} Ι.Κ.Ε.;{x}",  # noqa: RUF001
        "Τεχνική;Κατασκευαστική;Εμπορική;Πληροφορική",
        "Αιγαίον;Όλυμπος;Ερμής;Αθηνά;Ποσειδών",
    ),
    "vi": style(
        "Công ty TNHH {x};Công ty Cổ phần {x};{x}",
        "Xây dựng;Thương mại;Công nghệ;Vận tải",
        "Minh Phát;Thành Công;Hoàng Long;Phú Thịnh;An Khang;Việt Tiến;Đại Phát;Hưng Thịnh",
        sector_first=True,
    ),
    "id": style(
        "PT {x};PT {x};CV {x};{x}",
        "Teknik;Logistik;Konstruksi;Solusi;Digital",
        "Maju Jaya;Sinar Abadi;Karya Mandiri;Sumber Makmur;Mitra Sejahtera;Berkah Utama",
    ),
    "ko": style(
        "(주){x};{x} 주식회사;{x}",
        "테크|tech;물산|trading;건설|construction;시스템|systems;소프트|soft",
        "한빛;대성;미래;세진;동양;삼진;우리;새한;태광;현성",
    ),
    "zh": style(
        "{x}有限公司;深圳{x}有限公司;上海{x}有限公司;{x}股份有限公司;北京{x}有限公司;{x}",
        "科技|tech;贸易|trade;电子|electronics;物流|logistics;机械|machinery;软件|soft",
        "华创|huachuang;恒达|hengda;金盛|jinsheng;远航|yuanhang;中科|zhongke;新锐|xinrui;"
        "宏远|hongyuan;鑫源|xinyuan;天成|tiancheng;博瑞|borui",
    ),
    "ja": style(
        "株式会社{x};{x}株式会社;{x}",
        "製作所|seisakusho;商事|shoji;工業|kogyo;電機|denki;物産|bussan;建設|kensetsu;"
        "システム|system;技研|giken",
        "日本精工|nipponseiko;東洋|toyo;大和|daiwa;富士|fuji;三友|sanyu;アルファ|alpha",
    ),
    "ar": style(
        "شركة {x};مجموعة {x};{x} Trading;{x} Group;{x} Holding;{x} Contracting Co.;{x} LLC",
        "للتجارة|Trading;للمقاولات|Contracting;القابضة|Holding",
        "الخليج|Gulf;النخبة|Elite;الريادة|Al Riyada;الفجر|Al Fajr;الأفق|Horizon",
    ),
    "cy": style(
        "{x} Cyf;{x} Ltd;{x}", "Adeiladu;Cyfrifwyr;Gwasanaethau;Peirianneg",
        "Eryri;Menai;Tywi;Dyfed;Cambria",
    ),
    "af": style(
        "{x} (Edms) Bpk;{x} Bpk;{x} (Pty) Ltd;{x}", "Bou;Vervoer;Tegnologie;Boerdery",
        "Karoo;Bosveld;Suidkus;Kaapstad Tegnies",
    ),
}


def pair(text: str) -> tuple[str, str]:
    """"native|latin" -> (native, latin); a name in one script -> (name, name)."""
    native, _, latin = text.partition("|")
    return native, latin or native


def company(rng: random.Random, p: Person, pools: dict[str, NamePool]) -> tuple[str, str]:
    """A company for `p`: (name as written, its domain)."""
    st = COMPANY_STYLES.get(p.lang, COMPANY_STYLES["en"])
    if p.lang in ("ar", "ja", "zh", "ko") or p.country in ("US", "GB", "CA", "AU", "IE"):
        pool_key = {"ar": "ar", "ja": "ja", "zh": "zh", "ko": "ko"}.get(p.lang, "en")
    else:
        pool_key = ""
    family = (p.family, p.family_latin)
    if pool_key:
        family = rng.choice(pools[pool_key].family_male)
    sector, brand = pair(rng.choice(st.sectors)), pair(rng.choice(st.brands))
    kind = rng.random()
    if kind < 0.30:
        core = family
    elif kind < 0.55:
        core = brand
    elif kind < 0.70:
        core = (f"{brand[0]} {sector[0]}", f"{brand[1]} {sector[1]}")
    else:
        first, second = (sector, family) if st.sector_first else (family, sector)
        core = (f"{first[0]} {second[0]}", f"{first[1]} {second[1]}")
    if not family[0].strip() and (kind < 0.30 or kind >= 0.70):
        core = brand  # a mononym's company is named otherwise
    if p.lang in ("zh", "ja", "ko"):  # no spaces between words, no bare family name
        if core == family:
            core = (family[0] + sector[0], f"{family[1]} {sector[1]}")
        core = (core[0].replace(" ", ""), core[1])
    if p.lang == "ar" and not is_latin(core[0]) and rng.random() < 0.5:
        core = (core[1], core[1])  # Gulf companies are as often written in Latin letters
    forms = st.forms
    if core == family:  # a family name alone is rarely a company's whole name
        forms = tuple(f for f in forms if f != "{x}")
    form = rng.choice(forms)
    if not is_latin(form.replace("{x}", "")) and is_latin(core[0]) != is_latin(form):
        form = "{x}"  # no Arabic legal form around a Latin name, and the like
    name = form.replace("{x}", core[0])
    return name, company_domain(rng, core[1], p.country)


def company_domain(rng: random.Random, latin: str, country: str) -> str:
    words = slug(latin, " ").split() or ["firm"]
    if len("".join(words)) > 18:  # a long name: its first word, or its initials
        initials = "".join(w[0] for w in words)
        words = words[:1] if rng.random() < 0.7 or len(words) < 2 else [initials]
    label = ("-" if len(words) > 1 and rng.random() < 0.35 else "").join(words)
    tld = COUNTRIES[country][0]
    roll = rng.random()
    if roll < 0.30:
        tld = "com"
    elif roll < 0.36:
        tld = rng.choice(["net", "io", "co", "group", "eu", "biz", "org"])
    return f"{label}.{tld}"


# ---------------------------------------------------------------------------------------------
# Keyboard mashes and bot names (generators of this script)
# ---------------------------------------------------------------------------------------------

KEYBOARD_ROWS = {
    "qwerty": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
    "azerty": ("azertyuiop", "qsdfghjklm", "wxcvbn"),
    "qwertz": ("qwertzuiop", "asdfghjkl", "yxcvbnm"),
}
HANDS = ("qwertasdfgzxcvb", "yuiophjklnm", "asdfjkl", "sdfghjk", "wersdfxcv", "uiojklm")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def row_walk(rng: random.Random) -> str:
    """A run along a keyboard row (QWERTY, AZERTY or QWERTZ), maybe backwards or onto the
    next row: "qwerty", "lkjhg", "azertqsdf"."""
    rows = KEYBOARD_ROWS[rng.choice(sorted(KEYBOARD_ROWS))]
    index = rng.randrange(3)
    row = rows[index]
    length = rng.randint(3, min(8, len(row)))
    start = rng.randint(0, len(row) - length)
    run = row[start : start + length]
    if rng.random() < 0.3:
        run = run[::-1]
    if rng.random() < 0.25 and index < 2:
        run += rows[index + 1][: rng.randint(2, 5)]
    return run


def hand_slap(rng: random.Random) -> str:
    """Keys under one hand hit in no order: "sdfgsdf", "jkljlkj"."""
    keys = rng.choice(HANDS)
    return "".join(rng.choice(keys) for _ in range(rng.randint(5, 11)))


def random_letters(rng: random.Random, low: int = 6, high: int = 13) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(low, high)))


def repeated_chunk(rng: random.Random) -> str:
    """A short chunk typed over and over: "asdasdasd", "hjkhjkh"."""
    chunk = row_walk(rng)[: rng.randint(2, 4)] if rng.random() < 0.6 else random_letters(rng, 2, 3)
    text = chunk * rng.randint(2, 4)
    return text[: len(text) - rng.randint(0, len(chunk) - 1)]


def mash(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.30:
        text = row_walk(rng)
    elif kind < 0.52:
        text = hand_slap(rng)
    elif kind < 0.72:
        text = random_letters(rng)
    elif kind < 0.88:
        text = repeated_chunk(rng)
    else:
        text = row_walk(rng) + hand_slap(rng)[:4]
    if rng.random() < 0.22:  # mash + digits
        text += str(rng.randint(1, 9999)) if rng.random() < 0.6 else "123"[: rng.randint(1, 3)]
    return text


def mash_words(rng: random.Random, low: int = 1, high: int = 2, capital: float = 0.5) -> str:
    words = [mash(rng).rstrip("0123456789") or mash(rng) for _ in range(rng.randint(low, high))]
    if rng.random() < capital:
        words = [w.capitalize() for w in words]
    return " ".join(words)


BOT_ONSETS = words("f g b d t k p s sk gr bl cr tr fr st v w h m n r l j z br dr")
BOT_VOWELS = words("a e i o u ea ee oo ai ou y ie")
BOT_CODAS = words("- g ce se ck n nt rt ld ft x ve ke ps b d m ls ss ne te")


def bot_tail(rng: random.Random) -> str:
    """A random lowercase tail: "feace", "fug", "grooks"."""
    while True:
        tail = "".join(
            rng.choice(BOT_ONSETS) + rng.choice(BOT_VOWELS) + rng.choice(BOT_CODAS).strip("-")
            for _ in range(1 if rng.random() < 0.7 else 2)
        )
        if 3 <= len(tail) <= 8:
            return tail


# ---------------------------------------------------------------------------------------------
# Spam domains, links and senders
# ---------------------------------------------------------------------------------------------

SPAM_WORDS = words(
    "rank seo boost traffic link lead growth digital web click promo top best pro max smart "
    "media hub expert agency win cash bonus crypto profit deal offer prime fast mega super star "
    "gold vip lucky trade invest coin bet pharma meds pill loan fund buzz viral reach backlink "
    "serp guru ninja fire rocket turbo instant easy free cheap bulk mass"
)
SPAM_TLDS = words(
    "xyz top online site club info biz pro icu shop live space store click best work ru su "
    "cc ws in com net org buzz fun link monster"
)
SHORTENERS = words(
    "bit.ly tinyurl.com t.ly cutt.ly rb.gy is.gd clck.ru goo.su shorturl.at tiny.cc s.id v.gd"
)
URL_PATHS = words(
    "- go promo free-audit landing.html seo-packages join bonus offer special register "
    "get-started pricing.php index.php?id={n} ?ref={n} offer/{n} r/{code} p/{code} go/{code} "
    "blog/{n}.html lp/{code}"
)


def alnum(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(LETTERS + LETTERS.upper() + "0123456789") for _ in range(length))


def spam_domain(rng: random.Random) -> str:
    words = rng.sample(SPAM_WORDS, 3)
    kind = rng.random()
    if kind < 0.35:
        label = words[0] + words[1] + (str(rng.choice([24, 247, 365, 360, 1, 7, 99])) if
                                       rng.random() < 0.35 else "")
    elif kind < 0.60:
        label = "-".join(words[: rng.randint(2, 3)])
    elif kind < 0.75:
        label = words[0] + random_letters(rng, 2, 4)
    elif kind < 0.87:
        label = random_letters(rng, 5, 9)
    else:
        label = words[0] + str(rng.randint(1, 999))
    return f"{label}.{rng.choice(SPAM_TLDS)}"


def spam_url(rng: random.Random, domain: str = "", bare: bool = False) -> str:
    """A spam link on `domain` (else a made-up spam domain); `bare`: no path, no slash."""
    host = domain or spam_domain(rng)
    path = rng.choice(URL_PATHS) if rng.random() < 0.8 else "-"
    path = "" if path == "-" else path
    if bare:
        scheme = "https://" if rng.random() < 0.7 else "http://"
        return f"{scheme}{host}"
    path = path.replace("{n}", str(rng.randint(1, 99999))).replace("{code}", alnum(rng, 6))
    scheme = "https://" if rng.random() < 0.7 else "http://"
    www = "www." if rng.random() < 0.3 else ""
    if rng.random() < 0.08:
        return f"{www}{host}/{path}".rstrip("/")  # written without the scheme
    return f"{scheme}{www}{host}/{path}"


def short_link(rng: random.Random) -> str:
    link = f"{rng.choice(SHORTENERS)}/{alnum(rng, rng.randint(5, 8))}"
    return "https://" + link if rng.random() < 0.7 else link


AGENCY_A = words(
    "Rank Web Digi Link Growth Lead Click Traffic Brand Pixel Code Apex Nexa Zenith Prime Elite "
    "Smart Next Global Alpha Infinity Quantum Bright Hyper Vertex"
)
AGENCY_B = words("Boost Pros Hub Media Fusion Labs Wave Logic Craft Minds Soft Tech Reach Rise")
AGENCY_C = words(
    "Digital;Solutions;Technologies;Infotech;Agency;Experts;Marketing;Services;Pvt Ltd;LLC;"
    "Consulting;Outsourcing;Capital;Funding;Global;Ltd",
    sep=";",
)


def agency(rng: random.Random) -> tuple[str, str]:
    """A spam sender's business: (name, its domain)."""
    a, b = rng.choice(AGENCY_A), rng.choice(AGENCY_B)
    core = a + b if rng.random() < 0.5 else f"{a} {b}"
    name = f"{core} {rng.choice(AGENCY_C)}" if rng.random() < 0.8 else core
    tld = rng.choice(["com", "com", "net", "co", "io", "agency", "in", "xyz", "online", "pro"])
    label = slug(core) + (rng.choice(["", "", "hq", "global", "360", "24", "media"]))
    return name, f"{label}.{tld}"


# ---------------------------------------------------------------------------------------------
# Template slots
# ---------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": words("Monday Tuesday Wednesday Thursday Friday"),
    "de": words("Montag Dienstag Mittwoch Donnerstag Freitag"),
    "es": words("lunes martes miércoles jueves viernes"),
    "ja": words("月曜日 火曜日 水曜日 木曜日 金曜日"),
}
TOOLS = words(
    "Salesforce;HubSpot;Pipedrive;Zoho CRM;SAP;Microsoft Dynamics;Shopify;WooCommerce;WordPress;"
    "Zapier;Odoo;monday.com;Jira;Slack;Bitrix24;Sage;Xero;QuickBooks;DATEV;Freshdesk;Zendesk;"
    "Webflow;Wix;Magento;Typeform;Marketo;Pardot;Notion;Airtable;NetSuite;amoCRM;1C",
    sep=";",
)
OTHER_FORM_TOOLS = words(
    "Akismet;CleanTalk;reCAPTCHA Enterprise;hCaptcha;Formspree;Jotform;Gravity Forms;"
    "Cloudflare Turnstile;OOPSpam;Zerobounce",
    sep=";",
)
EVENTS = words(
    "Web Summit;SaaStr;Hannover Messe;DMEXCO;VivaTech;MWC;CES;Slush;OMR;Dreamforce;INBOUND;"
    "SaaStock;it-sa;GITEX;Collision;embedded world;LogiMAT;Interpack;Big Data LDN",
    sep=";",
)
KEYWORDS = words(
    "plumber near me;best crm software;dentist;emergency locksmith;accounting firm;wedding "
    "photographer;roof repair;family lawyer;hvac repair;car accident lawyer;it support;"
    "web design agency;cheap flights;home insurance quotes;physiotherapy clinic;bookkeeping "
    "services;personal injury attorney;solar panels;moving company;dog grooming",
    sep=";",
)
CITIES = words(
    "London;Houston;Sydney;Toronto;Manchester;Phoenix;Dallas;Chicago;Melbourne;Leeds;Denver;"
    "Atlanta;Miami;Vancouver;Birmingham;Austin;Seattle;Dublin;Brisbane;San Diego",
    sep=";",
)
OUTSOURCING_COUNTRIES = words(
    "India;Pakistan;Ukraine;Vietnam;the Philippines;Bangladesh;Egypt;Sri Lanka;Nepal", sep=";"
)
ANCHORS = {
    "casino": words(
        "online casino;best slots;free spins;casino bonus;real money slots;no deposit bonus;"
        "live roulette;sports betting tips",
        sep=";",
    ),
    "pharma": words(
        "buy viagra online;cheap cialis;generic levitra;tramadol no prescription;buy xanax;"
        "online pharmacy;order ambien;cheap meds",
        sep=";",
    ),
    "loans": words(
        "payday loans;fast cash loans;bad credit loans;instant loan approval;title loans;"
        "personal loans online;same day loans;cash advance",
        sep=";",
    ),
    "crypto": words(
        "bitcoin casino;crypto trading bot;best crypto exchange;free bitcoin;usdt mining;"
        "crypto signals;nft drops;defi staking",
        sep=";",
    ),
    "essays": words(
        "essay writing service;buy essay online;cheap term papers;write my paper;"
        "dissertation help;homework help;paper writers;custom essays",
        sep=";",
    ),
    "replica": words(
        "replica watches;cheap rolex;fake handbags;designer replicas;cheap jordans;"
        "knockoff sunglasses;replica bags;luxury watches cheap",
        sep=";",
    ),
    "dating": words(
        "hot singles;dating site;meet women;adult chat;sexy girls;webcam chat;hookup app;"
        "russian brides",
        sep=";",
    ),
    "ru": words(
        "онлайн казино;займы онлайн;купить диплом;ставки на спорт;кредит без отказа;"
        "рабочее зеркало;продвижение сайтов;прогон по базам",
        sep=";",
    ),
}


# the thousands separator of a message's language (others: a no-break space)
THOUSANDS = {"en": ",", "ja": ",", "zh": ",", "ko": ",", "de": ".", "es": ".", "it": ".",
             "pt": ".", "nl": ".", "tr": ".", "id": ".", "da": ".", "el": ".", "ro": ".",
             "vi": "."}


def grouped(number: int, sep: str = ",") -> str:
    return f"{number:,}".replace(",", sep)


def head_count(rng: random.Random) -> int:
    raw = math.exp(rng.uniform(math.log(3), math.log(3000)))
    step = 1 if raw < 50 else 10 if raw < 500 else 50
    return max(3, round(raw / step) * step)


def budget(rng: random.Random, country: str) -> str:
    amount = rng.choice([8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 100, 120, 150, 250]) * 1000
    if country == "GB":
        return f"£{grouped(amount)}"
    if country == "IN":
        return rng.choice([f"INR {grouped(amount * 80)}", f"₹{amount * 80 // 100000} lakh"])
    if country in ("IE", "DE", "FR", "NL", "AT", "BE", "IT", "ES", "PT", "FI"):
        return rng.choice([f"€{grouped(amount)}", f"EUR {grouped(amount)}"])
    symbol = {"AU": "A$", "CA": "CA$", "NZ": "NZ$", "ZA": "R", "NG": "₦", "SG": "S$"}
    if country in symbol:
        scale = {"ZA": 18, "NG": 1500}.get(country, 1)
        return f"{symbol[country]}{grouped(amount * scale)}"
    return rng.choice([f"${grouped(amount)}", f"${amount // 1000}k", f"USD {grouped(amount)}"])


def price(rng: random.Random, follows: str) -> tuple[int, str]:
    """A price for a pitch: (amount, text); hourly and per-word rates are small."""
    currency = weighted(rng, [("$", 8), ("€", 1), ("£", 1)])
    if follows.startswith("/hour"):
        amount = rng.choice([6, 8, 9, 12, 15, 18, 20, 25, 29])
    elif follows.startswith(" per word"):
        return 0, f"{currency}0.0{rng.randint(3, 9)}"
    elif follows.startswith("/month"):
        amount = rng.choice([99, 149, 199, 249, 299, 399, 499])
    else:
        amount = rng.choice([5, 10, 15, 20, 25, 29, 35, 49, 79, 99, 149, 199, 249, 299, 499, 999])
    return amount, f"{currency}{amount}"


@dataclass
class Sender:
    """Who fills a message's slots about its author."""

    person: Person
    company: str
    domain: str  # the company's (or agency's) domain
    email: str
    own_links: bool = False  # a spam sender whose {url} may point at its own domain


class Filler:
    """Fills the {slots} of one message; a slot used twice gets the same value.

    Anything in braces that is not a slot name ({Hi|Hello|Hey}: leaked spin syntax) is kept.
    """

    SLOT = re.compile(r"\{([a-z_]+[0-9]?)\}")

    def __init__(
        self,
        rng: random.Random,
        sender: Sender,
        lang: str,
        colleagues: Callable[[], Person],
    ) -> None:
        self.rng = rng
        self.sender = sender
        self.lang = lang
        self.colleagues = colleagues
        self.values: dict[str, str] = {}
        self.theme = rng.choice(["ru"] if lang == "ru" else sorted(set(ANCHORS) - {"ru"}))
        self.anchors = rng.sample(ANCHORS[self.theme], 6)

    def woman(self) -> Person:
        for _ in range(50):
            if (other := self.colleagues()).female:
                return other
        return other

    def fill(self, template: str) -> str:
        def one(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self.values:
                before = template[: match.start()]
                self.values[name] = self.draw(name, before, template[match.end() :])
            return self.values[name]

        return self.SLOT.sub(one, template)

    def draw(self, name: str, before: str, follows: str) -> str:
        """A value for slot `name`, which stands between the texts `before` and `follows`."""
        rng, s = self.rng, self.sender
        p = s.person
        in_url = before.endswith(("/", "=")) or follows.startswith(".html")
        sep = "" if in_url else THOUSANDS.get(self.lang, "\u00a0")
        simple: dict[str, Callable[[], str]] = {
            # the sender
            # Japanese, Chinese and Korean writers sign with their full name
            "first": lambda: p.full_name if self.lang in ("ja", "zh", "ko") else p.given,
            "name": lambda: p.full_name,
            "company": lambda: s.company,
            "sdomain": lambda: s.domain,
            "semail": lambda: s.email if rng.random() < 0.5 else f"{p.first}@{s.domain}",
            "sphone": lambda: phone(rng, p.country),
            "link": lambda: company_link(rng, s.domain),
            "colleague": lambda: self.colleagues().given,
            "ffirst": lambda: self.woman().given,
            "lastname2": lambda: self.colleagues().family,
            # numbers and references
            "n": lambda: str(head_count(rng)),
            "qty": lambda: grouped(rng.choice([10, 20, 25, 50, 100, 120, 150, 200, 250, 300,
                                               500, 750, 1000, 1200, 2000, 2500, 5000]), sep),
            "pct": lambda: str(rng.choice([10, 12, 15, 20, 25, 30, 35, 40, 50, 60, 150, 200])),
            "weeks": lambda: str(rng.randint(2, 12)),
            "days": lambda: str(rng.choice([14, 21, 30, 45, 60, 90])),
            "q": lambda: str(rng.randint(1, 4)),
            "year": lambda: str(rng.choice([2026, 2027, 2027])),
            "n1": lambda: str(rng.randint(2, 9)),
            "n2": lambda: str(rng.randint(3, 40)),
            "n3": lambda: str(rng.choice([50, 100, 150, 200, 300, 500, 1000, 2500])),
            "n4": lambda: grouped(rng.choice([1500, 5000, 10000, 25000, 50000, 120000,
                                              2000000]), sep),
            "inv": lambda: rng.choice([f"INV-2026-{rng.randint(1, 9999):04d}",
                                       f"RE-{rng.randint(10000, 99999)}",
                                       f"F2026/{rng.randint(1, 999):03d}",
                                       f"#{rng.randint(10000, 999999)}"]),
            "ticket": lambda: rng.choice([f"#{rng.randint(10000, 99999)}",
                                          f"TCK-{rng.randint(10000, 99999)}",
                                          f"SR-{rng.randint(100000, 999999)}"]),
            "ref": lambda: f"{rng.choice(['REF', 'LTR', 'WIN', 'BATCH'])}/"
                           f"{rng.randint(10, 99)}/{rng.choice(['UK', 'EU', 'US'])}/"
                           f"{rng.randint(1000, 9999)}",
            "budget": lambda: budget(rng, p.country),
            "day": lambda: rng.choice(WEEKDAYS.get(self.lang, WEEKDAYS["en"])),
            # things the sender names
            "tool": lambda: rng.choice(TOOLS),
            "tool2": lambda: rng.choice(OTHER_FORM_TOOLS),
            "event": lambda: rng.choice(EVENTS),
            "kw": lambda: rng.choice(KEYWORDS),
            "city": lambda: rng.choice(CITIES),
            "ocountry": lambda: rng.choice(OUTSOURCING_COUNTRIES),
            "site": lambda: receiving_site(rng),
            # spam links and contacts
            "url": lambda: spam_url(rng, s.domain if s.own_links and rng.random() < 0.3 else ""),
            "url2": lambda: spam_url(rng),
            "short": lambda: short_link(rng),
            "unsub": lambda: f"https://{spam_domain(rng)}/unsubscribe?e={alnum(rng, 10)}",
            "img": lambda: f"https://img.{spam_domain(rng)}/{alnum(rng, 8)}."
                           f"{rng.choice(['jpg', 'png', 'gif'])}",
            "tg": lambda: "@" + rng.choice([f"{slug(p.given)}_{rng.choice(SPAM_WORDS)}",
                                            f"{rng.choice(SPAM_WORDS)}{rng.randint(1, 999)}",
                                            f"{rng.choice(SPAM_WORDS)}_{rng.choice(SPAM_WORDS)}"]),
            "wa": lambda: phone(rng, rng.choice(["IN", "PK", "NG", "UA", "GB", "US"]), mobile=True),
            "handle": lambda: rng.choice([f".cid.{rng.getrandbits(64):016x}",
                                          f"{p.first}.{rng.choice(SPAM_WORDS)}"]),
            # amounts
            "rub": lambda: grouped(rng.choice([500, 1500, 3000, 5000, 15000, 25000]), " "),
            "eur": lambda: str(rng.choice([49, 79, 99, 149, 290, 490, 990])),
            "usd_big": lambda: rng.choice([f"${grouped(rng.randint(15, 95) * 100000)}.00",
                                           f"US${rng.randint(2, 48)}.{rng.randint(1, 9)} million",
                                           f"${grouped(rng.randint(50, 900) * 1000)}"]),
            "usd_med": lambda: f"${grouped(rng.randint(3000, 25000))}",
            "eur_big": lambda: grouped(rng.randint(5, 95) * 10000, "." if self.lang == "es"
                                       else ","),
            "rub_big": lambda: grouped(rng.choice([100000, 300000, 500000, 1000000]), " "),
        }
        if name in simple:
            return simple[name]()
        if name in ("price", "price2", "price3"):
            amount, text = price(rng, follows)
            if name != "price" and "price" in self.values:  # tiers above the first price
                factor = 2 if name == "price2" else 4
                base = int(re.sub(r"\D", "", self.values["price"]) or amount)
                text = self.values["price"][0] + str(base * factor - 1)
            return text
        if re.fullmatch(r"url[1-6]", name):
            taken = {v for k, v in self.values.items() if k.startswith("url")}
            bare = follows.startswith(("/", "?"))  # the template adds a path or a query
            while (url := spam_url(rng, bare=bare)) in taken:
                pass
            return url
        if re.fullmatch(r"a[1-6]", name):
            return self.anchors[int(name[1]) - 1]
        raise KeyError(f"no value for slot {{{name}}}")


def phone(rng: random.Random, country: str, mobile: bool = False) -> str:
    code = COUNTRIES.get(country, ("", "1", ()))[1]
    if country == "PK":
        code = "92"
    digits = "".join(str(rng.randint(0, 9)) for _ in range(9 if code != "1" else 7))
    if code == "1" and not mobile and rng.random() < 0.5:
        area = rng.randint(201, 989)
        return f"({area}) {digits[:3]}-{digits[3:7]}"
    if code == "1":
        return f"+1 {rng.randint(201, 989)} {digits[:3]} {digits[3:7]}"
    head = str(rng.randint(6, 9)) if mobile else str(rng.randint(1, 9))
    return f"+{code} {head}{digits[:2]} {digits[2:5]} {digits[5:]}"


def company_link(rng: random.Random, domain: str) -> str:
    return weighted(rng, [
        (f"https://www.{domain}", 4),
        (f"https://{domain}/rfq/2026-{rng.randint(1, 999):03d}.pdf", 2),
        (f"https://{domain}/tender/{rng.randint(1000, 9999)}", 1),
        (f"www.{domain}", 2),
        (f"https://{domain}/shop", 1),
    ])


def receiving_site(rng: random.Random) -> str:
    """The website the spam is sent to: a plausible small business site."""
    words_ = [rng.choice(COMPANY_STYLES["en"].brands), rng.choice(COMPANY_STYLES["en"].sectors)]
    domain = slug(" ".join(words_)) + rng.choice([".com", ".com", ".co.uk", ".net", ".com.au"])
    return rng.choice([domain, "www." + domain, "https://" + domain])


# ---------------------------------------------------------------------------------------------
# Leads
# ---------------------------------------------------------------------------------------------

Lead = dict[str, str | int]
GLOBAL_FREE_MAIL = words("gmail.com outlook.com hotmail.com yahoo.com mail.ru yandex.ru gmx.com")
HONEYPOT_VALUES = words(
    "1;on;yes;http://{site};{email};{first};Leave this empty;{company};true", sep=";"
)


SENDER_TITLE = re.compile(
    r"Sales|Marketing|SEO|Business|Account|Digital|Growth|Founder|Owner|CEO|Managing|"
    r"Consultant|Developer|Designer|Outreach|Content|Copywriter|Social|Partner|Freelance"
)


def human_elapsed(rng: random.Random) -> int:
    """Form fill time of a person: log-normal around 40 s, never under 3 s (nor over 1 h)."""
    while True:
        ms = int(rng.lognormvariate(math.log(40_000), 0.7))
        if 3_000 <= ms <= 3_600_000:
            return ms


class Builder:
    """Draws the leads of every category from one random.Random(seed)."""

    def __init__(self, texts: Texts, pools: dict[str, NamePool], seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.texts = texts
        self.pools = pools
        self.emails: set[str] = set()
        self.by_lang: dict[str, list[Region]] = {}
        for region in ENGLISH_REGIONS + OTHER_REGIONS:
            self.by_lang.setdefault(region.lang, []).append(region)
        # the language of a country of names_unusual.txt: English where English is spoken
        self.country_lang = {c: "en" for r in ENGLISH_REGIONS for c in r.countries}
        for region in OTHER_REGIONS:
            for country in region.countries:
                self.country_lang.setdefault(country, region.lang)
        # every non-English region as often as the others (9 leads each, give or take one)
        size = {c: n for _, c, n in CATEGORIES}["international"]
        self.international_regions = [OTHER_REGIONS[i % len(OTHER_REGIONS)] for i in range(size)]
        self.rng.shuffle(self.international_regions)
        # what spam senders call themselves: the sales, marketing, web and owner titles
        self.sender_titles = [
            t for t in texts.exec_titles["en"] + texts.staff_titles["en"]
            if SENDER_TITLE.search(t)
        ]

    # -- people, addresses, fields -------------------------------------------------------------

    def region(self, english: float = 0.5) -> Region:
        regions = ENGLISH_REGIONS if self.rng.random() < english else OTHER_REGIONS
        return self.rng.choice(regions)

    def person(self, region: Region | None = None, native: bool = False) -> Person:
        return draw_person(self.rng, region or self.region(), self.pools, native)

    def colleagues(self, p: Person) -> Callable[[], Person]:
        """People of p's region (for {colleague}, {ffirst} and the like)."""
        regions = self.by_lang.get(p.lang, ENGLISH_REGIONS)
        return lambda: self.person(self.rng.choice(regions))

    def unique(self, make: Callable[[], str]) -> str:
        """An address no lead has yet: drawn again on a collision, then given digits."""
        for _ in range(20):
            email = make()
            if email not in self.emails:
                break
        while email in self.emails:
            box, _, domain = email.partition("@")
            email = f"{box}{self.rng.randint(2, 99)}@{domain}"
        self.emails.add(email)
        return email

    def free_domain(self, country: str) -> str:
        return self.rng.choice(COUNTRIES[country][2])

    def email(self, p: Person, domain: str, free_share: float) -> str:
        if self.rng.random() < free_share:
            def make() -> str:
                free = self.free_domain(p.country)
                return f"{free_mailbox(self.rng, p, free)}@{free}"
        else:
            def make() -> str:
                return f"{corporate_mailbox(self.rng, p)}@{domain}"
        return self.unique(make)

    def title(self, table: dict[str, list[str]], lang: str, native: float = 0.5) -> str:
        if lang in table and lang != "en" and self.rng.random() < native:
            return self.rng.choice(table[lang])
        return self.rng.choice(table["en"])

    def contact(
        self,
        p: Person,
        email: str,
        company_name: str,
        domain: str,
        title: str,
        *,
        force_name: bool = False,
        force_title: bool = False,
    ) -> Lead:
        """The form fields of a lead, drawn the same way for both labels."""
        rng = self.rng
        lead: Lead = {"email": email, "honeypot": "", "source": p.source}
        if force_name or force_title or rng.random() >= P_EMAIL_ONLY:
            if rng.random() < P_FULL_NAME:
                lead["full_name"] = p.full_name
            else:
                lead["first_name"] = p.given
                if p.family:  # a mononym leaves the family-name field empty
                    lead["last_name"] = p.family
            if rng.random() < P_COMPANY:
                lead["company"] = company_name
            if force_title or rng.random() < P_TITLE:
                lead["job_title"] = title
            if rng.random() < P_PHONE:
                lead["phone"] = phone(rng, p.country)
            if rng.random() < P_WEBSITE:
                lead["website"] = rng.choice([f"https://www.{domain}", f"www.{domain}",
                                              f"https://{domain}", domain])
        if rng.random() < P_COUNTRY:
            lead["country"] = p.country
        return lead

    def timing(self, lead: Lead) -> None:
        if self.rng.random() >= P_NO_ELAPSED:
            lead["elapsed_ms"] = human_elapsed(self.rng)

    def short_message(self, lead: Lead, sender: Sender) -> None:
        """About half the leads of a category without messages of its own get a short one."""
        if self.rng.random() >= P_SHORT_MESSAGE:
            return
        messages = self.texts.short_messages
        lang = sender.person.lang
        if lang not in messages or self.rng.random() < 0.25:
            lang = "en"
        filler = Filler(self.rng, sender, lang, self.colleagues(sender.person))
        lead["message"] = filler.fill(self.rng.choice(messages[lang]))

    def ordinary(
        self,
        title: Callable[[Person], str],
        *,
        region: Region | None = None,
        free_share: float = P_FREE_MAIL,
        force_title: bool = True,
        force_name: bool = False,
    ) -> Lead:
        """A person with their company, email and the given title; maybe a short message."""
        p = self.person(region)
        company_name, domain = company(self.rng, p, self.pools)
        email = self.email(p, domain, free_share)
        lead = self.contact(p, email, company_name, domain, title(p),
                            force_name=force_name, force_title=force_title)
        self.short_message(lead, Sender(p, company_name, domain, email))
        self.timing(lead)
        return lead

    # -- legit ---------------------------------------------------------------------------------

    def executive(self) -> Lead:
        return self.ordinary(lambda p: self.title(self.texts.exec_titles, p.lang), free_share=0.15)

    def staff(self) -> Lead:
        return self.ordinary(lambda p: self.title(self.texts.staff_titles, p.lang))

    def any_title(self, p: Person) -> str:
        table = self.texts.exec_titles if self.rng.random() < 0.3 else self.texts.staff_titles
        return self.title(table, p.lang)

    def free_mail(self) -> Lead:
        return self.ordinary(self.any_title, region=self.region(0.45), free_share=1.0,
                             force_title=False)

    def international(self) -> Lead:
        def native_title(p: Person) -> str:
            table = self.texts.exec_titles if self.rng.random() < 0.3 else self.texts.staff_titles
            return self.title(table, p.lang, native=0.75)

        return self.ordinary(native_title, region=self.international_regions.pop(),
                             free_share=0.35, force_title=False, force_name=True)

    def unusual_name(self) -> Lead:
        rng = self.rng
        kind = rng.choice(sorted(self.texts.unusual_names))
        given_family, _, country = rng.choice(self.texts.unusual_names[kind]).rpartition("@")
        given, _, family = given_family.partition("|")
        lang = self.country_lang.get(country, "en")
        p = Person(
            given=given,
            family=family,
            given_latin=given,
            family_latin=family,
            country=country,
            lang=lang,
            female=False,
            source=SOURCE_HAND,
            family_first=country == "VN" or (lang in ("zh", "ko", "hu") and rng.random() < 0.5),
        )
        company_name, domain = company(rng, p, self.pools)
        free = rng.random() < 0.45
        mail_domain = self.free_domain(country) if free else domain
        if country == "CN" and rng.random() < 0.5:
            mail_domain = "qq.com"
        email = self.unique(lambda: f"{unusual_mailbox(rng, p, mail_domain)}@{mail_domain}")
        lead = self.contact(p, email, company_name, domain, self.any_title(p), force_name=True)
        self.short_message(lead, Sender(p, company_name, domain, email))
        self.timing(lead)
        return lead

    def real_inquiry(self) -> Lead:
        rng = self.rng
        lang, template = rng.choice(
            [(lang, t) for lang, lines in sorted(self.texts.inquiries.items()) for t in lines]
        )
        region = rng.choice(self.by_lang[lang]) if lang in self.by_lang else self.region(0.5)
        p = self.person(region, native=lang in ("ja", "zh", "ko"))
        company_name, domain = company(rng, p, self.pools)
        email = self.email(p, domain, free_share=0.25)
        lead = self.contact(p, email, company_name, domain, self.any_title(p))
        filler = Filler(rng, Sender(p, company_name, domain, email), lang, self.colleagues(p))
        lead["message"] = filler.fill(template)
        self.timing(lead)
        return lead

    # -- spam ----------------------------------------------------------------------------------

    def keyboard_mash(self) -> Lead:
        """A mashed mailbox; name, company and title mashed as often as not."""
        rng = self.rng
        p = self.person()
        company_name, domain = company(rng, p, self.pools)

        def make() -> str:
            if rng.random() < 0.55:
                host = rng.choice(COUNTRIES[p.country][2] + GLOBAL_FREE_MAIL)
            else:
                label = mash(rng).rstrip("0123456789") or row_walk(rng)
                host = f"{label}.{rng.choice(['com', 'de', 'ru', 'net', 'fr', 'co.uk'])}"
            return f"{mash(rng)}@{host}"

        email = self.unique(make)
        title = self.any_title(p)
        lead = self.contact(p, email, company_name, domain, title)
        lead["source"] = "blind+generated"
        if "first_name" in lead and rng.random() < 0.65:
            lead["first_name"], lead["last_name"] = mash_words(rng), mash_words(rng)
        elif "full_name" in lead and rng.random() < 0.65:
            lead["full_name"] = mash_words(rng, 1, 3)
        else:
            lead["source"] = p.source
        if "company" in lead and rng.random() < 0.5:
            lead["company"] = mash_words(rng, 1, 2)
        if "job_title" in lead and rng.random() < 0.5:
            lead["job_title"] = mash_words(rng, 1, 2, capital=0.3)
        if "phone" in lead and rng.random() < 0.5:
            typed = rng.choice(["1234567", "0000000000", "123456789", "111111"])
            lead["phone"] = typed if rng.random() < 0.5 else str(rng.randint(10**5, 10**10))
        if rng.random() < 0.2:
            lead["message"] = mash_words(rng, 1, 6, capital=0.2)
        self.timing(lead)
        return lead

    def bot_name(self) -> Lead:
        """First name + random tail ("Jamesfeace"), last name the same or with two capitals."""
        rng = self.rng
        region = rng.choice(ENGLISH_REGIONS[:5]) if rng.random() < 0.6 else self.region(0.3)
        p = self.person(region)
        bot = romanize(p.given.split()[0]).capitalize() + bot_tail(rng)
        bot_last = bot if rng.random() < 0.5 else bot + "".join(rng.sample(LETTERS.upper(), 2))
        company_name, domain = company(rng, p, self.pools)

        def make() -> str:
            host = rng.choice(GLOBAL_FREE_MAIL + ("gmail.com",) * 4)
            if rng.random() < 0.15:
                host = spam_domain(rng)
            box = weighted(rng, [
                (f"{slug(bot)}{rng.randint(1, 9999)}", 3),
                (free_mailbox(rng, p, host), 3),
                (f"{bot_tail(rng)}{p.first}{two_digits(rng)}", 1),
                (".".join(slug(bot)), 1),  # dotted Gmail address
                (f"{p.first}{p.last}{rng.randint(1960, 2005)}", 1),
            ])
            return f"{box}@{host}"

        email = self.unique(make)
        lead = self.contact(p, email, company_name, domain, self.any_title(p), force_name=True)
        if "full_name" in lead:
            lead["full_name"] = f"{bot} {bot_last}"
        else:
            lead["first_name"], lead["last_name"] = bot, bot_last
        if "company" in lead and rng.random() < 0.4:
            lead["company"] = rng.choice([bot, bot_last, "google", mash_words(rng, 1, 1)])
        if "website" in lead and rng.random() < 0.5:
            lead["website"] = spam_url(rng)
        if rng.random() < 0.55:  # a message from one of the spam files
            category = rng.choice(sorted(self.texts.spam))
            lang, template = self.spam_template(category)
            filler = Filler(rng, Sender(p, company_name, domain, email), lang, self.colleagues(p))
            lead["message"] = filler.fill(template)
        self.timing(lead)
        return lead

    def spam_template(self, category: str) -> tuple[str, str]:
        return self.rng.choice(
            [(lang, t) for lang, lines in sorted(self.texts.spam[category].items()) for t in lines]
        )

    def spam_message(self, category: str) -> Lead:
        """A sender of one of the spam files' templates: agencies, scammers, link droppers."""
        rng = self.rng
        lang, template = self.spam_template(category)
        if lang in self.by_lang and lang != "en" and rng.random() < 0.7:
            region = rng.choice(self.by_lang[lang])
        elif rng.random() < 0.35:
            region = next(r for r in ENGLISH_REGIONS if r.names == "en_IN")
        else:
            region = self.region(0.6)
        p = self.person(region)
        own_links = category in ("seo_spam", "pitch_spam") or rng.random() < 0.4
        if own_links:
            company_name, domain = agency(rng)
        else:
            company_name, domain = company(rng, p, self.pools)
        roll = rng.random()
        if roll < 0.45:
            def make() -> str:
                host = rng.choice(GLOBAL_FREE_MAIL + COUNTRIES[p.country][2])
                return f"{free_mailbox(rng, p, host)}@{host}"
        elif roll < 0.85:
            def make() -> str:
                return f"{corporate_mailbox(rng, p)}@{domain}"
        else:
            def make() -> str:
                return f"{corporate_mailbox(rng, p)}@{spam_domain(rng)}"
        email = self.unique(make)
        title = rng.choice(self.sender_titles)
        lead = self.contact(p, email, company_name, domain, title)
        if "website" in lead and rng.random() < 0.5:
            lead["website"] = spam_url(rng, domain)
        sender = Sender(p, company_name, domain, email, own_links=own_links)
        filler = Filler(rng, sender, lang, self.colleagues(p))
        lead["message"] = filler.fill(template)
        self.timing(lead)
        return lead

    def seo_spam(self) -> Lead:
        return self.spam_message("seo_spam")

    def pitch_spam(self) -> Lead:
        return self.spam_message("pitch_spam")

    def scam_spam(self) -> Lead:
        return self.spam_message("scam_spam")

    def price_spam(self) -> Lead:
        return self.spam_message("price_spam")

    def link_farm(self) -> Lead:
        return self.spam_message("link_farm")

    def bot_fast(self) -> Lead:
        """An ordinary person, sent in under 1.5 s or with the hidden field filled."""
        rng = self.rng
        lead = self.ordinary(self.any_title, region=self.region(0.5), force_title=False)
        kind = rng.random()
        if kind < 0.75:
            lead["elapsed_ms"] = rng.randint(120, 1499)
        if kind >= 0.6:
            value = rng.choice(HONEYPOT_VALUES)
            value = value.replace("{site}", receiving_site(rng).removeprefix("https://"))
            value = value.replace("{email}", str(lead["email"]))
            value = value.replace("{first}", str(lead.get("first_name", lead["email"])))
            lead["honeypot"] = value.replace("{company}", str(lead.get("company", "LLC")))
        return lead

    def joke_title(self) -> Lead:
        return self.ordinary(lambda p: self.title(self.texts.joke_titles, p.lang, native=0.6),
                             region=self.region(0.6))

    def junk_title(self) -> Lead:
        def junk(p: Person) -> str:
            if self.rng.random() < 0.7:
                return self.rng.choice(self.texts.junk_titles)
            return mash_words(self.rng, 1, 2, capital=0.3)

        return self.ordinary(junk, region=self.region(0.6))

    # -- the set -------------------------------------------------------------------------------

    def build(self) -> list[Lead]:
        leads: list[Lead] = []
        for label, category, size in CATEGORIES:
            make: Callable[[], Lead] = getattr(self, category)
            batch = [make() for _ in range(size)]
            timeouts = set(self.rng.sample(range(size), round(size * MX_TIMEOUT_SHARE)))
            for i, lead in enumerate(batch):
                lead["label"], lead["category"] = label, category
                lead["mx"] = "timeout" if i in timeouts else "found"
            leads += batch
        return leads


def unusual_mailbox(rng: random.Random, p: Person, domain: str) -> str:
    """Initials (jk@, mrb@), name+year, QQ numbers, or an ordinary pattern; at a free-mail
    provider (which wants six characters or more) short ones get a number."""
    if domain == "qq.com" and rng.random() < 0.8:
        return str(rng.randint(10**7, 10**10 - 1))
    box = unusual_pattern(rng, p, domain)
    if len(box) < 6 and any(domain in free for _, _, free in COUNTRIES.values()):
        box += birth_year(rng) if rng.random() < 0.6 else str(rng.randint(1, 999))
    return box


def unusual_pattern(rng: random.Random, p: Person, domain: str) -> str:
    given = slug(p.given_latin, " ").split() or ["x"]
    fn, ln = p.first, p.last
    middle = given[1][0] if len(given) > 1 else rng.choice(LETTERS)
    if not ln:  # a mononym: the one name, with a year or a letter
        return weighted(rng, [
            (f"{fn}{birth_year(rng)}", 10),
            (f"{fn}{middle}", 4),
            (corporate_mailbox(rng, p), 30),
            (free_mailbox(rng, p, domain), 17),
        ])
    return weighted(rng, [
        (f"{fn[0]}{ln[0]}", 14),
        (f"{fn[0]}{middle}{ln[0]}", 12),
        (f"{fn}{birth_year(rng)}", 10),
        (f"{ln}{birth_year(rng)}", 5),
        (f"{''.join(given)}.{ln}", 8),
        (f"{fn[0]}{ln[0]}{two_digits(rng)}", 4),
        (corporate_mailbox(rng, p), 30),
        (free_mailbox(rng, p, domain), 17),
    ])


def write(leads: Sequence[Lead], out: Path = OUT) -> str:
    text = "".join(json.dumps(lead, sort_keys=True, ensure_ascii=False) + "\n" for lead in leads)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Build a blind test set from hand-written files (data/blind/README.md)."
    )
    parser.add_argument("--source", type=Path, default=BLIND,
                        help="folder of the hand-written *.txt files (default: data/blind)")
    parser.add_argument("--out", type=Path, default=OUT,
                        help="the JSON-lines file to write (default: data/blind/blind.jsonl)")
    parser.add_argument("--seed", type=int, default=SEED,
                        help=f"seed of the one random.Random (default: {SEED})")
    parser.add_argument("--fallback", type=Path, default=None,
                        help="folder to read the files --source lacks from (training sets)")
    return parser.parse_args(argv)


def shown(path: Path) -> str:
    """`path` relative to the repository when it is inside it."""
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(path)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    started = time.perf_counter()
    texts = read_texts(args.source, args.fallback)
    pools = read_faker_names(FAKER_LOCALES)
    pools.update(read_hand_names(texts.hand_names))
    leads = Builder(texts, pools, args.seed).build()
    digest = write(leads, args.out)
    counts = Counter((str(lead["label"]), str(lead["category"])) for lead in leads)
    for label, category, _ in CATEGORIES:
        print(f"{label:6} {category:14} {counts[label, category]:5}")
    print(f"{'':6} {'total':14} {len(leads):5}")
    print(f"{shown(args.out)}  sha256 {digest}  ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
