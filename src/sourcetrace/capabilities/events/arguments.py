"""The slots of an event mention, each a span of the text: place, actors, targets, weapon,
claimed_by and reported_by.

With a parse (en, fr, es), roles come from the dependency tree of the trigger: a verb's
subject is the actor, its object or passive subject the target, its agent ("by …", "par
…") the actor; an event noun's "by"/"par" phrase is the actor, its "on"/"against" phrase
the target, its possessor or a named compound ("Hamas attack") the actor, and the subject
of a light verb that has it as object ("carried out the attack") the actor. The place is a
GPE/LOC name in a prepositional phrase of the clause ("in", "à", "en"), else the nearest
GPE/LOC name of the sentence. Without a parse (German), rules over words and the entity
mentions of the sentence: a name after an actor preposition ("von der Polizei") or the
nearest organisation before the trigger is the actor, the words after a target preposition
right after the trigger ("Anschlag auf eine Synagoge") the target.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sourcetrace.capabilities.events.lexicon import CompiledEvents
from sourcetrace.capabilities.events.words import Sentence, match_at
from sourcetrace.model import EventArgument, Mention, Quote

__all__ = ["claimed_after", "parsed_roles", "place_of", "reporter_of", "rule_roles",
           "weapon_of"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})
_ACTOR_LABELS = frozenset({"ORG", "PERSON", "ARMED_GROUP", "NORP", "GOV_ORG", "POLICE",
                           "MILITARY", "PARTY", "TERROR_GROUP"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
_SUBJ = frozenset({"nsubj"})
_PASS_SUBJ = frozenset({"nsubjpass", "nsubj:pass"})
_OBJ = frozenset({"dobj", "obj"})
_AGENT = frozenset({"agent", "obl:agent"})
_NP_RIGHT = frozenset({"amod", "flat", "flat:name", "compound", "fixed"})
_MAX_WORDS = 8


def _mention_at(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    for mention in mentions:
        if mention.start < end and start < mention.end:
            return mention
    return None


def _phrase(token: Any, text: str, mentions: Sequence[Mention], role: str,
            trigger: tuple[int, int] | None = None) -> EventArgument | None:
    if token.pos_ == "PRON":
        return None
    mention = _mention_at(mentions, token.idx, token.idx + len(token.text))
    if mention is not None:
        return EventArgument(role=role, start=mention.start, end=mention.end,
                             text=mention.text, label=mention.label)
    left = token.left_edge
    right = token
    for child in token.rights:
        if child.dep_ in _NP_RIGHT and child.i - token.i <= 3:
            right = child.right_edge if child.right_edge.i - token.i <= 4 else child
        elif child.dep_ in ("prep", "nmod") and child.right_edge.i - token.i <= 4 and (
                token.pos_ == "NUM" or token.ent_type_ == "CARDINAL"
                or _names_non_place(child)):
            # "thousands of farmers", "the mayor of Ciudad Juarez", not "men in Lyon".
            right = child.right_edge
    doc = token.doc
    while right.i + 2 < len(doc) and not right.whitespace_ and doc[right.i + 1].text == "-" \
            and not doc[right.i + 1].whitespace_:
        right = doc[right.i + 2]  # "passers-by"
    if token.i - left.i > _MAX_WORDS:
        left = token
    while left.i < token.i and (left.pos_ in ("PUNCT", "CCONJ")
                                or left.dep_ in ("case", "prep", "mark")):
        left = left.doc[left.i + 1]
    start, end = left.idx, right.idx + len(right.text)
    if trigger is not None and trigger[0] < end and start < trigger[1]:
        if trigger[1] >= end:
            return None
        start = trigger[1] + (1 if text[trigger[1]:trigger[1] + 1].isspace() else 0)
    return EventArgument(role=role, start=start, end=end, text=text[start:end])


def _names_non_place(node: Any) -> bool:
    labels = {t.ent_type_ for t in node.subtree if t.ent_type_}
    return bool(labels) and not labels & (_PLACE_LABELS | _TIME_LABELS)


def _pobj(prep: Any) -> Any:
    for child in prep.children:
        if child.dep_ in ("pobj", "obj", "obl"):
            return child
    return None


def _case_of(token: Any) -> str | None:
    for child in token.children:
        if child.dep_ == "case":
            return str(child.lemma_.lower())
    return None


def parsed_roles(token: Any, text: str, mentions: Sequence[Mention],
                 compiled: CompiledEvents,
                 trigger: tuple[int, int] | None = None) -> list[EventArgument]:
    """Actors and targets of the trigger ``token`` read on the dependency tree; an argument
    never takes in the trigger's own words (``trigger``: its span)."""
    lexicon = compiled.lexicon
    found: list[tuple[Any, str]] = []
    for child in token.children:
        dep = child.dep_
        if dep in _SUBJ:
            found.append((child, "actor"))
        elif dep in _PASS_SUBJ or dep in _OBJ:
            found.append((child, "target"))
        elif dep in _AGENT:
            found.append((_pobj(child) or child, "actor"))
        elif dep == "prep" and child.lemma_.lower() in lexicon.actor_preps:
            if (obj := _pobj(child)) is not None:
                found.append((obj, "actor"))
        elif dep == "prep" and child.lemma_.lower() in lexicon.target_preps:
            if (obj := _pobj(child)) is not None:
                found.append((obj, "target"))
        elif dep in ("nmod", "obl") and (case := _case_of(child)) is not None:
            if case in lexicon.actor_preps:
                found.append((child, "actor"))
            elif case in lexicon.target_preps:
                found.append((child, "target"))
        elif dep in ("poss", "nmod:poss"):
            found.append((child, "actor"))
        elif dep == "compound" and child.ent_type_ in ("ORG", "NORP", "GPE", "PERSON"):
            if child.ent_type_ != "GPE":
                found.append((child, "actor"))
    head = token.head
    if token.dep_ in ("acl", "amod") and token.pos_ == "VERB" and head.i != token.i:
        # "a man arrested on Tuesday"; a sentence whose root is the noun itself is a
        # misread clause ("A truck ploughed into a crowd"): the noun is the subject.
        found.append((head, "actor" if head.dep_ == "ROOT" else "target"))
    if token.dep_ in _OBJ and head.lemma_.lower() in lexicon.light_verbs:
        for child in head.children:
            if child.dep_ in _SUBJ:
                found.append((child, "actor"))
    if token.dep_ == "xcomp":
        for child in head.children:
            if child.dep_ in _SUBJ:
                found.append((child, "actor"))
    out = []
    for arg_token, role in found:
        if arg_token.ent_type_ in _TIME_LABELS:
            continue
        if (arg_token.ent_type_ in _PLACE_LABELS and role == "target"
                and arg_token.dep_ in ("pobj", "obl")):
            continue
        argument = _phrase(arg_token, text, mentions, role, trigger)
        if argument is not None:
            out.append(argument)
    return out


