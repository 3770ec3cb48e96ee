"""The blind test sets of data/: which have had their one measurement (data/blind/README.md)."""

from __future__ import annotations

import re
from pathlib import Path

# The heading as a line of its own: a README may quote it in its prose.
_MEASURED = re.compile(r"^## Measured[ \t]*$", re.MULTILINE)


def measured(folder: Path) -> bool:
    """The blind set's README records its one measurement under its "## Measured" heading, not
    "Not yet". A folder still being written, with no README yet, is not measured."""
    readme = folder / "README.md"
    if not readme.is_file():
        return False
    text = readme.read_text("utf-8")
    heading = _MEASURED.search(text)
    section = text[heading.end():] if heading else ""
    return bool(section.strip()) and not section.lstrip(" \n*").startswith("Not yet")


def blind_sets(data: Path) -> list[Path]:
    """Every blind set folder of `data` in the order they were written: blind, blind2, ..."""
    folders = [path for path in data.glob("blind*") if path.is_dir()]
    return sorted(folders, key=lambda path: int(path.name.removeprefix("blind") or 1))


def spent_blind_sets(data: Path) -> list[Path]:
    """The blind sets measured once, and so free to train on; the rest must stay unread."""
    return [folder for folder in blind_sets(data) if measured(folder)]
