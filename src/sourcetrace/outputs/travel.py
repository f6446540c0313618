"""How a claim travelled: pairwise checks grouped into one card per claim or figure.

The checks stage compares figures and quotes pair by pair, so one claim carried by five
outlets is up to ten "consistent" checks. ``claim_travel`` joins the checks that compare
the same claim (or the same counted figure) within a story into one ``Travel``: the
first outlet to carry it and its date, then every outlet that repeated it in time order,
with its language and whether it attributed the claim to someone or stated it in its own
voice. A carrier whose figure differs from the first carrier's, or that states as fact
what an earlier carrier attributed, is marked. The group's verdict is the most urgent
verdict of its checks (``VERDICT_ORDER``: conflicting, updated, unclear, consistent).

Checks join through the figures and quotes they share (a union of their items); only
claim checks and pairwise figure checks travel. Arithmetic checks inside one article
(parts and totals, shares) and event checks stay one group each, with the items found.

Everything is read from export records (``outputs.casefile.CaseFile``), so the brief,
the web page per claim and ``/api/v1/claims`` show the same groups. A group's id is a
hash of its kind and its first carrier's item id, so it stays put while later articles
join the group.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from hashlib import sha1
from typing import Any

from sourcetrace.capabilities.checks.figure_checks import listing_rank
from sourcetrace.outputs.casefile import CaseFile, Record, outlet_of

__all__ = ["Carrier", "Travel", "claim_travel", "travel_of"]

#: Arithmetic relations inside one article: they compare different figures, not one
#: figure carried by several outlets.
_ARITHMETIC = frozenset({"sum", "share"})
#: Check kinds whose items are figures or quotes that travel between outlets.
_TRAVELLING = frozenset({"claim", "figure"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Carrier:
    """One figure or quote of the group, in the article that carried it."""

    item: str
    kind: str
    article_id: str
    outlet: str
    title: str
    published: str | None
    language: str | None
    text: str
    start: int | None
    end: int | None
    #: Who the article attributes it to (speaker, or the sourcing chain); None when the
    #: article states it in its own voice.
    attributed_to: str | None
    #: The figure's amount as (low, high, unit or currency, per); None for a quote.
    amount: tuple[float | None, float | None, str | None, str | None] | None
    #: The most urgent verdict of the checks tying it to an earlier carrier ("first" for
    #: the first carrier).
    verdict: str
    #: A figure whose amount differs from the first carrier's.
    changed: bool
    #: Stated as fact where an earlier carrier attributed it.
    dropped_attribution: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class Travel:
    """One claim or figure group: its carriers in time order and the checks behind it."""

    id: str
    kind: str
    story_id: str | None
    verdict: str
    #: What the figures count ("dead", "EUR") or the relation of the claim checks.
    about: str
    carriers: tuple[Carrier, ...]
    check_ids: tuple[str, ...]
    verdicts: Mapping[str, int]
    #: The explanations of the checks that are not "consistent" (the disputes).
    disputes: tuple[str, ...]
    #: The explanation of the group's most urgent check.
    explanation: str
    #: The items of the group's most urgent check (the pair a summary line shows).
    key_items: tuple[str, ...] = ()

    @property
    def first(self) -> Carrier | None:
        return self.carriers[0] if self.carriers else None

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.outlet for c in self.carriers))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.language or "?" for c in self.carriers))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (the API's and the page's JSON twin)."""
        data = asdict(self)
        data["verdicts"] = dict(self.verdicts)
        data["outlets"] = list(self.outlets)
        data["languages"] = list(self.languages)
        for carrier in data["carriers"]:
            amount = carrier.pop("amount")
            carrier["amount"] = (
                None if amount is None else
                {"low": amount[0], "high": amount[1], "unit": amount[2], "per": amount[3]}
            )
        return data


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _travels(check: Record) -> bool:
    return check.get("kind") in _TRAVELLING and check.get("relation") not in _ARITHMETIC


def _amount(figure: Record) -> tuple[float | None, float | None, str | None, str | None]:
    low, high, value = figure.get("low"), figure.get("high"), figure.get("value")
    if low is None or high is None:
        low = high = value
    unit = figure.get("currency") or figure.get("unit")
    return (
        None if low is None else float(low), None if high is None else float(high),
        None if unit is None else str(unit), figure.get("per"),
    )


def _quote_attribution(quote: Record) -> str | None:
    speaker = (quote.get("speaker") or {}).get("text")
    via = [str(v) for v in quote.get("via") or () if v]
    if speaker:
        return str(speaker) + (f" (via {', '.join(via)})" if via else "")
    return ", ".join(via) or None


def _figure_attribution(figure: Record, quotes: Sequence[Record]) -> str | None:
    """The speaker of the innermost quote holding the figure (a headline figure is the
    outlet's own: its offsets are in the headline, where nobody is quoted)."""
    if figure.get("field") == "headline":
        return None
    start, end = figure.get("start"), figure.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    holding = [q for q in quotes
               if isinstance(q.get("start"), int) and isinstance(q.get("end"), int)
               and q["start"] <= start and end <= q["end"] and _quote_attribution(q)]
    if not holding:
        return None
    return _quote_attribution(min(holding, key=lambda q: int(q["end"]) - int(q["start"])))


