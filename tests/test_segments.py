"""One segmentation module (``text/segments.py``): every stage's sentence and paragraph
rules are named there, and no stage keeps a private splitter."""

from __future__ import annotations

import re
from pathlib import Path

from sourcetrace.text.segments import (
    CUE_SCOPE_END,
    SIGNAL_SENTENCE_END,
    blocks,
    paragraphs,
    sentence_after,
    sentence_around,
    sentence_before,
    split_at,
)

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "sourcetrace"


def test_signal_sentences_end_before_a_capital_and_at_line_breaks() -> None:
    text = "Prices rose 4.5 percent. Officials said so!\n“Nobody knew,” she said. and so on"
    found = [text[a:b] for a, b in split_at(text, SIGNAL_SENTENCE_END)]
    # Must not cut inside "4.5" nor before a lower-case word.
    assert found == ["Prices rose 4.5 percent.", "Officials said so!",
                     "“Nobody knew,” she said. and so on"]


def test_a_tense_cue_scope_stops_at_semicolons_and_colons() -> None:
    text = "The vote was held; Next week: The count ends. Then more."
    at = text.index("count")
    start, end = sentence_around(text, at, at + 5, CUE_SCOPE_END)
    assert text[start:end] == "The count ends"
    # Must not: a lower-case word after a colon continues the scope.
    other = "He said: then it ends."
    assert sentence_around(other, 10, 12, CUE_SCOPE_END) == (0, len(other))


def test_a_figures_sentence_inside_its_window() -> None:
    assert sentence_before("Last year. The ministry counted 9.000") == "The ministry counted 9.000"
    assert sentence_after(" people on Monday.” Then rain.") == " people on Monday"
    # Must not: a point inside a number ends nothing.
    assert sentence_after(" 4.500 euros, it said") == " 4.500 euros, it said"


def test_paragraphs_are_lines_and_blocks_are_blank_line_separated() -> None:
    text = "  One.\nTwo lines\n\n\nThree.  "
    assert [text[a:b] for a, b in paragraphs(text)] == ["One.", "Two lines", "Three."]
    assert [text[a:b] for a, b in blocks(text)] == ["  One.\nTwo lines", "Three."]


def test_no_stage_keeps_a_private_sentence_splitter() -> None:
    splitter = re.compile(r"^_?(SENTENCE|PARAGRAPH)\w* = re\.compile", re.MULTILINE)
    found = [str(p.relative_to(PACKAGE)) for p in sorted((PACKAGE / "capabilities").rglob("*.py"))
             if splitter.search(p.read_text(encoding="utf-8"))]
    assert found == []
