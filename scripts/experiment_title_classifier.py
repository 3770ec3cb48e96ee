"""Tried, not shipped: could a title-only classifier catch a new trade's joke titles?

Leaves one spent blind folder out at a time, trains a TF-IDF (character 2-5-grams, word
1-2-grams) logistic regression on the other folders' joke titles against their real titles and
the job_titles.txt vocabulary, and rates the left-out folder's titles. A rating counts only for
a title the judge (leadguard.titles) passes and whose words are not all known title words. It
prints, per folder and rating threshold, how many of the jokes the judge misses it would catch
and how many real titles it would flag (docs/titles_and_messages.md, twenty-third pass).

    .venv/bin/python scripts/experiment_title_classifier.py      # about 10 minutes
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
from build_blind_set import read_file_sections
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_union

from leadguard.evaluation.blind_sets import spent_blind_sets
from leadguard.policy import load_policy
from leadguard.titles import TitleJudge, load_title_lexicon, normalize_title

ROOT = Path(__file__).resolve().parent.parent
THRESHOLDS = (0.9, 0.95, 0.98, 0.99)
SHOW_AT = 0.98


def folder_titles(folder: Path, name: str) -> set[str]:
    if not (folder / name).exists():
        return set()
    return {normalize_title(title) for titles in read_file_sections(folder, name).values()
            for title in titles}


def vocabulary() -> set[str]:
    lines = (ROOT / "src/leadguard/wordlists/job_titles.txt").read_text("utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def fit(jokes: list[str], reals: list[str]) -> Callable[[list[str]], np.ndarray]:
    texts = [*jokes, *reals]
    labels = [1] * len(jokes) + [0] * len(reals)
    vectors = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True))
    model = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
    model.fit(vectors.fit_transform(texts), labels)
    return lambda titles: model.predict_proba(vectors.transform(titles))[:, 1]


def main() -> None:
    judge = TitleJudge.from_policy(load_policy(), load_title_lexicon())
    blind = spent_blind_sets(ROOT / "data")
    folders = sorted((ROOT / "data/writers").glob("w*")) + blind
    titles = {folder.name: (folder_titles(folder, "titles_joke.txt"),
                            folder_titles(folder, "titles_exec.txt")
                            | folder_titles(folder, "titles_staff.txt"))
              for folder in folders}
    known = vocabulary()
    totals: Counter[tuple[float, str]] = Counter()
    for held in sorted(path.name for path in blind):
        jokes = set().union(*(j for name, (j, _) in titles.items() if name != held))
        reals = set().union(*(r for name, (_, r) in titles.items() if name != held)) | known
        rate = fit(sorted(jokes - reals), sorted(reals))

        def open_to(candidates: list[str]) -> list[str]:
            return [t for t in candidates if not judge(t) and not judge.knows_every_word(t)]

        missed = open_to(sorted(titles[held][0]))
        real = open_to(sorted(titles[held][1]))
        missed_rating = rate(missed) if missed else np.array([])
        real_rating = rate(real) if real else np.array([])
        line = f"{held}: {len(missed)} jokes the judge misses, {len(titles[held][1])} real"
        for at in THRESHOLDS:
            caught, flagged = int((missed_rating >= at).sum()), int((real_rating >= at).sum())
            totals[at, "caught"] += caught
            totals[at, "flagged"] += flagged
            line += f" | {at}: +{caught} jokes, {flagged} real"
        print(line, flush=True)
        wrong = [t for t, r in zip(real, real_rating, strict=True) if r >= SHOW_AT]
        if wrong:
            print(f"    real titles flagged at {SHOW_AT}: {wrong}")
    for at in THRESHOLDS:
        print(f"at {at}: {totals[at, 'caught']} jokes caught, {totals[at, 'flagged']} real "
              "titles flagged")


if __name__ == "__main__":
    main()
