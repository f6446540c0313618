"""Reported speech from the spaCy dependency parse, for languages that have one.

A cue verb's clausal complement is the content ("X said [that the army …]"); its subject
is the speaker. A cue hanging off another clause ("The plan is sound, he said") takes
that clause, without its own words, as the content. German has no parse and uses the
rules in ``reported``.
"""

from __future__ import annotations

from typing import Any

from sourcetrace.stages.attribution import Attribution, FrameReader
from sourcetrace.stages.reported import Reported
from sourcetrace.stages.segments import tokenize

__all__ = ["find_reported_parsed"]

_CONTENT_DEPS = frozenset({"ccomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
_TAIL_DEPS = frozenset({"parataxis"})
_MIN_WORDS = 3


def find_reported_parsed(
    parsed: Any,
    frames: FrameReader,
    quoted: list[tuple[int, int]],
    used_cues: set[int],
    marks: list[tuple[int, int]],
    done: set[int] = frozenset(),  # type: ignore[assignment]
) -> list[Reported]:
    """Reported speech of every cue verb in ``parsed`` outside quote marks.

    ``marks``: the quotes with their marks; ``quoted``: those plus the frames that
    attributed them. A cue that introduced a partial quote still yields the clause around
    it (PolNeAR and readers both want "the army faced “a very serious situation”").
    """
    text = frames.text
    found: list[Reported] = []
    for token in parsed:
        if token.lemma_.lower() not in frames.speech.cue_lemmas or token.pos_ not in {"VERB", "AUX"}:
            continue
        if token.idx in done or any(a <= token.idx < b for a, b in marks):
            continue
        span = _content(token)
        if span is None:
            continue
        start, end = span
        inside = sum(max(0, min(b, end) - max(a, start)) for a, b in quoted)
        if inside >= 0.8 * (end - start):
            continue
        if token.idx in used_cues and inside == 0:
            continue
        speaker = None
        for child in token.children:
            if child.dep_ in _SUBJECT_DEPS:
                right = child.right_edge.idx + len(child.right_edge)
                words = tokenize(text, child.left_edge.idx, right)
                cut = next((i for i, w in enumerate(words) if w.text == "," and i > 0), len(words))
                speaker = frames.speakers.read(words[:cut])
        sentence = token.sent
        frame = tokenize(text, sentence.start_char, sentence.end_char)
        attribution = Attribution(token.text, token.idx, token.idx + len(token), speaker, frames.via(frame, speaker))
        found.append(Reported(start, end, attribution))
    return found


def _content(cue: Any) -> tuple[int, int] | None:
    for child in cue.children:
        if child.dep_ in _CONTENT_DEPS:
            words = [t for t in child.subtree if not (t.dep_ == "mark" and t.head == child)]
            return _trim(words)
    if cue.dep_ in _TAIL_DEPS and cue.head.pos_ in {"VERB", "AUX"}:
        own = {t.i for t in cue.subtree}
        words = [t for t in cue.head.subtree if t.i not in own and t.sent == cue.sent]
        return _trim(words)
    return None


def _trim(words: list[Any]) -> tuple[int, int] | None:
    while words and (words[0].is_punct or words[0].is_space):
        words = words[1:]
    while words and (words[-1].is_punct or words[-1].is_space) and words[-1].text not in "”\"’»":
        words = words[:-1]
    if sum(1 for w in words if not w.is_punct) < _MIN_WORDS:
        return None
    return words[0].idx, words[-1].idx + len(words[-1])
