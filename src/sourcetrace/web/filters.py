"""Query parameters shared by the API and the pages: paging and article filters."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from fastapi import Query

from sourcetrace.storage.protocols import ArticleFilter, EventFilter
from sourcetrace.web.contract import bad_parameter
from sourcetrace.web.records import CorpusRecords, entity_articles

__all__ = ["MAX_LIMIT", "FilterParams", "Paging", "article_filter", "event_params"]

#: The most items one page of any list may hold.
MAX_LIMIT = 500

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
#: The same, for the OpenAPI document (blank means "no filter": HTML forms send every field).
DATE_PATTERN = r"^\s*(\d{4}(-\d{2}(-\d{2})?)?)?\s*$"


@dataclass(frozen=True, slots=True)
class Paging:
    """``limit``/``offset`` paging; every list answers ``total`` and ``next_offset``."""

    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0,
) -> Paging:
    return Paging(limit=limit, offset=offset)


@dataclass(frozen=True, slots=True)
class FilterParams:
    language: str | None
    source: str | None
    since: str | None
    until: str | None
    entity: str | None
    story: str | None

    def as_query(self) -> dict[str, str]:
        """The filters that are set, for building links that keep them."""
        return {k: v for k, v in (("language", self.language), ("source", self.source),
                                  ("since", self.since), ("until", self.until),
                                  ("entity", self.entity), ("story", self.story)) if v}


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def filter_params(
    language: Annotated[str | None, Query(description="ISO 639-1 code, e.g. `fr`.")] = None,
    source: Annotated[str | None, Query(description="Outlet name, exactly as stored.")] = None,
    since: Annotated[str | None, Query(description="Published on or after (YYYY[-MM[-DD]]).",
                                       pattern=DATE_PATTERN)] = None,
    until: Annotated[str | None, Query(description="Published on or before (YYYY[-MM[-DD]]).",
                                       pattern=DATE_PATTERN)] = None,
    entity: Annotated[str | None, Query(description="Only articles mentioning this entity id.")]
    = None,
    story: Annotated[str | None, Query(description="Only articles of this story id.")] = None,
) -> FilterParams:
    # Empty values are "no filter" (an HTML form sends every field); dates are checked
    # only when given.
    since, until = _blank(since), _blank(until)
    for name, value in (("since", since), ("until", until)):
        if value is not None and not _DATE.fullmatch(value):
            raise bad_parameter(name, f"must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return FilterParams(_blank(language), _blank(source), since, until,
                        _blank(entity), _blank(story))


def article_filter(params: FilterParams, records: CorpusRecords | None) -> ArticleFilter:
    """The store filter for ``params``; an unknown entity or story matches no article."""
    ids: set[str] | None = None
    if records is not None and params.entity:
        entity = records.entity(params.entity)
        ids = set(entity_articles(entity)) if entity else set()
    if records is not None and params.story:
        story = records.story(params.story)
        found = set(story.get("article_ids", ())) if story else set()
        ids = found if ids is None else ids & found
    until = params.until
    if until and len(until) < 10:
        until = until + "-99"  # a month or year includes all of its days
    return ArticleFilter(
        language=params.language,
        source=params.source,
        since=params.since,
        until=until,
        ids=frozenset(ids) if ids is not None else None,
    )


def event_params(
    type: Annotated[str | None, Query(
        description="A taxonomy type (`bombing`) or group (`attacks`); docs/events.md.")] = None,
    place: Annotated[str | None, Query(
        description="A country code (`FR`), a place's name or its entity id, any case.")]
    = None,
    since: Annotated[str | None, Query(description="Event dated on or after (YYYY[-MM[-DD]]).",
                                       pattern=DATE_PATTERN)] = None,
    until: Annotated[str | None, Query(description="Event dated on or before (YYYY[-MM[-DD]]).",
                                       pattern=DATE_PATTERN)] = None,
    story: Annotated[str | None, Query(description="Only events of this story id.")] = None,
) -> EventFilter:
    """The event filters of the API and the events page (blank: no filter)."""
    since, until = _blank(since), _blank(until)
    for name, value in (("since", since), ("until", until)):
        if value is not None and not _DATE.fullmatch(value):
            raise bad_parameter(name, f"must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return EventFilter(type=_blank(type), place=_blank(place), since=since, until=until,
                       story=_blank(story))
