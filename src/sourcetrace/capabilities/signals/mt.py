"""Machine-translation artifacts: the traces translation software leaves in news text.

- calqued idioms, word for word from another language ("not the yellow of the egg",
  "le jaune de l'œuf") and gender/number mismatches — per-language data;
- another language's function words left in running text ("und", "avec" in English),
  matched lower case only, so names ("Le Pen", "Los Angeles") never count;
- an agency tag whose letters changed case in translation ("(aFP/XyAb)" for "(AFP/xy)");
- word orders of the source language ("said Lindner (FDP)") — per-language data;
- a name next to a role that reads as a common word of the article's language
  ("Prime Minister Hendrik Desolate", "la ministre Faiseur"): only reported when the
  article carries at least one other artifact, because real surnames are words too
  ("Brown", "May").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sourcetrace.capabilities.signals.text import (
    TextView,
    cached_terms,
    evidence,
    find_terms,
    rate_score,
    top,
)
from sourcetrace.core.resources import Resources
from sourcetrace.lang.pack import LanguagePack
from sourcetrace.model import Document, Evidence, Signal

__all__ = ["common_words", "mt_signals"]

STAGE_NAME = "signals"
_PARTY_TAG = re.compile(r"\s?\([A-ZÄÖÜ][A-Za-zÄÖÜäöü/]{1,9}\)")
#: A parenthesised agency tag ("(AFP/dpa)") with a lower-case letter followed by a capital
#: inside one of its parts: "(aFP/XyAb)"; agencies write "AFP", "dpa", "APA/red".
_AGENCY_TAG = re.compile(
    r"\((?=[A-Za-z/]*[a-z][A-Z])[A-Za-z]{2,6}(?:/[A-Za-z]{1,6}){0,2}\)"
)


def common_words(language: str, resources: Resources) -> frozenset[str]:
    """The article language's common nouns, verbs, adjectives and adverbs, from the
    lemmatizer tables of its installed spaCy pipeline (empty without a pipeline)."""

    # Loaded before ``cached``: its lock is not re-entrant.
    nlp = resources.spacy(language, required=False)

    def build() -> frozenset[str]:
        if nlp is None or "lemmatizer" not in nlp.pipe_names:
            return frozenset()
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index"):
            return frozenset()
        index = lookups.get_table("lemma_index")
        words: set[str] = set()
        for pos in ("noun", "verb", "adj", "adv"):
            words.update(w for w in (index.get(pos) or ()) if w.isalpha())
        return frozenset(words)

    return resources.cached(f"signals:{language}:common_words", build)  # type: ignore[no-any-return]


def mt_signals(
    doc: Document, view: TextView, pack: LanguagePack, resources: Resources
) -> Iterator[Signal]:
    lex = pack.signals
    lang = pack.code
    text = view.text
    found: list[Evidence] = []
    for name, terms, note in (
        ("calques", lex.calques, "a calqued idiom (word-for-word translation)"),
        ("agreement", lex.agreement_errors, "a gender or number mismatch"),
    ):
        for m in find_terms(cached_terms(resources, lang, name, terms), text):
            found.append(evidence(text, m.start(), m.end(), f"{note}: “{m.group(0)}”"))
    for m in find_terms(
        cached_terms(resources, lang, "translated_order", lex.translated_order,
                     case_sensitive=True), text):
        found.append(evidence(text, m.start(), m.end(),
                              f"a word order of another language: “{m.group(0)}”"))
    for m in _AGENCY_TAG.finditer(text):
        found.append(evidence(text, m.start(), m.end(),
                              f"an agency tag with letters in the wrong case: “{m.group(0)}”"))
    foreign = cached_terms(
        resources, lang, "foreign", lex.foreign_function_words, case_sensitive=True
    )
    in_segments = [(s.start, s.end) for s in doc.segments]
    for m in find_terms(foreign, text):
        if view.in_quoted(m.start(), m.end()) or any(a <= m.start() < b for a, b in in_segments):
            continue
        if any(x.start <= m.start() < x.end for x in doc.mentions):
            continue
        found.append(
            evidence(
                text, m.start(), m.end(), f"a function word of another language: “{m.group(0)}”"
            )
        )
    if found:
        found += _garbled_names(doc, pack, resources)
    if not found:
        return
    rate = 1000.0 * len(found) / max(view.words, 150)
    yield Signal(
        kind="machine_translation",
        score=rate_score(rate, 4.0),
        stage=STAGE_NAME,
        evidence=top(found),
    )


def _garbled_names(doc: Document, pack: LanguagePack, resources: Resources) -> list[Evidence]:
    words = common_words(pack.code, resources)
    if not words:
        return []
    out = []
    text = doc.text
    for mention in doc.mentions:
        if mention.label != "PERSON":
            continue
        before = text[max(0, mention.start - 40) : mention.start].lower().split()
        has_role = mention.role is not None or bool(set(before[-3:]) & pack.speech.role_nouns)
        tagged = _PARTY_TAG.match(text, mention.end) is not None
        if not (has_role or tagged):
            continue
        parts = [p for p in re.split(r"[\s-]+", mention.text)[1:] if p]
        worded = [p for p in parts if p.lower() in words and p[:1].isupper()]
        if worded and len(worded) == len(parts):
            out.append(
                evidence(
                    text,
                    mention.start,
                    mention.end,
                    f"a name next to a role that reads as common words ({', '.join(worded)}): "
                    "perhaps a translated surname",
                )
            )
    return out
