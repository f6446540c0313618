"""Outlet profiles and user outlet ratings.

Revision ID: profiles
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "profiles"
down_revision = "stories"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outlet_profiles",
        sa.Column("outlet", sa.String, primary_key=True),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.String, nullable=False),
    )
    op.create_table(
        "outlet_ratings",
        sa.Column("domain", sa.String, primary_key=True),
        sa.Column("rating", sa.String, nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("loaded_from", sa.Text, nullable=False),
        sa.Column("loaded_at", sa.String, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("outlet_ratings")
    op.drop_table("outlet_profiles")
