"""Build leadguard's labelled lead corpus: data/corpus/train.jsonl and data/corpus/heldout.jsonl.

Every lead is a /v1/screen request body plus "label" (spam|legit), "category", "source" and
"mx" (the DNS answer the lead is screened with, so training never touches the network).

The two splits are built from DIFFERENT sources, so the held-out figures measure how the model
does on names, titles and texts it has never seen:

    part                train                                   held-out
    names, companies    Faker 40.54.0 person/company providers  mimesis 22.2.0 datasets
    job titles          Faker job providers + title grammar A   mimesis occupations + grammar B
    messages            hand-written template set A             template set B (+ data/messages)
    keyboard mashes     QWERTY row/walk generator A             AZERTY/QWERTZ/chunk generator B
    bot names           Faker names + consonant tails (A)       mimesis names + syllable tails (B)
    disposable domains  disposable-email-domains 0.0.293 (PyPI) mailchecker 6.0.21 (npm) minus those
    joke titles         joke list A                             joke list B (+ data/titles held-out)

Packages are fetched with `pip download --no-deps` / `npm pack` at pinned versions and checked
against pinned sha256 digests; nothing is installed. Run from the repository root:

    .venv/bin/python scripts/build_corpus.py [--cache DIR]

The output is byte-for-byte reproducible for the same pins and this script.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib
import io
import json
import math
import random
import re
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_texts  # the sibling file with the message grammars

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "corpus"

PYPI_PINS = {
    "faker": ("40.54.0", "faker-40.54.0-py3-none-any.whl",
              "2dd88ee8cb63a9149e19ef48bdd73879bc3854d8ba2d6c1535e902a762e603f7"),
    "mimesis": ("22.2.0", "mimesis-22.2.0-py3-none-any.whl",
                "037011eb3d5edf0b0b5d9eafd74d9881f6dce25b4f01032da0e13fb2a56f37e9"),
    "disposable-email-domains": (
        "0.0.293", "disposable_email_domains-0.0.293-py3-none-any.whl",
        "b03e29f3a810a012c200b944ce9ef52ce975da2ea63bcf50d08767bf9e225f8e"),
    "anyascii": ("0.3.3", "anyascii-0.3.3-py3-none-any.whl",
                 "f5ab5e53c8781a36b5a40e1296a0eeda2f48c649ef10c3921c1381b1d00dee7a"),
}
NPM_PINS = {
    "mailchecker": ("6.0.21", "mailchecker-6.0.21.tgz",
                    "77d203542be58c7b895a2ce28260c5661e6903738b8879101c6138fa04b528b8"),
}

# How many leads of each category each split gets. Held-out legit groups have >= 1200 leads so
# that a 0.5% false-positive rate is a handful of leads, not a rounding error.
TRAIN_COUNTS = {
    "executive": 2000, "staff": 2500, "free_mail": 2000, "international": 2500,
    "unusual_name": 1800, "real_inquiry": 2000,
    "keyboard_mash": 1600, "bot_name": 1600, "disposable": 800, "seo_spam": 700,
    "pitch_spam": 600, "scam_spam": 600, "price_spam": 500, "link_farm": 300,
    "bot_fast": 600, "joke_title": 500, "junk_title": 500,
}
HELDOUT_COUNTS = {
    "executive": 1200, "staff": 1200, "free_mail": 1200, "international": 1200,
    "unusual_name": 1200, "real_inquiry": 1200,
    "keyboard_mash": 800, "bot_name": 800, "disposable": 400, "seo_spam": 300,
    "pitch_spam": 300, "scam_spam": 300, "price_spam": 300, "link_farm": 200,
    "bot_fast": 300, "joke_title": 300, "junk_title": 300,
}
LEGIT = ("executive", "staff", "free_mail", "international", "unusual_name", "real_inquiry")


# ---------------------------------------------------------------------------------------------
# Fetching the pinned packages


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(cache: Path) -> dict[str, Path]:
    cache.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for name, (version, filename, _) in PYPI_PINS.items():
        path = cache / filename
        if not path.exists():
            subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                            "--only-binary=:all:", "-d", str(cache), f"{name}=={version}"],
                           check=True)
        paths[name] = path
    for name, (version, filename, _) in NPM_PINS.items():
        path = cache / filename
        if not path.exists():
            subprocess.run(["npm", "pack", "--silent", f"{name}@{version}"], cwd=cache,
                           check=True, stdout=subprocess.DEVNULL)
        paths[name] = path
    for name, path in paths.items():
        pins = PYPI_PINS.get(name) or NPM_PINS[name]
        if sha256(path) != pins[2]:
            raise SystemExit(f"{path} does not match the pinned sha256 {pins[2]}; delete it and "
                             "rerun, or update the pin after checking the new release")
    return paths


# ---------------------------------------------------------------------------------------------
# Shared helpers

FREE_TRAIN = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com",
              "gmx.de", "web.de", "orange.fr", "libero.it", "yandex.ru", "mail.ru", "qq.com",
              "163.com", "naver.com", "yahoo.co.jp", "wp.pl", "seznam.cz", "hotmail.fr",
              "protonmail.com", "t-online.de", "live.com", "yahoo.co.uk", "rediffmail.com"]
FREE_HELDOUT = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "gmx.net",
                "freenet.de", "free.fr", "laposte.net", "virgilio.it", "rambler.ru", "ukr.net",
                "126.com", "sina.com", "daum.net", "hanmail.net", "o2.pl", "interia.pl",
                "proton.me", "me.com", "bigpond.com", "uol.com.br", "terra.com.br", "zoho.com"]
FREE_BY_COUNTRY = {
    "train": {"DE": ["gmx.de", "web.de", "t-online.de"], "FR": ["orange.fr", "hotmail.fr"],
              "IT": ["libero.it"], "RU": ["yandex.ru", "mail.ru"], "CN": ["qq.com", "163.com"],
              "KR": ["naver.com"], "JP": ["yahoo.co.jp"], "PL": ["wp.pl"], "CZ": ["seznam.cz"],
              "IN": ["rediffmail.com"], "GB": ["yahoo.co.uk"]},
    "heldout": {"DE": ["gmx.net", "freenet.de"], "FR": ["free.fr", "laposte.net"],
                "IT": ["virgilio.it"], "RU": ["rambler.ru"], "UA": ["ukr.net"],
                "CN": ["126.com", "sina.com"], "KR": ["daum.net", "hanmail.net"],
                "PL": ["o2.pl", "interia.pl"], "AU": ["bigpond.com"],
                "BR": ["uol.com.br", "terra.com.br"]},
}
TLD_BY_COUNTRY = {"US": "com", "GB": "co.uk", "DE": "de", "FR": "fr", "ES": "es", "IT": "it",
                  "JP": "co.jp", "CN": "cn", "RU": "ru", "PL": "pl", "VN": "vn", "KR": "co.kr",
                  "BR": "com.br", "TR": "com.tr", "NL": "nl", "IN": "in", "SA": "sa", "SE": "se",
                  "CZ": "cz", "ID": "co.id", "TH": "co.th", "UA": "ua", "FI": "fi", "NG": "ng",
                  "GR": "gr", "IL": "co.il", "HU": "hu", "AT": "at", "CH": "ch", "DK": "dk",
                  "NO": "no", "PT": "pt", "MX": "mx", "AR": "com.ar", "IR": "ir", "KZ": "kz",
                  "AU": "com.au", "CA": "ca", "BE": "be", "IS": "is", "EE": "ee", "AE": "ae",
                  "EG": "eg", "SK": "sk", "HR": "hr", "AZ": "az", "IE": "ie", "NZ": "nz",
                  "KE": "ke", "PK": "pk", "BD": "com.bd", "GE": "ge", "LT": "lt", "RO": "ro"}

_ascii: Callable[[str], str] | None = None


def to_ascii(text: str) -> str:
    assert _ascii is not None
    return _ascii(text)


def slug(text: str, sep: str = "") -> str:
    words = re.findall(r"[a-z0-9]+", to_ascii(text).lower())
    return sep.join(words)


def human_elapsed(rng: random.Random) -> float | None:
    """Form fill time of a person: lognormal around 45 s, never under 2.5 s; some forms omit it."""
    if rng.random() < 0.15:
        return None
    return round(max(2500.0, math.exp(rng.gauss(math.log(45000), 0.8))))


def mx_status(rng: random.Random) -> str:
    """The same small share of DNS failures for every class: a timeout is never evidence."""
    roll = rng.random()
    return "timeout" if roll < 0.04 else "error" if roll < 0.05 else "found"


# ---------------------------------------------------------------------------------------------
# People: train from Faker, held-out from mimesis


class Person(dict[str, Any]):
    """first, last (display script), first_ascii, last_ascii, country, company, title."""


FAKER_LOCALES = {
    # locale: (country, weight, international?)
    "en_US": ("US", 8, False), "en_GB": ("GB", 3, False), "en_IN": ("IN", 2, False),
    "en_NG": ("NG", 1, False), "en_IE": ("IE", 1, False), "en_NZ": ("NZ", 1, False),
    "de_DE": ("DE", 3, True), "de_AT": ("AT", 1, True), "fr_FR": ("FR", 3, True),
    "es_ES": ("ES", 2, True), "es_MX": ("MX", 1, True), "it_IT": ("IT", 2, True),
    "pt_BR": ("BR", 2, True), "nl_NL": ("NL", 1, True), "sv_SE": ("SE", 1, True),
    "pl_PL": ("PL", 2, True), "cs_CZ": ("CZ", 1, True), "hu_HU": ("HU", 1, True),
    "tr_TR": ("TR", 1, True), "ru_RU": ("RU", 2, True), "uk_UA": ("UA", 1, True),
    "ja_JP": ("JP", 2, True), "zh_CN": ("CN", 2, True), "ko_KR": ("KR", 1, True),
    "vi_VN": ("VN", 1, True), "th_TH": ("TH", 1, True), "hi_IN": ("IN", 1, True),
    "ar_SA": ("SA", 1, True), "he_IL": ("IL", 1, True), "el_GR": ("GR", 1, True),
    "fi_FI": ("FI", 1, True), "id_ID": ("ID", 1, True), "yo_NG": ("NG", 1, True),
    "da_DK": ("DK", 1, True), "no_NO": ("NO", 1, True), "ro_RO": ("RO", 1, True),
}

MIMESIS_LOCALES = {
    "en": ("US", 8, False), "en-gb": ("GB", 3, False), "en-au": ("AU", 2, False),
    "en-ca": ("CA", 2, False),
    "de": ("DE", 3, True), "de-ch": ("CH", 1, True), "fr": ("FR", 3, True),
    "es": ("ES", 2, True), "es-mx": ("MX", 1, True), "it": ("IT", 2, True),
    "pt-br": ("BR", 2, True), "pt": ("PT", 1, True), "nl-be": ("BE", 1, True),
    "pl": ("PL", 2, True), "cs": ("CZ", 1, True), "sk": ("SK", 1, True), "hu": ("HU", 1, True),
    "tr": ("TR", 1, True), "ru": ("RU", 2, True), "uk": ("UA", 1, True), "kk": ("KZ", 1, True),
    "ja": ("JP", 2, True), "zh": ("CN", 2, True), "ko": ("KR", 1, True), "fa": ("IR", 1, True),
    "ar-eg": ("EG", 1, True), "ar-ae": ("AE", 1, True), "el": ("GR", 1, True),
    "fi": ("FI", 1, True), "is": ("IS", 1, True), "et": ("EE", 1, True), "no": ("NO", 1, True),
    "da": ("DK", 1, True), "sv": ("SE", 1, True), "hr": ("HR", 1, True), "az": ("AZ", 1, True),
}


class FakerSource:
    name = "faker-40.54.0"

    def __init__(self, wheel: Path, seed: int) -> None:
        sys.path.insert(0, str(wheel))
        faker = importlib.import_module("faker")
        self.fakers: dict[str, Any] = {}
        for index, locale in enumerate(FAKER_LOCALES):
            fake = faker.Faker(locale)
            fake.seed_instance(seed * 1000 + index)
            self.fakers[locale] = fake
        self.jobs: dict[str, list[str]] = {}
        for locale in FAKER_LOCALES:
            try:
                module = importlib.import_module(f"faker.providers.job.{locale}")
                self.jobs[locale] = list(module.Provider.jobs)
            except ModuleNotFoundError:
                self.jobs[locale] = []
        self.en_jobs = list(importlib.import_module("faker.providers.job.en_US").Provider.jobs)
        self.en_first = sorted(set(importlib.import_module(
            "faker.providers.person.en_US").Provider.first_names))
        self.locales = list(FAKER_LOCALES)

    def person(self, rng: random.Random, *, international: bool | None = None) -> Person:
        locale = pick_locale(rng, FAKER_LOCALES, international)
        fake = self.fakers[locale]
        country = FAKER_LOCALES[locale][0]
        if locale in ("ja_JP", "zh_CN"):
            first, last = fake.first_name(), fake.last_name()
            first_ascii = fake.first_romanized_name()
            last_ascii = fake.last_romanized_name()
        else:
            first, last = fake.first_name(), fake.last_name()
            first_ascii, last_ascii = to_ascii(first), to_ascii(last)
        try:
            company = fake.company()
        except AttributeError:
            company = self.fakers["en_US"].company()
        jobs = self.jobs.get(locale) or self.en_jobs
        return Person(first=first, last=last, first_ascii=first_ascii, last_ascii=last_ascii,
                      country=country, company=company, occupation=rng.choice(jobs),
                      international=FAKER_LOCALES[locale][2])

    def first_names_en(self) -> list[str]:
        return self.en_first

    def latin_companies(self) -> list[str]:
        fake = self.fakers["en_US"]
        return [fake.company() for _ in range(200)]


class MimesisSource:
    name = "mimesis-22.2.0"

    def __init__(self, wheel: Path) -> None:
        self.data: dict[str, dict[str, Any]] = {}
        with zipfile.ZipFile(wheel) as archive:
            names = set(archive.namelist())

            def dataset(locale: str, kind: str) -> dict[str, Any]:
                # Regional locales (en-gb) override their language's file key by key, as
                # mimesis itself merges them.
                merged: dict[str, Any] = {}
                for code in dict.fromkeys((locale.split("-")[0], locale)):
                    path = f"mimesis/datasets/{code}/{kind}.json"
                    if path in names:
                        merged.update(json.loads(archive.read(path)))
                return merged

            for locale in MIMESIS_LOCALES:
                self.data[locale] = {"person": dataset(locale, "person"),
                                     "finance": dataset(locale, "finance")}
        self.locales = list(MIMESIS_LOCALES)

    def person(self, rng: random.Random, *, international: bool | None = None) -> Person:
        locale = pick_locale(rng, MIMESIS_LOCALES, international)
        person = self.data[locale]["person"]
        gender = rng.choice(["female", "male"])
        first = rng.choice(person["names"][gender])
        surnames = person["surnames"]
        last = rng.choice(surnames[gender] if isinstance(surnames, dict) else surnames)
        company_data = self.data[locale]["finance"]["company"]
        company = rng.choice(company_data["name"])
        kinds = company_data.get("type", {})
        if isinstance(kinds, dict) and kinds.get("abbr") and rng.random() < 0.5:
            company = f"{company} {rng.choice(kinds['abbr'])}"
        occupations = [o for o in person["occupation"] if o.lower() != "test"]
        if not occupations:
            occupations = self.data["en"]["person"]["occupation"]
        return Person(first=first, last=last, first_ascii=to_ascii(first),
                      last_ascii=to_ascii(last), country=MIMESIS_LOCALES[locale][0],
                      company=company, occupation=rng.choice(occupations),
                      international=MIMESIS_LOCALES[locale][2])

    def latin_companies(self) -> list[str]:
        return list(self.data["en"]["finance"]["company"]["name"])

    def first_names_en(self) -> list[str]:
        names = self.data["en"]["person"]["names"]
        return sorted(set(names["male"]) | set(names["female"]))


def pick_locale(rng: random.Random, table: dict[str, tuple[str, int, bool]],
                international: bool | None) -> str:
    choices = [loc for loc, (_, _, intl) in table.items()
               if international is None or intl == international]
    weights = [table[loc][1] for loc in choices]
    return rng.choices(choices, weights)[0]


# ---------------------------------------------------------------------------------------------
# Email addresses of real people


def ascii_name(text: str) -> str:
    return re.sub(r"[^a-z]", "", to_ascii(text).lower())


def readable(ascii_text: str) -> bool:
    """anyascii writes Arabic, Persian and Hebrew without vowels (mhmd): people don't."""
    letters = [c for c in ascii_text if c.isalpha()]
    return len(letters) < 4 or sum(c in "aeiouy" for c in letters) / len(letters) >= 0.2


