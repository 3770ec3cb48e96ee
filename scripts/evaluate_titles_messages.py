"""Print precision, recall and false-positive rate per group for job titles and messages.

    python scripts/evaluate_titles_messages.py [--data DIR] [--policy FILE] [--show N]

The held-out sets live in data/titles and data/messages; each file documents its source.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from leadguard.evaluation.titles_messages import message_reports, title_reports
from leadguard.policy import load_policy

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--policy", type=Path, default=None,
                        help="a TOML policy merged over the bundled one")
    parser.add_argument("--show", type=int, default=0,
                        help="list up to N mistakes per group")
    args = parser.parse_args()
    policy = load_policy(args.policy)
    for report in [*title_reports(args.data, policy), *message_reports(args.data, policy)]:
        print(report.render(show=args.show))


if __name__ == "__main__":
    main()
