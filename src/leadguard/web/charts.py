"""The dashboard's charts as geometry for server-side SVG, from ReviewStore.stats().

Bars, grid lines and labels are computed here; templates/review/_charts.html draws them with
attributes and CSS classes only, since the Content-Security-Policy forbids inline styles.
Each chart carries a one-sentence summary for its <desc>, the text alternative.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from leadguard.web.present import percent

WIDTH = 720
LEFT = 44  # room for the value axis labels
RIGHT = 8
TOP = 8
BOTTOM = 22  # room for the day labels
# Stacked from the bottom: settled spam, then overturned, then still waiting.
OUTCOMES = (("spam", "confirmed spam"), ("legit", "overturned: not spam"),
            ("pending", "pending"))


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    kind: str  # a CSS class suffix: spam, legit, pending, reason, share
    label: str  # the bar's tooltip: day and value in words


@dataclass(frozen=True)
class Tick:
    y: float
    label: str


@dataclass(frozen=True)
class DayLabel:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    summary: str
    height: int
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    days: tuple[DayLabel, ...]
    width: int = WIDTH
    left: int = LEFT
    right: int = WIDTH - RIGHT


@dataclass(frozen=True)
class Dashboard:
    outcomes: Chart
    reasons: tuple[Chart, ...]
    overturned: Chart
    stats: dict[str, Any]


def dashboard(stats: dict[str, Any]) -> Dashboard:
    """The three charts of the dashboard page for one stats() answer."""
    return Dashboard(outcomes=outcomes_chart(stats), reasons=reason_charts(stats),
                     overturned=overturned_chart(stats), stats=stats)


def outcomes_chart(stats: dict[str, Any]) -> Chart:
    """Flagged leads per day, each bar split into confirmed spam, overturned and pending."""
    days = stats["days"]
    height = 200
    top = nice_ceiling(max((day["flagged"] for day in days), default=0))
    slots = _slots(len(days))
    bars: list[Bar] = []
    for (x, width), day in zip(slots, days, strict=True):
        base = 0
        for kind, words in OUTCOMES:
            count = day[kind]
            if count:
                y0, y1 = _scale(base, top, height), _scale(base + count, top, height)
                bars.append(Bar(x, y1, width, y0 - y1, kind, f"{day['day']}: {count} {words}"))
                base += count
    busiest = max(days, key=lambda day: day["flagged"], default=None)
    summary = (f"{stats['flagged']} leads flagged from {stats['since']} to {stats['until']}: "
               f"{stats['spam']} confirmed spam, {stats['legit']} overturned as not spam, "
               f"{stats['pending']} pending.")
    if busiest is not None and busiest["flagged"]:
        summary += f" The busiest day was {busiest['day']} with {busiest['flagged']}."
    return Chart("chart-outcomes", "Flagged leads per day", summary, height, tuple(bars),
                 _count_ticks(top, height), _day_labels(days, slots))


def reason_charts(stats: dict[str, Any]) -> tuple[Chart, ...]:
    """One small chart per reason code, most frequent first, on a shared scale."""
    days = stats["days"]
    height = 90
    top = nice_ceiling(max((count for day in days for count in day["codes"].values()),
                           default=0))
    slots = _slots(len(days))
    charts: list[Chart] = []
    for number, (code, total) in enumerate(stats["by_code"].items(), 1):
        bars = tuple(
            Bar(x, _scale(day["codes"][code], top, height), width,
                _scale(0, top, height) - _scale(day["codes"][code], top, height), "reason",
                f"{day['day']}: {day['codes'][code]} flagged with {code}")
            for (x, width), day in zip(slots, days, strict=True) if day["codes"].get(code))
        busiest = max(days, key=lambda day: day["codes"].get(code, 0))
        summary = (f"{total} flagged leads cited {code} from {stats['since']} to "
                   f"{stats['until']}; most on {busiest['day']} "
                   f"({busiest['codes'].get(code, 0)}).")
        charts.append(Chart(f"chart-reason-{number}", code, summary, height, bars,
                            _count_ticks(top, height), _day_labels(days, slots)))
    return tuple(charts)


def overturned_chart(stats: dict[str, Any]) -> Chart:
    """Per day, the share of decided flags that moderators overturned (decided not spam)."""
    days = stats["days"]
    height = 160
    slots = _slots(len(days))
    bars: list[Bar] = []
    for (x, width), day in zip(slots, days, strict=True):
        decided = day["spam"] + day["legit"]
        if decided:
            share = day["legit"] / decided
            y = _scale(share, 1.0, height)
            # A day with decisions but none overturned still shows a hairline at 0%.
            bars.append(Bar(x, min(y, _scale(0, 1.0, height) - 1), width,
                            max(_scale(0, 1.0, height) - y, 1), "share",
                            f"{day['day']}: {percent(share)} overturned "
                            f"({day['legit']} of {decided} decided)"))
    if stats["overturn_share"] is None:
        summary = (f"No flagged lead from {stats['since']} to {stats['until']} has been "
                   "decided yet.")
    else:
        summary = (f"Moderators overturned {percent(stats['overturn_share'])} of the decided "
                   f"flags from {stats['since']} to {stats['until']}: {stats['legit']} of "
                   f"{stats['decided']} were decided not spam.")
    ticks = tuple(Tick(_scale(value, 1.0, height), percent(value)) for value in (0, 0.5, 1))
    return Chart("chart-overturned", "Share of decided flags overturned", summary, height,
                 tuple(bars), ticks, _day_labels(days, slots))


def nice_ceiling(value: float) -> float:
    """The smallest 1, 2 or 5 times a power of ten at or above `value` (at least 1)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return float(step * power)
    raise AssertionError("unreachable: 10 * power is above value")


def _slots(count: int) -> list[tuple[float, float]]:
    """(x, width) of each day's bar across the plot, with a gap between bars."""
    if count == 0:
        return []
    step = (WIDTH - LEFT - RIGHT) / count
    gap = min(step * 0.2, 4)
    return [(round(LEFT + index * step + gap / 2, 2), round(step - gap, 2))
            for index in range(count)]


def _scale(value: float, top: float, height: int) -> float:
    """The y coordinate of `value` on a plot `height` tall whose axis ends at `top`."""
    plot = height - TOP - BOTTOM
    return round(TOP + plot * (1 - value / top), 2)


def _count_ticks(top: float, height: int) -> tuple[Tick, ...]:
    values: Sequence[float] = (0, top / 2, top) if (top / 2).is_integer() else (0, top)
    return tuple(Tick(_scale(value, top, height), f"{value:.0f}") for value in values)


def _day_labels(days: Sequence[dict[str, Any]],
                slots: Sequence[tuple[float, float]]) -> tuple[DayLabel, ...]:
    """Month-day labels under about six evenly spaced days, always including the last."""
    if not days:
        return ()
    step = 1 if len(days) <= 10 else math.ceil(len(days) / 6)
    chosen = set(range(len(days) - 1, -1, -step))
    return tuple(DayLabel(round(slots[index][0] + slots[index][1] / 2, 2),
                          days[index]["day"][5:])
                 for index in sorted(chosen))
