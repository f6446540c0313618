"""Who is speaking: read a speaker phrase, classify it, resolve pronouns and roles.

Coreference models cannot run offline, so resolution is ours and rule-based:
- a pronoun goes to the nearest earlier person mention of compatible gender (gender from
  an honorific before the name, a known first name, or a pronoun already tied to it);
- a role ("the Home Secretary", "le ministre de l'Intérieur") goes to the person named
  with that role elsewhere in the article ("Home Secretary James Cleverly");
- a surname alone takes the full name given earlier in the article.
People come from spaCy's PERSON entities when the document was parsed, and from rules
(honorific or role or known first name before capitalised words) otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sourcetrace.lang.speech_patterns import ANY_BODY, SpeechPatterns
from sourcetrace.text.segments import Token, is_capitalised, tokenize

__all__ = ["People", "Person", "Speaker", "SpeakerReader"]

_ELIDED = re.compile(r"^(?:l|d|qu)['’]", re.IGNORECASE)
_INVERTED = re.compile(r"^(?P<verb>\w+?)(?:-t)?-(?P<pronoun>il|elle|ils|elles|on)$", re.IGNORECASE)
#: How far back (characters) "it said" looks for the institution it stands for.
_BODY_REACH = 600
_INSTITUTION_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "MISC"})


@dataclass(frozen=True, slots=True)
class Person:
    start: int
    end: int
    text: str
    gender: str


@dataclass(frozen=True, slots=True)
class Speaker:
    """``text``/``start``/``end``: who speaks (resolved when possible); ``mention_*``: the
    words of the attribution that point at them ("he", "the Home Secretary"). A pronoun
    the article does not resolve has no ``text``: a speaker's text is never "it"."""

    kind: str
    text: str | None
    start: int | None
    end: int | None
    mention_start: int
    mention_end: int
    #: The earlier name the words stand for when they are a description ("the group" ->
    #: "National Rifle Association"): the speaker's entity is read there.
    ref_start: int | None = None
    ref_end: int | None = None