def rule_roles(sentence: Sentence, first: int, last: int, text: str,
               mentions: Sequence[Mention], compiled: CompiledEvents) -> list[EventArgument]:
    """Actors and targets without a parse: prepositions and the sentence's names."""
    lexicon = compiled.lexicon
    words = sentence.words
    out: list[EventArgument] = []
    start = words[first].start
    in_sentence = [m for m in mentions if sentence.start <= m.start < sentence.end]
    for mention in in_sentence:
        before = [w for w in words if w.end <= mention.start][-2:]
        if any(w.lower in lexicon.actor_preps for w in before) and mention.label in _ACTOR_LABELS:
            out.append(EventArgument(role="actor", start=mention.start, end=mention.end,
                                     text=mention.text, label=mention.label))
    if not out:
        before_trigger = [m for m in in_sentence
                          if m.end <= start and m.label in _ACTOR_LABELS - {"PERSON"}]
        if before_trigger:
            m = before_trigger[-1]
            out.append(EventArgument(role="actor", start=m.start, end=m.end, text=m.text,
                                     label=m.label))
    if last + 1 < len(words) and words[last + 1].lower in lexicon.target_preps:
        end_index = last + 2
        while (end_index < len(words) and end_index - last <= 5
               and words[end_index].lower[:1].isalnum()
               and words[end_index].lower not in lexicon.place_preps):
            end_index += 1
        if end_index > last + 2:
            s, e = words[last + 2].start, words[end_index - 1].end
            named = _mention_at(in_sentence, s, e)
            out.append(EventArgument(role="target", start=s, end=e, text=text[s:e],
                                     label=named.label if named else None))
    return out


