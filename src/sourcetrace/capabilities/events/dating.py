"""The date of each event mention of a sentence, from the dates stage.

A mention takes the date of its sentence nearest to its trigger, with two exceptions:
- a date right after a ``since`` word of the pack ("since last November") starts a
  period, it is no event's date;
- a date that names its year ("the July 1, 2015, fatal shooting", "the 2017 attack") dates
  the trigger nearest to it only: a past reference keeps its date to itself, and the
  sentence's other events do not take it.
Never the publication date by default: no date in the sentence, no date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sourcetrace.capabilities.events.words import Sentence
from sourcetrace.model import DateRef

__all__ = ["dates_for"]

_YEAR = re.compile(r"\b\d{4}\b")


def _after_since(text: str, date: DateRef, since: frozenset[str]) -> bool:
    before = text[max(0, date.start - 20):date.start].lower().split()
    return bool(before) and before[-1] in since


def dates_for(sentence: Sentence, starts: Sequence[int], dates: Sequence[DateRef], text: str,
              since: frozenset[str]) -> list[DateRef | None]:
    """One date (or None) per trigger start of ``sentence``, in the order given."""
    inside = [d for d in dates if sentence.start <= d.start < sentence.end and d.value
              and not _after_since(text, d, since)]
    out: list[DateRef | None] = []
    for start in starts:
        usable = []
        for date in inside:
            if _YEAR.search(date.text) and starts:
                owner = min(starts, key=lambda s: abs(s - date.start))
                if owner != start:
                    continue
            usable.append(date)
        out.append(min(usable, key=lambda d: abs(d.start - start)) if usable else None)
    return out
