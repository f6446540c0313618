"""Export contract, version 1: the record shapes and how stored articles become them.

The shapes are ``TypedDict``s mirroring ``schema/export-v1.schema.json`` and
``docs/export.md``; a test keeps the three in step. Offsets are character offsets into
the article's cleaned ``text``. Unknown values are ``None`` (JSON ``null``), never
invented. Fields beyond the contract (``author``, ``headline``, ``via`` …) may be added;
contract fields never change meaning.

``iter_items(store)`` yields every record of a store as ``ExportItem``s, article by
article, so exporters can stream.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, NotRequired, TypedDict

from sourcetrace.model import DateRef, Document, Figure, Quote, Signal
from sourcetrace.storage.base import Store, StoredArticle, annotation_id

__all__ = [
    "CONTRACT_VERSION",
    "KEYS",
    "KINDS",
    "ArticleRecord",
    "CheckRecord",
    "DateRecord",
    "EntityRecord",
    "EventRecord",
    "ExportItem",
    "FigureRecord",
    "QuoteRecord",
    "SignalRecord",
    "StoryRecord",
    "annotation_record",
    "article_items",
    "iter_items",
]

CONTRACT_VERSION = 1

Kind = Literal["article", "entity", "quote", "figure", "date", "story", "signal", "check",
               "event"]

#: Record kind -> top-level key of the JSON export, in the order the keys are written.
KEYS: Mapping[str, str] = {
    "article": "articles",
    "entity": "entities",
    "quote": "quotes",
    "figure": "figures",
    "date": "dates",
    "story": "stories",
    "signal": "signals",
    "check": "checks",
    "event": "events",
}
KINDS: tuple[str, ...] = tuple(KEYS)


class ArticleRecord(TypedDict):
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    language: str | None
    text: str
    author: str | None
    headline: str | None
    language_confidence: float | None
    duplicate_of: str | None
    duplicate_kind: str | None
    origin: str


class MentionRef(TypedDict):
    article_id: str
    start: int
    end: int
    text: str


class EntityRecord(TypedDict):
    id: str
    name: str
    type: str
    aliases: list[str]
    kb_id: str | None
    mentions: list[MentionRef]
    kb_entry: str | None
    roles: list[str]


class Speaker(TypedDict):
    entity_id: str | None
    text: str | None
    start: int | None
    end: int | None


class QuoteRecord(TypedDict):
    id: str
    article_id: str
    text: str
    start: int
    end: int
    direct: bool
    speaker: Speaker
    cue: str | None
    via: list[str]


class FigureRecord(TypedDict):
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
    field: str


class DateRecord(TypedDict):
    id: str
    article_id: str
    text: str
    start: int
    end: int
    value: str | None
    precision: str | None


class StoryRecord(TypedDict):
    id: str
    label: str | None
    article_ids: list[str]


class EvidenceRecord(TypedDict):
    start: int
    end: int
    text: str
    note: str
    field: str
    article_id: NotRequired[str]


class SignalRecord(TypedDict):
    id: str
    article_id: str | None
    kind: str
    score: float
    evidence: list[EvidenceRecord]
    outlet: str | None
    articles: NotRequired[int]
    share_above_half: NotRequired[float]
    mean: NotRequired[float]
    languages: NotRequired[list[str]]


class CheckRecord(TypedDict):
    id: str
    kind: str
    items: list[str]
    verdict: str
    explanation: str


class EventDate(TypedDict):
    value: str | None
    precision: str | None


class EventPlace(TypedDict):
    entity_id: str | None
    name: str
    country: str | None
    admin1: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None


class EventParty(TypedDict):
    entity_id: str | None
    text: str
    role: str


class EventToll(TypedDict):
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None


class EventReport(TypedDict):
    field: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    text: str
    article_id: str
    start: int
    end: int
    outlet: str | None
    published: str | None
    reported_by: str | None


class EventRecord(TypedDict):
    id: str
    type: str
    subtype: str
    acled_event_type: str | None
    acled_sub_event_type: str | None
    gtd_attack_type: str | None
    modality: str
    date: EventDate
    place: EventPlace | None
    actors: list[EventParty]
    targets: list[EventParty]
    fatalities: EventToll | None
    injured: EventToll | None
    article_ids: list[str]
    mentions: list[MentionRef]
    sources: list[str]
    check_ids: list[str]
    story_id: str | None
    reports: list[EventReport]


@dataclass(frozen=True, slots=True)
class ExportItem:
    """One record handed to an exporter: its kind ("article", "quote", …) and its fields."""

    kind: str
    data: Mapping[str, Any]


def _number(value: float | None) -> float | None:
    # NaN and infinities are not JSON; an unknown number is null.
    if value is None or not math.isfinite(value):
        return None
    return value


def _article(stored: StoredArticle) -> ArticleRecord:
    doc = stored.document
    return {
        "id": doc.id,
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published,
        "language": doc.language,
        "text": doc.text,
        "author": doc.author,
        "headline": doc.headline,
        "language_confidence": _number(doc.language_confidence),
        "duplicate_of": stored.duplicate_of,
        "duplicate_kind": stored.duplicate_kind,
        "origin": doc.origin,
    }


#: ``(article_id, start, end) -> entity id or None``: the linked entity of a speaker span.
SpeakerResolver = Callable[[str, int | None, int | None], str | None]


def _speaker_span(q: Quote) -> tuple[int | None, int | None]:
    if q.speaker_ref_start is not None and q.speaker_ref_end is not None:
        return q.speaker_ref_start, q.speaker_ref_end
    return q.speaker_start, q.speaker_end


def _quote(doc: Document, n: int, q: Quote, speaker: SpeakerResolver | None = None) -> QuoteRecord:
    return {
        "id": annotation_id(doc.id, "quote", n),
        "article_id": doc.id,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "direct": q.direct,
        # Cross-document linking knows which entity a mention overlapping the speaker is.
        "speaker": {
            # A description ("the group") takes the entity of the name it stands for.
            "entity_id": speaker(doc.id, *_speaker_span(q)) if speaker else None,
            "text": q.speaker_text,
            "start": q.speaker_start,
            "end": q.speaker_end,
        },
        "cue": q.cue,
        "via": list(q.via),
    }


def _figure(doc: Document, n: int, f: Figure) -> FigureRecord:
    return {
        "id": annotation_id(doc.id, "figure", n),
        "article_id": doc.id,
        "text": f.text,
        "start": f.start,
        "end": f.end,
        "value": _number(f.value),
        "low": _number(f.low),
        "high": _number(f.high),
        "unit": f.unit,
        "currency": f.currency,
        "per": f.per,
        "qualifier": f.qualifier,
        "counted": f.counted,
        "field": f.field,
    }


def _date(doc: Document, n: int, d: DateRef) -> DateRecord:
    return {
        "id": annotation_id(doc.id, "date", n),
        "article_id": doc.id,
        "text": d.text,
        "start": d.start,
        "end": d.end,
        "value": d.value,
        "precision": d.precision,
    }


def _signal(doc: Document, n: int, s: Signal) -> SignalRecord:
    return {
        "id": annotation_id(doc.id, "signal", n),
        "article_id": doc.id,
        "kind": s.kind,
        "score": s.score,
        "evidence": [
            {"start": e.start, "end": e.end, "text": e.text, "note": e.note, "field": e.field}
            for e in s.evidence
        ],
        "outlet": doc.source,
    }


def annotation_record(article_id: str, kind: str, n: int, record: Any) -> Mapping[str, Any]:
    """The export record of the ``n``-th stored ``quote``/``figure``/``date``/``signal`` of an
    article, for readers (the web API) that page through one kind without whole articles."""
    builders: dict[str, Callable[[Document, int, Any], Mapping[str, Any]]] = {
        "quote": _quote, "figure": _figure, "date": _date, "signal": _signal}
    stub = Document(id=article_id, origin="", fmt="txt")  # the builders read only its id
    result: Mapping[str, Any] = builders[kind](stub, n, record)
    return result


def article_items(
    stored: StoredArticle, speaker: SpeakerResolver | None = None
) -> Iterator[ExportItem]:
    """The article record, then its quotes, figures, dates and signals."""
    doc = stored.document
    yield ExportItem("article", _article(stored))
    for n, quote in enumerate(doc.quotes):
        yield ExportItem("quote", _quote(doc, n, quote, speaker))
    for n, figure in enumerate(doc.figures):
        yield ExportItem("figure", _figure(doc, n, figure))
    for n, date in enumerate(doc.dates):
        yield ExportItem("date", _date(doc, n, date))
    for n, signal in enumerate(doc.signals):
        yield ExportItem("signal", _signal(doc, n, signal))


def iter_items(store: Store) -> Iterator[ExportItem]:
    """Every exportable record in the store, streaming, articles in ingest order.

    Entities, stories, checks and outlet signals come from the cross-document stages
    (``core.corpus``), each of which exports its own records; with none of them the
    export's lists stay empty.
    """
    from sourcetrace.core.corpus import corpus_stages

    speaker = store.speaker_resolver()
    for stored in store.iter_articles():
        yield from article_items(stored, speaker)
    for stage in corpus_stages():
        if stage.export is not None:
            yield from stage.export(store)
