"""What each capability asks of a database: one ``Protocol`` per capability.

Code outside ``storage/`` types a store against the narrowest protocol it needs
(``StoryStore``, ``TokenStore`` …) and never sees SQL. ``storage.base.Store`` is all of
them together, what ``open_store`` returns; ``SqlStore`` implements them with one query
class per capability (``storage/queries/<capability>.py``). The values passed across are plain
dataclasses, defined here, so this module loads no database library.

A new capability with tables adds its protocol here, its query class in
``storage/queries/<capability>.py``, and both to ``Store`` and ``SqlStore``'s bases.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sourcetrace.capabilities.linking.records import Decision, LinkMention, LinkResult
    from sourcetrace.capabilities.stories.index import Assignment, Story
    from sourcetrace.kb import KBEntry

__all__ = [
    "SCOPES",
    "TOKEN_PREFIX",
    "AnnotationRow",
    "ArticleFilter",
    "ArticleRow",
    "BrowseStore",
    "CheckStore",
    "Digests",
    "EntityStore",
    "EntitySummary",
    "EventFilter",
    "EventRow",
    "EventStore",
    "OutletRow",
    "ProfileStore",
    "Rating",
    "StoredProfile",
    "StoredVector",
    "StoryStore",
    "TokenInfo",
    "TokenStore",
]

#: Tokens start with this, so one pasted into the wrong place is recognisable.
TOKEN_PREFIX = "st_"
#: Token scopes, weakest first; a scope allows what the ones before it allow.
SCOPES: tuple[str, ...] = ("read", "write", "admin")


# -- values ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleFilter:
    """Which articles to keep; ``None`` means no constraint. ``ids`` restricts to a set
    (an entity's or a story's articles). Dates compare on their first ten characters."""

    language: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None
    ids: frozenset[str] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleRow:
    """An article's metadata, without its text."""

    id: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    language: str | None
    duplicate_of: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class AnnotationRow:
    """One stored extraction record: its article, position and JSON data."""

    article_id: str
    n: int
    data: dict[str, Any]
    article: ArticleRow


