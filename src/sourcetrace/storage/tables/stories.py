"""Tables of the stories and checks corpus stages (registered on the shared metadata).

- ``article_vectors``: each article's title-and-lead embedding, computed once and kept
  (float16 bytes) with the model name and the content hash it was computed from, so it
  is only redone when the text or the model changes.
- ``stories``: one row per story with what incremental assignment needs without reading
  its members: the float32 sum of member vectors, the first/last publication dates and
  the counts of member entity/date keys (JSON).
- ``story_members``: which story each article is in, with its score and the reason,
  and the story keys it was counted with (``counted_keys``), so that taking an updated
  article out subtracts exactly what adding it added, whatever its new text names
  (null on rows stored before the column existed).
- ``checks``: cross-source comparisons of figures and claims, replaced per story.
- ``story_key_counts``: how many stored articles carry each story key (entity id or
  day), so shared keys are weighed by rarity without reading every story; the row
  with the empty key holds the number of articles counted.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)

from sourcetrace.storage.schema import metadata

__all__ = ["article_vectors", "checks", "stories", "story_key_counts", "story_members"]

article_vectors = Table(
    "article_vectors",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("model", String, nullable=False),
    Column("content_hash", String, nullable=False),
    Column("vector", LargeBinary, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String, primary_key=True),
    Column("label", Text),
    Column("size", Integer, nullable=False),
    Column("first_date", String),
    Column("last_date", String),
    Column("centroid", LargeBinary, nullable=False),
    Column("keys", JSON, nullable=False),
    Column("updated_at", String, nullable=False),
    Index("ix_stories_dates", "first_date", "last_date"),
)

story_members = Table(
    "story_members",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", String, nullable=False),
    Column("score", Float, nullable=False),
    Column("reason", Text, nullable=False),
    Column("counted_keys", JSON),
    Index("ix_story_members_story", "story_id"),
)

checks = Table(
    "checks",
    metadata,
    Column("id", String, primary_key=True),
    Column("story_id", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("verdict", String, nullable=False),
    Column("items", JSON, nullable=False),
    Column("explanation", Text, nullable=False),
    Column("data", JSON, nullable=False),
    Index("ix_checks_story", "story_id"),
)

story_key_counts = Table(
    "story_key_counts",
    metadata,
    Column("key", String, primary_key=True),
    Column("articles", Integer, nullable=False),
)
