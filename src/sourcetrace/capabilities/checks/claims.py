"""Claim checks: quotes and reported statements on the same point across outlets.

Within one story:

1. **One quote, many outlets.** Quotes whose folded words are the same (or nearly:
   rapidfuzz ratio ≥ ``SAME_QUOTE`` on quotes of at least ``MIN_WORDS`` words, and
   both negated or neither: "will not stay open" is not "will stay open") are one
   quote carried by several articles. Quotes are blocked by key before they are
   compared, so a story's cost grows with its quotes, not with their pairs: the same
   folded words are found by a dictionary, and a near match is looked for only among
   the groups sharing one of its ``BLOCK_WORDS`` longest words (a quote that is 92%
   the same keeps nearly all its words, and its longest ones are the rarest). The
   check names every outlet and the first one that carried it (earliest publication
   date, then ingest order); verdict ``consistent``.
2. **The same point, in other words or another language.** Representatives of the
   first ``MAX_GROUPS`` such groups (only those with a possible partner are embedded:
   ``same_point_reps``) whose embeddings are close (cosine ≥ ``SAME_POINT``), whose speakers do
   not differ (same surname, or one unknown) are on the same point. If one carries a
   negation cue of its language (``LanguagePack.checks.negation_cues``) and the other
   does not, they are flagged ``conflicting`` with both spans; otherwise ``consistent``.

Embedding similarity alone does not see negation ("X ordered the attack" and "X did
not order the attack" score ~0.9), which is why the cue words decide the verdict.
"""



from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from sourcetrace.capabilities.checks.figure_checks import Check, check_id
from sourcetrace.lang import get_pack
from sourcetrace.model import Quote
from sourcetrace.text.embeddings import Vector
from sourcetrace.text.normalise import fold, quote_fingerprint, words

__all__ = ["QuoteItem", "claim_checks", "negations", "quote_groups", "same_point_reps"]

SAME_QUOTE = 92.0
MIN_WORDS = 4
SAME_POINT = 0.62
#: At most this many same-point comparisons per story (groups are compared pairwise).
MAX_GROUPS = 60
#: A near match is looked for among the groups sharing one of this many longest words.
BLOCK_WORDS = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteItem:
    id: str
    article_id: str
    quote: Quote
    source: str | None = None
    published: date | None = None
    language: str | None = None
    seq: int = 0


def negations(text: str, language: str | None) -> list[str]:
    """The negation cue words of ``language`` found in ``text``, in order.

    Besides whole words, an English word ending in "n't" ("didn't") and a French elided
    cue ("n'a") count when the pack lists "n't" or "n'".
    """
    cues = get_pack(language or "xx").checks.negation_cues
    elided = tuple(c for c in cues if c.endswith("'"))
    return [
        w for w in words(text)
        if w in cues
        or (w.endswith("n't") and "n't" in cues)
        or (elided and w.startswith(elided))
    ]


def _speaker(item: QuoteItem) -> str | None:
    text = item.quote.speaker_text
    if not text or item.quote.speaker_kind in ("pronoun", "unnamed"):
        return None
    parts = fold(text).split()
    return parts[-1] if parts else None


def _order(item: QuoteItem) -> tuple[bool, date, int]:
    return (item.published is None, item.published or date.min, item.seq)


def _same_quote(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a.split()), len(b.split())) < MIN_WORDS:
        return False
    return fuzz.ratio(a, b) >= SAME_QUOTE


def _block_words(fingerprint: str) -> list[str]:
    """The quote's ``BLOCK_WORDS`` longest distinct words (ties: alphabetical)."""
    distinct = sorted(set(fingerprint.split()), key=lambda w: (-len(w), w))
    return distinct[:BLOCK_WORDS]


def quote_groups(items: Sequence[QuoteItem]) -> list[list[QuoteItem]]:
    """Items grouped by quote; a near match with a negation added or dropped is not one.

    Each item joins the earliest group it matches. The same folded words are looked up
    in a dictionary; a near match is tried only against the groups that share one of
    its longest words (``_block_words``), never against every group of the story.
    """
    groups: list[tuple[str, bool, list[QuoteItem]]] = []
    exact: dict[tuple[str, bool], int] = {}
    by_word: dict[str, list[int]] = {}
    for item in sorted(items, key=_order):
        fp = quote_fingerprint(item.quote.text)
        if not fp:
            continue
        negated = bool(negations(item.quote.text, item.language))
        found = exact.get((fp, negated))
        if len(fp.split()) >= MIN_WORDS:
            candidates = sorted({g for w in _block_words(fp) for g in by_word.get(w, ())})
            for g in candidates:
                if found is not None and g >= found:
                    break
                key, key_negated, _ = groups[g]
                if negated == key_negated and _same_quote(fp, key):
                    found = g
                    break
        if found is not None:
            groups[found][2].append(item)
            continue
        exact[(fp, negated)] = len(groups)
        if len(fp.split()) >= MIN_WORDS:
            for w in _block_words(fp):
                by_word.setdefault(w, []).append(len(groups))
        groups.append((fp, negated, [item]))
    return [members for _, _, members in groups]


