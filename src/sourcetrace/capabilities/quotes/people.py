"""The people of one article, for speaker resolution: person mentions in text order, their
gender and full names, and where they stand in their clause; and the ``Speaker`` record.

People come from the entities stage's PERSON mentions (or the parse's PERSON spans) and
from rules (an honorific, a role or a known first name before capitalised words). A
pronoun goes to the nearest earlier person of compatible gender that is neither inside
someone's reported content nor an object; a surname alone takes the full name given
earlier in the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sourcetrace.lang.speech_patterns import SpeechPatterns
from sourcetrace.text.segments import Token, is_capitalised, tokenize

_ELIDED = re.compile(r"^(?:l|d|qu)['’]", re.IGNORECASE)

__all__ = ["People", "Person", "Speaker", "capital_run", "capital_run_back", "is_role",
           "same_surname", "surname"]


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
        #: People who are the subject of their clause ("Medvedev, close to Putin, warned").
        self.subjects: set[int] = set()
        if parsed is not None:
            self._read_roles(parsed)
        self.genders: dict[str, str] = {}
        for person in self.mentions:
            gender = person.gender or self._gender_of(person)
            if gender:
                self.genders.setdefault(surname(person.text), gender)

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
            # The subject may be the title the name stands beside ("l'ancien président
            # Dmitri Medvedev se faisait belliqueux") or a paragraph break.
            head = token
            for _ in range(3):
                if not (head.is_space or head.dep_ in {"appos", "flat", "flat:name", "compound"}):
                    break
                head = head.head
            if token.head.is_space:
                head = token.head
            if head.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}:
                self.subjects.add(person.start)
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
        return any(same_surname(p.text, name) for p in self.mentions)

    def _by_rules(self) -> list[Person]:
        tokens = tokenize(self.text)
        people = []
        for index, token in enumerate(tokens):
            lower = token.lower
            gender = self.speech.honorifics.get(lower)
            a_role = is_role(lower, self.speech)
            known_first = self.speech.first_names.get(lower)
            if gender is None and not a_role and known_first is None:
                continue
            start = (
                index if known_first is not None and gender is None and not a_role else index + 1
            )
            run = capital_run(tokens, start, self.speech)
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
            if same_surname(person.text, name) and len(person.text) > len(name):
                if best is None or person.start < start:
                    best = person
        if best is None:
            return name, start, end
        return best.text, best.start, best.end

    def gender(self, name: str) -> str:
        return self.genders.get(surname(name), "")

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

    def role_holder(self, role: str, position: int) -> tuple[int, int, str] | None:
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
            run = capital_run(after, 0, self.speech)
            if run:
                candidates.append((abs(match.start() - position), run[0].start, run[-1].end, ""))
                continue
            before = tokenize(self.text, max(0, match.start() - 80), match.start())
            while before and (
                before[-1].lower in self.speech.determiners or before[-1].text == ","
            ):
                before = before[:-1]
            back = capital_run_back(before, self.speech)
            if back and self.knows(self.text[back[0].start : back[-1].end]):
                candidates.append((abs(match.start() - position), back[0].start, back[-1].end, ""))
        if not candidates:
            return None
        _, start, end, _ = min(candidates)
        return start, end, self.text[start:end]


def is_role(word: str, speech: SpeechPatterns) -> bool:
    if word in speech.role_nouns:
        return True
    return speech.compound_nouns and any(
        word.endswith(role) and len(role) >= 6 for role in speech.role_nouns
    )


def capital_run(tokens: list[Token], start: int, speech: SpeechPatterns) -> list[Token]:
    """Capitalised words from ``start`` (name particles allowed inside), at most five."""
    run: list[Token] = []
    k = start
    while k < len(tokens) and len(run) < 5:
        token = tokens[k]
        if is_capitalised(token.text) and token.is_word and not is_role(token.lower, speech):
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


def capital_run_back(tokens: list[Token], speech: SpeechPatterns) -> list[Token]:
    run: list[Token] = []
    for token in reversed(tokens):
        if is_capitalised(token.text) and token.is_word and not is_role(token.lower, speech):
            run.insert(0, token)
        else:
            break
    return run[-4:]


def surname(name: str) -> str:
    parts = name.replace("’s", "").replace("'s", "").split()
    return parts[-1].lower() if parts else ""


def same_surname(full: str, name: str) -> bool:
    """ "Fernando Grande-Marlaska" and "Marlaska" share a surname; so do "Pistorius" forms."""
    a, b = surname(full), surname(name)
    return bool(a) and (a == b or a.endswith("-" + b))
