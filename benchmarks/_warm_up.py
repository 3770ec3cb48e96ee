"""Wait for a served leadguard to be ready, then screen leads in parallel so that every worker
has loaded its models and word lists before a measurement starts.

Usage: .venv/bin/python benchmarks/_warm_up.py BASE_URL LEADS.jsonl [--requests 64]
"""

from __future__ import annotations

import argparse
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def wait_ready(base: str, *, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(base + "/readyz", timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise SystemExit(f"{base} did not become ready within {seconds:.0f} s") from None
            time.sleep(0.1)


def screen(base: str, body: bytes) -> None:
    request = urllib.request.Request(base + "/v1/screen", data=body,
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=120).close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base")
    parser.add_argument("leads", type=Path)
    parser.add_argument("--requests", type=int, default=64,
                        help="screens sent, from the end of the file (wrk starts at its top)")
    args = parser.parse_args()
    wait_ready(args.base)
    bodies = [line for line in args.leads.read_bytes().splitlines() if line.strip()]
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(lambda body: screen(args.base, body), bodies[-args.requests:]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
