"""Prometheus metrics, one registry per app so several apps in one process stay apart."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from leadguard.dns import MxResolver
from leadguard.store import Intake


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


class _ReviewQueueCollector(Collector):
    """Flagged leads stored, spooled and drained, and what waits on the spool right now."""

    def __init__(self, intake: Intake) -> None:
        self.intake = intake

    def collect(self) -> Iterator[CounterMetricFamily | GaugeMetricFamily]:
        queued = CounterMetricFamily("leadguard_review_queue_leads",
                                     "Flagged leads by where they went: stored in the review "
                                     "store, spooled to disk, drained from the spool",
                                     labels=["outcome"])
        for outcome, count in sorted(self.intake.counts.items()):
            queued.add_metric([outcome], count)
        yield queued
        yield GaugeMetricFamily("leadguard_review_spool_leads",
                                "Flagged leads waiting on the local spool for the review store",
                                value=self.intake.spool.size())
        yield GaugeMetricFamily("leadguard_review_store_up",
                                "1 while the review store takes leads, 0 while they are spooled",
                                value=1 if self.intake.available else 0)


class Metrics:
    def __init__(self, resolver: MxResolver, intake: Intake) -> None:
        self.registry = CollectorRegistry()
        self.registry.register(_DnsCollector(resolver))
        self.registry.register(_ReviewQueueCollector(intake))
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
