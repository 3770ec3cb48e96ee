"""The review queue, its adjustment codes, and pipeline feedback.

Revision ID: 0001
Revises:
Create Date: 2026-11-20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadguard.store.schema import UtcDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("lead_key", sa.String(80), nullable=True),
        sa.Column("lead", sa.JSON(), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("spam_probability", sa.Float(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("adjustments", sa.JSON(), nullable=False),
        sa.Column("versions", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("decided_at", UtcDateTime(), nullable=True),
        sa.Column("decided_by", sa.String(200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_reviews"),
    )
    op.create_index("ix_reviews_status_created_at_id", "reviews",
                    ["status", "created_at", "id"])
    op.create_index("ix_reviews_status_spam_probability_created_at_id", "reviews",
                    ["status", "spam_probability", "created_at", "id"])
    op.create_index("ix_reviews_created_at", "reviews", ["created_at"])
    op.create_index("ix_reviews_lead_key", "reviews", ["lead_key"])

    op.create_table(
        "review_codes",
        sa.Column("review_id", sa.String(40), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["review_id"], ["reviews.id"], ondelete="CASCADE",
                                name="fk_review_codes_review_id_reviews"),
        sa.PrimaryKeyConstraint("review_id", "code", name="pk_review_codes"),
    )
    op.create_index("ix_review_codes_code_review_id", "review_codes", ["code", "review_id"])

    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("lead_key", sa.String(80), nullable=False),
        sa.Column("lead_id", sa.JSON(), nullable=False),
        sa.Column("label", sa.String(16), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("lead", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_feedback"),
    )
    op.create_index("ix_feedback_lead_key_id", "feedback", ["lead_key", "id"])
    op.create_index("ix_feedback_created_at", "feedback", ["created_at"])


def downgrade() -> None:
    op.drop_table("feedback")
    op.drop_table("review_codes")
    op.drop_table("reviews")
