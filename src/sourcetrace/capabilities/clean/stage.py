"""Clean: boilerplate out of the raw text, the headline apart, the body kept intact.

Input ``raw_text`` (plain text, possibly extracted from HTML); output ``text`` (the
cleaned body), ``removed`` (one ``Removal`` per stretch taken out, with its rule, in
``raw_text`` offsets), ``headline`` and, when the input had none, ``title``.

Every pack's patterns apply (the language is not known yet, and pages mix languages);
they are compiled once per process. The body keeps its paragraphs, one blank line
between them (when the raw text uses no blank lines at all, each line is a paragraph);
runs of spaces are collapsed and nothing else in a kept line is changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcetrace.capabilities.clean import headline as hl
from sourcetrace.capabilities.clean.boilerplate import (
    Rulebook,
    Stripped,
    compile_rulebook,
    strip_boilerplate,
)
from sourcetrace.core.pipeline import Stage
from sourcetrace.core.resources import Resources
from sourcetrace.lang import all_packs
from sourcetrace.model import Document, Removal

__all__ = ["STAGE", "clean", "clean_text"]

#: Runs of horizontal space, and single odd spaces (tab, form feed), become one space.
_SPACES = re.compile(r"[^\S\n]{2,}|[\t\x0b\x0c\x1c-\x1f\x85]")
#: At most this many closing lines are dropped as site names.
_MAX_SITE_NAME_LINES = 2
#: Section and place labels a page prints above its headline ("Santa Cruz", "POLITIK"):
#: at most this many, each short and not a sentence, and only when the title follows.
_MAX_LABEL_LINES = 3
#: A paragraph of at least this many headline-like lines is a list of other articles.
_MIN_HEADLINE_LIST = 4
_LABEL = re.compile(r"[^\n.!?:]{1,40}")
#: A reporter's name alone closing the body ("Leïla de Comarmond", "Jan van der Berg"):
#: two to four capitalised words (not in capitals: that is a heading), name particles
#: between them, nothing else.
_NAME_WORD = r"[A-ZÀ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-öø-ÿ'’]+)?"
_SIGNATURE = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:(?:de|du|des|la|le|von|van|der|den|del|da|di|dos)\s+)*{_NAME_WORD}){{1,3}}"
)
_MAX_SIGNATURE_CHARS = 40


@dataclass(frozen=True, slots=True)
class _Kept:
    """A line that survived: its cleaned text, raw bounds and paragraph number."""

    text: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Cleaned:
    text: str
    removed: tuple[Removal, ...]
    headline: str | None
    title_from_text: bool


def clean(doc: Document, resources: Resources) -> Document:
    book: Rulebook = resources.cached("clean.rulebook", lambda: compile_rulebook(all_packs()))
    result = clean_text(doc.raw_text, book, title=doc.title, source=doc.source)
    changes: dict[str, object] = {
        "text": result.text,
        "removed": result.removed,
        "headline": result.headline,
    }
    if result.title_from_text:
        changes["title"] = result.headline
        changes["provenance"] = {**doc.provenance, "title": "text"}
    return doc.evolve(**changes)


def clean_text(
    raw_text: str, book: Rulebook, *, title: str | None = None, source: str | None = None
) -> Cleaned:
    """The pure core of the stage, usable on any text."""
    stripped = strip_boilerplate(raw_text, book)
    kept = _kept_lines(raw_text, stripped)
    removed = list(stripped.removed)
    headline: str | None = None
    title_from_text = False
    if kept:
        first = kept[0]
        if title:
            variants = hl.title_variants(title)
            if hl.fold(first.text) in variants:
                headline = first.text
            else:
                # Labels above a title that comes later: they go, the title line stays
                # where it is (pages' gold counts it as body).
                labels = _labels_above(kept, variants)
                if labels:
                    removed.extend(_removal(raw_text, line, "section_label") for line in labels)
                    kept = kept[len(labels) :]
        elif len(kept) > 1 and hl.looks_like_headline(first.text):
            following = kept[1]
            if following.paragraph != first.paragraph or hl.is_dateline(following.text):
                headline = first.text
                title_from_text = True
        if headline is not None:
            removed.append(_removal(raw_text, first, "headline"))
            kept = kept[1:]
    kept = _drop_headline_lists(raw_text, kept, removed)
    names = hl.site_names(source, title or headline)
    for _ in range(_MAX_SITE_NAME_LINES):
        if len(kept) > 1 and hl.is_site_name(kept[-1].text, names):
            removed.append(_removal(raw_text, kept[-1], "site_name"))
            kept = kept[:-1]
    if (
        len(kept) > 1
        and len(kept[-1].text) <= _MAX_SIGNATURE_CHARS
        and _SIGNATURE.fullmatch(kept[-1].text)
    ):
        removed.append(_removal(raw_text, kept[-1], "signature"))
        kept = kept[:-1]
    removed.sort(key=lambda r: r.start)
    return Cleaned(
        text=_join(kept),
        removed=tuple(removed),
        headline=headline,
        title_from_text=title_from_text,
    )


def _drop_headline_lists(
    raw_text: str, kept: list[_Kept], removed: list[Removal]
) -> list[_Kept]:
    """Without the paragraphs that are only a list of other articles' headlines: at least
    ``_MIN_HEADLINE_LIST`` lines in one paragraph, each like a headline. Only where the
    text separates paragraphs by blank lines (a text with one paragraph per line has no
    such paragraphs) and never the whole text."""
    groups: dict[int, list[_Kept]] = {}
    for line in kept:
        groups.setdefault(line.paragraph, []).append(line)
    drop = {
        number
        for number, lines in groups.items()
        if len(lines) >= _MIN_HEADLINE_LIST
        and all(hl.looks_like_headline(line.text) and line.text[0].isalpha() for line in lines)
    }
    if not drop or len(drop) == len(groups):
        return kept
    removed.extend(
        _removal(raw_text, line, "headline_list") for line in kept if line.paragraph in drop
    )
    return [line for line in kept if line.paragraph not in drop]


def _labels_above(kept: list[_Kept], variants: set[str]) -> list[_Kept]:
    """The short labels before the title's line, when the title is among the first lines."""
    for index in range(1, min(_MAX_LABEL_LINES, len(kept) - 1) + 1):
        if not _LABEL.fullmatch(kept[index - 1].text):
            return []
        if hl.fold(kept[index].text) in variants:
            return kept[:index]
    return []


