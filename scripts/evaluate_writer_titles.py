"""Measure job_title.implausible on the writers' lead corpus, the title sets and the vocabulary.

    python scripts/evaluate_writer_titles.py [--split dev|test|both] [--show N] [--vocabulary]
    python scripts/evaluate_writer_titles.py --folders DIR [DIR ...] [--show N]

For data/corpus/writers.jsonl it prints, per split, the share of each category's leads the
check fires on (the check as the service builds it: the judge and the gibberish detector's
second opinion). Splits: `dev` is writers w1..w5 and the first blind set ("blind1"), `test` is
writers w6..w10 and is kept for the final measurement: `--show` lists misses and false
positives of the dev split only, never of the test split. It then lists the distinct titles of
every writer's legit leads that the check flags (they are the real titles of data/blind, not
the writers' texts), prints the figures of scripts/evaluate_titles_messages.py for data/titles,
and with `--vocabulary` how many of the bundled real titles the judge flags with its
exact-title look-up switched off.

With `--folders` it scores the raw title files of the given folders instead (a writer's folder
or a spent blind set): the share of titles_joke.txt and titles_junk.txt the check fires on, and
the titles of titles_exec.txt and titles_staff.txt it wrongly flags; `--show` lists the misses.
Never point it at a blind set that is still to be measured.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from build_blind_set import read_file_sections

from leadguard.checks.job_title import ImplausibleJobTitle
from leadguard.evaluation.titles_messages import (
    JUNK_TITLE_GROUPS,
    evaluate,
    read_rows,
    writer_of,
    writer_split,
)
from leadguard.evaluation.titles_messages import split_of as split_of_file
from leadguard.policy import load_policy
from leadguard.titles import TitleJudge, read_title_list

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus" / "writers.jsonl"
TITLE_CATEGORIES = ("joke_title", "junk_title")
# The raw title files of a folder: spam ones are scored for recall, real ones for false positives.
TITLE_FILES = {"titles_joke.txt": "spam", "titles_junk.txt": "spam",
               "titles_exec.txt": "legit", "titles_staff.txt": "legit"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "both"), default="dev")
    parser.add_argument("--show", type=int, default=0,
                        help="list up to N misses and false positives per dev category")
    parser.add_argument("--vocabulary", action="store_true",
                        help="also judge the bundled vocabulary with exact look-up off")
    parser.add_argument("--no-sets", action="store_true", help="skip data/titles")
    parser.add_argument("--folders", nargs="+", type=Path, metavar="DIR",
                        help="score the raw title files of these folders instead")
    args = parser.parse_args()
    check = ImplausibleJobTitle.from_policy(load_policy())
    if args.folders:
        measure_folders(check, args.folders, show=args.show)
        return
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    measure(check, splits, show=args.show, sets=not args.no_sets)
    if args.vocabulary:
        vocabulary(check.judge)


def measure(check: ImplausibleJobTitle, splits: tuple[str, ...], *, show: int = 0,
            sets: bool = True) -> None:
    """Print the corpus figures of `check` for `splits`, the legit title set, data/titles."""
    judge = check.judge

    def why(title: str) -> str | None:
        verdict = judge(title)
        if verdict is not None:
            return f"{verdict.why} ({verdict.evidence})"
        return None if check.why(title) is None else "a keyboard mash (gibberish detector)"

    totals: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    writers: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    shown: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    legit: set[str] = set()
    distinct: set[str] = set()
    started = time.perf_counter()
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            lead = json.loads(line)
            title = lead.get("job_title")
            if lead["label"] == "legit" and title:
                legit.add(title)  # every writer's: the real titles come from data/blind
            split = writer_split(lead["source"])
            if split not in splits:
                continue
            category, label = lead["category"], lead["label"]
            fired = why(title) if title else None
            distinct.add(title or "")
            cell = totals[(split, label, category)]
            cell[0] += 1
            cell[1] += fired is not None
            if category in TITLE_CATEGORIES:
                tally = writers[(writer_of(lead["source"]), category)]
                tally[0] += 1
                tally[1] += fired is not None
            wrong = (fired is not None) != (label == "spam")
            if split == "dev" and wrong and (category in TITLE_CATEGORIES or label == "legit"):
                shown[category][(title or "", fired or "")] += 1
    elapsed = time.perf_counter() - started
    for split in splits:
        print(f"== writers.jsonl, {split} split: leads the check fires on")
        for (name, label, category), (n, flagged) in sorted(totals.items()):
            if name == split and (label == "legit" or category in TITLE_CATEGORIES):
                kind = "recall" if label == "spam" else "FP"
                print(f"{category:<16}{kind:<8}{n:>7}{flagged:>7}{flagged / n:>9.2%}")
        for (writer, category), (n, flagged) in sorted(writers.items()):
            if writer_split(writer) == split:
                print(f"  {writer:<14}{category:<12}{n:>5}{flagged:>5}{flagged / n:>9.2%}")
    print(f"({len(distinct)} distinct titles, {elapsed:.1f} s)")
    if show:
        for category, mistakes in sorted(shown.items()):
            kind = "missed" if category in TITLE_CATEGORIES else "wrongly flagged"
            for (title, reason), count in mistakes.most_common(show):
                print(f"  dev {category} {kind} x{count}: {title!r} {reason}")
    wrongly = sorted((title, found) for title in legit if (found := why(title)) is not None)
    print(f"== distinct legit titles of every writer: {len(wrongly)} of {len(legit)} flagged")
    for title, reason in wrongly:
        print(f"  {title!r} {reason}")
    if sets:
        def judged(title: str) -> str | None:
            verdict = judge(title)
            return None if verdict is None else f"{verdict.why} ({verdict.evidence})"

        for split, rows in title_sets().items():
            report = evaluate(f"job titles, {split} set", rows, "title", judged,
                              JUNK_TITLE_GROUPS)
            print(report.render(show=show))


def folder_titles(folder: Path, name: str) -> list[str]:
    """The titles of FOLDER/NAME (a blind set's or a writer's title file), every section."""
    return [title.strip() for lines in read_file_sections(folder, name).values()
            for title in lines]


def measure_folders(check: ImplausibleJobTitle, folders: list[Path], *, show: int = 0) -> None:
    """Print, per folder and title file, how many titles the check fires on, and in total."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    wrong: list[str] = []
    for folder in folders:
        for name, label in TITLE_FILES.items():
            path = folder / name
            if not path.exists():
                continue
            titles = folder_titles(folder, name)
            why = {title: found for title in titles if (found := check.why(title)) is not None}
            fired = [title for title in titles if title in why]
            kind = "recall" if label == "spam" else "FP"
            print(f"{folder!s:<20}{name:<20}{kind:<8}{len(titles):>6}{len(fired):>6}"
                  f"{len(fired) / len(titles):>9.2%}")
            cell = totals[name]
            cell[0] += len(titles)
            cell[1] += len(fired)
            if label == "legit":
                wrong.extend(f"  {folder} {name} wrongly flagged: {title!r} {why[title]}"
                             for title in fired)
            elif show:
                missed = [title for title in titles if title not in why]
                wrong.extend(f"  {folder} {name} missed: {title!r}" for title in missed[:show])
    for name, (n, flagged) in totals.items():
        print(f"{'all':<20}{name:<20}{'':<8}{n:>6}{flagged:>6}{flagged / n:>9.2%}")
    print("\n".join(wrong))