class People:
    """Person mentions of one article in text order, with gender and full-name grouping."""

    def __init__(
        self,
        text: str,
        speech: SpeechPatterns,
        parsed: Any,
        excluded: list[tuple[int, int]],
        persons: Sequence[tuple[int, int]] | None = None,
    ) -> None:
        """``persons``: the article's people as the entities stage read them (one reading
        of names for the whole pipeline); without them, the parse's PERSON spans."""
        self.text = text
        self.speech = speech
        found: dict[int, Person] = {}
        if persons is None and parsed is not None:
            persons = [
                (e.start_char, e.end_char) for e in parsed.ents if e.label_ in {"PERSON", "PER"}
            ]
        for span_start, span_end in persons or ():
            start, gender = self._strip_honorific(span_start, span_end)
            if start < span_end:
                found[start] = Person(start, span_end, text[start:span_end], gender)
        for person in self._by_rules():
            found.setdefault(person.start, person)
        kept = [p for p in found.values() if not any(a <= p.start < b for a, b in excluded)]
        self.mentions = sorted(kept, key=lambda p: p.start)
        #: Where people stand in their clause, from the parse: inside a cue's reported
        #: content ("Lind said [Weber had promised …]"), or an object ("told [Weber]").
        self.in_content: set[int] = set()
        self.objects: set[int] = set()
        if parsed is not None:
            self._read_roles(parsed)
        self.genders: dict[str, str] = {}
        for person in self.mentions:
            gender = person.gender or self._gender_of(person)
            if gender:
                self.genders.setdefault(_surname(person.text), gender)

    def _read_roles(self, parsed: Any) -> None:
        cues = self.speech.cue_lemmas | self.speech.attitude_lemmas
        by_char = {token.idx: token for token in parsed}
        for person in self.mentions:
            token = by_char.get(person.start)
            if token is None:
                continue
            # The name's head word: the last token of the mention inside the same phrase.
            while token.head.i != token.i and person.start <= token.head.idx < person.end:
                token = token.head
            if token.dep_ in {"dobj", "pobj", "dative", "iobj", "obj", "obl"}:
                self.objects.add(person.start)
            for ancestor in token.ancestors:
                if ancestor.dep_ in {"ccomp", "xcomp"} and ancestor.head.lemma_ in cues:
                    self.in_content.add(person.start)
                    break

    def _strip_honorific(self, start: int, end: int) -> tuple[int, str]:
        """Where the name starts after an honorific, and the gender it gives; a weekday or
        time word before the name ("Lundi Emmanuel Macron") is dropped too."""
        tokens = tokenize(self.text, start, end)
        gender = ""
        while len(tokens) > 1 and (
            tokens[0].lower in self.speech.honorifics or tokens[0].lower in self.speech.phrase_stops
        ):
            gender = self.speech.honorifics.get(tokens[0].lower, gender)
            tokens = tokens[1:]
        if not tokens:
            return end, gender
        return tokens[0].start, gender

    def knows(self, name: str) -> bool:
        """True when ``name`` (or its surname) is a person mentioned in the article."""
        return any(_same_surname(p.text, name) for p in self.mentions)

    def _by_rules(self) -> list[Person]:
        tokens = tokenize(self.text)
        people = []
        for index, token in enumerate(tokens):
            lower = token.lower
            gender = self.speech.honorifics.get(lower)
            is_role = _is_role(lower, self.speech)
            known_first = self.speech.first_names.get(lower)
            if gender is None and not is_role and known_first is None:
                continue
            start = (
                index if known_first is not None and gender is None and not is_role else index + 1
            )
            run = _capital_run(tokens, start, self.speech)
            if not run or (known_first is not None and len(run) < 2 and start == index):
                continue
            first, last = run[0], run[-1]
            name = self.text[first.start : last.end]
            people.append(Person(first.start, last.end, name, gender or known_first or ""))
        return people

    def _gender_of(self, person: Person) -> str:
        before = tokenize(self.text, max(0, person.start - 12), person.start)
        if before and before[-1].lower in self.speech.honorifics:
            return self.speech.honorifics[before[-1].lower]
        first = person.text.split()[0].lower()
        return self.speech.first_names.get(first, "")

    def add(self, person: Person) -> None:
        self.mentions.append(person)
        self.mentions.sort(key=lambda p: p.start)

    def full_name(self, start: int, end: int, name: str) -> tuple[str, int, int]:
        """The fullest earlier (or, failing that, any) form of the person called ``name``."""
        best: Person | None = None
        for person in self.mentions:
            if _same_surname(person.text, name) and len(person.text) > len(name):
                if best is None or person.start < start:
                    best = person
        if best is None:
            return name, start, end
        return best.text, best.start, best.end

    def gender(self, name: str) -> str:
        return self.genders.get(_surname(name), "")

    def antecedent(self, position: int, gender: str) -> Person | None:
        """The nearest person mentioned before ``position`` whose gender fits ``gender``:
        first one who is a subject outside anyone's reported content (a speaker, an
        actor), then one outside reported content, then anyone."""
        earlier = [p for p in reversed(self.mentions) if p.end <= position]
        fits = [
            p for p in earlier
            if not (known := p.gender or self.gender(p.text)) or not gender or known == gender
        ]
        for person in fits:
            if person.start not in self.in_content and person.start not in self.objects:
                return person
        for person in fits:
            if person.start not in self.in_content:
                return person
        return fits[0] if fits else None


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
        speaker = self._read(tokens)
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
        if any(_is_role(w, self.speech) for w in words):
            return self._role(tokens)
        content = self._drop_determiner(tokens)
        if content and any(is_capitalised(t.text) for t in content):
            text = self.text[content[0].start : content[-1].end]
            return Speaker("institution", text, content[0].start, last.end, first.start, last.end)
        definite = words[0] in self.speech.determiners or words[0][:2] in {"l'", "l’"}
        if len(tokens) == 1 and not definite and self.nouns.get(first.start) == "Sing":
            return None  # "claimed responsibility" read backwards: a bare noun says nothing
        kind = "institution" if definite else "unnamed"
        return Speaker(kind, phrase, first.start, last.end, first.start, last.end)

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
                     or _is_role(t.lower, self.speech))
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
        run = _capital_run_back(before, self.speech)
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
                if not any(_is_role(w, self.speech) for w in before) or not name:
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
            if _is_role(lower, self.speech):
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
            holder = self._role_holder(role, first.start)
            words = role.split()
            while holder is None and len(words) > 2:
                # "France's interior minister" named as "Interior Minister Claire Vautrin":
                # the holder may be named with fewer words, never fewer than two.
                words = words[1:]
                shorter = " ".join(words)
                holder = self._role_holder(shorter, core[0].start + len(role) - len(shorter))
            if holder is not None:
                full, f_start, f_end = self.people.full_name(*holder)
                return Speaker("role", full, f_start, f_end, first.start, last.end)
        return Speaker("role", phrase, None, None, first.start, last.end)

    def _skip_complement(self, tokens: list[Token]) -> list[Token]:
        """Drop a role's complement ("de l'Intérieur", "of State") and a comma after it."""
        k = 0
        while k < len(tokens) and tokens[k].text in self.speech.name_particles:
            k += 1
            if k < len(tokens) and (
                _ELIDED.match(tokens[k].text) or is_capitalised(tokens[k].text)
            ):
                k += 1
                break
        if k < len(tokens) and _ELIDED.match(tokens[k].text):
            k += 1
        while k < len(tokens) and tokens[k].text == ",":
            k += 1
        return tokens[k:]

    def _role_holder(self, role: str, position: int) -> tuple[int, int, str] | None:
        """Where the article names the holder of ``role``: "Role Name" or "Name, the role"."""
        words = [re.escape(w) for w in role.split()]
        left = "" if self.speech.compound_nouns else r"(?<!\w)"
        pattern = re.compile(left + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
        candidates: list[tuple[int, int, int, str]] = []
        for match in pattern.finditer(self.text):
            if match.start() == position or abs(match.start() - position) < 1:
                continue
            after = tokenize(self.text, match.end(), min(len(self.text), match.end() + 80))
            after = self._skip_complement(after)
            run = _capital_run(after, 0, self.speech)
            if run:
                candidates.append((abs(match.start() - position), run[0].start, run[-1].end, ""))
                continue
            before = tokenize(self.text, max(0, match.start() - 80), match.start())
            while before and (
                before[-1].lower in self.speech.determiners or before[-1].text == ","
            ):
                before = before[:-1]
            back = _capital_run_back(before, self.speech)
            if back and self.people.knows(self.text[back[0].start : back[-1].end]):
                candidates.append((abs(match.start() - position), back[0].start, back[-1].end, ""))
        if not candidates:
            return None
        _, start, end, _ = min(candidates)
        return start, end, self.text[start:end]


def _is_role(word: str, speech: SpeechPatterns) -> bool:
    if word in speech.role_nouns:
        return True
    return speech.compound_nouns and any(
        word.endswith(role) and len(role) >= 6 for role in speech.role_nouns
    )


def _capital_run(tokens: list[Token], start: int, speech: SpeechPatterns) -> list[Token]:
    """Capitalised words from ``start`` (name particles allowed inside), at most five."""
    run: list[Token] = []
    k = start
    while k < len(tokens) and len(run) < 5:
        token = tokens[k]
        if is_capitalised(token.text) and token.is_word and not _is_role(token.lower, speech):
            run.append(token)
        elif (
            run
            and token.lower in speech.name_particles
            and k + 1 < len(tokens)
            and is_capitalised(tokens[k + 1].text)
        ):
            run.append(token)
        else:
            break
        k += 1
    return run


def _capital_run_back(tokens: list[Token], speech: SpeechPatterns) -> list[Token]:
    run: list[Token] = []
    for token in reversed(tokens):
        if is_capitalised(token.text) and token.is_word and not _is_role(token.lower, speech):
            run.insert(0, token)
        else:
            break
    return run[-4:]


def _surname(name: str) -> str:
    parts = name.replace("’s", "").replace("'s", "").split()
    return parts[-1].lower() if parts else ""


def _same_surname(full: str, name: str) -> bool:
    """ "Fernando Grande-Marlaska" and "Marlaska" share a surname; so do "Pistorius" forms."""
    a, b = _surname(full), _surname(name)
    return bool(a) and (a == b or a.endswith("-" + b))