def person_local(rng: random.Random, person: Person, split: str) -> str:
    first = ascii_name(person["first_ascii"]) or "x"
    last = ascii_name(person["last_ascii"]) or "y"
    if not (readable(first) and readable(last)):
        return f"{first[0]}{last[0]}{rng.randint(1, 9999)}"
    year = str(rng.randint(1955, 2006))
    patterns: list[tuple[int, Callable[[], str]]] = [
        (30, lambda: f"{first}.{last}"), (12, lambda: f"{first[0]}{last}"),
        (10, lambda: first), (6, lambda: f"{first}{last}"), (5, lambda: f"{first}_{last}"),
        (5, lambda: f"{first}{last[0]}"), (4, lambda: f"{last}.{first}"),
        (4, lambda: f"{first}{year[-2:]}"), (3, lambda: f"{first}.{last}{rng.randint(1, 99)}"),
        (3, lambda: f"{first[0]}.{last}"), (2, lambda: last),
    ]
    if split == "heldout":
        # Held-out people write their addresses with a few habits the train split lacks.
        patterns += [(4, lambda: f"{first}-{last}"), (3, lambda: f"{last}{first[0]}"),
                     (2, lambda: f"{first}.{last[0]}")]
    weights, makers = zip(*patterns, strict=True)
    return rng.choices(makers, weights)[0]()


