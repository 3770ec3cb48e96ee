"""A local spool for flagged leads the store could not take: JSONL files under DATA_DIR/spool.

Each write is one file, written under tmp/ and fsync'd, then renamed into place, so a file in
the spool is always complete; several worker processes can share the directory without locks.
Entries carry their review id, so draining a file twice (a crash between storing and
removing it) stores each lead once.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Sequence
from pathlib import Path

from leadguard.store.reviews import QueueItem

_SUFFIX = ".jsonl"


class Spool:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._tmp = directory / "tmp"
        self.failed = directory / "failed"

    def write(self, items: Sequence[QueueItem]) -> Path:
        """Append `items` durably: when this returns they survive a crash or power cut."""
        self._tmp.mkdir(parents=True, exist_ok=True)
        # Names sort in the order the leads arrived; the count lets size() skip reading.
        name = f"{time.time_ns():020d}-{secrets.token_hex(4)}-{len(items)}{_SUFFIX}"
        staged = self._tmp / name
        with open(staged, "x", encoding="utf-8") as file:
            for item in items:
                file.write(item.to_json() + "\n")
            file.flush()
            os.fsync(file.fileno())
        final = self.directory / name
        os.rename(staged, final)
        _fsync_directory(self.directory)
        return final

    def files(self) -> list[Path]:
        """The spooled files, oldest first."""
        try:
            return sorted(path for path in self.directory.iterdir()
                          if path.suffix == _SUFFIX and path.is_file())
        except FileNotFoundError:
            return []

    def size(self) -> int:
        """The number of spooled leads, across every process sharing the directory."""
        return sum(_count(path) for path in self.files())

    @staticmethod
    def read(path: Path) -> list[QueueItem]:
        with open(path, encoding="utf-8") as file:
            return [QueueItem.from_json(line) for line in file if line.strip()]

    def remove(self, path: Path) -> None:
        """Forget a drained file (another process may have drained and removed it first)."""
        path.unlink(missing_ok=True)
        _fsync_directory(self.directory)

    def set_aside(self, path: Path) -> Path:
        """Move a file the store refuses out of the way, for an operator to look at."""
        self.failed.mkdir(parents=True, exist_ok=True)
        target = self.failed / path.name
        os.replace(path, target)
        return target


def _count(path: Path) -> int:
    try:
        return int(path.stem.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return 1


def _fsync_directory(directory: Path) -> None:
    """A rename or unlink is durable only once its directory is synced."""
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
