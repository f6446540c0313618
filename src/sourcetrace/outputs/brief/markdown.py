"""The Markdown brief: the same sections as the HTML page, as plain Markdown.

Article text and metadata are escaped for Markdown and for the HTML a Markdown viewer
may pass through (``<`` ``>`` ``&`` become entities), so hostile text stays text. Only
``http``/``https`` addresses become links. In the reader, quotes are in bold; the other
highlights of the HTML page have no Markdown equivalent and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sourcetrace.outputs.brief.anchors import ArticleRef
from sourcetrace.outputs.brief.links import safe_url
from sourcetrace.outputs.brief.view import BriefView
from sourcetrace.outputs.travel import Carrier
from sourcetrace.text.highlight import Token

__all__ = ["md_escape", "render_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+!|~-])")
#: Characters that would end a Markdown autolink early (and let what follows be HTML).
_UNSAFE_IN_AUTOLINK = re.compile(r"[<>\"'`\\]")


def md_escape(value: object) -> str:
    """``value`` as inline Markdown text: one line, markup characters escaped."""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def _spaced(text: str) -> str:
    """``md_escape`` keeping one space where ``text`` starts or ends with whitespace."""
    if not text.strip():
        return " " if text else ""
    lead = " " if text[:1].isspace() else ""
    tail = " " if text[-1:].isspace() else ""
    return f"{lead}{md_escape(text)}{tail}"


def _paragraphs(tokens: Iterable[Token]) -> str:
    """Reader text with quotes in bold, paragraph breaks kept."""
    out: list[str] = []
    depth = 0
    for token in tokens:
        if token.span is not None and token.span.kind == "quote":
            depth += 1 if token.op == "open" else -1
            continue
        if token.op != "text":
            continue
        lines = token.text.split("\n")
        pieces = []
        for line in lines:
            body = md_escape(line) if line.strip() else ""
            if depth and body:
                lead = " " if line[:1].isspace() else ""
                tail = " " if line[-1:].isspace() else ""
                body = f"{lead}**{body}**{tail}"
            elif body:
                body = (" " if line[:1].isspace() else "") + body + (
                    " " if line[-1:].isspace() else "")
            pieces.append(body)
        out.append("\n".join(pieces))
    text = "".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _ref(ref: ArticleRef | None) -> str:
    if ref is None:
        return "(outside focus)"
    date = f", {ref.published}" if ref.published else ""
    return f"[{ref.anchor.upper()}] {md_escape(ref.title)} ({md_escape(ref.outlet)}{date})"


def _todo(what: str) -> str:
    return f"*Not computed yet: {what}*\n"


def _table(head: list[str], rows: Iterable[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _attribution(c: Carrier) -> str:
    said = (f"attributed to {md_escape(c.attributed_to)}" if c.attributed_to
            else "stated as fact")
    marks = [m for m, on in (("figure changed", c.changed),
                             ("attribution dropped", c.dropped_attribution)) if on]
    return "; ".join([said, *marks])


def render_markdown(v: BriefView) -> str:
    """The whole brief as one Markdown document."""
    o = v.overview
    out = [f"# {md_escape(v.title)}", ""]
    if v.focus:
        out += [f"Focus: **{md_escape(v.focus)}**", ""]
    if v.summary:
        out += ["## At a glance", ""]
        out += [f"- {'**' + md_escape(line.verdict) + '** ' if line.verdict else ''}"
                f"{md_escape(line.label)}: {md_escape(line.text)}"
                + (f" ({md_escape(line.detail)})" if line.detail else "") for line in v.summary]
        out.append("")
    out += ["## Overview", ""]
    period = f"{o.first} to {o.last}" if o.first else "no publication dates"
    out += [
        f"- Articles: {o.articles}" + (f" ({o.duplicates} republished)" if o.duplicates else ""),
        f"- Period: {period}" + (f" ({o.undated} undated)" if o.undated else ""),
        "- Languages: " + ", ".join(f"{md_escape(c)} {n}" for c, n in o.languages),
        "- Outlets: " + ", ".join(f"{md_escape(c)} {n}" for c, n in o.outlets),
        f"- Quotes: {o.counts['quotes']}; figures: {o.counts['figures']}; "
        f"dates: {o.counts['dates']}",
    ]
    for key in ("entities", "stories", "checks", "signals"):
        shown = o.counts[key] if v.computed[key] else "not computed yet"
        out.append(f"- {key.capitalize()}: {shown}")
    out += ["", "## Stories", ""]
    if not v.stories:
        out.append(_todo("story clustering has not run on this case."))
    for s in v.stories:
        out += [f"### {md_escape(s.label)}", ""]
        out += [f"- {_ref(r)}" for r in s.articles] + [""]
    out += ["## Timeline", ""]
    if v.events:
        out += ["### Events", ""]
        marks = [" ".join([*(f"**conflicting {f}**" for f, _ in e.conflicting),
                           *(f"updated {f}" for f, _ in e.updated)]) for e in v.events]
        out += _table(["Date", "Type", "Place", "Killed", "Injured", "Actors", "Sources"], [
            [e.date or "undated", e.type, md_escape(e.place or "—"),
             e.killed or "—", e.injured or "—", md_escape(", ".join(e.actors) or "—"),
             f"{e.sources} {mark}".strip()] for e, mark in zip(v.events, marks, strict=True)])
        out += ["### Dates mentioned", ""]
    if not v.timeline:
        out.append("No resolved dates.\n")
    rows = []
    for r in v.timeline:
        passages = "<br>".join(
            f"{_spaced(e.before)}**{md_escape(e.match)}**{_spaced(e.after)} — "
            f"{md_escape(e.outlet)}" for e in r.examples)
        rows.append([r.value + (f" ({r.precision})" if r.precision not in (None, "day") else ""),
                     str(r.mentions), passages])
    if rows:
        out += _table(["Date", "Mentions", "Passages"], rows)
    out += ["## Key actors", ""]
    if not v.actors_linked:
        out.append(_todo("entity linking has not run; actors are names grouped by identical "
                         "name and type, so aliases in other languages are listed apart."))
    out += _table(["Actor", "Type", "Names by language", "Roles", "Articles"], (
        [f"**{md_escape(e.actor.name)}**", md_escape(e.actor.type),
         "; ".join(f"{md_escape(c)}: {md_escape(', '.join(n))}" for c, n in e.actor.aliases),
         md_escape("; ".join(e.actor.roles)),
         ", ".join(r.anchor.upper() for r in e.articles[:8])]
        for e in v.actors))
    out += ["## Figures and cross-source checks", "", "### Checks", ""]
    if not v.checks:
        out.append(_todo("cross-source checking has not run on this case."))
    for c in v.checks:
        out += [f"- **{md_escape(c.verdict)}** ({md_escape(c.kind)}, "
                f"{md_escape(c.travel.about)}): {md_escape(c.explanation)}"]
        out += [f"  - {md_escape(r.carrier.verdict)}: {md_escape(r.carrier.text)} — "
                f"{_ref(r.article)}; {_attribution(r.carrier)}" for r in c.carriers]
    out += ["", "### All figures", ""]
    out += _table(["Published", "Outlet", "As written", "Reading", "Checks"], (
        [r.article.published or "" if r.article else "", md_escape(r.article.outlet)
         if r.article else "", md_escape(r.text), md_escape(r.reading),
         ", ".join(verdict for _, verdict in r.checks)] for r in v.figures))
    out += ["## Quotes and claims", ""]
    out += _table(["Speaker", "Quote", "Outlet", "Published", "Via"], (
        [md_escape(q.speaker or "—"),
         f"“{md_escape(q.text)}”" if q.direct else md_escape(q.text),
         md_escape(q.article.outlet) if q.article else "",
         q.article.published or "" if q.article else "", md_escape(" ← ".join(q.via))]
        for q in v.quotes))
    out += ["## Sources and signals", ""]
    if not v.computed["signals"]:
        out.append(_todo("source signals have not run on this case."))
    for outlet in v.outlets:
        out += [f"### {md_escape(outlet.name)}", "",
                f"{len(outlet.articles)} articles; "
                + ", ".join(f"{md_escape(c)} {n}" for c, n in outlet.languages), ""]
        for signal in (*outlet.outlet_signals, *outlet.article_signals):
            out.append(f"- **{md_escape(signal.kind)}** {signal.score:.2f}")
            out += [f"  - > {md_escape(e.text)} — {md_escape(e.note)}" for e in signal.evidence]
        out += [f"- {_ref(r)}" for r in outlet.articles] + [""]
    out += ["## Article reader", ""]
    for a in v.articles:
        out += [f"### {a.ref.anchor.upper()} · {md_escape(a.ref.title)}", ""]
        meta = [md_escape(a.ref.outlet), a.ref.published or "undated",
                md_escape(a.ref.language or "?")]
        if a.author:
            meta.append(md_escape(a.author))
        url = safe_url(a.url_text)
        if url and not _UNSAFE_IN_AUTOLINK.search(url):
            meta.append(f"<{url}>")
        elif a.url_text:
            meta.append(f"address (not a web link): {md_escape(a.url_text)}")
        out += [" · ".join(meta), "", _paragraphs(a.tokens), ""]
        if a.removed:
            out += [f"Cleaning removed {len(a.removed)}: "
                    + "; ".join(f"*{md_escape(r.rule)}*: {md_escape(r.text)}" for r in a.removed),
                    ""]
    return "\n".join(out).rstrip() + "\n"