def unusual_local(rng: random.Random, person: Person, split: str) -> tuple[str, str | None]:
    """Real but unusual mailbox names; returns (local, forced domain or None)."""
    first = ascii_name(person["first_ascii"]) or "an"
    last = ascii_name(person["last_ascii"]) or "le"
    year = str(rng.randint(1950, 2008))
    initials = "".join(rng.choice("abcdefghijklmnoprstw") for _ in range(rng.randint(2, 3)))
    options: list[tuple[str, str | None]] = [
        (initials, None), (f"{first[0]}{last}{year}", None), (f"{last}{first}", None),
        (f"{first}{last}{year[-2:]}", None),
        (str(rng.randint(10_000_000, 3_999_999_999)), "qq.com" if split == "train" else "126.com"),
        (f"{first}.{last}.{last[:3]}", None), (f"{first}{year}", None),
        (f"{first[0]}{last[0]}{rng.randint(1, 999)}", None),
    ]
    return rng.choice(options)


# ---------------------------------------------------------------------------------------------
# Job titles

FUNCTIONS_A = ["Sales", "Marketing", "Engineering", "Finance", "Operations", "Product",
               "Human Resources", "IT", "Procurement", "Customer Success", "Business Development",
               "Legal", "Supply Chain", "Research"]
FUNCTIONS_B = ["Revenue", "Growth", "People", "Data", "Technology", "Partnerships", "Design",
               "Demand Generation", "Security", "Platform", "Strategy", "Commercial",
               "Communications", "Analytics", "Infrastructure"]
