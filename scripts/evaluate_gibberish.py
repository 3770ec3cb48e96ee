"""Print precision, recall, FPR and time per string of the gibberish detector, beside nostril.

    .venv/bin/python scripts/evaluate_gibberish.py [--data data/gibberish] [--model PATH]
        [--policy PATH] [--no-nostril]

Thresholds come from the policy's [gibberish] table (bundled policy, or --policy / the
LEADGUARD_POLICY file), falling back to the ones recommended in the model's metadata.
nostril is measured when nostril-detector is installed (pip install nostril-detector).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from leadguard import gibberish
from leadguard.evaluation.gibberish import run
from leadguard.policy import load_policy

ROOT = Path(__file__).resolve().parents[1]


def thresholds(policy_path: str | None, model: Path | None) -> dict[str, float]:
    recommended = gibberish.load_detector(model).metadata["thresholds"]
    table = load_policy(policy_path).section("gibberish")
    return {kind: float(table.get(f"{kind}_threshold", recommended[kind]))
            for kind in ("email", "name", "company")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "gibberish")
    parser.add_argument("--model", type=Path, help="model.json (default: the bundled one)")
    parser.add_argument("--policy", default=os.environ.get("LEADGUARD_POLICY"))
    parser.add_argument("--no-nostril", action="store_true")
    args = parser.parse_args()
    chosen = thresholds(args.policy, args.model)
    print("thresholds: " + ", ".join(f"{k} {v}" for k, v in chosen.items()))
    print(run(args.data, chosen, model=args.model, compare_nostril=not args.no_nostril))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
