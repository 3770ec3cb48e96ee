"""Flagged leads into the review queue, through the local spool when the store is down.

Screening never waits on an outage: after the first failure, flagged leads go straight to
the spool until a background thread has reached the store again and drained it. Logs carry
counts and review ids only, never lead content.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from leadguard.lead import Lead
from leadguard.store.reviews import QueueItem, ReviewStore, StoreUnavailable
from leadguard.store.spool import Spool

FLAGGED_VERDICTS = ("review", "reject")

log = logging.getLogger("leadguard.store")


def submitted_fields(lead: Lead) -> dict[str, Any]:
    """The fields the form sent, as a moderator (and training) needs them."""
    values = {field.name: getattr(lead, field.name) for field in dataclasses.fields(lead)}
    return {name: value for name, value in values.items() if value is not None and value != {}}


class Intake:
    def __init__(self, store: ReviewStore, spool: Spool, *, retry_interval: float) -> None:
        self.store = store
        self.spool = spool
        self.retry_interval = retry_interval
        self.counts = {"stored": 0, "spooled": 0, "drained": 0}
        self._lock = threading.Lock()
        self._available = True
        self._error: str | None = None
        self._drainer: threading.Thread | None = None
        self._stop = threading.Event()

    @classmethod
    def open(cls, store: ReviewStore, spool_dir: Path, *, retry_interval: float) -> Intake:
        """An intake that has migrated the store and replays what an earlier process spooled."""
        intake = cls(store, Spool(spool_dir), retry_interval=retry_interval)
        try:
            store.upgrade()
        except StoreUnavailable as error:
            intake._mark_down(error)
        if not intake._available or intake.spool.files():
            intake._ensure_drainer()
        return intake

    def close(self) -> None:
        """Stop the drainer (whatever it has not written stays spooled) and the connections."""
        self._stop.set()
        with self._lock:
            drainer = self._drainer
        if drainer is not None:
            drainer.join()
        self.store.close()

    # -- the screening path -----------------------------------------------------------------

    def queue(self, screened: Sequence[tuple[Lead, dict[str, Any]]]) -> list[str | None]:
        """Queue the flagged leads among `screened`; their review ids, None where not stored.

        A returned id is committed. A lead that could not be stored is on the spool, on disk.
        """
        ids: list[str | None] = [None] * len(screened)
        flagged = [(index, QueueItem.of(submitted_fields(lead), result))
                   for index, (lead, result) in enumerate(screened)
                   if result["verdict"] in FLAGGED_VERDICTS]
        if not flagged:
            return ids
        items = [item for _, item in flagged]
        if self._available:
            try:
                self.store.enqueue_many(items)
            except StoreUnavailable as error:
                self._mark_down(error)
            except DBAPIError as error:
                self._set_aside(items, error)
                return ids
            else:
                self._count("stored", len(items))
                for index, item in flagged:
                    ids[index] = item.id
                return ids
        self.spool.write(items)
        self._count("spooled", len(items))
        log.warning("review store unavailable: spooled %d flagged lead(s) to %s (%s)",
                    len(items), self.spool.directory, ", ".join(item.id for item in items))
        self._ensure_drainer()
        return ids

    def _set_aside(self, items: list[QueueItem], error: DBAPIError) -> None:
        """The store is up but refuses these rows: keep them on disk for an operator."""
        path = self.spool.set_aside(self.spool.write(items))
        log.error("review store refused %d flagged lead(s) (%s); kept in %s",
                  len(items), type(error.orig).__name__, path)

    def _count(self, outcome: str, number: int) -> None:
        with self._lock:
            self.counts[outcome] += number

    # -- health -----------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._available

    def health(self) -> dict[str, Any]:
        """For /readyz: whether the store takes leads, and how many wait on the spool."""
        if self._available:
            try:
                self.store.ping()
            except StoreUnavailable as error:
                self._mark_down(error)
                self._ensure_drainer()
        status: dict[str, Any] = {"ok": self._available, "backend": self.store.backend,
                                  "spooled": self.spool.size()}
        if not self._available:
            status["error"] = self._error
        return status

    def _mark_down(self, error: StoreUnavailable) -> None:
        with self._lock:
            if self._available:
                log.warning("%s; flagged leads go to the spool until it is back", error)
            self._available = False
            self._error = str(error)

    # -- draining -----------------------------------------------------------------------------

    def drain(self) -> bool:
        """Write every spooled file into the store; False when the store cannot be reached."""
        try:
            self.store.upgrade()
        except StoreUnavailable as error:
            self._mark_down(error)
            return False
        for path in self.spool.files():
            try:
                items = self.spool.read(path)
            except FileNotFoundError:
                continue  # another process drained it
            except (ValueError, KeyError, TypeError) as error:
                log.error("spool file %s is unreadable (%s); moved to %s", path.name,
                          type(error).__name__, self.spool.set_aside(path).parent)
                continue
            try:
                self.store.enqueue_many(items)
            except StoreUnavailable as error:
                self._mark_down(error)
                return False
            except DBAPIError as error:
                log.error("review store refused spool file %s (%s); moved to %s", path.name,
                          type(error.orig).__name__, self.spool.set_aside(path).parent)
                continue
            self.spool.remove(path)
            self._count("drained", len(items))
            log.info("wrote %d spooled lead(s) to the review store", len(items))
        return True

    def _ensure_drainer(self) -> None:
        with self._lock:
            if self._stop.is_set() or (self._drainer is not None and self._drainer.is_alive()):
                return
            self._drainer = threading.Thread(target=self._drain_until_empty,
                                             name="leadguard-spool-drainer", daemon=True)
            self._drainer.start()

    def _drain_until_empty(self) -> None:
        while not self._stop.is_set():
            if self.drain():
                with self._lock:
                    if not self.spool.files():
                        if not self._available:
                            log.info("review store is back; the spool is empty")
                        self._available = True
                        self._error = None
                        self._drainer = None
                        return
                continue  # more was spooled while draining
            self._stop.wait(self.retry_interval)

    def wait_drained(self, timeout: float) -> bool:
        """Wait until no drainer runs (the spool is empty and the store is up), or `timeout`."""
        with self._lock:
            drainer = self._drainer
        if drainer is not None:
            drainer.join(timeout)
            return not drainer.is_alive()
        return True
