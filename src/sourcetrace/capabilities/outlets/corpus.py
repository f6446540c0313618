"""Corpus stage ``profiles``: per-outlet profiles of the article signals.

Run after every ingest/analyze. A profile depends on every article of its outlet, and
outlets are few next to articles, so the stage rebuilds all profiles from the stored
signals whenever anything changed (one read of the articles, one write). The export
carries each outlet's profile as items of the ``signals`` list with ``article_id`` null
and an ``outlet`` field, one per signal kind.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sourcetrace.capabilities.outlets.profiles import profile_outlets
from sourcetrace.config import Settings
from sourcetrace.core.corpus import CorpusReport, CorpusStage
from sourcetrace.outputs.contract import ExportItem
from sourcetrace.storage.base import Store
from sourcetrace.storage.protocols import StoredProfile

__all__ = ["CORPUS_STAGE", "outlet_items"]


def run(store: Store, settings: Settings, changed: Sequence[str]) -> CorpusReport:
    if not changed and store.read_profiles():
        return CorpusReport(stage="profiles", message="outlet profiles unchanged")
    profiles = profile_outlets(stored.document for stored in store.iter_articles())
    store.replace_profiles(
        [StoredProfile(outlet=p.outlet, articles=p.articles, data=p.as_data()) for p in profiles],
    )
    return CorpusReport(
        stage="profiles",
        counts={"outlets": len(profiles)},
        message=f"profiled {len(profiles)} outlet{'s' if len(profiles) != 1 else ''}",
    )


def outlet_items(store: Store) -> Iterator[ExportItem]:
    """One ``signal`` item per outlet and signal kind: ``score`` is the outlet's mean shrunk
    toward the corpus mean by its article count (``profiles.PRIOR_ARTICLES``)."""
    for profile in store.read_profiles():
        languages = list(profile.data.get("languages", {}))
        for kind, stats in profile.data.get("signals", {}).items():
            yield ExportItem(
                "signal",
                {
                    "id": f"outlet:{profile.outlet}:{kind}",
                    "article_id": None,
                    "outlet": profile.outlet,
                    "kind": kind,
                    "score": stats.get("shrunk", stats["mean"]),
                    "mean": stats["mean"],
                    "articles": profile.articles,
                    "share_above_half": stats["share_above_half"],
                    "languages": languages,
                    "evidence": stats["evidence"],
                },
            )


CORPUS_STAGE = CorpusStage(
    name="profiles", version="2", run=run, export=outlet_items,
    requires=frozenset({"source", "url", "language", "signals"}),
    assigns=frozenset({"outlet_profiles"}),
)
