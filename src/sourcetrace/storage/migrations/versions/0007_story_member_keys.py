"""Story member keys: the story keys each member article was counted with.

Rows stored before this revision get null (their keys at the time are not known); the
stories stage then falls back to the article's current keys for them, as before.

Revision ID: story_member_keys
Revises: story_keys
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "story_member_keys"
down_revision = "story_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("story_members", sa.Column("counted_keys", sa.JSON))


def downgrade() -> None:
    # SQLite cannot drop a column in place: batch mode copies the table.
    with op.batch_alter_table("story_members") as batch:
        batch.drop_column("counted_keys")
