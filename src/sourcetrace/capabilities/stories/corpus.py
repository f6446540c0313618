"""Corpus stage ``stories``: embed changed articles once, then assign them to stories.

Incremental: only the changed articles are embedded (vectors are stored with the hash
of the text they came from and reused while it is unchanged) and assigned; the stories
loaded are those whose time window can reach them, and the key counts read are those of
the keys the changed articles carry (for rarity weights). An updated article is taken
out of its story first, with the keys it was counted with (stored with its membership),
and assigned again. A story merged into another by a bridging
article hands over its members (and loses its checks, redone on the merged story).
Linked entity ids are used as story keys when the caller supplies them (``linked``);
otherwise each mention's own key serves. The article's main event (``stories.events``,
from the ``events`` stage's mentions with their linked places and actors) is a key too:
an article joins only a story whose main events its own fits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from sourcetrace.capabilities.events.digest import digests
from sourcetrace.capabilities.stories.events import event_key, main_event
from sourcetrace.capabilities.stories.evidence import KeyRarity
from sourcetrace.capabilities.stories.index import (
    Assignment,
    Story,
    StoryIndex,
    StoryInput,
    StoryParams,
    story_label,
)
from sourcetrace.config import Settings
from sourcetrace.core.corpus import CorpusReport, CorpusStage
from sourcetrace.outputs.contract import ExportItem
from sourcetrace.storage.base import Store, StoredArticle
from sourcetrace.storage.protocols import StoredVector, StoryStore
from sourcetrace.text.embeddings import (
    MODEL_NAME,
    Embedder,
    from_blob,
    load_embedder,
    story_text,
    to_blob,
)
from sourcetrace.text.normalise import article_keys, parse_day

__all__ = ["CORPUS_STAGE", "default_embedder", "export", "run", "run_stories"]

#: Linked entity ids per article: mention index in ``Document.mentions`` → entity id.
Linked = Callable[[str], Mapping[int, str] | None]
#: The ``event:`` key of an article's main event, or None.
MainEvent = Callable[[StoredArticle], str | None]

EMBED_BATCH = 64


@lru_cache(maxsize=1)
def default_embedder() -> Embedder:
    """The bundled encoder, loaded once per process."""
    return load_embedder()


def _documents(store: Store, ids: Sequence[str]) -> list[StoredArticle]:
    found = []
    for article_id in dict.fromkeys(ids):
        stored = store.get_article(article_id)
        if stored is not None and stored.document.text.strip():
            found.append(stored)
    return found


def ensure_vectors(
    store: StoryStore, docs: Sequence[StoredArticle], embedder: Embedder
) -> tuple[dict[str, StoredVector], dict[str, StoredVector], int]:
    """(previous vectors, current vectors, how many were computed now) for ``docs``."""
    previous = store.vectors_for([d.document.id for d in docs])
    current = dict(previous)
    todo = [
        d for d in docs
        if (old := previous.get(d.document.id)) is None
        or old.model != MODEL_NAME
        or old.content_hash != d.content_hash
    ]
    fresh: dict[str, StoredVector] = {}
    for i in range(0, len(todo), EMBED_BATCH):
        batch = todo[i : i + EMBED_BATCH]
        matrix = embedder.encode([story_text(d.document.title, d.document.text) for d in batch])
        for d, row in zip(batch, matrix, strict=True):
            fresh[d.document.id] = StoredVector(
                model=MODEL_NAME, content_hash=d.content_hash, vector=to_blob(row)
            )
    store.put_vectors(fresh)
    current.update(fresh)
    return previous, current, len(fresh)


def run_stories(
    store: Store,
    changed: Sequence[str],
    *,
    embedder: Embedder | None = None,
    linked: Linked | None = None,
    params: StoryParams | None = None,
    events: MainEvent | None = None,
) -> CorpusReport:
    """Embed and assign ``changed`` articles; write the stories they touched."""
    params = params or StoryParams()
    docs = _documents(store, changed)
    if not docs:
        return CorpusReport(stage="stories", counts={"articles": 0})
    previous, vectors, embedded = ensure_vectors(store, docs, embedder or default_embedder())
    inputs = []
    for d in docs:
        doc = d.document
        keys = article_keys(doc, linked=linked(doc.id) if linked else None)
        main = events(d) if events else None
        inputs.append(
            StoryInput(
                id=doc.id,
                vector=from_blob(vectors[doc.id].vector),
                published=parse_day(doc.published),
                keys=keys | {main} if main else keys,
                title=doc.title,
            )
        )
    was_in = store.memberships([a.id for a in inputs])
    # An updated article leaves its story with the keys it was counted with (its new
    # text may name others); a membership stored before they were kept uses its own.
    own = {a.id: a.keys for a in inputs}
    old_keys = {i: own[i] if k is None else k for i, k in store.counted_keys(list(was_in)).items()}
    days = [a.published for a in inputs if a.published is not None]
    counts, counted = store.key_counts(
        {k for a in inputs for k in a.keys} | {k for ks in old_keys.values() for k in ks})
    index = StoryIndex(
        store.load_stories(
            start=min(days) if days else None,
            end=max(days) if days else None,
            reach_days=params.max_window,
            include=set(was_in.values()),
        ),
        params,
        rarity=KeyRarity(counts, counted),
    )
    touched: set[str] = set()
    for article in inputs:
        story_id = was_in.get(article.id)
        if story_id is not None:
            old = previous.get(article.id)
            vector = from_blob(old.vector) if old is not None else article.vector
            keys = old_keys.get(article.id, article.keys)
            index.remove(StoryInput(id=article.id, vector=vector, keys=keys), story_id)
            touched.add(story_id)
    assignments = _final(list(index.cluster(inputs)), index.merged)
    touched.update(a.story_id for a in assignments)
    touched.update(index.merged)
    removed = [s for s in touched if s not in index.stories]
    kept = [index.stories[s] for s in sorted(touched) if s in index.stories]
    _label(store, kept)
    store.save_stories(kept, removed, assignments, merged=index.merged,
                       key_delta=index.rarity.added, article_delta=index.rarity.added_articles,
                       keys={a.id: a.keys for a in inputs})
    new = sum(1 for a in assignments if a.new)
    return CorpusReport(
        stage="stories",
        counts={"articles": len(assignments), "new stories": new,
                "joined": len(assignments) - new, "embedded": embedded},
        message=f"{len(assignments)} articles placed in stories ({new} new stories)",
    )


def _final(assignments: list[Assignment], merged: Mapping[str, str]) -> list[Assignment]:
    """Assignments pointing at the story that holds them now (a later bridging article
    may have merged the story they joined into another)."""
    return [
        replace(a, story_id=merged[a.story_id]) if a.story_id in merged else a
        for a in assignments
    ]


def _label(store: StoryStore, stories: Sequence[Story]) -> None:
    """Label each touched story with its most central member's title."""
    ids = [m for s in stories for m in s.members]
    blobs = store.vectors_for(ids)
    titles = store.titles_for(ids)
    for story in stories:
        members = [
            (titles.get(m, (None, None, None))[0], from_blob(blobs[m].vector))
            for m in story.members
            if m in blobs
        ]
        story.label = story_label(members, story.centroid())


def run(store: Store, settings: Settings, changed: Sequence[str]) -> CorpusReport:
    # Linking runs before this stage: its entity ids make better story keys than the
    # per-article mention keys (one id for "IS", "Daesh" and "État islamique").
    return run_stories(store, changed, linked=store.linked_mentions,
                       events=lambda d: store_main_event(store, d))


def store_main_event(store: Store, stored: StoredArticle) -> str | None:
    """The ``event:`` key of a stored article's main event (None without one)."""
    doc = stored.document
    if not doc.events:
        return None
    main = main_event(digests(doc, store.linked_mentions(doc.id) or {}, store.entity_entries))
    return event_key(main) if main else None


def export(store: Store) -> Iterator[ExportItem]:
    for story_id, label, article_ids in store.iter_stories():
        yield ExportItem("story", {"id": story_id, "label": label, "article_ids": article_ids})


def members(store: StoryStore, story_ids: Sequence[str]) -> dict[str, list[str]]:
    return store.story_members_of(story_ids)


CORPUS_STAGE = CorpusStage(
    name="stories", version="3", run=run, export=export,
    requires=frozenset({"title", "text", "published", "mentions", "dates", "entities",
                        "events"}),
    assigns=frozenset({"stories"}),
)
