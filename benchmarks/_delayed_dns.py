"""A loopback DNS server that answers MX queries for given names, each after a fixed delay.

tests/dnsserver.py starts a thread per query and scans its zone for every answer: on this
2-core machine it answers about 500 queries a second, so a benchmark of 1000 concurrent look-ups
would measure it rather than its client. This one is a single asyncio loop in a process of its
own: it parses each query, schedules the answer `delay` seconds later and goes on with the next,
so a thousand delayed answers are in flight at once. Known names get two MX records; others get
NXDOMAIN. UDP only (the answers are small).

    with delayed_dns(names, delay=0.05) as (host, port): ...
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset

_SOA = "ns1.test. hostmaster.test. 1 3600 600 86400 60"


class _Responder(asyncio.DatagramProtocol):
    def __init__(self, names: frozenset[str], delay: float) -> None:
        self.names = names
        self.delay = delay
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # a datagram endpoint's

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            query = dns.message.from_wire(data)
        except dns.exception.DNSException:
            return
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        question = query.question[0]
        name = question.name.to_text(omit_final_dot=True).lower()
        if name in self.names:
            if question.rdtype == dns.rdatatype.MX:
                response.answer.append(dns.rrset.from_text_list(
                    question.name, 300, dns.rdataclass.IN, dns.rdatatype.MX,
                    [f"10 mx1.{name}.", f"20 mx2.{name}."]))
            else:
                response.authority.append(_soa(name))
        else:
            response.set_rcode(dns.rcode.NXDOMAIN)
            response.authority.append(_soa(name.rpartition(".")[2] or "."))
        wire = response.to_wire()
        loop = asyncio.get_running_loop()
        assert self.transport is not None
        loop.call_later(self.delay, self.transport.sendto, wire, addr)


def _soa(owner: str) -> dns.rrset.RRset:
    return dns.rrset.from_text_list(dns.name.from_text(owner), 3600, dns.rdataclass.IN,
                                    dns.rdatatype.SOA, [_SOA])


async def _serve(names: frozenset[str], delay: float) -> None:
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(
        lambda: _Responder(names, delay), local_addr=("127.0.0.1", 0))
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    host, port = transport.get_extra_info("sockname")[:2]
    print(f"{host}:{port}", flush=True)
    await stop.wait()
    transport.close()


@contextlib.contextmanager
def delayed_dns(names: Iterable[str], *, delay: float) -> Iterator[tuple[str, int]]:
    """Run the server in a child process for the names given; yields its (host, port)."""
    process = subprocess.Popen([sys.executable, str(Path(__file__)), str(delay)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write("".join(f"{name}\n" for name in names))
        process.stdin.close()
        host, _, port = process.stdout.readline().strip().rpartition(":")
        if not port:
            raise RuntimeError("the delayed DNS server did not start")
        yield host, int(port)
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    served = frozenset(line.strip().lower() for line in sys.stdin if line.strip())
    asyncio.run(_serve(served, float(sys.argv[1])))
