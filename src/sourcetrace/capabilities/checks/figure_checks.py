"""Figure checks: the same figure across sources, compared after normalisation.

Figures are compared only within one story (articles about the same event) and only
when they are about the same thing:

- the same counted concept (``counted_concept``: "morts", "Tote" and "dead" are one), or
  the same unit, or both money; a figure with none of these, or one that counts a unit
  of time (an age, a duration, "two decades"), is not compared;
- both rates or both counts (a rate is never set against a total);
- the same scope (``figure_context.scopes``): what the amount is of, for or paid to, read
  in the figure's clause. When both figures name one, the item-level scopes (a single
  donation, one wallet, one network, a reward, a fee …: parts of any total) must be the
  same on both sides, and otherwise the two must share a scope ("total" matches any
  group-level scope). Figures with different scopes are not compared at all;
- a figure whose scope is unknown on one side (or money or a percentage with no scope on
  either) is compared only on agreement: the pair is reported when the amounts overlap
  (consistent), never as updated, conflicting or unclear, as nothing shows the two are
  about the same thing;
- a sub-count of a generic group ("dont trois enfants", "four of them") and a figure
  dated to another event ("the 2004 siege, in which more than 330 people died") are
  left out; "six children" killed is "dead (children)", not the same as "dead";
- money in one currency: figures in two currencies are reported as "unclear" with the
  reason, as no exchange rate is assumed.

Inside one article, two sources' figures, or a headline figure and the body's closest,
are compared in full; one account's (one source, or the outlet, twice) only on agreement.

Verdicts, for a pair from two articles (A published no later than B):

- ``consistent``: the intervals the figures allow overlap (see ``figure_measure``);
- ``updated``: they do not overlap and B was published on a later day, and either they
  are rates (a rate changes over time: "more than 1,500 per month" then "about 150 per
  month") or B's count is higher (a toll rising across dated reports);
- ``conflicting``: they do not overlap and were published the same day (or a date is
  unknown), or a later count is lower than an earlier one;
- ``unclear``: different currencies.

A generic counted thing ("people", "personnes") is resolved from the two words before
the figure and the few after it, within its sentence ("killing 12 people", "12 people
were killed" → dead); if none names the concept the figure is left out, as "people"
alone may count the dead, the injured or the evacuated.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from hashlib import sha1
from typing import Any

from sourcetrace.capabilities.checks.figure_context import (
    clause_tail,
    dated_elsewhere,
    is_subcount,
    scopes,
    sentence_after,
    sentence_before,
)
from sourcetrace.capabilities.checks.figure_measure import Measure, measure, normalised
from sourcetrace.model import Figure
from sourcetrace.text.normalise import counted_concept, words

__all__ = [
    "VERDICT_ORDER",
    "Check",
    "FigureItem",
    "check_id",
    "figure_checks",
    "figure_key",
    "figure_scopes",
    "listing_rank",
    "scope_relation",
]

#: The order checks are listed in everywhere (export, brief, web, API): the ones a
#: reader must see first — sources that disagree, then figures that moved — before
#: the many that agree.
VERDICT_ORDER = ("conflicting", "updated", "unclear", "consistent")


def listing_rank(verdict: str | None) -> int:
    """Where a check with ``verdict`` comes in a listing (unknown verdicts last)."""
    return VERDICT_ORDER.index(verdict) if verdict in VERDICT_ORDER else len(VERDICT_ORDER)


#: Units that measure time: a figure in them is an age or a duration, not a reported count.
TIME_UNITS = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}
)
#: Units of a share of some whole: two shares are compared only on agreement unless a
#: scope shows they are of the same whole ("90% of the stolen cars", "10% abroad").
SHARES = frozenset({"%", "pp"})
#: Concepts too broad to compare unless the following words narrow them: "two men" may
#: be the attackers or the dead, "six children" a sub-count of the victims.
GENERIC = frozenset({"people", "men", "women", "children"})
#: Scopes naming one payment or one holder (a part of any total): the other figure must
#: name the same ones. "network" is one network; "networks" (several) is group-level.
ITEM_SCOPES = frozenset(
    {"donation", "wallet", "reward", "ransom", "salary", "fee", "grant", "network"}
)
#: A scope that matches any group-level scope ("the total" raised for the camps).
ANY_SCOPE = "total"
#: Words after a figure read to narrow a generic concept.
CONTEXT_WORDS = 4
#: At most this many checks per story and key, earliest pairs first.
MAX_PAIRS = 40


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureItem:
    """One figure with what a check needs of its article."""

    id: str
    article_id: str
    figure: Figure
    source: str | None = None
    published: date | None = None
    language: str | None = None
    #: The article text right before and after the figure (for generic counted things).
    before: str = ""
    after: str = ""
    seq: int = 0
    #: Who gives the figure inside the article: the speaker of the attribution whose
    #: content holds it ("a police chief", "the agency"); None for the outlet's own voice.
    speaker: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Check:
    """A comparison across sources; ``data`` holds extra export fields (spans, …)."""

    id: str
    kind: str
    items: tuple[str, ...]
    verdict: str
    explanation: str
    data: dict[str, Any] = field(default_factory=dict)


def check_id(kind: str, items: Sequence[str]) -> str:
    digest = sha1("\x1f".join([kind, *sorted(items)]).encode("utf-8")).hexdigest()
    return f"check-{kind}-{digest[:12]}"


def figure_key(item: FigureItem) -> tuple[str, str, bool] | None:
    """What the figure counts, as a comparable key; None if it is not comparable."""
    f = item.figure
    rate = f.per is not None
    if dated_elsewhere(item.before, item.after, item.language, item.published):
        return None
    if f.currency:
        return ("money", "", rate)
    if f.unit:
        return None if f.unit in TIME_UNITS else ("unit", f.unit, rate)
    concept = counted_concept(f.counted, item.language)
    if concept is None or concept in TIME_UNITS or concept.removesuffix("s") in TIME_UNITS:
        return None
    if concept in GENERIC:
        if is_subcount(item.before, item.after, item.language):
            return None
        narrowed = _narrow(item)
        if narrowed is None:
            return None
        # "six children" killed is a part of the dead, not the toll itself.
        concept = narrowed if concept == "people" else f"{narrowed} ({concept})"
    return ("count", concept, rate)


def figure_scopes(item: FigureItem) -> frozenset[str]:
    """What the figure is of, for or paid to (see ``figure_context.scopes``)."""
    return scopes(item.before, item.figure.text, item.after, item.language)


def scope_relation(a: frozenset[str], b: frozenset[str]) -> str:
    """"same", "different" or "unknown" (one side names no scope) for two figures."""
    if not a or not b:
        return "unknown"
    items_a, items_b = a & ITEM_SCOPES, b & ITEM_SCOPES
    if items_a or items_b:
        return "same" if items_a == items_b else "different"
    if a & b or ANY_SCOPE in a or ANY_SCOPE in b:
        return "same"
    return "different"


def _narrow(item: FigureItem) -> str | None:
    # The verb just before ("killing 12 people") binds closer than words after it; only
    # the figure's own clause is read ("Drei starben, acht wurden verletzt").
    before = words(clause_tail(sentence_before(item.before)))[-2:]
    after = words(sentence_after(item.after))[:CONTEXT_WORDS]
    for word in [*reversed(before), *after]:
        concept = counted_concept(word, item.language, known_only=True)
        if concept is not None and concept not in GENERIC:
            return concept
    return None


def _when(item: FigureItem) -> str:
    who = item.source or item.article_id
    if item.speaker:
        who = f"{item.speaker} in {who}"
    return f"{who}, {item.published.isoformat()}" if item.published else who


def _desc(item: FigureItem, m: Measure) -> str:
    return f"“{item.figure.text}” ({_when(item)}) = {m.words}"


def _compare(a: FigureItem, ma: Measure, b: FigureItem, mb: Measure) -> tuple[str, str]:
    """Verdict and explanation for A (earlier or same day) against B."""
    fa, fb = a.figure, b.figure
    da, db = _desc(a, ma), _desc(b, mb)
    if fa.currency and fb.currency and fa.currency != fb.currency:
        return "unclear", (
            f"{da} is in {fa.currency} and {db} in {fb.currency}: not compared, "
            "as no exchange rate is assumed"
        )
    if ma.overlaps(mb):
        if (ma.low, ma.high) == (mb.low, mb.high):
            how = f"{da} and {db}: the same figure"
        elif mb.low <= ma.low and ma.high <= mb.high:
            how = f"{da}, inside {db}"
        elif ma.low <= mb.low and mb.high <= ma.high:
            how = f"{db}, inside {da}"
        else:
            how = f"{da} and {db} overlap"
        return "consistent", how
    later = a.published is not None and b.published is not None and b.published > a.published
    apart = f"{da} and {db} do not overlap"
    if later and (ma.rate or mb.low > ma.high):
        why = (
            "a rate reported later is read as a change over time"
            if ma.rate
            else "a higher figure reported later is read as an update"
            " (a rising toll or total)"
        )
        return "updated", f"{apart}; {why}"
    if later:
        return "conflicting", (
            f"{apart}; the later report gives a lower figure, which an update over "
            "time does not explain"
        )
    when = "reported the same day" if a.published and b.published else "dates unknown"
    return "conflicting", f"{apart}; {when}"


def _distance(ma: Measure, mb: Measure) -> float:
    """0 when the intervals overlap, else the gap between them relative to their size."""
    if ma.overlaps(mb):
        return 0.0
    lo, hi = (ma, mb) if ma.high < mb.low else (mb, ma)
    return (hi.low - lo.high) / max(hi.low, 1.0)


def _order(item: FigureItem) -> tuple[bool, date, int]:
    return (item.published is None, item.published or date.min, item.seq)


@dataclass(frozen=True, slots=True)
class _Entry:
    item: FigureItem
    m: Measure
    scopes: frozenset[str]


def _established(a: _Entry, b: _Entry, key: tuple[str, str, bool]) -> bool | None:
    """Whether A and B are shown to be about the same thing; None: about different things.

    False means "not known": such a pair is reported only when the amounts agree.
    """
    relation = scope_relation(a.scopes, b.scopes)
    if relation == "different":
        return None
    if relation == "same":
        return True
    if key[0] == "unit" and key[1] in SHARES:
        return False  # "90%" and "10%" are shares of wholes nobody named
    # Counts of one concept with no scope on either side are the usual tolls; money
    # with no stated purpose, or a scope on one side only, is not enough.
    return key[0] != "money" and not a.scopes and not b.scopes


def _clusters(same: Sequence[_Entry]) -> list[list[_Entry]]:
    """Figures of one reading split so that no two in a cluster have different scopes."""
    clusters: list[list[_Entry]] = []
    for entry in same:
        for cluster in clusters:
            if all(scope_relation(entry.scopes, o.scopes) != "different" for o in cluster):
                cluster.append(entry)
                break
        else:
            clusters.append([entry])
    return clusters


def figure_checks(items: Sequence[FigureItem], *, story_id: str = "") -> Iterator[Check]:
    """Checks between figures of different articles (one story's figures), and between
    figures that two different sources give inside one article."""
    groups: dict[tuple[str, str, bool], list[_Entry]] = defaultdict(list)
    for item in sorted(items, key=_order):
        key = figure_key(item)
        reading = measure(item.figure) if key else None
        if key is not None and reading is not None:
            groups[key].append(_Entry(item, reading, figure_scopes(item)))
    for key in sorted(groups):
        made = 0
        readings: dict[tuple[float, float, str], list[_Entry]] = defaultdict(list)
        for entry in groups[key]:
            marker = (entry.m.low, entry.m.high, entry.item.figure.currency or "")
            readings[marker].append(entry)
        reps: list[_Entry] = []
        for same in readings.values():
            for cluster in _clusters(same):
                reps.append(cluster[0])
                if len(cluster) > 1:
                    # across articles, or restated inside one (a lead and its body)
                    yield _same_figure(cluster, key, story_id)
        # One representative (the earliest) per reading, compared with the others.
        reps.sort(key=lambda e: _order(e.item))
        by_article: dict[str, list[_Entry]] = defaultdict(list)
        for entry in groups[key]:
            by_article[entry.item.article_id].append(entry)
        for j, b in enumerate(reps):
            if made >= MAX_PAIRS:
                break  # the story's quota for this key is spent: no more pairs are read
            # Against each earlier article, only its figure closest to B's: an article
            # giving both an early toll and the latest one is not in conflict with B.
            # Inside one article, two figures are compared when two different sources
            # give them ("60 a day, the police chief said" against the agency's count).
            # One account (one source, or the outlet's own voice, twice in one article)
            # is compared only on agreement: a restated or rounded figure, never a
            # conflict, as two figures of one account are mostly about different things.
            nearest: dict[tuple[str, str], tuple[_Entry, bool]] = {}
            # A headline is set against its own body's figures, also those whose reading
            # another article gave first (and so are no representative).
            own = [e for e in by_article[b.item.article_id]
                   if _headline(b) and not _headline(e) and e not in reps[:j]]
            for a in [*reps[:j], *own]:
                one_account = _one_account(a, b)
                known = _established(a, b, key)
                if known is None or ((one_account or not known) and not _agree(a, b)):
                    continue
                known = known and not one_account
                # A headline against its own body: only the body figure closest to it,
                # whoever gives it ("FIVE DEAD" against the latest toll, not each one).
                own_headline = (a.item.article_id == b.item.article_id
                                and _headline(a) != _headline(b))
                source = (a.item.article_id, "" if own_headline else _source_key(a.item))
                held = nearest.get(source)
                if held is None or _distance(a.m, b.m) < _distance(held[0].m, b.m):
                    nearest[source] = (a, known)
            for a, known in nearest.values():
                if made >= MAX_PAIRS:
                    break
                made += 1
                verdict, explanation = _compare(a.item, a.m, b.item, b.m)
                if _one_account(a, b):
                    explanation += "; one account in one article, restated"
                elif _headline(a) != _headline(b) and a.item.article_id == b.item.article_id:
                    explanation += "; the headline against its own article's body"
                elif not known:
                    explanation += (
                        "; compared on the amounts alone, as only one report (or"
                        " neither) says what the figure is for"
                    )
                pair = (a.item.id, b.item.id)
                yield Check(
                    id=check_id("figure", pair),
                    kind="figure",
                    items=pair,
                    verdict=verdict,
                    explanation=explanation,
                    data={
                        "story_id": story_id or None,
                        "about": key[1] or key[0],
                        "scopes": sorted(a.scopes | b.scopes),
                        "spans": [_span(a.item), _span(b.item)],
                        "normalised": [normalised(a.item.id, a.m), normalised(b.item.id, b.m)],
                    },
                )


def _headline(entry: _Entry) -> bool:
    return entry.item.figure.field == "headline"


def _one_account(a: _Entry, b: _Entry) -> bool:
    """Two figures of one account: one article, neither two different sources nor its
    headline against its body (a headline is checked against its body in full)."""
    return (
        a.item.article_id == b.item.article_id
        and _headline(a) == _headline(b)
        and not _two_sources(a, b)
    )


def _source_key(item: FigureItem) -> str:
    return (item.speaker or "").casefold()


def _two_sources(a: _Entry, b: _Entry) -> bool:
    """Both figures are attributed, to different sources."""
    return bool(a.item.speaker and b.item.speaker) and _source_key(a.item) != _source_key(
        b.item
    )


def _agree(a: _Entry, b: _Entry) -> bool:
    """Same currency (or none) and overlapping amounts."""
    return a.item.figure.currency == b.item.figure.currency and a.m.overlaps(b.m)


def _same_figure(same: Sequence[_Entry], key: tuple[str, str, bool], story_id: str) -> Check:
    """One check for a figure several articles give identically."""
    ids = tuple(e.item.id for e in same)
    first, m = same[0].item, same[0].m
    outlets = list(dict.fromkeys(e.item.source or e.item.article_id for e in same))
    texts = ", ".join(dict.fromkeys(f"“{e.item.figure.text}”" for e in same))
    reports = len({e.item.article_id for e in same})
    where = (
        f"in {reports} reports from {', '.join(outlets)}"
        if reports > 1
        else f"given {len(same)} times in one report from {outlets[0]}"
    )
    return Check(
        id=check_id("figure", ids),
        kind="figure",
        items=ids,
        verdict="consistent",
        explanation=(
            f"{texts}: the same figure ({m.words}) {where}; first given by {_when(first)}"
        ),
        data={
            "story_id": story_id or None,
            "about": key[1] or key[0],
            "scopes": sorted(set().union(*(e.scopes for e in same))),
            "spans": [_span(e.item) for e in same],
            "normalised": [normalised(first.id, m)],
        },
    )


def _span(item: FigureItem) -> dict[str, Any]:
    f = item.figure
    return {"item": item.id, "article_id": item.article_id, "start": f.start, "end": f.end,
            "text": f.text}