EXEC_A = ["CEO", "Chief Executive Officer", "CFO", "COO", "CTO", "CMO", "CIO", "Founder",
          "Co-Founder", "Managing Director", "President", "Owner", "Partner", "General Manager",
          "Geschäftsführer", "Directeur général", "Director General", "Vorstand",
          "Vice President of {f}", "VP {f}", "Director of {f}", "{f} Director", "Head of {f}",
          "Senior Director, {f}", "Chief {f} Officer"]
EXEC_B = ["Founder & CEO", "Co-founder and CTO", "Managing Partner", "Principal",
          "Board Member", "Président-directeur général", "Directeur commercial",
          "Amministratore delegato", "Director Comercial", "代表取締役社長", "总经理",
          "Генеральный директор", "Prezes Zarządu", "Toimitusjohtaja", "CEO & Founder", "CRO",
          "CPO", "CISO", "SVP, {f}", "EVP {f}", "Global Head of {f}", "Head of {f} EMEA",
          "VP, {f} & {f2}", "Chief {f} Officer", "Dir. {f}", "Exec. Director"]
STAFF_A = ["{s}{f} Manager", "{s}{f} Specialist", "{s}{f} Analyst", "{s}{f} Coordinator",
           "Software Engineer", "Account Executive", "Sales Representative", "Office Manager",
           "Project Manager", "Buyer", "Accountant", "Teacher", "Nurse", "Student", "Freelancer",
           "Consultant", "Assistant", "Technician", "Designer", "Developer"]
STAFF_B = ["SDR", "BDR", "AE", "{s}{f} Lead", "{s}{f} Associate", "{s}{f} Partner",
           "Staff Engineer", "Solutions Architect", "Data Scientist", "Product Owner",
           "Scrum Master", "Self-employed", "Retired", "Intern", "PhD candidate", "Team Lead",
           "Einkäufer", "Chef de projet", "Responsable achats", "Ingeniero de ventas",
           "工艺工程师", "営業部", "Менеджер по закупкам", "Specjalista ds. zakupów"]
SENIORITY_A = ["", "", "Senior ", "Junior ", "Assistant "]
SENIORITY_B = ["", "", "Sr. ", "Lead ", "Principal ", "Associate "]


def title_from(rng: random.Random, templates: list[str], functions: list[str],
               seniority: list[str]) -> str:
    template = rng.choice(templates)
    f, f2 = rng.sample(functions, 2)
    return template.format(f=f, f2=f2, s=rng.choice(seniority))


def executive_title(rng: random.Random, split: str) -> str:
    if split == "train":
        return title_from(rng, EXEC_A, FUNCTIONS_A, SENIORITY_A)
    return title_from(rng, EXEC_B, FUNCTIONS_B, SENIORITY_B)


def staff_title(rng: random.Random, split: str, person: Person) -> str:
    if rng.random() < 0.55:
        return str(person["occupation"])
    if split == "train":
        return title_from(rng, STAFF_A, FUNCTIONS_A, SENIORITY_A)
    return title_from(rng, STAFF_B, FUNCTIONS_B, SENIORITY_B)


JOKES_A = ["CEO of Myself", "Chief Nap Officer", "Pizza Reheater", "Freelance Idea Generator",
           "Professional Procrastinator", "Supreme Overlord", "Chief Snack Officer",
           "Head of Vibes", "Couch Potato", "Dog Walker of the Year", "Galactic Emperor",
           "Wizard", "Ninja", "Rockstar Ninja Guru", "Batman", "Boss of Everything",
           "Chief Meme Officer", "Netflix Watcher", "Master of Disaster", "King of the World",
           "Unicorn Wrangler", "Sith Lord", "Chief Happiness Officer of My Cat",
           "Professional Napper", "Beer Taster", "Coffee Drinker", "Dragon Slayer"]
JOKES_B = ["Chief Executive Couch Officer", "Director of Naps", "Snack Commander",
           "Lord of the Spreadsheets", "Senior Daydreamer", "Master of Coin",
           "Head Cheerleader of Myself", "Pirate Captain", "Jedi Master", "Space Cowboy",
           "Chief Chaos Officer", "Professional Googler", "Nobody", "Hooman", "Chief Cat Herder",
           "VP of Sleeping In", "Emperor of the Universe", "Queen of Everything",
           "Retired Superhero", "Chief Pizza Eater", "Overthinker in Chief",
           "Minister of Silly Walks", "Full-time Gamer", "Chief Vibe Curator"]
JUNK_A = ["n/a", "-", ".", "test", "asdf", "none", "me", "xxx", "na", "no", "aaa", "123",
          "qwerty", "title", "job", "?", "...", "x", "nothing", "idk"]
JUNK_B = ["N/A", "--", "..", "testing", "sdfg", "nope", "myself", "zzz", "nil", "null", "abc",
          "0", "asd", "job title", "your title", "!!!", "_", "y", "whatever", "dunno", "lol"]


# ---------------------------------------------------------------------------------------------
# Messages: grammar set A (scripts/corpus_texts.py) for training, set B for held-out

PRICE_A = [
    "Hi, I wanted to know your price.", "Hello, i writing about your the prices",
    "Hallo, ich wollte Ihren Preis wissen.", "Hola, quería saber tu precio.",
    "Bonjour, je voulais connaître votre prix.", "Hi, I wanted to know your price..",
]
PRICE_B = [
    "Ciao, volevo sapere il tuo prezzo.", "Olá, eu queria saber o seu preço.",
    "Здравствуйте, я хотел узнать Ваш прайс.", "Hej, jeg ville vide din pris.",
    "Dia duit, theastaigh uaim do phraghas a fháil.", "Hi, kam dashur të di çmimin tuaj.",
    "Szia, meg akartam tudni az árát.", "Hallo, ik wilde uw prijs weten.",
    "Hi, I want to know your price.", "Salut, ai vrut să aflu prețul.",
]
BOT_GENERIC = ["Hello. And Bye.", "Hi", "Hello", "Good day", "Nice site", "test", "Thanks!"]

ROLES = {"train": ["office manager", "CFO", "IT lead", "buyer", "founder", "head of sales"],
         "heldout": ["procurement officer", "COO", "operations director", "team assistant",
                     "managing partner", "engineering manager"]}
