"""The same queries find the same articles on SQLite (FTS5) and PostgreSQL (tsvector).

Both stores get the same articles, in four languages with diacritics; every query of the
FTS5 syntax (and queries that are not valid syntax) must find the same set of articles.
Ranks differ (bm25 against ts_rank), so the sets are compared, and the best hit where one
article clearly ranks first.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sourcetrace.storage import Store, open_store
from tests.storage.samples import analysed_document, put

ARTICLES = {
    "fr": ("Attentat à Moscou : l'État islamique revendique",
           "L'État islamique a revendiqué l'attentat de Moscou, selon l'agence Amaq. "
           "Le Kremlin n'a pas réagi. Les secours ont évacué la salle de concert."),
    "de": ("Überschwemmung in Köln",
           "Der Rhein trat über die Ufer; in Köln wurden 200 Anwohner evakuiert. "
           "Die Feuerwehr sprach von einer schwierigen Lage für die Straßenbahn."),
    "es": ("Huelga en el puerto de Bilbao",
           "Los estibadores del puerto de Bilbao iniciaron una huelga el lunes. "
           "El sindicato exige un aumento salarial; la autoridad portuaria no respondió."),
    "en": ("Valley flooded after storm",
           "Heavy rain flooded the valley on Sunday; rescuers evacuated 200 residents by "
           "boat. A well-known anti-flood wall failed near the e-mail office of the mayor."),
    "en2": ("Council approves tram line",
            "The city council approved the new tram line on Monday after a long debate "
            "about the valley route and the cost of the concert hall."),
}

QUERIES = [
    # terms, case and diacritics
    "Moscou", "moscou", "Etat", "État", "etat islamique", "Köln", "koln", "KÖLN",
    "Straßenbahn", "reagi", "réagi", "evacue", "évacué",
    # phrases, prefixes, boolean operators, groups
    '"État islamique"', '"islamique État"', "evacu*", "evak*", "flood*", '"tram li"*',
    "valley OR Bilbao", "valley AND concert", "valley NOT storm", "valley concert",
    "(valley OR puerto) NOT huelga", "200 AND (Köln OR boat)", "valley + flooded",
    # columns and the start of a column
    "title:valley", "text:valley", "-title:valley", "{title text}:Bilbao",
    "title:(flooded OR tram)", "^Heavy", "^valley", "title:^Council", "^council*",
    # hyphens and apostrophes
    "anti-flood", "anti", "well-known", "l'État", "n'a",
    # not valid syntax: searched as plain terms on both
    "(valley", "valley)", "-valley", "valley ++ --", '"unbalanced quote', "AND", "NOT",
    "*", "valley AND", "nosuchcolumn:valley", "Köln!", "what? valley",
]


@pytest.fixture
def both(pg_url: str, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    sqlite, postgresql = open_store(tmp_path / "case.db"), open_store(pg_url)
    for store in (sqlite, postgresql):
        for key, (title, text) in ARTICLES.items():
            put(store, analysed_document(key, title=title, text=text, language=key[:2]))
    yield sqlite, postgresql
    sqlite.close()
    postgresql.close()


def test_every_query_finds_the_same_articles_on_both_backends(
    both: tuple[Store, Store],
) -> None:
    sqlite, postgresql = both
    found_any = 0
    for query in QUERIES:
        on_sqlite = {h.article_id for h in sqlite.search(query)}
        on_postgresql = {h.article_id for h in postgresql.search(query)}
        assert on_postgresql == on_sqlite, query
        found_any += bool(on_sqlite)
    assert found_any >= len(QUERIES) // 2  # the comparison is not between empty sets


@pytest.mark.parametrize(("query", "best"), [
    ("valley", "en"),  # in a title ranks above only in texts
    ("Bilbao", "es"),
])
def test_the_title_match_ranks_first_on_both(
    both: tuple[Store, Store], query: str, best: str
) -> None:
    for store in both:
        hits = store.search(query)
        assert hits[0].article_id == best
        assert "[" in hits[0].snippet and "]" in hits[0].snippet
