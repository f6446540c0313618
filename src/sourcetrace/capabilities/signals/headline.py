"""Headline–body consistency: does the body support what the headline claims?

Three checks, each reported with the headline span (``field="headline"``) and, where
there is one, the body span that differs:
- a headline figure (value) that no body figure matches ("FIVE DEAD" over a body that
  counts three deaths);
- a strong headline verb ("arrested") whose body wording is weaker ("questioned and
  released") — per-language ``HeadlineClaim`` data;
- names in the headline that the body never mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sourcetrace.capabilities.figures.stage import extract_figures, patterns_for
from sourcetrace.capabilities.signals.text import evidence, top
from sourcetrace.core.resources import Resources
from sourcetrace.lang.pack import LanguagePack
from sourcetrace.model import Document, Evidence, Figure, Signal

__all__ = ["headline_signals"]

STAGE_NAME = "signals"
_NAME = re.compile(r"(?<![\w-])[A-ZÀ-Þ][\w'’-]{2,}")


def _values(f: Figure) -> set[float]:
    return {v for v in (f.value, f.low, f.high) if v is not None}


def headline_signals(doc: Document, pack: LanguagePack, resources: Resources) -> Iterator[Signal]:
    headline = doc.headline or doc.title
    if not headline or not doc.text.strip():
        return
    shouting = headline.isupper()
    # Lower-casing keeps offsets and lets number words and names in an all-caps headline read.
    reading = headline.lower() if shouting else headline
    found: list[tuple[float, Evidence]] = []
    found += _figures(doc, headline, reading, pack, resources)
    found += _claims(doc, headline, reading, pack)
    if not shouting:
        found += _names(doc, headline)
    if found:
        score = max(s for s, _ in found)
        yield Signal(
            kind="headline_body", score=score, stage=STAGE_NAME, evidence=top([e for _, e in found])
        )


def _figures(
    doc: Document, headline: str, reading: str, pack: LanguagePack, resources: Resources
) -> list[tuple[float, Evidence]]:
    figures = [f for f in doc.figures if f.field == "text"]  # the body's, not the headline's
    body_values = set().union(*(_values(f) for f in figures)) if figures else set()
    out: list[tuple[float, Evidence]] = []
    for f in extract_figures(reading, patterns_for(pack.code, resources)):
        values = _values(f)
        if not values or values & body_values or all(v >= 1900 for v in values):
            continue
        head = evidence(
            headline,
            f.start,
            f.end,
            f"headline figure {f.text!r} found nowhere in the body",
            "headline",
        )
        out.append((0.8, head))
        same = [
            b
            for b in figures
            if f.counted and b.counted and b.counted.split()[-1][:5] == f.counted.split()[-1][:5]
        ]
        if not same:
            # No counted thing to match on: show the body's plain counts beside it.
            same = [
                b
                for b in figures
                if b.unit is None and b.currency is None and b.value is not None
            ]
        for b in same[:2]:
            out.append(
                (0.8, evidence(doc.text, b.start, b.end, f"the body gives {b.text!r} instead"))
            )
    return out


def _claims(
    doc: Document, headline: str, reading: str, pack: LanguagePack
) -> list[tuple[float, Evidence]]:
    out: list[tuple[float, Evidence]] = []
    for claim in pack.signals.headline_claims:
        head = re.search(rf"(?<!\w)(?:{claim.headline})(?!\w)", reading, re.IGNORECASE)
        if head is None:
            continue
        support = re.search(rf"(?<!\w)(?:{claim.support})(?!\w)", doc.text, re.IGNORECASE)
        weaker = re.search(rf"(?<!\w)(?:{claim.weaker})(?!\w)", doc.text, re.IGNORECASE)
        head_ev = evidence(headline, head.start(), head.end(), claim.note, "headline")
        if weaker is not None and support is None:
            out += [
                (0.9, head_ev),
                (0.9, evidence(doc.text, weaker.start(), weaker.end(), claim.note)),
            ]
        elif support is None:
            out.append(
                (
                    0.4,
                    evidence(
                        headline,
                        head.start(),
                        head.end(),
                        f"the headline's key verb {head.group(0)!r} has no support in the body",
                        "headline",
                    ),
                )
            )
    return out


def _names(doc: Document, headline: str) -> list[tuple[float, Evidence]]:
    body = doc.text.lower()
    out: list[tuple[float, Evidence]] = []
    for m in _NAME.finditer(headline):
        if m.start() == 0 or headline[max(0, m.start() - 2) : m.start()].strip() in {
            ":",
            ".",
            "–",
            "-",
            "—",
        }:
            continue
        word = m.group(0)
        if word[:5].lower() not in body:
            out.append(
                (
                    0.3,
                    evidence(
                        headline,
                        m.start(),
                        m.end(),
                        f"the headline names {word!r}; the body never does",
                        "headline",
                    ),
                )
            )
    return out
