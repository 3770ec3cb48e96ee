"""The review store: flagged leads for moderators, their decisions, and pipeline feedback.

SQLAlchemy models and bundled Alembic migrations; SQLite by default, PostgreSQL for several
replicas. `Intake` is the screening side's door into it, with a local spool for outages.
"""

from leadguard.store.intake import FLAGGED_VERDICTS, Intake, submitted_fields
from leadguard.store.reviews import (
    FEEDBACK_LABELS,
    LABELS,
    MAX_LIMIT,
    ORDERS,
    STATUSES,
    Conflict,
    InvalidQuery,
    QueueItem,
    ReviewNotFound,
    ReviewStore,
    StoreError,
    StoreUnavailable,
)

__all__ = [
    "FEEDBACK_LABELS",
    "FLAGGED_VERDICTS",
    "LABELS",
    "MAX_LIMIT",
    "ORDERS",
    "STATUSES",
    "Conflict",
    "Intake",
    "InvalidQuery",
    "QueueItem",
    "ReviewNotFound",
    "ReviewStore",
    "StoreError",
    "StoreUnavailable",
    "submitted_fields",
]