DEPTS = {"train": ["finance", "IT", "sales", "marketing", "HR", "operations"],
         "heldout": ["procurement", "customer support", "engineering", "legal", "logistics",
                     "analytics"]}
CITIES = {"train": ["Berlin", "Austin", "Lyon", "Madrid", "Toronto", "Leeds", "Osaka"],
          "heldout": ["Munich", "Denver", "Porto", "Gdansk", "Melbourne", "Utrecht", "Busan"]}
INDUSTRIES = {"train": ["logistics", "healthcare", "retail", "manufacturing", "education"],
              "heldout": ["insurance", "hospitality", "construction", "energy", "media"]}
TOOLS = {"train": ["Excel", "Zendesk", "Pipedrive", "an in-house tool", "Trello"],
         "heldout": ["Google Sheets", "Freshdesk", "Monday.com", "SAP", "a legacy system"]}

SPAM_WORDS_A = ["seo", "rank", "links", "promo", "traffic", "boost", "cheap", "best", "top",
                "win", "crypto", "loan", "pharma", "deal", "offer", "cash"]
SPAM_WORDS_B = ["growth", "lead", "agency", "digital", "profit", "smart", "fast", "mega", "pro",
                "reward", "coin", "credit", "meds", "bonus", "star", "hub"]
SPAM_TLDS_A = ["com", "net", "xyz", "top", "online", "site", "info"]
SPAM_TLDS_B = ["io", "biz", "club", "shop", "icu", "store", "live"]
SHORTENERS_B = ["bit.ly", "tinyurl.com", "cutt.ly", "t.ly", "is.gd"]


class TextMaker:
    def __init__(self, split: str, rng: random.Random) -> None:
        self.split = split
        self.rng = rng
        train = split == "train"
        self.words = SPAM_WORDS_A if train else SPAM_WORDS_B
        self.tlds = SPAM_TLDS_A if train else SPAM_TLDS_B

    def spam_domain(self) -> str:
        rng = self.rng
        return (f"{rng.choice(self.words)}{rng.choice(self.words)}"
                f"{rng.choice(['', str(rng.randint(1, 999))])}.{rng.choice(self.tlds)}")

    def url(self) -> str:
        rng = self.rng
        if self.split == "heldout" and rng.random() < 0.3:
            code = "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789")
                           for _ in range(7))
            return f"https://{rng.choice(SHORTENERS_B)}/{code}"
        path = rng.choice(["", "/offer", "/go", f"/?ref={rng.randint(1, 9999)}", "/landing"])
        return f"{rng.choice(['http', 'https'])}://{self.spam_domain()}{path}"

    def fill(self, template: str, domain: str, person: Person) -> str:
        rng = self.rng
        return template.format(
            n=rng.choice([3, 5, 10, 12, 20, 25, 40, 50, 100, 250, 500, 1000]),
            q=rng.randint(1, 4), size=rng.choice(["small", "mid-size", "growing", "40-person",
                                                  "family-owned", "global"]),
            company=person["company"] or "our company", domain=domain,
            first=person["first"], role=rng.choice(ROLES[self.split]),
            dept=rng.choice(DEPTS[self.split]), city=rng.choice(CITIES[self.split]),
            industry=rng.choice(INDUSTRIES[self.split]), tool=rng.choice(TOOLS[self.split]),
            month=rng.choice(["March", "June", "September", "December", "spring", "autumn"]),
            da=rng.choice([30, 50, 70, 90]), price=rng.choice([49, 99, 150, 299, 500]),
            url=self.url(), phone=f"+{rng.randint(1, 99)} {rng.randint(100, 999)} "
                                   f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            place=rng.choice(["India", "Pakistan", "Ukraine", "Vietnam", "the Philippines"]),
            handle=f"{rng.choice(self.words)}{rng.randint(10, 999)}")

    def legit(self, domain: str, person: Person) -> str:
        return corpus_texts.legit_message(self.rng, self.split,
                                          lambda t: self.fill(t, domain, person))

    def spam(self, kind: str, person: Person) -> str:
        if kind == "price_spam":
            return self.rng.choice(PRICE_A if self.split == "train" else PRICE_B)
        if kind == "link_farm":
            return self.link_farm()
        return corpus_texts.spam_message(self.rng, self.split, kind,
                                         lambda t: self.fill(t, "your website", person))

    def link_farm(self) -> str:
        rng = self.rng
        lines = [self.url() for _ in range(rng.randint(3, 9))]
        if rng.random() < 0.5:
            lines.insert(0, rng.choice(["Check these:", "Best sites:", "Visit:", "Links:"]))
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Spam generators: keyboard mashes and bot names (two independent generators per split)

QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"]
AZERTY = ["azertyuiop", "qsdfghjklm", "wxcvbn"]
QWERTZ = ["qwertzuiop", "asdfghjkl", "yxcvbnm"]
CONSONANTS = "bcdfghjklmnpqrstvwxz"


def mash_a(rng: random.Random) -> str:
    """Train generator: QWERTY row runs and random consonant-heavy strings."""
    kind = rng.random()
    if kind < 0.35:
        row = rng.choice(QWERTY[:3])
        start = rng.randint(0, max(0, len(row) - 4))
        text = row[start:start + rng.randint(4, len(row) - start)]
        if rng.random() < 0.4:
            text += str(rng.randint(1, 999))
        return text
    if kind < 0.7:
        letters = CONSONANTS + "aeiou"
        return "".join(rng.choice(CONSONANTS if rng.random() < 0.75 else letters)
                       for _ in range(rng.randint(5, 14)))
    if kind < 0.85:
        left = "qwertasdfgzxcvb"
        return "".join(rng.choice(left) for _ in range(rng.randint(5, 12)))
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(6, 16)))


def mash_b(rng: random.Random) -> str:
    """Held-out generator: AZERTY/QWERTZ walks, repeated chunks, home-row slaps, digits."""
    kind = rng.random()
    if kind < 0.25:
        row = rng.choice(AZERTY + QWERTZ)
        start = rng.randint(0, max(0, len(row) - 4))
        text = row[start:start + rng.randint(4, len(row) - start)]
        return text[::-1] if rng.random() < 0.3 else text
    if kind < 0.45:
        chunk = "".join(rng.choice("asdfghjklqweruiop") for _ in range(rng.randint(2, 4)))
        return chunk * rng.randint(2, 4)
    if kind < 0.65:
        hands = "jklhuionm" if rng.random() < 0.5 else "sdfgerwcx"
        return "".join(rng.choice(hands) for _ in range(rng.randint(6, 13)))
    if kind < 0.85:
        vowels = "aeiouy"
        out = []
        for _ in range(rng.randint(7, 17)):
            out.append(rng.choice(vowels if rng.random() < 0.3 else CONSONANTS))
        return "".join(out)
    return ("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 8)))
            + str(rng.randint(10, 99999)))


