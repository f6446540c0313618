"""Queries of cross-document linking: read mentions, write a linking result, keep the
user's decisions and knowledge-base entries, and read entities back for the CLI/export.

``EntityQueries`` implements ``storage.protocols.EntityStore``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, delete, desc, func, insert, select

from sourcetrace.capabilities.linking.records import Decision, LinkMention, LinkResult
from sourcetrace.errors import StaleDecisionError, StoreError
from sourcetrace.kb import KBEntry, entry_from_dict
from sourcetrace.kb.entries import entry_to_dict
from sourcetrace.storage import schema as _schema
from sourcetrace.storage.protocols import EntitySummary
from sourcetrace.storage.schema import articles
from sourcetrace.storage.sqlbase import SqlBase, utc_now
from sourcetrace.storage.tables.entities import (
    entities,
    entity_aliases,
    entity_decisions,
    kb_user_entries,
    mention_links,
)

__all__ = ["EntityQueries"]

# ``schema.annotations`` shares its name with the ``__future__`` feature imported here.
annotation_table = _schema.annotations
#: Mention rows read per query.
PAGE = 5000


def _alias(alias: Any) -> dict[str, Any]:
    """An alias with its evidence (an ``AliasEvidence`` or a stored row: same names)."""
    return {"alias": alias.alias, "rule": alias.rule, "detail": alias.detail,
            "score": alias.score, "language": alias.language, "article_id": alias.article_id}


class EntityQueries(SqlBase):
    """The ``EntityStore`` protocol in SQL."""

    def link_mentions(self) -> list[LinkMention]:
        """Every stored mention with its article's language and date, in ingest order."""
        query = (
            select(
                annotation_table.c.id,
                annotation_table.c.article_id,
                annotation_table.c.data,
                articles.c.language,
                articles.c.published,
            )
            .join(articles, articles.c.id == annotation_table.c.article_id)
            .where(annotation_table.c.kind == "mention")
            .order_by(articles.c.seq, annotation_table.c.n)
        )
        out: list[LinkMention] = []
        with self.reading("reading mentions for linking") as conn:
            for row in conn.execute(query):
                data = row.data
                out.append(
                    LinkMention(
                        id=row.id,
                        article_id=row.article_id,
                        start=data["start"],
                        end=data["end"],
                        text=data["text"],
                        label=data["label"],
                        entity_key=data.get("entity_key"),
                        role=data.get("role"),
                        role_org=data.get("role_org"),
                        title=data.get("title"),
                        type_evidence=data.get("type_evidence"),
                        language=row.language,
                        published=row.published,
                    )
                )
        return out

    def write_link_result(self, result: LinkResult, mentions: Sequence[LinkMention]) -> None:
        """Replace the stored entities, aliases and mention links by ``result``, atomically."""
        rows = _link_rows(result, mentions)
        with self.writing("storing linked entities") as conn:
            _replace_links(conn, rows)

    def decisions(self) -> list[Decision]:
        with self.reading("reading entity decisions") as conn:
            rows = conn.execute(select(entity_decisions).order_by(entity_decisions.c.seq)).all()
        return [
            Decision(
                seq=r.seq,
                action=r.action,
                entity=r.entity_id,
                other=r.other_id,
                alias=r.alias,
                mentions=tuple(r.mentions or ()),
                name=r.name,
            )
            for r in rows
        ]

    def add_decision(
        self,
        *, action: str, entity: str, other: str | None = None,
                     alias: str | None = None, mentions: Sequence[str] = (),
                     name: str | None = None,
                     result: tuple[int, LinkResult, Sequence[LinkMention]] | None = None) -> int:
        """Store one user decision; returns its ``seq`` (the order decisions are replayed in).

        ``result``: (the seq the decision was tried as, the linking it gives, the mentions
        linked). Its entities are stored in the same transaction as the decision, so a
        process killed in between leaves neither. If the store numbers the decision
        otherwise (another decision came in meanwhile), nothing is stored and
        ``StaleDecisionError`` says so.
        """
        rows = _link_rows(result[1], result[2]) if result is not None else None
        with self.writing("storing an entity decision") as conn:
            inserted = conn.execute(
                insert(entity_decisions).values(
                    action=action,
                    entity_id=entity,
                    other_id=other,
                    alias=alias,
                    mentions=list(mentions),
                    name=name,
                    at=utc_now(),
                )
            )
            key = inserted.inserted_primary_key
            if key is None:  # pragma: no cover - every SQL backend returns the new id
                raise StoreError(f"{self.path}: the new decision got no id")
            if result is not None and rows is not None:
                if int(key[0]) != result[0]:
                    raise StaleDecisionError(
                        f"{self.path}: decision stored as {key[0]}, tried as {result[0]}")
                _replace_links(conn, rows)
        return int(key[0])

    def entity_ids(self) -> set[str]:
        """The ids of the stored entities (after the last linking run)."""
        with self.reading("listing entity ids") as conn:
            return {row.id for row in conn.execute(select(entities.c.id))}

    def user_entries(self) -> list[KBEntry]:
        """The knowledge-base entries the user added (``sourcetrace kb add``)."""
        with self.reading("reading the user's knowledge-base entries") as conn:
            rows = conn.execute(select(kb_user_entries).order_by(kb_user_entries.c.id)).all()
        return [entry_from_dict(r.data, where=f"{r.source} ({r.id})", origin="user") for r in rows]

    def add_user_entries(self, items: Sequence[KBEntry], source: str) -> int:
        """Insert or replace entries by id; returns how many were stored."""
        with self.writing("storing knowledge-base entries") as conn:
            for entry in items:
                conn.execute(delete(kb_user_entries).where(kb_user_entries.c.id == entry.id))
                conn.execute(
                    insert(kb_user_entries).values(
                        id=entry.id, data=entry_to_dict(entry), source=source, added_at=utc_now()
                    )
                )
        return len(items)

    def top_entities(self, *, limit: int = 30, kind: str | None = None) -> list[EntitySummary]:
        query = (
            select(entities)
            .order_by(desc(entities.c.article_count), desc(entities.c.mention_count),
                      entities.c.id)
            .limit(limit)
        )
        if kind:
            query = query.where(entities.c.type == kind)
        with self.reading("listing entities") as conn:
            rows = conn.execute(query).all()
        return [EntitySummary(id=r.id, name=r.name, type=r.type, qid=r.qid,
                              article_count=r.article_count, mention_count=r.mention_count)
                for r in rows]

    def entity_detail(self, entity_id: str) -> dict[str, Any] | None:
        """An entity with its aliases (and evidence), articles and mentions; None if unknown."""
        with self.reading("reading an entity") as conn:
            row = conn.execute(select(entities).where(entities.c.id == entity_id)).first()
            if row is None:
                return None
            aliases = conn.execute(
                select(entity_aliases)
                .where(entity_aliases.c.entity_id == entity_id)
                .order_by(entity_aliases.c.id)
            ).all()
            per_article = conn.execute(
                select(mention_links.c.article_id, articles.c.title, func.count().label("mentions"))
                .join(articles, articles.c.id == mention_links.c.article_id)
                .where(mention_links.c.entity_id == entity_id)
                .group_by(mention_links.c.article_id, articles.c.title, articles.c.seq)
                .order_by(articles.c.seq)
            ).all()
        return {
            "id": row.id,
            "name": row.name,
            "type": row.type,
            "kb_id": row.qid,
            "kb_entry": row.kb_entry,
            "roles": list(row.roles),
            "aliases": [_alias(a) for a in aliases],
            "articles": [
                {"id": a.article_id, "title": a.title, "mentions": a.mentions} for a in per_article
            ],
        }

    def iter_entities(self) -> Iterator[dict[str, Any]]:
        """Every entity with its aliases and mentions, for the export (most cited first)."""
        with self.reading("exporting entities") as conn:
            rows = conn.execute(
                select(entities).order_by(desc(entities.c.article_count), entities.c.id)
            ).all()
            alias_rows = conn.execute(
                select(entity_aliases.c.entity_id, entity_aliases.c.alias)
                .order_by(entity_aliases.c.id)
            ).all()
            link_rows = conn.execute(
                select(mention_links).order_by(
                    mention_links.c.entity_id, mention_links.c.article_id, mention_links.c.start
                )
            ).all()
        aliases: dict[str, list[str]] = {}
        for a in alias_rows:
            aliases.setdefault(a.entity_id, []).append(a.alias)
        mentions: dict[str, list[dict[str, Any]]] = {}
        for m in link_rows:
            mentions.setdefault(m.entity_id, []).append(
                {"article_id": m.article_id, "start": m.start, "end": m.end, "text": m.text}
            )
        for row in rows:
            yield {
                "id": row.id,
                "name": row.name,
                "type": row.type,
                "aliases": aliases.get(row.id, []),
                "kb_id": row.qid,
                "mentions": mentions.get(row.id, []),
                "kb_entry": row.kb_entry,
                "roles": list(row.roles),
            }

    def mention_ids_at(
        self, entity_id: str, spans: Sequence[tuple[str, int, int]]
    ) -> dict[tuple[str, int, int], str]:
        """The ids of ``entity_id``'s mentions at ``(article_id, start, end)`` spans; spans
        that are not its mentions are left out."""
        wanted = set(spans)
        articles_of = {article for article, _, _ in wanted}
        if not wanted:
            return {}
        with self.reading("reading mention links") as conn:
            rows = conn.execute(
                select(mention_links).where(
                    mention_links.c.entity_id == entity_id,
                    mention_links.c.article_id.in_(articles_of),
                )
            ).all()
        return {
            (r.article_id, r.start, r.end): r.mention_id
            for r in rows
            if (r.article_id, r.start, r.end) in wanted
        }

    def speaker_resolver(self) -> Callable[[str, int | None, int | None], str | None]:
        """``resolve(article_id, start, end)``: the entity of a linked mention overlapping the
        span (a quote's speaker), or None. Reads one article's links at a time, cached."""
        cache: dict[str, list[tuple[int, int, str]]] = {}

        def resolve(article_id: str, start: int | None, end: int | None) -> str | None:
            if start is None or end is None:
                return None
            if article_id not in cache:
                with self.reading("reading mention links") as conn:
                    cache[article_id] = [
                        (r.start, r.end, r.entity_id)
                        for r in conn.execute(
                            select(mention_links.c.start, mention_links.c.end,
                                   mention_links.c.entity_id)
                            .where(mention_links.c.article_id == article_id)
                        )
                    ]
            best = [
                (min(e, end) - max(s, start), ent)
                for s, e, ent in cache[article_id]
                if s < end and start < e
            ]
            return max(best)[1] if best else None

        return resolve

    def linked_mentions(self, article_id: str) -> dict[int, str]:
        """Mention index (its position in ``Document.mentions``) → linked entity id, for one
        article."""
        with self.reading("reading mention links") as conn:
            rows = conn.execute(
                select(mention_links.c.mention_id, mention_links.c.entity_id).where(
                    mention_links.c.article_id == article_id
                )
            ).all()
        out: dict[int, str] = {}
        for mention_id, entity_id in rows:
            tail = str(mention_id).rsplit(":", 1)[-1]
            if tail.isdigit():
                out[int(tail)] = entity_id
        return out


