"""Queries of articles, their annotations, rejections and search (the ``ArticleStore``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from sourcetrace.model import Document
from sourcetrace.storage import rows
from sourcetrace.storage.base import ArticleRef, Rejection, SearchHit, StoredArticle
from sourcetrace.storage.schema import annotations as annotation_table
from sourcetrace.storage.schema import articles, rejects, seen_inputs
from sourcetrace.storage.sqlbase import SqlBase, utc_now
from sourcetrace.storage.tables.corpus import corpus_pending, corpus_stage_runs

__all__ = ["ArticleQueries"]

#: Articles read per query by ``iter_articles`` (memory stays flat whatever the corpus).
PAGE_SIZE = 100
#: Signatures read per query by ``minhashes`` (about 0.5 kB each).
MINHASH_PAGE_SIZE = 2000

_REF_COLUMNS = (
    articles.c.id,
    articles.c.raw_hash,
    articles.c.content_hash,
    articles.c.source,
    articles.c.url,
    articles.c.published,
    articles.c.origin,
)


class ArticleQueries(SqlBase):
    """The ``ArticleStore`` protocol in SQL."""

    # -- reading ----------------------------------------------------------------
    def has_raw_hash(self, raw_hash: str) -> bool:
        with self.reading("looking up an input hash") as conn:
            if conn.execute(
                select(articles.c.id).where(articles.c.raw_hash == raw_hash).limit(1)
            ).first():
                return True
            return (
                conn.execute(
                    select(seen_inputs.c.raw_hash).where(seen_inputs.c.raw_hash == raw_hash)
                ).first()
                is not None
            )

    def find_identity(
        self, *, input_id: str | None, url: str | None, origin: str
    ) -> ArticleRef | None:
        """The stored article this input is a version of: same input id, else URL, else origin.

        Each key is tried alone, in that order; the earliest ingested match wins.
        """
        keys = [(articles.c.input_id, input_id), (articles.c.url, url), (articles.c.origin, origin)]
        with self.reading("looking up an article's identity") as conn:
            for column, value in keys:
                if value is None:
                    continue
                row = conn.execute(
                    select(*_REF_COLUMNS).where(column == value).order_by(articles.c.seq).limit(1)
                ).first()
                if row is not None:
                    return rows.ref_from_row(row)
        return None

    def find_content_hash(self, content_hash: str) -> ArticleRef | None:
        """The earliest stored article with exactly this cleaned text."""
        with self.reading("looking up a content hash") as conn:
            row = conn.execute(
                select(*_REF_COLUMNS)
                .where(articles.c.content_hash == content_hash)
                .order_by(articles.c.seq)
                .limit(1)
            ).first()
        return rows.ref_from_row(row) if row is not None else None

    def get_article(self, article_id: str) -> StoredArticle | None:
        """The article with its annotations filled back into the document, or None."""
        with self.reading(f"reading article {article_id!r}") as conn:
            row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
            if row is None:
                return None
            anns = conn.execute(
                select(annotation_table).where(annotation_table.c.article_id == article_id)
            ).all()
        return rows.stored_from_row(row, anns)

    def iter_articles(self) -> Iterator[StoredArticle]:
        """Every stored article in ingest order, read a page at a time."""
        last = 0
        while True:
            with self.reading("reading articles") as conn:
                page = conn.execute(
                    select(articles)
                    .where(articles.c.seq > last)
                    .order_by(articles.c.seq)
                    .limit(PAGE_SIZE)
                ).all()
                if not page:
                    return
                grouped: dict[str, list[Any]] = defaultdict(list)
                for ann in conn.execute(
                    select(annotation_table)
                    .where(annotation_table.c.article_id.in_([r.id for r in page]))
                ):
                    grouped[ann.article_id].append(ann)
            for row in page:
                yield rows.stored_from_row(row, grouped.get(row.id, ()))
            last = page[-1].seq

    def article_ids(self) -> list[str]:
        """Every stored article id, in ingest order."""
        with self.reading("listing articles") as conn:
            return list(conn.execute(select(articles.c.id).order_by(articles.c.seq)).scalars())

    def count_articles(self) -> int:
        with self.reading("counting articles") as conn:
            return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())

    def minhashes(self) -> Iterator[tuple[str, bytes]]:
        """(article id, signature bytes) of every article that has one, in ingest order."""
        last = 0
        while True:
            with self.reading("reading MinHash signatures") as conn:
                page = conn.execute(
                    select(articles.c.seq, articles.c.id, articles.c.minhash)
                    .where(articles.c.seq > last, articles.c.minhash.is_not(None))
                    .order_by(articles.c.seq)
                    .limit(MINHASH_PAGE_SIZE)
                ).all()
            if not page:
                return
            for row in page:
                yield row.id, bytes(row.minhash)
            last = page[-1].seq

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and cleaned texts, best first.

        Any user input is accepted: text that is not valid query syntax is searched as
        plain terms.
        """
        with self.reading(f"searching for {query!r}") as conn:
            return self._fulltext.search(conn, query, limit=limit)

    def rejections(self) -> list[Rejection]:
        with self.reading("reading rejections") as conn:
            result = conn.execute(select(rejects).order_by(rejects.c.id))
            return [
                Rejection(origin=r.origin, code=r.code, reason=r.reason, at=r.at) for r in result
            ]

    def corpus_pending(self) -> list[str]:
        """Ids of stored articles whose cross-document results are not yet up to date,
        in ingest order."""
        with self.reading("reading the articles pending for the corpus stages") as conn:
            return list(conn.execute(
                select(articles.c.id)
                .join(corpus_pending, corpus_pending.c.article_id == articles.c.id)
                .order_by(articles.c.seq)).scalars())

    # -- writing ----------------------------------------------------------------
    def put_article(
        self,
        document: Document,
        *,
        raw_hash: str,
        content_hash: str,
        minhash: bytes | None,
        duplicate_of: str | None = None,
        duplicate_kind: str | None = None,
        similarity: float | None = None,
    ) -> None:
        """Insert or replace an article, its annotations and its search entry, atomically.

        A replaced article keeps its place in ingest order and its ``ingested_at``.
        """
        values = rows.article_values(
            document,
            raw_hash=raw_hash,
            content_hash=content_hash,
            minhash=minhash,
            duplicate_of=duplicate_of,
            duplicate_kind=duplicate_kind,
            similarity=similarity,
        )
        now = utc_now()
        with self.writing(f"storing article {document.id!r}") as conn:
            old = conn.execute(
                select(articles.c.seq, articles.c.title, articles.c.text).where(
                    articles.c.id == document.id
                )
            ).first()
            if old is None:
                seq = 1 + int(
                    conn.execute(select(func.coalesce(func.max(articles.c.seq), 0))).scalar_one()
                )
                conn.execute(
                    insert(articles).values(**values, seq=seq, ingested_at=now, updated_at=now)
                )
            else:
                seq = old.seq
                self._fulltext.remove(conn, key=seq, title=old.title, body=old.text)
                conn.execute(
                    update(articles)
                    .where(articles.c.id == document.id)
                    .values(**values, updated_at=now)
                )
            self._fulltext.add(conn, key=seq, title=document.title, body=document.text)
            conn.execute(
                delete(annotation_table).where(annotation_table.c.article_id == document.id))
            ann_rows = rows.annotation_rows(document)
            if ann_rows:
                conn.execute(insert(annotation_table), ann_rows)
            # Its cross-document results are now out of date, until the corpus stages ran.
            if conn.execute(select(corpus_pending.c.article_id)
                            .where(corpus_pending.c.article_id == document.id)).first() is None:
                conn.execute(insert(corpus_pending).values(article_id=document.id))

    def remember_raw_hash(self, raw_hash: str, article_id: str) -> None:
        """Record that an input with this hash was seen (a skipped exact duplicate)."""
        with self.writing("remembering an input hash") as conn:
            known = conn.execute(
                select(seen_inputs.c.raw_hash).where(seen_inputs.c.raw_hash == raw_hash)
            ).first()
            if known is None:
                conn.execute(insert(seen_inputs).values(raw_hash=raw_hash, article_id=article_id))

    def add_rejection(self, *, origin: str, code: str, reason: str) -> None:
        """Store why an input was rejected, replacing earlier rejections of the same input."""
        with self.writing(f"storing the rejection of {origin}") as conn:
            conn.execute(delete(rejects).where(rejects.c.origin == origin))
            conn.execute(insert(rejects).values(origin=origin, code=code, reason=reason,
                                                at=utc_now()))

    def clear_rejection(self, origin: str) -> None:
        """Forget old rejections of an input that has now been ingested."""
        with self.writing(f"clearing the rejection of {origin}") as conn:
            conn.execute(delete(rejects).where(rejects.c.origin == origin))

    def corpus_stage_version(self, stage: str) -> str | None:
        """The version of ``stage`` that the stored results of that corpus stage come from."""
        with self.reading(f"reading the version of corpus stage {stage}") as conn:
            value = conn.execute(
                select(corpus_stage_runs.c.version).where(corpus_stage_runs.c.stage == stage)
            ).scalar_one_or_none()
        return None if value is None else str(value)

    def record_corpus_stage(self, stage: str, version: str) -> None:
        """Record that the stored results of ``stage`` now all come from ``version``."""
        with self.writing(f"recording the version of corpus stage {stage}") as conn:
            conn.execute(delete(corpus_stage_runs).where(corpus_stage_runs.c.stage == stage))
            conn.execute(insert(corpus_stage_runs).values(stage=stage, version=version,
                                                          ran_at=utc_now()))


    def clear_corpus_pending(self, article_ids: Sequence[str]) -> None:
        """Record that every corpus stage ran over ``article_ids``."""
        with self.writing("clearing the articles pending for the corpus stages") as conn:
            ids = list(article_ids)
            for start in range(0, len(ids), PAGE_SIZE):
                conn.execute(delete(corpus_pending)
                             .where(corpus_pending.c.article_id.in_(ids[start:start + PAGE_SIZE])))
