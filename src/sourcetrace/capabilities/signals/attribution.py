"""Signals about sourcing: who stands behind the article's claims.

- ``attribution``: share of the outlet's claim sentences (those carrying a figure, a date
  or a name) that no source stands behind in the sentence itself;
- ``anonymous_sourcing``: quotes from unnamed speakers and "sources said" wording;
- ``unverifiable_certainty``: certainty about what cannot be checked ("There can be no
  doubt that …") in the outlet's own voice;
- ``hedging``: the balance of hedges and certainty markers in the outlet's voice;
- ``unsupported_figures``: figures with no source in their sentence or paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sourcetrace.capabilities.signals.text import (
    Span,
    TextView,
    cached_terms,
    evidence,
    find_terms,
    rate_score,
    top,
)
from sourcetrace.core.resources import Resources
from sourcetrace.lang.pack import LanguagePack
from sourcetrace.model import Document, Evidence, Signal

__all__ = ["sourcing_signals"]

STAGE_NAME = "signals"
_MIN_CLAIMS = 3


def _cue_pattern(pack: LanguagePack, resources: Resources) -> re.Pattern[str] | None:
    def build() -> re.Pattern[str] | None:
        from sourcetrace.capabilities.signals.text import compile_terms

        terms = [
            re.escape(w)
            for w in (
                *pack.speech.cue_forms,
                *pack.speech.according_before,
                *pack.speech.according_after,
            )
        ]
        return compile_terms([*terms, *pack.signals.attribution_cues])

    return resources.cached(f"signals:{pack.code}:cues", build)  # type: ignore[no-any-return]


def _has_source(view: TextView, span: Span, doc: Document, cues: re.Pattern[str] | None) -> bool:
    if any(
        q.start < span.end and span.start < q.end and (q.speaker_text or q.speaker_kind)
        for q in doc.quotes
    ):
        return True
    return next(find_terms(cues, view.text, span.start, span.end), None) is not None


def sourcing_signals(
    doc: Document, view: TextView, pack: LanguagePack, resources: Resources
) -> Iterator[Signal]:
    lex = pack.signals
    lang = pack.code
    cues = _cue_pattern(pack, resources)
    yield from _attribution(doc, view, cues)
    yield from _unsupported_figures(doc, view, cues)

    anonymous = [
        evidence(
            view.text,
            q.speaker_mention_start or q.start,
            q.speaker_mention_end or q.end,
            "a quote from an unnamed source",
        )
        for q in doc.quotes
        if q.speaker_kind == "unnamed" and _is_source(q.speaker_text, pack)
    ]
    covered = {(e.start, e.end) for e in anonymous}
    for m in find_terms(
        cached_terms(resources, lang, "anonymous", lex.anonymous_sources), view.text
    ):
        if not any(a <= m.start() < b for a, b in covered):
            anonymous.append(
                evidence(view.text, m.start(), m.end(), f"unnamed sourcing: “{m.group(0)}”")
            )
    if anonymous:
        yield Signal(
            kind="anonymous_sourcing",
            score=rate_score(len(anonymous), 2.0),
            stage=STAGE_NAME,
            evidence=top(anonymous),
        )

    certain = [
        evidence(
            view.text, m.start(), m.end(), f"certainty about what cannot be checked: “{m.group(0)}”"
        )
        for m in find_terms(
            cached_terms(resources, lang, "unverifiable", lex.unverifiable_certainty), view.text
        )
        if not view.in_reported(m.start(), m.end())
    ]
    if certain:
        yield Signal(
            kind="unverifiable_certainty",
            score=rate_score(len(certain), 1.0),
            stage=STAGE_NAME,
            evidence=top(certain),
        )

    hedges = _own(view, cached_terms(resources, lang, "hedges", lex.hedges), "hedge")
    sure = _own(view, cached_terms(resources, lang, "certainty", lex.certainty), "certainty marker")
    if hedges or sure:
        share = len(hedges) / (len(hedges) + len(sure))
        yield Signal(
            kind="hedging", score=round(share, 3), stage=STAGE_NAME, evidence=top([*hedges, *sure])
        )


def _is_source(speaker: str | None, pack: LanguagePack) -> bool:
    """An unnamed speaker that is a source ("a senior official", "des sources proches"),
    not a pronoun or a crowd ("everybody", "on")."""
    words = {w.strip(".,").lower() for w in (speaker or "").split()}
    nouns = pack.speech.source_nouns
    return any(w in nouns or w.rstrip("s") in nouns for w in words)


def _own(view: TextView, pattern: re.Pattern[str] | None, note: str) -> list[Evidence]:
    return [
        evidence(view.text, m.start(), m.end(), f"{note}: “{m.group(0)}”")
        for m in find_terms(pattern, view.text)
        if not view.in_reported(m.start(), m.end())
    ]


def _attribution(doc: Document, view: TextView, cues: re.Pattern[str] | None) -> Iterator[Signal]:
    anchors = sorted(
        [
            *(f.start for f in doc.figures if f.field == "text"),
            *(m.start for m in doc.mentions),
            *(d.start for d in doc.dates),
        ]
    )
    claims: list[Span] = []
    for s in view.sentences:
        chunk = view.text[s.start : s.end]
        if chunk.rstrip("”»\"' ").endswith("?") or len(chunk.split()) < 4:
            continue
        if any(s.start <= a < s.end for a in anchors):
            claims.append(s)
    if len(claims) < _MIN_CLAIMS:
        return
    bare = [s for s in claims if not _has_source(view, s, doc, cues)]
    share = len(bare) / len(claims)
    note = (
        "a claim the outlet asserts with no source in the sentence "
        f"({len(bare)} of {len(claims)} claim sentences)"
    )
    yield Signal(
        kind="attribution",
        score=round(share, 3),
        stage=STAGE_NAME,
        evidence=top([evidence(view.text, s.start, s.end, note) for s in bare], limit=8),
    )


def _unsupported_figures(
    doc: Document, view: TextView, cues: re.Pattern[str] | None
) -> Iterator[Signal]:
    figures = [
        f
        for f in doc.figures
        if f.field == "text"
        and f.unit not in {"year", "years", "age"}
        and not view.in_reported(f.start, f.end)
    ]
    if not figures:
        return
    bare = []
    for f in figures:
        if _has_source(view, view.sentence_of(f.start), doc, cues):
            continue
        if _has_source(view, view.paragraph_of(f.start), doc, cues):
            continue
        bare.append(
            evidence(
                view.text, f.start, f.end, "a figure with no source in its sentence or paragraph"
            )
        )
    if bare:
        yield Signal(
            kind="unsupported_figures",
            score=round(len(bare) / len(figures), 3),
            stage=STAGE_NAME,
            evidence=top(bare),
        )
