"""Read-only queries for browsing a case (the web app and its API).

``BrowseQueries`` implements ``storage.protocols.BrowseStore``: lists of articles and
of one annotation kind, filtered and paged in SQL with bound
parameters, so a page of results never loads the whole corpus. Filters compare the
stored values exactly; dates are ISO strings, compared on their first ten characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select

from sourcetrace.storage import schema
from sourcetrace.storage.protocols import AnnotationRow, ArticleFilter, ArticleRow, OutletRow
from sourcetrace.storage.schema import articles
from sourcetrace.storage.sqlbase import SqlBase

__all__ = ["BrowseQueries"]


# ``schema.annotations`` shares its name with the ``__future__`` feature imported here.
annotation_rows = schema.annotations

_ARTICLE_COLUMNS = (
    articles.c.id,
    articles.c.title,
    articles.c.source,
    articles.c.url,
    articles.c.published,
    articles.c.language,
    articles.c.duplicate_of,
)


def _article(row: Any) -> ArticleRow:
    return ArticleRow(
        id=row.id,
        title=row.title,
        source=row.source,
        url=row.url,
        published=row.published,
        language=row.language,
        duplicate_of=row.duplicate_of,
    )


def _clauses(where: ArticleFilter) -> list[ColumnElement[bool]]:
    day = func.substr(articles.c.published, 1, 10)
    found: list[ColumnElement[bool]] = []
    if where.language:
        found.append(articles.c.language == where.language)
    if where.source:
        found.append(articles.c.source == where.source)
    if where.since:
        found.append(day >= where.since[:10])
    if where.until:
        found.append(day <= where.until[:10])
    if where.ids is not None:
        found.append(articles.c.id.in_(sorted(where.ids)))
    return found


def _filtered(query: Select[Any], where: ArticleFilter) -> Select[Any]:
    clauses = _clauses(where)
    return query.where(and_(*clauses)) if clauses else query


class BrowseQueries(SqlBase):
    """The ``BrowseStore`` protocol in SQL."""

    def list_articles(
        self, where: ArticleFilter, *, limit: int, offset: int
    ) -> tuple[list[ArticleRow], int]:
        """A page of articles (newest publication first, undated last) and the total count."""
        query = _filtered(select(*_ARTICLE_COLUMNS), where)
        order = (articles.c.published.is_(None), articles.c.published.desc(), articles.c.seq)
        with self.reading("listing articles") as conn:
            total = int(
                conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
            )
            rows = conn.execute(query.order_by(*order).limit(limit).offset(offset)).all()
        return [_article(r) for r in rows], total

    def article_rows(self, ids: Sequence[str]) -> dict[str, ArticleRow]:
        """Metadata of the given articles, by id (missing ids are left out)."""
        if not ids:
            return {}
        with self.reading("reading article metadata") as conn:
            rows = conn.execute(select(*_ARTICLE_COLUMNS).where(articles.c.id.in_(list(ids)))).all()
        return {r.id: _article(r) for r in rows}

    def list_annotations(
        self,
        kind: str,
        where: ArticleFilter,
        *,
        limit: int,
        offset: int,
        text: str | None = None,
        record_kind: str | None = None,
    ) -> tuple[list[AnnotationRow], int]:
        """A page of one annotation kind across articles, in article then text order.

        ``text`` keeps records whose own text contains it (case-insensitive); ``record_kind``
        keeps records whose own ``kind`` field is that (a signal kind). Both filter before
        paging, so ``total`` counts what passes.
        """
        query: Select[Any] = select(
            annotation_rows.c.article_id,
            annotation_rows.c.n,
            annotation_rows.c.data,
            *_ARTICLE_COLUMNS[1:],
        ).join(articles, articles.c.id == annotation_rows.c.article_id)
        query = _filtered(query.where(annotation_rows.c.kind == kind), where)
        if text:
            query = query.where(func.lower(annotation_rows.c.text).contains(text.lower()))
        if record_kind:
            query = query.where(annotation_rows.c.data["kind"].as_string() == record_kind)
        with self.reading(f"listing {kind} records") as conn:
            total = int(
                conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
            )
            rows = conn.execute(
                query.order_by(articles.c.seq, annotation_rows.c.n).limit(limit).offset(offset)
            ).all()
        found = []
        for r in rows:
            meta = ArticleRow(
                id=r.article_id,
                title=r.title,
                source=r.source,
                url=r.url,
                published=r.published,
                language=r.language,
                duplicate_of=r.duplicate_of,
            )
            found.append(AnnotationRow(article_id=r.article_id, n=r.n, data=dict(r.data),
                                       article=meta))
        return found, total

    def mention_rows(self) -> list[tuple[str, int, int, str, str]]:
        """Every stored mention as (article id, start, end, text, label), in ingest order."""
        query = (
            select(annotation_rows.c.article_id, annotation_rows.c.start, annotation_rows.c.end,
                   annotation_rows.c.text, annotation_rows.c.data)
            .join(articles, articles.c.id == annotation_rows.c.article_id)
            .where(annotation_rows.c.kind == "mention")
            .order_by(articles.c.seq, annotation_rows.c.n)
        )
        with self.reading("reading mentions") as conn:
            return [
                (r.article_id, r.start, r.end, r.text or "", str(r.data.get("label") or ""))
                for r in conn.execute(query)
            ]

    def outlet_rows(self) -> list[OutletRow]:
        """Every outlet (``source``) with its article count, languages and date range."""
        query = select(articles.c.source, articles.c.language, articles.c.published).where(
            articles.c.source.is_not(None)
        )
        by_source: dict[str, list[tuple[str | None, str | None]]] = {}
        with self.reading("listing outlets") as conn:
            for r in conn.execute(query):
                by_source.setdefault(r.source, []).append((r.language, r.published))
        outlets = []
        for source, items in by_source.items():
            dates = sorted(p[:10] for _, p in items if p)
            outlets.append(
                OutletRow(
                    source=source,
                    articles=len(items),
                    languages=tuple(sorted({lang for lang, _ in items if lang})),
                    first=dates[0] if dates else None,
                    last=dates[-1] if dates else None,
                )
            )
        outlets.sort(key=lambda o: (-o.articles, o.source.lower()))
        return outlets

    def published_by_month(self, where: ArticleFilter) -> list[tuple[str, int]]:
        """(``YYYY-MM``, articles published that month) of the articles ``where`` keeps, in
        month order; counted by the database, so the cost does not grow with what is read."""
        month = func.substr(articles.c.published, 1, 7)
        query = _filtered(select(month.label("month"), func.count().label("n")), where)
        query = query.where(articles.c.published.is_not(None)).group_by(month).order_by(month)
        with self.reading("counting articles by month") as conn:
            return [(str(r.month), int(r.n)) for r in conn.execute(query)]

    def changed_since(self, since: str) -> list[tuple[ArticleRow, bool]]:
        """Articles ingested or updated at or after ``since`` (an ISO date or UTC time),
        in ingest order, each with ``True`` when it was first ingested then (else it was
        updated)."""
        query = (select(*_ARTICLE_COLUMNS, articles.c.ingested_at)
                 .where(articles.c.updated_at >= since).order_by(articles.c.seq))
        with self.reading("listing changed articles") as conn:
            rows = conn.execute(query).all()
        return [(_article(r), r.ingested_at >= since) for r in rows]

    def count_by(self, column: str) -> list[tuple[str, int]]:
        """(value, article count) of ``language`` or ``source``, most frequent first."""
        col = {"language": articles.c.language, "source": articles.c.source}[column]
        query = (
            select(col.label("value"), func.count().label("n"))
            .where(col.is_not(None))
            .group_by(col)
            .order_by(func.count().desc(), col)
        )
        with self.reading(f"counting articles by {column}") as conn:
            return [(r.value, int(r.n)) for r in conn.execute(query)]
