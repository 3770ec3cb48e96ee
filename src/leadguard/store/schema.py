"""The review store's tables, as SQLAlchemy ORM models; migrations/ creates and evolves them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# Explicit constraint names keep migrations the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime, stored without zone: SQLite has none and sorting stays textual."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("the store only takes timezone-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Review(Base):
    """A flagged lead waiting for, or carrying, a moderator's decision."""

    __tablename__ = "reviews"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # json.dumps(lead_id), or its sha256 when long: matches feedback, whatever the id's type.
    lead_key: Mapped[str | None] = mapped_column(String(80))
    lead: Mapped[dict[str, Any]] = mapped_column(JSON)
    verdict: Mapped[str] = mapped_column(String(16))
    spam_probability: Mapped[float] = mapped_column(Float)
    score: Mapped[int] = mapped_column(Integer)
    adjustments: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    versions: Mapped[dict[str, str]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))  # pending, spam or legit
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index(None, "status", "created_at", "id"),
        Index(None, "status", "spam_probability", "created_at", "id"),
        Index(None, "created_at"),
        Index(None, "lead_key"),
    )


class ReviewCode(Base):
    """One adjustment code of a review: filters and per-reason counts without reading JSON."""

    __tablename__ = "review_codes"

    review_id: Mapped[str] = mapped_column(
        String(40), ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String, primary_key=True)

    __table_args__ = (Index(None, "code", "review_id"),)


class Feedback(Base):
    """An outcome a pipeline reported for a lead: spam, legit or converted."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    lead_key: Mapped[str] = mapped_column(String(80))
    lead_id: Mapped[Any] = mapped_column(JSON)
    label: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(200))
    # The submitted fields, when the pipeline sent them (a lead that was never queued).
    lead: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (
        Index(None, "lead_key", "id"),
        Index(None, "created_at"),
    )
