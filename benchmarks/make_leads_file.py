"""Write a file of real-looking leads: a CRM-style CSV export or JSONL in the request shape.

Usage: .venv/bin/python benchmarks/make_leads_file.py -o leads.csv [--rows 100000]
           [--format csv|jsonl] [--bad-every 1000] [--seed 7]

Domains come from the test DNS zone plus unknown ones (NXDOMAIN); see benchmarks/_leads.py.
The CSV uses the headers a CRM export has ("Record ID", "First Name", "Email Address",
"Company Name", "Job Title", "Comments", ...), so `leadguard screen-file` maps them itself.
--bad-every N makes every Nth row one the screener must refuse (no email; for JSONL also a line
that is not JSON and a field of the wrong type); 0 makes none.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any

from _leads import leads

CSV_COLUMNS = (("Record ID", "lead_id"), ("First Name", "first_name"),
               ("Last Name", "last_name"), ("Email Address", "email"),
               ("Company Name", "company"), ("Job Title", "job_title"), ("Phone", "phone"),
               ("Website", "website"), ("Country/Region", "country"), ("Comments", "message"),
               ("Lead Source", None))


def rows(count: int, *, seed: int, bad_every: int) -> list[dict[str, Any]]:
    made = leads(count, seed=seed)
    for n, body in enumerate(made, start=1):
        if bad_every and n % bad_every == 0:
            body.pop("email")
    return made


def write_csv(path: Path, bodies: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([header for header, _ in CSV_COLUMNS])
        for body in bodies:
            writer.writerow([body.get(field, "") if field else "Website form"
                             for _, field in CSV_COLUMNS])


def write_jsonl(path: Path, bodies: list[dict[str, Any]], *, bad_every: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for n, body in enumerate(bodies, start=1):
            if bad_every and n % bad_every == bad_every // 3:
                out.write('{"email": "broken line\n')
            elif bad_every and n % bad_every == 2 * bad_every // 3:
                out.write(json.dumps({**body, "elapsed_ms": "soon"}) + "\n")
            else:
                out.write(json.dumps(body, ensure_ascii=False) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--format", choices=("csv", "jsonl"),
                        help="default: from the output's extension")
    parser.add_argument("--bad-every", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    kind = args.format or ("jsonl" if args.output.suffix in (".jsonl", ".ndjson") else "csv")
    bodies = rows(args.rows, seed=args.seed, bad_every=args.bad_every)
    if kind == "csv":
        write_csv(args.output, bodies)
    else:
        write_jsonl(args.output, bodies, bad_every=args.bad_every)
    print(f"wrote {len(bodies)} leads to {args.output} ({kind})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
