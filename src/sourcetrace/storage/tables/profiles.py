"""Tables of outlet profiles (computed from our signals) and user outlet ratings.

The two are kept in separate tables on purpose: a user's rating (from a fact-checker's
list, their newsroom's policy …) is shown beside our signals and never mixed into them.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Integer, String, Table, Text

from sourcetrace.storage.schema import metadata

__all__ = ["outlet_profiles", "outlet_ratings"]

outlet_profiles = Table(
    "outlet_profiles",
    metadata,
    # The outlet: the articles' source field, else their URL's domain.
    Column("outlet", String, primary_key=True),
    Column("articles", Integer, nullable=False),
    # {"languages": [...], "signals": {kind: {"mean", "share_above_half", "evidence"}}, ...}
    Column("data", JSON, nullable=False),
    Column("updated_at", String, nullable=False),
)

outlet_ratings = Table(
    "outlet_ratings",
    metadata,
    Column("domain", String, primary_key=True),
    Column("rating", String, nullable=False),
    # Where the rating comes from, as the user's file gives it ("MBFC 2024", "our desk").
    Column("origin", Text, nullable=False),
    Column("loaded_from", Text, nullable=False),
    Column("loaded_at", String, nullable=False),
)