def bot_name_a(rng: random.Random, firsts: list[str]) -> tuple[str, str]:
    """Train generator: a real first name plus a random consonant-heavy tail (Davidfug)."""
    first = rng.choice(firsts)
    tail = "".join(rng.choice(CONSONANTS if i % 2 == 0 or rng.random() < 0.5 else "aeiou")
                   for i in range(rng.randint(3, 5)))
    name = first + tail
    last = name + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(2))
    return name, rng.choice([name, last, last])


def bot_name_b(rng: random.Random, firsts: list[str]) -> tuple[str, str]:
    """Held-out generator: a real name plus syllables and clusters (AmandaJanoamutb)."""
    first = rng.choice(firsts)
    syllables = ["o", "a", "mu", "tb", "gr", "ory", "ji", "ex", "wn", "ck", "zu", "ph", "rk",
                 "ev", "ul", "dr"]
    tail = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
    name = first + tail
    if rng.random() < 0.4:
        other = rng.choice(firsts)
        return name, other + "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))
    return name, rng.choice([name, name + rng.choice(["Kl", "Vr", "Xe", "Ry"])])


# ---------------------------------------------------------------------------------------------
# Assembling leads


class Builder:
    def __init__(self, split: str, source: Any, disposable: list[str], seed: int,
                 reuse: dict[str, list[str]]) -> None:
        self.split = split
        self.source = source
        self.disposable = disposable
        self.rng = random.Random(seed)
        self.text = TextMaker(split, self.rng)
        self.free = FREE_TRAIN if split == "train" else FREE_HELDOUT
        self.free_by_country = FREE_BY_COUNTRY[split]
        self.mash = mash_a if split == "train" else mash_b
        self.bot_name = bot_name_a if split == "train" else bot_name_b
        self.firsts = source.first_names_en()
        self.latin_companies = source.latin_companies()
        self.reuse = reuse

    # -- pieces

    def company_domain(self, person: Person) -> str:
        base = slug(person["company"]) or slug(person["last_ascii"]) or "firma"
        if not readable(base):
            # Companies in Arabic script go by a Latin brand online, not a vowel-less slug.
            base = slug(self.rng.choice(self.latin_companies))
        base = base[:20]
        tld = TLD_BY_COUNTRY.get(person["country"], "com")
        if self.rng.random() < 0.35:
            tld = "com"
        return f"{base}.{tld}"

    def free_domain(self, person: Person) -> str:
        local = self.free_by_country.get(person["country"])
        if local and self.rng.random() < 0.6:
            return self.rng.choice(local)
        return self.rng.choice(self.free[:12] if self.rng.random() < 0.8 else self.free)

    def base(self, person: Person, *, free: bool, title: str | None,
             local: str | None = None, domain: str | None = None) -> dict[str, Any]:
        rng = self.rng
        if domain is None:
            domain = self.free_domain(person) if free else self.company_domain(person)
        if local is None:
            local = person_local(rng, person, self.split)
        lead: dict[str, Any] = {"email": f"{local}@{domain}"}
        style = rng.random()
        if style < 0.08:
            pass  # email-only forms
        elif style < 0.25:
            lead["full_name"] = f"{person['first']} {person['last']}"
        else:
            lead["first_name"] = person["first"]
            lead["last_name"] = person["last"]
        if style >= 0.08:
            if rng.random() < 0.75:
                lead["company"] = person["company"]
            if title is not None and rng.random() < 0.85:
                lead["job_title"] = title
            if rng.random() < 0.4:
                lead["country"] = person["country"]
            if rng.random() < 0.3:
                lead["phone"] = f"+{rng.randint(1, 98)} {rng.randint(10, 999)} " \
                                f"{rng.randint(1000, 9999999)}"
            if not free and rng.random() < 0.3:
                lead["website"] = f"https://{domain}"
        if rng.random() < 0.9:
            lead["honeypot"] = ""
        elapsed = human_elapsed(rng)
        if elapsed is not None:
            lead["elapsed_ms"] = elapsed
        return lead

    def maybe_message(self, lead: dict[str, Any], person: Person, share: float) -> None:
        if self.rng.random() < share:
            lead["message"] = self.legit_message(person, lead)

    def legit_message(self, person: Person, lead: dict[str, Any]) -> str:
        reused = self.reused("legit_messages")
        if reused is not None:
            return reused
        # The sender's own site: the mail domain, or the company's when writing from free mail.
        site = lead["email"].split("@", 1)[1]
        if site in self.free or any(site in d for d in self.free_by_country.values()):
            site = self.company_domain(person)
        return self.text.legit(site, person)

    def spam_message(self, kind: str, lead: dict[str, Any], person: Person) -> str:
        if kind not in ("price_spam", "link_farm"):
            reused = self.reused("spam_messages", 0.4)
            if reused is not None:
                return reused
        return self.text.spam(kind, person)

    def reused(self, key: str, share: float = 0.5) -> str | None:
        """A held-out text of the detection work's sets, `share` of the time when present."""
        pool = self.reuse.get(key)
        if pool and self.rng.random() < share:
            self.used.append(REUSE_ORIGIN[key])
            return self.rng.choice(pool)
        return None

    def joke_title(self) -> str:
        jokes = JOKES_A if self.split == "train" else JOKES_B
        return self.reused("joke_titles") or self.rng.choice(jokes)

    def junk_title(self) -> str:
        junk = JUNK_A if self.split == "train" else JUNK_B
        return self.reused("junk_titles") or self.rng.choice(junk)

    # -- categories

    def make(self, category: str) -> dict[str, Any]:
        rng = self.rng
        maker = getattr(self, "cat_" + category)
        self.used: list[str] = []
        lead, source = maker()
        if self.used:
            source += "+" + "+".join(sorted(set(self.used)))
        lead.setdefault("mx", mx_status(rng))
        lead["label"] = "legit" if category in LEGIT else "spam"
        lead["category"] = category
        lead["source"] = source
        return lead

    def cat_executive(self) -> tuple[dict[str, Any], str]:
        person = self.source.person(self.rng)
        title = self.reused("exec_titles") or executive_title(self.rng, self.split)
        lead = self.base(person, free=self.rng.random() < 0.12, title=title)
        self.maybe_message(lead, person, 0.5)
        return lead, f"{self.source.name}+titles-{self.split}"

    def cat_staff(self) -> tuple[dict[str, Any], str]:
        person = self.source.person(self.rng)
        title = self.reused("staff_titles") or staff_title(self.rng, self.split, person)
        lead = self.base(person, free=self.rng.random() < 0.2, title=title)
        self.maybe_message(lead, person, 0.5)
        return lead, f"{self.source.name}+titles-{self.split}"

    def cat_free_mail(self) -> tuple[dict[str, Any], str]:
        person = self.source.person(self.rng)
        title = (staff_title(self.rng, self.split, person) if self.rng.random() < 0.7
                 else executive_title(self.rng, self.split))
        lead = self.base(person, free=True, title=title)
        self.maybe_message(lead, person, 0.5)
        return lead, self.source.name

    def cat_international(self) -> tuple[dict[str, Any], str]:
        person = self.source.person(self.rng, international=True)
        title = self.reused("intl_titles", 0.3) or (
            str(person["occupation"]) if self.rng.random() < 0.6
            else executive_title(self.rng, self.split))
        lead = self.base(person, free=self.rng.random() < 0.4, title=title)
        self.maybe_message(lead, person, 0.5)
        return lead, self.source.name

    def cat_unusual_name(self) -> tuple[dict[str, Any], str]:
        person = self.source.person(self.rng)
        name = self.reused("unusual_names", 0.4)
        if name is not None:
            person = Person(person, first=name, first_ascii=name)
        local, domain = unusual_local(self.rng, person, self.split)
        handle = self.reused("real_handles", 0.4)
        if handle is not None:
            local, domain = handle.lower(), None
        free = domain is not None or self.rng.random() < 0.5
        lead = self.base(person, free=free, title=staff_title(self.rng, self.split, person),
                         local=local, domain=domain)
        self.maybe_message(lead, person, 0.2)
        return lead, f"{self.source.name}+unusual-patterns"

    def cat_real_inquiry(self) -> tuple[dict[str, Any], str]:
        person = self.source.person(self.rng)
        lead = self.base(person, free=self.rng.random() < 0.3,
                         title=staff_title(self.rng, self.split, person))
        lead["message"] = self.legit_message(person, lead)
        return lead, f"{self.source.name}+messages-{self.split}"

    def cat_keyboard_mash(self) -> tuple[dict[str, Any], str]:
        rng = self.rng
        person = self.source.person(rng)
        local = self.reused("mash_locals") or self.mash(rng)
        mx = None
        if rng.random() < 0.15:
            domain = f"{self.mash(rng)}.{rng.choice(['com', 'net', 'de', 'ru'])}"
            mx = "nxdomain"
        elif rng.random() < 0.8:
            domain = self.free_domain(person)
        else:
            domain = self.company_domain(person)
        lead = self.base(person, free=True, title=None, local=local, domain=domain)
        names = rng.random()
        if names < 0.5:
            for key in ("first_name", "last_name"):
                if key in lead:
                    lead[key] = self.mash(rng).capitalize() if rng.random() < 0.5 else \
                        self.mash(rng)
            if "full_name" in lead:
                lead["full_name"] = f"{self.mash(rng)} {self.mash(rng)}"
        if "company" in lead and rng.random() < 0.4:
            lead["company"] = self.mash(rng)
        if "email" in lead and rng.random() < 0.5 and len(lead) > 3:
            lead["job_title"] = self.mash(rng) if rng.random() < 0.5 else self.junk_title()
        if rng.random() < 0.2:
            lead["message"] = " ".join(self.mash(rng) for _ in range(rng.randint(1, 4)))
        if mx:
            lead["mx"] = mx
        return lead, f"mash-generator-{'a' if self.split == 'train' else 'b'}"

    def cat_bot_name(self) -> tuple[dict[str, Any], str]:
        rng = self.rng
        person = self.source.person(rng, international=False)
        first, last = self.bot_name(rng, self.firsts)
        reused = self.reused("bot_names")
        if reused is not None:
            first, last = reused, rng.choice([reused, reused + rng.choice(["Kl", "Vr", "Xe"])])
        style = rng.random()
        if style < 0.45:
            local = first.lower() + (str(rng.randint(1, 9999)) if rng.random() < 0.5 else "")
        elif style < 0.7:
            local = self.mash(rng)
        else:
            local = person_local(rng, person, self.split)
        domain = rng.choice(["gmail.com", "yandex.ru", "mail.ru", "outlook.com", "hotmail.com",
                             "gmx.com", "inbox.ru", "bk.ru"]) if rng.random() < 0.85 \
            else self.company_domain(person)
        lead = self.base(person, free=True, title=None, local=local, domain=domain)
        lead.pop("full_name", None)
        lead["first_name"] = first
        lead["last_name"] = last
        if rng.random() < 0.5:
            lead.pop("company", None)
        roll = rng.random()
        if roll < 0.4:
            kind = rng.choice(["seo_spam", "scam_spam", "price_spam", "link_farm", "pitch_spam"])
            lead["message"] = self.spam_message(kind, lead, person)
        elif roll < 0.65:
            lead["message"] = rng.choice(BOT_GENERIC)
        return lead, f"{self.source.name}+bot-name-generator-" \
                     f"{'a' if self.split == 'train' else 'b'}"

    def cat_disposable(self) -> tuple[dict[str, Any], str]:
        person = self.source.person(self.rng)
        domain = self.rng.choice(self.disposable)
        lead = self.base(person, free=True, title=staff_title(self.rng, self.split, person),
                         domain=domain)
        self.maybe_message(lead, person, 0.1)
        name = "disposable-email-domains-0.0.293" if self.split == "train" else \
            "mailchecker-6.0.21"
        return lead, f"{self.source.name}+{name}"

    def _spam_text_lead(self, kind: str) -> tuple[dict[str, Any], str]:
        person = self.source.person(self.rng)
        lead = self.base(person, free=self.rng.random() < 0.6,
                         title=staff_title(self.rng, self.split, person))
        lead["message"] = self.spam_message(kind, lead, person)
        return lead, f"{self.source.name}+spam-templates-{self.split}"

    def cat_seo_spam(self) -> tuple[dict[str, Any], str]:
        return self._spam_text_lead("seo_spam")

    def cat_pitch_spam(self) -> tuple[dict[str, Any], str]:
        return self._spam_text_lead("pitch_spam")

    def cat_scam_spam(self) -> tuple[dict[str, Any], str]:
        return self._spam_text_lead("scam_spam")

    def cat_price_spam(self) -> tuple[dict[str, Any], str]:
        return self._spam_text_lead("price_spam")

    def cat_link_farm(self) -> tuple[dict[str, Any], str]:
        return self._spam_text_lead("link_farm")

    def cat_bot_fast(self) -> tuple[dict[str, Any], str]:
        rng = self.rng
        person = self.source.person(rng)
        lead = self.base(person, free=rng.random() < 0.5,
                         title=staff_title(rng, self.split, person))
        if rng.random() < 0.7:
            lead["elapsed_ms"] = float(rng.randint(40, 1900))
        else:
            lead["honeypot"] = rng.choice(["http://" + self.text.spam_domain(), "1",
                                           person["first"], "on", "yes"])
        self.maybe_message(lead, person, 0.5)
        return lead, f"{self.source.name}+form-bot-generator"

    def cat_joke_title(self) -> tuple[dict[str, Any], str]:
        person = self.source.person(self.rng)
        lead = self.base(person, free=self.rng.random() < 0.6, title=None)
        lead["job_title"] = self.joke_title()
        return lead, f"{self.source.name}+jokes-{self.split}"

    def cat_junk_title(self) -> tuple[dict[str, Any], str]:
        person = self.source.person(self.rng)
        lead = self.base(person, free=self.rng.random() < 0.6, title=None)
        lead["job_title"] = self.junk_title()
        return lead, f"{self.source.name}+junk-{self.split}"

    def build(self, counts: dict[str, int]) -> Iterator[dict[str, Any]]:
        for category, count in counts.items():
            for _ in range(count):
                yield self.make(category)


