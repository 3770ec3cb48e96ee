"""The test suite's loopback DNS server as a process of its own, for shell-driven benchmarks.

Usage: .venv/bin/python benchmarks/dns_server.py
Serves tests/dnsserver.default_zone() on 127.0.0.1 (UDP and TCP, a free port), prints
`127.0.0.1:PORT` as its first line of output (the value for LEADGUARD_DNS_NAMESERVERS) and
answers until it gets SIGTERM or SIGINT. Negative answers are cacheable for an hour, so a
warmed-up run sends no queries.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from _harness import DnsServer, default_zone


def main() -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    zone = default_zone()
    zone.negative_ttl = 3600
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    with DnsServer(zone) as dns:
        print(f"{dns.address[0]}:{dns.address[1]}", flush=True)
        stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
