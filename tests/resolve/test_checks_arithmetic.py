"""Arithmetic inside one article: parts that add up to a total and a share that is the
ratio of two figures are reported as consistent; near misses and figures of another kind
or another article are not."""

from __future__ import annotations

from datetime import date

from sourcetrace.capabilities.checks.figure_arithmetic import arithmetic_checks
from sourcetrace.capabilities.checks.figure_checks import FigureItem
from sourcetrace.model import Figure


def _fig(n: int, start: int, text: str, *, article: str = "a", **fields: object) -> FigureItem:
    figure = Figure(start=start, end=start + len(text), text=text, stage="figures",
                    **fields)  # type: ignore[arg-type]
    return FigureItem(id=f"{article}:figure:{n}", article_id=article, figure=figure,
                      source="Ledger Daily", published=date(2024, 6, 11), language="es")


def _debt(n: int, start: int, value: float, *, article: str = "a") -> FigureItem:
    return _fig(n, start, f"{value} millones de dólares", article=article, value=value * 1e6,
                currency="USD")


def test_parts_that_add_up_to_the_total_are_consistent() -> None:
    total = _debt(0, 10, 14372.4)
    external = _debt(1, 400, 7805.9)
    internal = _debt(2, 460, 6566.5)
    (check,) = list(arithmetic_checks([total, external, internal]))
    assert check.verdict == "consistent" and check.data["relation"] == "sum"
    assert set(check.items) == {"a:figure:0", "a:figure:1", "a:figure:2"}
    assert check.explanation.startswith("7,805,900,000 + 6,566,500,000 = 14,372,400,000")


def test_a_near_miss_another_currency_or_another_article_is_not_a_sum() -> None:
    total = _debt(0, 10, 14372.4)
    off = _debt(2, 460, 6566.4)  # 0.1 million short: not the total
    assert list(arithmetic_checks([total, _debt(1, 400, 7805.9), off])) == []
    euros = _fig(2, 460, "6566,5 millones de euros", value=6566.5e6, currency="EUR")
    assert list(arithmetic_checks([total, _debt(1, 400, 7805.9), euros])) == []
    elsewhere = _debt(2, 460, 6566.5, article="b")
    assert list(arithmetic_checks([total, _debt(1, 400, 7805.9), elsewhere])) == []


def test_a_listing_of_counts_adds_up_to_its_total() -> None:
    kilometres = [_fig(0, 10, "80 km", value=80.0, unit="km"),
                  _fig(1, 200, "40 km", value=40.0, unit="km"),
                  _fig(2, 260, "120 km", value=120.0, unit="km")]
    (check,) = list(arithmetic_checks(kilometres))
    assert check.items == ("a:figure:0", "a:figure:1", "a:figure:2")


def test_a_share_that_is_the_ratio_of_two_figures_is_consistent() -> None:
    part = _debt(0, 10, 7805.9)
    gdp = _debt(1, 900, 14013.0)
    share = _fig(2, 60, "55,7 %", value=55.7, unit="%")
    (check,) = list(arithmetic_checks([part, gdp, share]))
    assert check.data["relation"] == "share" and check.verdict == "consistent"
    assert "= 55.70%" in check.explanation
    # A truncated last digit is allowed: 6,566.5 / 14,013 = 46.86%, written 46,8 %.
    truncated = [_debt(0, 10, 6566.5), gdp, _fig(2, 60, "46,8 %", value=46.8, unit="%")]
    assert len(list(arithmetic_checks(truncated))) == 1


def test_a_share_far_from_both_figures_or_off_by_more_than_its_precision_is_not() -> None:
    part = _debt(0, 10, 7805.9)
    gdp = _debt(1, 900, 14013.0)
    far = _fig(2, 2000, "55,7 %", value=55.7, unit="%")
    assert list(arithmetic_checks([part, gdp, far])) == []
    off = _fig(2, 60, "56,9 %", value=56.9, unit="%")
    assert list(arithmetic_checks([part, gdp, off])) == []
