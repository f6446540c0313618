"""Story clustering on articles we wrote: across languages, time-aware, incremental."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import numpy as np

from sourcetrace.capabilities.stories.index import Story, StoryIndex, StoryInput, story_label
from sourcetrace.text.embeddings import Embedder, from_blob, story_text, to_blob
from tests.resolve.conftest import read_fixture


def _inputs(embedder: Embedder, rows: list[dict[str, Any]]) -> list[StoryInput]:
    vectors = embedder.encode([story_text(r["title"], r["text"]) for r in rows])
    return [
        StoryInput(id=r["id"], vector=v, published=date.fromisoformat(r["published"]),
                   title=r["title"])
        for r, v in zip(rows, vectors, strict=True)
    ]


def _groups(index: StoryIndex) -> set[frozenset[str]]:
    return {frozenset(s.members) for s in index.stories.values()}


def test_one_event_in_three_languages_is_one_story(embedder: Embedder) -> None:
    index = StoryIndex()
    list(index.cluster(_inputs(embedder, read_fixture("corpus.jsonl"))))
    assert _groups(index) == {
        frozenset({"kirkuk-en-1", "kirkuk-fr-1", "kirkuk-de-1"}),
        frozenset({"bank-en-1"}),
        frozenset({"kirkuk-en-2026"}),
    }


def test_same_actors_two_years_apart_are_another_story(embedder: Embedder) -> None:
    rows = read_fixture("corpus.jsonl")
    first, later = _inputs(embedder, [rows[0], rows[4]])
    index = StoryIndex()
    story_id = index.assign(first).story_id
    # Close in content (same city, same kind of attack, same governor) ...
    assert float(first.vector @ later.vector) > 0.6
    # ... but 749 days later: outside any story window, so never scored.
    assert index.score(later, index.stories[story_id]) is None
    assert index.assign(later).new


def test_a_new_article_joins_the_stored_story_without_reclustering(embedder: Embedder) -> None:
    index = StoryIndex()
    assignments = {a.article_id: a for a in index.cluster(_inputs(embedder,
                                                                  read_fixture("corpus.jsonl")))}
    kirkuk = assignments["kirkuk-en-1"].story_id
    # What the store keeps of each story (vector sum as float32, dates, keys), reloaded.
    stored = [
        Story(id=s.id, total=np.frombuffer(np.asarray(s.total, np.float32).tobytes(),
                                           dtype=np.float32).copy(),
              size=s.size, first=s.first, last=s.last, keys=s.keys, members=list(s.members))
        for s in index.stories.values()
    ]
    reloaded = StoryIndex(stored)
    (late,) = _inputs(embedder, read_fixture("late.jsonl"))
    result = reloaded.assign(late)
    assert not result.new and result.story_id == kirkuk
    assert "similarity" in result.reason
    assert reloaded.stories[kirkuk].last == date(2024, 5, 16)


def test_the_event_day_and_a_rare_name_raise_the_score(embedder: Embedder) -> None:
    rows = read_fixture("corpus.jsonl")
    (a, b) = _inputs(embedder, [rows[0], rows[2]])
    index = StoryIndex()
    story = index.stories[index.assign(a).story_id]
    plain = index.score(b, story)
    story.keys.update({"e:geo:kirkuk": 1, "date:2024-05-14": 1})
    keyed = index.score(StoryInput(id=b.id, vector=b.vector, published=b.published,
                                   keys=frozenset({"e:geo:kirkuk", "date:2024-05-14"})),
                        story)
    assert plain is not None and keyed is not None
    # The day before publication (the bombing) counts fully: +0.25. The linked name is
    # carried by the one article indexed so far: in a corpus of one article nothing is
    # shown to be rare, so it weighs log(2)/log(20) = 0.23: +0.08 * 0.23.
    assert abs(keyed[0] - plain[0] - 0.25 - 0.08 * math.log(2) / math.log(20)) < 1e-6
    assert "same day 2024-05-14" in keyed[1] and "e:geo:kirkuk 0.23" in keyed[1]


def test_label_is_the_most_central_title(embedder: Embedder) -> None:
    index = StoryIndex()
    inputs = _inputs(embedder, read_fixture("corpus.jsonl")[:3])
    list(index.cluster(inputs))
    (story,) = index.stories.values()
    label = story_label([(i.title, i.vector) for i in inputs], story.centroid())
    assert label in {i.title for i in inputs}


def test_vectors_survive_storage_as_float16(embedder: Embedder) -> None:
    vector = embedder.encode(["A car bomb exploded at a market in Kirkuk."])[0]
    back = from_blob(to_blob(vector))
    assert back.shape == (512,) and abs(float(back @ vector) - 1.0) < 1e-3
