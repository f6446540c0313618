"""The linking corpus stage: link every mention of the corpus, store the entities, and
export them (``entities`` of the export contract).

The corpus-wide steps of linking are recomputed at each run: the linker works through
name-keyed dictionaries (no comparison of all pairs), and a full pass is the simplest way
to be right when a new article changes an entity that older articles share (a surname
that was ambiguous, an acronym defined elsewhere). The per-article work, each group's
knowledge-base lookup, is cached per article and knowledge base (``linker.ArticleLinks``)
and redone only for articles whose mentions changed, or for all when the user's entries
change the knowledge base. The user's decisions are re-applied after every run.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from sourcetrace.capabilities.linking.linker import link_mentions
from sourcetrace.capabilities.linking.records import LinkResult
from sourcetrace.config import Settings
from sourcetrace.core.corpus import CorpusReport, CorpusStage
from sourcetrace.kb import KnowledgeBase, load_kb
from sourcetrace.outputs.contract import ExportItem
from sourcetrace.storage.base import Store
from sourcetrace.storage.protocols import EntityStore

__all__ = ["CORPUS_STAGE", "knowledge_base", "relink"]

NAME = "linking"


def knowledge_base(store: EntityStore, settings: Settings) -> KnowledgeBase:
    """The knowledge base for this case: bundled (or ``kb_dir``) plus the user's entries."""
    folder = Path(settings.kb_dir) if settings.kb_dir else None
    return load_kb(store.user_entries(), data_dir=folder)


def relink(store: EntityStore, settings: Settings) -> LinkResult:
    """Link the whole corpus, apply the user's decisions, and store the result."""
    mentions = store.link_mentions()
    result = link_mentions(mentions, knowledge_base(store, settings), store.decisions())
    store.write_link_result(result, mentions)
    return result


def run(store: Store, settings: Settings, changed: Sequence[str]) -> CorpusReport:
    began = time.perf_counter()
    result = relink(store, settings)
    linked = sum(1 for e in result.entities if e.kb_entry)
    seconds = time.perf_counter() - began
    message = (
        f"{len(result.entities)} entities ({linked} in the knowledge base) from "
        f"{len(result.assignment)} mentions in {seconds:.1f}s"
    )
    if result.unapplied:
        message += f"; {len(result.unapplied)} user decision(s) no longer apply"
    return CorpusReport(
        stage=NAME,
        counts={
            "entities": len(result.entities),
            "linked": linked,
            "mentions": len(result.assignment),
            "changed": len(changed),
            "unapplied_decisions": len(result.unapplied),
        },
        message=message,
    )


def export(store: Store) -> Iterator[ExportItem]:
    for record in store.iter_entities():
        yield ExportItem("entity", record)


CORPUS_STAGE = CorpusStage(
    name=NAME, version="2", run=run, export=export,
    requires=frozenset({"text", "language", "mentions"}), assigns=frozenset({"entities"}),
)
