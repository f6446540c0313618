"""A real ingested case plus hand-built records of the kinds corpus stages will produce.

The fixture articles (``tests/fixtures/exports/articles.jsonl``) are ingested once per
test session; entities, stories, checks and an outlet signal are built by hand with
spans found in the stored texts, so every exporter sees every record kind.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sourcetrace import Settings, ingest_paths, open_store
from sourcetrace.outputs import ExportItem
from sourcetrace.outputs.contract import iter_items
from sourcetrace.outputs.json_export import JsonExporter
from sourcetrace.storage import Store

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "articles.jsonl"

_built: dict[str, Path] = {}

#: id -> (name, type, kb_id, names searched in each article).
ENTITIES: dict[str, tuple[str, str, str | None, tuple[str, ...]]] = {
    "ent-jansen": ("Marieke Jansen", "PERSON", None, ("Marieke Jansen",)),
    "ent-port": ("Port of Rotterdam Authority", "AGENCY", None, ("Port of Rotterdam Authority",)),
    "ent-maersk": ("Maersk", "ORG", "Q1141523", ("Maersk",)),
    "ent-rotterdam": ("Rotterdam", "GPE", "Q34370", ("Rotterdam",)),
    "ent-egypt": ("Egypt", "GPE", "Q79", ("Egypt",)),
    "ent-coast": ("the coast", "LOC", None, ("the coast",)),
    "ent-front": ("Dockside Brigade", "ARMED_GROUP", None, ()),
}


@pytest.fixture
def case_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ingested fixture case (built once per session; tests only read it)."""
    if "db" not in _built:
        db = tmp_path_factory.mktemp("exports") / "case.db"
        store = open_store(db)
        try:
            summary = ingest_paths([FIXTURE], store, Settings.load(env={}))
        finally:
            store.close()
        assert summary.rejected == 0
        _built["db"] = db
    return _built["db"]


@pytest.fixture
def case_store(case_db: Path) -> Iterator[Store]:
    store = open_store(case_db)
    yield store
    store.close()


def _mentions(texts: dict[str, str], names: tuple[str, ...]) -> list[dict[str, Any]]:
    found = []
    for article_id, text in texts.items():
        for name in names:
            start = text.find(name)
            while start >= 0:
                found.append({"article_id": article_id, "start": start,
                              "end": start + len(name), "text": name})
                start = text.find(name, start + 1)
    return found


def hand_items(store: Store) -> list[ExportItem]:
    """Entities, a story, checks and an outlet signal, as corpus stages would export them."""
    texts = {s.document.id: s.document.text for s in store.iter_articles()}
    items = []
    for entity_id, (name, kind, kb_id, names) in ENTITIES.items():
        mentions = _mentions(texts, names)
        items.append(ExportItem("entity", {
            "id": entity_id, "name": name, "type": kind,
            "aliases": sorted({m["text"] for m in mentions} | {name}), "kb_id": kb_id,
            "mentions": mentions,
        }))
    items.append(ExportItem("story", {"id": "story-strike", "label": "Rotterdam port strike",
                                      "article_ids": ["exp-001", "exp-002"]}))
    items.append(ExportItem("check", {
        "id": "check-ships", "kind": "figure",
        "items": ["exp-001:figure:0", "exp-002:figure:0"], "verdict": "updated",
        "explanation": "about 40 vessels on 12 March, at least 55 ships a week later: "
                       "a later count, not a contradiction",
    }))
    items.append(ExportItem("signal", {
        "id": "exp-003:signal:outlet", "article_id": "exp-003", "kind": "anonymous_sources",
        "score": 0.5, "evidence": [{"start": 0, "end": 17, "text": texts["exp-003"][:17],
                                    "note": "officials not named"}],
    }))
    return items


def all_items(store: Store) -> list[ExportItem]:
    return [*iter_items(store), *hand_items(store)]


def json_records(items: list[ExportItem]) -> dict[str, list[dict[str, Any]]]:
    """The same items through the ``json`` exporter: the reference the others must match."""
    stream = io.StringIO()
    exporter = JsonExporter(stream)
    for item in items:
        exporter.write(item)
    exporter.finalize()
    data: dict[str, list[dict[str, Any]]] = json.loads(stream.getvalue())
    return data
