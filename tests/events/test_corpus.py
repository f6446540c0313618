"""The events corpus stage: mentions merged into one event per real event, its values and
checks, over hand-built reports (records in, as the per-document stages would give them)."""

from __future__ import annotations

from pathlib import Path

from tests.events.case import add, count, report, store_with

EN = ("A suicide bomber killed at least 12 people at a market in Kabul on Monday, "
      "the interior ministry said.")
FR = "Un kamikaze a tué 12 personnes sur un marché de Kaboul lundi, selon le ministère."
ES = "Un atacante suicida mató a 12 personas en un mercado de Kabul el lunes."


def _three_languages() -> list:
    return [
        report("en1", EN, trigger="suicide bomber", type="suicide_bombing",
               source="wire-en", published="2024-03-05", date="2024-03-04", precision="day",
               places=["Kabul"], fatalities=count(EN, "at least 12 people", 12, "at least"),
               reported_by="the interior ministry"),
        report("fr1", FR, trigger="kamikaze", type="suicide_bombing", language="fr",
               source="journal-fr", published="2024-03-05", date="2024-03-04",
               precision="day", places=["Kaboul"], fatalities=count(FR, "12 personnes", 12)),
        report("es1", ES, trigger="atacante suicida", type="suicide_bombing", language="es",
               source="diario-es", published="2024-03-05", date="2024-03-04",
               precision="day", places=["Kabul"], fatalities=count(ES, "12 personas", 12)),
    ]


def test_one_event_reported_in_three_languages_is_one_event(tmp_path: Path) -> None:
    with store_with(tmp_path, _three_languages()) as store:
        events = list(store.iter_event_records())
    assert len(events) == 1
    event = events[0]
    assert sorted(event["article_ids"]) == ["en1", "es1", "fr1"]
    assert event["subtype"] == "suicide_bombing" and event["type"] == "attacks"
    assert event["acled_sub_event_type"] == "Suicide bomb"
    assert event["date"] == {"value": "2024-03-04", "precision": "day"}
    # "Kaboul" and "Kabul" are one linked place, read from GeoNames.
    assert event["place"]["country"] == "AF" and event["place"]["geonames_id"] is not None
    assert event["place"]["lat"] is not None
    assert event["sources"] == ["diario-es", "journal-fr", "wire-en"]
    assert {m["text"] for m in event["mentions"]} == {"suicide bomber", "kamikaze",
                                                      "atacante suicida"}
    assert event["fatalities"]["value"] == 12 and event["check_ids"] == []


TWIN_A = "A gunman opened fire outside a synagogue in Lyon on Saturday, killing two people."
TWIN_B = "A gunman opened fire at a shopping centre in Marseille on Saturday, killing three."


def _twins() -> list:
    """Two shootings on one day in two cities, each reported once."""
    return [
        report("lyon", TWIN_A, trigger="opened fire", type="shooting", source="a",
               published="2024-05-12", date="2024-05-11", precision="day", places=["Lyon"]),
        report("marseille", TWIN_B, trigger="opened fire", type="shooting", source="b",
               published="2024-05-12", date="2024-05-11", precision="day",
               places=["Marseille"]),
    ]


def test_two_attacks_on_one_day_in_two_cities_stay_apart(tmp_path: Path) -> None:
    with store_with(tmp_path, _twins()) as store:
        events = list(store.iter_event_records())
    assert sorted(e["place"]["name"] for e in events) == ["Lyon", "Marseille"]
    assert all(len(e["article_ids"]) == 1 for e in events)


def test_a_country_contains_its_city_and_the_reports_merge(tmp_path: Path) -> None:
    city = "A gunman opened fire in Lyon on Saturday."
    country = "A shooting in France on Saturday left two dead."
    docs = [
        report("city", city, trigger="opened fire", type="shooting", source="a",
               published="2024-05-12", date="2024-05-11", precision="day", places=["Lyon"]),
        report("country", country, trigger="shooting", type="shooting", source="b",
               published="2024-05-12", date="2024-05-11", precision="day", places=["France"]),
    ]
    with store_with(tmp_path, docs) as store:
        events = list(store.iter_event_records())
    assert len(events) == 1 and events[0]["place"]["name"] == "Lyon"


def test_the_same_place_a_year_apart_is_two_events(tmp_path: Path) -> None:
    text = "Police arrested a man in Lyon on Saturday."
    docs = [
        report("y1", text, trigger="arrested", type="arrest", source="a",
               published="2023-05-12", date="2023-05-11", precision="day", places=["Lyon"]),
        report("y2", text, trigger="arrested", type="arrest", source="a",
               published="2024-05-12", date="2024-05-11", precision="day", places=["Lyon"]),
    ]
    with store_with(tmp_path, docs) as store:
        assert len(list(store.iter_event_records())) == 2


def test_incompatible_types_at_one_place_and_day_stay_apart(tmp_path: Path) -> None:
    protest = "Thousands marched in Lyon on Saturday against the reform."
    shooting = "A gunman opened fire in Lyon on Saturday."
    docs = [
        report("p", protest, trigger="marched", type="protest", source="a",
               published="2024-05-12", date="2024-05-11", precision="day", places=["Lyon"]),
        report("s", shooting, trigger="opened fire", type="shooting", source="b",
               published="2024-05-12", date="2024-05-11", precision="day", places=["Lyon"]),
    ]
    with store_with(tmp_path, docs) as store:
        assert sorted(e["subtype"] for e in store.iter_event_records()) == ["protest", "shooting"]


