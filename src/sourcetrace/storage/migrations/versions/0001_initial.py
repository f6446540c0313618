"""Initial schema: articles, seen inputs, annotations, rejects, and (SQLite) FTS5.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False, unique=True),
        sa.Column("input_id", sa.String),
        sa.Column("origin", sa.String, nullable=False),
        sa.Column("fmt", sa.String, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.String),
        sa.Column("url", sa.String),
        sa.Column("published", sa.String),
        sa.Column("author", sa.String),
        sa.Column("language_given", sa.String),
        sa.Column("language", sa.String),
        sa.Column("language_confidence", sa.Float),
        sa.Column("headline", sa.Text),
        sa.Column("raw_text", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("html", sa.LargeBinary),
        sa.Column("removed", sa.JSON, nullable=False),
        sa.Column("segments", sa.JSON, nullable=False),
        sa.Column("errors", sa.JSON, nullable=False),
        sa.Column("stage_versions", sa.JSON, nullable=False),
        sa.Column("provenance", sa.JSON, nullable=False),
        sa.Column("raw_hash", sa.String, nullable=False),
        sa.Column("content_hash", sa.String, nullable=False),
        sa.Column("minhash", sa.LargeBinary),
        sa.Column(
            "duplicate_of", sa.String, sa.ForeignKey("articles.id", ondelete="SET NULL")
        ),
        sa.Column("duplicate_kind", sa.String),
        sa.Column("similarity", sa.Float),
        sa.Column("ingested_at", sa.String, nullable=False),
        sa.Column("updated_at", sa.String, nullable=False),
    )
    for column in ("input_id", "url", "origin", "raw_hash", "content_hash"):
        op.create_index(f"ix_articles_{column}", "articles", [column])

    op.create_table(
        "seen_inputs",
        sa.Column("raw_hash", sa.String, primary_key=True),
        sa.Column(
            "article_id",
            sa.String,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
    )

    op.create_table(
        "annotations",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column(
            "article_id",
            sa.String,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("text", sa.Text),
        sa.Column("stage", sa.String),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_annotations_article_kind", "annotations", ["article_id", "kind", "n"])
    op.create_index("ix_annotations_kind", "annotations", ["kind"])

    op.create_table(
        "rejects",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("origin", sa.String, nullable=False),
        sa.Column("code", sa.String, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", sa.String, nullable=False),
    )
    op.create_index("ix_rejects_origin", "rejects", ["origin"])

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # External-content FTS5 index keyed by articles.seq: the text is stored once, in
        # articles. remove_diacritics 2 lets "Etat" find "État".
        op.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "title, text, content='articles', content_rowid='seq', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
    elif dialect == "postgresql":
        # The same folding in a tsvector (storage/fulltext_pg.py): "simple" (lower case,
        # no stemming, no stop words) behind unaccent; a hyphenated word is indexed by its
        # parts only, as FTS5's tokenizer splits it.
        op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        op.execute("CREATE TEXT SEARCH CONFIGURATION sourcetrace (COPY = simple)")
        op.execute("ALTER TEXT SEARCH CONFIGURATION sourcetrace ALTER MAPPING FOR "
                   "hword_part, word WITH unaccent, simple")
        op.execute("ALTER TEXT SEARCH CONFIGURATION sourcetrace "
                   "DROP MAPPING FOR hword, asciihword")
        op.create_table(
            "articles_fts",
            sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
            sa.Column("document", postgresql.TSVECTOR, nullable=False),
        )
        op.create_index("ix_articles_fts_document", "articles_fts", ["document"],
                        postgresql_using="gin")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    elif dialect == "postgresql":
        op.drop_table("articles_fts")
        op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS sourcetrace")
    op.drop_table("rejects")
    op.drop_table("annotations")
    op.drop_table("seen_inputs")
    op.drop_table("articles")
