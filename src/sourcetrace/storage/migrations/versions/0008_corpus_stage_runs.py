"""Corpus stage runs: the version each corpus stage's stored results come from.

A store made before this revision has no rows: the next ``analyze`` then redoes every
corpus stage once, since the version its results come from is unknown.

Revision ID: corpus_stage_runs
Revises: story_member_keys
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "corpus_stage_runs"
down_revision = "story_member_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corpus_stage_runs",
        sa.Column("stage", sa.String, primary_key=True),
        sa.Column("version", sa.String, nullable=False),
        sa.Column("ran_at", sa.String, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("corpus_stage_runs")