def test_a_threat_is_not_an_event_but_the_attack_is(tmp_path: Path) -> None:
    threat = "The group is planning attacks in Brussels, the minister warned."
    attack = "A bomb exploded in Brussels on Tuesday."
    docs = [
        report("threat", threat, trigger="planning attacks", type="attack", source="a",
               published="2024-05-12", places=["Brussels"], modality="threatened"),
        report("attack", attack, trigger="bomb exploded", type="bombing", source="b",
               published="2024-05-12", date="2024-05-07", precision="day",
               places=["Brussels"]),
    ]
    with store_with(tmp_path, docs) as store:
        events = list(store.iter_event_records())
    assert [e["article_ids"] for e in events] == [["attack"]]


def _toll(doc_id: str, published: str, part: str, value: float, source: str) -> object:
    text = f"The death toll from Tuesday's bombing in Brussels rose to {part}, officials said."
    return report(doc_id, text, trigger="bombing", type="bombing", source=source,
                  published=published, date="2024-05-07", precision="day",
                  places=["Brussels"], fatalities=count(text, part, value))


def test_a_toll_rising_over_days_is_an_updated_check(tmp_path: Path) -> None:
    docs = [_toll("d1", "2024-05-07", "4", 4, "a"), _toll("d2", "2024-05-08", "9", 9, "b"),
            _toll("d3", "2024-05-09", "11", 11, "c")]
    with store_with(tmp_path, docs) as store:
        (event,) = store.iter_event_records()
        checks = [c for c in store.iter_checks() if c["kind"] == "event"]
    assert event["fatalities"]["value"] == 11  # the latest report
    assert [c["verdict"] for c in checks] == ["updated"]
    assert checks[0]["items"] == ["d1:event:0", "d2:event:0", "d3:event:0"]
    assert event["check_ids"] == [checks[0]["id"]]
    assert [r["value"] for r in event["reports"]] == [4, 9, 11]


def test_sources_disagreeing_on_one_day_is_a_conflicting_check_with_both_spans(
    tmp_path: Path,
) -> None:
    docs = [_toll("d1", "2024-05-08", "9", 9, "a"), _toll("d2", "2024-05-08", "15", 15, "b")]
    with store_with(tmp_path, docs) as store:
        (event,) = store.iter_event_records()
        (check,) = [c for c in store.iter_checks() if c["kind"] == "event"]
    assert check["verdict"] == "conflicting" and check["field"] == "fatalities"
    assert sorted(v["text"] for v in check["values"]) == ["15", "9"]
    assert {v["article_id"] for v in check["values"]} == {"d1", "d2"}
    assert event["fatalities"] == {"value": None, "low": 9, "high": 15, "qualifier": None}


def test_reports_that_agree_make_no_check(tmp_path: Path) -> None:
    docs = [_toll("d1", "2024-05-08", "9", 9, "a"), _toll("d2", "2024-05-08", "9", 9, "b")]
    with store_with(tmp_path, docs) as store:
        assert [c for c in store.iter_checks() if c["kind"] == "event"] == []


def test_a_later_article_joins_the_stored_event_incrementally(tmp_path: Path) -> None:
    docs = _three_languages()
    with store_with(tmp_path, docs[:2]) as store:
        (before,) = store.iter_event_records()
        add(store, docs[2:])
        (after,) = store.iter_event_records()
    assert after["id"] == before["id"]
    assert sorted(after["article_ids"]) == ["en1", "es1", "fr1"]


def test_an_updated_article_leaves_its_event(tmp_path: Path) -> None:
    docs = _three_languages()
    moved = report("es1", TWIN_B, trigger="opened fire", type="shooting", source="diario-es",
                   published="2024-05-12", date="2024-05-11", precision="day",
                   places=["Marseille"])
    with store_with(tmp_path, docs) as store:
        add(store, [moved])
        events = sorted(store.iter_event_records(), key=lambda e: e["subtype"])
    assert [e["subtype"] for e in events] == ["shooting", "suicide_bombing"]
    assert sorted(events[1]["article_ids"]) == ["en1", "fr1"]


def test_the_same_kind_of_event_in_one_city_two_days_apart_is_two_events(
    tmp_path: Path,
) -> None:
    text = "A gunman opened fire in Lyon, police said."
    docs = [
        report("d1", text, trigger="opened fire", type="shooting", source="a",
               published="2024-05-12", date="2024-05-10", precision="day", places=["Lyon"]),
        report("d3", text, trigger="opened fire", type="shooting", source="b",
               published="2024-05-12", date="2024-05-12", precision="day", places=["Lyon"]),
        report("d4", text, trigger="opened fire", type="shooting", source="c",
               published="2024-05-13", date="2024-05-13", precision="day", places=["Lyon"]),
    ]
    with store_with(tmp_path, docs, link=False) as store:
        events = sorted(sorted(e["article_ids"]) for e in store.iter_event_records())
    # One day apart (a late edition's "yesterday") meets; two days apart does not.
    assert events == [["d1"], ["d3", "d4"]]


def test_merging_every_article_again_gives_the_same_events(tmp_path: Path) -> None:
    # `analyze --all` hands every article back to the stage: the events, their ids and
    # their order must be those of the first run (the stored, emptied events must not
    # keep their places nor be loaded back with the old mentions).
    from sourcetrace.capabilities.events.corpus import run_events

    docs = [
        *_three_languages(),
        *_twins(),
        report("lyon2", TWIN_A, trigger="opened fire", type="shooting", source="c",
               published="2024-05-13", date="2024-05-11", precision="day", places=["Lyon"]),
    ]
    with store_with(tmp_path, docs) as store:
        first = list(store.iter_event_records())
        run_events(store, [d.id for d in reversed(docs)])
        again = list(store.iter_event_records())
    assert len(first) == 3
    assert again == first
