"""Corpus pending: articles stored whose cross-document results are not yet brought up to date.

``put_article`` adds the article's id in the same transaction that stores it; ``ingest``
and ``analyze`` remove the ids once every corpus stage ran over them. A run killed between
the two leaves the ids here, and the next ``ingest`` or ``analyze`` finishes the work.
A store made before this revision has no rows: nothing is pending.

Revision ID: corpus_pending
Revises: token_scopes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "corpus_pending"
down_revision = "token_scopes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corpus_pending",
        sa.Column("article_id", sa.String, primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("corpus_pending")
