"""An updated article leaves its story with the keys it was counted with: re-ingesting
an edited report leaves the stored key counts (and the stories' key counts) exactly as a
fresh ingest of the final corpus makes them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from sourcetrace.config import Settings
from sourcetrace.jobs.ingest import ingest_paths
from sourcetrace.storage import open_store
from sourcetrace.storage.tables.stories import stories, story_key_counts, story_members

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"

#: The landing report rewritten: other airports, another day, a spokesman named. Every
#: name it drops or gains is its own (no other article's linking depends on it).
EDITED = {
    "id": "landing-en",
    "title": "Aurelia Airways jet makes emergency landing in Toulouse after engine fire",
    "source": "Meridian Chronicle",
    "published": "2025-03-12",
    "language": "en",
    "text": (
        "An Aurelia Airways plane flying from Munich to Porto made an emergency landing "
        "in Toulouse on Tuesday after one of its engines caught fire, the airline said.\n\n"
        "All 158 passengers and six crew left the Airbus A320 by the emergency slides. "
        "\"The crew did exactly what they are trained to do,\" spokesman Tobias Wendler "
        "said on March 11, 2025."
    ),
}


def _rows() -> list[dict[str, Any]]:
    lines = (FIXTURES / "same_actor.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def _state(db: Path) -> tuple[dict[str, int], Counter[str], dict[str, list[str]]]:
    """(story_key_counts, the summed key counts of every story, member → counted keys)."""
    with open_store(db) as store, store.reading("reading the story state") as conn:  # type: ignore[attr-defined]
        table = {r.key: r.articles for r in conn.execute(select(story_key_counts))}
        summed: Counter[str] = Counter()
        for keys in conn.execute(select(stories.c["keys"])).scalars():
            summed.update({str(k): int(v) for k, v in keys.items()})
        counted = {r.article_id: r.counted_keys
                   for r in conn.execute(select(story_members))}
    return table, +summed, counted


@pytest.fixture(scope="module")
def final_state(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, ...]:
    tmp = tmp_path_factory.mktemp("fresh")
    rows = [EDITED if r["id"] == "landing-en" else r for r in _rows()]
    db = tmp / "fresh.db"
    with open_store(db) as store:
        ingest_paths([_write(tmp / "final.jsonl", rows)], store, Settings())
    return _state(db)


def test_reingesting_an_edited_report_counts_its_new_keys_only(
    tmp_path: Path, final_state: tuple[Any, ...]
) -> None:
    db = tmp_path / "case.db"
    with open_store(db) as store:
        ingest_paths([_write(tmp_path / "first.jsonl", _rows())], store, Settings())
    before, _, counted_before = _state(db)
    with open_store(db) as store:
        summary = ingest_paths([_write(tmp_path / "edit.jsonl", [EDITED])], store, Settings())
    assert summary.updated == 1
    after, summed, counted = _state(db)
    fresh, fresh_summed, fresh_counted = final_state
    # The edit changed what the report names, so the counts had to move...
    assert set(counted_before["landing-en"]) != set(counted["landing-en"])
    assert before != after
    # ...to exactly what a fresh ingest of the final corpus stores.
    assert after == fresh
    assert counted == fresh_counted
    # The stories' own key counts add up to the same table (total row aside).
    assert summed == fresh_summed == Counter({k: v for k, v in fresh.items() if k})
    assert after[""] == len(_rows())
