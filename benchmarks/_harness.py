"""Shared parts of the benchmarks: a loopback DNS server and a really started `leadguard serve`."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.dnsserver import DnsServer, Zone, default_zone  # noqa: E402

__all__ = ["DnsServer", "Zone", "default_zone", "free_port", "percentile", "served"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


@contextlib.contextmanager
def served(dns: DnsServer, *, workers: int = 2, **env: str) -> Iterator[str]:
    """`leadguard serve` on a free loopback port using `dns`; yields its base URL."""
    port = free_port()
    environ = dict(os.environ, LEADGUARD_PORT=str(port), WEB_CONCURRENCY=str(workers),
                   LEADGUARD_DNS_NAMESERVERS=f"{dns.address[0]}:{dns.address[1]}", **env)
    leadguard = Path(sys.executable).with_name("leadguard")
    process = subprocess.Popen([str(leadguard), "serve"], env=environ,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("leadguard serve did not start") from None
                time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
