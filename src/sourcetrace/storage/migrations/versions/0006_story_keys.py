"""Story key counts: how many articles carry each story key (for rarity weights).

Filled from the stories already stored (their key counts add up to the articles
carrying each key), so an older case file weighs keys right from its first run.

Revision ID: story_keys
Revises: tokens
"""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from alembic import op

revision = "story_keys"
down_revision = "tokens"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "story_key_counts",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("articles", sa.Integer, nullable=False),
    )
    conn = op.get_bind()
    stories = sa.table("stories", sa.column("size", sa.Integer), sa.column("keys", sa.JSON))
    counts: Counter[str] = Counter()
    total = 0
    for size, keys in conn.execute(sa.select(stories.c.size, stories.c["keys"])):
        total += int(size or 0)
        counts.update({str(k): int(v) for k, v in (keys or {}).items() if k})
    if total:
        counts[""] = total
    if counts:
        op.bulk_insert(table, [{"key": k, "articles": v} for k, v in counts.items() if v > 0])


def downgrade() -> None:
    op.drop_table("story_key_counts")
