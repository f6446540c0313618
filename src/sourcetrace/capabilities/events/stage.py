"""The events stage: event mentions per document, typed, dated, placed, with their slots.

For each sentence (of the shared parse, else of the rule segmenter): the triggers of the
language pack (``capabilities.events.triggers``) outside the dates of the dates stage
("3 March" is no march), each one mention with
- ``modality`` from the cues of its clause (``modality``);
- ``date``: the date of the dates stage nearest to the trigger in its sentence ("the 2017
  bombing" is dated 2017), else none: never the publication date by default
  (``dating``: a year-dated past reference keeps its date to itself);
- ``arguments``: place, actors, targets, weapon, claimed_by and reported_by
  (``arguments``), each a span;
- ``fatalities``/``injured`` for violent types: the tolls of its sentence (``tolls``),
  each given to one violent mention: the nearest before it, else the first after it; a
  "killing" with a toll of two or more is an attack;
- a violent mention without actor or target takes those of the weak outcome triggers
  dropped beside it ("Farook and his wife killed 14 people in a mass shooting").

A claim of responsibility gives its actor as ``claimed_by`` to itself and to the nearest
violent mention of its sentence or the two before it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sourcetrace.capabilities.events.arguments import (
    claimed_after,
    parsed_roles,
    place_of,
    reporter_of,
    rule_roles,
    weapon_of,
)
from sourcetrace.capabilities.events.dating import dates_for
from sourcetrace.capabilities.events.lexicon import CompiledEvents, compile_events
from sourcetrace.capabilities.events.modality import head_token, modality_of
from sourcetrace.capabilities.events.taxonomy import event_type
from sourcetrace.capabilities.events.tolls import tolls_of
from sourcetrace.capabilities.events.triggers import Trigger, find_triggers
from sourcetrace.capabilities.events.words import Sentence, sentences
from sourcetrace.core.pipeline import Stage
from sourcetrace.core.resources import Resources
from sourcetrace.lang import get_pack
from sourcetrace.model import DateRef, Document, EventArgument, EventCount, EventMention

__all__ = ["STAGE", "compiled_for", "extract_events"]

NAME = "events"
_CLAIM = "claim_of_responsibility"
_CLAIM_REACH = 2  # sentences before a claim that it may refer to


def compiled_for(language: str | None, resources: Resources | None = None) -> CompiledEvents:
    """The compiled event lexicon of ``language`` (once per process with resources)."""
    pack = get_pack(language)
    if resources is None:
        return compile_events(pack.events, pack.checks)
    return resources.cached(f"events.lexicon.{pack.code}",  # type: ignore[no-any-return]
                            lambda: compile_events(pack.events, pack.checks))


def _in_date(sentence: Sentence, first: int, last: int, dates: Sequence[DateRef]) -> bool:
    """A trigger word inside a date ("3 March", "el 1 de marzo") is the date's."""
    start, end = sentence.words[first].start, sentence.words[last].end
    return any(d.start < end and start < d.end for d in dates)


def _toll_for(count: EventCount | None, start: int, starts: list[int]) -> EventCount | None:
    """A toll goes to one violent mention of its sentence: the nearest before it ("a truck
    rammed into a crowd …, killing 80"), else the first after it ("85 people were killed
    when a suicide bomber …")."""
    if count is None or start not in starts:
        return None
    before = [s for s in starts if s < count.start]
    owner = max(before) if before else min(starts)
    return count if owner == start else None


def _roles(sentence: Sentence, trigger: Trigger, text: str, doc: Document,
           compiled: CompiledEvents) -> list[EventArgument]:
    first, last = sentence.words[trigger.first], sentence.words[trigger.last]
    token = head_token(sentence, trigger.first, trigger.last)
    if token is not None:
        return parsed_roles(token, text, doc.mentions, compiled, (first.start, last.end))
    return rule_roles(sentence, trigger.first, trigger.last, text, doc.mentions, compiled)


def _attack_if_many(type_id: str, fatalities: EventCount | None) -> str:
    """A killing of several people counted as a toll is an attack; "killing" is kept for
    the killing of one person (an assassination, a murder)."""
    if type_id != "killing" or fatalities is None:
        return type_id
    count = fatalities.value if fatalities.value is not None else fatalities.low
    return "attack" if count is not None and count >= 2 else type_id


def _violent(type_id: str) -> bool:
    return event_type(type_id).family == "violence"


