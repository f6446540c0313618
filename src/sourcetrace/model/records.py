"""Pure domain records: what ingest reads, what flows through the stages, what is stored.

All records are frozen, slotted dataclasses built with keyword arguments. Spans are
``start``/``end`` character offsets: into ``Document.text`` (the cleaned text) for the
extraction records, into ``Document.raw_text`` for ``Removal``. Each extraction record
names the stage that made it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

__all__ = [
    "DateRef",
    "Document",
    "EventArgument",
    "EventCount",
    "EventMention",
    "Evidence",
    "Figure",
    "LanguageSegment",
    "Mention",
    "Quote",
    "RawArticle",
    "Removal",
    "Signal",
    "StageError",
]

Format = Literal["txt", "html", "json", "jsonl", "csv", "feed", "warc"]


@dataclass(frozen=True, slots=True, kw_only=True)
class RawArticle:
    """One article as an input gave it, before any analysis.

    ``origin`` names where it came from precisely enough for an error message and for
    recognising the same input again: a path, plus ``#L12`` (line), ``#3`` (entry or
    record) where one file holds many articles. Exactly one of ``text`` and ``html`` is
    normally set; a feed entry may carry both (summary text and content HTML).
    """

    origin: str
    fmt: Format
    input_id: str | None = None
    title: str | None = None
    text: str | None = None
    html: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    author: str | None = None
    language: str | None = None
    #: The publication date exactly as the input gave it, when ``published`` differs from
    #: it (rewritten to ISO 8601, or ``None`` because it could not be read).
    published_raw: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Removal:
    """A stretch of boilerplate the clean stage took out, in ``raw_text`` offsets."""

    start: int
    end: int
    text: str
    rule: str


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguageSegment:
    """A stretch of the cleaned text in a language other than the article's."""

    start: int
    end: int
    language: str
    confidence: float


@dataclass(frozen=True, slots=True, kw_only=True)
class StageError:
    """A stage failed on one document; the document goes on without that stage's output."""

    stage: str
    error: str
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A name in the text. ``label``: PERSON, ORG, GPE, LOC or a finer ORG type."""

    start: int
    end: int
    text: str
    label: str
    stage: str
    role: str | None = None
    entity_key: str | None = None
    #: Honorific written before the name ("Mr", "M", "Frau"), kept out of the span.
    title: str | None = None
    #: Organisation or country of the role when stated ("Germany" for "German Defence Minister").
    role_org: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A quote or reported claim: ``start``/``end`` span its content (without quote marks).

    ``speaker_*`` name who speaks, resolved where possible (a pronoun or role to the
    person it stands for); ``speaker_mention_*`` are the words of the attribution itself
    ("he", "the Home Secretary"); ``speaker_kind`` is "name", "pronoun", "role",
    "institution" or "unnamed"; ``via`` lists the outlets that carried the report;
    ``speaker_ref_*`` span the earlier name a description stands for ("the group" ->
    "National Rifle Association"): the speaker's entity is the one named there.
    """

    start: int
    end: int
    text: str
    direct: bool
    stage: str
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    via: tuple[str, ...] = ()
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_kind: str | None = None
    speaker_mention_start: int | None = None
    speaker_mention_end: int | None = None
    speaker_ref_start: int | None = None
    speaker_ref_end: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    start: int
    end: int
    text: str
    stage: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    currency: str | None = None
    per: str | None = None
    qualifier: str | None = None
    counted: str | None = None
    #: Which text ``start``/``end`` point into: "text" (the body) or "headline"
    #: (``Document.headline``, else ``Document.title``), as for ``Evidence``.
    field: str = "text"


@dataclass(frozen=True, slots=True, kw_only=True)
class DateRef:
    start: int
    end: int
    text: str
    stage: str
    value: str | None = None
    precision: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """A span that made a signal fire, and why in words.

    ``field`` says which text ``start``/``end`` point into: "text" (the cleaned body, the
    default) or "headline" (``Document.headline``, else ``Document.title``), because a
    headline is usually not part of the body.
    """

    start: int
    end: int
    text: str
    note: str
    field: str = "text"


