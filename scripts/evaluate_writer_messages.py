"""Measure message.spam_content on the writers' leads: recall per spam category, false positives
per legit category, on the development or the test split, plus the data/messages inquiry sets.

    .venv/bin/python scripts/evaluate_writer_messages.py [--split dev|test] [--show N]
        [--by-writer] [--policy FILE] [--timing N]

Splits of data/corpus/writers.jsonl (a row's writer is its `source` before the first "+"):
dev is writers w1..w5 and the spent first blind set ("blind1"), tuned on; test is writers
w6..w10, measured once or twice and never read: --show lists texts of the dev split only.
False positives are counted on every legit row of the chosen split, on the real inquiries of
data/messages and on the legit rows of data/corpus/train.jsonl and heldout.jsonl.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from leadguard.checks.message import SpamMessage
from leadguard.evaluation.titles_messages import WRITER_SPLITS, read_rows, writer_of, writer_split
from leadguard.messages import MessageScreen
from leadguard.policy import load_policy

ROOT = Path(__file__).resolve().parent.parent
WRITERS = ROOT / "data" / "corpus" / "writers.jsonl"
MESSAGE_SPAM = ("seo_spam", "pitch_spam", "scam_spam", "price_spam", "link_farm")


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
    args = parser.parse_args()
    screen = SpamMessage.from_policy(load_policy(args.policy)).screen
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
