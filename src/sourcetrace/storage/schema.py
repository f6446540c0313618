"""The tables of a sourcetrace database, in SQLAlchemy Core (portable across backends).

This module describes the schema as the code uses it; the migrations in
``storage/migrations/versions`` create it, and a test checks the two agree. The
full-text index is backend-specific and lives in ``storage/fulltext.py`` instead.

JSON columns hold lists of ``model.record_to_dict`` dicts (removed, segments, errors) or
plain mappings (stage_versions, provenance). Timestamps are ISO 8601 strings in UTC.

No ``from __future__ import annotations`` here: it would bind the name ``annotations``,
which is the annotations table's, to the ``__future__`` feature for type checkers.
"""

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

__all__ = ["annotations", "articles", "metadata", "rejects", "seen_inputs"]

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String, primary_key=True),
    # Ingest order; also the row key of the full-text index, which must not change when
    # the table is vacuumed (SQLite may renumber implicit rowids, never a declared column).
    Column("seq", Integer, nullable=False, unique=True),
    Column("input_id", String),
    Column("origin", String, nullable=False),
    Column("fmt", String, nullable=False),
    Column("title", Text),
    Column("source", String),
    Column("url", String),
    Column("published", String),
    Column("author", String),
    Column("language_given", String),
    Column("language", String),
    Column("language_confidence", Float),
    Column("headline", Text),
    Column("raw_text", Text, nullable=False),
    Column("text", Text, nullable=False),
    # zlib-compressed UTF-8, kept so the analysis can be re-run from the original page.
    Column("html", LargeBinary),
    Column("removed", JSON, nullable=False),
    Column("segments", JSON, nullable=False),
    Column("errors", JSON, nullable=False),
    Column("stage_versions", JSON, nullable=False),
    Column("provenance", JSON, nullable=False),
    Column("raw_hash", String, nullable=False),
    Column("content_hash", String, nullable=False),
    Column("minhash", LargeBinary),
    Column("duplicate_of", String, ForeignKey("articles.id", ondelete="SET NULL")),
    Column("duplicate_kind", String),
    Column("similarity", Float),
    Column("ingested_at", String, nullable=False),
    Column("updated_at", String, nullable=False),
    Index("ix_articles_input_id", "input_id"),
    Index("ix_articles_url", "url"),
    Index("ix_articles_origin", "origin"),
    Index("ix_articles_raw_hash", "raw_hash"),
    Index("ix_articles_content_hash", "content_hash"),
)

seen_inputs = Table(
    "seen_inputs",
    metadata,
    Column("raw_hash", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
)

annotations = Table(
    "annotations",
    metadata,
    Column("id", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String, nullable=False),
    # Position within the article's records of this kind, to read them back in order.
    Column("n", Integer, nullable=False),
    Column("start", Integer),
    Column("end", Integer),
    Column("text", Text),
    Column("stage", String),
    Column("data", JSON, nullable=False),
    Index("ix_annotations_article_kind", "article_id", "kind", "n"),
    Index("ix_annotations_kind", "kind"),
)

rejects = Table(
    "rejects",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", String, nullable=False),
    Column("code", String, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", String, nullable=False),
    Index("ix_rejects_origin", "origin"),
)
# Capability tables register themselves on ``metadata`` (one import line each).
from sourcetrace.storage.tables import corpus as _corpus_tables  # noqa: E402,F401
from sourcetrace.storage.tables import entities as _entity_tables  # noqa: E402,F401
from sourcetrace.storage.tables import events as _event_tables  # noqa: E402,F401
from sourcetrace.storage.tables import profiles as _profile_tables  # noqa: E402,F401 - registers the tables
from sourcetrace.storage.tables import stories as _story_tables  # noqa: E402,F401
from sourcetrace.storage.tables import tokens as _token_tables  # noqa: E402,F401
