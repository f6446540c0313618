"""Event-level stories through the real CLI: one company's and one airline's different
events in one month stay apart; each event's reports in en/fr/de join, in one run or
in two (the key counts that weigh names by rarity are kept in the store)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from sourcetrace.capabilities.stories.corpus import run_stories
from sourcetrace.cli import app
from sourcetrace.config import Settings
from sourcetrace.jobs.ingest import ingest_paths
from sourcetrace.storage import open_store
from sourcetrace.storage.tables.stories import checks, stories
from sourcetrace.text.embeddings import DIM, Vector

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"
runner = CliRunner()

#: The events of ``same_actor.jsonl``, asserted exactly.
EVENTS = {
    frozenset({"recall-en", "recall-fr", "recall-de"}),  # Halvorsen Motors, 4 March
    frozenset({"jobs-en", "jobs-de"}),  # Halvorsen Motors, 18 March
    frozenset({"profit-en"}),  # Halvorsen Motors, 27 March
    frozenset({"strike-en", "strike-fr", "strike-de"}),  # Aurelia Airways, 10 March
    frozenset({"landing-en", "landing-fr"}),  # Aurelia Airways, 12 March
}


def _run(*args: str) -> Any:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def _stories(db: Path, out: Path) -> set[frozenset[str]]:
    _run("export", "--db", str(db), "--format", "json", "--out", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    return {frozenset(s["article_ids"]) for s in data["stories"]}


def test_different_events_of_one_company_stay_apart(tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    _run("ingest", str(FIXTURES / "same_actor.jsonl"), "--db", str(db))
    assert _stories(db, tmp_path / "out.json") == EVENTS
    with open_store(db) as store:
        counts, total = store.key_counts(["e:x:org/halvorsen-motors"])  # type: ignore[arg-type]
    assert total == 11 and counts["e:x:org/halvorsen-motors"] >= 4


def test_the_same_clusters_come_from_two_runs(tmp_path: Path) -> None:
    rows = (FIXTURES / "same_actor.jsonl").read_text(encoding="utf-8").splitlines()
    # Every first report first, then the rest: later reports join stored stories.
    first = [r for r in rows if json.loads(r)["id"].endswith("-en")]
    (tmp_path / "first.jsonl").write_text("\n".join(first) + "\n", encoding="utf-8")
    (tmp_path / "later.jsonl").write_text(
        "\n".join(r for r in rows if r not in first) + "\n", encoding="utf-8")
    db = tmp_path / "case.db"
    _run("ingest", str(tmp_path / "first.jsonl"), "--db", str(db))
    late = json.loads(_run("ingest", str(tmp_path / "later.jsonl"), "--db", str(db),
                           "--json").stdout)
    (stage,) = [r for r in late["corpus"] if r["stage"] == "stories"]
    assert stage["counts"]["new stories"] == 0 and stage["counts"]["articles"] == 6
    assert _stories(db, tmp_path / "out.json") == EVENTS


class _Fixed:
    """An encoder whose vectors are set by hand (by the text's first word), so that a
    bridging report is certain; what is tested is the store glue of a merge."""

    def __init__(self, vectors: dict[str, Vector]) -> None:
        self.vectors = vectors

    def encode(self, texts: list[str]) -> Vector:
        return np.stack([self.vectors[t.split()[0]] for t in texts]).astype(np.float32)


@pytest.fixture
def bridged(tmp_path: Path) -> Path:
    a = np.zeros(DIM, dtype=np.float32)
    a[0] = 1.0
    b = np.zeros(DIM, dtype=np.float32)
    b[0], b[1] = 0.6, 0.8
    mid = (a + b) / np.linalg.norm(a + b)
    rows = [
        {"id": "one", "title": "Alpha", "published": "2025-03-10", "language": "en",
         "text": "Alpha report of the flood in the valley."},
        {"id": "two", "title": "Beta", "published": "2025-03-10", "language": "en",
         "text": "Beta report of the flood in the valley."},
        {"id": "three", "title": "Gamma", "published": "2025-03-11", "language": "en",
         "text": "Gamma report of the flood in the valley."},
    ]
    db = tmp_path / "case.db"
    (tmp_path / "three.jsonl").write_text(
        "\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    embedder = _Fixed({"Alpha.": a, "Beta.": b, "Gamma.": mid.astype(np.float32)})
    with open_store(db) as store:
        # Per-article stages only: the stories stage is run below with the fixed vectors.
        ingest_paths([tmp_path / "three.jsonl"], store, Settings(), corpus_stages=())
        first = run_stories(store, ["one", "two"], embedder=embedder)
        assert first.counts["new stories"] == 2
        with store.writing("planting a check") as conn:  # type: ignore[attr-defined]
            for sid in conn.execute(select(stories.c.id)).scalars().all():
                conn.execute(checks.insert().values(
                    id=f"c-{sid}", story_id=sid, kind="figure", verdict="unclear",
                    items=[], explanation="", data={}))
        run_stories(store, ["three"], embedder=embedder)
    return db


def test_a_bridging_report_merges_stored_stories(bridged: Path) -> None:
    with open_store(bridged) as store:
        with store.reading("reading stories") as conn:  # type: ignore[attr-defined]
            ids = conn.execute(select(stories.c.id)).scalars().all()
            left = conn.execute(select(checks.c.story_id)).scalars().all()
        (story,) = ids
        assert sorted(store.story_members_of(ids)[story]) == ["one", "three", "two"]  # type: ignore[arg-type]
        # The merged-away story's checks went with it (the merged one's are redone).
        assert left == [story]


#: ``main_events.jsonl``: a Mosul car bombing in en and fr, the same words for one in
#: Quetta the next day; an arrest in Lyon in en and fr, the same words a week later for
#: the arrest of another man there.
MAIN_EVENTS = {
    frozenset({"mosul-en", "mosul-fr"}), frozenset({"quetta-en"}),
    frozenset({"arrest-a-en", "arrest-a-fr"}), frozenset({"arrest-b-en"}),
}


def test_alike_reports_of_different_events_are_split_by_their_main_events(
        tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    _run("ingest", str(FIXTURES / "main_events.jsonl"), "--db", str(db))
    assert _stories(db, tmp_path / "out.json") == MAIN_EVENTS
    # The words alone join the must-split pairs: the main events are what tells them apart.
    with open_store(db) as store:
        ids = [i for s in MAIN_EVENTS for i in s]
        run_stories(store, ids, linked=store.linked_mentions)
    by_words = _stories(db, tmp_path / "words.json")
    assert by_words != MAIN_EVENTS
    assert any({"mosul-en", "quetta-en"} <= s or {"arrest-a-en", "arrest-b-en"} <= s
               for s in by_words)