@dataclass(frozen=True, slots=True, kw_only=True)
class OutletRow:
    source: str
    articles: int
    languages: tuple[str, ...]
    first: str | None
    last: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class EntitySummary:
    """A linked entity's name, type and how often it is cited."""

    id: str
    name: str
    type: str
    qid: str | None
    article_count: int
    mention_count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredVector:
    """An article's embedding, with the model and the text hash it came from."""

    model: str
    content_hash: str
    vector: bytes


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredProfile:
    outlet: str
    articles: int
    data: dict[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class Rating:
    domain: str
    rating: str
    origin: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TokenInfo:
    """What is known about a token without the token itself."""

    id: int
    name: str
    created_at: str
    revoked_at: str | None
    scope: str = "write"
    expires_at: str | None = None

    def allows(self, scope: str) -> bool:
        """Whether this token's scope includes ``scope``."""
        return SCOPES.index(self.scope) >= SCOPES.index(scope)

    def expired(self, now: datetime | None = None) -> bool:
        if self.expires_at is None:
            return False
        return datetime.fromisoformat(self.expires_at) <= (now or datetime.now(UTC))


#: Event id → the digests of its mentions (``capabilities.events.digest``), oldest first.
Digests = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRow:
    """An event to write: its index columns, its record and its checks' rows."""

    id: str
    family: str
    type: str
    country: str | None
    first_day: str | None
    last_day: str | None
    event_date: str | None
    story_id: str | None
    record: Mapping[str, Any]
    checks: Sequence[Mapping[str, Any]] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """Which events to keep: a type (taxonomy id or group), a place (a country code, an
    entity id or a name, case-folded), a date range (ISO days, by the event's date) and a
    story; ``None`` means no constraint."""

    type: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None
    story: str | None = None

    def keeps(self, record: Mapping[str, Any]) -> bool:
        if self.type and self.type not in (record.get("type"), record.get("subtype")):
            return False
        place = record.get("place") or {}
        if self.place and self.place.casefold() not in {
                str(place.get(k) or "").casefold() for k in ("country", "entity_id", "name")}:
            return False
        day = (record.get("date") or {}).get("value")
        if self.since and (not day or day[: len(self.since)] < self.since):
            return False
        if self.until and (not day or day[: len(self.until)] > self.until):
            return False
        return not (self.story and record.get("story_id") != self.story)


# -- protocols ------------------------------------------------------------------
class EntityStore(Protocol):
    """Cross-document linking: mentions in, entities out, and the user's corrections."""

    def link_mentions(self) -> list[LinkMention]:
        """Every stored mention with its article's language and date, in ingest order."""

    def write_link_result(self, result: LinkResult, mentions: Sequence[LinkMention]) -> None:
        """Replace the stored entities, aliases and mention links by ``result``, atomically."""

    def decisions(self) -> list[Decision]:
        """The user's decisions, in the order they are replayed."""

    def add_decision(self, *, action: str, entity: str, other: str | None = None,
                     alias: str | None = None, mentions: Sequence[str] = (),
                     name: str | None = None,
                     result: tuple[int, LinkResult, Sequence[LinkMention]] | None = None) -> int:
        """Store one user decision; returns its ``seq``. With ``result`` (the seq it was
        tried as, its linking, the mentions linked) the entities are stored in the same
        transaction, or ``StaleDecisionError`` if the decision got another seq."""

    def entity_ids(self) -> set[str]:
        """The ids of the stored entities (after the last linking run)."""

    def user_entries(self) -> list[KBEntry]:
        """The knowledge-base entries the user added (``sourcetrace kb add``)."""

    def add_user_entries(self, items: Sequence[KBEntry], source: str) -> int:
        """Insert or replace entries by id; returns how many were stored."""

    def top_entities(self, *, limit: int = 30, kind: str | None = None) -> list[EntitySummary]:
        """The entities cited in the most articles (of type ``kind`` when given)."""

    def entity_detail(self, entity_id: str) -> dict[str, Any] | None:
        """An entity with its aliases (and evidence), articles and mentions; None if unknown."""

    def iter_entities(self) -> Iterator[dict[str, Any]]:
        """Every entity with its aliases and mentions, for the export (most cited first)."""

    def mention_ids_at(
        self, entity_id: str, spans: Sequence[tuple[str, int, int]]
    ) -> dict[tuple[str, int, int], str]:
        """The ids of ``entity_id``'s mentions at ``(article_id, start, end)`` spans."""

    def speaker_resolver(self) -> Callable[[str, int | None, int | None], str | None]:
        """``resolve(article_id, start, end)``: the entity of a linked mention overlapping
        the span (a quote's speaker), or None."""

    def linked_mentions(self, article_id: str) -> dict[int, str]:
        """Mention index (in ``Document.mentions``) → linked entity id, for one article."""


class StoryStore(Protocol):
    """Stories: article vectors, story windows and members, and rarity key counts."""

    def vectors_for(self, ids: Sequence[str]) -> dict[str, StoredVector]: ...

    def put_vectors(self, rows: Mapping[str, StoredVector]) -> None: ...

    def memberships(self, ids: Sequence[str]) -> dict[str, str]:
        """Article id → story id for those of ``ids`` already in a story."""

    def counted_keys(self, ids: Sequence[str]) -> dict[str, frozenset[str] | None]:
        """Article id → the story keys it was counted with (None: not kept then)."""

    def load_stories(self, *, start: date | None, end: date | None, reach_days: int,
                     include: Iterable[str] = ()) -> list[Story]:
        """Stories whose window can reach [start, end], undated ones, and ``include``."""

    def key_counts(self, keys: Iterable[str]) -> tuple[dict[str, int], int]:
        """(articles carrying each of ``keys``, articles counted in all)."""

    def save_stories(self, touched: Sequence[Story], removed: Sequence[str],
                     assignments: Sequence[Assignment], *,
                     merged: Mapping[str, str] | None = None,
                     key_delta: Mapping[str, int] | None = None, article_delta: int = 0,
                     keys: Mapping[str, frozenset[str]] | None = None) -> None:
        """Write stories, memberships, merges and key count changes in one transaction."""

    def story_members_of(self, story_ids: Sequence[str]) -> dict[str, list[str]]:
        """Story id → its article ids in ingest order."""

    def iter_stories(self) -> Iterator[tuple[str, str | None, list[str]]]:
        """(id, label, article ids) of every story, oldest first."""

    def titles_for(
        self, ids: Sequence[str]
    ) -> dict[str, tuple[str | None, str | None, str | None]]:
        """Article id → (title, source, published) for ``ids``."""


class CheckStore(Protocol):
    """Checks: findings compared across the articles of one story."""

    def stories_checking(self, article_ids: Sequence[str]) -> set[str]:
        """Stories holding checks on items of ``article_ids``."""

    def put_checks(self, story_ids: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> None:
        """Replace the checks of ``story_ids`` with ``rows`` in one transaction."""

    def iter_checks(self) -> Iterator[dict[str, Any]]:
        """Every check, conflicting and updated ones first, then by story and id."""


class BrowseStore(Protocol):
    """Read-only, paged and filtered lists for the web app and its API."""

    def list_articles(self, where: ArticleFilter, *, limit: int,
                      offset: int) -> tuple[list[ArticleRow], int]:
        """A page of articles (newest first, undated last) and the total count."""

    def article_rows(self, ids: Sequence[str]) -> dict[str, ArticleRow]:
        """Metadata of the given articles, by id (missing ids are left out)."""

    def list_annotations(self, kind: str, where: ArticleFilter, *, limit: int, offset: int,
                         text: str | None = None,
                         record_kind: str | None = None) -> tuple[list[AnnotationRow], int]:
        """A page of one annotation kind across articles, and the total that passes."""

    def mention_rows(self) -> list[tuple[str, int, int, str, str]]:
        """Every stored mention as (article id, start, end, text, label), in ingest order."""

    def outlet_rows(self) -> list[OutletRow]:
        """Every outlet with its article count, languages and date range."""

    def published_by_month(self, where: ArticleFilter) -> list[tuple[str, int]]:
        """(``YYYY-MM``, articles published that month) of what ``where`` keeps."""

    def count_by(self, column: str) -> list[tuple[str, int]]:
        """(value, article count) of ``language`` or ``source``, most frequent first."""

    def changed_since(self, since: str) -> list[tuple[ArticleRow, bool]]:
        """Articles ingested (``True``) or updated (``False``) at or after ``since``."""


class ProfileStore(Protocol):
    """Outlet profiles and the user's outlet ratings."""

    def replace_profiles(self, profiles: Sequence[StoredProfile]) -> None: ...

    def read_profiles(self) -> list[StoredProfile]: ...

    def read_ratings(self) -> dict[str, Rating]: ...

    def put_ratings(self, ratings: Sequence[Rating], *, loaded_from: str) -> None:
        """Store ``ratings``, replacing earlier ratings of the same domains."""


class TokenStore(Protocol):
    """API tokens: only their hashes are stored."""

    def create_token(self, name: str, *, scope: str = "write",
                     expires_in: timedelta | None = None) -> tuple[TokenInfo, str]:
        """A new token: its record, and the token itself (shown to the user once)."""

    def verify_token(self, token: str) -> TokenInfo | None:
        """The live (not revoked, not expired) token matching ``token``, or None."""

    def list_tokens(self) -> list[TokenInfo]:
        """Every token ever made, oldest first, revoked ones included."""

    def revoke_token(self, ref: str) -> list[TokenInfo]:
        """Revoke the live tokens whose id or name is ``ref``; the ones revoked."""


class EventStore(Protocol):
    """Events merged across articles: their mentions' digests, records and checks."""

    def events_of_articles(self, article_ids: Sequence[str]) -> Digests:
        """The events holding mentions of ``article_ids``, with all their mentions' digests."""

    def candidate_events(self, family: str, window: Sequence[str] | None,
                         country: str | None, *, limit: int = 200) -> Digests:
        """Events of ``family`` a mention with ``window`` and ``country`` could join."""

    def entity_entries(self, entity_ids: Sequence[str]) -> dict[str, tuple[str, str | None]]:
        """``entity id -> (name, knowledge-base entry id)`` of linked entities."""

    def save_events(self, *, articles: Sequence[str], rows: Sequence[EventRow],
                    removed: Sequence[str],
                    mentions: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        """Forget ``articles``' mentions, delete ``removed``, write ``rows``, atomically."""

    def iter_event_records(self, where: EventFilter | None = None
                           ) -> Iterator[dict[str, Any]]:
        """Every event's export record (most recent date first, undated last), filtered."""

    def event_record(self, event_id: str) -> dict[str, Any] | None:
        """One event's export record, or None if unknown."""

    def count_events(self) -> int: ...
