"""The knowledge base: loading, normalised lookup, places in many languages, candidates,
office holders, and users' lists (our format, YAML, FollowTheMoney, bad lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.kb import KnowledgeBase, load_kb, normalise, read_list
from sourcetrace.kb.loader import read_entries

KB_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "kb"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb(data_dir=KB_DIR)


def _ids(kb: KnowledgeBase, surface: str, lang: str | None = None) -> list[str]:
    return [e.id for e in kb.lookup(surface, lang)]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("l'État islamique", "Etat Islamique"),
        ("The Islamic State", "Islamic State"),
        ("Abu Bakr al-Baghdadi", "Abu Bakr el Baghdadi"),
        ("Al-Qaeda", "al Qaeda"),
        ("Putin's", "Putin"),
        ("Putin’s", "PUTIN"),
        ("U.S.", "US"),
        ("ISIS-K", "ISIS K"),
        ("Der Spiegel", "Spiegel"),
        ("Straße", "Strasse"),
    ],
)
def test_normalisation_variants_share_a_key(one: str, other: str) -> None:
    assert normalise(one) == normalise(other)


def test_normalisation_keeps_different_names_apart() -> None:
    assert normalise("ISIS-K") != normalise("ISIS")
    assert normalise("Paris Hilton") != normalise("Paris")


def test_aliases_in_every_language(kb: KnowledgeBase) -> None:
    for surface in (
        "ISIS",
        "Daesh",
        "Daech",
        "État islamique",
        "l'État islamique",
        "Islamischer Staat",
        "Estado Islámico",
        "داعش",
    ):
        assert _ids(kb, surface)[:1] == ["st:armed_group/islamic-state"], surface
    assert _ids(kb, "ISIS-K") == ["st:armed_group/isis-k"]
    assert _ids(kb, "OTAN") == ["st:igo/nato"]
    assert _ids(kb, "Organisation du traité de l'Atlantique Nord") == ["st:igo/nato"]


def test_a_lower_case_word_is_not_a_name(kb: KnowledgeBase) -> None:
    assert _ids(kb, "Le Monde") == ["st:media/le-monde"]
    assert _ids(kb, "monde") == []


@pytest.mark.parametrize(
    ("surface", "city"),
    [
        ("Moscou", "Moscow"),
        ("Moskau", "Moscow"),
        ("Moscú", "Moscow"),
        ("Alger", "Algiers"),
        ("Londres", "London"),
        ("München", "Munich"),
        ("Moscow", "Moscow"),
    ],
)
def test_cities_by_their_names_in_other_languages(
    kb: KnowledgeBase, surface: str, city: str
) -> None:
    best = kb.lookup(surface)[0]
    assert (best.name, best.type) == (city, "GPE")
    assert best.geonames_id is not None and best.qid is None


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        ("Allemagne", "DE"),
        ("Deutschland", "DE"),
        ("Alemania", "DE"),
        ("Germany", "DE"),
        ("Royaume-Uni", "GB"),
        ("Vereinigtes Königreich", "GB"),
        ("Estados Unidos", "US"),
        ("Syrie", "SY"),
        ("Syrien", "SY"),
        ("Siria", "SY"),
    ],
)
def test_countries_in_french_german_spanish(kb: KnowledgeBase, surface: str, code: str) -> None:
    best = kb.lookup(surface)[0]
    assert best.id == f"st:country/{code.lower()}" and best.country == code


def test_the_largest_city_of_a_name_comes_first(kb: KnowledgeBase) -> None:
    paris = kb.lookup("Paris")
    assert paris[0].country == "FR" and len(paris) > 1


def test_candidates_find_misspellings_and_say_why(kb: KnowledgeBase) -> None:
    found = kb.candidates("Olaf Schultz", types=["PERSON"])
    assert found[0].entry.id == "st:person/olaf-scholz"
    assert found[0].reason in ("fuzzy", "phonetic", "fuzzy+phonetic")
    assert 0.8 <= found[0].score < 1.0
    exact = kb.candidates("Olaf Scholz", types=["PERSON"])[0]
    assert (exact.entry.id, exact.reason, exact.score) == (
        "st:person/olaf-scholz",
        "exact-alias",
        1.0,
    )


def test_candidates_respect_types(kb: KnowledgeBase) -> None:
    assert all(c.entry.coarse == "PERSON" for c in kb.candidates("Paris", types=["PERSON"]))
    assert kb.candidates("Paris", types=["GPE"])[0].entry.country == "FR"


def test_holders_of_an_office_on_a_date(kb: KnowledgeBase) -> None:
    def who(role: str, **kw: str) -> list[str]:
        return [e.name for e, _role in kb.holders(role, **kw)]

    assert who("Chancellor", country="DE", on="2023-06-01") == ["Olaf Scholz"]
    assert who("Chancellor", country="Germany", on="2019-01-10") == ["Angela Merkel"]
    assert who("Bundeskanzler", lang="de", country="Deutschland", on="2024-01-01") == [
        "Olaf Scholz"
    ]
    assert who("Chancellor", on="2021-12") == ["Angela Merkel", "Olaf Scholz"]  # handover month
    assert who("chancelier", lang="fr", on="2022-01-01") == ["Olaf Scholz"]
    assert who("Chancellor", country="FR", on="2023-06-01") == []
    assert who("Finance Minister", on="2020-02-02") == ["Olaf Scholz"]


def test_bundled_format_round_trip_and_problems(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        (KB_DIR / "core.jsonl").read_text(encoding="utf-8")
        + '{"id": "st:org/x", "name": "X", "type": "WIDGET"}\n',
        encoding="utf-8",
    )
    entries, problems = read_entries(tmp_path)
    assert len(entries) == 11 and all(e.origin == "bundled" for e in entries)
    assert len(problems) == 1 and "a.jsonl:12" in str(problems[0]) and "WIDGET" in str(problems[0])
    scholz = next(e for e in entries if e.id == "st:person/olaf-scholz")
    assert scholz.roles[0].role_aliases["de"] == ("Bundeskanzler", "Kanzler")


def test_user_list_in_our_jsonl_format_with_bad_lines() -> None:
    report = read_list(KB_DIR / "mine.jsonl")
    assert [e.id for e in report.entries] == [
        "user:person/lena-hoffmann",
        "user:company/fjord-analytics",
    ]
    messages = [str(e) for e in report.errors]
    assert len(messages) == 2
    assert "mine.jsonl:2" in messages[0] and "Q123" in messages[0]
    assert "mine.jsonl:3" in messages[1] and "not valid JSON" in messages[1]


def test_user_list_in_yaml() -> None:
    report = read_list(KB_DIR / "mine.yaml")
    assert [(e.id, e.type) for e in report.entries] == [
        ("user:person/karim-benali", "PERSON"),
        ("user:org/sahel-watch", "ORG"),
    ]
    assert report.entries[0].aliases == {"fr": ("K. Benali",)}
    assert len(report.errors) == 1 and "mine.yaml#3" in str(report.errors[0])


def test_followthemoney_lines() -> None:
    report = read_list(KB_DIR / "ftm.jsonl")
    by_id = {e.id: e for e in report.entries}
    person = by_id["ftm:NK-abc123"]
    assert (person.name, person.type, person.country) == ("Viktor Example-Petrov", "PERSON", "RU")
    assert set(person.aliases["*"]) == {"Viktor Petrov", "Vitya"}
    assert by_id["ftm:NK-def456"].type == "COMPANY"
    assert by_id["ftm:NK-org1"].type == "ORG"
    assert report.skipped == 1  # the Sanction
    assert len(report.errors) == 1 and "ftm.jsonl:4" in str(report.errors[0])


def test_user_entries_take_part_in_lookup() -> None:
    extra = read_list(KB_DIR / "ftm.jsonl").entries
    kb = load_kb(extra, data_dir=KB_DIR)
    assert [e.id for e in kb.lookup("Viktor Petrov")] == ["ftm:NK-abc123"]
    assert kb.lookup("Viktor Petrov")[0].origin == "user"
    assert load_kb(extra, data_dir=KB_DIR) is kb  # cached per extra entries


def test_a_missing_file_is_one_error(tmp_path: Path) -> None:
    report = read_list(tmp_path / "nope.jsonl")
    assert report.entries == [] and "nope.jsonl" in str(report.errors[0])


def test_loading_from_scratch_builds_every_place() -> None:
    # Countries and 34k cities, built from scratch (the cache is bypassed). Its speed is
    # measured by benchmarks/kb.py, not asserted here: the test machine is shared.
    from sourcetrace.kb.loader import _CACHE

    _CACHE.clear()
    kb = load_kb(data_dir=KB_DIR)
    assert len(kb) > 30_000