def place_of(sentence: Sentence, token: Any, trigger_start: int,
             mentions: Sequence[Mention], compiled: CompiledEvents) -> EventArgument | None:
    """The GPE/LOC name of the trigger's clause, else the nearest of the sentence: first a
    name both in the clause and after a place preposition, then one in the clause, then one
    after a place preposition (the nearest preposition above it, with a parse), a country
    or city before a region or street, the nearest first."""
    places = [m for m in mentions if m.label in _PLACE_LABELS
              and sentence.start <= m.start < sentence.end]
    if not places:
        return None
    preps = compiled.lexicon.place_preps
    links = compiled.lexicon.place_links
    words = sentence.words

    def introduced(m: Mention) -> bool:
        before = [w for w in words if w.end <= m.start][-3:]
        if any(w.lower in preps for w in before):
            return True
        # With a parse: the nearest preposition above the name, within three steps, past
        # a place link ("in the city of Nice", not "near … one of Germany's malls").
        node = next((w.token for w in words if w.start >= m.start), None)
        for _ in range(3):
            if node is None or node.head.i == node.i:
                return False
            node = node.head
            if node.pos_ == "ADP" and node.lower_ not in links:
                return bool(node.lower_ in preps)
            if token is not None and node.i == token.i:
                return False
        return False

    def in_clause(m: Mention) -> bool:
        if token is None:
            return True
        place_token = next((w.token for w in words if w.start >= m.start), None)
        node = place_token
        for _ in range(8):
            if node is None:
                return False
            if node.i in (token.i, token.head.i):
                return True
            if node.head.i == node.i or (node.pos_ in ("VERB", "AUX") and node is not place_token):
                return False  # another clause ("as she walked … on Pier 14")
            node = node.head
        return False

    ranked = sorted(places, key=lambda m: (not (introduced(m) and in_clause(m)),
                                           not in_clause(m), not introduced(m),
                                           m.label != "GPE",
                                           abs(m.start - trigger_start)))
    best = ranked[0]
    return EventArgument(role="place", start=best.start, end=best.end, text=best.text,
                         label=best.label)


def weapon_of(sentence: Sentence, text: str, compiled: CompiledEvents) -> EventArgument | None:
    words = sentence.words
    for i in range(len(words)):
        phrase = match_at(words, i, compiled.weapons)
        if phrase is not None:
            w0, w1 = words[i], words[i + len(phrase.words) - 1]
            return EventArgument(role="weapon", start=w0.start, end=w1.end,
                                 text=text[w0.start:w1.end])
    return None


def claimed_after(sentence: Sentence, text: str, mentions: Sequence[Mention],
                  compiled: CompiledEvents) -> EventArgument | None:
    """The claimant named after a claim cue of the sentence ("claimed by the Islamic State")."""
    words = sentence.words
    for i in range(len(words)):
        phrase = match_at(words, i, compiled.claim_cues)
        if phrase is None:
            continue
        after = words[i + len(phrase.words) - 1].end
        for mention in mentions:
            if after <= mention.start < sentence.end and mention.label in _ACTOR_LABELS:
                return EventArgument(role="claimed_by", start=mention.start, end=mention.end,
                                     text=mention.text, label=mention.label)
    return None


def reporter_of(start: int, quotes: Sequence[Quote]) -> EventArgument | None:
    """Who the trigger's sentence is attributed to: the speaker of the quote that holds it."""
    for quote in quotes:
        if quote.start <= start < quote.end and quote.speaker_start is not None \
                and quote.speaker_end is not None and quote.speaker_text:
            return EventArgument(role="reported_by", start=quote.speaker_start,
                                 end=quote.speaker_end, text=quote.speaker_text)
    return None