_Rows = list[dict[str, Any]]


def _link_rows(result: LinkResult, mentions: Sequence[LinkMention]) -> tuple[_Rows, _Rows, _Rows]:
    """The entity, alias and mention-link rows of a linking result."""
    by_id = {m.id: m for m in mentions}
    entity_rows = [
        {
            "id": e.id,
            "name": e.name,
            "type": e.type,
            "qid": e.qid,
            "kb_entry": e.kb_entry,
            "roles": list(e.roles),
            "article_count": len(e.article_ids),
            "mention_count": len(e.mention_ids),
        }
        for e in result.entities
    ]
    alias_rows = [{"entity_id": e.id, **_alias(a)} for e in result.entities for a in e.aliases]
    link_rows = [
        {
            "mention_id": m,
            "article_id": by_id[m].article_id,
            "entity_id": e.id,
            "start": by_id[m].start,
            "end": by_id[m].end,
            "text": by_id[m].text,
        }
        for e in result.entities
        for m in e.mention_ids
        if m in by_id
    ]
    return entity_rows, alias_rows, link_rows


def _replace_links(conn: Connection, rows: tuple[_Rows, _Rows, _Rows]) -> None:
    """Replace every stored entity, alias and mention link by ``rows``, in ``conn``'s
    transaction."""
    for table in (mention_links, entity_aliases, entities):
        conn.execute(delete(table))
    for table, table_rows in zip((entities, entity_aliases, mention_links), rows, strict=True):
        for start in range(0, len(table_rows), PAGE):
            conn.execute(insert(table), table_rows[start : start + PAGE])
