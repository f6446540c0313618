"""Name spans: the working candidate record, span clean-up, and document-level keys.

A candidate is a mutable working record of the entities stage; it becomes a frozen
``Mention`` at the end. Clean-up keeps titles, articles, possessives and punctuation out of
the name span (they go to ``title``/``role`` instead), because the same person must get the
same span text whether the article writes "Mr. Lammy", "Lammy's" or "David Lammy".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcetrace.capabilities.entities.lexicon import Lexicon

__all__ = ["Candidate", "clean_span", "is_all_caps", "person_tokens", "surname"]

#: How much a source is trusted when two candidates overlap (higher wins).
PRIORITY = {
    "dateline": 6,
    "acronym": 5,
    "cue": 4,
    "known": 4,
    "model": 3,
    "rule": 2,
    "context": 2,
    "propagated": 1,
}
COARSE = {"PERSON": "PERSON", "GPE": "LOC", "LOC": "LOC"}

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_EDGE_PUNCT = "\"'“”„«»‹›()[]{},.;:!?-–—/\\*•|"
#: A generational suffix ending a name ("Jr", "Sr"), whose period belongs to the name.
_SUFFIX_BEFORE = re.compile(r"\w[ \u00a0]+(?:Jr|Sr)$")
_WORD = re.compile(r"[\w'’.-]+")
#: A capitalised word and a lowercase one before a name: "Según el Gobierno".
_LEAD_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]*[ \u00a0]+([a-zà-ÿ]+)[ \u00a0]+(?=[A-ZÀ-Þ])")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    label: str
    source: str
    title: str | None = None
    role: str | None = None
    role_org: str | None = None
    key: str | None = None

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def coarse(self) -> str:
        return COARSE.get(self.label, "ORG")


def is_all_caps(text: str) -> bool:
    """True for a stretch written in capitals (headlines, sports tables, datelines)."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) / len(letters) > 0.8


def clean_span(text: str, cand: Candidate, lex: Lexicon) -> Candidate | None:
    """Trim ``cand`` to the name itself; ``None`` when nothing name-like is left."""
    start, end = cand.start, cand.end
    # A name never runs over a line break (a heading glued to the next paragraph).
    newline = text.find("\n", start, end)
    if newline != -1:
        start, end = (
            (start, newline) if newline - start >= end - newline - 1 else (newline + 1, end)
        )
    # Nor over a spaced dash ("San Jose - Cisco", "SOCCER - JAPAN"): the longer side stays.
    dash = re.search(r"[ \u00a0][-–—][ \u00a0]", text[start:end])
    if dash:
        cut_left, cut_right = start + dash.start(), start + dash.end()
        start, end = (start, cut_left) if cut_left - start >= end - cut_right else (cut_right, end)
    changed = True
    while changed and start < end:
        changed = False
        while start < end and (text[start].isspace() or text[start] in _EDGE_PUNCT):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCT):
            if (
                text[end - 1] == "."
                and end - start >= 2
                and text[end - 2].isupper()
                and (end - start == 2 or not text[end - 3].isalpha())
            ):
                break  # an initial or abbreviation: "P." / "U.S."
            if text[end - 1] == "." and _SUFFIX_BEFORE.search(text, start, end - 1):
                break  # a generational suffix keeps its period: "Jamiel Shaw Sr."
            end -= 1
        possessive = _POSSESSIVE.search(text, start, end)
        if possessive and possessive.start() > start:
            end = possessive.start()
            changed = True
        first = _WORD.match(text, start, end)
        if first is None:
            return None
        word = first.group().rstrip(".").casefold()
        lead = _LEAD_WORD.match(text, start, end)
        if lead and lead.group(1) in lex.determiners:
            start = lead.end()  # "Según el Gobierno": a sentence's first word glued to a name
            changed = True
            continue
        elided = re.match(r"(?i)(l|d)['’]", text[start:end])
        if elided and end - start > 2 and f"{elided.group(1).lower()}'" in lex.determiners | {"d'"}:
            start += 2
            changed = True
        elif (
            (word in lex.determiners or word in lex.connectors)
            and first.group()[0].islower()
            and first.end() < end
        ):
            start = first.end()
            changed = True
        elif (
            cand.label == "PERSON"
            and first.end() < end
            and (word in lex.honorifics or word in lex.role_nouns)
        ):
            if word in lex.honorifics:
                cand.title = first.group().rstrip(".")
            start = first.end()
            changed = True
    # A list or a sentence glued to a name: "Christie and", "Facebook and the".
    tail_word = re.search(r"[ \u00a0]+([a-zà-öø-ÿ'’]+)$", text[start:end])
    while tail_word and tail_word.start() > 0 and (
        tail_word.group(1) in lex.connectors or tail_word.group(1) in lex.determiners
    ):
        end = start + tail_word.start()
        tail_word = re.search(r"[ \u00a0]+([a-zà-öø-ÿ'’]+)$", text[start:end])
    if start >= end or not any(ch.isalpha() for ch in text[start:end]):
        return None
    # A score or a count glued to a name: "Waqar Younis 44", "Ajax 2".
    number = re.search(r"(?:[ \u00a0]+[\d.,]+)+$", text[start:end])
    if number and number.start() > 0:
        end = start + number.start()
    # A determiner with a sentence's capital before an institution word is no part of the
    # name: "La Fiscalía", "El Tribunal Primero" ("La Paz", "El Salvador" keep theirs).
    lead_det = re.match(r"([A-ZÀ-Þ]\w*)[ \u00a0]+(\w+)", text[start:end])
    if (
        lead_det
        and lead_det.group(1).casefold() in lex.determiners
        and lead_det.group(2) in lex.org_keywords
    ):
        start += lead_det.start(2)
    # A sentence's "The" before a name of several words: "The International Monetary Fund".
    lead_the = re.match(r"The[ \u00a0]+(?=\S+[ \u00a0]+\S)", text[start:end])
    if lead_the and "the" in lex.determiners and cand.label != "PERSON":
        start += lead_the.end()
    # Where names capitalise every word (Spanish), "Gobierno extremeño" is "Gobierno" qualified.
    tail = re.search(r"(?:[ \u00a0]+[a-zà-öø-ÿ]+)+$", text[start:end])
    # A person's name never ends in a lowercase word either: "Anitta Hipper affirme".
    trim = lex.data.trim_lowercase_tail or cand.label == "PERSON"
    if trim and tail and tail.start() > 0 and text[start].isupper():
        end = start + tail.start()
        while end > start and text[end - 1] in _EDGE_PUNCT:
            end -= 1
    cand.start, cand.end = start, end
    return cand


def person_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\u00a0]+", name) if t]


def surname(name: str, lex: Lexicon) -> str | None:
    """The last name word of a full name ("Boris Pistorius" → "Pistorius"); None for one word."""
    tokens = person_tokens(name)
    if len(tokens) < 2:
        return None
    last = tokens[-1]
    if last.endswith(".") or len(last) < 2:
        return None
    return last


def key_for(label: str, canonical: str) -> str:
    family = {"PERSON": "person", "GPE": "place", "LOC": "place"}.get(label, "org")
    norm = re.sub(r"[\s\u00a0]+", " ", canonical).strip().casefold()
    return f"{family}:{norm}"
