"""A real, authoritative-style DNS server on 127.0.0.1 for the test suite (UDP and TCP).

Tests talk to it through the same dnspython resolver production uses, so nothing about DNS is
mocked. The zone is mutable while the server runs: a test can add records, make a name fail,
hang or answer late, and count the queries that reached the server to check caching.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from collections import Counter
from dataclasses import dataclass, field
from types import TracebackType

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.rrset

# Negative answers carry an SOA so the resolver can read a negative TTL
# (RFC 2308: min(SOA TTL, SOA minimum)); this is its minimum unless Zone.soa() says otherwise.
DEFAULT_NEGATIVE_TTL = 60
_SOA_TEXT = "ns1.test. hostmaster.test. 1 3600 600 86400 {minimum}"


def _key(name: str) -> str:
    """Canonical owner name: lower-case IDNA, no trailing dot."""
    name = name.strip().rstrip(".").lower()
    if not name.isascii():
        name = name.encode("idna").decode("ascii")
    return name


@dataclass
class _Behaviour:
    kind: str = "answer"  # "answer" | "servfail" | "hang"
    delay: float = 0.0
    truncate: bool = False  # over UDP, answer with TC and nothing else


@dataclass
class Zone:
    """Records and misbehaviours by name; every method is safe to call while serving."""

    negative_ttl: int = DEFAULT_NEGATIVE_TTL
    _records: dict[tuple[str, str], list[tuple[int, str]]] = field(default_factory=dict)
    _behaviour: dict[str, _Behaviour] = field(default_factory=dict)
    _soa: dict[str, tuple[int, int]] = field(default_factory=dict)
    _counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # -- records ---------------------------------------------------------------------------

    def add(self, name: str, rdtype: str, text: str, *, ttl: int = 300) -> Zone:
        """Add one record given in zone-file text, e.g. add("x.com", "TXT", '"hi"')."""
        # Parsed now so a typo fails in the test that wrote it, not inside a server thread.
        dns.rdata.from_text(dns.rdataclass.IN, rdtype, text)
        with self._lock:
            self._records.setdefault((_key(name), rdtype.upper()), []).append((ttl, text))
        return self

    def mx(self, name: str, *hosts: str | tuple[int, str], ttl: int = 300) -> Zone:
        """MX records; a bare host gets preference 10, 20, ... in the order given."""
        for index, host in enumerate(hosts, start=1):
            preference, exchange = host if isinstance(host, tuple) else (10 * index, host)
            self.add(name, "MX", f"{preference} {_absolute(exchange)}", ttl=ttl)
        return self

    def null_mx(self, name: str, *, ttl: int = 300) -> Zone:
        """The RFC 7505 null MX: "this domain accepts no mail"."""
        return self.add(name, "MX", "0 .", ttl=ttl)

    def a(self, name: str, ip: str, *, ttl: int = 300) -> Zone:
        return self.add(name, "A", ip, ttl=ttl)

    def aaaa(self, name: str, ip: str, *, ttl: int = 300) -> Zone:
        return self.add(name, "AAAA", ip, ttl=ttl)

    def txt(self, name: str, text: str, *, ttl: int = 300) -> Zone:
        return self.add(name, "TXT", f'"{text}"', ttl=ttl)

    def soa(self, name: str, *, minimum: int, ttl: int = 3600) -> Zone:
        """Make `name` a zone apex whose negative answers last min(ttl, minimum) seconds."""
        with self._lock:
            self._soa[_key(name)] = (ttl, minimum)
        return self

    def remove(self, name: str) -> Zone:
        """Forget every record and misbehaviour of `name`: it becomes NXDOMAIN."""
        key = _key(name)
        with self._lock:
            for record_key in [k for k in self._records if k[0] == key]:
                del self._records[record_key]
            self._behaviour.pop(key, None)
        return self

    # -- misbehaviour ----------------------------------------------------------------------

    def servfail(self, name: str) -> Zone:
        """Answer every query for `name` with SERVFAIL."""
        self._behave(name).kind = "servfail"
        return self

    def hang(self, name: str) -> Zone:
        """Never answer queries for `name`, over UDP or TCP."""
        self._behave(name).kind = "hang"
        return self

    def delay(self, name: str, seconds: float) -> Zone:
        """Answer queries for `name` correctly, but only after `seconds`."""
        self._behave(name).delay = seconds
        return self

    def truncate(self, name: str) -> Zone:
        """Over UDP answer with only the TC flag, so the resolver must retry over TCP."""
        self._behave(name).truncate = True
        return self

    def heal(self, name: str) -> Zone:
        """Undo servfail / hang / delay / truncate: answer from the records again."""
        with self._lock:
            self._behaviour.pop(_key(name), None)
        return self

    def _behave(self, name: str) -> _Behaviour:
        with self._lock:
            return self._behaviour.setdefault(_key(name), _Behaviour())

    # -- observation -----------------------------------------------------------------------

    def query_count(self, name: str, rdtype: str | None = None,
                    transport: str | None = None) -> int:
        """Queries for `name` that reached the server, optionally of one type / transport."""
        key = _key(name)
        with self._lock:
            return sum(
                count for (qname, qtype, proto), count in self._counts.items()
                if qname == key
                and (rdtype is None or qtype == rdtype.upper())
                and (transport is None or proto == transport)
            )

    def reset_counts(self) -> None:
        with self._lock:
            self._counts.clear()

    # -- answering -------------------------------------------------------------------------

    def plan(self, query: dns.message.Message, transport: str) -> tuple[_Behaviour, bytes | None]:
        """How to treat `query`, and the wire answer to send (None: send nothing)."""
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        if not query.question:
            response.set_rcode(dns.rcode.FORMERR)
            return _Behaviour(), response.to_wire()
        question = query.question[0]
        qname = question.name.to_text(omit_final_dot=True).lower()
        qtype = dns.rdatatype.to_text(question.rdtype)
        with self._lock:
            self._counts[(qname, qtype, transport)] += 1
            behaviour = self._behaviour.get(qname, _Behaviour())
            records = list(self._records.get((qname, qtype), ()))
            exists = any(owner == qname or owner.endswith("." + qname)
                         for owner, _ in self._records) or qname in self._soa
            apex_soa = self._soa.get(qname)
            soa_owner, soa_values = self._closest_soa(qname, exists)
        if behaviour.kind == "hang":
            return behaviour, None
        if behaviour.kind == "servfail":
            response.set_rcode(dns.rcode.SERVFAIL)
            return behaviour, response.to_wire()
        if behaviour.truncate and transport == "udp":
            response.flags |= dns.flags.TC
            return behaviour, response.to_wire()
        if qtype == "SOA" and apex_soa is not None:
            records = [(apex_soa[0], _SOA_TEXT.format(minimum=apex_soa[1]))]
        if records:
            response.answer.append(_rrset(question.name, qtype, records))
        else:
            if not exists:
                response.set_rcode(dns.rcode.NXDOMAIN)
            ttl, minimum = soa_values
            response.authority.append(
                _rrset(dns.name.from_text(soa_owner), "SOA",
                       [(ttl, _SOA_TEXT.format(minimum=minimum))]))
        return behaviour, response.to_wire()

    def _closest_soa(self, qname: str, exists: bool) -> tuple[str, tuple[int, int]]:
        """The SOA of the nearest apex at or above `qname`, else an implied one.

        Without an explicit apex, an existing name's last two labels are taken as its zone and
        a missing name is answered for by its top-level domain, as a registry would.
        """
        labels = qname.split(".")
        for start in range(len(labels)):
            candidate = ".".join(labels[start:])
            if candidate in self._soa:
                return candidate, self._soa[candidate]
        apex = ".".join(labels[-2:] if exists else labels[-1:])
        return apex, (3600, self.negative_ttl)


def _absolute(host: str) -> str:
    return host if host.endswith(".") else _key(host) + "."


def _rrset(name: dns.name.Name, rdtype: str, records: list[tuple[int, str]]) -> dns.rrset.RRset:
    ttl = min(record_ttl for record_ttl, _ in records)
    return dns.rrset.from_text_list(name, ttl, dns.rdataclass.IN, rdtype,
                                    [text for _, text in records])


class _UdpHandler(socketserver.BaseRequestHandler):
    server: _UdpServer

    def handle(self) -> None:
        data, sock = self.request
        answer = self.server.dns.answer(data, "udp")
        if answer is not None:
            # The socket may close under a late answer while the server stops.
            with contextlib.suppress(OSError):
                sock.sendto(answer, self.client_address)


class _TcpHandler(socketserver.BaseRequestHandler):
    server: _TcpServer

    def handle(self) -> None:
        sock: socket.socket = self.request
        # Short reads so an idle client cannot hold up stop() for long.
        sock.settimeout(0.1)
        stopping = self.server.dns.stopping
        while True:
            prefix = _recv_exactly(sock, 2, stopping)
            if prefix is None:
                return
            data = _recv_exactly(sock, int.from_bytes(prefix, "big"), stopping)
            if data is None:
                return
            answer = self.server.dns.answer(data, "tcp")
            if answer is None:
                # A hung name: hold the connection silently until the client or the server quits.
                self.server.dns.stopping.wait()
                return
            sock.sendall(len(answer).to_bytes(2, "big") + answer)


def _recv_exactly(sock: socket.socket, size: int, stopping: threading.Event) -> bytes | None:
    chunks = b""
    while len(chunks) < size:
        try:
            chunk = sock.recv(size - len(chunks))
        except TimeoutError:
            if stopping.is_set():
                return None
            continue
        except OSError:
            return None
        if not chunk:
            return None
        chunks += chunk
    return chunks


# Handler threads are not daemons: server_close() joins them, so stop() leaves nothing running.
class _UdpServer(socketserver.ThreadingUDPServer):
    def __init__(self, dns_server: DnsServer, port: int) -> None:
        self.dns = dns_server
        super().__init__(("127.0.0.1", port), _UdpHandler)


class _TcpServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

    def __init__(self, dns_server: DnsServer, port: int) -> None:
        self.dns = dns_server
        super().__init__(("127.0.0.1", port), _TcpHandler)


class DnsServer:
    """Serves `zone` on 127.0.0.1 over UDP and TCP on one ephemeral port, in threads.

    Use as a context manager; `.address` is the (host, port) pair to give a resolver.
    """

    def __init__(self, zone: Zone | None = None) -> None:
        self.zone = zone if zone is not None else Zone()
        self.stopping = threading.Event()
        self._udp, self._tcp = self._bind()
        self.address: tuple[str, int] = ("127.0.0.1", self._udp.server_address[1])
        self._threads: list[threading.Thread] = []

    def _bind(self) -> tuple[_UdpServer, _TcpServer]:
        # UDP picks a free port; TCP must get the same number, which another process may
        # hold, so try a few times.
        for _ in range(20):
            udp = _UdpServer(self, 0)
            try:
                tcp = _TcpServer(self, udp.server_address[1])
            except OSError:
                udp.server_close()
                continue
            return udp, tcp
        raise OSError("no port free for both UDP and TCP on 127.0.0.1")

    def answer(self, data: bytes, transport: str) -> bytes | None:
        """The wire answer to one query, after any delay; None for no answer at all."""
        try:
            query = dns.message.from_wire(data)
        except dns.exception.DNSException:
            return None
        behaviour, wire = self.zone.plan(query, transport)
        # wait() rather than sleep(): stopping the server cuts delays short.
        if behaviour.delay and self.stopping.wait(behaviour.delay):
            return None
        return wire

    def start(self) -> DnsServer:
        for server in (self._udp, self._tcp):
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01},
                                      name=f"dns-{type(server).__name__}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        self.stopping.set()
        for server in (self._udp, self._tcp):
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join()

    def __enter__(self) -> DnsServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.stop()


# (domain, MX hosts) of well-known free mailbox providers, hosts as the providers publish them.
FREE_PROVIDERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("gmail.com", ("gmail-smtp-in.l.google.com", "alt1.gmail-smtp-in.l.google.com")),
    ("googlemail.com", ("gmail-smtp-in.l.google.com", "alt1.gmail-smtp-in.l.google.com")),
    ("yahoo.com", ("mta5.am0.yahoodns.net", "mta6.am0.yahoodns.net", "mta7.am0.yahoodns.net")),
    ("yahoo.fr", ("mx-eu.mail.am0.yahoodns.net",)),
    ("ymail.com", ("mta5.am0.yahoodns.net", "mta6.am0.yahoodns.net")),
    ("hotmail.com", ("hotmail-com.olc.protection.outlook.com",)),
    ("hotmail.co.uk", ("eur.olc.protection.outlook.com",)),
    ("outlook.com", ("outlook-com.olc.protection.outlook.com",)),
    ("live.com", ("live-com.olc.protection.outlook.com",)),
    ("aol.com", ("mx-aol.mail.gm0.yahoodns.net",)),
    ("icloud.com", ("mx01.mail.icloud.com", "mx02.mail.icloud.com")),
    ("me.com", ("mx01.mail.icloud.com", "mx02.mail.icloud.com")),
    ("mail.com", ("mx00.mail.com", "mx01.mail.com")),
    ("gmx.net", ("mx00.emig.gmx.net", "mx01.emig.gmx.net")),
    ("gmx.de", ("mx00.emig.gmx.net", "mx01.emig.gmx.net")),
    ("web.de", ("mx-ha02.web.de", "mx-ha03.web.de")),
    ("protonmail.com", ("mail.protonmail.ch", "mailsec.protonmail.ch")),
    ("proton.me", ("mail.protonmail.ch", "mailsec.protonmail.ch")),
    ("fastmail.com", ("in1-smtp.messagingengine.com", "in2-smtp.messagingengine.com")),
    ("mail.ru", ("mxs.mail.ru",)),
    ("yandex.ru", ("mx.yandex.ru",)),
    ("qq.com", ("mx1.qq.com", "mx2.qq.com", "mx3.qq.com")),
    ("163.com", ("163mx01.mxmail.netease.com", "163mx02.mxmail.netease.com")),
    ("126.com", ("126mx01.mxmail.netease.com", "126mx02.mxmail.netease.com")),
    ("naver.com", ("mx1.naver.com", "mx2.naver.com")),
    ("zoho.com", ("mx.zoho.com", "mx2.zoho.com", "mx3.zoho.com")),
)

DISPOSABLE_PROVIDERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("mailinator.com", ("mail.mailinator.com", "mail2.mailinator.com")),
    ("guerrillamail.com", ("mx.guerrillamail.com",)),
    ("10minutemail.com", ("mx.10minutemail.com",)),
    ("temp-mail.org", ("mx.temp-mail.org",)),
    ("yopmail.com", ("mx.yopmail.com",)),
)

# Businesses with their own mail: MX plus a web server address (documentation ranges only).
COMPANIES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("acme-corp.com", ("mx1.acme-corp.com", "mx2.acme-corp.com"), "192.0.2.10"),
    ("example-widgets.io", ("aspmx.l.google.com", "alt1.aspmx.l.google.com"), "192.0.2.11"),
    ("firma-nowak.pl", ("mx.firma-nowak.pl",), "192.0.2.12"),
    # Stored, like every name, in IDNA form: xn--mller-bau-q9a.de.
    ("müller-bau.de", ("mx00.ionos.de", "mx01.ionos.de"), "192.0.2.13"),
    ("tanaka-shoji.co.jp", ("tanaka-shoji-co-jp.mail.protection.outlook.com",), "192.0.2.14"),
)


def default_zone() -> Zone:
    """The zone the test suite screens against; see each name's comment for what it answers."""
    zone = Zone()
    for domain, hosts, ip in COMPANIES:
        zone.mx(domain, *hosts).a(domain, ip)
    for domain, hosts in FREE_PROVIDERS + DISPOSABLE_PROVIDERS:
        zone.mx(domain, *hosts)
    # On no disposable list, but its mail goes to mailinator's servers: disposable by MX.
    zone.mx("burner-unlisted.net", "mx.mailinator.com")
    # Forwarding and alias services real people use; their MX hosts are NOT disposable.
    zone.mx("startup-forwarding.com", (86, "route1.mx.cloudflare.net"),
            (12, "route2.mx.cloudflare.net"), (24, "route3.mx.cloudflare.net"))
    zone.mx("privacy-relay.org", "mx1.simplelogin.co", "mx2.simplelogin.co")
    zone.null_mx("nomail-corp.com").a("nomail-corp.com", "192.0.2.20")  # accepts no mail
    zone.a("a-only-corp.com", "192.0.2.21")  # no MX: mail goes to the A (RFC 5321 5.1)
    zone.aaaa("aaaa-only-corp.com", "2001:db8::21")  # no MX, no A, an AAAA: still deliverable
    zone.txt("empty-corp.com", "v=spf1 -all")  # exists, but no MX, A or AAAA
    zone.mx("servfail-corp.com", "mx.servfail-corp.com").servfail("servfail-corp.com")
    zone.mx("hang-corp.com", "mx.hang-corp.com").hang("hang-corp.com")
    # Over UDP only the TC flag comes back, so the resolver must ask again over TCP.
    zone.mx("truncated-corp.com", *(f"mx{n}.truncated-corp.com" for n in range(1, 9)))
    zone.truncate("truncated-corp.com")
    # no-such-company-xyz.com: deliberately absent, so NXDOMAIN.
    return zone
