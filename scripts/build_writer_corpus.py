"""Build data/corpus/writers.jsonl: training leads from texts written by other hands.

    .venv/bin/python scripts/build_writer_corpus.py

The original corpus (build_corpus.py) was written by one group, and rules and a model built on
it carried over only partly to spam worded by someone else (docs/model.md). This file adds
training leads from two more kinds of source:

* every folder data/writers/w*/: texts written for training by separate writers, each with a
  style of their own (data/writers/README.md), turned into leads by
  scripts/build_blind_set.py with ``--fallback data/blind`` for the files a writer did not
  write (job titles of real staff and executives, hand-written names);
* the spent first blind set, data/blind/blind.jsonl.

Every category is kept but `bot_name` and `keyboard_mash` (LEFT_OUT): their generators in
build_blind_set.py also made data/blind2/, which is kept for measuring, and training on them
would flatter that measurement. The legit categories that rest on names rather than on the
writers' texts (`international`, `unusual_name`) stay: every region's people then appear in
legit leads as often as in spam ones, as the builder draws them, and a model cannot learn a
region's names as a sign of spam.

Deterministic: each writer folder is built with its own fixed seed; the script prints the count
of each source and category and the sha256 of the file it wrote.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WRITERS = ROOT / "data" / "writers"
BLIND = ROOT / "data" / "blind"
OUT = ROOT / "data" / "corpus" / "writers.jsonl"
SEED = 20261200  # + the writer's number

LEFT_OUT = frozenset({"bot_name", "keyboard_mash"})


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
    return kept


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows: list[dict[str, object]] = []
    for folder in sorted(WRITERS.glob("w*")):
        if folder.is_dir():
            rows.extend(build_folder(folder, SEED + int(folder.name[1:])))
    for line in (BLIND / "blind.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["category"] not in LEFT_OUT:
            row["source"] = f"blind1+{row['source']}"
            rows.append(row)
    text = "".join(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n" for row in rows)
    args.out.write_text(text, encoding="utf-8")
    counts = Counter((str(row["source"]).split("+")[0], str(row["category"])) for row in rows)
    for (source, category), count in sorted(counts.items()):
        print(f"{source:12} {category:14} {count:5}")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    print(f"{len(rows)} leads -> {args.out}  sha256 {digest}")


if __name__ == "__main__":
    main()
