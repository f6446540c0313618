"""Find the stretches of text inside quote marks, and dash-introduced speech.

Quote marks are read with a stack, so nested quotes stay inside their outer quote. A
quote left open at the end of a paragraph continues when the next paragraph re-opens
it with the same mark (the newspaper convention in English and French); otherwise it
ends with its paragraph. A straight or curly single mark between two letters is an
apostrophe ("don't", "l'État", "don’t"), never a quote mark.

News copy mixes its marks: a quote opened with “ may close with a straight " (or the
reverse, or with a second “) when an editor retyped part of it. Marks of one family
(``SpeechPatterns.mark_families``) close each other's quotes when they stand where a
closing mark stands: after a word or punctuation, before a space or punctuation. A
closing mark of an outer quote also ends any inner quote still open: an inner mark that
never closed was an elision ("if I asked ‘em") or a typo, not a quote.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DashSpeech", "MarkedSpan", "find_dash_speech", "find_marked_spans"]

_DASHES = "—–"
_OPEN_CONTEXT = " \t\n([{—–-/:"
#: What may follow a closing mark: a space, punctuation, another mark, the end.
_AFTER_CLOSE = ".,;:!?)]}—–-…“”\"‘’'»«"


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """Text between quote marks: ``start``/``end`` the content, ``outer_*`` with the marks."""

    outer_start: int
    start: int
    end: int
    outer_end: int
    depth: int
    closed: bool
    paragraphs: int = 1


@dataclass(frozen=True, slots=True)
class DashSpeech:
    """A dash-opened paragraph: content spans and the speaker incise between them, if any."""

    contents: tuple[tuple[int, int], ...]
    frame: tuple[int, int] | None


@dataclass(slots=True)
class _Open:
    mark: str
    close: str
    at: int
    depth: int
    paragraphs: int = 1


def _letter(ch: str) -> bool:
    return ch.isalnum()


def find_marked_spans(
    text: str, pairs: tuple[tuple[str, str], ...], families: tuple[str, ...] = ()
) -> list[MarkedSpan]:
    """Every quoted stretch of ``text``, outer ones first in text order, nested ones too
    (``families``: strings of marks that typists mix up, e.g. '“”"')."""
    closers: dict[str, str] = {}
    for opening, closing in pairs:
        closers.setdefault(opening, closing)
    found: list[MarkedSpan] = []
    stack: list[_Open] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == "\n" and stack:
            i = _paragraph_break(text, i, stack, found)
            continue
        target = _closing_target(stack, ch, prev, nxt, families) if stack else None
        if target is not None:
            # Inner marks still open inside the quote that closes here were no quotes.
            del stack[target + 1 :]
            top = stack.pop()
            found.append(_span(text, top, i, i + 1, closed=True))
        elif ch in closers and _can_open(ch, closers[ch], prev, nxt):
            stack.append(_Open(ch, closers[ch], i, len(stack)))
        i += 1
    while stack:
        top = stack.pop()
        found.append(_span(text, top, n, n, closed=False))
    found = [span for span in found if span.end > span.start]
    found.sort(key=lambda s: (s.outer_start, s.depth))
    return found


def _closing_target(
    stack: list[_Open], ch: str, prev: str, nxt: str, families: tuple[str, ...]
) -> int | None:
    """The index in ``stack`` of the open quote that ``ch`` closes, or None."""
    position = _closing_position(prev, nxt)
    for k in range(len(stack) - 1, -1, -1):
        entry = stack[k]
        exact = ch == entry.close and _can_close(ch, prev, nxt)
        mixed = (
            position and ch != entry.close and any(ch in f and entry.mark in f for f in families)
        )
        # Below the top, only a mark that clearly stands at a quote's end closes.
        if (exact and (k == len(stack) - 1 or position)) or mixed:
            return k
    return None


def _closing_position(prev: str, nxt: str) -> bool:
    """Whether a mark stands where quotes close: after a word or punctuation, before a
    space, punctuation or the end."""
    return not prev.isspace() and prev not in "“«„‘‚([{" and (nxt.isspace() or nxt in _AFTER_CLOSE)


def _can_open(mark: str, closing: str, prev: str, nxt: str) -> bool:
    if nxt.isspace() and mark == closing:
        return False
    if mark in "'’‘" and _letter(prev):
        return False
    if mark == closing:
        # A symmetric mark opens only after a space or opening punctuation.
        return prev in _OPEN_CONTEXT or prev in "“«„‘‚"
    return True


def _can_close(mark: str, prev: str, nxt: str) -> bool:
    if mark in "'’" and _letter(prev) and _letter(nxt):
        return False
    return not (mark in "'’" and _letter(nxt))


def _paragraph_break(text: str, i: int, stack: list[_Open], found: list[MarkedSpan]) -> int:
    """Handle a newline inside an open quote; return where scanning resumes."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    outer = stack[0]
    if j < len(text) and text[j] == outer.mark:
        # The next paragraph re-opens the same quote: it continues; inner quotes end here.
        end = i
        while len(stack) > 1:
            inner = stack.pop()
            found.append(_span(text, inner, end, end, closed=False))
        outer.paragraphs += 1
        return j + 1
    end = i
    while stack:
        top = stack.pop()
        found.append(_span(text, top, end, end, closed=False))
    return i + 1


def _span(text: str, opened: _Open, end: int, outer_end: int, *, closed: bool) -> MarkedSpan:
    start = opened.at + 1
    while start < end and text[start].isspace():
        start += 1
    # A comma or colon before the closing mark belongs to the sentence around the quote.
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return MarkedSpan(opened.at, start, end, outer_end, opened.depth, closed, opened.paragraphs)


def find_dash_speech(text: str, paragraph_spans: list[tuple[int, int]]) -> list[DashSpeech]:
    """Paragraphs opened by a dash ("— Nous ne céderons pas", "—No cederemos —dijo…")."""
    found = []
    for p_start, p_end in paragraph_spans:
        if text[p_start] not in _DASHES:
            continue
        start = p_start + 1
        while start < p_end and text[start].isspace():
            start += 1
        incise = _find_incise(text, start, p_end)
        if incise is None:
            found.append(DashSpeech(((start, p_end),), None))
            continue
        frame_start, frame_end = incise
        contents = [(start, _rstrip(text, start, frame_start - 1))]
        rest = frame_end + 1
        while rest < p_end and (text[rest].isspace() or text[rest] in ".,"):
            rest += 1
        if rest < p_end:
            contents.append((rest, p_end))
        found.append(DashSpeech(tuple(contents), (frame_start, frame_end)))
    return found


def _find_incise(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The " —dijo el ministro—" incise of Spanish dialogue: (start, end) of its words."""
    for k in range(start, end):
        if text[k] in _DASHES and text[k - 1].isspace():
            close = k + 1
            while close < end and text[close] not in _DASHES:
                close += 1
            return (k + 1, close)
    return None


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return end
