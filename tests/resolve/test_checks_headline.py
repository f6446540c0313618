"""A headline figure is checked against its own body (and other outlets) in full: "FIVE
DEAD" over a body counting three dead is a conflict; a headline the body repeats is one
consistent figure."""

from __future__ import annotations

import dataclasses
from datetime import date

from sourcetrace.capabilities.checks.figure_checks import FigureItem, figure_checks
from sourcetrace.model import Figure


def _fig(n: int, text: str, *, field: str = "text", article: str = "a",
         source: str = "Harbour Post", **fields: object) -> FigureItem:
    figure = Figure(start=0, end=len(text), text=text, stage="figures", field=field,
                    **fields)  # type: ignore[arg-type]
    return FigureItem(id=f"{article}:figure:{n}", article_id=article, figure=figure,
                      source=source, published=date(2024, 6, 11), language="en", seq=0)


def test_a_headline_toll_the_body_does_not_give_conflicts() -> None:
    body = _fig(0, "three", value=3.0, counted="death")
    headline = _fig(1, "five", field="headline", value=5.0, counted="death")
    (check,) = list(figure_checks([body, headline]))
    assert check.verdict == "conflicting"
    assert check.explanation.endswith("the headline against its own article's body")
    # Must not: the same two figures as two body figures of one account are two things.
    both_body = dataclasses.replace(headline, figure=dataclasses.replace(headline.figure,
                                                                         field="text"))
    assert list(figure_checks([body, both_body])) == []


def test_a_headline_the_body_supports_is_consistent_with_its_nearest_figure() -> None:
    early = _fig(0, "three", value=3.0, counted="death")
    latest = _fig(1, "five", value=5.0, counted="death")
    headline = _fig(2, "five", field="headline", value=5.0, counted="death")
    checks = list(figure_checks([early, latest, headline]))
    assert [c.verdict for c in checks] == ["consistent"]
    assert set(checks[0].items) == {"a:figure:1", "a:figure:2"}


def test_a_headline_is_compared_with_other_outlets() -> None:
    headline = _fig(0, "five", field="headline", value=5.0, counted="death")
    other = _fig(0, "three", article="b", source="Valley Wire", value=3.0, counted="death")
    (check,) = list(figure_checks([headline, other]))
    assert check.verdict == "conflicting"


def test_a_headline_is_set_against_the_closest_body_figure_whoever_gives_it() -> None:
    own = _fig(0, "149", value=149.0, counted="death")
    quoted = dataclasses.replace(_fig(1, "1,147", value=1147.0, counted="death"),
                                 speaker="the database")
    headline = _fig(2, "1,184", field="headline", value=1184.0, counted="death")
    (check,) = list(figure_checks([own, quoted, headline]))
    # Must not: the outlet's own sub-count is not a second conflict with the headline.
    assert set(check.items) == {"a:figure:1", "a:figure:2"}
    assert check.verdict == "conflicting"


def test_a_headline_meets_its_own_body_even_when_another_outlet_gave_that_figure_first() -> None:
    earlier = dataclasses.replace(_fig(0, "three", article="b", source="Valley Wire",
                                       value=3.0, counted="death"),
                                  published=date(2024, 6, 10))
    body = _fig(0, "three", value=3.0, counted="death")
    headline = _fig(1, "five", field="headline", value=5.0, counted="death")
    checks = list(figure_checks([earlier, body, headline]))
    own = [c for c in checks if set(c.items) == {"a:figure:0", "a:figure:1"}]
    assert [c.verdict for c in own] == ["conflicting"]


def test_the_verb_of_another_clause_does_not_narrow_a_generic_count() -> None:
    dead = FigureItem(id="b:figure:0", article_id="b", source="Berg", language="de",
                      published=date(2024, 6, 11),
                      figure=Figure(start=0, end=4, text="acht", stage="figures", value=8.0,
                                    counted="person"),
                      before="Drei Menschen starben, ", after=" wurden verletzt.")
    five = _fig(0, "five", field="headline", value=5.0, counted="death")
    # Must not: "acht wurden verletzt" are the injured, not the dead of "starben".
    assert list(figure_checks([dead, five])) == []
