"""Corpus stages declare requires/assigns/version; analyze redoes only the outdated ones."""

from __future__ import annotations

import sys
import types
from collections.abc import Sequence

import pytest

from sourcetrace.config import Settings
from sourcetrace.core.corpus import CORPUS_STAGES, corpus_stages
from sourcetrace.core.stage import CorpusReport, CorpusStage
from sourcetrace.errors import PipelineError
from sourcetrace.jobs.analyze import analyze_store
from sourcetrace.jobs.ingest import ingest_items
from sourcetrace.model import RawArticle
from sourcetrace.runners.local import LocalRunner
from sourcetrace.storage.base import Store

#: Light per-document stages (no spaCy model): the corpus stages are what is tested.
MODULES = ("sourcetrace.capabilities.clean.stage",)
#: Fake corpus stages: ``base`` → ``derived`` builds on it; ``apart`` builds on nothing.
FAKES = ("fake_corpus.base", "fake_corpus.derived", "fake_corpus.apart")


class Stages:
    """Registers fake corpus stage modules and records which ran, with how many ids."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.runs: list[tuple[str, int]] = []
        self.define("base", requires={"text"}, assigns={"groups"})
        self.define("derived", requires={"groups", "title"}, assigns={"group_labels"})
        self.define("apart", requires={"source"}, assigns={"sources"})

    def define(self, name: str, *, version: str = "1", requires: set[str] | None = None,
               assigns: set[str] | None = None) -> None:
        module_name = f"fake_corpus.{name}"
        old = sys.modules.get(module_name)
        if old is not None:
            previous: CorpusStage = old.CORPUS_STAGE
            requires = set(previous.requires) if requires is None else requires
            assigns = set(previous.assigns) if assigns is None else assigns

        def run(store: Store, settings: Settings, changed: Sequence[str]) -> CorpusReport:
            self.runs.append((name, len(changed)))
            return CorpusReport(stage=name)

        module = types.ModuleType(module_name)
        module.CORPUS_STAGE = CorpusStage(  # type: ignore[attr-defined]
            name=name, version=version, run=run,
            requires=frozenset(requires or ()), assigns=frozenset(assigns or ()))
        self.monkeypatch.setitem(sys.modules, module_name, module)

    def ran(self) -> list[str]:
        names = [name for name, _ in self.runs]
        self.runs.clear()
        return names


def _articles(first: int, count: int) -> list[RawArticle]:
    return [RawArticle(origin=f"mem-{i}", fmt="txt", title=f"Article {i}", source=f"outlet{i}",
                       text=f"Article number {i} says something different about topic {i}.")
            for i in range(first, first + count)]


@pytest.fixture
def stages(monkeypatch: pytest.MonkeyPatch) -> Stages:
    monkeypatch.setitem(sys.modules, "fake_corpus", types.ModuleType("fake_corpus"))
    return Stages(monkeypatch)


def test_analyze_redoes_a_corpus_stage_only_when_its_version_or_input_changed(
    stages: Stages, store: Store
) -> None:
    settings = Settings(processes=1)
    runner = LocalRunner(settings, modules=MODULES)
    ingest_items(_articles(0, 3), store, settings, runner=runner, corpus_stages=FAKES)
    assert stages.ran() == ["base", "derived", "apart"]

    def analyze(**options: bool) -> list[CorpusReport]:
        return analyze_store(store, settings, runner=LocalRunner(settings, modules=MODULES),
                             corpus_stages=FAKES, **options).corpus

    # Nothing changed: no corpus stage runs again, each says it is up to date.
    reports = analyze()
    assert stages.ran() == []
    assert [r.message for r in reports] == ["up to date (version 1)"] * 3

    # A new version of ``base``: it runs over every article, and so does ``derived``,
    # which builds on it; ``apart`` does not.
    stages.define("base", version="2")
    analyze()
    assert stages.runs == [("base", 3), ("derived", 3)]
    stages.ran()
    analyze()
    assert stages.ran() == []

    # Asking for the corpus stages, or an article redone, runs all of them.
    analyze(corpus=True)
    assert stages.ran() == ["base", "derived", "apart"]
    analyze(everything=True)
    assert stages.ran() == ["base", "derived", "apart"]


def test_an_incremental_ingest_by_a_new_version_leaves_the_stage_outdated(
    stages: Stages, store: Store
) -> None:
    settings = Settings(processes=1)
    ingest_items(_articles(0, 2), store, settings,
                 runner=LocalRunner(settings, modules=MODULES), corpus_stages=FAKES)
    stages.ran()
    stages.define("apart", version="2")
    # The new version sees only the new article: its other results are still version 1.
    ingest_items(_articles(2, 1), store, settings,
                 runner=LocalRunner(settings, modules=MODULES), corpus_stages=FAKES)
    assert stages.runs == [("base", 1), ("derived", 1), ("apart", 1)]
    stages.ran()
    analyze_store(store, settings, runner=LocalRunner(settings, modules=MODULES),
                  corpus_stages=FAKES)
    assert stages.runs == [("apart", 3)]
    assert store.corpus_stage_version("apart") == "2"
    assert store.corpus_stage_version("base") == "1"


def test_a_corpus_stage_that_needs_what_nothing_assigns_is_refused(stages: Stages) -> None:
    with pytest.raises(PipelineError, match="'derived' requires \\['groups'\\]"):
        corpus_stages(("fake_corpus.derived", "fake_corpus.base"))
    assert [s.name for s in corpus_stages(("fake_corpus.derived",), given={"groups"})] == [
        "derived"]


def test_the_registered_corpus_stages_declare_what_they_build_on() -> None:
    registered = corpus_stages(CORPUS_STAGES)
    names = [s.name for s in registered]
    assert names.index("linking") < names.index("stories") < names.index("checks")
    undeclared = [s.name for s in registered if not (s.requires and s.assigns and s.version)]
    assert undeclared == []
    by_name = {s.name: s for s in registered}
    assert "entities" in by_name["stories"].requires & by_name["linking"].assigns
    assert "stories" in by_name["checks"].requires & by_name["stories"].assigns
