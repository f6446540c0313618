"""A figure read as an interval on a comparable scale, with the arithmetic in words.

Rates are converted to per month: per day × 365/12, per week × 52/12, per year ÷ 12.
Qualifiers widen the reported value into the interval it allows:

- "about" (and "nearly", which the figures stage reads as about): ±10% (``ABOUT``);
  news rounding rarely strays further, and a wider band would call real differences
  consistent;
- "at least" / "more than": from the value up, with no upper bound (a higher value
  reported elsewhere is consistent with it);
- "up to" / "less than": from 0 to the value;
- a range "between 150 and 300" is the interval itself (widened by 10% if "about").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sourcetrace.model import Figure

__all__ = ["ABOUT", "PER_MONTH", "Measure", "fmt", "measure", "normalised"]

ABOUT = 0.10

#: Factor turning a rate per unit of time into a rate per month, and how it is written.
PER_MONTH: dict[str, tuple[float, str]] = {
    "day": (365 / 12, "× 365/12"),
    "week": (52 / 12, "× 52/12"),
    "month": (1.0, ""),
    "year": (1 / 12, "÷ 12"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Measure:
    """``low``..``high`` (``high`` may be infinite) per month when ``rate``, else a count."""

    low: float
    high: float
    rate: bool
    #: The reading in words: "about 50 per week ≈ 217 per month (195–238)".
    words: str

    def overlaps(self, other: Measure) -> bool:
        return self.low <= other.high and other.low <= self.high


def fmt(value: float) -> str:
    """A number as a reader writes it: 217, 4,500,000, 2.5."""
    if math.isinf(value):
        return "∞"
    if abs(value) >= 10 or value == int(value):
        return f"{round(value):,}"
    return f"{value:.1f}"


def _interval_words(low: float, high: float, unit: str) -> str:
    if math.isinf(high):
        return f"{fmt(low)} or more{unit}"
    if low == high:
        return f"{fmt(low)}{unit}"
    return f"{fmt(low)}–{fmt(high)}{unit}"


def measure(figure: Figure) -> Measure | None:
    """The figure as an interval (rates per month); None when it has no number."""
    if figure.low is not None and figure.high is not None:
        low, high = figure.low, figure.high
        shown = f"{fmt(low)}–{fmt(high)}"
    elif figure.value is not None:
        low = high = figure.value
        shown = fmt(figure.value)
    else:
        return None
    qualifier = figure.qualifier
    if qualifier:
        shown = f"{qualifier} {shown}"
    if qualifier == "about":
        low, high = low * (1 - ABOUT), high * (1 + ABOUT)
    elif qualifier in ("at least", "more than"):
        high = math.inf
    elif qualifier in ("up to", "less than"):
        low = 0.0
    money = f" {figure.currency}" if figure.currency else ""
    rate = figure.per in PER_MONTH
    factor, how = PER_MONTH[figure.per] if rate and figure.per else (1.0, "")
    central = _interval_words(
        (figure.low if figure.low is not None else figure.value or 0.0) * factor,
        (figure.high if figure.high is not None else figure.value or 0.0) * factor,
        "",
    )
    low, high = low * factor, high * factor
    notes = [how] if how else []
    if qualifier == "about":
        notes.append(f"±{ABOUT:.0%}: {_interval_words(low, high, '')}")
    words = f"{shown}{money}"
    if rate:
        words += f" per {figure.per}"
        if figure.per != "month":
            words += f" ≈ {central}{money} per month"
    if notes:
        words += f" ({'; '.join(notes)})"
    return Measure(low=low, high=high, rate=rate, words=words)


def normalised(item_id: str, m: Measure) -> dict[str, object]:
    """A figure's reading as the export's ``normalised`` entry of a check."""
    return {
        "item": item_id,
        "low": m.low,
        "high": None if m.high == float("inf") else m.high,
        "per": "month" if m.rate else None,
        "reading": m.words,
    }
