"""Corpus-level records for the web app: entities, stories, checks and outlet signals.

These come from the cross-document stages (``core.corpus``), exactly as the export sees
them (``ExportItem``s). Until entity linking is installed there are no entity records,
so ``entities`` falls back to the per-article mentions grouped by normalised text and
label; such groups say so (``linked: False``) and the pages tell the reader.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sourcetrace.storage.base import Store

__all__ = ["CorpusRecords", "RecordsCache", "entity_articles", "load_records", "normalise_name"]

_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['\u2019]s$")  # straight or typographic apostrophe


@dataclass(slots=True)
class CorpusRecords:
    """Everything the corpus stages export, by kind; ``linked`` says whether the
    entities are linked records (True) or mention groups (False)."""

    entities: list[dict[str, Any]] = field(default_factory=list)
    stories: list[dict[str, Any]] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    signals: list[dict[str, Any]] = field(default_factory=list)
    linked: bool = False
    #: The checks grouped by claim (``web.claims.travels``), built on first use.
    travels: list[Any] | None = None

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        return next((e for e in self.entities if e["id"] == entity_id), None)

    def story(self, story_id: str) -> dict[str, Any] | None:
        return next((s for s in self.stories if s["id"] == story_id), None)

    def event(self, event_id: str) -> dict[str, Any] | None:
        return next((e for e in self.events if e["id"] == event_id), None)


def normalise_name(text: str) -> str:
    """A mention's text for grouping: NFKC, case-folded, single spaces, no possessive."""
    text = unicodedata.normalize("NFKC", text).strip()
    text = _POSSESSIVE.sub("", _SPACES.sub(" ", text))
    return text.casefold()


def _group_id(label: str, key: str) -> str:
    digest = hashlib.sha1(f"{label}\x1f{key}".encode()).hexdigest()[:12]
    return f"m-{digest}"


def mention_groups(rows: Iterable[tuple[str, int, int, str, str]]) -> list[dict[str, Any]]:
    """Entity-shaped records (export contract fields) grouping mentions by text and label."""
    groups: dict[tuple[str, str], list[tuple[str, int, int, str]]] = defaultdict(list)
    for article_id, start, end, text, label in rows:
        key = normalise_name(text)
        if key:
            groups[(label, key)].append((article_id, start, end, text))
    entities: list[dict[str, Any]] = []
    for (label, key), mentions in groups.items():
        forms = Counter(text for _, _, _, text in mentions)
        entities.append(
            {
                "id": _group_id(label, key),
                "name": forms.most_common(1)[0][0],
                "type": label,
                "aliases": sorted(forms),
                "kb_id": None,
                "mentions": [
                    {"article_id": a, "start": s, "end": e, "text": t} for a, s, e, t in mentions
                ],
                "linked": False,
            }
        )
    entities.sort(key=lambda e: (-len(entity_articles(e)), e["name"].casefold()))
    return entities


def entity_articles(entity: Mapping[str, Any]) -> list[str]:
    """The ids of the articles an entity is mentioned in, in first-mention order."""
    return list(dict.fromkeys(m["article_id"] for m in entity.get("mentions", ())))


def load_records(store: Store) -> CorpusRecords:
    """Collect the corpus stages' records; mention groups when no stage exports entities."""
    from sourcetrace.core.corpus import corpus_stages

    records = CorpusRecords()
    lists = {
        "entity": records.entities,
        "story": records.stories,
        "check": records.checks,
        "signal": records.signals,
        "event": records.events,
    }
    for stage in corpus_stages():
        if stage.export is None:
            continue
        for item in stage.export(store):
            target = lists.get(item.kind)
            if target is not None:
                target.append(dict(item.data))
    if records.entities:
        records.linked = True
        for entity in records.entities:
            entity.setdefault("linked", True)
        records.entities.sort(key=lambda e: (-len(entity_articles(e)), str(e["name"]).casefold()))
    else:
        records.entities = mention_groups(store.mention_rows())
    return records


class RecordsCache:
    """``load_records`` kept until the case changes (``Store.change_marker``).

    The corpus records are read from the whole case; reading them at every request made
    each page cost as much as the case is large. They are read again only after a commit
    (an ingest, a decision, another worker's write), once for all the threads waiting.
    Callers must not change what they get.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._marker: object | None = None
        self._records: CorpusRecords | None = None

    def get(self, store: Store) -> CorpusRecords:
        marker_of = getattr(store, "change_marker", None)
        marker = marker_of() if marker_of is not None else None
        if marker is None:
            return load_records(store)
        with self._lock:
            # The marker is read before the records: records newer than it only cost
            # one more read at the next request, never a stale answer.
            if self._records is None or marker != self._marker:
                self._records = load_records(store)
                self._marker = marker
            return self._records
