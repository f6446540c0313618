"""Per-language data for the events stage: triggers, senses to refuse, modality cues, roles.

Every key is lower-case. A trigger key is one word or several separated by spaces; a word
matches a token whose lemma or whose lower-cased form is that word (so a pack lists lemmas
where the language has a parse, and the inflected forms it needs where it has none:
German). Values are event type ids of ``capabilities.events.taxonomy``.

- ``triggers``: event verbs and nouns ("bomb", "bombing", "claim responsibility").
- ``head_suffixes``: for a language without a parse that builds compounds, the end of a
  word that makes it a trigger ("anschlag" in "Bombenanschlag"); matched only on words
  longer than the suffix.
- ``weak``: trigger words that report the outcome of another event ("kill", "die" …):
  a mention of theirs is dropped when a stronger violent trigger shares its sentence.
- ``refiners``: words of the sentence that make a generic "attack"/"killing" mention
  more precise ("suicide bomber" → suicide_bombing, "knife" → stabbing).
- ``requires_near``: a trigger that is an event only with one of these words within four
  words after it ("escape" needs "prison"/"jail"; "claim" needs "responsibility").
- ``blockers``: word sequences around a trigger that make it another sense ("heart
  attack", "clinical trial", "photo shoot"); a blocker is matched on the words from two
  before to two after the trigger.
- ``metaphor_prone`` / ``metaphor_context``: triggers that sports and politics use as
  metaphors ("attack", "shooting", "battle"), refused when their sentence has a context word
  ("goal", "match", "election").
- ``modality``: cue word or phrase → "planned", "threatened", "denied" or "hypothetical".
  With a parse a cue counts when it is the trigger's head word or an ancestor's, or an
  auxiliary, negation, marker or determiner of either; without one, when it stands in
  the six words before the trigger in its sentence.
- ``place_preps``: prepositions that introduce where ("in", "near"); ``place_links``:
  those that tie a name to a place noun ("the city of Nice", "la ville de Nice").
- ``actor_preps`` / ``target_preps``: prepositions that introduce the perpetrator after an
  event noun ("by") and the target ("on", "against").
- ``light_verbs``: verbs whose subject is the actor of their event-noun object ("carry
  out", "launch", "stage").
- ``weapons``: weapon words or phrases, kept as the ``weapon`` argument.
- ``claim_cues``: phrases after which the claimant stands ("claimed by").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["EventLexicon"]


@dataclass(frozen=True, slots=True, kw_only=True)
class EventLexicon:
    triggers: Mapping[str, str] = field(default_factory=dict)
    head_suffixes: Mapping[str, str] = field(default_factory=dict)
    weak: frozenset[str] = frozenset()
    refiners: Mapping[str, str] = field(default_factory=dict)
    requires_near: Mapping[str, frozenset[str]] = field(default_factory=dict)
    blockers: frozenset[str] = frozenset()
    metaphor_prone: frozenset[str] = frozenset()
    metaphor_context: frozenset[str] = frozenset()
    modality: Mapping[str, str] = field(default_factory=dict)
    place_preps: frozenset[str] = frozenset()
    place_links: frozenset[str] = frozenset()
    actor_preps: frozenset[str] = frozenset()
    target_preps: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()
    claim_cues: frozenset[str] = frozenset()
