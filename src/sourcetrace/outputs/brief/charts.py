"""A small chart per cross-source check of figures: one row per source, on one scale.

A single value is a dot, a range a bar from ``low`` to ``high``; a qualifier such as
"at least" is drawn as an open arrow towards higher values. When every figure compared
is a rate, they are all brought to a rate per month first (the same normalisation a
check explains in words), so "50 a week" and "150-300 a month" sit on one axis.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sourcetrace.outputs.casefile import Record

__all__ = ["PER_MONTH", "RANGE_DASH", "FigureChart", "figure_chart", "fit_label",
           "format_number", "text_width"]

#: The en dash between the ends of a range ("150\u2013300").
RANGE_DASH = "\u2013"
#: How many of each period make a month (average Gregorian month).
PER_MONTH = {"day": 30.4375, "week": 30.4375 / 7, "month": 1.0, "year": 1 / 12}
#: Font size of the row labels, in pixels.
LABEL_PX = 11
_RISING = {"at least", "more than"}
_FALLING = {"less than", "up to"}


#: Advance widths in em of a sans-serif face, by character class: generous, so a label
#: measured to fit does fit whatever system font the browser picks.
_NARROW = frozenset("iIjl.,;:'!|()[]f t")
_WIDE = frozenset("mwMW@%")
_WIDTH_NARROW, _WIDTH_UPPER, _WIDTH_WIDE, _WIDTH_OTHER = 0.34, 0.72, 0.92, 0.6


def text_width(text: str, font_px: float) -> float:
    """An upper estimate of the width of ``text`` in pixels at ``font_px``."""
    em = 0.0
    for ch in text:
        if ch in _NARROW:
            em += _WIDTH_NARROW
        elif ch in _WIDE:
            em += _WIDTH_WIDE
        elif ord(ch) > 0x2E7F:
            em += 1.0  # CJK and other full-width scripts
        elif ch.isupper():
            em += _WIDTH_UPPER
        else:
            em += _WIDTH_OTHER
    return em * font_px


def fit_label(text: str, max_px: float, font_px: float) -> str:
    """``text`` shortened with an ellipsis, at a word end when one is near, so that it
    fits ``max_px`` at ``font_px`` (the full text goes in the element's title)."""
    text = " ".join(text.split())
    if text_width(text, font_px) <= max_px:
        return text
    room = max_px - text_width("…", font_px)
    cut = ""
    for n in range(len(text), 0, -1):
        if text_width(text[:n], font_px) <= room:
            cut = text[:n]
            break
    space = cut.rfind(" ")
    if space >= len(cut) * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:·-") + "…"


@dataclass(frozen=True, slots=True, kw_only=True)
class ChartRow:
    label: str
    #: ``label`` fitted to the left margin (``fit_label``); the full one is its title.
    short: str
    text: str
    x1: float
    x2: float
    point: bool
    direction: int  # +1 "at least", -1 "up to", 0 exact or about
    y: float
    value_label: str
    href: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureChart:
    width: int
    height: int
    left: int
    rows: tuple[ChartRow, ...]
    ticks: tuple[tuple[float, str], ...]
    note: str


def format_number(value: float) -> str:
    """A compact human form: 4 500 000 -> "4.5M", 217.4 -> "217", 0.5 -> "0.5"."""
    magnitude = abs(value)
    for size, suffix in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if magnitude >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}" if magnitude < 100 else f"{value:.0f}"


def _bounds(figure: Record) -> tuple[float, float] | None:
    low, high, value = figure.get("low"), figure.get("high"), figure.get("value")
    if low is not None and high is not None:
        return float(low), float(high)
    if value is not None:
        return float(value), float(value)
    return None


def _nice_max(top: float) -> float:
    if top <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(top))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= top:
            return step * power
    return 10 * power


def figure_chart(
    figures: Sequence[Record],
    label: Callable[[Record], str],
    href: Callable[[Record], str | None],
    *,
    width: int = 460,
) -> FigureChart | None:
    """The chart of ``figures`` (one check's items), or None when none has a value."""
    rated = all(f.get("per") in PER_MONTH for f in figures)
    rows_data = []
    for figure in figures:
        bounds = _bounds(figure)
        if bounds is None:
            continue
        factor = PER_MONTH[figure["per"]] if rated else 1.0
        rows_data.append((figure, bounds[0] * factor, bounds[1] * factor))
    if not rows_data:
        return None
    left, right, row_h, top = 168, 56, 22, 8
    top_value = _nice_max(max(high for _, _, high in rows_data) * 1.05)
    scale = (width - left - right) / top_value
    rows = []
    for n, (figure, low, high) in enumerate(rows_data):
        qualifier = figure.get("qualifier")
        direction = 1 if qualifier in _RISING else -1 if qualifier in _FALLING else 0
        shown = format_number(low) if low == high else (
            f"{format_number(low)}{RANGE_DASH}{format_number(high)}"
        )
        full_label = label(figure)
        rows.append(
            ChartRow(
                label=full_label,
                short=fit_label(full_label, left - 10, LABEL_PX),
                text=str(figure.get("text") or ""),
                x1=left + low * scale,
                x2=left + high * scale,
                point=low == high,
                direction=direction,
                y=top + n * row_h + row_h / 2,
                value_label=shown + ("/month" if rated else ""),
                href=href(figure),
            )
        )
    ticks = tuple((left + top_value * k / 4 * scale, format_number(top_value * k / 4))
                  for k in range(5))
    currencies = {f.get("currency") for f, _, _ in rows_data} - {None}
    note = "rates normalised to per month" if rated else ""
    if len(currencies) > 1:
        note = (note + "; " if note else "") + "mixed currencies, not converted"
    return FigureChart(width=width, height=top + len(rows) * row_h + 26, left=left,
                       rows=tuple(rows), ticks=ticks, note=note)
