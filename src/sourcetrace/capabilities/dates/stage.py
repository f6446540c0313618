"""The ``dates`` stage: date expressions in the text, resolved against the publication date.

Spans come from the language's date patterns (``lang/<iso>/dates.py``, reached through
``LanguagePack.dates``); values from ``timexpr`` (see its docstring for the value and
precision conventions). Policy, kept simple on purpose:

- absolute dates ("22 mars 2024", "2024-03-22", "2014") resolve with or without a
  publication date; anything relative ("yesterday", "Thursday", "last week", "in
  October", "April 9") needs one and stays unresolved (``value=None``) without it;
- a bare weekday or month ("Thursday", "en octobre") is read as the most recent one on
  or before the publication date, unless the nearest tense cue in its sentence is a
  future one ("will", "va", "wird", "va a") or, for English, French and Spanish, the
  parse marks its verb as future; then it is the next one;
- a day and month without a year ("April 9") take the year nearest the publication date;
- times of day do not make dates of their own; they extend a day's span ("Thursday
  evening", "hier soir", "Donnerstagabend").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sourcetrace.capabilities.dates.spans import CompiledLexicon, compile_lexicon, find_dates
from sourcetrace.capabilities.dates.timexpr import resolve
from sourcetrace.core.pipeline import Stage
from sourcetrace.core.resources import Resources
from sourcetrace.lang import get_pack
from sourcetrace.model import DateRef, Document
from sourcetrace.text.segments import CUE_SCOPE_END, sentence_around

__all__ = ["STAGE", "extract_dates", "parse_anchor"]

NAME = "dates"


def parse_anchor(published: str | None) -> dt.date | None:
    """The calendar day of an ISO publication timestamp, or ``None`` if there is none."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def extract_dates(
    text: str, language: str | None, published: str | None, parsed: Any = None,
    *, compiled: CompiledLexicon | None = None,
) -> tuple[DateRef, ...]:
    """Every date expression in ``text``, resolved against ``published`` where needed."""
    if compiled is None:
        compiled = compile_lexicon(get_pack(language).dates)
    anchor = parse_anchor(published)
    refs = []
    for found in find_dates(text, compiled):
        future = False
        if found.open_direction and anchor is not None:
            future = _looks_ahead(text, found.start, found.end, compiled, parsed)
        resolved = resolve(found.timex, anchor, future=future)
        refs.append(DateRef(
            start=found.start, end=found.end, text=text[found.start:found.end], stage=NAME,
            value=resolved.value, precision=resolved.precision,
        ))
    return tuple(refs)


def _looks_ahead(
    text: str, start: int, end: int, compiled: CompiledLexicon, parsed: Any
) -> bool:
    """Whether the expression at ``start:end`` points after the publication date."""
    by_parse = _tense_from_parse(parsed, start, end) if parsed is not None else None
    if by_parse is not None:
        return by_parse
    lex = compiled.lexicon
    if not lex.future_cues:
        return False
    sentence_start, sentence_end = sentence_around(text, start, end, CUE_SCOPE_END)
    cues: list[tuple[int, bool]] = []
    for pattern, is_future in ((lex.future_cues, True), (lex.past_cues, False)):
        if not pattern:
            continue
        for cue in re.finditer(pattern, text[sentence_start:sentence_end], re.IGNORECASE):
            at = sentence_start + cue.start()
            if start <= at < end:
                continue
            distance = start - (sentence_start + cue.end()) if at < start else at - end
            cues.append((distance, not is_future))
    if not cues:
        return False
    # Nearest cue wins; at equal distance a future cue beats a past one.
    return not min(cues)[1]


def _tense_from_parse(parsed: Any, start: int, end: int) -> bool | None:
    """Future/not future from the verb governing the span, when the parse can tell."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = span.root
    if verb.head.pos_ == "NOUN" and verb.dep_ not in ("obl", "obl:mod", "npadvmod", "nmod:tmod"):
        # "un rassemblement samedi", "a rally on Saturday": the date belongs to an event
        # noun, whose time the governing verb's tense does not give ("a appelé à …").
        return None
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    words = [verb, *(child for child in verb.children if child.dep_.startswith("aux"))]
    for word in words:
        if "Fut" in word.morph.get("Tense") or word.lower_ in ("will", "'ll", "shall", "wo"):
            return True
        # "va annoncer", "va a anunciar": a present form of aller/ir before an infinitive.
        if word.lemma_ in ("aller", "ir") and word is not verb:
            return True
    if "Past" in verb.morph.get("Tense") or any("Past" in w.morph.get("Tense") for w in words):
        return False
    return None


def run(doc: Document, resources: Resources) -> Document:
    if not doc.text:
        return doc.evolve(dates=())
    language = doc.language or "xx"
    pack = get_pack(language)
    compiled = resources.cached(f"dates:{pack.code}", lambda: compile_lexicon(pack.dates))
    dates = extract_dates(doc.text, language, doc.published, doc.parsed, compiled=compiled)
    return doc.evolve(dates=dates)


STAGE = Stage(
    name=NAME,
    version="1",
    requires=frozenset({"text", "language", "published"}),
    assigns=frozenset({"dates"}),
    run=run,
)
