"""Candidates from a spaCy model's entities, with the checks that keep its misreadings out.

The model reads a capitalised common word at a sentence's start ("Según", "Insgesamt"), a
German common noun ("Rückführungen") or a descriptor before a name ("Terrormiliz
Islamischer Staat") as a name; these checks drop or trim such readings. An entity-only
model (German) has no part-of-speech tags, so the tag checks give way to word lists.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sourcetrace.capabilities.entities.gazetteer import Place
from sourcetrace.capabilities.entities.lexicon import Lexicon
from sourcetrace.capabilities.entities.names import Candidate

__all__ = ["MODEL_LABELS", "NAME_POS", "model_candidates"]

#: spaCy labels (English OntoNotes; French/Spanish WikiNER) → ours. Others are no mention.
MODEL_LABELS: Mapping[str, str] = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
}
#: Parts of speech a name contains (the small Spanish model tags adverbs as PER).
NAME_POS = frozenset({"PROPN", "NOUN", "X", "NUM"})


def _common_word_opening(ent: Any, parsed: Any, lex: Lexicon) -> bool:
    """A name that is also a common word, opening a sentence as the modifier of a lowercase
    noun ("Shell casings were found", "Apple trees") and written nowhere else in the text away
    from a sentence start (where it would be the name: "a Shell spokesman"), is the word."""
    if len(ent) != 1 or not ent[0].is_sent_start or ent.text not in lex.common_names:
        return False
    word, head = ent[0], ent[0].head
    if word.dep_ not in ("compound", "amod") or head.i != word.i + 1 or not head.text.islower():
        return False
    return not any(t.text == word.text and not t.is_sent_start for t in parsed)


#: Opening punctuation after which a word starts a sentence or a quotation: "« Rapatrier".
_OPENERS = frozenset("«‹“„\"'‘([¿¡—–-”")  # "”" too: a closing mark typed as an opener


#: What ends the text before a sentence's (or a quotation's) first word.
_SENTENCE_ENDS = frozenset(".!?:;…")


def _opens_sentence(token: Any) -> bool:
    """The token is the first word of a sentence, a paragraph or a quotation: only opening
    punctuation stands between it and a sentence end, a line break or the text's start
    (the parser's sentences may run over a paragraph break)."""
    doc = token.doc
    for i in range(token.i - 1, -1, -1):
        left = doc[i]
        if "\n" in left.text or left.text in _SENTENCE_ENDS:
            return True
        if not (left.is_space or left.text in _OPENERS):
            return False
    return True


def _common_word(ent: Any, text: str, lex: Lexicon, places: Mapping[str, Place]) -> bool:
    """A one-word model name that is a common word of the language, not a name:

    - the model's own tagger calls it a common noun or adjective ("l'État", "au Centre",
      "des Françaises"), and it is no known name or place;
    - it opens a sentence or a quotation, is never written with its capital inside a
      sentence, and the article also writes it in lower case or a quotation mark or
      bracket opens right before it ("« Rapatrier", "(Información").
    """
    if len(ent) != 1:
        return False
    word = ent[0]
    surface = ent.text
    if (
        surface in lex.known
        or surface in places
        or surface in lex.first_names
        or surface in lex.person_surnames  # "Macron" tagged a noun is still Macron
        or surface.isupper()  # "RN", "RT": an acronym is a name whatever its tag
    ):
        return False
    if word.pos_ in ("NOUN", "ADJ"):
        return True
    if not _opens_sentence(word):
        return False
    if any(t.text == surface and not _opens_sentence(t) for t in word.doc):
        return False  # written with its capital inside a sentence too: a name
    before = word.doc[word.i - 1] if word.i else None
    quoted = before is not None and before.text[-1:] in _OPENERS
    return quoted or re.search(rf"(?<!\w){re.escape(surface.lower())}(?!\w)", text) is not None


def model_candidates(
    parsed: Any, caps_lines: list[tuple[int, int]], lex: Lexicon, places: Mapping[str, Place]
) -> list[Candidate]:
    out = []
    # An entity-only pipeline (German) has no part-of-speech tags to check names against.
    tagged = parsed.has_annotation("POS")
    text = parsed.text
    for ent in parsed.ents:
        label = MODEL_LABELS.get(ent.label_)
        if label is None and tagged and ent.label_ == "MISC" and _institution(ent, lex):
            label = "ORG"  # "El Tribunal Primero de Sentencia": WikiNER's MISC, an institution
        if label is None:
            continue
        if any(s <= ent.start_char < e for s, e in caps_lines):
            continue  # the model reads capitals as names everywhere; other layers cover these
        if tagged and (not any(t.pos_ in NAME_POS for t in ent) or (
            len(ent) == 1 and ent[0].is_sent_start and ent[0].pos_ != "PROPN"
        )):
            continue  # "Según", "También", "Amonestación": a capitalised first word, no name
        if tagged:
            ent = _trim_function_words(ent)
            if ent is None:
                continue
        if _common_word_opening(ent, parsed, lex) or _common_word(ent, text, lex, places):
            continue
        if tagged and _opening_only(ent, lex, places):
            continue
        if not tagged and _common_noun(ent.text, lex, places):
            continue  # "Rückführungen", "Ermittlung": a German common noun the model tagged
        start = ent.start_char if tagged else _after_descriptor(ent, lex)
        end = ent.end_char if tagged else _genitive_end(ent, text, lex)
        out.append(Candidate(start, end, label, "model"))
    return out


#: Parts of speech never at the edge of a name: "en Estados Unidos", "Fiscalía afirmó".
_EDGE_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "VERB", "AUX", "ADV", "PUNCT"})


