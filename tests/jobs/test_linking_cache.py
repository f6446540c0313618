"""Incremental linking: each article's knowledge-base work is kept and reused while its
mentions and the knowledge base are unchanged; a new knowledge base (user entries) starts
afresh, and the user's decisions apply on every run, cached or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.capabilities.linking import linker
from sourcetrace.capabilities.linking.corpus import knowledge_base, relink
from sourcetrace.capabilities.linking.groups import Group
from sourcetrace.jobs.ingest import ingest_paths
from sourcetrace.kb import KBEntry
from sourcetrace.storage import open_store
from tests.jobs.linked_case import ARTICLES, SETTINGS

VASQUEZ = "x:person/henrik-vasquez"


class Lookups:
    """Records the articles whose groups go to the knowledge base (``link_group``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.articles: set[str] = set()
        real = linker.link_group

        def spy(kb: object, group: Group, ctx: object) -> None:
            self.articles.add(group.article_id)
            real(kb, group, ctx)  # type: ignore[arg-type]

        monkeypatch.setattr(linker, "link_group", spy)


@pytest.fixture
def case(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """The linking case without its last article (stored and linked), and that article."""
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    first, last = tmp_path / "first.jsonl", tmp_path / "last.jsonl"
    first.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    last.write_text(lines[-1] + "\n", encoding="utf-8")
    db = tmp_path / "case.db"
    with open_store(db) as store:
        ingest_paths([first], store, SETTINGS)
        ids = store.article_ids()
    return db, last, ids


def test_a_new_article_is_looked_up_alone_and_links_as_a_full_run(
    case: tuple[Path, Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, last, before = case
    lookups = Lookups(monkeypatch)
    with open_store(db) as store:
        ingest_paths([last], store, SETTINGS)
        new = set(store.article_ids()) - set(before)
        warm = relink(store, SETTINGS)
        assert lookups.articles == new  # only the new article went to the knowledge base
        linker._ARTICLES.clear()
        cold = relink(store, SETTINGS)
    assert len(new) == 1
    assert lookups.articles == set(before) | new
    assert warm == cold


def test_a_user_entry_starts_the_cache_afresh(
    case: tuple[Path, Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _, before = case
    lookups = Lookups(monkeypatch)
    with open_store(db) as store:
        relink(store, SETTINGS)
        assert lookups.articles == set()  # cached by the ingest's own run
        store.add_user_entries([KBEntry(id="user:person/henrik-vasquez", name="Henrik Vasquez",
                                        type="PERSON", origin="user")], "analysts.jsonl")
        result = relink(store, SETTINGS)
        kb = knowledge_base(store, SETTINGS)
    assert lookups.articles == set(before)
    assert linker._ARTICLES.get(kb) is not None
    ids = {e.id for e in result.entities}
    assert "user:person/henrik-vasquez" in ids and VASQUEZ not in ids


def test_a_decision_applies_to_a_cached_linking(
    case: tuple[Path, Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _, _ = case
    lookups = Lookups(monkeypatch)
    with open_store(db) as store:
        before = {e.id: e.name for e in relink(store, SETTINGS).entities}
        store.add_decision(action="rename", entity=VASQUEZ, name="Henrik Vásquez")
        after = {e.id: e.name for e in relink(store, SETTINGS).entities}
        store.add_decision(action="merge", entity="geo:524901", other="geo:2950159")
        merged = {e.id for e in relink(store, SETTINGS).entities}
    assert lookups.articles == set()  # every run from the cache
    assert before[VASQUEZ] == "Henrik Vasquez" and after[VASQUEZ] == "Henrik Vásquez"
    assert "geo:2950159" in before and "geo:2950159" not in merged and "geo:524901" in merged
