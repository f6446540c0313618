"""A case from Python (a notebook): typed, paged tables with Arrow and pandas views.

    import sourcetrace
    case = sourcetrace.open_case("case.db")
    len(case.articles), case.quotes.page(0, 20)[0].speaker
    case.checks.to_pandas().query("verdict == 'conflicting'")

It reads the same records as the web app and its API: articles, quotes, figures and
per-article signals are paged in SQL (``Table.page`` reads one page, iteration reads a
page at a time); entities, events, checks and outlet-wide signals come from the
cross-document stages, read once when first used. Every row is a frozen dataclass with
the export contract's names; nested values are flattened (``Event.place``, the place's
name) or kept as tuples. ``to_arrow`` needs pyarrow (a dependency); ``to_pandas`` needs
pandas, which is optional.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sourcetrace.storage.protocols import ArticleFilter

if TYPE_CHECKING:
    import pyarrow as pa

    from sourcetrace.storage.base import Store
    from sourcetrace.web.records import CorpusRecords

__all__ = ["Article", "Case", "Check", "Entity", "Event", "Figure", "Quote", "Signal",
           "Table", "open_case"]

#: Rows read per query when iterating a table.
PAGE = 500


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    language: str | None
    duplicate_of: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    id: str
    name: str
    type: str
    kb_id: str | None
    kb_entry: str | None
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    #: Articles naming it, in first-mention order, and its mention count.
    article_ids: tuple[str, ...]
    mentions: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    id: str
    article_id: str
    text: str
    start: int
    end: int
    direct: bool
    speaker: str | None
    speaker_entity_id: str | None
    cue: str | None
    source: str | None
    published: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    id: str
    article_id: str
    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    currency: str | None
    per: str | None
    qualifier: str | None
    counted: str | None
    source: str | None
    published: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    id: str
    type: str
    subtype: str
    date: str | None
    date_precision: str | None
    place: str | None
    country: str | None
    fatalities: float | None
    injured: float | None
    actors: tuple[str, ...]
    article_ids: tuple[str, ...]
    sources: tuple[str, ...]
    check_ids: tuple[str, ...]
    story_id: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Check:
    id: str
    kind: str
    verdict: str
    explanation: str
    items: tuple[str, ...]
    story_id: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Signal:
    id: str
    kind: str
    score: float
    #: The article, for a per-article signal; the outlet, for an outlet-wide one.
    article_id: str | None
    outlet: str | None
    #: The evidence spans as JSON (``[{"start", "end", "text", "note", ...}]``).
    evidence: str


T = TypeVar("T")


class Table(Generic[T]):
    """A typed table: ``len``, iteration (a page at a time), ``page``, ``to_arrow``,
    ``to_pandas``."""

    def __init__(self, row_type: type[T], count: Callable[[], int],
                 fetch: Callable[[int, int], list[T]]) -> None:
        self.row_type = row_type
        self._count = count
        self._fetch = fetch

    def __len__(self) -> int:
        return self._count()

    def __iter__(self) -> Iterator[T]:
        offset = 0
        while True:
            rows = self._fetch(offset, PAGE)
            yield from rows
            if len(rows) < PAGE:
                return
            offset += PAGE

    def __repr__(self) -> str:
        return f"<Table of {len(self)} {self.row_type.__name__} rows>"

    def page(self, offset: int = 0, limit: int = 50) -> list[T]:
        """Rows ``offset`` to ``offset + limit`` (in the web app's order)."""
        if offset < 0 or limit < 1:
            raise ValueError(f"page needs offset >= 0 and limit >= 1 (got {offset}, {limit})")
        return self._fetch(offset, limit)

    def to_arrow(self) -> pa.Table:
        """The whole table as a ``pyarrow.Table`` (one column per field)."""
        import pyarrow as pa

        names = [f.name for f in fields(self.row_type)]  # type: ignore[arg-type]
        rows = [asdict(row) for row in self]  # type: ignore[call-overload]
        columns = {name: [_plain(r[name]) for r in rows] for name in names}
        return pa.table(columns)

    def to_pandas(self) -> Any:
        """The whole table as a ``pandas.DataFrame`` (pandas is optional: install it)."""
        try:
            import pandas  # type: ignore[import-untyped,unused-ignore]  # noqa: F401
        except ImportError as exc:
            raise ImportError("to_pandas needs pandas, which sourcetrace does not install: "
                              "pip install pandas (or use to_arrow())") from exc
        return self.to_arrow().to_pandas()


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _slice(items: Callable[[], Sequence[T]]) -> tuple[Callable[[], int],
                                                     Callable[[int, int], list[T]]]:
    return (lambda: len(items())), (lambda offset, limit: list(items()[offset:offset + limit]))


class Case:
    """An open case; close it (or use ``with``) when done."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._records: CorpusRecords | None = None
        everything = ArticleFilter()
        self.articles: Table[Article] = Table(
            Article, lambda: store.list_articles(everything, limit=1, offset=0)[1],
            self._articles)
        self.quotes: Table[Quote] = self._annotations(Quote, "quote", _quote)
        self.figures: Table[Figure] = self._annotations(Figure, "figure", _figure)
        self.entities: Table[Entity] = Table(Entity, *_slice(self._entities))
        self.events: Table[Event] = Table(Event, *_slice(self._events))
        self.checks: Table[Check] = Table(Check, *_slice(self._checks))
        self.signals: Table[Signal] = Table(Signal, self._signal_count, self._signals)

    # -- the tables ----------------------------------------------------------------
    def _articles(self, offset: int, limit: int) -> list[Article]:
        rows, _ = self.store.list_articles(ArticleFilter(), limit=limit, offset=offset)
        return [Article(**asdict(row)) for row in rows]

    def _annotations(self, row_type: type[T], kind: str,
                     make: Callable[[Mapping[str, Any]], T]) -> Table[T]:
        everything = ArticleFilter()

        def count() -> int:
            return self.store.list_annotations(kind, everything, limit=1, offset=0)[1]

        def fetch(offset: int, limit: int) -> list[T]:
            rows = self.store.list_annotations(kind, everything, limit=limit, offset=offset)[0]
            return [make(_annotation(row, kind)) for row in rows]

        return Table(row_type, count, fetch)

    def _signal_count(self) -> int:
        per_article = self.store.list_annotations("signal", ArticleFilter(), limit=1,
                                                  offset=0)[1]
        return per_article + len(self._outlet_signals())

    def _signals(self, offset: int, limit: int) -> list[Signal]:
        """Per-article signals (paged in SQL), then the outlet-wide ones."""
        total = self.store.list_annotations("signal", ArticleFilter(), limit=1, offset=0)[1]
        found: list[Signal] = []
        if offset < total:
            rows = self.store.list_annotations("signal", ArticleFilter(), limit=limit,
                                               offset=offset)[0]
            found = [_signal(_annotation(row, "signal")) for row in rows]
        rest = limit - len(found)
        if rest > 0:
            start = max(0, offset - total)
            found += self._outlet_signals()[start:start + rest]
        return found

    # -- corpus records (read once) ------------------------------------------------
    def records(self) -> CorpusRecords:
        if self._records is None:
            from sourcetrace.web.records import load_records

            self._records = load_records(self.store)
        return self._records

    def _entities(self) -> list[Entity]:
        return [_entity(e) for e in self.records().entities]

    def _events(self) -> list[Event]:
        return [_event(e) for e in self.records().events]

    def _checks(self) -> list[Check]:
        from sourcetrace.web.casepages import check_order

        return [_check(c) for c in sorted(self.records().checks, key=check_order)]

    def _outlet_signals(self) -> list[Signal]:
        return [_signal(s) for s in self.records().signals]

    # -- lifetime ------------------------------------------------------------------
    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def open_case(path: str | Path) -> Case:
    """Open an existing case database for reading from Python."""
    from sourcetrace.storage import open_store, store_scheme

    if store_scheme(path) is None and not Path(path).exists():
        raise FileNotFoundError(f"{path}: no such case database (sourcetrace ingest makes one)")
    return Case(open_store(path, create=False))


# -- records to rows -----------------------------------------------------------------
def _annotation(row: Any, kind: str) -> dict[str, Any]:
    from sourcetrace.web.views import _record

    return _record(row, kind)


def _quote(r: Mapping[str, Any]) -> Quote:
    speaker = r.get("speaker") or {}
    return Quote(id=r["id"], article_id=r["article_id"], text=r["text"], start=r["start"],
                 end=r["end"], direct=bool(r.get("direct")), speaker=speaker.get("text"),
                 speaker_entity_id=speaker.get("entity_id"), cue=r.get("cue"),
                 source=r["article"].get("source"), published=r["article"].get("published"))


def _figure(r: Mapping[str, Any]) -> Figure:
    return Figure(id=r["id"], article_id=r["article_id"], text=r["text"], start=r["start"],
                  end=r["end"], value=r.get("value"), low=r.get("low"), high=r.get("high"),
                  unit=r.get("unit"), currency=r.get("currency"), per=r.get("per"),
                  qualifier=r.get("qualifier"), counted=r.get("counted"),
                  source=r["article"].get("source"), published=r["article"].get("published"))


def _signal(r: Mapping[str, Any]) -> Signal:
    return Signal(id=r["id"], kind=r["kind"], score=float(r["score"]),
                  article_id=r.get("article_id"), outlet=r.get("outlet"),
                  evidence=json.dumps(r.get("evidence") or [], ensure_ascii=False))


def _entity(e: Mapping[str, Any]) -> Entity:
    mentions = e.get("mentions") or ()
    return Entity(id=e["id"], name=str(e["name"]), type=str(e["type"]), kb_id=e.get("kb_id"),
                  kb_entry=e.get("kb_entry"), aliases=tuple(e.get("aliases") or ()),
                  roles=tuple(e.get("roles") or ()),
                  article_ids=tuple(dict.fromkeys(m["article_id"] for m in mentions)),
                  mentions=len(mentions))


def _count(toll: Mapping[str, Any] | None) -> float | None:
    if not toll:
        return None
    value = toll.get("value")
    return float(value) if value is not None else None


def _event(e: Mapping[str, Any]) -> Event:
    date = e.get("date") or {}
    place = e.get("place") or {}
    return Event(id=e["id"], type=str(e["type"]), subtype=str(e["subtype"]),
                 date=date.get("value"), date_precision=date.get("precision"),
                 place=place.get("name"), country=place.get("country"),
                 fatalities=_count(e.get("fatalities")), injured=_count(e.get("injured")),
                 actors=tuple(str(a.get("text")) for a in e.get("actors") or ()),
                 article_ids=tuple(e.get("article_ids") or ()),
                 sources=tuple(e.get("sources") or ()),
                 check_ids=tuple(e.get("check_ids") or ()), story_id=e.get("story_id"))


def _check(c: Mapping[str, Any]) -> Check:
    return Check(id=c["id"], kind=str(c["kind"]), verdict=str(c["verdict"]),
                 explanation=str(c.get("explanation") or ""),
                 items=tuple(str(i) for i in c.get("items") or ()), story_id=c.get("story_id"))
