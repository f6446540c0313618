"""Full-text search (SQLite FTS5): ranking, snippets, diacritics, hostile query syntax."""

from __future__ import annotations

import pytest

from sourcetrace.storage import Store
from sourcetrace.storage.fulltext import HIT_END, HIT_START, quote_terms
from tests.storage.samples import analysed_document, put

FRENCH = (
    "L'État islamique a revendiqué l'attentat de Moscou, selon un communiqué diffusé "
    "jeudi soir par l'agence Amaq. Le Kremlin n'a pas réagi."
)
FLOODS = "Heavy rain flooded the valley on Sunday; rescuers evacuated 200 residents by boat."


@pytest.fixture
def filled(store: Store) -> Store:
    put(store, analysed_document("brx"))
    put(store, analysed_document("moscou", title="Attentat de Moscou : l'EI revendique",
                                 text=FRENCH, language="fr"))
    put(store, analysed_document("floods", title="Valley flooded", text=FLOODS))
    return store


def ids(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.article_id for h in hits]


def test_words_find_their_article_with_a_marked_snippet(filled: Store) -> None:
    hits = filled.search("gunman")
    assert ids(hits) == ["brx"]
    hit = hits[0]
    assert f"{HIT_START}gunman{HIT_END}" in hit.snippet
    assert hit.title == "Belgium raises terror alert after Brussels shooting"
    assert hit.source == "Wire Europe" and hit.published == "2024-04-09"


def test_diacritics_do_not_matter_either_way(filled: Store) -> None:
    assert ids(filled.search("Etat islamique")) == ["moscou"]
    assert ids(filled.search("État")) == ["moscou"]
    assert ids(filled.search("kremlin")) == ["moscou"]


def test_title_matches_rank_above_body_matches(store: Store) -> None:
    put(store, analysed_document("body", title="Weather report",
                                 text="Rescuers said the valley flooded overnight. " * 3))
    put(store, analysed_document("title", title="Valley flooded",
                                 text="Rescuers worked overnight in the valley."))
    hits = store.search("flooded")
    assert ids(hits) == ["title", "body"]
    assert hits[0].score > hits[1].score


def test_fts_operators_still_work_for_those_who_use_them(filled: Store) -> None:
    assert ids(filled.search('"terror alert"')) == ["brx"]
    assert set(ids(filled.search("gunman OR Kremlin"))) == {"brx", "moscou"}
    assert ids(filled.search("evacuat*")) == ["floods"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"unbalanced quote', []),
        ("AND", []),
        ("NOT", []),
        ("*", []),
        ("(gunman", ["brx"]),
        ("gunman)", ["brx"]),
        ("-gunman", ["brx"]),
        ("gunman ++ --", ["brx"]),
        ('"gunman"" "', ["brx"]),
        # Valid syntax that means something else, or falls back to a phrase: no crash.
        ("gunman AND", []),
        ("nosuchcolumn:gunman", []),
        ("^gunman", []),
    ],
)
def test_hostile_query_syntax_never_crashes(
    filled: Store, query: str, expected: list[str]
) -> None:
    assert ids(filled.search(query)) == expected


def test_empty_and_punctuation_only_queries_find_nothing(filled: Store) -> None:
    assert filled.search("") == []
    assert filled.search("   ") == []
    assert filled.search('" " (') == []


def test_limit_is_respected(filled: Store) -> None:
    assert len(filled.search("the", limit=1)) == 1
    assert filled.search("the", limit=0) == []


def test_updates_and_failed_updates_keep_the_index_in_step(store: Store) -> None:
    put(store, analysed_document("a"))
    put(store, analysed_document("a", text=FLOODS, title="Valley flooded"))
    assert store.search("gunman") == []
    assert ids(store.search("rescuers")) == ["a"]


def test_quote_terms_neutralises_operators() -> None:
    assert quote_terms('say "hi AND') == '"say" """hi" "AND"'
    assert quote_terms("( ) *") == ""
