"""Who is speaking: read a speaker phrase, classify it, resolve pronouns, roles and
descriptions. Rule-based (coreference models cannot run offline): a pronoun goes to the
nearest compatible person (``people.People``), a role to the person named with it, and a
description ("the group", "la proveedora") to the organisation named earlier that it fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sourcetrace.capabilities.quotes.people import (
    People,
    Person,
    Speaker,
    capital_run_back,
    is_role,
)
from sourcetrace.lang.speech_patterns import ANY_BODY, SpeechPatterns
from sourcetrace.text.segments import Token, is_capitalised, tokenize

__all__ = ["Speaker", "SpeakerReader"]

_ELIDED = re.compile(r"^(?:l|d|qu)['’]", re.IGNORECASE)
_INVERTED = re.compile(r"^(?P<verb>\w+?)(?:-t)?-(?P<pronoun>il|elle|ils|elles|on)$", re.IGNORECASE)
#: How far back (characters) "it said" looks for the institution it stands for.
_BODY_REACH = 600
_INSTITUTION_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "MISC"})


class SpeakerReader:
    """Turns the words before or after a cue into a classified, resolved ``Speaker``."""

    def __init__(
        self,
        text: str,
        speech: SpeechPatterns,
        parsed: Any,
        people: People,
        names: Sequence[tuple[int, int, str]] = (),
    ) -> None:
        """``names``: the article's named mentions as (start, end, label), from the
        entities stage: a description ("the agency") is linked to one of them."""
        self.text = text
        self.names = sorted(names)
        #: Without a parse (German), a phrase read back from a cue may run past its
        #: subject into the verb ("Karl Lauterbach wusste bereits … zu berichten").
        self.parsed = parsed is not None
        self.speech = speech
        self.people = people
        self.labels: dict[int, str] = {}
        #: Institutions that can be "it": speakers read so far and the parse's
        #: organisations, as (start, end, text).
        self.bodies: list[tuple[int, int, str, bool]] = []
        #: Common nouns of the parse -> grammatical number ("Sing", "Plur").
        self.nouns: dict[int, str] = {}
        if parsed is not None:
            for token in parsed:
                if token.pos_ == "NOUN":
                    self.nouns[token.idx] = ",".join(token.morph.get("Number")) or "Sing"
            for ent in parsed.ents:
                for k in range(ent.start_char, ent.end_char):
                    self.labels[k] = ent.label_
                if ent.label_ == "ORG":
                    self.bodies.append((ent.start_char, ent.end_char, ent.text, False))

    def pronoun_token(self, token: Token) -> Speaker | None:
        """A French inverted subject ("a-t-il", "ajoute-t-elle") as a pronoun speaker."""
        match = _INVERTED.match(token.text)
        if not match or match.group("pronoun").lower() in self.speech.impersonal_pronouns:
            return None
        start = token.start + match.start("pronoun")
        return self._pronoun(start, token.end, match.group("pronoun"))

    def read(self, tokens: list[Token]) -> Speaker | None:
        """Classify the speaker phrase ``tokens`` and resolve it where the article allows."""
        acronym = next(
            (tokens[k + 1] for k in range(len(tokens) - 1)
             if tokens[k].text == "(" and is_capitalised(tokens[k + 1].text)),
            None,
        )
        if acronym is not None and tokens[0].text != "(":
            # "La operadora de la red de gas de Ucrania (Gtsou)": the name in brackets is
            # the institution's own; the words before it describe it.
            tokens = [t for t in tokens if t.end <= acronym.start - 1]
        speaker = self._issued(tokens) or self._read(tokens)
        if speaker is not None and acronym is not None and speaker.kind == "institution":
            return Speaker(speaker.kind, speaker.text, speaker.start, speaker.end,
                           speaker.mention_start, acronym.end, acronym.start, acronym.end)
        if speaker is not None and speaker.kind == "institution":
            speaker = self._described(speaker)
        if speaker is not None and speaker.kind == "institution" and speaker.start is not None:
            end = speaker.end or speaker.start
            self.bodies.append((speaker.start, end, speaker.text or "", True))
        return speaker

    def _read(self, tokens: list[Token]) -> Speaker | None:
        # A speaker never crosses a paragraph break ("10:30 a.m.⏎⏎Speaker Paul Ryan", a
        # headline before the subject): the part next to the cue is the speaker.
        for k in range(len(tokens) - 1, 0, -1):
            if "\n" in self.text[tokens[k - 1].end : tokens[k].start]:
                tokens = tokens[k:]
                break
        tokens = self._trim(tokens)
        if not self.parsed:
            tokens = self._subject_only(tokens)
        if not tokens:
            return None
        if len(tokens) == 1 and tokens[0].lower in self.speech.impersonal_pronouns:
            return None  # "on dit que …": nobody in particular
        first, last = tokens[0], tokens[-1]
        words = [t.lower for t in tokens]
        if len(tokens) == 1 and words[0] in self.speech.relative_pronouns:
            named = self._relative(first)
            if named is not None:
                return named
        if len(tokens) == 1:
            inverted = self.pronoun_token(first)
            if inverted is not None:
                return inverted
            if words[0] in self.speech.pronouns:
                return self._pronoun(first.start, first.end, first.text)
        phrase = self.text[first.start : last.end]
        titled = self._titled_person(tokens)
        if titled is not None:
            return titled
        if words[0] in self.speech.indefinites or (
            words[-1] in self.speech.source_nouns
            and (len(tokens) == 1 or not is_capitalised(last.text))
        ):
            return Speaker("unnamed", phrase, first.start, last.end, first.start, last.end)
        name, descriptor = self._name_part(tokens)
        if name:
            return self._named(name, descriptor, tokens)
        if any(is_role(w, self.speech) for w in words):
            return self._role(tokens)
        content = self._drop_determiner(tokens)
        if not content:
            return None  # a lone "das", "the": a pronoun object fronted, no one named
        if content and any(is_capitalised(t.text) for t in content):
            text = self.text[content[0].start : content[-1].end]
            return Speaker("institution", text, content[0].start, last.end, first.start, last.end)
        definite = words[0] in self.speech.determiners or words[0][:2] in {"l'", "l’"}
        if len(tokens) == 1 and not definite and self.nouns.get(first.start) == "Sing":
            return None  # "claimed responsibility" read backwards: a bare noun says nothing
        kind = "institution" if definite else "unnamed"
        return Speaker(kind, phrase, first.start, last.end, first.start, last.end)

    def _issued(self, tokens: list[Token]) -> Speaker | None:
        """A document with its issuer ("les études de l'Insee", "un rapport de
        l'Association …", "the figures of the ministry"): the issuer speaks."""
        words = [t for t in tokens if t.is_word]
        k = 1 if words and (words[0].lower in self.speech.determiners
                            or words[0].lower in self.speech.indefinites) else 0
        if k >= len(words) or words[k].lower not in self.speech.document_nouns:
            return None
        rest = words[k + 1 :]
        for j, token in enumerate(rest):
            if token.lower in self.speech.conjunctions:
                rest = rest[:j]  # "les études de l'Insee et de l'Ined": the first named
                break
        while rest and not is_capitalised(rest[0].text.split("'")[-1].split("’")[-1]) and (
                rest[0].lower not in self.speech.body_nouns):
            if rest[0].lower not in self.speech.name_particles and not _ELIDED.match(
                    rest[0].text) and rest[0].lower not in self.speech.determiners:
                return None  # "le rapport accablant": no issuer named
            rest = rest[1:]
        issuer = self._read(rest) if rest else None
        body = bool(rest) and rest[0].lower in self.speech.body_nouns
        if issuer is None or not (issuer.kind in {"institution", "name"} or body):
            return None
        kind = "institution" if body else issuer.kind
        return Speaker(kind, issuer.text, issuer.start, issuer.end,
                       words[0].start, words[-1].end, issuer.ref_start, issuer.ref_end)

    def names_someone(self, tokens: list[Token]) -> bool:
        """Whether ``tokens`` hold a person or a named mention (not just a capitalised
        sentence opener such as German "Dann")."""
        if not tokens:
            return False
        start, end = tokens[0].start, tokens[-1].end
        return (
            self.people.knows(self.text[start:end])
            or any(start <= p.start < end for p in self.people.mentions)
            or any(start < e and s < end for s, e, _ in self.names)
        )

    def _subject_only(self, tokens: list[Token]) -> list[Token]:
        """The phrase up to the person it opens with, when a lower-case word (a verb)
        follows the name: "Bundesgesundheitsminister Karl Lauterbach wusste bereits Anfang
        Dezember zu" -> "Bundesgesundheitsminister Karl Lauterbach". Only the words of a
        subject may come before the name: a determiner, a role, capitalised words."""
        if len(tokens) < 2:
            return tokens
        first, last = tokens[0], tokens[-1]
        for person in self.people.mentions:
            if not first.start <= person.start < person.end < last.end:
                continue
            before = [t for t in tokens if t.end <= person.start]
            after = [t for t in tokens if t.start >= person.end]
            if not after or not after[0].is_word or is_capitalised(after[0].text):
                return tokens
            if after[0].lower in self.speech.name_particles:
                return tokens  # "Karl Lauterbach von der SPD": the name goes on
            if any(
                not (t.lower in self.speech.determiners or is_capitalised(t.text)
                     or is_role(t.lower, self.speech))
                for t in before
            ):
                return tokens
            return [t for t in tokens if t.end <= person.end]
        return tokens

    def _described(self, speaker: Speaker) -> Speaker:
        """A description of an organisation ("the group", "la proveedora", "die Behörde")
        linked to the nearest earlier name it fits; a document ("the report") to the
        organisation the article says issued it. Anything else is left as it is."""
        if speaker.start is None or speaker.end is None:
            return speaker
        words = self._drop_determiner(tokenize(self.text, speaker.start, speaker.end))
        heads = [t for t in words if t.is_word]
        if not heads or any(
            is_capitalised(t.text)
            and t.lower not in self.speech.body_nouns
            and t.lower not in self.speech.document_nouns
            for t in heads
        ):
            return speaker  # a name ("the Pentagon"), not a description
        # The head is a noun of the lists before any complement: "le ministère de la
        # défense", "the federal agency"; not "les données du gouvernement", whose head
        # ("données") describes no organisation.
        front = list(heads)
        for k, t in enumerate(heads):
            if t.lower in self.speech.name_particles or _ELIDED.match(t.text):
                front = heads[:k]
                break
        head = next(
            (t.lower for t in front
             if t.lower in self.speech.body_nouns or t.lower in self.speech.document_nouns),
            None,
        )
        if head is None:
            return speaker
        if head in self.speech.body_nouns:
            labels = self.speech.body_nouns[head]
            # A name with the description's own noun in it ("Ministry of Defence" for "the
            # ministry") wins over a nearer one; a description with a complement of its
            # own ("le ministère de la défense") names something itself: only such a
            # name may stand for it.
            found = self._nearest_name(speaker.mention_start, labels, noun=head)
            after = heads[[t.lower for t in heads].index(head) + 1 :]
            own = any(t.lower in self.speech.name_particles or _ELIDED.match(t.text)
                      for t in after)
            if found is None and not own:
                found = self._nearest_name(speaker.mention_start, labels)
        else:
            found = self._issuer(head, speaker.mention_start)
        if found is None:
            return speaker
        return Speaker(
            speaker.kind, speaker.text, speaker.start, speaker.end,
            speaker.mention_start, speaker.mention_end, found[0], found[1],
        )

    def _nearest_name(
        self, position: int, labels: frozenset[str], since: int = 0, noun: str = ""
    ) -> tuple[int, int] | None:
        """The last name before ``position`` (and from ``since``) with one of ``labels``
        (and with the word ``noun`` in it, when given)."""
        fits = [
            (start, end) for start, end, label in self.names
            if label in labels and since <= start and end <= position
            and (not noun or noun in self.text[start:end].lower().split())
        ]
        return fits[-1] if fits else None

    def _issuer(self, noun: str, position: int) -> tuple[int, int] | None:
        """Who issued the document called ``noun``: an organisation named in the sentence
        where the article first speaks of such a document before ``position``."""
        pattern = re.compile(r"(?<!\w)" + re.escape(noun) + r"(?!\w)", re.IGNORECASE)
        for match in pattern.finditer(self.text, 0, position):
            begin = max(
                self.text.rfind(".", 0, match.start()), self.text.rfind("\n", 0, match.start())
            ) + 1
            stop = [k for k in (self.text.find(".", match.end()), self.text.find("\n", match.end()))
                    if k != -1]
            end = min([*stop, position])
            found = self._nearest_name(end, ANY_BODY, since=begin)
            if found is not None:
                return found
        return None

    def _relative(self, token: Token) -> Speaker | None:
        """ "Trump, who said …": the person named right before the relative pronoun."""
        before = tokenize(self.text, max(0, token.start - 80), token.start)
        while before and before[-1].text == ",":
            before = before[:-1]
        run = capital_run_back(before, self.speech)
        if not run:
            return None
        name = self.text[run[0].start : run[-1].end]
        if not self.people.knows(name):
            return None
        full, f_start, f_end = self.people.full_name(run[0].start, run[-1].end, name)
        return Speaker("name", full, f_start, f_end, token.start, token.end)

    def _titled_person(self, tokens: list[Token]) -> Speaker | None:
        """A person named at the end of a long title ("the Deputy Director for Border
        Security Anna Lind"): the person speaks, the title describes them."""
        first, last = tokens[0], tokens[-1]
        for person in self.people.mentions:
            if first.start < person.start and person.end == last.end:
                name = [t for t in tokens if t.start >= person.start]
                before = [t.lower for t in tokens if t.start < person.start]
                if before[-1] in self.speech.name_particles:
                    return None  # "la secretaria de Estado": the role's complement
                if not any(is_role(w, self.speech) for w in before) or not name:
                    return None
                return self._named(name, "role", tokens)
        return None

    def _trim(self, tokens: list[Token]) -> list[Token]:
        skip = self.speech.fillers | self.speech.complementizers | {"and", "et", "und", "y", "but"}
        while tokens and (not tokens[0].is_word or tokens[0].lower in skip):
            tokens = tokens[1:]
        # "On Monday Vladimir Putin said": the time before a subject is not the speaker.
        while len(tokens) > 1 and tokens[0].lower in self.speech.phrase_stops:
            tokens = tokens[1:]
        while tokens and (not tokens[-1].is_word or tokens[-1].lower in skip):
            tokens = tokens[:-1]
        return tokens

    def _drop_determiner(self, tokens: list[Token]) -> list[Token]:
        if tokens and tokens[0].lower in self.speech.determiners:
            return tokens[1:]
        return tokens

    def _name_part(self, tokens: list[Token]) -> tuple[list[Token], str]:
        """The proper name at the end of a phrase, after any role or outlet description."""
        descriptor = ""
        begin = 0
        for index, token in enumerate(tokens):
            lower = token.lower
            if is_role(lower, self.speech):
                descriptor, begin = "role", index + 1
            elif lower in self.speech.media_nouns:
                descriptor, begin = "media", index + 1
        k = begin
        if descriptor:
            # Skip the role's complement: "de l'Intérieur", "of State", "des Innern".
            while k < len(tokens) and (
                tokens[k].text in self.speech.name_particles or _ELIDED.match(tokens[k].text)
            ):
                elided = _ELIDED.match(tokens[k].text) is not None
                k += 1
                if elided:
                    break
                if (
                    k < len(tokens)
                    and is_capitalised(tokens[k].text)
                    and tokens[k - 1].lower in {"of", "de", "du", "des", "für", "del"}
                ):
                    k += 1
                    break
            while k < len(tokens) and tokens[k].text in ",":
                k += 1
        elif tokens and tokens[0].lower in self.speech.determiners:
            k = 1
        rest = tokens[k:]
        if not rest or not all(
            is_capitalised(t.text) or t.lower in self.speech.name_particles for t in rest
        ) or not is_capitalised(rest[-1].text):
            return [], descriptor
        if not descriptor and k == 1:
            descriptor = "determiner"
        return rest, descriptor

    def _named(self, name: list[Token], descriptor: str, tokens: list[Token]) -> Speaker:
        honorific = False
        while len(name) > 1 and name[0].lower in self.speech.honorifics:
            name, honorific = name[1:], True
        start, end = name[0].start, name[-1].end
        text = self.text[start:end]
        mention = (tokens[0].start, tokens[-1].end)
        label = self.labels.get(start)
        possessive = any(t.text.endswith(("'s", "’s")) for t in name)
        is_person = label in {"PERSON", "PER"} or (
            label is None
            and descriptor in {"", "role"}
            and not possessive
            and not (text.isupper() and len(text) > 1)
        )
        if descriptor in {"media", "determiner"} or label in _INSTITUTION_LABELS:
            is_person = False
        if honorific or (descriptor != "media" and not possessive and self.people.knows(text)):
            is_person = True
        if not is_person:
            return Speaker("institution", text, start, end, *mention)
        full, f_start, f_end = self.people.full_name(start, end, text)
        self.people.add(Person(start, end, text, self.people.gender(text)))
        if full != text:
            return Speaker("name", full, f_start, f_end, *mention)
        return Speaker("name", text, start, end, *mention)

    def _pronoun(self, start: int, end: int, word: str) -> Speaker:
        gender = self.speech.pronouns.get(word.lower(), "")
        if gender in {"m", "f"}:
            person = self.people.antecedent(start, gender)
            if person is not None:
                full, f_start, f_end = self.people.full_name(person.start, person.end, person.text)
                return Speaker("pronoun", full, f_start, f_end, start, end)
        elif gender in {"n", "p"}:
            # "…, it said": the nearest institution before, within a few paragraphs; "they"
            # only an institution that spoke (people are "they" as often).
            bodies = [
                b for b in self.bodies
                if b[1] <= start and start - b[1] < _BODY_REACH and (gender == "n" or b[3])
            ]
            if bodies:
                b_start, b_end, b_text, _ = max(bodies, key=lambda b: b[1])
                return Speaker("pronoun", b_text, b_start, b_end, start, end)
        if gender:
            # A third person the article does not resolve: the words point at nobody known.
            return Speaker("pronoun", None, None, None, start, end)
        return Speaker("pronoun", word, start, end, start, end)

    def _role(self, tokens: list[Token]) -> Speaker:
        core = self._drop_determiner(tokens)
        first, last = tokens[0], tokens[-1]
        phrase = self.text[first.start : last.end]
        if core:
            role = self.text[core[0].start : core[-1].end]
            holder = self.people.role_holder(role, first.start)
            words = role.split()
            while holder is None and len(words) > 2:
                # "France's interior minister" named as "Interior Minister Claire Vautrin":
                # the holder may be named with fewer words, never fewer than two.
                words = words[1:]
                shorter = " ".join(words)
                holder = self.people.role_holder(shorter, core[0].start + len(role) - len(shorter))
            if holder is not None:
                full, f_start, f_end = self.people.full_name(*holder)
                return Speaker("role", full, f_start, f_end, first.start, last.end)
        return Speaker("role", phrase, None, None, first.start, last.end)
