"""The README's tables are checked against the code, so the docs cannot drift."""

from __future__ import annotations

import re
from pathlib import Path

from leadguard.config import SETTINGS
from leadguard.policy import load_policy

README = Path(__file__).resolve().parent.parent / "README.md"


def _table_after(heading: str) -> list[list[str]]:
    """Rows (cells stripped of backticks) of the first Markdown table under `heading`."""
    text = README.read_text("utf-8")
    start = text.index(heading)
    rows: list[list[str]] = []
    for line in text[start:].splitlines()[1:]:
        if line.startswith("|"):
            cells = [cell.strip().strip("`") for cell in line.strip().strip("|").split("|")]
            if not all(re.fullmatch(r":?-+:?", cell) for cell in cells):
                rows.append(cells)
        elif rows:
            break
    return rows[1:]  # without the header row


def test_every_policy_code_is_in_the_readme_with_its_default_points() -> None:
    """The README's adjustment table lists exactly the bundled policy's codes and points."""
    rows = _table_after("## Adjustment codes")
    documented = {row[0]: int(row[1]) for row in rows}
    policy = load_policy()
    assert documented == {code: rule.points for code, rule in policy.rules.items()}


def test_readme_hard_verdicts_match_the_policy() -> None:
    """The README's 'verdict' column says which codes force review or reject."""
    rows = _table_after("## Adjustment codes")
    policy = load_policy()
    assert {row[0]: row[2] or None for row in rows} == {
        code: rule.verdict for code, rule in policy.rules.items()}


def test_every_setting_is_in_the_readme_with_its_default() -> None:
    """The README's configuration table lists exactly the settings the code reads."""
    rows = _table_after("## Configuration")
    documented = {row[0]: row[2] for row in rows}
    assert documented == {setting.env: setting.default_text for setting in SETTINGS}
