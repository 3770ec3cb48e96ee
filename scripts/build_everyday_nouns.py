"""Rebuild src/leadguard/wordlists/everyday_nouns.txt from WordNet 3.0 (Debian's wordnet-base).

The list holds the one-word English nouns whose most frequent WordNet sense is a food or drink,
an animal or a plant (the lexicographer files noun.food, noun.animal and noun.plant): "tomato",
"cabbage", "worm", "reindeer". The job_title check reads them as everyday things in the one
joke shape no real title has, "Chief <thing> Officer".

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wordnet-base
    .venv/bin/python scripts/build_everyday_nouns.py --wordnet /tmp/wordnet-base/usr/share/wordnet

(or --wordnet /usr/share/wordnet where the package is installed). The output depends only on the
package's index.noun and data.noun, so the same package version gives the same file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "leadguard" / "wordlists" / "everyday_nouns.txt"
PACKAGE = "wordnet-base 1:3.0-37 (Debian bookworm)"
# WordNet's lexicographer file numbers (lexnames(5WN)): noun.animal, noun.food, noun.plant
LEXFILES = {5: "animal", 13: "food", 20: "plant"}
MIN_LENGTH = 3
DATE = "2026-11-30"  # when the list was last rebuilt from the package


def lexfile_of_synsets(data_noun: Path) -> dict[str, int]:
    """Each synset offset of data.noun with its lexicographer file number."""
    found = {}
    with data_noun.open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):  # the license header
                continue
            offset, lexfile = line.split(maxsplit=2)[:2]
            found[offset] = int(lexfile)
    return found


def everyday_nouns(wordnet: Path) -> dict[str, str]:
    """The one-word nouns whose first (most frequent) sense lies in LEXFILES, with its file."""
    lexfiles = lexfile_of_synsets(wordnet / "data.noun")
    nouns = {}
    with (wordnet / "index.noun").open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            # lemma pos synset_cnt p_cnt [ptr_symbol ...] sense_cnt tagsense_cnt offset ...
            parts = line.split()
            lemma, pointers = parts[0], int(parts[3])
            if len(lemma) < MIN_LENGTH or not lemma.isascii() or not lemma.isalpha():
                continue
            first_sense = parts[4 + pointers + 2]
            kind = LEXFILES.get(lexfiles[first_sense])
            if kind is not None:
                nouns[lemma] = kind
    return nouns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"),
                        help="the folder of index.noun and data.noun")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    nouns = everyday_nouns(args.wordnet)
    header = [
        "# everyday_nouns.txt: one-word English nouns whose most frequent sense is a food or",
        "#   drink, an animal or a plant, for leadguard's job_title check",
        "#   (\"Chief Tomato Officer\").",
        f"# source: WordNet 3.0, Debian package {PACKAGE}, files index.noun and data.noun",
        "#   (first sense in the lexicographer files noun.food, noun.animal or noun.plant; letters",
        f"#   only, {MIN_LENGTH} or more; {len(nouns)} nouns)",
        "# license: WordNet 3.0 license (Princeton University), permissive: \"WordNet 3.0",
        "#   Copyright 2006 by Princeton University. All rights reserved.\" Use, copying and",
        "#   distribution are permitted with this notice; the database is provided \"as is\".",
        f"# date: {DATE}",
        "# regenerate: .venv/bin/python scripts/build_everyday_nouns.py --wordnet <wordnet folder>",
    ]
    body = sorted(nouns)
    args.out.write_text("\n".join([*header, *body]) + "\n", "utf-8")
    print(f"wrote {args.out} ({len(body)} nouns)")


if __name__ == "__main__":
    main()
