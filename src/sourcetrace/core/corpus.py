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
stories before checks), checked against what each ``requires`` and ``assigns``. The store
records which ``version`` of each stage its results come from: ``analyze`` redoes a corpus
stage only when that version changed or a stage it builds on was redone. A stage that
fails is reported and the others still run; the per-document results already stored are
never lost.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Iterable, Sequence

from sourcetrace.config import Settings
from sourcetrace.core.stage import CorpusReport, CorpusStage
from sourcetrace.errors import PipelineError
from sourcetrace.model import Document
from sourcetrace.storage.base import Store

__all__ = ["CORPUS_STAGES", "CorpusReport", "CorpusStage", "corpus_stages", "run_corpus_stages"]

#: Corpus stage modules in run order. A new cross-document capability adds its module here.
CORPUS_STAGES: tuple[str, ...] = (
    "sourcetrace.capabilities.linking.corpus",
    "sourcetrace.capabilities.stories.corpus",
    "sourcetrace.capabilities.checks.corpus",
    "sourcetrace.capabilities.events.corpus",
    "sourcetrace.capabilities.outlets.corpus",
)


def corpus_stages(
    modules: Sequence[str] = CORPUS_STAGES, *, given: Iterable[str] = ()
) -> tuple[CorpusStage, ...]:
    """The corpus stages of ``modules``, checked like the pipeline checks its stages: each
    one requires only ``Document`` fields, what an earlier one assigns, or ``given``
    (results already stored, e.g. when one stage runs alone)."""
    stages = tuple(importlib.import_module(name).CORPUS_STAGE for name in modules)
    known = {f.name for f in dataclasses.fields(Document)} | set(given)
    for stage in stages:
        missing = stage.requires - known
        if missing:
            raise PipelineError(
                f"corpus stage {stage.name!r} requires {sorted(missing)}, which no document "
                f"field or earlier corpus stage gives"
            )
        known |= stage.assigns
    return stages


def run_corpus_stages(
    store: Store,
    settings: Settings,
    changed: Sequence[str],
    *,
    modules: Sequence[str] = CORPUS_STAGES,
    on_stage: Callable[[str], None] | None = None,
    outdated_only: bool = False,
    whole_corpus: bool = False,
) -> list[CorpusReport]:
    """Run every corpus stage for ``changed`` articles; one report per stage, in order.

    ``whole_corpus``: ``changed`` is every stored article, so a stage that succeeds has
    all its results from its current version, and that is recorded. Otherwise the
    version is recorded only where it already was (an incremental run of an unchanged
    stage). ``outdated_only``: skip a stage whose recorded version is its version, unless
    a stage it builds on ran in this call (its input changed).
    """
    reports: list[CorpusReport] = []
    redone: set[str] = set()
    given = _stored_elsewhere(modules)
    for stage in corpus_stages(modules, given=given):
        recorded = store.corpus_stage_version(stage.name)
        if outdated_only and recorded == stage.version and not stage.requires & redone:
            reports.append(CorpusReport(stage=stage.name,
                                        message=f"up to date (version {stage.version})"))
            continue
        if on_stage is not None:
            on_stage(stage.name)
        try:
            report = stage.run(store, settings, changed)
        except Exception as exc:  # one failing stage must not lose the others
            reports.append(
                CorpusReport(stage=stage.name, error=f"{type(exc).__name__}: {exc}")
            )
            continue
        reports.append(report)
        redone |= stage.assigns
        if report.error is None and (whole_corpus or recorded == stage.version):
            store.record_corpus_stage(stage.name, stage.version)
    return reports


def _stored_elsewhere(modules: Sequence[str]) -> set[str]:
    """What the registered corpus stages left out of ``modules`` assign (read as stored)."""
    return {name for module in CORPUS_STAGES if module not in modules
            for name in importlib.import_module(module).CORPUS_STAGE.assigns}