@dataclass(frozen=True, slots=True, kw_only=True)
class Signal:
    """Evidence for a reader, never a verdict: a ``kind`` (see docs/export.md), a 0..1
    ``score`` and the spans that triggered it."""

    kind: str
    score: float
    stage: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class EventArgument:
    """A span that fills one slot of an event mention.

    ``role``: "actor" (perpetrator or initiator), "target" (victims, objects), "place",
    "weapon", "claimed_by" or "reported_by" (the attribution: "according to the interior
    ministry"). ``label`` is the entity type when the span is a name, ``None`` for a
    description ("a teacher", "worshippers").
    """

    role: str
    start: int
    end: int
    text: str
    label: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventCount:
    """A toll of an event mention (killed or injured), read from a figure of the text.

    ``parts`` keeps the sub-counts ("at least 85 people, including six children": value 85,
    qualifier "at least", one part of 6 counting "children").
    """

    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    counted: str | None = None
    parts: tuple[EventCount, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class EventMention:
    """An event as one article reports it: ``start``/``end`` span its trigger ("bombing",
    "a fait exploser"), ``sentence_start``/``sentence_end`` the sentence it was read from.

    ``type`` is a taxonomy id (see docs/events.md); ``modality`` is "asserted", "planned",
    "threatened", "denied" or "hypothetical". ``date``/``date_precision`` are the event's
    own date (never the publication date by default), from the date at
    ``date_start``/``date_end``; ``None`` when the text does not say.
    """

    start: int
    end: int
    text: str
    stage: str
    type: str
    modality: str = "asserted"
    sentence_start: int | None = None
    sentence_end: int | None = None
    date: str | None = None
    date_precision: str | None = None
    date_start: int | None = None
    date_end: int | None = None
    arguments: tuple[EventArgument, ...] = ()
    fatalities: EventCount | None = None
    injured: EventCount | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """The record that flows through the per-document stages.

    Ingest fills the input fields; each stage returns a new ``Document`` with the fields
    it declares in ``assigns`` (see ``sourcetrace.core.pipeline``). Metadata fields hold the
    input's values exactly; stages only fill the ones the input left empty.
    """

    id: str
    origin: str
    fmt: str
    input_id: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    language_given: str | None = None
    html: str | None = None
    raw_text: str = ""
    text: str = ""
    headline: str | None = None
    removed: tuple[Removal, ...] = ()
    language: str | None = None
    language_confidence: float | None = None
    segments: tuple[LanguageSegment, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateRef, ...] = ()
    signals: tuple[Signal, ...] = ()
    events: tuple[EventMention, ...] = ()
    errors: tuple[StageError, ...] = ()
    stage_versions: Mapping[str, str] = field(default_factory=dict)
    #: Where each metadata field came from ("input", "html", "url", "dateline", "text").
    provenance: Mapping[str, str] = field(default_factory=dict)
    #: The spaCy ``Doc`` of ``text`` made by the parse stage, for later stages in the same
    #: process only: the pipeline drops it before a document leaves the worker or is stored.
    parsed: Any = field(default=None, compare=False, repr=False)

    def evolve(self, **changes: Any) -> Document:
        """A copy with ``changes`` applied (records are immutable)."""
        return dataclasses.replace(self, **changes)


R = TypeVar("R")

#: Extraction record types by the ``kind`` they are stored and exported under.
ANNOTATION_KINDS: Mapping[str, type[Any]] = {
    "mention": Mention,
    "quote": Quote,
    "figure": Figure,
    "date": DateRef,
    "signal": Signal,
    "event": EventMention,
}

#: Fields holding nested records, and the record type of their items (or value).
_NESTED: Mapping[tuple[type[Any], str], type[Any]] = {
    (Signal, "evidence"): Evidence,
    (EventMention, "arguments"): EventArgument,
    (EventMention, "fatalities"): EventCount,
    (EventMention, "injured"): EventCount,
    (EventCount, "parts"): EventCount,
}


def record_to_dict(record: Any) -> dict[str, Any]:
    """A plain-JSON dict of a record (tuples become lists)."""
    return dataclasses.asdict(record)


def record_from_dict(cls: type[R], data: Mapping[str, Any]) -> R:
    """Rebuild a record of ``cls`` from ``record_to_dict`` output; unknown keys are ignored."""
    names = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in names:
            continue
        nested = _NESTED.get((cls, key))
        if nested is not None and isinstance(value, (list, tuple)):
            value = tuple(record_from_dict(nested, item) for item in value)
        elif nested is not None and isinstance(value, Mapping):
            value = record_from_dict(nested, value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[key] = value
    return cls(**kwargs)
