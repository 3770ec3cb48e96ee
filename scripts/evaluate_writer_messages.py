"""Measure message.spam_content on the writers' leads: recall per spam category, false positives
per legit category, on the development or the test split, plus the data/messages inquiry sets.

    .venv/bin/python scripts/evaluate_writer_messages.py [--split dev|test] [--show N]
        [--by-writer] [--policy FILE] [--timing N] [--folders DIR [DIR ...]]

Splits of data/corpus/writers.jsonl (a row's writer is its `source` before the first "+"):
dev is writers w1..w5 and the spent first blind set ("blind1"), tuned on; test is writers
w6..w10, measured once or twice and never read: --show lists texts of the dev split only.
False positives are counted on every legit row of the chosen split, on the real inquiries of
data/messages and on the legit rows of data/corpus/train.jsonl and heldout.jsonl.

--folders scores the hand-written text files of the given folders instead (data/writers/w11,
data/blind3, ...; the format of data/blind/README.md): each template of the spam files is
filled RENDERS times by scripts/build_blind_set.py's Filler (seeded: the same files give the
same figures) and counts for recall per file, each of inquiries.txt and messages_short.txt for
false positives. --show lists the mistakes; never pass a folder that is still blind.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from build_blind_set import Filler, Person, Sender, read_file_sections

from leadguard.checks.message import SpamMessage
from leadguard.evaluation.titles_messages import WRITER_SPLITS, read_rows, writer_of, writer_split
from leadguard.messages import MessageScreen
from leadguard.policy import load_policy

ROOT = Path(__file__).resolve().parent.parent
WRITERS = ROOT / "data" / "corpus" / "writers.jsonl"
MESSAGE_SPAM = ("seo_spam", "pitch_spam", "scam_spam", "price_spam", "link_farm")
FOLDER_FILES = ("spam_seo", "spam_pitch", "spam_scam", "spam_price", "spam_link", "inquiries",
                "messages_short")
# Who fills the {first}, {name}, {company} ... slots of the folders' templates: names change
# nothing in message scoring, so a few fixed people do.
PEOPLE = (("Anna", "Berg", True), ("Tom", "Keller", False), ("Maria", "Silva", True),
          ("Ivan", "Petrov", False), ("Li", "Wei", False), ("Sara", "Haddad", True))


@dataclass
class Tally:
    total: int = 0
    flagged: int = 0
    texts: list[tuple[str, str]] = field(default_factory=list)  # (message, why) of mistakes

    def add(self, message: str, why: str | None, *, positive: bool) -> None:
        self.total += 1
        self.flagged += why is not None
        if (why is not None) != positive:
            self.texts.append((message, why or ""))

    def line(self, name: str, positive: bool) -> str:
        rate = self.flagged / self.total if self.total else 0.0
        kind = "recall" if positive else "FP"
        return f"  {name:<34}{kind:<7}{self.total:>6}{self.flagged:>8}{rate:>9.2%}"


def writer_rows(split: str) -> list[dict[str, object]]:
    rows = []
    with WRITERS.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if writer_split(str(row["source"])) == split:
                rows.append(row)
    return rows


def corpus_legit(name: str) -> list[str]:
    path = ROOT / "data" / "corpus" / name
    messages = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("label") == "legit" and str(row.get("message") or "").strip():
                messages.append(str(row["message"]))
    return messages


def judge(screen: MessageScreen, message: str) -> str | None:
    finding = screen(message)
    return None if finding is None else f"{finding.score:.2f}: {finding.evidence}"


def report(split: str, screen: MessageScreen, *, show: int, by_writer: bool) -> None:
    rows = writer_rows(split)
    tallies: dict[tuple[str, str, str], Tally] = {}
    for row in rows:
        message = str(row.get("message") or "")
        if not message.strip():
            continue
        positive = row["label"] == "spam"
        writer = writer_of(str(row["source"])) if by_writer else ""
        key = (str(row["label"]), str(row["category"]), writer)
        tallies.setdefault(key, Tally()).add(message, judge(screen, message), positive=positive)
    print(f"== writers.jsonl, {split} split ({', '.join(sorted(WRITER_SPLITS[split]))})")
    print(f"  {'category':<34}{'kind':<7}{'n':>6}{'flagged':>8}{'rate':>9}")
    for label in ("spam", "legit"):
        keys = sorted(key for key in tallies if key[0] == label)
        for key in keys:
            name = key[1] + (f" {key[2]}" if key[2] else "")
            print(tallies[key].line(name, label == "spam"))
        merged = Tally()
        for key in keys:
            if label == "legit" or key[1] in MESSAGE_SPAM:
                merged.total += tallies[key].total
                merged.flagged += tallies[key].flagged
        what = "all legit" if label == "legit" else "all message spam"
        print(merged.line(what, label == "spam"))
    if show and split == "dev":
        for (label, category, writer), tally in sorted(tallies.items()):
            kind = "missed" if label == "spam" else "wrongly flagged"
            seen: Counter[str] = Counter(text for text, _ in tally.texts)
            for text, why in list(dict(tally.texts).items())[:show]:
                print(f"  {category} {writer} {kind} x{seen[text]}: {text!r} {why}")


def legit_sets(screen: MessageScreen, *, show: int) -> None:
    print("== other legit message sets")
    sets: dict[str, list[str]] = {}
    for path in sorted((ROOT / "data" / "messages").glob("*real_inquiries*.csv")):
        sets[path.name] = [row["message"] for row in read_rows(path)]
    for name in ("train.jsonl", "heldout.jsonl"):
        sets[f"corpus {name} legit"] = corpus_legit(name)
    for name, messages in sets.items():
        tally = Tally()
        for message in messages:
            tally.add(message, judge(screen, message), positive=False)
        print(tally.line(name, False))
        for text, why in tally.texts[:show]:
            print(f"    wrongly flagged: {text!r} {why}")


def folder_messages(folder: Path, renders: int) -> dict[str, list[str]]:
    """Each file kind of FOLDER ("spam_seo", "inquiries", ...) with its filled messages."""
    files = {name: read_file_sections(folder, f"{name}.txt") for name in FOLDER_FILES
             if (folder / f"{name}.txt").exists()}
    rng = random.Random(folder.name)  # a str seed: the same figures on every run
    messages: dict[str, list[str]] = {}
    for name, sections in files.items():
        for lang, templates in sorted(sections.items()):
            for template in templates:
                for _ in range(renders if name.startswith("spam_") else 1):
                    messages.setdefault(name, []).append(_fill(rng, lang, template))
    return messages


def _fill(rng: random.Random, lang: str, template: str) -> str:
    def person() -> Person:
        given, family, female = rng.choice(PEOPLE)
        return Person(given, family, given, family, "US", lang, female, "evaluation")

    sender = person()
    domain = f"{sender.family.lower()}-{rng.choice(['works', 'group', 'studio'])}.com"
    filler = Filler(rng, Sender(sender, f"{sender.family} Group", domain,
                                f"{sender.given.lower()}@{domain}", own_links=True),
                    lang, person)
    return filler.fill(template)


def folders_report(folders: list[Path], screen: MessageScreen, *, show: int,
                   renders: int) -> None:
    """Recall per spam file and false positives per legit file, for each folder and merged."""
    merged: dict[str, Tally] = {}
    print(f"== folders ({renders} fillings of each spam template)")
    print(f"  {'folder / file':<34}{'kind':<7}{'n':>6}{'flagged':>8}{'rate':>9}")
    for folder in folders:
        for name, messages in folder_messages(folder, renders).items():
            tally = Tally()
            positive = name.startswith("spam_")
            for message in messages:
                tally.add(message, judge(screen, message), positive=positive)
            print(tally.line(f"{folder.name}/{name}", positive))
            total = merged.setdefault(name, Tally())
            total.total += tally.total
            total.flagged += tally.flagged
            for text, why in tally.texts[:show]:
                kind = "missed" if positive else "wrongly flagged"
                print(f"    {kind}: {text!r} {why}")
    print("  -- all folders")
    for name in sorted(merged, key=lambda name: (not name.startswith("spam_"), name)):
        print(merged[name].line(name, name.startswith("spam_")))
    spam = [tally for name, tally in merged.items() if name.startswith("spam_")]
    print(Tally(sum(t.total for t in spam), sum(t.flagged for t in spam)).line(
        "all message spam", True))


def timing(screen: MessageScreen, messages: Iterable[str], rounds: int) -> None:
    distinct = sorted(set(messages))
    per_round = []
    for _ in range(rounds):
        started = time.perf_counter()
        for message in distinct:
            screen.score(message)
        per_round.append((time.perf_counter() - started) / len(distinct))
    print(f"== cost: {statistics.median(per_round) * 1e6:.1f} µs per message (median of "
          f"{rounds} rounds over {len(distinct)} distinct messages)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(WRITER_SPLITS), default="dev")
    parser.add_argument("--policy", type=Path, default=None)
    parser.add_argument("--show", type=int, default=0,
                        help="list up to N mistakes per category (dev split only)")
    parser.add_argument("--by-writer", action="store_true")
    parser.add_argument("--timing", type=int, default=0, metavar="ROUNDS",
                        help="time the scoring over the split's distinct messages")
    parser.add_argument("--folders", type=Path, nargs="+", default=None, metavar="DIR",
                        help="score the text files of these folders instead of writers.jsonl")
    parser.add_argument("--renders", type=int, default=3,
                        help="fillings of each spam template with --folders")
    args = parser.parse_args()
    screen = SpamMessage.from_policy(load_policy(args.policy)).screen
    if args.folders:
        folders_report(args.folders, screen, show=args.show, renders=args.renders)
    else:
        report(args.split, screen, show=args.show, by_writer=args.by_writer)
    legit_sets(screen, show=args.show)
    if args.timing:
        messages = [str(row.get("message") or "") for row in writer_rows("dev")]
        timing(screen, (m for m in messages if m.strip()), args.timing)
        plain = MessageScreen(screen.rules, spam_score_at=screen.spam_score_at)
        print("   without the random-strings part:", end="")
        timing(plain, (m for m in messages if m.strip()), args.timing)


if __name__ == "__main__":
    main()
