"""Stories and checks: article vectors, stories, story members, checks.

Revision ID: stories
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "stories"
down_revision = "entities"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_vectors",
        sa.Column(
            "article_id",
            sa.String,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("model", sa.String, nullable=False),
        sa.Column("content_hash", sa.String, nullable=False),
        sa.Column("vector", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("label", sa.Text),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("first_date", sa.String),
        sa.Column("last_date", sa.String),
        sa.Column("centroid", sa.LargeBinary, nullable=False),
        sa.Column("keys", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.String, nullable=False),
    )
    op.create_index("ix_stories_dates", "stories", ["first_date", "last_date"])
    op.create_table(
        "story_members",
        sa.Column(
            "article_id",
            sa.String,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("story_id", sa.String, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_story_members_story", "story_members", ["story_id"])
    op.create_table(
        "checks",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("story_id", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("verdict", sa.String, nullable=False),
        sa.Column("items", sa.JSON, nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_checks_story", "checks", ["story_id"])


def downgrade() -> None:
    op.drop_table("checks")
    op.drop_table("story_members")
    op.drop_table("stories")
    op.drop_table("article_vectors")
