"""Try a title model beside the job-title judge (tried 2026-11-30 and again 2026-12-03, not shipped;
docs/titles_and_messages.md, "A title model, tried and not shipped").

    .venv/bin/python scripts/try_title_model.py [--C 1.0] [--joke-weight 3.0] [--folds 8]

A logistic regression over TF-IDF character 2-5-grams and words of a title, trained on the joke
titles of the writers and spent blind sets (label 1) against the bundled real titles of
job_titles.txt (label 0). It would be asked only about titles the judge passes and the
vocabulary does not hold, so that is what is measured:

* real titles flagged: over the real titles of data/titles, the spent blind sets' executive and
  staff titles and heldout's legit titles (none of them trained on), at each rating;
* jokes caught: each folder's jokes rated by a model trained without them, added to the judge's.
  The folders are dealt round-robin into --folds groups (0: one group per folder, as on
  2026-11-30); each group is rated by a model trained on the others.

The spent blind sets are every measured data/blind* folder (leadguard.evaluation.blind_sets).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from evaluate_writer_titles import folder_titles
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from leadguard.checks.job_title import ImplausibleJobTitle
from leadguard.evaluation.blind_sets import spent_blind_sets
from leadguard.evaluation.titles_messages import read_rows
from leadguard.policy import load_policy
from leadguard.titles import normalize_title, read_title_list

ROOT = Path(__file__).resolve().parent.parent
WRITERS = [f"data/writers/w{number}" for number in range(1, 19)]
SPENT = [f"data/{folder.name}" for folder in spent_blind_sets(ROOT / "data")]
AT = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def titles(folder: str, name: str) -> list[str]:
    return folder_titles(ROOT / folder, name) if (ROOT / folder / name).exists() else []


def pipeline(c: float, joke_weight: float) -> Pipeline:
    return Pipeline([
        ("features", FeatureUnion([
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                      max_features=150_000)),
            ("words", TfidfVectorizer(analyzer="word", sublinear_tf=True,
                                      token_pattern=r"(?u)\b\w+\b"))])),
        ("classifier", LogisticRegression(C=c, class_weight={0: 1.0, 1: joke_weight},
                                          solver="liblinear", max_iter=1000)),
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--C", type=float, default=1.0)
    parser.add_argument("--joke-weight", type=float, default=3.0)
    parser.add_argument("--folds", type=int, default=8,
                        help="groups of folders left out in turn (0: each folder alone)")
    args = parser.parse_args()
    jokes = {folder: titles(folder, "titles_joke.txt") for folder in WRITERS + SPENT}
    vocabulary = sorted(read_title_list(
        (ROOT / "src/leadguard/wordlists/job_titles.txt").read_text("utf-8")))
    check = ImplausibleJobTitle.from_policy(load_policy())
    known = set(vocabulary)

    def asked(title: str) -> bool:
        return check.why(title) is None and normalize_title(title) not in known

    real = [row["title"] for pattern in ("*real*.csv", "registry_*.csv")
            for path in sorted((ROOT / "data/titles").glob(pattern)) for row in read_rows(path)]
    for folder in SPENT:
        real += titles(folder, "titles_exec.txt") + titles(folder, "titles_staff.txt")
    with (ROOT / "data/corpus/heldout.jsonl").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    real += [row["job_title"] for row in rows if row["label"] == "legit" and row.get("job_title")]
    unplaced = [title for title in sorted(set(real)) if asked(title)]
    every_joke = [joke for folder_jokes in jokes.values() for joke in folder_jokes]
    model = pipeline(args.C, args.joke_weight).fit(
        vocabulary + every_joke, [0] * len(vocabulary) + [1] * len(every_joke))
    rating = model.predict_proba(unplaced)[:, 1]
    print(f"{len(every_joke)} jokes, {len(vocabulary)} real titles; "
          f"{len(unplaced)} unplaced real titles to test")
    for at in AT:
        flagged = [title for title, p in zip(unplaced, rating, strict=True) if p >= at]
        print(f"real titles flagged at {at}: {len(flagged)} {flagged[:8]}")
    caught = dict.fromkeys(AT, 0)
    judged = total = 0
    folders = [folder for folder, folder_jokes in jokes.items() if folder_jokes]
    count = len(folders) if args.folds <= 0 else min(args.folds, len(folders))
    for group in range(count):
        left = set(folders[group::count])
        rest = [joke for other, others in jokes.items() if other not in left for joke in others]
        left_out = pipeline(args.C, args.joke_weight).fit(
            vocabulary + rest, [0] * len(vocabulary) + [1] * len(rest))
        for folder in sorted(left):
            folder_jokes = jokes[folder]
            passed = [joke for joke in folder_jokes if asked(joke)]
            total += len(folder_jokes)
            judged += len(folder_jokes) - len(passed)
            if passed:
                ratings = left_out.predict_proba(passed)[:, 1]
                for at in AT:
                    caught[at] += int((ratings >= at).sum())
    for at in AT:
        print(f"jokes caught at {at}: judge {judged / total:.1%}, "
              f"with the model {(judged + caught[at]) / total:.1%}")


if __name__ == "__main__":
    main()
