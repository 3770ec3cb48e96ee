"""Resident memory of one gunicorn worker with the model and word lists loaded, and what weighs.

Usage: .venv/bin/python benchmarks/memory.py [--screens 200 5000]

1. A real `leadguard serve` (2 workers) against the loopback DNS server; after each count of
   --screens varied leads (spread over both workers) it prints, per worker (a child of the
   gunicorn master), VmRSS and VmHWM from /proc/<pid>/status, and from smaps_rollup the
   proportional size (PSS: pages shared with the master and the other worker count in part)
   and the private part (what one more worker costs).
2. Step by step in a fresh interpreter: VmRSS after each import and load a worker does, so
   the biggest parts can be named.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _harness import REPO, DnsServer, default_zone, served
from _leads import leads

# Run in a fresh interpreter: one line per step, "<step>\t<VmRSS kB>".
STEPS = textwrap.dedent('''
    import sys, tempfile
    from pathlib import Path
    def rss(step):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                print(f"{step}\\t{line.split()[1]}", flush=True)
    rss("python interpreter")
    import flask, werkzeug, jinja2
    rss("import flask")
    import sqlalchemy, sqlalchemy.orm
    rss("import sqlalchemy")
    import alembic.command, alembic.config
    rss("import alembic")
    import dns.resolver, email_validator
    rss("import dnspython, email-validator")
    import numpy
    rss("import numpy")
    import scipy.sparse
    rss("import scipy.sparse")
    import sklearn.pipeline, sklearn.feature_extraction.text, sklearn.linear_model
    rss("import scikit-learn")
    import skops.io
    rss("import skops")
    import rapidfuzz, prometheus_client, gunicorn.workers.gthread
    rss("import rapidfuzz, prometheus-client, gunicorn")
    import leadguard.app, leadguard.api.screen, leadguard.web
    rss("import leadguard (all modules a worker imports)")
    from leadguard.config import load_config
    from leadguard.policy import load_policy
    from leadguard.wordlists import load_wordlists
    from leadguard.checks import default_checks
    config = load_config(overrides={"DATA_DIR": tempfile.mkdtemp(),
                                    "DNS_NAMESERVERS": (("127.0.0.1", 9),)})
    policy = load_policy(config["POLICY"])
    wordlists = load_wordlists(config.get("WORDLISTS_DIR"))
    rss("policy and word lists (disposable, free, role, typo targets)")
    checks = default_checks(policy, wordlists)
    rss("the checks built (job-title lexicon and model, message rules)")
    from leadguard.model.predictor import shared_model
    shared_model(config["MODEL_DIR"]).load()
    rss("spam classifier loaded (skops)")
    from leadguard.gibberish import bundled_detector
    bundled_detector()
    rss("gibberish n-gram model loaded")
    from leadguard.app import create_app
    app = create_app(config)
    rss("create_app() (store, metrics, blueprints; the loads above are shared)")
''')


def status(pid: int) -> dict[str, int]:
    """kB figures of a process: VmRSS, VmHWM from status; Pss, private from smaps_rollup."""
    figures: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
            figures[key] = int(value.split()[0])
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, _, value = line.partition(":")
        if key in ("Pss", "Private_Clean", "Private_Dirty"):
            figures[key] = int(value.split()[0])
    figures["Private"] = figures.pop("Private_Clean") + figures.pop("Private_Dirty")
    return figures


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return sorted(found)


def screen(base: str, body: dict[str, object]) -> None:
    request = urllib.request.Request(base + "/v1/screen", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=60).close()


def mb(kb: int) -> str:
    return f"{kb / 1024:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--screens", type=int, nargs="+", default=[200, 5000])
    args = parser.parse_args()
    bodies = leads(max(args.screens))
    print("| screens | process | VmRSS MB | VmHWM MB | PSS MB | private MB |")
    print("|---:|---|---:|---:|---:|---:|")
    with DnsServer(default_zone()) as dns, tempfile.TemporaryDirectory() as data, served(
            dns, LEADGUARD_DATA_DIR=data) as base:
        [master] = children(os.getpid())
        done = 0
        with ThreadPoolExecutor(8) as pool:
            for count in sorted(args.screens):
                list(pool.map(lambda body: screen(base, body), bodies[done:count]))
                done = count
                # read now, not at start-up: /healthz answers as soon as one worker is up
                workers = children(master)
                for name, pid in [("master", master)] + [
                        (f"worker {n}", pid) for n, pid in enumerate(workers, start=1)]:
                    f = status(pid)
                    print(f"| {count} | {name} (pid {pid}) | {mb(f['VmRSS'])} | "
                          f"{mb(f['VmHWM'])} | {mb(f['Pss'])} | {mb(f['Private'])} |")
    print()
    print("Step by step in one fresh interpreter (VmRSS after each step):")
    print()
    print("| step | VmRSS MB | added MB |")
    print("|---|---:|---:|")
    output = subprocess.run([sys.executable, "-c", STEPS], cwd=REPO, check=True,
                            capture_output=True, text=True).stdout
    previous = 0
    for line in output.splitlines():
        step, _, kb = line.partition("\t")
        print(f"| {step} | {mb(int(kb))} | {mb(int(kb) - previous)} |")
        previous = int(kb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
