"""The ``corpus_stage_runs`` table: which version of each corpus stage the stored
cross-document results come from, so ``analyze`` redoes a corpus stage only when its
version (or what it is built on) changed; and ``corpus_pending``: the articles stored
whose cross-document results are not yet up to date (what a killed run left undone)."""

from __future__ import annotations

from sqlalchemy import Column, String, Table

from sourcetrace.storage.schema import metadata

__all__ = ["corpus_pending", "corpus_stage_runs"]

corpus_stage_runs = Table(
    "corpus_stage_runs",
    metadata,
    Column("stage", String, primary_key=True),
    Column("version", String, nullable=False),
    Column("ran_at", String, nullable=False),
)

corpus_pending = Table(
    "corpus_pending",
    metadata,
    Column("article_id", String, primary_key=True),
)
