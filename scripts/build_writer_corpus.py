"""Build data/corpus/writers.jsonl: training leads from texts written by other hands.

    .venv/bin/python scripts/build_writer_corpus.py

The original corpus (build_corpus.py) was written by one group, and rules and a model built on
it carried over only partly to spam worded by someone else (docs/model.md). This file adds
training leads from two more kinds of source:

* the folders data/writers/w1..w10 (TRAINING_WRITERS): texts written for training by separate
  writers, each with a style of their own (data/writers/README.md), turned into leads by
  scripts/build_blind_set.py with ``--fallback data/blind`` for the files a writer did not
  write (job titles of real staff and executives, hand-written names);
* the spent first blind set, data/blind/blind.jsonl (TRAINING_BLIND; `--blind` adds others).

Every category is kept but `bot_name` and `keyboard_mash` (LEFT_OUT): their generators in
build_blind_set.py also made data/blind2/, which is kept for measuring, and training on them
would flatter that measurement. The legit categories that rest on names rather than on the
writers' texts (`international`, `unusual_name`) stay: every region's people then appear in
legit leads as often as in spam ones, as the builder draws them, and a model cannot learn a
region's names as a sign of spam.

The builder draws the senders of spam messages unlike other people (agency company names,
spam domains, a pool of sender titles, more Indian names), as such senders often are. A model
trained on that would learn the builder's habits, which data/blind2/ shares, and hold a region's
names against its people. So every message lead here (spam messages and genuine inquiries
alike) has its message moved into the contact fields of an ordinary lead of the same set
(TRANSPLANTED): the writers' leads teach the model what messages say, not who the builder made
send them. Joke and placeholder titles already come with ordinary people.

Deterministic: each writer folder is built with its own fixed seed; the script prints the count
of each source and category and the sha256 of the file it wrote.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from leadguard.wordlists import load_wordlists  # noqa: E402

FREE = load_wordlists().free
WRITERS = ROOT / "data" / "writers"
BLIND = ROOT / "data" / "blind"
OUT = ROOT / "data" / "corpus" / "writers.jsonl"
SEED = 20261200  # + the writer's number

# w11-w15 are held back: added to training they moved no development figure beyond its noise
# (data/writers/README.md), and they are the freshest texts to develop the next rules on.
# Built in folder-name order (w1, w10, w2, ...), as the file was first built.
TRAINING_WRITERS = tuple(sorted(f"w{number}" for number in range(1, 11)))
# The spent blind sets, in the order they were measured. Only the first is trained on: adding
# the second and third moved no figure of the fourth (data/writers/README.md), and the later
# ones are the development sets of the rules.
SPENT_BLIND = ("blind", "blind2", "blind3", "blind4")
TRAINING_BLIND = ("blind",)
LEFT_OUT = frozenset({"bot_name", "keyboard_mash"})
MESSAGE_CATEGORIES = frozenset({"seo_spam", "pitch_spam", "scam_spam", "price_spam", "link_farm",
                                "real_inquiry"})
ORDINARY = ("executive", "staff", "free_mail", "international", "unusual_name")
LEAD_KEYS = frozenset({"label", "category", "source", "mx", "message"})


def _host(url: object) -> str:
    text = str(url or "").lower()
    text = text.split("://", 1)[-1].split("/", 1)[0]
    return text.removeprefix("www.")


def _own_hosts(row: dict[str, object]) -> list[str]:
    """The sender's own domains: the email's, unless it is free mail, and the website's."""
    hosts = [_host(row.get("website"))]
    domain = str(row["email"]).rsplit("@", 1)[-1].lower()
    if domain not in FREE:
        hosts.append(domain)
    # longest first, ties by name: a set's order changes from run to run
    return sorted({host for host in hosts if host}, key=lambda host: (-len(host), host))


def transplanted(rows: list[dict[str, object]], seed: int) -> list[dict[str, object]]:
    """`rows` with each message lead's message put into an ordinary lead's contact fields.

    The donor writes from the same kind of mailbox (free or a company's), and links the
    message made to the sender's own site now go to the donor's, so that a genuine inquiry's
    link to its own site stays one."""
    rng = random.Random(seed)
    donors: dict[bool, list[dict[str, object]]] = {True: [], False: []}
    for row in rows:
        if row["category"] in ORDINARY:
            donors[bool(_own_hosts(row))].append(row)
    out = []
    for row in rows:
        if row["category"] in MESSAGE_CATEGORIES:
            own = _own_hosts(row)
            donor = rng.choice(donors[bool(own)])
            moved = {key: value for key, value in donor.items() if key not in LEAD_KEYS}
            moved.update({key: row[key] for key in LEAD_KEYS if key in row})
            target = _own_hosts(donor)
            if own and target:
                message = str(moved["message"])
                for host in own:
                    message = re.sub(re.escape(host), target[0], message, flags=re.IGNORECASE)
                moved["message"] = message
            moved["source"] = f"{row['source']}+transplanted"
            row = moved
        out.append(row)
    return out


def build_folder(folder: Path, seed: int) -> list[dict[str, object]]:
    """The leads build_blind_set.py makes from one writer's folder."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "leads.jsonl"
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "build_blind_set.py"), "--source",
             str(folder), "--fallback", str(BLIND), "--out", str(out), "--seed", str(seed)],
            check=True, stdout=subprocess.DEVNULL)
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    kept = [row for row in rows if row["category"] not in LEFT_OUT]
    for row in kept:
        row["source"] = f"writers/{folder.name}+{row['source']}"
    return transplanted(kept, seed)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-blind", action="store_true",
                        help="leave the spent blind sets out, to measure a model on them "
                             "(docs/model.md, 'Choosing the bands')")
    parser.add_argument("--blind", action="append", choices=SPENT_BLIND, metavar="SET",
                        help=f"train on these spent blind sets (default: "
                             f"{', '.join(TRAINING_BLIND)})")
    args = parser.parse_args(argv)
    rows: list[dict[str, object]] = []
    for name in TRAINING_WRITERS:
        folder = WRITERS / name
        rows.extend(build_folder(folder, SEED + int(folder.name[1:])))
    for number, name in enumerate(SPENT_BLIND, start=1):
        if args.no_blind or name not in (args.blind or TRAINING_BLIND):
            continue
        blind = []
        for line in (ROOT / "data" / name / "blind.jsonl").read_text("utf-8").splitlines():
            row = json.loads(line)
            if row["category"] not in LEFT_OUT:
                row["source"] = f"blind{number}+{row['source']}"
                blind.append(row)
        # the first set's seed is the one it was first built with
        rows.extend(transplanted(blind, SEED + 100 * (number - 1)))
    text = "".join(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n" for row in rows)
    args.out.write_text(text, encoding="utf-8")
    counts = Counter((str(row["source"]).split("+")[0], str(row["category"])) for row in rows)
    for (source, category), count in sorted(counts.items()):
        print(f"{source:12} {category:14} {count:5}")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    print(f"{len(rows)} leads -> {args.out}  sha256 {digest}")


if __name__ == "__main__":
    main()
