"""Line-based boilerplate removal over plain text, driven by the language packs' patterns.

The clean stage hands raw text to ``strip_boilerplate``; it returns, for every line, the
stretches of ``raw_text`` that survive, plus one ``Removal`` per stretch taken out, so
``raw_text[r.start:r.end] == r.text`` always holds. Matching works on ``raw_text`` itself
with ``pos``/``endpos`` bounds (no slicing), which keeps offsets exact and the stage fast.

Per line, in order:
1. whole-line rules ("line", "block", "tail" scopes) on the stripped line;
2. otherwise "lead" rules, repeatedly, at the start of the line (glued photo credits),
   then whole-line rules again on what is left of the line;
3. "inline" rules anywhere in what is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sourcetrace.lang.pack import BoilerplatePattern, LanguagePack
from sourcetrace.model import Removal

__all__ = ["Line", "Rulebook", "Stripped", "compile_rulebook", "split_lines", "strip_boilerplate"]

#: Lines longer than this are never whole-line boilerplate (cookie banners are the longest).
MAX_RULE_LINE = 600
#: A "tail" rule only runs to the end once this many characters of body precede it, so a
#: "Leave a comment" link in the page header does not swallow the article.
TAIL_MIN_BODY = 200
#: The longest line that still counts as a headline-like item in a "titles" block.
MAX_TITLE_LINE = 160

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: Characters trimmed at the edges of lines and removals: Unicode spaces, zero-width
#: space and the byte-order mark.
_EDGE_SPACE = (
    "\t\n\r\x0b\x0c \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_HAS_WORD = re.compile(r"\w")
#: A line ending in punctuation reads as prose, not as a title.
_ENDS_IN_PUNCTUATION = re.compile(r"[.;,:]\W*$")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the raw text: ``start``/``end`` bound its content without edge spaces."""

    start: int
    end: int

    @property
    def blank(self) -> bool:
        return self.start == self.end


@dataclass(frozen=True, slots=True)
class _Union:
    """All patterns of some scopes joined into one alternation; group ``r<i>`` is rule ``i``."""

    regex: re.Pattern[str] | None
    rules: tuple[BoilerplatePattern, ...]

    def rule(self, match: re.Match[str]) -> BoilerplatePattern:
        assert match.lastgroup is not None
        return self.rules[int(match.lastgroup[1:])]


@dataclass(frozen=True, slots=True)
class Rulebook:
    """Every pack's patterns, compiled once per process (``core.resources.cached``)."""

    whole: _Union
    lead: _Union
    inline: _Union


@dataclass(frozen=True, slots=True)
class Stripped:
    """What survives of each line (``kept[i]``: raw stretches of ``lines[i]``) and what went."""

    lines: tuple[Line, ...]
    kept: tuple[tuple[tuple[int, int], ...], ...]
    removed: tuple[Removal, ...]


def compile_rulebook(packs: Iterable[LanguagePack]) -> Rulebook:
    """Join the packs' patterns by scope; the language-neutral ``xx`` pack goes last."""
    ordered = sorted(packs, key=lambda p: (p.code == "xx", p.code))
    patterns = [pattern for pack in ordered for pattern in pack.boilerplate]
    whole = [p for p in patterns if p.scope in ("line", "block", "tail")]
    return Rulebook(
        whole=_union(whole),
        lead=_union([p for p in patterns if p.scope == "lead"]),
        inline=_union([p for p in patterns if p.scope == "inline"], inline=True),
    )


def _unanchored(pattern: str) -> str:
    """An inline pattern without its leading ``\\s*``. Searched at every position of a
    long run of spaces, ``\\s*X`` re-reads the rest of the run each time (quadratic:
    200,000 spaces never end). Without it each position is tried once, and what is
    removed is the same: an inline removal is trimmed of surrounding whitespace
    (``_trim``), so the spaces ``\\s*`` took were never removed."""
    return pattern[3:] if pattern.startswith("\\s*") else pattern


def _union(rules: Sequence[BoilerplatePattern], *, inline: bool = False) -> _Union:
    if not rules:
        return _Union(regex=None, rules=())
    source = "|".join(
        f"(?P<r{i}>{_unanchored(rule.pattern) if inline else rule.pattern})"
        for i, rule in enumerate(rules))
    try:
        regex = re.compile(source, re.IGNORECASE)
    except re.error:
        # Name the faulty pattern rather than the unreadable union.
        for rule in rules:
            re.compile(rule.pattern, re.IGNORECASE)
        raise
    return _Union(regex=regex, rules=tuple(rules))


def split_lines(text: str) -> tuple[Line, ...]:
    """Lines of ``text`` with their content bounds (edge spaces excluded)."""
    lines = []
    start = 0
    for brk in _LINE_BREAK.finditer(text):
        lines.append(_bounds(text, start, brk.start()))
        start = brk.end()
    lines.append(_bounds(text, start, len(text)))
    return tuple(lines)


