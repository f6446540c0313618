"""Cross-document stages: run over the store after the per-document pipeline.

A corpus stage is a module listed in ``CORPUS_STAGES`` that defines
``CORPUS_STAGE = CorpusStage(...)``:

- ``run(store, settings, changed)`` updates its results incrementally for the articles
  just ingested, updated or re-analysed (``changed``: their ids; the stage may widen the
  work to what those articles touch). It reads from the store, calls the pure logic in
  ``sourcetrace.capabilities``, and writes its results back in its own transactions.
- ``export(store)`` yields its records for the export contract (``entities``, ``stories``,
  ``checks``, outlet ``signals`` …) as ``ExportItem``s, so the exporters need no change
  when a stage is added.

``ingest`` and ``analyze`` call ``run_corpus_stages`` at the end, so ``export``, ``brief``
and ``serve`` never need an extra step. Stages run in the listed order (linking before
stories before checks). A stage that fails is reported and the others still run; the
per-document results already stored are never lost.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence

from sourcetrace.config import Settings
from sourcetrace.core.stage import CorpusReport, CorpusStage
from sourcetrace.storage.base import Store

__all__ = ["CORPUS_STAGES", "CorpusReport", "CorpusStage", "corpus_stages", "run_corpus_stages"]

#: Corpus stage modules in run order. A new cross-document capability adds its module here.
CORPUS_STAGES: tuple[str, ...] = (
    "sourcetrace.capabilities.linking.corpus",
    "sourcetrace.capabilities.stories.corpus",
    "sourcetrace.capabilities.checks.corpus",
    "sourcetrace.capabilities.outlets.corpus",
)


def corpus_stages(modules: Sequence[str] = CORPUS_STAGES) -> tuple[CorpusStage, ...]:
    return tuple(importlib.import_module(name).CORPUS_STAGE for name in modules)


def run_corpus_stages(
    store: Store,
    settings: Settings,
    changed: Sequence[str],
    *,
    modules: Sequence[str] = CORPUS_STAGES,
    on_stage: Callable[[str], None] | None = None,
) -> list[CorpusReport]:
    """Run every corpus stage for ``changed`` articles; one report per stage, in order."""
    reports: list[CorpusReport] = []
    for stage in corpus_stages(modules):
        if on_stage is not None:
            on_stage(stage.name)
        try:
            reports.append(stage.run(store, settings, changed))
        except Exception as exc:  # one failing stage must not lose the others
            reports.append(
                CorpusReport(stage=stage.name, error=f"{type(exc).__name__}: {exc}")
            )
    return reports
