"""Boilerplate and body lines in the export: lines left, quotes drawn from them, lines lost.

Part of the real-text scoring (``realtext.score``). A gold boilerplate line is given by its
first words; the export's text is searched for it despite other whitespace, quote marks
or case.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sourcetrace.evaluation.realtext.gold import Article, normalise, strip_bullet

if TYPE_CHECKING:
    from sourcetrace.evaluation.realtext.score import ArticleScore

__all__ = ["QUOTE_CHARS", "pattern", "score_lines"]

QUOTE_CHARS = "\"'“”„‟«»‹›‘’‚‛´`"
_LINE_OPENING = re.compile(r"\s*(?:[-*•–—·]\s*)?")


def pattern(needle: str) -> re.Pattern[str]:
    """``needle`` found in raw text despite other whitespace, quote marks or case."""
    parts: list[str] = []
    for chunk in re.split(r"(\s+)", needle.strip()):
        if chunk.isspace():
            parts.append(r"\s+")
        else:
            parts.append("".join(f"[{re.escape(QUOTE_CHARS)}]" if c in QUOTE_CHARS
                                 else re.escape(c) for c in chunk))
    return re.compile("".join(parts), re.IGNORECASE)


def _long(line: str) -> bool:
    """A boilerplate string long enough to be told apart from body text wherever it is."""
    key = strip_bullet(normalise(line))
    return len(key) >= 25 and len(key.split()) >= 3


def _line_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Where boilerplate line ``needle`` is in ``text``: from its first words to the end of
    the line. Gold gives a line's first words, so a short one ("Von", "Especial") counts
    only at the start of a line (after a list bullet); a long one also inside a line,
    where plain-text sources glue furniture to the body."""
    needle = strip_bullet(needle.strip())
    spans = []
    for match in pattern(needle).finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _long(needle) or _LINE_OPENING.fullmatch(text[line_start:match.start()]):
            end = text.find("\n", match.end())
            spans.append((match.start(), len(text) if end == -1 else end))
    return spans


def score_lines(score: ArticleScore, article: Article, text: str, seen_text: str,
                 quotes: list[dict[str, Any]]) -> None:
    boilerplate = [b for b in article.gold.get("boilerplate", []) or [] if b.strip()]
    furniture: dict[str, str] = {}
    for line in boilerplate:
        score.counts["boilerplate_gold"] += 1
        spans = _line_spans(text, line)
        # The article's own title repeated as a body line is boilerplate of the body; in
        # the exported headline it is where it belongs. Any other gold line counts as left
        # wherever it is seen.
        if spans or (_line_spans(seen_text, line) and not _is_title(line, article)):
            score.counts["boilerplate_left"] += 1
            score.error("boilerplate_left", line=line)
        for start, end in spans:
            for quote in quotes:
                if quote["start"] < end and quote["end"] > start:
                    furniture.setdefault(quote["id"], line)
    for quote in quotes:
        if quote["id"] in furniture:
            score.counts["quotes_from_boilerplate"] += 1
            score.error("quote_from_boilerplate", line=furniture[quote["id"]],
                        quote=quote["text"][:80])
    assert article.source is not None
    marks = [(strip_bullet(normalise(b)), _long(b)) for b in boilerplate]
    seen = normalise(seen_text)
    for line in article.source.body_lines:
        key = strip_bullet(normalise(line))
        if any(key.startswith(mark) or (long and mark in key) for mark, long in marks):
            continue
        score.counts["body_lines"] += 1
        if key[:60] not in seen or key[-60:] not in seen:
            score.counts["body_lines_lost"] += 1
            score.error("body_line_lost", line=line[:80])


def _is_title(line: str, article: Article) -> bool:
    title = article.source.title if article.source is not None else None
    return bool(title) and normalise(str(title)).startswith(normalise(line))
