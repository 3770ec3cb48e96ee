"""scripts/build_everyday_nouns.py reads WordNet's noun index and data files; the bundled list is
its output."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts import load_script

BUNDLED = Path(__file__).resolve().parent.parent / "src/leadguard/wordlists/everyday_nouns.txt"

# A WordNet in miniature, in the database's own line formats (wndb(5WN)): a license line starting
# with two spaces, then "offset lexfile pos w_cnt word lex_id ..." in data.noun and "lemma pos
# synset_cnt p_cnt [ptr ...] sense_cnt tagsense_cnt offset ..." in index.noun, most frequent
# sense first.
DATA_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE
00000100 13 n 01 tomato 0 000 | a fruit
00000200 20 n 01 tomato 1 000 | a plant
00000300 05 n 01 python 0 000 | a snake
00000400 10 n 01 python 1 000 | a programming language
00000500 06 n 01 sofa 0 000 | a seat
00000600 05 n 01 ox 0 000 | a cow
00000700 13 n 01 hot_dog 0 000 | a sausage
"""
INDEX_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE
tomato n 2 1 @ 2 1 00000100 00000200
python n 2 2 @ ~ 2 1 00000400 00000300
sofa n 1 0 1 1 00000500
ox n 1 0 1 1 00000600
hot_dog n 1 0 1 1 00000700
"""


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("build_everyday_nouns")


def test_a_noun_counts_by_its_most_frequent_sense_only(script: ModuleType,
                                                       tmp_path: Path) -> None:
    """"tomato" (food first) is in; "python" (a language first, a snake second), "sofa" (an
    artifact), "ox" (too short) and "hot_dog" (two words) are out."""
    (tmp_path / "data.noun").write_text(DATA_NOUN, "latin-1")
    (tmp_path / "index.noun").write_text(INDEX_NOUN, "latin-1")
    assert script.everyday_nouns(tmp_path) == {"tomato": "food"}


def test_the_bundled_list_names_its_source_and_counts_its_nouns() -> None:
    lines = BUNDLED.read_text("utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    nouns = [line for line in lines if line and not line.startswith("#")]
    assert any("wordnet-base 1:3.0-37" in line for line in header)
    assert any(line.startswith("# license: WordNet 3.0 license") for line in header)
    assert any(f"{len(nouns)} nouns" in line for line in header)
    assert nouns == sorted(set(nouns)) and {"tomato", "cabbage", "reindeer"} <= set(nouns)
