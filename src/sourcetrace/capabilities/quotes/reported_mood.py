"""Reported speech read from the verb's mood (German Konjunktiv I).

German news marks the words of others by the subjunctive alone: "Er habe gelesen, die
Ukraine wolle …, schrieb Medwedew", "Dies sei nicht das Ziel, so Macron", or, after an
attribution, whole sentences with no cue at all ("Die Impfung schütze vor allem den
Geimpften selbst."). A sentence whose verb is one of the language's ``reported_mood``
forms is reported content: said by the speaker of the frame in its own tail or of its
"laut X" when it has one, else left without a speaker here for ``continuity`` to give it
the speaker of the attribution before it (and dropped by the stage when there is none).
Works on tokens alone, as German has no parse installed.
"""

from __future__ import annotations

from sourcetrace.capabilities.quotes.attribution import Attribution, FrameReader
from sourcetrace.capabilities.quotes.reported import Reported
from sourcetrace.text.segments import Token, tokenize

__all__ = ["find_mood_reported"]

#: The share of a sentence inside quote marks above which it is a direct quote's.
_MOSTLY_QUOTED = 0.6
#: Content needs this many words.
_MIN_WORDS = 3
#: A first-person subject makes "habe", "werde" indicative ("ich habe").
_FIRST_PERSON = frozenset({"ich"})


def find_mood_reported(
    text: str,
    sentences: list[tuple[int, int]],
    frames: FrameReader,
    marks: list[tuple[int, int]],
    taken: list[tuple[int, int]],
) -> list[Reported]:
    """Sentences of reported speech marked by the mood, outside quote marks (``marks``)
    and outside content already read (``taken``). An item without a frame has an
    attribution with neither cue nor speaker."""
    mood = frames.speech.reported_mood
    if not mood:
        return []
    found: list[Reported] = []
    for s_start, s_end in sentences:
        length = max(1, s_end - s_start)
        quoted = sum(max(0, min(b, s_end) - max(a, s_start)) for a, b in marks)
        if quoted > _MOSTLY_QUOTED * length:
            # "Sie habe damit abgeschlossen: „Ich …“": only the words before the quote.
            opening = [a for a, _ in marks if s_start < a < s_end]
            if not opening:
                continue
            s_end = opening[0]
        tokens = tokenize(text, s_start, s_end)
        outside = [t for t in tokens if not _in(t.start, marks)]
        verb = _mood_verb(outside, mood)
        if verb is None or _in(outside[verb].start, taken):
            continue
        item = _framed(text, tokens, outside, verb, frames, marks, s_end)
        if item is None and not any(frames.is_cue(t) for t in outside):
            according = frames.according(outside)
            item = _unframed(tokens, according)
        if item is not None and not any(a < item.end and item.start < b for a, b in taken):
            found.append(item)
    return found


def _mood_verb(tokens: list[Token], mood: frozenset[str]) -> int | None:
    for index, token in enumerate(tokens):
        if token.text in mood and not any(t.lower in _FIRST_PERSON for t in tokens[:index]):
            return index
    return None


def _framed(
    text: str,
    tokens: list[Token],
    outside: list[Token],
    verb: int,
    frames: FrameReader,
    marks: list[tuple[int, int]],
    s_end: int,
) -> Reported | None:
    """ "CONTENT, sagte X" / "CONTENT, so X": the content runs from the sentence start to
    the comma that opens the frame."""
    for token in outside[verb + 1 :]:
        if token.text != ",":
            continue
        limit = min([a for a, _ in marks if a > token.start] + [s_end])
        found = frames.after(token.start, limit)
        if found is None or found.speaker is None:
            continue
        content = [t for t in tokens if t.start < token.start]
        if sum(1 for t in content if t.is_word) < _MIN_WORDS:
            return None
        return Reported(content[0].start, content[-1].end, found)
    return None


def _unframed(tokens: list[Token], according: Attribution | None) -> Reported | None:
    """The whole sentence, said by the source of its "laut X" if it names one."""
    while tokens and not tokens[-1].is_word and tokens[-1].text not in "”“\"«»)":
        tokens = tokens[:-1]
    if sum(1 for t in tokens if t.is_word) < _MIN_WORDS:
        return None
    if according is None or according.speaker is None:
        according = Attribution(None, None, None, None)
    return Reported(tokens[0].start, tokens[-1].end, according)


def _in(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)
