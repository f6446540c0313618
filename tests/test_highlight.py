"""One highlighter for the brief and the web app (``text/highlight.py``): the web's
flat segments are the brief's nested tokens flattened, so both show the same spans."""

from __future__ import annotations

import random

from sourcetrace.text.highlight import Span, segments, tokens

KINDS = ("entity", "quote", "speaker", "figure", "date", "signal")


def _random_spans(rng: random.Random, size: int) -> list[Span]:
    return [
        Span(start=rng.randint(-2, size + 1), end=rng.randint(-2, size + 2),
             kind=rng.choice(KINDS), note=rng.choice(("", "a", "b")),
             anchor=rng.choice((None, "x", "y")))
        for _ in range(rng.randint(0, 7))
    ]


def test_every_character_shows_exactly_the_spans_covering_it() -> None:
    rng = random.Random(13)
    for _ in range(500):
        text = "".join(rng.choice("ab .") for _ in range(rng.randint(0, 25)))
        spans = _random_spans(rng, len(text))
        parts = segments(text, spans)
        assert "".join(p.text for p in parts) == text
        at = 0
        for part in parts:
            assert part.text  # no empty segment
            covering = [s for s in spans
                        if 0 <= s.start < s.end <= len(text) and s.start <= at < s.end]
            assert set(part.kinds) == {s.kind for s in covering}
            assert set(part.notes) == {s.note for s in covering if s.note}
            assert sorted(part.anchors) == sorted(
                s.anchor for s in covering if s.anchor and s.start == at)
            at += len(part.text)


def test_segments_follow_the_tokens_text_for_text() -> None:
    rng = random.Random(7)
    for _ in range(200):
        text = "x" * rng.randint(0, 20)
        spans = _random_spans(rng, len(text))
        texts = [t.text for t in tokens(text, spans) if t.op == "text"]
        assert [p.text for p in segments(text, spans)] == texts


def test_kinds_list_spans_by_start_then_as_given() -> None:
    # Must: two spans starting together keep the order given (the tooltip reads that way);
    # must not: the later-starting span go first.
    spans = [Span(start=0, end=5, kind="figure", note="n1"),
             Span(start=0, end=9, kind="quote", note="n2"),
             Span(start=2, end=4, kind="entity", note="n3")]
    parts = segments("0123456789", spans)
    assert parts[1].text == "23"
    assert parts[1].kinds == ["figure", "quote", "entity"]
    assert parts[1].notes == ["n1", "n2", "n3"]
