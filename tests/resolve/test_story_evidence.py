"""Evidence of the same event (rarity-weighted names, the event's day), bridging merges
and pruning, on vectors built with known cosines (the encoder is tested elsewhere)."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from sourcetrace.capabilities.stories.evidence import KeyRarity, event_day, shared_entity_weight
from sourcetrace.capabilities.stories.index import StoryIndex, StoryInput
from sourcetrace.text.embeddings import DIM, Vector

_rng = np.random.default_rng(5)
_BASIS = np.linalg.qr(_rng.standard_normal((DIM, 64)))[0].T.astype(np.float32)


def _vec(axis: int, cosine: float = 1.0, other: int = 63) -> Vector:
    """A unit vector at ``cosine`` to basis vector ``axis`` (tilted towards ``other``)."""
    v = cosine * _BASIS[axis] + np.sqrt(max(0.0, 1 - cosine**2)) * _BASIS[other]
    return v.astype(np.float32)


def _art(id: str, vector: Vector, day: date, *keys: str) -> StoryInput:
    return StoryInput(id=id, vector=vector, published=day, keys=frozenset(keys))


MARCH = date(2025, 3, 10)


def test_a_key_every_article_carries_weighs_nothing() -> None:
    rarity = KeyRarity()
    for n in range(50):
        rarity.add({"e:acme", f"e:place-{n}"})
    assert rarity.weight("e:acme") < 0.01
    assert rarity.weight("e:place-7") == 1.0
    weight, shared = shared_entity_weight({"e:acme", "acme-unlinked"},
                                          {"e:acme": 3, "acme-unlinked": 1}, rarity)
    # The unlinked key is rare but counts half.
    assert shared[0] == (0.5, "acme-unlinked") and abs(weight - 0.5) < 0.01


def test_the_event_day_counts_fully_the_publication_day_half() -> None:
    story = {"date:2025-03-09": 2}
    assert event_day({"date:2025-03-10"}, story, MARCH) == (0.5, "2025-03-10")  # ±1 day
    assert event_day({"date:2025-03-08"}, story, MARCH) == (1.0, "2025-03-08")
    assert event_day({"date:2025-03-06"}, story, MARCH) == (0.0, None)  # 3 days off
    # An anniversary a year back is not the same event.
    assert event_day({"date:2024-03-09"}, {"date:2024-03-09": 1}, MARCH) == (0.0, None)


def _company_corpus(index: StoryIndex) -> str:
    """Eighteen other stories, then six earlier stories of one company, each naming it
    and its city; returns the id of the pilots' strike story of 10 March."""
    for n in range(18):
        index.assign(_art(f"other-{n}", _vec(20 + n), MARCH - timedelta(days=9),
                          f"e:other-{n}"))
    for n in range(6):
        index.assign(_art(f"old-{n}", _vec(10 + n), MARCH - timedelta(days=8 - n),
                          "e:acme", "e:lisbon", f"date:2025-03-0{1 + n}"))
    return index.assign(_art("strike", _vec(1), MARCH, "e:acme", "e:lisbon",
                             "date:2025-03-10")).story_id


def test_common_names_do_not_join_another_event_of_the_same_company() -> None:
    index = StoryIndex()
    strike = _company_corpus(index)
    # Two days later, as close as a report of another event of the company can be, the
    # same company and city named, its own day: a new story.
    landing = index.assign(_art("landing", _vec(1, 0.62, other=40), MARCH + timedelta(days=2),
                                "e:acme", "e:lisbon", "date:2025-03-12"))
    assert landing.new and "no shared day or rare name" in landing.reason
    # The same closeness with the strike's day named (pilots still out): it joins.
    follow = index.assign(_art("follow", _vec(1, 0.62, other=41), MARCH + timedelta(days=2),
                               "e:acme", "e:lisbon", "date:2025-03-10"))
    assert follow.story_id == strike and "same day 2025-03-10" in follow.reason


