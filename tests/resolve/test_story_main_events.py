"""Event-level stories: an article joins a story only when its main event fits the
story's of the same family (place, date window by precision, shared actors), on vectors
made equal so that the text rule alone would always join; and which mention is an
article's main event."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np

from sourcetrace.capabilities.events.places import place_record
from sourcetrace.capabilities.stories.events import describe, event_key, fits_story, main_event
from sourcetrace.capabilities.stories.index import StoryIndex, StoryInput
from sourcetrace.text.embeddings import DIM

_SAME = np.zeros(DIM, dtype=np.float32)
_SAME[0] = 1.0
DAY = date(2025, 5, 6)


def _digest(type_: str, place: str | None = None, *, day: str | None = None,
            precision: str = "day", targets: tuple[str, ...] = (), start: int = 0,
            published: str = "2025-05-06", entry: str | None = None) -> dict[str, Any]:
    window = None
    if day:
        window = [day, day] if precision == "day" else [day[:4] + "-01-01", day[:4] + "-12-31"]
    return {"type": type_, "place": place_record(place, None, entry) if place else None,
            "date": day, "window": window, "published": published, "start": start, "n": start,
            "actors": [], "targets": [{"entity_id": t, "text": t} for t in targets]}


def _article(id: str, *digests: dict[str, Any]) -> StoryInput:
    main = main_event(list(digests))
    keys = frozenset({event_key(main)}) if main else frozenset()
    return StoryInput(id=id, vector=_SAME, published=DAY, keys=keys)


def _stories(*articles: StoryInput) -> set[frozenset[str]]:
    index = StoryIndex()
    for article in articles:
        index.assign(article)
    return {frozenset(s.members) for s in index.stories.values()}


def test_the_same_bombing_in_a_city_and_its_country_is_one_story() -> None:
    got = _stories(_article("en", _digest("bombing", "Mosul")),
                   _article("fr", _digest("bombing", "Iraq")),
                   _article("de", _digest("attack", None)))
    assert got == {frozenset({"en", "fr", "de"})}


def test_alike_bombings_in_two_countries_are_two_stories() -> None:
    got = _stories(_article("mosul", _digest("bombing", "Mosul")),
                   _article("quetta", _digest("bombing", "Quetta")))
    assert got == {frozenset({"mosul"}), frozenset({"quetta"})}


def test_a_suburb_and_its_city_are_one_place_a_town_far_off_is_not() -> None:
    # Krasnogorsk lies ~20 km from Moscow's centre; Tver ~160 km.
    assert _stories(_article("a", _digest("shooting", "Krasnogorsk")),
                    _article("b", _digest("shooting", "Moscow"))) == {frozenset({"a", "b"})}
    assert len(_stories(_article("a", _digest("shooting", "Tver")),
                        _article("b", _digest("shooting", "Moscow")))) == 2


def test_arrests_of_different_people_in_one_city_are_two_stories() -> None:
    got = _stories(_article("one", _digest("arrest", "Lyon", targets=("e:okafor",))),
                   _article("two", _digest("arrest", "Lyon", targets=("e:berger",))),
                   _article("again", _digest("arrest", "Lyon", targets=("e:okafor",))))
    assert got == {frozenset({"one", "again"}), frozenset({"two"})}


def test_own_dates_apart_by_their_precision_split_undated_ones_do_not() -> None:
    assert len(_stories(_article("a", _digest("protest", "Lyon", day="2025-05-01")),
                        _article("b", _digest("protest", "Lyon", day="2025-05-05")))) == 2
    # A year-precise date holds the day; an undated mention does not differ by date.
    assert len(_stories(_article("a", _digest("protest", "Lyon", day="2025-05-01")),
                        _article("b", _digest("protest", "Lyon", day="2025-05-05",
                                              precision="year")),
                        _article("c", _digest("protest", "Lyon")))) == 1


def test_a_follow_up_of_another_kind_in_the_same_place_leaves_it_to_the_words() -> None:
    # The suspects' arrest (undated) and the claim days later follow the shooting: one
    # story when the words join them (the vectors here are equal).
    got = _stories(_article("attack", _digest("shooting", "Moscow", day="2024-03-22")),
                   _article("arrest", _digest("arrest", "Moscow")),
                   _article("claim", _digest("claim_of_responsibility", "Moscow",
                                             day="2024-03-24")))
    assert got == {frozenset({"attack", "arrest", "claim"})}


def test_a_follow_up_of_another_kind_elsewhere_leaves_it_to_the_words() -> None:
    # An alert raised in France after the Moscow shooting: no evidence of another story.
    got = _stories(_article("attack", _digest("shooting", "Moscow", day="2024-03-22")),
                   _article("alert", _digest("alert_change", "France", day="2024-03-24")))
    assert got == {frozenset({"attack", "alert"})}


def test_measures_and_statements_leave_it_to_the_words() -> None:
    # Alerts raised after one attack, read once in France and once (wrongly) in Moscow:
    # a measure's place is read less surely than an incident's.
    got = _stories(_article("a", _digest("alert_change", "Moscow", day="2024-03-24")),
                   _article("b", _digest("alert_change", "France", day="2024-03-25")))
    assert got == {frozenset({"a", "b"})}
    # Two bombings in two countries stay apart.
    assert len(_stories(_article("c", _digest("bombing", "Mosul")),
                        _article("d", _digest("bombing", "Quetta")))) == 2


def test_articles_without_a_main_event_keep_the_text_rule() -> None:
    got = _stories(_article("a", _digest("bombing", "Mosul")), _article("b"),
                   _article("c", _digest("bombing", "Quetta")))
    # "b" has no event and joins on its words; "c" does not fit the story's bombing.
    assert got == {frozenset({"a", "b"}), frozenset({"c"})}


def test_the_main_event_is_the_first_specific_current_mention() -> None:
    past = _digest("bombing", "Manchester", day="2017-05-22", start=0)
    generic = _digest("attack", "Mosul", start=10)
    specific = _digest("shooting", "Mosul", start=50)
    main = main_event([specific, generic, past])
    assert main is specific
    assert main_event([past]) is None  # a past reference only: no main event
    key = event_key(specific)
    assert describe(key) is not None and describe(key)["type"] == "shooting"  # type: ignore[index]
    assert fits_story({key}, {event_key(generic): 1}) == (True, None)
    assert fits_story({key}, {event_key(_digest("talks", "Mosul")): 1}) == (True, None)
    assert fits_story({key}, {event_key(_digest("shooting", "Quetta")): 1}) == (False,
                                                                                "shooting")
    assert fits_story({key}, {event_key(_digest("shooting", "Mosul", day="2025-04-01")): 1,
                              event_key(_digest("shooting", "Mosul")): 2}) == (True, None)


def test_a_story_of_a_war_takes_a_battle_that_fits_one_of_its_battles() -> None:
    # The undated, unplaced clash fits both; Damascus then fits that one, though it is
    # set apart from Aleppo's.
    got = _stories(_article("a", _digest("armed_clash", "Aleppo")),
                   _article("b", _digest("armed_clash")),
                   _article("c", _digest("armed_clash", "Damascus")))
    assert got == {frozenset({"a", "b", "c"})}