def title_sets() -> dict[str, list[dict[str, str]]]:
    """The rows of data/titles by split, as scripts/evaluate_titles_messages.py reads them."""
    rows: dict[str, list[dict[str, str]]] = {}
    for path in sorted((ROOT / "data" / "titles").glob("*.csv")):
        rows.setdefault(split_of_file(path), []).extend(read_rows(path))
    return rows


def vocabulary(judge: TitleJudge) -> None:
    """The bundled real titles, judged as if none of them were known as a whole."""
    blind = judge.with_lexicon(replace(judge.lexicon, titles=frozenset()))
    root = ROOT / "src" / "leadguard" / "wordlists"
    titles = sorted(set(read_title_list((root / "job_titles.txt").read_text("utf-8"))))
    flagged = [(title, verdict) for title in titles
               if (verdict := blind(title)) is not None]
    by_kind = Counter(verdict.evidence for _, verdict in flagged)
    print(f"== vocabulary, exact look-up off: {len(flagged)} of {len(titles)} flagged")
    for evidence, count in by_kind.most_common():
        print(f"  {count:>6}  {evidence}")
    shown = ("everyday words", "joke noun without a function word")
    for title, verdict in flagged:
        if verdict.why == "a joke title" or verdict.evidence in shown:
            print(f"  {title!r} {verdict.evidence}")


if __name__ == "__main__":
    main()
