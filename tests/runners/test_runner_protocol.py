"""Jobs take any ``Runner`` and match outcomes to inputs by key, not by position."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.config import Settings
from sourcetrace.core.stage import Outcome
from sourcetrace.errors import PipelineError
from sourcetrace.jobs.analyze import analyze_store
from sourcetrace.jobs.ingest import ingest_paths
from sourcetrace.model import Document
from sourcetrace.outputs import export
from sourcetrace.runners.base import Runner, in_input_order
from sourcetrace.runners.local import LocalRunner
from sourcetrace.storage import open_store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
#: The stages that need no spaCy model: enough to tell articles and duplicates apart.
MODULES = (
    "sourcetrace.capabilities.extract.stage",
    "sourcetrace.capabilities.clean.stage",
    "sourcetrace.capabilities.outlets.stage",
    "sourcetrace.capabilities.language.stage",
)


class ReversedRunner:
    """A runner that hands every outcome back in the reverse of the input order."""

    def __init__(self, inner: LocalRunner) -> None:
        self.inner = inner
        self.mode = ""
        self.keys: list[str] = []

    @property
    def versions(self) -> dict[str, str]:
        return self.inner.versions

    def run(self, items: Iterable[tuple[str, Document]]) -> Iterator[Outcome]:
        outcomes = list(self.inner.run(items))
        self.mode = "reversed " + self.inner.mode
        for outcome in reversed(outcomes):
            self.keys.append(outcome.key)
            yield outcome


class DroppingRunner(ReversedRunner):
    """A broken runner: it loses the first outcome."""

    def run(self, items: Iterable[tuple[str, Document]]) -> Iterator[Outcome]:
        outcomes = list(self.inner.run(items))
        yield from outcomes[1:]


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # An original, its republication (linked as a duplicate of whichever came first) and
    # an article on the same topic, plus one article per language with its sidecar.
    for path in sorted((FIXTURES / "duplicates").iterdir()):
        shutil.copy(path, corpus / path.name)
    for path in sorted((FIXTURES / "e2e" / "articles").iterdir()):
        shutil.copy(path, corpus / path.name)
    (corpus / "broken.json").write_text("{not json", encoding="utf-8")
    return corpus


def _ingest_and_export(corpus: Path, db: Path, runner: Runner) -> dict[str, Any]:
    settings = Settings(processes=1)
    store = open_store(db)
    try:
        summary = ingest_paths([corpus], store, settings, runner=runner, corpus_stages=())
        assert summary.ingested >= 7 and summary.rejected == 1, summary
        out = db.with_suffix(".json")
        export(store, "json", out)
    finally:
        store.close()
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def _stable(data: dict[str, Any]) -> str:
    """The export without the moment it was made."""
    text = json.dumps(data, sort_keys=True)
    for key in ("exported_at", "generated_at", "created", "ingested_at", "analysed_at"):
        text = _drop_key(text, key)
    return text


def _drop_key(text: str, key: str) -> str:
    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items() if k != key}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return json.dumps(walk(json.loads(text)), sort_keys=True)


def test_ingest_with_a_runner_returning_outcomes_in_reverse_gives_the_same_export(
    tmp_path: Path,
) -> None:
    corpus = _corpus(tmp_path)
    settings = Settings(processes=1)
    local = _ingest_and_export(corpus, tmp_path / "local.db",
                               LocalRunner(settings, modules=MODULES))
    reversed_runner = ReversedRunner(LocalRunner(settings, modules=MODULES))
    backwards = _ingest_and_export(corpus, tmp_path / "reversed.db", reversed_runner)
    # The runner really did return them out of order …
    assert reversed_runner.keys == sorted(reversed_runner.keys, key=int, reverse=True)
    assert len(reversed_runner.keys) >= 7
    # … and the republication is still linked to the original, every hash to its article.
    assert any(a.get("duplicate_of") for a in local["articles"])
    assert _stable(backwards) == _stable(local)


def test_analyze_with_a_reversing_runner_keeps_each_article_its_own(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    settings = Settings(processes=1)
    db = tmp_path / "case.db"
    before = _ingest_and_export(corpus, db, LocalRunner(settings, modules=MODULES))
    store = open_store(db)
    try:
        runner = ReversedRunner(LocalRunner(settings, modules=MODULES))
        summary = analyze_store(store, settings, everything=True, runner=runner)
        assert summary.analysed == len(before["articles"])
        export(store, "json", tmp_path / "after.json")
    finally:
        store.close()
    after = json.loads((tmp_path / "after.json").read_text(encoding="utf-8"))
    # (analyze also brings the corpus stages up to date, so only the articles compare)
    assert _stable({"a": after["articles"]}) == _stable({"a": before["articles"]})


def test_a_runner_that_loses_an_outcome_is_an_error() -> None:
    docs = [Document(id=str(i), origin=f"doc-{i}", fmt="txt", raw_text="Some text here.")
            for i in range(3)]
    runner = DroppingRunner(LocalRunner(Settings(processes=1), modules=MODULES[1:2]))
    with pytest.raises(PipelineError, match="no outcome for 1 input"):
        list(in_input_order(runner, ((doc.origin, doc) for doc in docs)))


def test_outcomes_come_back_in_input_order_with_their_payload() -> None:
    docs = [Document(id=str(i), origin=f"doc-{i}", fmt="txt", raw_text=f"Text number {i}.")
            for i in range(5)]
    runner = ReversedRunner(LocalRunner(Settings(processes=1), modules=MODULES[1:2]))
    pairs = list(in_input_order(runner, ((doc.origin, doc) for doc in docs)))
    assert [payload for payload, _ in pairs] == [doc.origin for doc in docs]
    assert [outcome.origin for _, outcome in pairs] == [doc.origin for doc in docs]
    assert runner.keys == ["4", "3", "2", "1", "0"]
