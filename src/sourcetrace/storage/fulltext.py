"""Full-text search: the one backend-specific part of the store.

``SqlStore`` keeps its SQL in portable SQLAlchemy Core and delegates indexing and
searching to a ``FullText`` strategy. ``Fts5FullText`` is SQLite's: an external-content
FTS5 table (``articles_fts``, created by the initial migration) over ``articles.title``
and ``articles.text``, keyed by ``articles.seq``, tokenised with ``unicode61
remove_diacritics 2`` so "Etat" finds "État". A PostgreSQL store would implement the same
three methods with a ``tsvector`` column.
"""

from __future__ import annotations

import re
from typing import Protocol

from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError

from sourcetrace.storage.base import HIT_END, HIT_START, SearchHit

__all__ = ["HIT_END", "HIT_START", "Fts5FullText", "FullText", "quote_terms"]

#: Markers around matched terms in ``SearchHit.snippet`` (plain text, safe to escape).
_ELLIPSIS = "…"
_SNIPPET_TOKENS = 16
#: bm25 column weights (title, text): a match in the title counts double.
_WEIGHTS = (2.0, 1.0)

_WORDISH = re.compile(r"\w")


class FullText(Protocol):
    """Index maintenance and search, called inside the store's transactions."""

    def add(self, conn: Connection, *, key: int, title: str | None, body: str) -> None: ...

    def remove(self, conn: Connection, *, key: int, title: str | None, body: str) -> None:
        """Drop an entry; ``title`` and ``body`` are the values it was indexed with."""

    def search(self, conn: Connection, query: str, *, limit: int) -> list[SearchHit]: ...


def quote_terms(query: str) -> str:
    """``query`` as FTS5 string literals, one per whitespace-separated term (implicit AND).

    Used when a user's query is not valid FTS5 syntax: every character loses its
    operator meaning, and terms with no word character are dropped.
    """
    terms = [t for t in query.split() if _WORDISH.search(t)]
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


class Fts5FullText:
    """SQLite FTS5 over the ``articles_fts`` external-content table."""

    _ADD = text("INSERT INTO articles_fts(rowid, title, text) VALUES (:key, :title, :body)")
    _REMOVE = text(
        "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
        "VALUES ('delete', :key, :title, :body)"
    )
    _SEARCH = text(
        "SELECT a.id, a.title, a.source, a.published, "
        f"snippet(articles_fts, -1, :hit_start, :hit_end, :ellipsis, {_SNIPPET_TOKENS}) "
        "AS snippet, "
        f"bm25(articles_fts, {_WEIGHTS[0]}, {_WEIGHTS[1]}) AS rank "
        "FROM articles_fts JOIN articles AS a ON a.seq = articles_fts.rowid "
        "WHERE articles_fts MATCH :query ORDER BY rank, a.seq LIMIT :limit"
    )

    def add(self, conn: Connection, *, key: int, title: str | None, body: str) -> None:
        conn.execute(self._ADD, {"key": key, "title": title, "body": body})

    def remove(self, conn: Connection, *, key: int, title: str | None, body: str) -> None:
        conn.execute(self._REMOVE, {"key": key, "title": title, "body": body})

    def search(self, conn: Connection, query: str, *, limit: int) -> list[SearchHit]:
        """Best first; a query FTS5 cannot parse is retried with its terms quoted.

        ``score`` is the negated bm25 rank, so higher is better.
        """
        if not query.strip() or limit <= 0:
            return []
        try:
            # A savepoint keeps a failed parse from disturbing the caller's transaction.
            with conn.begin_nested():
                return self._run(conn, query, limit)
        except OperationalError:
            quoted = quote_terms(query)
            if not quoted:
                return []
            return self._run(conn, quoted, limit)

    def _run(self, conn: Connection, query: str, limit: int) -> list[SearchHit]:
        rows = conn.execute(
            self._SEARCH,
            {
                "query": query,
                "limit": limit,
                "hit_start": HIT_START,
                "hit_end": HIT_END,
                "ellipsis": _ELLIPSIS,
            },
        )
        return [
            SearchHit(
                article_id=row.id,
                title=row.title,
                source=row.source,
                published=row.published,
                snippet=row.snippet or "",
                score=-float(row.rank),
            )
            for row in rows
        ]