# ---------------------------------------------------------------------------------------------
# Sources on disk


def disposable_lists(paths: dict[str, Path]) -> tuple[list[str], list[str]]:
    with zipfile.ZipFile(paths["disposable-email-domains"]) as archive:
        text = archive.read("disposable_email_domains/__init__.py").decode()
    pypi = sorted(set(re.findall(r"'([a-z0-9.-]+\.[a-z]{2,})'", text)))
    with tarfile.open(paths["mailchecker"]) as archive:
        member = archive.extractfile("package/platform/node/index.js")
        assert member is not None
        js = member.read().decode()
    listed = js.split("new Set([", 1)[1].split("])", 1)[0]
    npm = sorted(set(re.findall(r'"([a-z0-9.-]+\.[a-z]{2,})"', listed)) - set(pypi))
    # Short, plausible-looking domains, as people actually use (not 0039.gq test clutter).
    def usable(domain: str) -> bool:
        return domain.count(".") == 1 and len(domain) <= 22 and not re.search(r"\d{3}", domain)
    return [d for d in pypi if usable(d)], [d for d in npm if usable(d)]


REUSE_ORIGIN = {
    "mash_locals": "data/gibberish", "bot_names": "data/gibberish",
    "real_handles": "data/gibberish", "unusual_names": "data/gibberish",
    "junk_titles": "data/titles", "joke_titles": "data/titles", "exec_titles": "data/titles",
    "staff_titles": "data/titles", "intl_titles": "data/titles",
    "legit_messages": "data/messages", "spam_messages": "data/messages",
}


