"""Modality: whether the text says an event happened, is planned, threatened, denied or only
possible, from the pack's cue words in the trigger's clause.

With a parse, a cue counts when it is a modal, auxiliary, negation, marker or determiner of
the trigger ("could attack", "there was no attack", "if they attack") or a negative
determiner of its subject ("no group claimed the attack"), or the head of a
chain of complements above it ("plans to attack", "threatened to bomb", "denied carrying
out the attack"); the chain stops where the trigger is a subject, so "the attack did not
kill anyone" stays asserted. Without a parse (German) a cue counts in the six words before
the trigger within its sentence, the nearest first.
"""

from __future__ import annotations

from typing import Any

from sourcetrace.capabilities.events.lexicon import CompiledEvents
from sourcetrace.capabilities.events.words import Sentence, match_at

__all__ = ["ASSERTED", "head_token", "modality_of"]

ASSERTED = "asserted"
_WINDOW = 6
_OWN = frozenset({"aux", "aux:pass", "auxpass", "neg", "det", "mark", "advmod", "amod",
                  "nummod", "aux:tense", "expl:neg"})
_UP = frozenset({"xcomp", "ccomp", "dobj", "obj", "attr", "nsubjpass", "nsubj:pass",
                 "csubj", "acomp"})
_HEAD_OWN = frozenset({"aux", "aux:pass", "auxpass", "neg", "mark", "advmod", "expl:neg"})


def head_token(sentence: Sentence, first: int, last: int) -> Any:
    """The token of a trigger phrase whose head lies outside the phrase (None: no parse)."""
    tokens = [sentence.words[i].token for i in range(first, last + 1)]
    if tokens[0] is None:
        return None
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[-1]


def _cue(word: str, lemma: str, compiled: CompiledEvents) -> str | None:
    for key in (lemma, word):
        for phrase in compiled.modality.get(key, ()):
            if len(phrase.words) == 1:
                return phrase.value
    return None


def _from_parse(token: Any, compiled: CompiledEvents) -> str | None:
    for child in token.children:
        if child.dep_ in _OWN:
            found = _cue(child.lower_, child.lemma_.lower(), compiled)
            if found is not None:
                return found
    for child in token.children:
        # A subject that is nobody denies its verb: "no group claimed the attack".
        if child.dep_ == "nsubj":
            for det in child.children:
                if det.dep_ == "det" and _cue(det.lower_, det.lemma_.lower(),
                                              compiled) == "denied":
                    return "denied"
    if token.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and token.head.i != token.i:
        # A subject shares its clause's condition: "if talks fail".
        for child in token.head.children:
            if child.dep_ == "mark":
                found = _cue(child.lower_, child.lemma_.lower(), compiled)
                if found is not None:
                    return found
    current = token
    for _ in range(6):
        if current.dep_ not in _UP or current.head.i == current.i:
            return None
        current = current.head
        found = _cue(current.lower_, current.lemma_.lower(), compiled)
        if found is not None:
            return found
        for child in current.children:
            if child.dep_ in _HEAD_OWN:
                found = _cue(child.lower_, child.lemma_.lower(), compiled)
                if found is not None:
                    return found
    return None


def _from_window(sentence: Sentence, first: int, compiled: CompiledEvents) -> str | None:
    words = sentence.words
    for i in range(first - 1, max(-1, first - 1 - _WINDOW), -1):
        if words[i].lower in (",", ";", ":"):
            break
        phrase = match_at(words, i, compiled.modality)
        if phrase is not None and i + len(phrase.words) <= first:
            return phrase.value
    return None


def modality_of(sentence: Sentence, first: int, last: int, compiled: CompiledEvents) -> str:
    token = head_token(sentence, first, last)
    if token is not None:
        found = _from_parse(token, compiled)
        if found is None:
            # Multi-word cues ("going to", "ir a") read in the words before the trigger.
            phrase_cue = _from_window(sentence, first, compiled)
            if phrase_cue is not None and " " in _matched_key(sentence, first, compiled):
                found = phrase_cue
        return found or ASSERTED
    return _from_window(sentence, first, compiled) or ASSERTED


def _matched_key(sentence: Sentence, first: int, compiled: CompiledEvents) -> str:
    words = sentence.words
    for i in range(first - 1, max(-1, first - 1 - _WINDOW), -1):
        phrase = match_at(words, i, compiled.modality)
        if phrase is not None and i + len(phrase.words) <= first:
            return phrase.key
    return ""
