"""`leadguard train` and `leadguard evaluate`, added to the leadguard command by add_commands."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

DEFAULT_TRAIN = "data/corpus/train.jsonl"
DEFAULT_HELDOUT = "data/corpus/heldout.jsonl"
DEFAULT_OUT = "src/leadguard/models/classifier"
DEFAULT_FIGURES = "docs/figures/classifier"


def _policy_path(args: argparse.Namespace) -> str | None:
    return args.policy or os.environ.get("LEADGUARD_POLICY") or None


def cmd_train(args: argparse.Namespace) -> int:
    from leadguard.model.corpus import CorpusError
    from leadguard.model.persist import ModelError
    from leadguard.model.train import train
    from leadguard.policy import load_policy

    data = args.data or [DEFAULT_TRAIN]
    heldout = [] if args.no_heldout else (args.heldout or [DEFAULT_HELDOUT])
    try:
        meta = train(data, args.out, heldout_paths=heldout, seed=args.seed,
                     policy=load_policy(_policy_path(args)))
    except (CorpusError, ModelError) as error:
        print(f"leadguard train: {error}", file=sys.stderr)
        return 2
    print(f"model {meta['version']} trained on {meta['training_data']['leads']} leads, "
          f"written to {Path(args.out) / 'model.skops'}")
    metrics = meta.get("heldout", {}).get("metrics")
    if metrics:
        pipeline = metrics["pipeline"]
        print(f"held-out ({meta['heldout']['leads']} leads): precision "
              f"{pipeline['precision']:.2%}, recall {pipeline['recall']:.2%}, "
              f"false-positive rate {pipeline['false_positive_rate']:.2%}; "
              "`leadguard evaluate` gives the full report")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from leadguard.model.corpus import CorpusError
    from leadguard.model.evaluate import evaluate
    from leadguard.model.persist import ModelError
    from leadguard.policy import load_policy

    try:
        report = evaluate(args.model or os.environ.get("LEADGUARD_MODEL") or None,
                          args.data or [DEFAULT_HELDOUT], args.out_dir,
                          policy=load_policy(_policy_path(args)), timing=not args.no_timing)
    except (CorpusError, ModelError) as error:
        print(f"leadguard evaluate: {error}", file=sys.stderr)
        return 2
    print(report.table())
    print(f"\nwrote {Path(args.out_dir) / 'precision_recall.png'}, "
          f"{Path(args.out_dir) / 'confusion_matrix.png'} and "
          f"{Path(args.out_dir) / 'report.json'}")
    return 0


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `train` and `evaluate` to the leadguard command's subparsers."""
    train = subparsers.add_parser(
        "train", help="train the spam classifier on a labelled corpus (JSONL)",
        description="Train the classifier reproducibly and save it with skops plus metadata. "
                    "Run from the repository root for the defaults.")
    train.add_argument("--data", action="append", metavar="JSONL",
                       help=f"labelled leads to train on, repeatable (default: {DEFAULT_TRAIN})")
    train.add_argument("--heldout", action="append", metavar="JSONL",
                       help="labelled leads from OTHER sources, for the metrics stored with the "
                            f"model, repeatable (default: {DEFAULT_HELDOUT})")
    train.add_argument("--no-heldout", action="store_true",
                       help="store no held-out metrics (no held-out corpus at hand)")
    train.add_argument("--out", default=DEFAULT_OUT, metavar="DIR",
                       help=f"directory for model.skops and metadata.json (default: {DEFAULT_OUT})")
    train.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    train.add_argument("--policy", metavar="TOML",
                       help="policy file merged over the bundled one (default: LEADGUARD_POLICY)")
    train.set_defaults(func=cmd_train)

    evaluate = subparsers.add_parser(
        "evaluate", help="measure the classifier and the verdicts on a held-out corpus",
        description="Print precision, recall and false-positive rate per category, and write "
                    "a precision-recall curve and a confusion matrix as PNG.")
    evaluate.add_argument("--model", metavar="DIR",
                          help="model directory (default: LEADGUARD_MODEL, else the bundled model)")
    evaluate.add_argument("--data", action="append", metavar="JSONL",
                          help=f"held-out labelled leads, repeatable (default: {DEFAULT_HELDOUT})")
    evaluate.add_argument("--out-dir", default=DEFAULT_FIGURES, metavar="DIR",
                          help=f"where the PNGs and report.json go (default: {DEFAULT_FIGURES})")
    evaluate.add_argument("--policy", metavar="TOML",
                          help="policy file merged over the bundled one "
                               "(default: LEADGUARD_POLICY)")
    evaluate.add_argument("--no-timing", action="store_true",
                          help="skip the per-lead timing")
    evaluate.set_defaults(func=cmd_evaluate)
