"""leadguard's gibberish detector beside nostril: accuracy and speed on the same strings.

Usage: .venv/bin/python benchmarks/gibberish_vs_nostril.py [--data data/gibberish]

Runs leadguard.evaluation.gibberish (the evaluation scripts/evaluate_gibberish.py prints) over
the held-out sets of data/gibberish/ with the thresholds of the bundled policy, and nostril's
nonsense() on the same strings: per set, recall on junk sets and false-positive rate on real
ones; pooled precision, recall and FPR; microseconds per string (each detector's own cache
cleared per set for leadguard; nostril has none). nostril is nostril-detector on PyPI, needed
only here: .venv/bin/pip install nostril-detector
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import sys
import time
from importlib.metadata import version
from pathlib import Path

from _harness import REPO

from leadguard import gibberish
from leadguard.evaluation.gibberish import run
from leadguard.policy import load_policy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO / "data" / "gibberish")
    args = parser.parse_args()
    if importlib.util.find_spec("nostril_detector") is None:
        print("nostril is not installed: .venv/bin/pip install nostril-detector", file=sys.stderr)
        return 2
    recommended = gibberish.bundled_detector().metadata["thresholds"]
    table = load_policy(None).section("gibberish")
    thresholds = {kind: float(table.get(f"{kind}_threshold", recommended[kind]))
                  for kind in ("email", "name", "company")}
    started = time.perf_counter()
    report = run(args.data, thresholds)
    print(f"python {platform.python_version()}, nostril-detector "
          f"{version('nostril-detector')}, thresholds "
          + ", ".join(f"{kind} {value}" for kind, value in thresholds.items())
          + f" (bundled policy); {time.perf_counter() - started:.1f} s")
    print()
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