def same_point_reps(groups: Sequence[Sequence[QuoteItem]]) -> list[QuoteItem]:
    """The quotes compared for "same point" checks: the first item of each of the first
    ``MAX_GROUPS`` groups that has a possible partner (a representative in another
    article whose speaker does not differ). Only these need an embedding."""
    reps = [g[0] for g in groups[:MAX_GROUPS]]
    speakers = [_speaker(q) for q in reps]
    total: Counter[str | None] = Counter(speakers)
    here: Counter[tuple[str | None, str]] = Counter(
        (s, q.article_id) for s, q in zip(speakers, reps, strict=True))
    per_article = Counter(q.article_id for q in reps)
    kept = []
    for speaker, q in zip(speakers, reps, strict=True):
        if speaker is None:
            partners = len(reps) - per_article[q.article_id]
        else:  # an unknown speaker elsewhere, or the same surname elsewhere
            partners = (total[None] - here[(None, q.article_id)]
                        + total[speaker] - here[(speaker, q.article_id)])
        if partners > 0:
            kept.append(q)
    return kept


def _who(item: QuoteItem) -> str:
    who = item.source or item.article_id
    return f"{who} ({item.published.isoformat()})" if item.published else who


def _span(item: QuoteItem) -> dict[str, Any]:
    q = item.quote
    return {"item": item.id, "article_id": item.article_id, "start": q.start, "end": q.end,
            "text": q.text, "source": item.source}


def claim_checks(
    items: Sequence[QuoteItem],
    vectors: dict[str, Vector] | None = None,
    *,
    story_id: str = "",
    groups: Sequence[Sequence[QuoteItem]] | None = None,
) -> Iterator[Check]:
    """Claim checks for one story's quotes; ``vectors``: quote id → unit embedding (of
    ``same_point_reps`` at least); ``groups``: ``quote_groups(items)`` if already made."""
    groups = quote_groups(items) if groups is None else groups
    for members in groups:
        articles = {m.article_id for m in members}
        if len(articles) < 2:
            continue
        first = members[0]
        outlets = list(dict.fromkeys(m.source or m.article_id for m in members))
        ids = tuple(m.id for m in members)
        yield Check(
            id=check_id("claim", ids),
            kind="claim",
            items=ids,
            verdict="consistent",
            explanation=(
                f"the same quote carried by {len(articles)} articles from "
                f"{len(outlets)} outlet{'s' if len(outlets) != 1 else ''} "
                f"({', '.join(outlets)}); first carried by {_who(first)}"
            ),
            data={
                "story_id": story_id or None,
                "relation": "same quote",
                "first": {"item": first.id, "article_id": first.article_id,
                          "source": first.source,
                          "published": first.published.isoformat() if first.published else None},
                "spans": [_span(m) for m in members],
            },
        )
    if not vectors:
        return
    reps = [g[0] for g in groups[:MAX_GROUPS] if g[0].id in vectors]
    for j, b in enumerate(reps):
        for a in reps[:j]:
            if a.article_id == b.article_id:
                continue
            sa, sb = _speaker(a), _speaker(b)
            if sa and sb and sa != sb:
                continue
            cosine = float(vectors[a.id] @ vectors[b.id])
            if cosine < SAME_POINT:
                continue
            na, nb = negations(a.quote.text, a.language), negations(b.quote.text, b.language)
            pair = (a.id, b.id)
            if bool(na) != bool(nb):
                neg, pos = (a, b) if na else (b, a)
                cue = ", ".join(dict.fromkeys(na or nb))
                verdict = "conflicting"
                explanation = (
                    f"{_who(neg)} reports “{neg.quote.text}” with a negation ({cue}) where "
                    f"{_who(pos)} reports “{pos.quote.text}” without one "
                    f"(same point: similarity {cosine:.2f})"
                )
            else:
                verdict = "consistent"
                explanation = (
                    f"{_who(a)} and {_who(b)} report the same point "
                    f"(similarity {cosine:.2f}): “{a.quote.text}” / “{b.quote.text}”"
                )
            yield Check(
                id=check_id("claim", pair),
                kind="claim",
                items=pair,
                verdict=verdict,
                explanation=explanation,
                data={"story_id": story_id or None, "relation": "same point",
                      "similarity": round(cosine, 3), "spans": [_span(a), _span(b)]},
            )
