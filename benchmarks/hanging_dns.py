"""A DNS server that never answers: single screens must come back within the DNS timeout.

Usage: .venv/bin/python benchmarks/hanging_dns.py [--requests 40] [--timeout 1.5]
Prints the latency of each HTTP screen of jane@hang-corp.com against a real `leadguard serve`
and the worst overshoot past LEADGUARD_DNS_TIMEOUT.
"""

from __future__ import annotations

import argparse
import json
import time
import urllib.request

from _harness import DnsServer, default_zone, percentile, served


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--timeout", type=float, default=1.5)
    args = parser.parse_args()
    with DnsServer(default_zone()) as dns, served(
            dns, LEADGUARD_DNS_TIMEOUT=str(args.timeout)) as base:
        latencies = []
        statuses = set()
        points = set()
        for n in range(args.requests):
            # a fresh domain each time, so no answer (not even a cached timeout) is reused
            domain = f"x{n}.hang-corp.com"
            dns.zone.hang(domain)
            body = json.dumps({"email": f"jane@{domain}"}).encode()
            request = urllib.request.Request(base + "/v1/screen", data=body,
                                             headers={"Content-Type": "application/json"})
            started = time.perf_counter()
            with urllib.request.urlopen(request, timeout=30) as response:
                result = json.load(response)
            latencies.append(time.perf_counter() - started)
            statuses.add(result["email"]["mx"])
            points.add(result["score_adjustment"])
    overshoot = [(value - args.timeout) * 1000 for value in latencies]
    print(f"requests: {len(latencies)}  LEADGUARD_DNS_TIMEOUT: {args.timeout} s")
    print(f"mx statuses: {sorted(statuses)}  score_adjustment values: {sorted(points)}")
    print(f"latency s: median {percentile(latencies, 50):.3f}  p99 {percentile(latencies, 99):.3f}"
          f"  max {max(latencies):.3f}")
    print(f"overshoot past the timeout, ms: median {percentile(overshoot, 50):.1f}"
          f"  max {max(overshoot):.1f}")


if __name__ == "__main__":
    main()