def _trim_function_words(ent: Any) -> Any:
    """The span without lowercase function words and verbs at its edges, which the model
    glues to a name ("en Nicaragua", "Fiscalía afirmó", "En relación" → "relación", then no
    name); None when nothing is left."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].pos_ in _EDGE_POS and (
        ent.doc[start].text.islower()
        or (start == ent.start and ent.doc[start].pos_ == "ADP" and _opens_sentence(ent.doc[start]))
    ):
        start += 1
    while end > start and ent.doc[end - 1].pos_ in _EDGE_POS and ent.doc[end - 1].text.islower():
        end -= 1
    if start == end:
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return ent.doc[start:end]


def _opening_only(ent: Any, lex: Lexicon, places: Mapping[str, Place]) -> bool:
    """One word, opening each sentence or quotation where the article writes it, never
    written inside a sentence, inside a longer name or in capitals, and read by the tagger as
    a verb or a function word at least once: a capitalised verb or adverb the model took for
    a name ("”Haré todo lo necesario"), unless a list knows it as a name or a place."""
    if len(ent) != 1:
        return False
    surface = ent.text
    if (
        surface in lex.known
        or surface in places
        or surface in lex.first_names
        or surface in lex.person_surnames
        or sum(ch.isupper() for ch in surface) > 1
        or not _opens_sentence(ent[0])
    ):
        return False
    same = [t for t in ent.doc if t.text == surface]
    return all(_opens_sentence(t) for t in same) and any(t.pos_ in _WORD_POS for t in same)


#: Parts of speech of a word that is no name.
_WORD_POS = frozenset({"VERB", "AUX", "ADV", "DET", "PRON", "SCONJ", "CCONJ", "ADP"})


def _institution(ent: Any, lex: Lexicon) -> bool:
    """A span of two words or more whose first word after a determiner is an organisation
    word of the language ("Tribunal", "Compañía", "Ministerio") and whose words are names."""
    words = [t for t in ent if not (t.pos_ == "DET" and t.i == ent.start)]
    return (
        len(words) >= 2
        and words[0].text in lex.org_keywords
        and words[-1].text[:1].isupper()
        and all(t.text[:1].isupper() or t.pos_ in ("ADP", "DET", "CCONJ") for t in words)
    )


def _common_noun(surface: str, lex: Lexicon, places: Mapping[str, Place]) -> bool:
    """One word with a common-noun ending that no list knows as a name or a place."""
    endings = lex.data.common_noun_endings
    return (
        bool(endings)
        and " " not in surface
        and surface.casefold().endswith(endings)
        and surface not in lex.known
        and surface not in places
    )


def _after_descriptor(ent: Any, lex: Lexicon) -> int:
    """Where a name starts inside an untagged model's span that opens with a descriptor: a
    capitalised noun before a known name describes it ("Terrormiliz | Islamischer Staat"),
    as in the rule tagger. A connector inside keeps the span whole ("Bundesamt für
    Verfassungsschutz")."""
    if len(ent) < 2 or any(t.text.casefold() in lex.connectors for t in ent):
        return int(ent.start_char)
    for k in range(1, len(ent)):
        if ent[k:].text in lex.known:
            return int(ent[k].idx)
    first = ent[0].text
    endings = lex.data.common_noun_endings
    if (
        endings
        and first.casefold().endswith(endings)
        and not first.endswith(_ADJECTIVE_ENDINGS)  # "Russischen Föderation"
        and first not in lex.org_keywords
        and not first.casefold().endswith(tuple(lex.data.org_endings))
        and all(t.text[:1].isupper() for t in ent[1:])
    ):
        return int(ent[1].idx)  # "Außenpolitik | Emmanuel Macrons": a common noun before a name
    return int(ent.start_char)


#: Inflected adjective endings: such a first word is part of the name
#: ("Zentralafrikanische Republik"), not a noun before it.
_ADJECTIVE_ENDINGS = ("e", "en", "er", "em", "es")


def _genitive_end(ent: Any, text: str, lex: Lexicon) -> int:
    """Where an untagged model's span of two words ends when its first word is a name in the
    genitive and the second a common noun: "Macrons | Ansatz", "Kiews | Unterstützern". The
    name is known as such from the article, which writes it alone elsewhere."""
    if len(ent) != 2 or not ent[0].text.endswith("s") or len(ent[0].text) < 4:
        return int(ent.end_char)
    name, noun = ent[0].text, ent[1].text
    if name in lex.first_names or noun in lex.known:
        return int(ent.end_char)  # "Nils Melzer", "Hans Müller": a given name, not a genitive
    alone = re.compile(rf"(?<![\w-])(?:{re.escape(name)}|{re.escape(name[:-1])})(?![\w-])")
    elsewhere = [
        m for m in alone.finditer(text)
        if not text[m.end() : m.end() + len(noun) + 1].endswith(noun)
    ]
    noun_elsewhere = [
        m for m in re.finditer(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", text)
        if m.start() != ent[1].idx
    ]
    if elsewhere and not noun_elsewhere:
        return int(ent[0].idx + len(name))
    return int(ent.end_char)
