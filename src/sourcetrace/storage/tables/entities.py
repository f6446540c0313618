"""Tables of cross-document linking: entities, their aliases with evidence, which entity
each mention is, the user's decisions, and the user's knowledge-base entries.

``entities``, ``entity_aliases`` and ``mention_links`` are rewritten by every linking
run; ``entity_decisions`` and ``kb_user_entries`` are the user's and are never rewritten
by a run (decisions are re-applied after it).
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Float, ForeignKey, Index, Integer, String, Table, Text

from sourcetrace.storage.schema import metadata

__all__ = ["entities", "entity_aliases", "entity_decisions", "kb_user_entries", "mention_links"]

entities = Table(
    "entities",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("qid", String),
    Column("kb_entry", String),
    Column("roles", JSON, nullable=False),
    Column("article_count", Integer, nullable=False),
    Column("mention_count", Integer, nullable=False),
    Index("ix_entities_article_count", "article_count"),
)

entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("rule", String, nullable=False),
    Column("detail", Text, nullable=False),
    Column("score", Float),
    Column("language", String),
    Column("article_id", String),
    Index("ix_entity_aliases_entity", "entity_id"),
)

mention_links = Table(
    "mention_links",
    metadata,
    # The mention's annotation id (``<article>:mention:<n>``).
    Column("mention_id", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", String, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_mention_links_entity", "entity_id"),
    Index("ix_mention_links_article", "article_id", "start"),
)

entity_decisions = Table(
    "entity_decisions",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("action", String, nullable=False),
    Column("entity_id", String, nullable=False),
    Column("other_id", String),
    Column("alias", Text),
    Column("mentions", JSON, nullable=False),
    Column("name", Text),
    Column("at", String, nullable=False),
)

kb_user_entries = Table(
    "kb_user_entries",
    metadata,
    Column("id", String, primary_key=True),
    Column("data", JSON, nullable=False),
    Column("source", Text, nullable=False),
    Column("added_at", String, nullable=False),
)
