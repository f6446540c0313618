"""A real ingested case plus hand-built records of the kinds corpus stages will produce.

The fixture articles (``tests/fixtures/exports/articles.jsonl``) are ingested once per
test session, twice:

- ``case_db``/``case_store``: with the corpus stages skipped (``corpus_stages=()``), so the
  only entities are the ones built here by hand (``hand_items``): entities, stories,
  checks and an outlet signal with spans found in the stored texts, so every exporter
  sees every record kind with values the tests know exactly; also the exporters'
  fallbacks for a case without entity records;
- ``linked_db``/``linked_store``: ingested as users do, entity linking included, for the
  entities the linking stage really exports (``LINKED``).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sourcetrace import Settings, ingest_paths, open_store
from sourcetrace.core.corpus import CORPUS_STAGES, corpus_stages
from sourcetrace.outputs import ExportItem
from sourcetrace.outputs.contract import iter_items
from sourcetrace.outputs.json_export import JsonExporter
from sourcetrace.storage import Store

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "articles.jsonl"

_built: dict[str, Path] = {}

#: What entity linking makes of the fixture articles: id -> (name, type, articles).
LINKED: dict[str, tuple[str, str, int]] = {
    "x:person/marieke-jansen": ("Marieke Jansen", "PERSON", 2),
    "x:org/port-of-rotterdam-authority": ("Port of Rotterdam Authority", "ORG", 2),
    "geo:2747891": ("Rotterdam", "GPE", 2),
    "geo:2800866": ("Brussels", "GPE", 1),
    "geo:2803138": ("Antwerp", "GPE", 1),
    "st:country/eg": ("Egypt", "GPE", 1),
    "st:igo/european-commission": ("European Commission", "IGO", 1),
    "st:company/a-p-moller-maersk": ("A.P. Moller-Maersk", "COMPANY", 2),
}

#: id -> (name, type, kb_id, kb_entry, names searched in each article).
ENTITIES: dict[str, tuple[str, str, str | None, str | None, tuple[str, ...]]] = {
    "ent-jansen": ("Marieke Jansen", "PERSON", None, None, ("Marieke Jansen",)),
    "ent-port": ("Port of Rotterdam Authority", "AGENCY", None, None,
                 ("Port of Rotterdam Authority",)),
    "ent-maersk": ("Maersk", "ORG", "Q1141523", None, ("Maersk",)),
    "ent-rotterdam": ("Rotterdam", "GPE", "Q34370", "geo:2747891", ("Rotterdam",)),
    "ent-egypt": ("Egypt", "GPE", "Q79", "st:country/eg", ("Egypt",)),
    "ent-coast": ("the coast", "LOC", None, None, ("the coast",)),
    "ent-front": ("Dockside Brigade", "ARMED_GROUP", None, None, ()),
}
#: Roles stated next to a hand-built entity's mentions.
ROLES = {"ent-jansen": ["union leader"]}


def _build(factory: pytest.TempPathFactory, *, linked: bool) -> Path:
    key = "linked" if linked else "db"
    if key not in _built:
        db = factory.mktemp("exports") / "case.db"
        store = open_store(db)
        try:
            summary = ingest_paths([FIXTURE], store, Settings.load(env={}),
                                   corpus_stages=CORPUS_STAGES if linked else ())
        finally:
            store.close()
        assert summary.rejected == 0
        assert [r["stage"] for r in summary.corpus] == (
            [s.name for s in corpus_stages(CORPUS_STAGES)] if linked else [])
        assert all(r["error"] is None for r in summary.corpus), summary.corpus
        _built[key] = db
    return _built[key]


@pytest.fixture
def case_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture case without corpus stages (built once per session; tests only read)."""
    return _build(tmp_path_factory, linked=False)


@pytest.fixture
def case_store(case_db: Path) -> Iterator[Store]:
    store = open_store(case_db)
    yield store
    store.close()


@pytest.fixture
def linked_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture case as ``sourcetrace ingest`` leaves it: entities linked."""
    return _build(tmp_path_factory, linked=True)


@pytest.fixture
def linked_store(linked_db: Path) -> Iterator[Store]:
    store = open_store(linked_db)
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
    for entity_id, (name, kind, kb_id, kb_entry, names) in ENTITIES.items():
        mentions = _mentions(texts, names)
        items.append(ExportItem("entity", {
            "id": entity_id, "name": name, "type": kind,
            "aliases": sorted({m["text"] for m in mentions} | {name}), "kb_id": kb_id,
            "mentions": mentions, "kb_entry": kb_entry, "roles": ROLES.get(entity_id, []),
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
        "score": 0.5, "outlet": None,
        "evidence": [{"start": 0, "end": 17, "text": texts["exp-003"][:17],
                      "note": "officials not named", "field": "text"}],
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
