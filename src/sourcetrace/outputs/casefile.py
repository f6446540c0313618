"""A case as a reader sees it: every export record of a store, indexed for rendering.

``CaseFile.load(store)`` reads the export records (``outputs.contract.iter_items``: the
same records a JSON export holds, including whatever the cross-document stages add:
entities, stories, checks, outlet signals) and indexes them by article, by id and by
outlet. It also keeps, per article, what a reader needs beyond the contract: the
per-article mentions (before linking), what cleaning removed and the stage errors.

The brief and the web app both render from it; nothing here knows about HTML. Records
stay the contract's plain dicts so that fields added to the contract later reach the
renderers without a change here. ``focus`` narrows a case to some articles (one story,
one entity) and keeps the whole case's figures and quotes reachable by id, so a check
that compares a focused figure with one outside the focus can still be explained.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sourcetrace.model import Mention, Removal, StageError
from sourcetrace.outputs.contract import ExportItem, iter_items
from sourcetrace.storage.base import Store

__all__ = ["UNKNOWN_OUTLET", "ArticleExtras", "CaseFile", "OutletSummary", "Record"]

#: A contract record (``ArticleRecord``, ``QuoteRecord`` …) as a read-only mapping.
Record = Mapping[str, Any]

#: The outlet name used for articles whose source is unknown.
UNKNOWN_OUTLET = "(unknown outlet)"


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleExtras:
    """Per-article data outside the export contract that a reader wants to see."""

    mentions: tuple[Mention, ...] = ()
    removed: tuple[Removal, ...] = ()
    errors: tuple[StageError, ...] = ()
    similarity: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class OutletSummary:
    """One outlet: its articles (ids, in case order), languages and date range."""

    name: str
    article_ids: tuple[str, ...]
    languages: Mapping[str, int]
    first: str | None
    last: str | None


def outlet_of(article: Record) -> str:
    """The outlet an article is filed under (``UNKNOWN_OUTLET`` when not known)."""
    source = article.get("source")
    return source.strip() if isinstance(source, str) and source.strip() else UNKNOWN_OUTLET


def _group(records: Iterable[Record], key: str) -> dict[str, list[Record]]:
    grouped: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        value = record.get(key)
        if isinstance(value, str):
            grouped[value].append(record)
    return dict(grouped)


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseFile:
    """Every record of a case, in export order, with the indexes renderers need.

    Lists keep the export's order (articles in ingest order, annotations in text order).
    ``signals`` holds the per-article signals; ``outlet_signals`` those about an outlet as
    a whole (``article_id`` null, an ``outlet`` field). ``other`` keeps records of kinds
    this module does not know yet (e.g. ``event``), by kind.
    """

    articles: tuple[Record, ...] = ()
    entities: tuple[Record, ...] = ()
    quotes: tuple[Record, ...] = ()
    figures: tuple[Record, ...] = ()
    dates: tuple[Record, ...] = ()
    stories: tuple[Record, ...] = ()
    signals: tuple[Record, ...] = ()
    outlet_signals: tuple[Record, ...] = ()
    checks: tuple[Record, ...] = ()
    other: Mapping[str, tuple[Record, ...]] = field(default_factory=dict)
    extras: Mapping[str, ArticleExtras] = field(default_factory=dict)
    #: Figures and quotes of the whole case by id, kept whole by ``focus``.
    figure_index: Mapping[str, Record] = field(default_factory=dict)
    quote_index: Mapping[str, Record] = field(default_factory=dict)
    #: The articles by id (derived from ``articles``).
    article_index: Mapping[str, Record] = field(init=False, default_factory=dict)
    #: The entities by id (derived from ``entities``).
    entity_index: Mapping[str, Record] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        # Frozen: the derived indexes are set once, here.
        object.__setattr__(self, "article_index", {a["id"]: a for a in self.articles})
        object.__setattr__(self, "entity_index", {e["id"]: e for e in self.entities})

    # -- building -------------------------------------------------------------------
    @classmethod
    def load(cls, store: Store) -> CaseFile:
        """Read a whole case from ``store``: the export records plus reader extras."""
        extras = {
            stored.document.id: ArticleExtras(
                mentions=stored.document.mentions,
                removed=stored.document.removed,
                errors=stored.document.errors,
                similarity=stored.similarity,
            )
            for stored in store.iter_articles()
        }
        return cls.from_items(iter_items(store), extras=extras)

    @classmethod
    def from_items(
        cls, items: Iterable[ExportItem], *, extras: Mapping[str, ArticleExtras] | None = None
    ) -> CaseFile:
        """Build a case from export items (as ``iter_items`` yields them)."""
        by_kind: dict[str, list[Record]] = defaultdict(list)
        for item in items:
            by_kind[item.kind].append(item.data)
        signals = by_kind.pop("signal", [])
        known = {"article", "entity", "quote", "figure", "date", "story", "check"}
        figures = tuple(by_kind.get("figure", ()))
        quotes = tuple(by_kind.get("quote", ()))
        return cls(
            articles=tuple(by_kind.get("article", ())),
            entities=tuple(by_kind.get("entity", ())),
            quotes=quotes,
            figures=figures,
            dates=tuple(by_kind.get("date", ())),
            stories=tuple(by_kind.get("story", ())),
            signals=tuple(s for s in signals if s.get("article_id") is not None),
            outlet_signals=tuple(s for s in signals if s.get("article_id") is None),
            checks=tuple(by_kind.get("check", ())),
            other={k: tuple(v) for k, v in by_kind.items() if k not in known},
            extras=dict(extras or {}),
            figure_index={f["id"]: f for f in figures if "id" in f},
            quote_index={q["id"]: q for q in quotes if "id" in q},
        )

    # -- lookups --------------------------------------------------------------------
    def article(self, article_id: str) -> Record | None:
        return self.article_index.get(article_id)

    def by_article(self) -> ArticleIndex:
        """Every per-article record grouped under its article id."""
        mentions: dict[str, list[tuple[Record, Record]]] = defaultdict(list)
        for entity in self.entities:
            for mention in entity.get("mentions", ()):
                mentions[mention["article_id"]].append((entity, mention))
        return ArticleIndex(
            quotes=_group(self.quotes, "article_id"),
            figures=_group(self.figures, "article_id"),
            dates=_group(self.dates, "article_id"),
            signals=_group(self.signals, "article_id"),
            entity_mentions=dict(mentions),
        )

    def checks_by_item(self) -> dict[str, list[Record]]:
        """Checks indexed by every figure or quote id they compare."""
        index: dict[str, list[Record]] = defaultdict(list)
        for check in self.checks:
            for item in check.get("items", ()):
                index[item].append(check)
        return dict(index)

    def outlets(self) -> list[OutletSummary]:
        """One summary per outlet, most articles first, then by name."""
        grouped: dict[str, list[Record]] = defaultdict(list)
        for article in self.articles:
            grouped[outlet_of(article)].append(article)
        summaries = []
        for name, articles in grouped.items():
            dates = sorted(a["published"] for a in articles if a.get("published"))
            languages = Counter(a.get("language") or "?" for a in articles)
            summaries.append(
                OutletSummary(
                    name=name,
                    article_ids=tuple(a["id"] for a in articles),
                    languages=dict(languages.most_common()),
                    first=dates[0] if dates else None,
                    last=dates[-1] if dates else None,
                )
            )
        summaries.sort(key=lambda o: (-len(o.article_ids), o.name.casefold()))
        return summaries

    def story(self, story_id: str) -> Record | None:
        return next((s for s in self.stories if s.get("id") == story_id), None)

    def entity(self, entity_id: str) -> Record | None:
        return self.entity_index.get(entity_id)

    # -- narrowing ------------------------------------------------------------------
    def focus(self, article_ids: Iterable[str]) -> CaseFile:
        """The case narrowed to ``article_ids`` (kept in case order).

        Entities keep only their mentions in those articles (and are dropped without
        any); stories and checks are kept when they touch one of the articles; outlet
        signals are kept for the outlets of those articles.
        """
        keep = set(article_ids)
        articles = tuple(a for a in self.articles if a["id"] in keep)
        outlets = {outlet_of(a) for a in articles}

        def mine(records: Sequence[Record]) -> tuple[Record, ...]:
            return tuple(r for r in records if r.get("article_id") in keep)

        entities = []
        for entity in self.entities:
            mentions = [m for m in entity.get("mentions", ()) if m.get("article_id") in keep]
            if mentions:
                entities.append({**entity, "mentions": mentions})
        kept_items = {r["id"] for r in (*mine(self.figures), *mine(self.quotes)) if "id" in r}
        # An event's checks compare its mentions (``<article>:event:<n>``).
        kept_items |= {i for c in self.checks if c.get("kind") == "event"
                       for i in c.get("items", ()) if str(i).split(":event:", 1)[0] in keep}
        return CaseFile(
            articles=articles,
            entities=tuple(entities),
            quotes=mine(self.quotes),
            figures=mine(self.figures),
            dates=mine(self.dates),
            stories=tuple(
                s for s in self.stories if keep.intersection(s.get("article_ids", ()))
            ),
            signals=mine(self.signals),
            outlet_signals=tuple(
                s for s in self.outlet_signals if s.get("outlet") in outlets
            ),
            checks=tuple(
                c for c in self.checks if kept_items.intersection(c.get("items", ()))
            ),
            other={
                kind: tuple(
                    r for r in records
                    if r.get("article_id") in keep
                    or keep.intersection(r.get("article_ids", ()) or ())
                )
                for kind, records in self.other.items()
            },
            extras={k: v for k, v in self.extras.items() if k in keep},
            figure_index=self.figure_index,
            quote_index=self.quote_index,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleIndex:
    """Per-article groupings of a case's records (see ``CaseFile.by_article``)."""

    quotes: Mapping[str, list[Record]]
    figures: Mapping[str, list[Record]]
    dates: Mapping[str, list[Record]]
    signals: Mapping[str, list[Record]]
    #: (entity, mention) pairs per article, from the linked entities.
    entity_mentions: Mapping[str, list[tuple[Record, Record]]]