def _kept_lines(raw_text: str, stripped: Stripped) -> list[_Kept]:
    lines = stripped.lines
    # Text that never leaves a blank line between paragraphs (trafilatura's output, many
    # feeds) puts one paragraph per line.
    nonblank = [i for i, line in enumerate(lines) if not line.blank]
    per_line = bool(nonblank) and not any(
        lines[i].blank for i in range(nonblank[0], nonblank[-1])
    )
    kept: list[_Kept] = []
    paragraph = 0
    for index, line in enumerate(lines):
        if line.blank:
            paragraph += 1
            continue
        fragments = stripped.kept[index]
        if not fragments:
            continue
        if per_line:
            paragraph += 1
        text = _SPACES.sub(" ", "".join(raw_text[s:e] for s, e in fragments)).strip()
        if text:
            kept.append(_Kept(text, fragments[0][0], fragments[-1][1], paragraph))
    return kept


def _join(kept: list[_Kept]) -> str:
    parts: list[str] = []
    previous: int | None = None
    for line in kept:
        if previous is not None:
            parts.append("\n" if line.paragraph == previous else "\n\n")
        parts.append(line.text)
        previous = line.paragraph
    return "".join(parts)


def _removal(raw_text: str, line: _Kept, rule: str) -> Removal:
    return Removal(start=line.start, end=line.end, text=raw_text[line.start : line.end], rule=rule)


STAGE = Stage(
    name="clean",
    version="3",
    requires=frozenset({"raw_text", "title", "source"}),
    assigns=frozenset({"text", "removed", "headline", "title", "provenance"}),
    run=clean,
)
