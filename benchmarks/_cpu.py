"""Who used the CPUs during a measurement: the processes measured, or everything else.

In Python: share = CpuShare([pid, ...]); ...measure...; print(share.report())
From a shell:
       .venv/bin/python benchmarks/_cpu.py start STATE PID...             (before)
       .venv/bin/python benchmarks/_cpu.py report STATE [SECONDS LABEL]   (after)
SECONDS LABEL: CPU time of a process that has already ended (wrk, timed by the shell), shown
on its own instead of among the others.
Reads /proc/stat and /proc/<pid>/stat of each PID and its descendants (gunicorn's workers), so
a figure measured on a shared machine says how shared it was.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

TICKS = os.sysconf("SC_CLK_TCK")


def machine() -> tuple[float, float]:
    """(busy, total) CPU seconds of all CPUs since boot."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / TICKS, sum(fields[:8]) / TICKS


def tree(root: int) -> list[int]:
    """`root` and its descendants, found by parent pid in /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found = [root]
    for pid in found:
        found += [child for child, parent in parents.items() if parent == pid]
    return found


def cpu_seconds(pid: int) -> float | None:
    """utime + stime of `pid`, None once it has ended."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS


class CpuShare:
    """CPU time from now on: of `roots` and their descendants, and of everything else."""

    def __init__(self, roots: list[int], *, state: dict[str, Any] | None = None) -> None:
        if state is None:
            pids = [pid for root in roots for pid in tree(root)]
            busy, total = machine()
            state = {"busy": busy, "total": total,
                     "pids": {str(pid): cpu_seconds(pid) for pid in pids}}
        self.state = state

    def report(self, *, ended: float = 0.0, ended_label: str = "") -> str:
        """One line: shares of the machine's CPU time (100% per CPU) since construction."""
        busy, total = machine()
        span = total - self.state["total"]
        used = busy - self.state["busy"]
        each: dict[int, float] = {}
        for pid, start in self.state["pids"].items():
            now = cpu_seconds(int(pid))
            if now is not None and start is not None:
                each[int(pid)] = now - start
        measured = sum(each.values())
        cpus = os.cpu_count() or 1

        def share(seconds: float) -> str:
            return f"{max(0.0, 100 * cpus * seconds / span):.0f}%" if span > 0 else "?"

        # Per process, the busy ones only: shows whether a server's workers shared the load.
        busy_ones = [f"{pid} {share(seconds)}" for pid, seconds in sorted(each.items())
                     if seconds > 0.02 * span]
        parts = [f"measured processes {share(measured)} ({', '.join(busy_ones)})"]
        if ended_label:
            parts.append(f"{ended_label} {share(ended)}")
        parts += [f"all other processes {share(used - measured - ended)}",
                  f"idle {share(span - used)}"]
        return f"CPU over the run ({cpus} CPUs = {100 * cpus}%): " + ", ".join(parts)


def main() -> int:
    command, state = sys.argv[1], Path(sys.argv[2])
    if command == "start":
        roots = [int(pid) for pid in sys.argv[3:]]
        share = CpuShare(roots)
        share.state["pids"].pop(str(os.getpid()), None)
        state.write_text(json.dumps(share.state))
        return 0
    share = CpuShare([], state=json.loads(state.read_text()))
    if len(sys.argv) > 4:
        print(share.report(ended=float(sys.argv[3]), ended_label=sys.argv[4]))
    else:
        print(share.report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
