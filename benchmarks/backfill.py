"""Leads per second of `leadguard screen-file` on a 100,000-row CRM export.

Usage: .venv/bin/python benchmarks/backfill.py [--rows 100000] [--format csv|jsonl]
                                               [--batch 500] [--keep DIR]

Writes the export with benchmarks/make_leads_file.py (domains of the test zone plus unknown
ones, one row in 1000 without an email), starts the loopback DNS server in a process of its
own (benchmarks/dns_server.py), and runs the screen-file command on it exactly as
`leadguard screen-file leads.csv -o results.jsonl` does, progress line included. The DNS cache
starts cold. Prints the command's summary table; the rate is its "rows/s".
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _cpu import CpuShare
from _harness import REPO

from leadguard.backfill import add_command


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        source = work / f"leads.{args.format}"
        output = work / "results.jsonl"
        output.unlink(missing_ok=True)
        subprocess.run([sys.executable, str(REPO / "benchmarks" / "make_leads_file.py"),
                        "-o", str(source), "--rows", str(args.rows)], check=True)
        dns = subprocess.Popen([sys.executable, str(REPO / "benchmarks" / "dns_server.py")],
                               stdout=subprocess.PIPE, text=True)
        try:
            assert dns.stdout is not None
            os.environ["LEADGUARD_DNS_NAMESERVERS"] = dns.stdout.readline().strip()
            os.environ["LEADGUARD_DATA_DIR"] = str(work / "data")
            command = argparse.ArgumentParser(prog="leadguard")
            add_command(command.add_subparsers(dest="command", required=True))
            screen_file = command.parse_args(
                ["screen-file", str(source), "-o", str(output), "--batch", str(args.batch)])
            share = CpuShare([os.getpid(), dns.pid])
            started = time.perf_counter()
            code: int = screen_file.func(screen_file)
            print(f"\n{args.rows:,} rows ({args.format}) in {time.perf_counter() - started:.1f} s "
                  f"wall, app start-up included; exit code {code}")
            print(share.report() + " (measured: screen-file and the DNS server)")
        finally:
            dns.terminate()
            dns.wait(timeout=10)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