def _order_key(carrier: Carrier, published: str | None) -> tuple[bool, str, str, int]:
    """Time order: the full publication timestamp, then the article id and the offset, so
    that every reader of the same records (brief, web, API) finds the same first carrier."""
    return (published is None, published or "", carrier.article_id, carrier.start or 0)


def _carrier(case: CaseFile, item_id: str) -> tuple[str, Record] | None:
    figure = case.figure_index.get(item_id)
    if figure is not None:
        return "figure", figure
    quote = case.quote_index.get(item_id)
    if quote is not None:
        return "quote", quote
    return None


def claim_travel(case: CaseFile, checks: Iterable[Record] | None = None) -> list[Travel]:
    """Every check of ``case`` (or ``checks``) in its travel group, most urgent first.

    Groups are ordered by verdict (``VERDICT_ORDER``), then by how many outlets carried
    them (most first), then by the first carrier's date.
    """
    checks = list(case.checks if checks is None else checks)
    union = _Union()
    for check in checks:
        items = [str(i) for i in check.get("items", ())]
        if _travels(check) and items:
            for item in items[1:]:
                union.join(items[0], item)
    grouped: dict[str, list[Record]] = defaultdict(list)
    for n, check in enumerate(checks):
        items = [str(i) for i in check.get("items", ())]
        key = f"travel:{union.find(items[0])}" if _travels(check) and items else f"one:{n}"
        grouped[key].append(check)
    quotes_by_article: dict[str, list[Record]] = defaultdict(list)
    for quote in case.quote_index.values():
        quotes_by_article[str(quote.get("article_id"))].append(quote)
    travels = [_travel(case, members, quotes_by_article) for members in grouped.values()]
    travels.sort(key=lambda t: (listing_rank(t.verdict), -len(t.outlets),
                                (t.first.published if t.first else None) or "9999", t.id))
    return travels


def _travel(case: CaseFile, checks: Sequence[Record],
            quotes_by_article: Mapping[str, list[Record]]) -> Travel:
    verdict_of: dict[str, list[tuple[str, str]]] = defaultdict(list)  # item -> (other, v)
    items: list[str] = []
    for check in checks:
        members = [str(i) for i in check.get("items", ())]
        items.extend(members)
        for a in members:
            verdict_of[a].extend((b, str(check.get("verdict"))) for b in members if b != a)
    found: list[tuple[Carrier, str | None]] = []
    for item in dict.fromkeys(items):
        hit = _carrier(case, item)
        if hit is None:
            continue
        kind, record = hit
        article = case.article(str(record.get("article_id"))) or {}
        attribution = (
            _figure_attribution(record, quotes_by_article.get(str(record.get("article_id")), []))
            if kind == "figure" else _quote_attribution(record)
        )
        title = article.get("title") or article.get("headline") or "(untitled)"
        found.append((Carrier(
            item=item, kind=kind, article_id=str(record.get("article_id")),
            outlet=outlet_of(article) if article else "(outside this case)",
            title=" ".join(str(title).split()),
            published=str(article["published"])[:10] if article.get("published") else None,
            language=article.get("language"), text=str(record.get("text") or ""),
            start=record.get("start"), end=record.get("end"), attributed_to=attribution,
            amount=_amount(record) if kind == "figure" else None, verdict="first",
            changed=False, dropped_attribution=False,
        ), str(article["published"]) if article.get("published") else None))
    found.sort(key=lambda pair: _order_key(*pair))
    carriers: list[Carrier] = []
    attributed_before = False
    for n, (carrier, _published) in enumerate(found):
        if n:
            earlier = {c.item for c in carriers}
            ties = [v for other, v in verdict_of[carrier.item] if other in earlier]
            verdict = min(ties, key=listing_rank) if ties else "consistent"
            first = carriers[0]
            carrier = replace(
                carrier, verdict=verdict,
                changed=carrier.amount is not None and first.amount is not None
                and carrier.amount[:3] != first.amount[:3],
                dropped_attribution=attributed_before and carrier.attributed_to is None,
            )
        attributed_before = attributed_before or carrier.attributed_to is not None
        carriers.append(carrier)
    verdicts = Counter(str(c.get("verdict") or "unclear") for c in checks)
    verdict = min(verdicts, key=listing_rank)
    kind = str(checks[0].get("kind") or "")
    about = str(checks[0].get("about") or checks[0].get("relation") or kind)
    root = carriers[0].item if carriers else str(checks[0].get("id"))
    key = min(checks, key=lambda c: listing_rank(c.get("verdict")))
    return Travel(
        id=f"{kind or 'check'}-{sha1(f'{kind}/{root}'.encode()).hexdigest()[:12]}",
        kind=kind, story_id=checks[0].get("story_id"), verdict=verdict, about=about,
        carriers=tuple(carriers), check_ids=tuple(str(c.get("id")) for c in checks),
        verdicts=dict(sorted(verdicts.items(), key=lambda kv: listing_rank(kv[0]))),
        disputes=tuple(dict.fromkeys(
            str(c.get("explanation") or "") for c in checks if c.get("verdict") != "consistent"
        )),
        explanation=str(key.get("explanation") or ""),
        key_items=tuple(str(i) for i in key.get("items", ())),
    )


def travel_of(travels: Iterable[Travel], travel_id: str) -> Travel | None:
    """The group with id ``travel_id``, or None."""
    return next((t for t in travels if t.id == travel_id), None)
