"""Events: one row per event merged across articles, and which event each mention is in.

A store made before this revision has no events; the next ``analyze`` runs the events
stage over every article once (its version is unknown to the store).

Revision ID: events
Revises: token_scopes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "events"
down_revision = "corpus_pending"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("family", sa.String, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("country", sa.String),
        sa.Column("first_day", sa.String),
        sa.Column("last_day", sa.String),
        sa.Column("event_date", sa.String),
        sa.Column("story_id", sa.String),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.String, nullable=False),
    )
    op.create_index("ix_events_family_days", "events", ["family", "first_day", "last_day"])
    op.create_index("ix_events_family_country", "events", ["family", "country"])
    op.create_index("ix_events_date", "events", ["event_date"])
    op.create_table(
        "event_mentions",
        sa.Column("mention_id", sa.String, primary_key=True),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("article_id", sa.String,
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("digest", sa.JSON, nullable=False),
    )
    op.create_index("ix_event_mentions_event", "event_mentions", ["event_id"])
    op.create_index("ix_event_mentions_article", "event_mentions", ["article_id"])


def downgrade() -> None:
    op.drop_table("event_mentions")
    op.drop_table("events")
