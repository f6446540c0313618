"""Quotes inside a sentence: someone's words when a cue governs them, else scare quotes.

"Pistorius said the army faced “a very serious situation”" quotes Pistorius: the quote
sits in the clausal complement of "said". "The so-called “reform” passed" quotes no one:
no cue governs it, so it is a scare quote (distance, irony, a coined label). Such quotes
stay out of ``Document.quotes``; ``scare_quotes`` lists them for later stages (signals).
Only parsed documents are judged this way; without a parse the frame rules decide.
"""

from __future__ import annotations

from typing import Any

from sourcetrace.capabilities.quotes.attribution import Attribution, FrameReader
from sourcetrace.capabilities.quotes.cue_deps import TokenIndex, governing_cue
from sourcetrace.capabilities.quotes.marks import MarkedSpan, find_marked_spans
from sourcetrace.capabilities.quotes.people import People
from sourcetrace.capabilities.quotes.reported_deps import cue_subject
from sourcetrace.capabilities.quotes.speakers import SpeakerReader
from sourcetrace.lang import get_pack
from sourcetrace.lang.speech_patterns import SpeechPatterns
from sourcetrace.text.segments import tokenize

__all__ = ["EmbeddedReader", "scare_quotes"]


class EmbeddedReader:
    """Judges the quotes that open inside a sentence, from the document's one parse."""

    def __init__(self, text: str, speech: SpeechPatterns, parsed: Any, frames: FrameReader) -> None:
        self.text = text
        self.speech = speech
        self.frames = frames
        self.index = TokenIndex(parsed)

    def is_partial(self, span: MarkedSpan) -> bool:
        """True when words of the same sentence run straight into the opening mark."""
        token = self.index.before(span.outer_start + 1)
        if token is None:
            return False
        sentence = token.sent
        k = span.outer_start - 1
        while k >= sentence.start_char and self.text[k].isspace():
            if self.text[k] == "\n":
                return False  # a headline without a full stop ends at its line
            k -= 1
        if k < sentence.start_char:
            return False
        return self.text[k].isalnum() or self.text[k] in ")%"

    def read(self, span: MarkedSpan) -> tuple[Attribution, tuple[int, int] | None] | None:
        """The attribution and reported clause of a governed quote; None for a scare quote."""
        words = [t for t in self.index.tokens(span.start, span.end) if not t.is_space]
        if not words:
            return None
        reading = governing_cue(words, self.speech)
        if reading is None:
            return None
        cue = reading.cue
        phrase = cue_subject(cue, self.frames, cue.pos_ in {"VERB", "AUX"})
        speaker = None
        if phrase:
            tokens = tokenize(self.text, phrase[0].idx, phrase[-1].idx + len(phrase[-1]))
            speaker = self.frames.speakers.read(tokens)
        sentence = cue.sent
        frame = tokenize(self.text, sentence.start_char, sentence.end_char)
        if speaker is None:
            according = self.frames.according(frame)
            if according is not None:
                speaker = according.speaker
        attribution = Attribution(
            cue.text, cue.idx, cue.idx + len(cue), speaker, self.frames.via(frame, speaker)
        )
        return attribution, reading.content


def scare_quotes(text: str, language: str | None, parsed: Any) -> list[tuple[int, int]]:
    """(start, end) of every quote inside a sentence that no cue governs (parsed text only)."""
    speech = get_pack(language).speech
    if parsed is None or not text or not speech.quote_pairs:
        return []
    marked = [
        m for m in find_marked_spans(text, speech.quote_pairs, speech.mark_families) if m.depth == 0
    ]
    people = People(text, speech, parsed, [(m.start, m.end) for m in marked])
    frames = FrameReader(text, speech, parsed, SpeakerReader(text, speech, parsed, people))
    reader = EmbeddedReader(text, speech, parsed, frames)
    return [(m.start, m.end) for m in marked if reader.is_partial(m) and reader.read(m) is None]
