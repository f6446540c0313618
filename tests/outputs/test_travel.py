"""How a claim travelled (``outputs.travel``): pairwise checks grouped into one card.

The case is written here as export records: five outlets carry one quote (ten pairwise
"consistent" checks), a toll travels from an attributed "12" to a later "15" stated as
fact (an "updated" check), and an arithmetic check inside one article compares different
figures (it must not join the toll group).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from typing import Any

from sourcetrace.outputs.casefile import CaseFile
from sourcetrace.outputs.contract import ExportItem
from sourcetrace.outputs.travel import claim_travel, travel_of

QUOTE = "The port will stay closed until the inquiry ends"
#: (article id, outlet, published, language), deliberately not in time order.
OUTLETS = [
    ("d", "Daily Four", "2026-03-04T08:00:00Z", "en"),
    ("a", "Wire One", "2026-03-01T09:00:00Z", "en"),
    ("c", "Journal Trois", "2026-03-03T07:00:00Z", "fr"),
    ("b", "Blatt Zwei", "2026-03-02T10:00:00Z", "de"),
    ("e", "Diario Cinco", "2026-03-05T12:00:00Z", "es"),
]


def _article(aid: str, source: str, published: str, language: str) -> ExportItem:
    return ExportItem("article", {"id": aid, "title": f"Report {aid}", "source": source,
                                  "published": published, "language": language,
                                  "text": f"{QUOTE}, the minister said. Twelve people died."})


def _quote(aid: str, *, speaker: str | None = "the minister") -> ExportItem:
    return ExportItem("quote", {
        "id": f"{aid}:quote:0", "article_id": aid, "text": QUOTE, "start": 0,
        "end": len(QUOTE), "direct": False, "cue": "said", "via": [],
        "speaker": {"entity_id": None, "text": speaker, "start": None, "end": None}})


def _figure(aid: str, n: int, value: float, start: int) -> ExportItem:
    return ExportItem("figure", {
        "id": f"{aid}:figure:{n}", "article_id": aid, "text": f"{value:g}", "start": start,
        "end": start + 2, "value": value, "low": None, "high": None, "unit": None,
        "currency": None, "per": None, "qualifier": None, "counted": "dead", "field": "text"})


def _check(cid: str, kind: str, items: list[str], verdict: str, **data: Any) -> ExportItem:
    return ExportItem("check", {"id": cid, "kind": kind, "items": items, "verdict": verdict,
                                "explanation": f"{cid} explained", "story_id": "s1", **data})


def _case(*, extra: Sequence[ExportItem] = ()) -> CaseFile:
    items = [_article(*o) for o in OUTLETS]
    items += [_quote(aid) for aid, *_ in OUTLETS]
    ids = [f"{aid}:quote:0" for aid, *_ in OUTLETS]
    items += [_check(f"q{n}", "claim", list(pair), "consistent", relation="same quote")
              for n, pair in enumerate(combinations(ids, 2))]
    # The toll: "a" gives 12 inside the minister's quote span; "c" gives 15 in its own voice.
    items += [_figure("a", 0, 12, 10), _figure("c", 0, 15, 60), _figure("a", 1, 3, 70),
              _figure("a", 2, 9, 80)]
    items += [_check("f1", "figure", ["a:figure:0", "c:figure:0"], "updated", about="dead"),
              _check("sum1", "figure", ["a:figure:1", "a:figure:2", "a:figure:0"],
                     "consistent", relation="sum", about="dead")]
    return CaseFile.from_items([*items, *extra])


def test_five_outlets_carrying_one_quote_are_one_card_in_time_order() -> None:
    travels = claim_travel(_case())
    claims = [t for t in travels if t.kind == "claim"]
    assert len(claims) == 1
    (claim,) = claims
    assert len(claim.check_ids) == 10 and claim.verdicts == {"consistent": 10}
    assert [c.outlet for c in claim.carriers] == [
        "Wire One", "Blatt Zwei", "Journal Trois", "Daily Four", "Diario Cinco"]
    assert claim.first is not None and claim.first.published == "2026-03-01"
    assert claim.languages == ("en", "de", "fr", "es")
    assert all(c.attributed_to == "the minister" for c in claim.carriers)
    assert not any(c.dropped_attribution or c.changed for c in claim.carriers)


def test_a_later_outlet_that_changed_the_figure_and_dropped_the_attribution_is_marked() -> None:
    travels = claim_travel(_case())
    toll = next(t for t in travels if "f1" in t.check_ids)
    assert toll.verdict == "updated" and toll.about == "dead"
    first, later = toll.carriers
    assert (first.outlet, first.attributed_to, first.verdict) == ("Wire One", "the minister",
                                                                  "first")
    assert later.outlet == "Journal Trois" and later.attributed_to is None
    assert later.changed and later.dropped_attribution and later.verdict == "updated"
    assert toll.disputes == ("f1 explained",) and toll.key_items == ("a:figure:0",
                                                                     "c:figure:0")


def test_an_arithmetic_check_stays_its_own_group_and_urgent_groups_come_first() -> None:
    travels = claim_travel(_case())
    # claim group, toll group, the sum check alone
    assert len(travels) == 3
    alone = next(t for t in travels if "sum1" in t.check_ids)
    assert alone.check_ids == ("sum1",)
    assert "f1" not in alone.check_ids
    assert travels[0].verdict == "updated"
    assert [t.verdict for t in travels[1:]] == ["consistent", "consistent"]


def test_conflicting_groups_come_before_updated_ones() -> None:
    conflict = [_article("x", "Late Post", "2026-03-02T00:00:00Z", "en"),
                _figure("x", 0, 4, 5),
                _check("f2", "figure", ["a:figure:0", "x:figure:0"], "conflicting",
                       about="dead")]
    travels = claim_travel(_case(extra=conflict))
    assert travels[0].verdict == "conflicting"
    # f1 and f2 share the figure "a:figure:0": one toll group, its verdict the worst.
    assert set(travels[0].check_ids) == {"f1", "f2"}
    assert travels[0].verdicts == {"conflicting": 1, "updated": 1}


def test_a_group_keeps_its_id_when_a_later_outlet_joins() -> None:
    before = {t.kind: t.id for t in claim_travel(_case()) if t.kind == "claim"}
    later = [_article("z", "Late Post", "2026-03-09T00:00:00Z", "en"), _quote("z", speaker=None),
             _check("qz", "claim", ["a:quote:0", "z:quote:0"], "consistent")]
    travels = claim_travel(_case(extra=later))
    claim = next(t for t in travels if t.kind == "claim")
    assert claim.id == before["claim"]
    assert travel_of(travels, claim.id) is claim
    last = claim.carriers[-1]
    assert last.outlet == "Late Post" and last.attributed_to is None
    assert last.dropped_attribution and not last.changed
    # The JSON form names outlets and languages and spells the amount out.
    data = next(t for t in travels if "f1" in t.check_ids).to_dict()
    assert data["outlets"] == ["Wire One", "Journal Trois"]
    assert data["carriers"][1]["amount"] == {"low": 15.0, "high": 15.0, "unit": None,
                                             "per": None}