def _bounds(text: str, start: int, end: int) -> Line:
    while start < end and text[start] in _EDGE_SPACE:
        start += 1
    while end > start and text[end - 1] in _EDGE_SPACE:
        end -= 1
    return Line(start, end)


def strip_boilerplate(text: str, book: Rulebook) -> Stripped:
    """Apply ``book`` to ``text`` line by line (see the module docstring)."""
    lines = split_lines(text)
    kept: list[tuple[tuple[int, int], ...]] = [() for _ in lines]
    removed: list[Removal] = []
    body_chars = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.blank:
            i += 1
            continue
        match = _whole(book, text, line.start, line.end)
        if match is not None:
            rule = book.whole.rule(match)
            last = i
            if rule.scope == "tail" and body_chars >= TAIL_MIN_BODY:
                last = _last_nonblank(lines)
            elif rule.scope == "block":
                last = _block_end(text, lines, i, rule)
            removed.append(_removal(text, line.start, lines[last].end, rule.name))
            i = last + 1
            continue
        fragments = _strip_within(text, line, book, removed)
        kept[i] = fragments
        body_chars += sum(end - start for start, end in fragments)
        i += 1
    return Stripped(lines=lines, kept=tuple(kept), removed=tuple(removed))


def _whole(book: Rulebook, text: str, start: int, end: int) -> re.Match[str] | None:
    if book.whole.regex is None or end - start > MAX_RULE_LINE:
        return None
    return book.whole.regex.fullmatch(text, start, end)


def _strip_within(
    text: str, line: Line, book: Rulebook, removed: list[Removal]
) -> tuple[tuple[int, int], ...]:
    """Lead and inline removals inside one line; returns the surviving stretches."""
    pos, end = line.start, line.end
    last_rule: str | None = None
    if book.lead.regex is not None:
        while pos < end:
            match = book.lead.regex.match(text, pos, end)
            if match is None or match.end() == pos:
                break
            last_rule = book.lead.rule(match).name
            removed.append(_removal(text, pos, match.end(), last_rule))
            pos = _skip_space(text, match.end(), end)
        if last_rule is not None and pos < end:
            rest = _whole(book, text, pos, end)
            if rest is not None:
                removed.append(_removal(text, pos, end, book.whole.rule(rest).name))
                return ()
    fragments: list[tuple[int, int]] = []
    if book.inline.regex is not None:
        for match in book.inline.regex.finditer(text, pos, end):
            if match.end() == match.start():
                continue
            last_rule = book.inline.rule(match).name
            start_r, end_r = _trim(text, match.start(), match.end())
            if start_r == end_r:
                continue
            removed.append(
                Removal(start=start_r, end=end_r, text=text[start_r:end_r], rule=last_rule)
            )
            if start_r > pos:
                fragments.append((pos, start_r))
            pos = end_r
    if pos < end:
        fragments.append((pos, end))
    if last_rule is not None and not any(_HAS_WORD.search(text, s, e) for s, e in fragments):
        # Only punctuation is left of a line whose words were boilerplate: it goes too.
        for s, e in fragments:
            s, e = _trim(text, s, e)
            if s < e:
                removed.append(Removal(start=s, end=e, text=text[s:e], rule=last_rule))
        return ()
    return tuple(fragments)


def _block_end(text: str, lines: Sequence[Line], header: int, rule: BoilerplatePattern) -> int:
    """Index of the block's last line, or ``header`` when the block is too long."""
    j = header + 1
    if rule.follow == "titles":
        last = header
        while j < len(lines):
            line = lines[j]
            if not line.blank:
                content = text[line.start : line.end]
                if len(content) > MAX_TITLE_LINE or _ENDS_IN_PUNCTUATION.search(content):
                    break
                last = j
            j += 1
    else:
        while j < len(lines) and lines[j].blank:
            j += 1
        last = header
        while j < len(lines) and not lines[j].blank:
            last = j
            j += 1
    if lines[last].end - lines[header].start > rule.max_chars:
        return header
    return last


def _last_nonblank(lines: Sequence[Line]) -> int:
    for index in range(len(lines) - 1, -1, -1):
        if not lines[index].blank:
            return index
    return 0


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in _EDGE_SPACE:
        pos += 1
    return pos


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_SPACE:
        start += 1
    while end > start and text[end - 1] in _EDGE_SPACE:
        end -= 1
    return start, end


def _removal(text: str, start: int, end: int, rule: str) -> Removal:
    start, end = _trim(text, start, end)
    return Removal(start=start, end=end, text=text[start:end], rule=rule)
