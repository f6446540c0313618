"""Checks are listed with the ones a reader must see first: conflicting, then updated."""

from __future__ import annotations

from sourcetrace.storage import Store


def _check(check_id: str, story: str, verdict: str) -> dict[str, object]:
    return {"id": check_id, "story_id": story, "kind": "figure", "verdict": verdict,
            "items": [f"a:{check_id}", f"b:{check_id}"], "explanation": "", "data": {}}


def test_conflicting_and_updated_checks_come_first(store: Store) -> None:
    rows = [
        _check("c1", "s1", "consistent"), _check("c2", "s1", "consistent"),
        _check("c3", "s2", "updated"), _check("c4", "s2", "unclear"),
        _check("c5", "s3", "conflicting"), _check("c6", "s0", "consistent"),
    ]
    store.put_checks(["s0", "s1", "s2", "s3"], rows)
    listed = [(c["verdict"], c["id"]) for c in store.iter_checks()]
    assert listed[:2] == [("conflicting", "c5"), ("updated", "c3")]
    # Must not: the agreeing checks keep their story order after the others.
    assert [i for v, i in listed if v == "consistent"] == ["c6", "c1", "c2"]
    assert listed[2] == ("unclear", "c4")


def test_stories_checking_finds_the_stories_whose_checks_name_an_article(store: Store) -> None:
    rows = [
        {"id": "c1", "story_id": "s1", "kind": "figure", "verdict": "consistent",
         "items": ["a1:figure:0", "b2:figure:1"], "explanation": "", "data": {}},
        {"id": "c2", "story_id": "s2", "kind": "claim", "verdict": "consistent",
         "items": ["a10:quote:0", "wire:7:quote:2"], "explanation": "", "data": {}},
        {"id": "c3", "story_id": "s3", "kind": "figure", "verdict": "updated",
         "items": ["c3:figure:0", "d4:figure:0"], "explanation": "", "data": {}},
    ]
    store.put_checks(["s1", "s2", "s3"], rows)
    assert store.stories_checking(["a1"]) == {"s1"}  # must not: "a10" is another article
    assert store.stories_checking(["wire:7", "d4"]) == {"s2", "s3"}  # an id with a colon
    assert store.stories_checking(["zz"]) == set()
    assert store.stories_checking([]) == set()
