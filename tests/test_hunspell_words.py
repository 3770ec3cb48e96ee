"""scripts/build_gibberish_model.py's reading of Hunspell dictionaries (hunspell_words): the
Welsh, Irish and Scottish Gaelic words the gibberish model and the title model learn from."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from anyascii import anyascii

from tests.scripts import load_script


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return load_script("build_gibberish_model")


def dictionary(root: Path, aff: str, dic: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "index.aff").write_text(aff, "utf-8")
    (root / "index.dic").write_text(dic, "utf-8")
    return root


WELSH_AFF = """SET UTF-8
NEEDAFFIX X
PFX N Y 2
PFX N   t     nh     t
PFX N   c     ngh    c
SFX P Y 1
SFX P   0     au     .
"""


def test_stems_and_their_prefixed_and_suffixed_forms_are_words(build: ModuleType,
                                                              tmp_path: Path) -> None:
    """Nasal mutation (tanysgrifiad -> nhanysgrifiad) and a plural are the stem's forms; a
    flag's condition decides which rule applies."""
    root = dictionary(tmp_path / "cy", WELSH_AFF, "2\ntanysgrifiad/NP\ncylchgrawn/N\n")
    words = build.hunspell_words(root, 100, anyascii)
    assert set(words) == {"tanysgrifiad", "nhanysgrifiad", "tanysgrifiadau", "cylchgrawn",
                          "nghylchgrawn"}


def test_names_needaffix_stems_and_the_limit(build: ModuleType, tmp_path: Path) -> None:
    """Capitalised stems (names, places) are left out; a NEEDAFFIX stem is no word by itself;
    accents fold to a-z; no more than `limit` words come back."""
    root = dictionary(tmp_path / "cy", WELSH_AFF,
                      "3\nCaerdydd/P\ntŵr/XP\nGareth\n")
    assert build.hunspell_words(root, 100, anyascii) == ["twrau"]
    assert build.hunspell_words(root, 0, anyascii) == []


def test_numeric_flags_and_continuation_classes(build: ModuleType, tmp_path: Path) -> None:
    """FLAG num dictionaries (Basque, Galician) give comma-separated numbers; a rule's
    continuation classes (/12) and morphological fields are not part of the word."""
    aff = "SET UTF-8\nFLAG num\nSFX 10 Y 1\nSFX 10 0 s/12 [^s] . is:plural\n"
    root = dictionary(tmp_path / "gl", aff, "1\ncasa/10,11 po:substantivo\n")
    assert set(build.hunspell_words(root, 100, anyascii)) == {"casa", "casas"}
