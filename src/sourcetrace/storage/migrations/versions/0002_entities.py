"""Entities: linked entities, aliases with evidence, mention links, user decisions and
the user's knowledge-base entries.

Revision ID: entities
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "entities"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("qid", sa.String),
        sa.Column("kb_entry", sa.String),
        sa.Column("roles", sa.JSON, nullable=False),
        sa.Column("article_count", sa.Integer, nullable=False),
        sa.Column("mention_count", sa.Integer, nullable=False),
    )
    op.create_index("ix_entities_article_count", "entities", ["article_count"])
    op.create_table(
        "entity_aliases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "entity_id", sa.String, sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("rule", sa.String, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("score", sa.Float),
        sa.Column("language", sa.String),
        sa.Column("article_id", sa.String),
    )
    op.create_index("ix_entity_aliases_entity", "entity_aliases", ["entity_id"])
    op.create_table(
        "mention_links",
        sa.Column("mention_id", sa.String, primary_key=True),
        sa.Column(
            "article_id",
            sa.String,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "entity_id", sa.String, sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_mention_links_entity", "mention_links", ["entity_id"])
    op.create_index("ix_mention_links_article", "mention_links", ["article_id", "start"])
    op.create_table(
        "entity_decisions",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("entity_id", sa.String, nullable=False),
        sa.Column("other_id", sa.String),
        sa.Column("alias", sa.Text),
        sa.Column("mentions", sa.JSON, nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("at", sa.String, nullable=False),
    )
    op.create_table(
        "kb_user_entries",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("added_at", sa.String, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "kb_user_entries",
        "entity_decisions",
        "mention_links",
        "entity_aliases",
        "entities",
    ):
        op.drop_table(table)
