"""Prometheus metrics, one registry per app so several apps in one process stay apart."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
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
