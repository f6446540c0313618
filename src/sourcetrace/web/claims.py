"""How a claim travelled, for the web app: the checks of the case grouped into one card
per claim or figure (``outputs.travel``), for the checks page, ``/claims/{id}`` and
``/api/v1/claims``.

The groups are built from the same export records the brief reads: the corpus checks
plus the figures, quotes and metadata of the articles those checks name, read from the
store. They are kept on the cached corpus records (``RecordsCache``), so they are built
again only after the case changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sourcetrace.outputs.casefile import CaseFile
from sourcetrace.outputs.contract import ExportItem, article_items
from sourcetrace.outputs.travel import Travel, claim_travel
from sourcetrace.storage.base import Store
from sourcetrace.web.records import CorpusRecords

__all__ = ["check_articles", "travel_page", "travels"]


def check_articles(checks: Iterable[Mapping[str, Any]]) -> list[str]:
    """The ids of the articles whose figures or quotes ``checks`` compare, first seen first.

    Each check names its spans' articles; an item id is ``<article id>:<kind>:<n>``
    (``storage.base.annotation_id``), and article ids may hold colons themselves.
    """
    ids: dict[str, None] = {}
    for check in checks:
        for span in check.get("spans") or ():
            if isinstance(span, Mapping) and span.get("article_id"):
                ids.setdefault(str(span["article_id"]))
        for item in check.get("items") or ():
            parts = str(item).rsplit(":", 2)
            if len(parts) == 3 and parts[2].isdigit():
                ids.setdefault(parts[0])
    return list(ids)


def _case(store: Store, checks: list[dict[str, Any]]) -> CaseFile:
    speaker = store.speaker_resolver()
    items: list[ExportItem] = []
    for article_id in check_articles(checks):
        stored = store.get_article(article_id)
        if stored is not None:
            items.extend(article_items(stored, speaker))
    items.extend(ExportItem("check", check) for check in checks)
    return CaseFile.from_items(items)


def travels(store: Store, records: CorpusRecords) -> list[Travel]:
    """Every check group of the case, most urgent first (built once per records read)."""
    if records.travels is None:
        records.travels = claim_travel(_case(store, records.checks))
    found: list[Travel] = records.travels
    return found


def travel_page(found: list[Travel]) -> dict[str, Any]:
    """The checks page's data: groups by verdict, with counts."""
    counts: dict[str, int] = {}
    for t in found:
        counts[t.verdict] = counts.get(t.verdict, 0) + 1
    return {
        "groups": [t.to_dict() for t in found],
        "counts": counts,
        "checks": sum(len(t.check_ids) for t in found),
    }
