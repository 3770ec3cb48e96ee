"""Cold DNS: 1000 leads on 1000 different domains, every DNS answer 50 ms late.

Usage: .venv/bin/python benchmarks/cold_dns.py [--leads 1000] [--delay 0.05] [--rounds 3]
                                               [--dns-timeout 5] [--server asyncio|tests]

One loopback DNS server answers MX queries for --leads fresh domains per round, each after
--delay seconds: by default benchmarks/_delayed_dns.py (one asyncio loop in a process of its
own), or with --server tests the test suite's tests/dnsserver.py, whose thread per query caps
it near 500 answers a second here, so that it, not leadguard, sets the batch time. In the same
run:
  leadguard:       POST /v1/screen/batch with all the leads, against a real `leadguard serve`
                   (2 gunicorn workers) using that server; --rounds batches, each on domains
                   never asked before, so no answer is cached;
  email-validator: validate_email(check_deliverability=True) on the first round's addresses,
                   one after another, with a dnspython Resolver pointed at the same server
                   (no cache; every domain is new anyway).
Prints both times, their ratio, and the MX answers each got, so a timeout cannot pass for
speed. LEADGUARD_DNS_TIMEOUT is --dns-timeout (default 5 s) for this benchmark: the whole batch
shares one DNS budget, and 1.5 s (the default) is meant for one form submission.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import statistics
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from types import SimpleNamespace

import dns.nameserver
import dns.resolver
from _cpu import CpuShare
from _delayed_dns import delayed_dns
from _harness import DnsServer, Zone, served
from _leads import lead
from _warm_up import screen as warm_screen
from email_validator import EmailNotValidError, validate_email

WORDS = ("north", "wind", "blue", "river", "stone", "oak", "summit", "harbor", "pixel", "cedar",
         "lumen", "atlas", "vertex", "maple", "falcon", "orbit", "prairie", "quartz", "delta",
         "ember")
WARM_UP_DOMAIN = "warm-up.com"


def domains(count: int, round_number: int) -> list[str]:
    rng = random.Random(round_number)
    return [f"{rng.choice(WORDS)}-{rng.choice(WORDS)}-{round_number}{n:04d}.com"
            for n in range(count)]


@contextlib.contextmanager
def dns_server(kind: str, names: list[str], delay: float) -> Iterator[tuple[str, int]]:
    """A loopback server answering MX for `names` (and the warm-up domain) after `delay`."""
    if kind == "asyncio":
        with delayed_dns([WARM_UP_DOMAIN, *names], delay=delay) as address:
            yield address
        return
    zone = Zone()
    for name in [WARM_UP_DOMAIN, *names]:
        zone.mx(name, f"mx1.{name}", f"mx2.{name}")
        zone.delay(name, delay)
    with DnsServer(zone) as server:
        yield server.address


def batch_body(names: list[str], seed: int) -> bytes:
    """A batch request: one real-looking lead per domain."""
    rng = random.Random(seed)
    leads = []
    for n, name in enumerate(names):
        body = lead(rng, n, unknown_share=0.0)
        body["email"] = f"{body['email'].partition('@')[0]}@{name}"
        leads.append(body)
    return json.dumps({"leads": leads}).encode()


def leadguard_batch(base: str, body: bytes) -> tuple[float, Counter[str]]:
    request = urllib.request.Request(base + "/v1/screen/batch", data=body,
                                     headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=300) as response:
        results = json.load(response)["results"]
    seconds = time.perf_counter() - started
    return seconds, Counter(result["email"]["mx"] for result in results)


def email_validator_sequential(address: tuple[str, int], emails: list[str],
                               timeout: float) -> tuple[float, Counter[str]]:
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = [dns.nameserver.Do53Nameserver(*address)]
    resolver.lifetime = timeout
    outcomes: Counter[str] = Counter()
    started = time.perf_counter()
    for email in emails:
        try:
            info = validate_email(email, check_deliverability=True, dns_resolver=resolver)
        except EmailNotValidError:
            outcomes["undeliverable"] += 1
            continue
        found = getattr(info, "mx", None)
        outcomes["found" if found else str(getattr(info, "unknown_deliverability", "?"))] += 1
    return time.perf_counter() - started, outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leads", type=int, default=1000)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dns-timeout", type=float, default=5.0)
    parser.add_argument("--server", choices=("asyncio", "tests"), default="asyncio")
    args = parser.parse_args()
    rounds = [domains(args.leads, r + 1) for r in range(args.rounds)]
    with dns_server(args.server, [name for names in rounds for name in names],
                    args.delay) as address, tempfile.TemporaryDirectory() as data, served(
            SimpleNamespace(address=address),  # type: ignore[arg-type]  # only .address is read
            LEADGUARD_DNS_TIMEOUT=str(args.dns_timeout), LEADGUARD_DATA_DIR=data) as base:
        for n in range(16):  # every worker loads its models before the clock starts
            warm_screen(base, json.dumps({"email": f"w{n}@{WARM_UP_DOMAIN}"}).encode())
        leadguard: list[float] = []
        share = CpuShare([os.getpid()])
        for number, names in enumerate(rounds, start=1):
            seconds, statuses = leadguard_batch(base, batch_body(names, number))
            leadguard.append(seconds)
            print(f"leadguard batch, round {number}: {seconds:.3f} s  mx {dict(statuses)}")
        emails = [item["email"] for item in json.loads(batch_body(rounds[0], 1))["leads"]]
        conditions = share.report()
        sequential, outcomes = email_validator_sequential(address, emails, args.dns_timeout)
    median = statistics.median(leadguard)
    print(f"email-validator, one by one: {sequential:.2f} s  outcomes {dict(outcomes)}")
    print(f"{args.leads} leads on {args.leads} domains, each DNS answer {args.delay * 1000:.0f} "
          f"ms late ({args.server} server), LEADGUARD_DNS_TIMEOUT {args.dns_timeout} s, "
          "leadguard serve with 2 workers")
    print(f"leadguard batch median {median:.3f} s; email-validator {sequential:.2f} s; "
          f"ratio {sequential / median:.1f}x")
    print(f"during the leadguard batches: {conditions} (measured: this script, the server, "
          "the DNS server)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
