"""`leadguard train`, `leadguard evaluate` and `leadguard rescore`, added to the leadguard command
by add_commands."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

# the original corpus, and leads from texts by other writers (data/writers/README.md)
DEFAULT_TRAIN = ("data/corpus/train.jsonl", "data/corpus/writers.jsonl")
DEFAULT_HELDOUT = "data/corpus/heldout.jsonl"
DEFAULT_OUT = "src/leadguard/models/classifier"
DEFAULT_FIGURES = "docs/figures/classifier"
# Real leads from your own forms, judged by people, count more than synthetic corpus leads.
DEFAULT_FEEDBACK_WEIGHT = 3.0


def _weight(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value <= 1000:
        raise argparse.ArgumentTypeError("must be a number greater than 0 (at most 1000)")
    return value


def _policy_path(args: argparse.Namespace) -> str | None:
    return args.policy or os.environ.get("LEADGUARD_POLICY") or None


def _store(database_url: str | None) -> Any:
    from leadguard.config import data_dir, load_config
    from leadguard.store import ReviewStore

    config = load_config()
    return ReviewStore.from_settings(database_url or config["DATABASE_URL"], data_dir(config))


def _current_model_dir() -> str | None:
    return os.environ.get("LEADGUARD_MODEL") or None


def cmd_train(args: argparse.Namespace) -> int:
    from leadguard.model.corpus import CorpusError, Example
    from leadguard.model.persist import ModelError
    from leadguard.model.train import train
    from leadguard.policy import load_policy

    data = args.data or list(DEFAULT_TRAIN)
    heldout = [] if args.no_heldout else (args.heldout or [DEFAULT_HELDOUT])
    policy = load_policy(_policy_path(args))
    feedback: list[Example] = []
    if args.with_feedback:
        from leadguard.model.feedback import feedback_examples
        from leadguard.store import StoreError

        store = _store(args.database_url)
        try:
            feedback, skipped = feedback_examples(store)
        except StoreError as error:
            print(f"leadguard train: {error}; nothing was trained.", file=sys.stderr)
            return 1
        finally:
            store.close()
        if not feedback:
            print("leadguard train: the review store holds no decided reviews or feedback "
                  "yet; decide some reviews first, or train without --with-feedback.",
                  file=sys.stderr)
            return 1
        spam = sum(example.spam for example in feedback)
        print(f"{len(feedback)} labelled lead(s) from the review store ({spam} spam, "
              f"{len(feedback) - spam} legit), weight {args.feedback_weight:g}, training only"
              + (f"; {skipped} stored lead(s) could not be read and were left out"
                 if skipped else ""))
    if args.out:
        out = Path(args.out)
    elif args.with_feedback:
        out = _models_dir() / f".training-{os.getpid()}"
    else:
        out = Path(DEFAULT_OUT)
    try:
        meta = train(data, out, heldout_paths=heldout, seed=args.seed, policy=policy,
                     feedback=feedback, feedback_weight=args.feedback_weight)
    except (CorpusError, ModelError) as error:
        if not args.out and args.with_feedback:
            shutil.rmtree(out, ignore_errors=True)
        print(f"leadguard train: {error}", file=sys.stderr)
        return 2
    if not args.out and args.with_feedback:
        # Named by version once it is known: a new directory per distinct training data.
        final = _models_dir() / str(meta["version"])
        if final.exists():
            shutil.rmtree(final)
        out.rename(final)
        out = final
    print(f"model {meta['version']} trained on {meta['training_data']['leads']} leads, "
          f"written to {out / 'model.skops'}")
    metrics = meta.get("heldout", {}).get("metrics")
    if metrics and args.with_feedback:
        _print_comparison(meta, heldout, policy)
    elif metrics:
        pipeline = metrics["pipeline"]
        print(f"held-out ({meta['heldout']['leads']} leads): precision "
              f"{pipeline['precision']:.2%}, recall {pipeline['recall']:.2%}, "
              f"false-positive rate {pipeline['false_positive_rate']:.2%}; "
              "`leadguard evaluate` gives the full report")
    if args.with_feedback:
        print(f"\nto deploy it: LEADGUARD_MODEL={out.resolve()} leadguard serve "
              "(and check `leadguard rescore --model ...` first)")
    return 0


def _models_dir() -> Path:
    from leadguard.config import data_dir, load_config

    return data_dir(load_config()) / "models"


def _print_comparison(meta: dict[str, Any], heldout: list[str], policy: Any) -> None:
    """The new model's held-out figures next to the current model's, on the same leads."""
    from leadguard.checks import default_checks
    from leadguard.model.corpus import read_corpus
    from leadguard.model.evaluate import comparison_table, evaluate_model
    from leadguard.model.persist import ModelError
    from leadguard.model.predictor import SpamModel
    from leadguard.wordlists import load_wordlists

    current_dir = _current_model_dir()
    where = current_dir or "the bundled model"
    try:
        current = SpamModel(current_dir)
        examples, _ = read_corpus(heldout)
        report = evaluate_model(current.estimator, current.spec, examples,
                                checks=default_checks(policy, load_wordlists()),
                                policy=policy)
    except ModelError as error:
        print(f"\nthe current model ({where}) cannot be compared: {error}")
        return
    print(f"\nheld-out: {meta['heldout']['leads']} leads "
          f"({', '.join(meta['heldout']['files'])}), the same for both models")
    print(comparison_table(report.summary(), meta["heldout"]["metrics"],
                           current_name=f"{current.version} ({where})",
                           new_name=str(meta["version"])))


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


def cmd_rescore(args: argparse.Namespace) -> int:
    from leadguard.config import load_config
    from leadguard.model.feedback import stored_reviews
    from leadguard.model.persist import ModelError
    from leadguard.model.predictor import SpamModel
    from leadguard.policy import load_policy
    from leadguard.rescore import Replayer, rescore
    from leadguard.store import StoreError
    from leadguard.wordlists import load_wordlists

    config = load_config()
    wordlists = load_wordlists()
    try:
        current_model = SpamModel(config["MODEL_DIR"])
        new_model = SpamModel(args.model) if args.model else current_model
    except ModelError as error:
        print(f"leadguard rescore: {error}", file=sys.stderr)
        return 2
    current_policy = load_policy(config["POLICY"])
    baseline = Replayer(policy=current_policy, wordlists=wordlists, model=current_model)
    candidate = Replayer(policy=load_policy(args.policy) if args.policy else current_policy,
                         wordlists=wordlists, model=new_model)
    store = _store(args.database_url)
    try:
        report = rescore(stored_reviews(store, status=None if args.status == "all"
                                        else args.status, limit=args.limit),
                         baseline=baseline, candidate=candidate)
    except StoreError as error:
        print(f"leadguard rescore: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.table())
    return 0


def _count(raw: str) -> int:
    if not raw.isdigit() or int(raw) < 1:
        raise argparse.ArgumentTypeError("must be a whole number, 1 or more")
    return int(raw)


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `train`, `evaluate` and `rescore` to the leadguard command's subparsers."""
    train = subparsers.add_parser(
        "train", help="train the spam classifier on a labelled corpus (JSONL)",
        description="Train the classifier reproducibly and save it with skops plus metadata. "
                    "Run from the repository root for the defaults.")
    train.add_argument("--data", action="append", metavar="JSONL",
                       help="labelled leads to train on, repeatable (default: "
                            f"{' and '.join(DEFAULT_TRAIN)})")
    train.add_argument("--heldout", action="append", metavar="JSONL",
                       help="labelled leads from OTHER sources, for the metrics stored with the "
                            f"model, repeatable (default: {DEFAULT_HELDOUT})")
    train.add_argument("--no-heldout", action="store_true",
                       help="store no held-out metrics (no held-out corpus at hand)")
    train.add_argument("--out", metavar="DIR",
                       help=f"directory for model.skops and metadata.json (default: {DEFAULT_OUT}"
                            "; with --with-feedback a new <data dir>/models/<version>)")
    train.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    train.add_argument("--policy", metavar="TOML",
                       help="policy file merged over the bundled one (default: LEADGUARD_POLICY)")
    train.add_argument("--with-feedback", action="store_true",
                       help="add the review store's labels (moderators' decisions, pipelines' "
                            "outcomes) to the training leads, and compare the new model with "
                            "the current one (LEADGUARD_MODEL or the bundled) on the held-out "
                            "leads")
    train.add_argument("--database-url", metavar="URL",
                       help="review store to read labels from (default: LEADGUARD_DATABASE_URL, "
                            "else the SQLite file under LEADGUARD_DATA_DIR)")
    train.add_argument("--feedback-weight", type=_weight, default=DEFAULT_FEEDBACK_WEIGHT,
                       metavar="W",
                       help="how many corpus leads one labelled lead from the store counts as "
                            f"(default: {DEFAULT_FEEDBACK_WEIGHT:g})")
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

    rescore = subparsers.add_parser(
        "rescore", help="dry run: how many stored verdicts a new policy or model would change",
        description="Replay the review store's leads (stored fields, stored DNS outcome, no new "
                    "look-ups) under the current policy and model and under the candidate "
                    "given here, and report the verdicts that would change. Writes nothing.")
    rescore.add_argument("--policy", metavar="TOML",
                         help="candidate policy file, merged over the bundled one "
                              "(default: the current policy, LEADGUARD_POLICY)")
    rescore.add_argument("--model", metavar="DIR",
                         help="candidate model directory, e.g. one `leadguard train "
                              "--with-feedback` wrote (default: the current model)")
    rescore.add_argument("--status", choices=("all", "pending", "spam", "legit"),
                         default="all", help="which stored reviews to replay (default: all)")
    rescore.add_argument("--limit", type=_count, metavar="N",
                         help="replay only the N newest (default: every stored review)")
    rescore.add_argument("--database-url", metavar="URL",
                         help="review store (default: LEADGUARD_DATABASE_URL, else the SQLite "
                              "file under LEADGUARD_DATA_DIR)")
    rescore.add_argument("--json", action="store_true", help="print the report as JSON")
    rescore.set_defaults(func=cmd_rescore)
