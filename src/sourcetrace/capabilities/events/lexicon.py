"""A language's event lexicon compiled once per process into lookups the stage reads.

Phrases are split into words and indexed by their first word, so finding the triggers of a
sentence is one dictionary look-up per word (and per lemma) instead of one pattern per
phrase.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sourcetrace.lang.check_lexicon import CheckLexicon
from sourcetrace.lang.event_lexicon import EventLexicon

__all__ = ["CompiledEvents", "Phrase", "compile_events"]


@dataclass(frozen=True, slots=True)
class Phrase:
    """A trigger, refiner, weapon or cue phrase as words, with the value it stands for."""

    words: tuple[str, ...]
    key: str
    value: str


def _index(entries: Mapping[str, str]) -> dict[str, tuple[Phrase, ...]]:
    index: dict[str, list[Phrase]] = {}
    for key, value in entries.items():
        words = tuple(key.lower().split())
        if words:
            index.setdefault(words[0], []).append(Phrase(words, key.lower(), value))
    # Longest phrase first, so "suicide bombing" wins over "suicide".
    return {first: tuple(sorted(group, key=lambda p: -len(p.words)))
            for first, group in index.items()}


@dataclass(frozen=True, slots=True, kw_only=True)
class CompiledEvents:
    lexicon: EventLexicon
    triggers: Mapping[str, tuple[Phrase, ...]]
    refiners: Mapping[str, tuple[Phrase, ...]]
    weapons: Mapping[str, tuple[Phrase, ...]]
    modality: Mapping[str, tuple[Phrase, ...]]
    claim_cues: Mapping[str, tuple[Phrase, ...]]
    blockers: tuple[tuple[str, ...], ...]
    suffixes: tuple[tuple[str, str], ...]
    #: Lower-cased word -> "dead" or "injured", from the pack's check lexicon.
    tolls: Mapping[str, str]
    subcount_before: tuple[tuple[str, ...], ...]
    subcount_after: tuple[tuple[str, ...], ...]

    @property
    def empty(self) -> bool:
        return not self.triggers and not self.suffixes


def compile_events(lexicon: EventLexicon, checks: CheckLexicon) -> CompiledEvents:
    tolls = {word.lower(): concept for word, concept in checks.counted_concepts.items()
             if concept in ("dead", "injured")}
    return CompiledEvents(
        lexicon=lexicon,
        triggers=_index(lexicon.triggers),
        refiners=_index(lexicon.refiners),
        weapons=_index({w: w for w in lexicon.weapons}),
        modality=_index(lexicon.modality),
        claim_cues=_index({c: c for c in lexicon.claim_cues}),
        blockers=tuple(tuple(b.lower().split()) for b in lexicon.blockers),
        suffixes=tuple(sorted(((s.lower(), t) for s, t in lexicon.head_suffixes.items()),
                              key=lambda item: -len(item[0]))),
        tolls=tolls,
        subcount_before=tuple(tuple(p.lower().split()) for p in checks.subcount_before),
        subcount_after=tuple(tuple(p.lower().split()) for p in checks.subcount_after),
    )
