"""API token scopes and expiry.

Tokens made before this revision keep the power they had (reads and writes): their
scope is ``write`` and they never expire.

Revision ID: token_scopes
Revises: story_member_keys
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "token_scopes"
down_revision = "corpus_stage_runs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("api_tokens",
                  sa.Column("scope", sa.String, nullable=False, server_default="write"))
    op.add_column("api_tokens", sa.Column("expires_at", sa.String))


def downgrade() -> None:
    # SQLite cannot drop a column in place: batch mode copies the table.
    with op.batch_alter_table("api_tokens") as batch:
        batch.drop_column("expires_at")
        batch.drop_column("scope")
