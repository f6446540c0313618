"""Full-text search on PostgreSQL: a ``tsvector`` with ``unaccent``, read with FTS5's syntax.

The index is the table ``articles_fts`` (``seq`` → ``document``), made by the initial
migration with a GIN index. Titles are weighted ``A``, texts ``D``. The text search
configuration ``sourcetrace`` (also made by the migration) is ``simple`` with
``unaccent`` in front: lower case, diacritics folded ("Etat" finds "État"), no stemming
and no stop words, as SQLite's ``unicode61 remove_diacritics 2`` tokenizer does. Unlike
``simple``, it indexes a hyphenated word by its parts only, as FTS5 does.

Queries are written in FTS5's syntax on both backends (``storage.fts_query`` parses
them): terms (implicit AND), ``"phrases"``, ``prefix*``, ``AND``/``OR``/``NOT``,
parentheses, ``title:``/``text:`` column filters and ``^`` (at the start of a column).
A query that does not parse is searched as plain terms, as on SQLite. ``NEAR(a b)`` is
read as ``a AND b`` here (PostgreSQL has no any-order distance operator).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, text

from sourcetrace.storage.base import HIT_END, HIT_START, SearchHit
from sourcetrace.storage.fts_query import (
    And,
    Node,
    Not,
    Or,
    Phrase,
    QuerySyntaxError,
    parse,
)
from sourcetrace.storage.fulltext import quote_terms

__all__ = ["CONFIG", "TsvectorFullText"]

#: The text search configuration the migration creates.
CONFIG = "sourcetrace"
_ELLIPSIS = "…"
_SNIPPET_WORDS = 16
#: ts_rank weights {D, C, B, A}: a match in the title (A) counts double one in the text (D).
_WEIGHTS = "{0.5, 0.5, 0.5, 1.0}"
_WEIGHT = {"title": "A", "text": "D"}
_SQL_COLUMN = {"title": "coalesce(a.title, '')", "text": "a.text"}
#: Not a letter or digit, in a POSIX regular expression.
_GAP = "[^[:alnum:]]"
_WORD = re.compile(r"[^\W_]+")

_DOCUMENT = (
    f"setweight(to_tsvector('{CONFIG}', coalesce(:title, '')), 'A') || "
    f"setweight(to_tsvector('{CONFIG}', :body), 'D')"
)
_ADD = text(f"INSERT INTO articles_fts (seq, document) VALUES (:key, {_DOCUMENT})")
_REMOVE = text("DELETE FROM articles_fts WHERE seq = :key")


def _operand(phrase: Phrase, columns: frozenset[str]) -> str:
    """``phrase`` as one ``to_tsquery`` operand: quoted text, ``:*`` for a prefix and a
    weight for a column filter. The configuration splits and folds the text."""
    quoted = "'" + phrase.text.replace("\\", "\\\\").replace("'", "''") + "'"
    label = "" if columns >= {"title", "text"} else "".join(_WEIGHT[c] for c in sorted(columns))
    suffix = ("*" if phrase.prefix else "") + label
    return f"{quoted}:{suffix}" if suffix else quoted


class _Compiler:
    """An FTS5 query tree as one SQL condition over ``f.document`` (and, for ``^``, the
    article's columns), with its parameters, and the tsquery of its terms for ranking."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {}
        self.terms: list[str] = []

    def _param(self, value: str) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def condition(self, node: Node) -> str:
        if isinstance(node, And):
            return f"({self.condition(node.left)} AND {self.condition(node.right)})"
        if isinstance(node, Or):
            return f"({self.condition(node.left)} OR {self.condition(node.right)})"
        if isinstance(node, Not):
            return f"({self.condition(node.left)} AND NOT {self.condition(node.right)})"
        if not node.columns:  # a filter that leaves no column matches nothing
            return "FALSE"
        operand = _operand(node, node.columns)
        self.terms.append(operand)
        matches = f"f.document @@ to_tsquery('{CONFIG}', {self._param(operand)})"
        if not node.initial:
            return f"({matches})"
        return f"({matches} AND {self._at_start(node)})"

    def _at_start(self, node: Phrase) -> str:
        """``^phrase``: the phrase's words open the title or the text (folded as the
        index folds them)."""
        words = _WORD.findall(node.text)
        if not words:
            return "FALSE"
        pattern = f"^{_GAP}*" + f"{_GAP}+".join(words) + ("" if node.prefix else f"({_GAP}|$)")
        folded = self._param(pattern)
        tests = [f"lower(unaccent({_SQL_COLUMN[c]})) ~ lower(unaccent({folded}))"
                 for c in sorted(node.columns)]
        return "(" + " OR ".join(tests) + ")"


def _search_sql(condition: str) -> Any:
    headline_options = (f'StartSel="{HIT_START}", StopSel="{HIT_END}", '
                        f"MaxWords={_SNIPPET_WORDS}, MinWords={_SNIPPET_WORDS // 2}, "
                        "ShortWord=0, MaxFragments=1")
    return text(
        "WITH q AS (SELECT to_tsquery('" + CONFIG + "', :ranked) AS query), "
        "hits AS ("
        "  SELECT a.seq, ts_rank('" + _WEIGHTS + "', f.document, q.query) AS rank "
        "  FROM articles_fts AS f JOIN articles AS a ON a.seq = f.seq, q "
        f"  WHERE {condition} ORDER BY rank DESC, a.seq LIMIT :limit) "
        "SELECT a.id, a.title, a.source, a.published, a.text, hits.rank, "
        f"  ts_headline('{CONFIG}', a.text, q.query, '{headline_options}') AS body_snippet, "
        f"  ts_headline('{CONFIG}', coalesce(a.title, ''), q.query, '{headline_options}') "
        "  AS title_snippet "
        "FROM hits JOIN articles AS a ON a.seq = hits.seq, q "
        "ORDER BY hits.rank DESC, a.seq"
    )


def _snippet(body: str, body_snippet: str, title_snippet: str) -> str:
    """The body's snippet if a term is marked in it, else the title's if marked there;
    with an ellipsis where the text goes on, as FTS5's ``snippet()`` writes it."""
    if HIT_START not in body_snippet and HIT_START in title_snippet:
        return title_snippet
    plain = body_snippet.replace(HIT_START, "").replace(HIT_END, "").strip()
    words, whole = plain.split(), body.split()
    if not words:
        return body_snippet
    start = next((i for i in range(len(whole)) if whole[i:i + len(words)] == words), 0)
    before = _ELLIPSIS if start > 0 else ""
    after = _ELLIPSIS if start + len(words) < len(whole) else ""
    return f"{before}{body_snippet.strip()}{after}"


class TsvectorFullText:
    """PostgreSQL full text over ``articles_fts`` (see the module docstring)."""

    def add(self, conn: Connection, *, key: int, title: str | None, body: str) -> None:
        conn.execute(_ADD, {"key": key, "title": title, "body": body})

    def remove(self, conn: Connection, *, key: int, title: str | None, body: str) -> None:
        conn.execute(_REMOVE, {"key": key})

    def search(self, conn: Connection, query: str, *, limit: int) -> list[SearchHit]:
        """Best first; a query that does not parse is searched as its plain terms.

        ``score`` is ``ts_rank`` (higher is better): comparable within one backend only.
        """
        if not query.strip() or limit <= 0:
            return []
        try:
            tree = parse(query)
        except QuerySyntaxError:
            quoted = quote_terms(query)
            if not quoted:
                return []
            tree = parse(quoted)
        compiler = _Compiler()
        condition = compiler.condition(tree)
        params = {**compiler.params, "ranked": " | ".join(compiler.terms), "limit": limit}
        rows = conn.execute(_search_sql(condition), params)
        return [
            SearchHit(
                article_id=row.id,
                title=row.title,
                source=row.source,
                published=row.published,
                snippet=_snippet(row.text, row.body_snippet or "", row.title_snippet or ""),
                score=float(row.rank),
            )
            for row in rows
        ]
