"""Tolls: the figures of a sentence that count the dead or the injured, with sub-counts.

A figure (from the figures stage, no currency, no unit) is a toll when what it counts is
dead or injured for the pack (``CheckLexicon.counted_concepts``): its counted noun ("22
dead", "des blessés"), else one of the two words right before it ("killing 12 people and
wounding 30"), else a word in the rest of its clause up to a conjunction ("85 people were
killed"), else one of the four words before it ("death toll rose to 22"). A figure
right after a sub-count phrase ("including six children", "dont trois enfants") or before
one ("four of them") is a part of the toll before it, kept in ``parts``, never a toll of
its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sourcetrace.capabilities.events.lexicon import CompiledEvents
from sourcetrace.capabilities.events.words import Sentence, window_has
from sourcetrace.model import EventCount, Figure

__all__ = ["Tolls", "tolls_of"]

_AFTER = 8
_BEFORE = 4
_NEXT_TO = 2
_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "—", "–"})


@dataclass(frozen=True, slots=True)
class Tolls:
    fatalities: EventCount | None = None
    injured: EventCount | None = None


def _count(figure: Figure, parts: tuple[EventCount, ...] = ()) -> EventCount:
    return EventCount(start=figure.start, end=figure.end, text=figure.text, value=figure.value,
                      low=figure.low, high=figure.high, qualifier=figure.qualifier,
                      counted=figure.counted, parts=parts)


def _word_index(sentence: Sentence, offset: int) -> int:
    for i, word in enumerate(sentence.words):
        if word.end > offset:
            return i
    return len(sentence.words)


def _concept(sentence: Sentence, figure: Figure, compiled: CompiledEvents) -> str | None:
    if figure.counted and (concept := compiled.tolls.get(figure.counted.lower())):
        return concept
    words = sentence.words
    j = _word_index(sentence, figure.start)
    for k in range(j - 1, max(-1, j - 1 - _NEXT_TO), -1):
        if concept := compiled.tolls.get(words[k].lower):  # "killing 12", "et blessé 30"
            return concept
    i = _word_index(sentence, figure.end)
    for k in range(i, min(len(words), i + _AFTER)):
        if words[k].lower in _BREAKS or words[k].lower[:1].isdigit() or (
                words[k].token is not None and words[k].token.pos_ == "CCONJ"):
            break
        concept = compiled.tolls.get(words[k].lower) or compiled.tolls.get(words[k].lemma)
        if concept:
            return concept
    for k in range(j - 1, max(-1, j - 1 - _BEFORE), -1):
        if words[k].lower in _BREAKS:
            break
        concept = compiled.tolls.get(words[k].lower)
        if concept:
            return concept
    return None


def _is_part(sentence: Sentence, figure: Figure, compiled: CompiledEvents) -> bool:
    words = sentence.words
    j = _word_index(sentence, figure.start)
    for phrase in compiled.subcount_before:
        at = window_has(words, j - len(phrase) - 1, j, phrase)
        if at is not None:
            return True
    i = _word_index(sentence, figure.end)
    for phrase in compiled.subcount_after:
        if window_has(words, i, i + len(phrase) + 2, phrase) is not None:
            return True
    return False


def tolls_of(sentence: Sentence, figures: Sequence[Figure], compiled: CompiledEvents) -> Tolls:
    """The first fatality and injury counts of ``sentence``, with their parts."""
    found: dict[str, tuple[Figure, list[EventCount]]] = {}
    last_concept: str | None = None
    for figure in figures:
        if not sentence.start <= figure.start < sentence.end:
            continue
        if figure.currency or figure.unit or (figure.value is None and figure.low is None):
            continue
        if last_concept is not None and _is_part(sentence, figure, compiled):
            found[last_concept][1].append(_count(figure))
            continue
        concept = _concept(sentence, figure, compiled)
        if concept is None:
            continue
        last_concept = concept
        if concept not in found:
            found[concept] = (figure, [])
    counts = {concept: _count(figure, tuple(parts)) for concept, (figure, parts) in found.items()}
    return Tolls(fatalities=counts.get("dead"), injured=counts.get("injured"))
