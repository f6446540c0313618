"""Figure checks inside one article: two sources giving figures of one thing are compared;
the same source, or the outlet's own voice twice, only where the figures agree (a figure
restated). Tolls read as the dead."""

from __future__ import annotations

import dataclasses
from datetime import date

from sourcetrace.capabilities.checks.figure_checks import FigureItem, figure_checks
from sourcetrace.model import Figure


def _fig(n: int, text: str, speaker: str | None, *, article: str = "a", day: str = "2024-06-11",
         **fields: object) -> FigureItem:
    figure = Figure(start=10 * n, end=10 * n + len(text), text=text, stage="figures",
                    **fields)  # type: ignore[arg-type]
    return FigureItem(id=f"{article}:figure:{n}", article_id=article, figure=figure,
                      source="Border Times", published=date.fromisoformat(day),
                      language="en", seq=n, speaker=speaker)


def test_two_sources_inside_one_article_are_compared() -> None:
    chief = _fig(0, "about 60 migrants a day", "Chief Marta Keller", value=60.0,
                 qualifier="about", per="day", counted="migrants")
    agency = _fig(1, "between 200 and 400 per month", "the border agency", low=200.0,
                  high=400.0, per="month", counted="migrants")
    (check,) = list(figure_checks([chief, agency]))
    assert check.verdict == "conflicting"
    assert set(check.items) == {"a:figure:0", "a:figure:1"}
    assert "Chief Marta Keller in Border Times" in check.explanation
    # Must not: the same two figures from one source, or from the outlet's own voice,
    # are one account, not two sources to check against each other.
    same = dataclasses.replace(agency, speaker="Chief Marta Keller")
    assert list(figure_checks([chief, same])) == []
    unattributed = [dataclasses.replace(chief, speaker=None),
                    dataclasses.replace(agency, speaker=None)]
    assert list(figure_checks(unattributed)) == []


def test_rising_toll_counted_as_dead_is_updated() -> None:
    first = _fig(0, "40", None, article="x", day="2024-03-23", value=40.0, counted="dead")
    later = _fig(0, "133", None, article="y", day="2024-03-24", value=133.0, counted="dead")
    (check,) = list(figure_checks([first, later]))
    assert check.verdict == "updated"
    # Must not: with no counted thing the toll is not comparable at all.
    bare = [dataclasses.replace(first, figure=dataclasses.replace(first.figure, counted=None)),
            dataclasses.replace(later, figure=dataclasses.replace(later.figure, counted=None))]
    assert list(figure_checks(bare)) == []


def test_a_figure_restated_in_one_article_is_one_consistent_check() -> None:
    lead = _fig(0, "59 defendants", None, value=59.0, counted="defendant")
    body = _fig(1, "59", "Judge Ana Ruiz", value=59.0, counted="defendant")
    later = _fig(2, "the 59 remaining", None, value=59.0, counted="defendant")
    (check,) = list(figure_checks([lead, body, later]))
    assert check.verdict == "consistent"
    assert set(check.items) == {"a:figure:0", "a:figure:1", "a:figure:2"}
    assert "given 3 times in one report from Border Times" in check.explanation


def test_one_account_is_compared_inside_an_article_only_when_it_agrees() -> None:
    lead = _fig(0, "100 000", None, value=100000.0, counted="case", per="day")
    body = _fig(1, "près de 100 000", None, value=100000.0, qualifier="about",
                counted="case", per="day")
    (check,) = list(figure_checks([lead, body]))
    assert check.verdict == "consistent"
    assert check.explanation.endswith("one account in one article, restated")
    # Must not: two different counts of one account are two things, not a conflict.
    other = _fig(1, "960", None, value=960.0, counted="case", per="day")
    assert list(figure_checks([lead, other])) == []
    # Must not: different counted things are not compared even when the amounts agree.
    beds = _fig(1, "100 000", None, value=100000.0, counted="bed", per="day")
    assert list(figure_checks([lead, beds])) == []


def test_shares_from_two_sources_are_compared_only_when_they_agree() -> None:
    investigator = _fig(0, "90%", "the investigator", value=90.0, unit="%")
    network = _fig(1, "10%", "the network", value=10.0, unit="%")
    # Must not: two shares of wholes nobody named are not a conflict.
    assert list(figure_checks([investigator, network])) == []
    range_ = _fig(1, "89 o 90%", "the network", low=89.0, high=90.0, unit="%")
    (check,) = list(figure_checks([investigator, range_]))
    assert check.verdict == "consistent"