def _entries(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _csv_rows(path: Path) -> list[dict[str, str]]:
    text = "\n".join(line for line in path.read_text("utf-8").splitlines()
                     if not line.startswith("#"))
    return list(csv.DictReader(io.StringIO(text)))


def reused_heldout() -> dict[str, list[str]]:
    """The detection work's held-out sets (data/gibberish, data/titles, data/messages), when
    present: they feed the held-out split only, never training."""
    found: dict[str, list[str]] = {}

    def add(key: str, values: list[str]) -> None:
        if values:
            found.setdefault(key, []).extend(values)

    gibberish = ROOT / "data" / "gibberish"
    for name in ("junk_mashes.txt", "junk_walks.txt", "junk_random.txt", "junk_repeats.txt"):
        if (gibberish / name).exists():
            add("mash_locals", _entries(gibberish / name))
    if (gibberish / "junk_bot_names.txt").exists():
        add("bot_names", _entries(gibberish / "junk_bot_names.txt"))
    if (gibberish / "real_handles.txt").exists():
        add("real_handles", _entries(gibberish / "real_handles.txt"))
    for name in ("real_unusual_names.txt", "real_international_names.txt"):
        if (gibberish / name).exists():
            add("unusual_names", _entries(gibberish / name))
    titles = ROOT / "data" / "titles"
    groups = {"placeholder": "junk_titles", "gibberish": "junk_titles", "joke": "joke_titles",
              "executives": "exec_titles", "staff": "staff_titles",
              "international": "intl_titles", "unusual": "staff_titles"}
    # Only their test_* (and registry_*) files: the dev_* files tuned the checks.
    title_files = sorted(titles.glob("test_*.csv")) + sorted(titles.glob("registry_*.csv")) \
        if titles.exists() else []
    for path in title_files:
        for row in _csv_rows(path):
            key = groups.get(row.get("group", ""))
            if key and row.get("title"):
                add(key, [row["title"]])
    messages = ROOT / "data" / "messages"
    for path in sorted(messages.glob("test_*.csv")) if messages.exists() else []:
        key = "legit_messages" if "real" in path.name else "spam_messages"
        add(key, [row["message"] for row in _csv_rows(path) if row.get("message")])
    return found


def write(path: Path, leads: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    for lead in leads:
        buffer.write(json.dumps(lead, ensure_ascii=False, sort_keys=True) + "\n")
    text = buffer.getvalue()
    path.write_text(text, "utf-8")
    return hashlib.sha256(text.encode()).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "leadguard-corpus",
                        help="where the pinned packages are downloaded")
    args = parser.parse_args()
    paths = fetch(args.cache)
    sys.path.insert(0, str(paths["anyascii"]))
    global _ascii
    _ascii = importlib.import_module("anyascii").anyascii

    train_disposable, heldout_disposable = disposable_lists(paths)
    reuse = reused_heldout()
    train = Builder("train", FakerSource(paths["faker"], seed=7), train_disposable, seed=11,
                    reuse={})
    heldout = Builder("heldout", MimesisSource(paths["mimesis"]), heldout_disposable, seed=29,
                      reuse=reuse)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, builder, counts in (("train", train, TRAIN_COUNTS),
                                  ("heldout", heldout, HELDOUT_COUNTS)):
        leads = list(builder.build(counts))
        digest = write(OUT / f"{name}.jsonl", leads)
        print(f"{name}: {len(leads)} leads, sha256 {digest}")
    if reuse:
        print("reused held-out texts:", {key: len(texts) for key, texts in reuse.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
