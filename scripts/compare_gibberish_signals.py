"""Compare where the gibberish signals fire, in this working tree and at a git revision.

    .venv/bin/python scripts/compare_gibberish_signals.py --against HEAD [--show 40]

Runs the gibberish checks (email.gibberish, name.gibberish, name.bot_pattern,
company.gibberish; each side with its own code, bundled policy and word lists) over every lead
of data/corpus/*.jsonl and of the spent blind sets, and prints how many signals of each code,
label and category are new or gone, with the first --show of them. The revision is checked out
into a temporary git worktree, removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def firing(data: Path) -> list[str]:
    """One line per signal: set:index code:field label category email names. It runs against
    the revision's own leadguard too, so it uses nothing newer than `spent_blind_sets`."""
    from leadguard.checks.gibberish import gibberish_checks
    from leadguard.evaluation.blind_sets import spent_blind_sets
    from leadguard.model.corpus import read_corpus, screening_for
    from leadguard.policy import load_policy
    from leadguard.wordlists import load_wordlists

    files = sorted((data / "corpus").glob("*.jsonl"))
    files += [folder / "blind.jsonl" for folder in spent_blind_sets(data)]
    checks = gibberish_checks(load_policy(), load_wordlists().legal_forms)
    lines: list[str] = []
    for path in files:
        examples, _ = read_corpus([path])
        for number, example in enumerate(examples):
            screening = screening_for(example)
            lead = example.lead
            names = " ".join(filter(None, (lead.first_name, lead.last_name, lead.full_name)))
            lines.extend(f"{path.parent.name}:{number} {signal.code}:{signal.field} "
                         f"{example.label} {example.category} {lead.email} {names}"
                         for check in checks for signal in check(screening))
    return lines


def side(src: Path) -> list[str]:
    """`firing` run in a fresh interpreter with `src` first on the path."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.check_output(
        [sys.executable, __file__, "--list", str(ROOT / "data")], env=env, cwd=ROOT)
    return [str(line) for line in json.loads(out)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="HEAD", help="git revision to compare with")
    parser.add_argument("--show", type=int, default=20, help="changed leads to print")
    parser.add_argument("--list", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.list is not None:
        print(json.dumps(firing(args.list)))
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(tree), args.against],
                       cwd=ROOT, check=True)
        try:
            before = set(side(tree / "src"))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT,
                           check=True)
    after = set(side(ROOT / "src"))
    for title, changed in (("newly fired", sorted(after - before)),
                           ("no longer fired", sorted(before - after))):
        kinds = Counter(" ".join(line.split()[1:4]) for line in changed)
        print(f"{title}: {len(changed)}" + "".join(f"; {kind} {count}"
                                                   for kind, count in sorted(kinds.items())))
        for line in changed[:args.show]:
            print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