def test_a_rare_shared_name_opens_the_way_a_common_one_does_not() -> None:
    index = StoryIndex()
    strike = _company_corpus(index)
    union = index.assign(_art("union", _vec(1, 0.62, other=40), MARCH + timedelta(days=3),
                              "e:acme", "e:spac-union"))
    assert union.new  # the union is not in the strike story yet
    index.stories[strike].keys["e:spac-union"] += 1
    again = index.assign(_art("union-2", _vec(1, 0.62, other=41), MARCH + timedelta(days=3),
                              "e:acme", "e:spac-union"))
    assert again.story_id == strike and "e:spac-union 1.00" in again.reason


def test_below_min_similarity_nothing_joins() -> None:
    index = StoryIndex()
    strike = _company_corpus(index)
    far = index.assign(_art("far", _vec(1, 0.35), MARCH, "e:acme", "date:2025-03-08",
                            "e:spac-union"))
    assert far.new and far.story_id != strike


def _pair() -> tuple[Vector, Vector, Vector]:
    """Two reports at cosine 0.6 and the unit vector halfway (0.89 to each)."""
    a = _BASIS[2]
    b = (0.6 * _BASIS[2] + 0.8 * _BASIS[3]).astype(np.float32)
    mid = (a + b) / np.linalg.norm(a + b)
    return a, b, mid.astype(np.float32)


def test_a_bridging_article_merges_two_stories() -> None:
    index = StoryIndex()
    a_vec, b_vec, mid = _pair()
    # Two early reports of one event that stayed apart (cosine 0.6, no evidence) ...
    a = index.assign(_art("a", a_vec, MARCH))
    b = index.assign(_art("b", b_vec, MARCH))
    assert b.new and a.story_id != b.story_id
    # ... and a report close to both (0.89 each): one story.
    bridge = index.assign(_art("bridge", mid, MARCH))
    assert "merged" in bridge.reason
    assert {frozenset(s.members) for s in index.stories.values()} == {
        frozenset({"a", "b", "bridge"})
    }
    (gone,) = index.merged
    assert index.merged[gone] == bridge.story_id and gone in {a.story_id, b.story_id}


def test_a_weaker_bridge_merges_nothing() -> None:
    index = StoryIndex()
    a_vec, b_vec, mid = _pair()
    a = index.assign(_art("a", a_vec, MARCH))
    b = index.assign(_art("b", b_vec, MARCH))
    # 0.78 to each: it joins one by similarity but is not strong enough to merge them.
    weaker = (0.872 * mid + 0.489 * _BASIS[4]).astype(np.float32)
    bridge = index.assign(_art("bridge", weaker, MARCH))
    assert not bridge.new and not index.merged
    assert len(index.stories) == 2 and bridge.story_id in {a.story_id, b.story_id}


def _stream(n: int) -> list[StoryInput]:
    """``n`` articles over ~3 years, events of 1-4 reports on consecutive days."""
    rng = np.random.default_rng(3)
    out: list[StoryInput] = []
    day = date(2021, 1, 1)
    event = 0
    while len(out) < n:
        event += 1
        centre = rng.standard_normal(DIM).astype(np.float32)
        centre /= np.linalg.norm(centre)
        for k in range(int(rng.integers(1, 5))):
            noise = rng.standard_normal(DIM).astype(np.float32)
            v = centre * 0.85 + noise / np.linalg.norm(noise) * 0.5
            out.append(_art(f"e{event}-{k}", (v / np.linalg.norm(v)).astype(np.float32),
                            day + timedelta(days=k), f"e:place-{event}"))
        day += timedelta(days=1)
    return out[:n]


def test_pruning_keeps_the_index_small_and_changes_no_assignment() -> None:
    articles = _stream(1200)
    pruned = StoryIndex()
    got = {a.article_id: a.story_id for a in pruned.cluster(articles)}
    unpruned = StoryIndex()
    want = {a.id: unpruned.assign(a).story_id for a in articles}  # assign never prunes
    assert got == want
    # Only the buckets within reach of the last article (and the undated one) remain.
    assert len(pruned._postings) <= 7 < len(unpruned._postings)
    stories = {frozenset(s.members) for s in pruned.stories.values()}
    events = {frozenset(a.id for a in articles if a.id.split("-")[0] == e)
              for e in {a.id.split("-")[0] for a in articles}}
    assert stories == events
