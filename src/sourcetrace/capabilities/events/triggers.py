"""Triggers: the words of a sentence that name an event, with the senses that are not one.

A trigger is the longest phrase of the pack's ``triggers`` starting at a word (lemma or
form), or, in a language without a parse, a word ending in one of ``head_suffixes``
("Bombenanschlag"). It is refused when:
- its ``requires_near`` words are not within four words of it ("escape" without "prison");
- a ``blocker`` around it shows another sense ("heart attack", "clinical trial");
- it is ``metaphor_prone`` and its sentence has a ``metaphor_context`` word (a match, an
  election: "attacked the defence", "a battle for votes").

Then, per sentence:
- violent triggers of one type at most five words apart are one mention ("artillery
  shelling", "a suicide bomber blew himself up");
- a violent trigger after a claim of responsibility is the event claimed, reported
  before ("claimed responsibility for the attack"), not a new one;
- a ``weak`` trigger ("killed", "gunman") that reports the outcome of a stronger violent
  trigger of the same sentence is dropped; of several weak ones the most specific stays;
- a generic "attack"/"killing" within eight words of a specific violent trigger is the
  same event and goes ("a suicide bomber attacked"); a generic one left takes the type of
  a ``refiner`` of its sentence ("a gunman attacked" is a shooting).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sourcetrace.capabilities.events.lexicon import CompiledEvents
from sourcetrace.capabilities.events.taxonomy import event_type
from sourcetrace.capabilities.events.words import Sentence, match_at, window_has

__all__ = ["Trigger", "Triggers", "find_triggers"]

_NEAR = 4
_GENERIC = frozenset({"attack", "killing"})
_CLAIM = "claim_of_responsibility"
_SAME_EVENT = 5
_GENERIC_REACH = 8


@dataclass(frozen=True, slots=True)
class Trigger:
    first: int  # word index in the sentence
    last: int
    type: str
    key: str
    weak: bool = False


@dataclass(frozen=True, slots=True)
class Triggers:
    """The triggers of a sentence, and the weak ones dropped beside a stronger trigger:
    their subjects and objects still say who did it to whom ("49 people were killed by a
    lone gunman in a mass shooting")."""

    kept: list[Trigger]
    absorbed: list[Trigger]


def _blocked(sentence: Sentence, trigger: Trigger, compiled: CompiledEvents) -> bool:
    words = sentence.words
    for blocker in compiled.blockers:
        at = window_has(words, trigger.first - len(blocker) + 1, trigger.last + len(blocker),
                        blocker)
        if at is not None and at <= trigger.last and at + len(blocker) > trigger.first:
            return True
    return False


def _required_missing(sentence: Sentence, trigger: Trigger, compiled: CompiledEvents) -> bool:
    needed = compiled.lexicon.requires_near.get(trigger.key)
    if not needed:
        return False
    words = sentence.words
    lo, hi = max(0, trigger.first - _NEAR), min(len(words), trigger.last + 1 + _NEAR)
    return not any(words[i].lower in needed or words[i].lemma in needed
                   for i in range(lo, hi) if not trigger.first <= i <= trigger.last)


def _metaphor(sentence: Sentence, trigger: Trigger, compiled: CompiledEvents) -> bool:
    lexicon = compiled.lexicon
    if not any(w in lexicon.metaphor_prone for w in trigger.key.split()) and not any(
        sentence.words[i].lemma in lexicon.metaphor_prone
        for i in range(trigger.first, trigger.last + 1)
    ):
        return False
    return any(w.lower in lexicon.metaphor_context or w.lemma in lexicon.metaphor_context
               for w in sentence.words)


def _candidates(sentence: Sentence, compiled: CompiledEvents) -> list[Trigger]:
    words = sentence.words
    found: list[Trigger] = []
    i = 0
    while i < len(words):
        phrase = match_at(words, i, compiled.triggers)
        if phrase is not None:
            last = i + len(phrase.words) - 1
            weak = phrase.key in compiled.lexicon.weak or words[i].lemma in compiled.lexicon.weak
            found.append(Trigger(i, last, phrase.value, phrase.key, weak and last == i))
            i = last + 1
            continue
        word = words[i].lower
        for suffix, type_id in compiled.suffixes:
            if len(word) > len(suffix) + 2 and word.endswith(suffix):
                found.append(Trigger(i, i, type_id, suffix))
                break
        i += 1
    return found


def _is_violent(trigger: Trigger) -> bool:
    return event_type(trigger.type).family == "violence"


def find_triggers(sentence: Sentence, compiled: CompiledEvents) -> Triggers:
    """The event triggers of one sentence, in text order, after the filters above."""
    kept = [t for t in _candidates(sentence, compiled)
            if not _required_missing(sentence, t, compiled)
            and not _blocked(sentence, t, compiled)
            and not _metaphor(sentence, t, compiled)]
    claim = next((t for t in kept if t.type == _CLAIM), None)
    if claim is not None:
        # "claimed responsibility for the attack": the attack is reported before.
        kept = [t for t in kept if not (_is_violent(t) and t.first > claim.last)]
    violent_strong = [t for t in kept if _is_violent(t) and not t.weak]
    weak = [t for t in kept if _is_violent(t) and t.weak]
    absorbed = weak if violent_strong else []
    if violent_strong:
        kept = [t for t in kept if not (t.weak and _is_violent(t))]
        specific = [t for t in violent_strong if t.type not in _GENERIC]
        kept = [t for t in kept if t.type not in _GENERIC or not any(
            abs(t.first - s.first) <= _GENERIC_REACH for s in specific)]
    elif len(weak) > 1:
        best = min(weak, key=lambda t: (t.type in _GENERIC, t.first))
        kept = [t for t in kept if not (t.weak and _is_violent(t)) or t is best]
    kept = _one_per_report(kept)
    refined = _refined_type(sentence, compiled)
    if refined is not None:
        kept = [replace(t, type=refined) if t.type in _GENERIC else t for t in kept]
    return Triggers(kept, absorbed)


def _one_per_report(triggers: list[Trigger]) -> list[Trigger]:
    """Violent triggers of one type a few words apart name one event ("a suicide bomber
    blew himself up", "artillery shelling")."""
    kept: list[Trigger] = []
    for trigger in triggers:
        if _is_violent(trigger) and any(
                k.type == trigger.type and trigger.first - k.last <= _SAME_EVENT for k in kept):
            continue
        kept.append(trigger)
    return kept


def _refined_type(sentence: Sentence, compiled: CompiledEvents) -> str | None:
    words = sentence.words
    for i in range(len(words)):
        phrase = match_at(words, i, compiled.refiners)
        if phrase is not None:
            return phrase.value
    return None
