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
