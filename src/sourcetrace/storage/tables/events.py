"""Tables of the events corpus stage (registered on the shared metadata).

- ``events``: one row per event, with what finding candidates needs without reading its
  mentions (the type family, the country, the first and last day its mentions' windows
  reach), the story it belongs to and its export record (JSON), recomputed whenever a
  mention joins or leaves it.
- ``event_mentions``: which event each asserted event mention is in (the mention's
  annotation id ``<article>:event:<n>``), with its digest (JSON: what merging and the
  event's values read, see ``capabilities.events.digest``).

An event's ``updated`` and ``conflicting`` checks are rows of the ``checks`` table of kind
``event``; the events stage replaces them, the checks stage leaves them alone.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, String, Table

from sourcetrace.storage.schema import metadata

__all__ = ["event_mentions", "events"]

events = Table(
    "events",
    metadata,
    Column("id", String, primary_key=True),
    Column("family", String, nullable=False),
    Column("type", String, nullable=False),
    Column("country", String),
    Column("first_day", String),
    Column("last_day", String),
    Column("event_date", String),
    Column("story_id", String),
    Column("size", Integer, nullable=False),
    Column("record", JSON, nullable=False),
    Column("updated_at", String, nullable=False),
    Index("ix_events_family_days", "family", "first_day", "last_day"),
    Index("ix_events_family_country", "family", "country"),
    Index("ix_events_date", "event_date"),
)

event_mentions = Table(
    "event_mentions",
    metadata,
    Column("mention_id", String, primary_key=True),
    Column("event_id", String, nullable=False),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("digest", JSON, nullable=False),
    Index("ix_event_mentions_event", "event_id"),
    Index("ix_event_mentions_article", "article_id"),
)
