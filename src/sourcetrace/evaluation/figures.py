"""Score the figures stage on quantity tests in the quantulum3 format (English).

The data is read from where the user keeps it (``sourcetrace eval figures --data PATH``),
never bundled. ``PATH`` is a JSON file, or a folder searched for ``quantities*.json``:
each file is a list of ``{"req": sentence, "res": [{"value", "unit", "surface", ...}]}``
(quantulum3's ``_lang/en_US/tests``).

Each sentence goes through the parse and figures stages as an English document. A gold
quantity is found when a figure's span overlaps its surface (first unused occurrence in
the sentence). Reported:
- detection precision / recall / F1 on every gold quantity;
- value accuracy on the found ones (the single value, or the middle of a range, within
  1e-6 relative);
- unit accuracy where the gold unit is one we normalise (currencies, %, common lengths,
  masses, durations; "dimensionless" means no unit and no currency);
- the same for the subset we aim at in news: counts, currencies and percentages
  (predictions overlapping gold quantities outside the subset are left out of its
  precision).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sourcetrace.errors import FormatError
from sourcetrace.model import Document, Figure

__all__ = ["GOLD_UNITS", "SUBSET", "evaluate", "format_report", "load_cases"]

#: quantulum3 unit names -> what our Figure says: ("unit", code) or ("currency", ISO 4217);
#: ("none", "") for plain counts.
GOLD_UNITS: dict[str, tuple[str, str]] = {
    "dimensionless": ("none", ""),
    "dollar": ("currency", "USD"),
    "euro": ("currency", "EUR"),
    "pound sterling": ("currency", "GBP"),
    "percentage": ("unit", "%"),
    "mile": ("unit", "mi"),
    "kilometre": ("unit", "km"),
    "metre": ("unit", "m"),
    "centimetre": ("unit", "cm"),
    "millimetre": ("unit", "mm"),
    "inch": ("unit", "in"),
    "foot": ("unit", "ft"),
    "kilogram": ("unit", "kg"),
    "gram": ("unit", "g"),
    "tonne": ("unit", "t"),
    "pound-mass": ("unit", "lb"),
    "litre": ("unit", "l"),
    "gallon": ("unit", "gal"),
    "square kilometre": ("unit", "km2"),
    "square mile": ("unit", "mi2"),
    "hour": ("unit", "h"),
    "minute": ("unit", "min"),
    "day": ("unit", "day"),
    "week": ("unit", "week"),
    "month": ("unit", "month"),
    "year": ("unit", "year"),
    "degree Celsius": ("unit", "°C"),
    "degree fahrenheit": ("unit", "°F"),
    "degree Fahrenheit": ("unit", "°F"),
    "kilometre per hour": ("unit", "km/h"),
}

#: The gold units of the news subset: counts, currencies, percentages.
SUBSET = frozenset({"dimensionless", "dollar", "euro", "pound sterling", "percentage"})


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The test sentences under ``path`` (a file or a folder of ``quantities*.json``)."""
    files = sorted(path.glob("**/quantities*.json")) if path.is_dir() else [path]
    if not files:
        raise FormatError(f"{path}: no quantities*.json file found")
    cases: list[dict[str, Any]] = []
    for file in files:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise FormatError(f"{file}: cannot read quantulum3 test file: {exc}") from exc
        if not isinstance(data, list):
            raise FormatError(f"{file}: expected a JSON list of {{req, res}} objects")
        for entry in data:
            if isinstance(entry, dict) and isinstance(entry.get("req"), str):
                cases.append(
                    {"file": file.name, "req": entry["req"], "res": entry.get("res") or []}
                )
    return cases


def _extract(sentences: list[str]) -> list[tuple[Figure, ...]]:
    from sourcetrace.capabilities.figures import stage as figures
    from sourcetrace.capabilities.parse import stage as parse
    from sourcetrace.core.resources import Resources

    resources = Resources()
    docs = [
        Document(id=str(i), origin=f"eval#{i}", fmt="txt", raw_text=s, text=s, language="en")
        for i, s in enumerate(sentences)
    ]
    docs = parse.parse_batch(docs, resources)
    return [figures.run(doc, resources).figures for doc in docs]


def _gold_spans(
    sentence: str, gold: Iterable[dict[str, Any]]
) -> list[tuple[int, int, dict[str, Any]]]:
    spans = []
    used: set[int] = set()
    for quantity in gold:
        surface = str(quantity.get("surface", ""))
        start = sentence.find(surface)
        while start in used and start >= 0:
            start = sentence.find(surface, start + 1)
        if start < 0 or not surface:
            continue
        used.add(start)
        spans.append((start, start + len(surface), quantity))
    return spans


