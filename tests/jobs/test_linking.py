"""The linking corpus stage through a real ingest: stored entities, the export's
``entities`` and speakers, and user decisions that survive re-runs and re-ingests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from sourcetrace.capabilities.linking.corpus import relink
from sourcetrace.core.corpus import CORPUS_STAGES
from sourcetrace.jobs.ingest import ingest_paths
from sourcetrace.outputs import export, load_schema
from sourcetrace.storage import open_store
from tests.jobs.linked_case import ARTICLES, SETTINGS, build_case, copy_case

VASQUEZ = "x:person/henrik-vasquez"
IS = "st:armed_group/islamic-state"


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_case(tmp_path_factory.mktemp("linked"))


@pytest.fixture(scope="module")
def exported(case: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("export") / "case.json"
    with open_store(case) as store:
        export(store, "json", out)
    return json.loads(out.read_text(encoding="utf-8"))


def test_linking_is_a_corpus_stage() -> None:
    assert "sourcetrace.capabilities.linking.corpus" in CORPUS_STAGES


def test_export_entities_validate_and_carry_the_clusters(exported: dict) -> None:
    validator = Draft202012Validator(load_schema())
    assert [e.message for e in validator.iter_errors(exported)] == []
    by_id = {e["id"]: e for e in exported["entities"]}
    group = by_id[IS]
    assert (group["name"], group["type"], group["kb_id"]) == (
        "Islamic State",
        "ARMED_GROUP",
        "Q2429253",
    )
    # "the Islamic State group" is tagged whole since the entities stage learned KB names.
    assert set(group["aliases"]) == {"Islamic State", "Islamic State group", "État islamique"}
    assert {m["article_id"] for m in group["mentions"]} == {"wire-en-1", "wire-fr-1"}
    assert group["kb_entry"] == IS
    person = by_id[VASQUEZ]
    assert person["kb_id"] is None and person["type"] == "PERSON"
    assert {m["article_id"] for m in person["mentions"]} == {"wire-en-1", "wire-fr-1", "wire-en-2"}
    assert set(by_id["geo:524901"]["aliases"]) == {"Moscow", "Moscou"}
    assert by_id["st:person/olaf-scholz"]["kb_id"] == "Q61053"


def test_mentions_point_into_the_article_text(exported: dict) -> None:
    texts = {a["id"]: a["text"] for a in exported["articles"]}
    for entity in exported["entities"]:
        for m in entity["mentions"]:
            assert texts[m["article_id"]][m["start"] : m["end"]] == m["text"]


def test_quote_speakers_get_their_entity(exported: dict) -> None:
    speakers = {q["speaker"]["entity_id"] for q in exported["quotes"]}
    assert VASQUEZ in speakers and "st:person/olaf-scholz" in speakers


def test_decisions_survive_a_rerun_and_a_reingest(case: Path, tmp_path: Path) -> None:
    db = copy_case(case, tmp_path)
    with open_store(db) as store:
        store.add_decision(action="split", entity=VASQUEZ, alias="Vasquez")
        store.add_decision(action="rename", entity=VASQUEZ, name="Henrik Vásquez")
        store.add_decision(action="merge", entity="geo:2643743", other="geo:2950159")
        relink(store, SETTINGS)
        # A changed article comes in again: the corpus stage runs and re-applies them.
        changed = tmp_path / "articles.jsonl"
        lines = ARTICLES.read_text(encoding="utf-8").splitlines()
        lines[2] = lines[2].replace("on Wednesday", "on Wednesday evening")
        changed.write_text("\n".join(lines) + "\n", encoding="utf-8")
        summary = ingest_paths([changed], store, SETTINGS)
        assert summary.corpus and summary.corpus[0]["error"] is None
        detail = store.entity_detail(VASQUEZ)
        split = store.entity_detail(f"{VASQUEZ}~vasquez")
        london = store.entity_detail("geo:2643743")
        berlin = store.entity_detail("geo:2950159")
    assert detail is not None and detail["name"] == "Henrik Vásquez"
    assert {a["alias"] for a in detail["aliases"]} == {"Henrik Vasquez"}
    assert split is not None and {a["alias"] for a in split["aliases"]} == {"Vasquez"}
    assert london is not None and berlin is None
    assert {a["alias"]: a["rule"] for a in london["aliases"]}["Berlin"] == "user"


def test_user_entries_join_linking(case: Path, tmp_path: Path) -> None:
    from sourcetrace.kb import KBEntry

    db = copy_case(case, tmp_path)
    with open_store(db) as store:
        analyst = KBEntry(
            id="user:person/henrik-vasquez",
            name="Henrik Vasquez",
            type="PERSON",
            aliases={"*": ("H. Vasquez",)},
            origin="user",
        )
        store.add_user_entries([analyst], "analysts.jsonl")
        result = relink(store, SETTINGS)
    ids = {e.id for e in result.entities}
    assert "user:person/henrik-vasquez" in ids and VASQUEZ not in ids


def test_linked_mentions_index_the_documents_mentions(tmp_path: Path) -> None:
    """The stories stage keys articles by linked entity ids through this mapping."""
    from sqlalchemy import select

    from sourcetrace.storage.tables.entities import mention_links

    db = build_case(tmp_path)
    with open_store(db, create=False) as store:
        with store.reading("test") as conn:
            spans = {(r.article_id, r.entity_id, r.start, r.end)
                     for r in conn.execute(select(mention_links))}
        checked = 0
        for article_id in store.article_ids():
            stored = store.get_article(article_id)
            assert stored is not None
            for n, entity_id in store.linked_mentions(article_id).items():
                mention = stored.document.mentions[n]
                assert (article_id, entity_id, mention.start, mention.end) in spans
                checked += 1
        assert checked == len(spans) > 5
