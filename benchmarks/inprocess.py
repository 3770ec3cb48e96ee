"""In-process latency of the full screening pipeline with a warm DNS cache, on one core.

Usage: .venv/bin/python benchmarks/inprocess.py [--leads 5000] [--passes 2] [--cpu 0]
                                                [--profile screener|client]

Builds the app with create_app() against a loopback DNS server serving the test zone, screens
every lead once to warm the DNS cache (and load the models), then times each lead, one after
another on one thread, pinned to one CPU:
  screener: app.extensions["leadguard.screener"].screen(lead), the pipeline alone;
  client:   POST /v1/screen through Flask's test client: JSON parsing and validation, the
            screener, queueing flagged leads in the review store (SQLite), metrics, the response.
Wall-clock latency counts the time other processes on the machine take the CPU from this one;
the CPU time of the screening thread, printed beside it, does not.
--profile runs that path under pyinstrument (pip install pyinstrument) and prints the profile.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from _cpu import CpuShare
from _harness import DnsServer, default_zone, percentile
from _leads import leads as make_leads

from leadguard.app import close_app, create_app
from leadguard.lead import parse_lead


def measure(label: str, bodies: list[dict[str, Any]], passes: int,
            one: Callable[[dict[str, Any]], str]) -> dict[str, float]:
    """Time `one` on every body, `passes` times; print and return the figures."""
    share = CpuShare([os.getpid()])
    latencies: list[float] = []
    cpu: list[float] = []
    verdicts: Counter[str] = Counter()
    started = time.perf_counter()
    for _ in range(passes):
        for body in bodies:
            t0, c0 = time.perf_counter(), time.thread_time()
            verdict = one(body)
            latencies.append(time.perf_counter() - t0)
            cpu.append(time.thread_time() - c0)
            verdicts[verdict] += 1
    wall = time.perf_counter() - started
    figures = {
        "median_ms": percentile(latencies, 50) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
        "mean_ms": statistics.fmean(latencies) * 1000,
        "max_ms": max(latencies) * 1000,
        "per_second": len(latencies) / wall,
        "cpu_median_ms": percentile(cpu, 50) * 1000,
        "cpu_p99_ms": percentile(cpu, 99) * 1000,
    }
    print(f"{label:9s} n={len(latencies)}  median {figures['median_ms']:.3f} ms  "
          f"p99 {figures['p99_ms']:.3f} ms  mean {figures['mean_ms']:.3f} ms  "
          f"max {figures['max_ms']:.1f} ms  {figures['per_second']:.0f} leads/s\n"
          f"{'':9s} CPU time of this thread: median {figures['cpu_median_ms']:.3f} ms  "
          f"p99 {figures['cpu_p99_ms']:.3f} ms  verdicts {dict(sorted(verdicts.items()))}\n"
          f"{'':9s} {share.report()}")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leads", type=int, default=5000, help="distinct leads (default 5000)")
    parser.add_argument("--passes", type=int, default=2, help="timed passes over them")
    parser.add_argument("--cpu", type=int, default=0, help="CPU to pin the process to")
    parser.add_argument("--profile", choices=("screener", "client"))
    args = parser.parse_args()

    os.sched_setaffinity(0, {args.cpu})
    bodies = make_leads(args.leads)
    zone = default_zone()
    # NXDOMAIN answers are reused for this long; the default 60 s could expire mid-run and put
    # a network round trip into a figure meant for a warm cache.
    zone.negative_ttl = 3600
    with DnsServer(zone) as dns, tempfile.TemporaryDirectory() as data:
        app = create_app({"DNS_NAMESERVERS": (dns.address,), "DNS_TIMEOUT": 1.5,
                          "DATA_DIR": data})
        try:
            screener = app.extensions["leadguard.screener"]
            client = app.test_client()
            leads = {id(body): parse_lead(body) for body in bodies}
            warm = screener.screen_many(list(leads.values()))
            statuses = Counter(result["email"]["mx"] for result in warm)
            print(f"python {sys.version.split()[0]}, pinned to CPU {args.cpu}, "
                  f"{len(bodies)} distinct leads, model {screener.versions['model']}, "
                  f"warm-up MX answers {dict(sorted(statuses.items()))}")

            def direct(body: dict[str, Any]) -> str:
                return str(screener.screen(leads[id(body)])["verdict"])

            def http(body: dict[str, Any]) -> str:
                response = client.post("/v1/screen", json=body)
                if response.status_code != 200:
                    raise RuntimeError(f"status {response.status_code}: {response.get_data()!r}")
                return str(response.get_json()["verdict"])

            one = {"screener": direct, "client": http}
            if args.profile:
                try:
                    from pyinstrument import Profiler
                except ImportError:
                    print("pyinstrument is missing: .venv/bin/pip install pyinstrument",
                          file=sys.stderr)
                    return 2
                profiler = Profiler(interval=0.0005)
                with profiler:
                    measure(args.profile, bodies, args.passes, one[args.profile])
                print(profiler.output_text(unicode=True, color=False, show_all=False))
                return 0
            measure("screener", bodies, args.passes, direct)
            measure("client", bodies, args.passes, http)
        finally:
            close_app(app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
