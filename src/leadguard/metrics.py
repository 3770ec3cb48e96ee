"""Prometheus metrics, one registry per app so several apps in one process stay apart."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector

from leadguard.dns import MxResolver


class _DnsCollector(Collector):
    """Reads the resolver's own counters at scrape time, so look-ups pay nothing extra."""

    def __init__(self, resolver: MxResolver) -> None:
        self.resolver = resolver

    def collect(self) -> Iterator[CounterMetricFamily]:
        stats = self.resolver.stats()
        lookups = CounterMetricFamily("leadguard_dns_lookups",
                                      "DNS look-ups sent to a server, by outcome",
                                      labels=["status"])
        for status, count in sorted(stats.resolved.items()):
            lookups.add_metric([status], count)
        yield lookups
        yield CounterMetricFamily("leadguard_dns_cache_hits",
                                  "MX answers served from the cache", value=stats.cache_hits)
        yield CounterMetricFamily("leadguard_dns_joined",
                                  "look-ups that joined one already in flight",
                                  value=stats.joined)


class Metrics:
    def __init__(self, resolver: MxResolver) -> None:
        self.registry = CollectorRegistry()
        self.registry.register(_DnsCollector(resolver))
        self.screens = Counter("leadguard_screens", "Leads screened, by verdict",
                               ["verdict"], registry=self.registry)
        self.adjustments = Counter("leadguard_adjustments", "Adjustments given, by code",
                                   ["code"], registry=self.registry)
        self.mx = Counter("leadguard_mx_results", "MX look-up outcomes, by status",
                          ["status"], registry=self.registry)
        self.latency = Histogram(
            "leadguard_screen_seconds", "Time to screen one lead, DNS included",
            buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
                     1.5, 2.0, 5.0),
            registry=self.registry)

    def observe(self, result: dict[str, Any]) -> None:
        self.screens.labels(result["verdict"]).inc()
        for adjustment in result["adjustments"]:
            self.adjustments.labels(adjustment["code"]).inc()
        self.mx.labels(result["email"]["mx"]).inc()
        self.latency.observe(result["elapsed_ms"] / 1000)

    def render(self) -> bytes:
        return generate_latest(self.registry)