def extract_events(doc: Document, compiled: CompiledEvents) -> tuple[EventMention, ...]:
    """Every event mention of ``doc`` in text order (its figures, dates, mentions and
    quotes already read; ``doc.parsed`` is the shared parse or None)."""
    if compiled.empty or not doc.text:
        return ()
    text = doc.text
    since = get_pack(doc.language).checks.since_words
    mentions: list[EventMention] = []
    sentence_of: list[int] = []
    for number, sentence in enumerate(sentences(text, doc.parsed)):
        found = find_triggers(sentence, compiled)
        triggers = [t for t in found.kept if not _in_date(sentence, t.first, t.last, doc.dates)]
        if not triggers:
            continue
        tolls = tolls_of(sentence, doc.figures, compiled)
        starts = [sentence.words[t.first].start for t in triggers]
        violent_starts = [s for s, t in zip(starts, triggers, strict=True) if _violent(t.type)]
        dates = dates_for(sentence, starts, doc.dates, text, since)
        helpers = [r for t in found.absorbed for r in _roles(sentence, t, text, doc, compiled)]
        weapon = weapon_of(sentence, text, compiled)
        claimed = claimed_after(sentence, text, doc.mentions, compiled)
        for trigger, date in zip(triggers, dates, strict=True):
            first, last = sentence.words[trigger.first], sentence.words[trigger.last]
            token = head_token(sentence, trigger.first, trigger.last)
            roles = _roles(sentence, trigger, text, doc, compiled)
            violent = _violent(trigger.type)
            if violent:
                # "killed 14 people in a mass shooting": the outcome verb's roles.
                for role in ("actor", "target"):
                    if not any(a.role == role for a in roles):
                        roles.extend(h for h in helpers if h.role == role)
            # Only the sentence's own words (a parse may hang a headline on the body).
            arguments: list[EventArgument] = [a for a in roles if sentence.start <= a.start
                                              and a.end <= sentence.end]
            place = place_of(sentence, token, first.start, doc.mentions, compiled)
            if place is not None and not any(a.start == place.start for a in arguments):
                arguments.append(place)
            if weapon is not None and violent:
                arguments.append(weapon)
            if claimed is not None and (violent or trigger.type == _CLAIM):
                arguments.append(claimed)
            if trigger.type == _CLAIM:
                arguments.extend(dataclasses.replace(a, role="claimed_by")
                                 for a in roles if a.role == "actor")
            reporter = reporter_of(first.start, doc.quotes)
            if reporter is not None:
                arguments.append(reporter)
            fatalities = _toll_for(tolls.fatalities, first.start, violent_starts)
            mentions.append(EventMention(
                start=first.start, end=last.end, text=text[first.start:last.end], stage=NAME,
                type=_attack_if_many(trigger.type, fatalities),
                modality=modality_of(sentence, trigger.first, trigger.last, compiled),
                sentence_start=sentence.start, sentence_end=sentence.end,
                date=date.value if date else None,
                date_precision=date.precision if date else None,
                date_start=date.start if date else None, date_end=date.end if date else None,
                arguments=tuple(sorted(arguments, key=lambda a: (a.start, a.role))),
                fatalities=fatalities,
                injured=_toll_for(tolls.injured, first.start, violent_starts),
            ))
            sentence_of.append(number)
    return tuple(_spread_claims(mentions, sentence_of))


def _spread_claims(mentions: list[EventMention], sentence_of: list[int]) -> list[EventMention]:
    """A claim's claimant also goes to the violent mention it most likely refers to."""
    out = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.type != _CLAIM:
            continue
        claimants = [a for a in mention.arguments if a.role == "claimed_by"]
        if not claimants:
            continue
        for back in range(index - 1, -1, -1):
            if sentence_of[index] - sentence_of[back] > _CLAIM_REACH:
                break
            target = out[back]
            if _violent(target.type):
                if not any(a.role == "claimed_by" for a in target.arguments):
                    out[back] = dataclasses.replace(
                        target, arguments=(*target.arguments, claimants[0]))
                break
    return out


def run(doc: Document, resources: Resources) -> Document:
    if not doc.text:
        return doc.evolve(events=())
    return doc.evolve(events=extract_events(doc, compiled_for(doc.language, resources)))


STAGE = Stage(
    name=NAME,
    version="1",
    requires=frozenset({"text", "language", "parsed", "mentions", "quotes", "figures",
                        "dates"}),
    assigns=frozenset({"events"}),
    run=run,
)
