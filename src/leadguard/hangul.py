"""Latin spellings of Korean names, for telling a Korean person's mailbox from a mash.

Korean people spell their Hangul names in Latin letters in more ways than one: 노정우 is
"nojeongu" in the Revised Romanization (2000), "noch'ŏngu" in McCune-Reischauer, and most
often what the family has always written, "nohjungwoo" or "rohjungwoo". anyascii gives the first
only, so a mailbox spelt the usual way read as a random string beside a name in Hangul.

A syllable is read from its three jamo (initial, vowel, final), each with the spellings people
use for it (ㅓ as "eo", "u" or "o"; ㅜ as "u", "oo" or "woo"); the common surnames add the
spellings that follow no rule (이 Lee, Yi, Rhee; 박 Park; 노 Noh, Roh). The tables are the
[hangul] section of wordlists/name_parts.toml.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path

_FIRST = 0xAC00  # 가
_LAST = 0xD7A3  # 힣
_INITIALS, _VOWELS, _FINALS = 19, 21, 28
FILE = "name_parts.toml"


def is_hangul(char: str) -> bool:
    return _FIRST <= ord(char) <= _LAST


class HangulSpellings:
    """The spellings of each jamo (space-separated, in Unicode's order) and of the surnames."""

    def __init__(self, initials: list[str], vowels: list[str], finals: list[str],
                 surnames: dict[str, str]) -> None:
        for name, table, size in (("initials", initials, _INITIALS),
                                  ("vowels", vowels, _VOWELS), ("finals", finals, _FINALS)):
            if len(table) != size:
                raise ValueError(f"[hangul] {name} must list {size} jamo, not {len(table)}")
        self._initials = [spelt.split() or [""] for spelt in initials]
        self._vowels = [spelt.split() for spelt in vowels]
        self._finals = [spelt.split() or [""] for spelt in finals]
        self._surnames = {syllable: spelt.split() for syllable, spelt in surnames.items()}
        self.syllable = lru_cache(maxsize=4096)(self._syllable)

    def _syllable(self, syllable: str) -> frozenset[str]:
        """Every Latin spelling of one Hangul syllable; empty for any other character."""
        if len(syllable) != 1 or not is_hangul(syllable):
            return frozenset()
        initial, rest = divmod(ord(syllable) - _FIRST, _VOWELS * _FINALS)
        vowel, final = divmod(rest, _FINALS)
        spelt = {first + middle + last for first in self._initials[initial]
                 for middle in self._vowels[vowel] for last in self._finals[final]}
        spelt.update(self._surnames.get(syllable, ()))
        return frozenset(spelt)

    def name(self, text: str) -> set[str]:
        """The spellings of every Hangul syllable of `text`: the pieces a Korean person's
        mailbox is built from (노정우 -> noh, no, roh, jung, jeong, chung, woo, u, ...)."""
        return {spelt for char in text if is_hangul(char) for spelt in self.syllable(char)}


@lru_cache(maxsize=4)
def load_hangul(directory: str | Path | None = None) -> HangulSpellings:
    """The [hangul] tables of name_parts.toml in `directory`, else the bundled word lists."""
    root = Path(directory) if directory is not None \
        else resources.files("leadguard").joinpath("wordlists")
    table = tomllib.loads(root.joinpath(FILE).read_text("utf-8"))["hangul"]
    return HangulSpellings(list(table["initials"]), list(table["vowels"]),
                           list(table["finals"]), dict(table["surnames"]))