def _value_ok(figure: Figure, gold: dict[str, Any]) -> bool:
    value = figure.value
    if value is None and figure.low is not None and figure.high is not None:
        value = (figure.low + figure.high) / 2
    expected = float(gold.get("value", math.nan))
    return value is not None and math.isclose(value, expected, rel_tol=1e-6, abs_tol=1e-9)


def _unit_ok(figure: Figure, gold_unit: str) -> bool | None:
    target = GOLD_UNITS.get(gold_unit)
    if target is None:
        return None
    kind, code = target
    if kind == "none":
        return figure.unit is None and figure.currency is None
    if kind == "currency":
        return figure.currency == code
    return figure.unit == code


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def evaluate(path: Path) -> dict[str, Any]:
    """Run the figures stage over the quantulum3 tests at ``path``; a JSON-able result."""
    cases = load_cases(path)
    predictions = _extract([c["req"] for c in cases])
    counts = {"all": [0, 0, 0], "subset": [0, 0, 0]}
    value_hits = {"all": [0, 0], "subset": [0, 0]}
    unit_hits = [0, 0]
    exact_surface = 0
    misses: list[dict[str, Any]] = []
    for case, figures in zip(cases, predictions, strict=True):
        gold = _gold_spans(case["req"], case["res"])
        matched: set[int] = set()
        for g_start, g_end, quantity in gold:
            in_subset = quantity.get("unit") in SUBSET
            hit = next(
                (
                    i
                    for i, f in enumerate(figures)
                    if i not in matched and f.start < g_end and g_start < f.end
                ),
                None,
            )
            keys = ("all", "subset") if in_subset else ("all",)
            if hit is None:
                for key in keys:
                    counts[key][2] += 1
                misses.append({"sentence": case["req"], "missed": quantity.get("surface")})
                continue
            matched.add(hit)
            figure = figures[hit]
            exact_surface += figure.start == g_start and figure.end == g_end
            ok = _value_ok(figure, quantity)
            for key in keys:
                counts[key][0] += 1
                value_hits[key][0] += ok
                value_hits[key][1] += 1
            unit = _unit_ok(figure, str(quantity.get("unit")))
            if unit is not None:
                unit_hits[0] += unit
                unit_hits[1] += 1
        for index, figure in enumerate(figures):
            if index in matched:
                continue
            overlaps_gold = any(figure.start < e and s < figure.end for s, e, _ in gold)
            counts["all"][1] += 1
            if not overlaps_gold:
                counts["subset"][1] += 1
                misses.append({"sentence": case["req"], "spurious": figure.text})
    total_tp = counts["all"][0]
    return {
        "dataset": str(path),
        "sentences": len(cases),
        "gold_quantities": sum(len(c["res"]) for c in cases),
        "detection": _prf(*counts["all"]),
        "value_accuracy": round(value_hits["all"][0] / value_hits["all"][1], 4)
        if value_hits["all"][1]
        else None,
        "unit_accuracy": round(unit_hits[0] / unit_hits[1], 4) if unit_hits[1] else None,
        "unit_comparable": unit_hits[1],
        "exact_surface": round(exact_surface / total_tp, 4) if total_tp else None,
        "subset": {
            "units": sorted(SUBSET),
            "detection": _prf(*counts["subset"]),
            "value_accuracy": (
                round(value_hits["subset"][0] / value_hits["subset"][1], 4)
                if value_hits["subset"][1]
                else None
            ),
        },
        "errors": misses,
    }


def format_report(result: dict[str, Any]) -> str:
    """The result of ``evaluate`` as a few lines for a terminal."""
    det, sub = result["detection"], result["subset"]
    lines = [
        f"figures on {result['dataset']}: {result['sentences']} sentences, "
        f"{result['gold_quantities']} gold quantities",
        f"  detection (span overlap)  P {det['precision']:.3f}  R {det['recall']:.3f}  "
        f"F1 {det['f1']:.3f}  (tp {det['tp']}, fp {det['fp']}, fn {det['fn']})",
        f"  value accuracy on found   {_pct(result['value_accuracy'])}",
        f"  unit accuracy             {_pct(result['unit_accuracy'])} "
        f"(on {result['unit_comparable']} found quantities with a unit we normalise)",
        f"  exact surface on found    {_pct(result['exact_surface'])}",
        f"  counts/currency/percent   P {sub['detection']['precision']:.3f}  "
        f"R {sub['detection']['recall']:.3f}  F1 {sub['detection']['f1']:.3f}  "
        f"value accuracy {_pct(sub['value_accuracy'])}",
    ]
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
