"""The Store protocol: everything the runners, CLI and outputs ask of a database.

``ArticleStore`` is what ingest and analyze need (articles, rejections, search);
``Store`` adds each capability's protocol (``storage.protocols``). Stages never see a
store (they are pure); a corpus stage types its store against the protocols it uses.
SQLite (``storage.sqlite``) implements it today; a PostgreSQL store implements the same
protocols, so nothing above this layer changes when a server is used.

Writes are transactional per article: ``put_article`` stores the article, its
annotations and its full-text index entry in one transaction, so a process killed
mid-ingest loses at most the article in flight.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from sourcetrace.model import Document
from sourcetrace.storage.protocols import (
    BrowseStore,
    CheckStore,
    EntityStore,
    EventStore,
    ProfileStore,
    StoryStore,
    TokenStore,
)

__all__ = ["HIT_END", "HIT_START", "ArticleRef", "ArticleStore", "Rejection", "SearchHit",
           "Store", "StoredArticle", "annotation_id"]

#: What marks a matched term in a ``SearchHit.snippet``.
HIT_START = "["
HIT_END = "]"


def annotation_id(article_id: str, kind: str, n: int) -> str:
    """The stable id of the ``n``-th record of ``kind`` in an article (also exported)."""
    return f"{article_id}:{kind}:{n}"



@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleRef:
    """Enough of a stored article to decide what a new input is to it."""

    id: str
    raw_hash: str
    content_hash: str
    source: str | None
    url: str | None
    published: str | None
    origin: str


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredArticle:
    """A stored article: the analysed document plus what ingest decided about it."""

    document: Document
    raw_hash: str
    content_hash: str
    duplicate_of: str | None = None
    duplicate_kind: str | None = None  # "exact" | "near"
    similarity: float | None = None
    ingested_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejection:
    """Why one input (``origin``: file, line or record) could not be ingested."""

    origin: str
    code: str
    reason: str
    at: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    """One search result. ``snippet`` is plain text with matched terms between ``[`` and
    ``]``; ``score`` is higher for better matches (SQLite: the negated bm25 rank)."""

    article_id: str
    title: str | None
    source: str | None
    published: str | None
    snippet: str
    score: float


class ArticleStore(Protocol):
    """Articles, their annotations, rejections and search. One writer at a time."""

    path: str

    # -- reading what is stored -------------------------------------------------
    def has_raw_hash(self, raw_hash: str) -> bool:
        """Whether an article (or a skipped duplicate) came from exactly this input before."""

    def find_identity(
        self, *, input_id: str | None, url: str | None, origin: str
    ) -> ArticleRef | None:
        """The stored article this input is a version of: same input id, else URL, else origin."""

    def find_content_hash(self, content_hash: str) -> ArticleRef | None:
        """The earliest stored article with exactly this cleaned text."""

    def get_article(self, article_id: str) -> StoredArticle | None: ...

    def iter_articles(self) -> Iterator[StoredArticle]:
        """Every stored article, in ingest order, streaming."""

    def count_articles(self) -> int: ...

    def article_ids(self) -> list[str]:
        """Every stored article id, in ingest order."""

    def minhashes(self) -> Iterator[tuple[str, bytes]]:
        """(article id, MinHash signature bytes) for every article, for the near-duplicate index."""

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and cleaned texts, best first."""

    def rejections(self) -> list[Rejection]: ...

    def corpus_stage_version(self, stage: str) -> str | None:
        """The version of corpus stage ``stage`` its stored results come from (None: unknown)."""

    def corpus_lock(self) -> AbstractContextManager[None]:
        """Held while the corpus stages run, so that two processes on one case never
        interleave them (the second waits for the first)."""

    def corpus_pending(self) -> list[str]:
        """Ids of articles stored since the corpus stages last ran over them (a run killed
        before its corpus stages leaves them here), in ingest order."""

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
        """Insert or replace an article with its annotations and search entry, atomically;
        the same transaction marks it pending for the corpus stages (``corpus_pending``)."""

    def remember_raw_hash(self, raw_hash: str, article_id: str) -> None:
        """Record that an input with this hash was seen (a skipped exact duplicate)."""

    def add_rejection(self, *, origin: str, code: str, reason: str) -> None:
        """Store why an input was rejected, replacing earlier rejections of that input."""

    def clear_rejection(self, origin: str) -> None:
        """Forget old rejections of an input that has now been ingested."""

    def record_corpus_stage(self, stage: str, version: str) -> None:
        """Record that every stored result of corpus stage ``stage`` comes from ``version``."""

    def clear_corpus_pending(self, article_ids: Sequence[str]) -> None:
        """Record that every corpus stage ran over ``article_ids``."""

    def close(self) -> None: ...

    def __exit__(self, *exc_info: object) -> None:
        """Close the store."""


class Store(ArticleStore, EntityStore, StoryStore, CheckStore, EventStore, BrowseStore,
            ProfileStore, TokenStore, Protocol):
    """What sourcetrace needs of a database: articles and every capability's tables."""

    def __enter__(self) -> Store: ...
