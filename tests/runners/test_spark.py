"""The Spark runner (``local[2]``, a real Spark) gives the local runner's export, exactly.

One Spark session serves the whole module (starting one costs seconds); the corpus is a
handful of small articles in English, French, German and Spanish, a republication, and a
page the extract stage rejects on an executor.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.config import Settings
from sourcetrace.errors import ConfigError
from sourcetrace.jobs.ingest import ingest_paths
from sourcetrace.outputs import export
from sourcetrace.runners.base import Runner
from sourcetrace.runners.local import LocalRunner
from sourcetrace.runners.spark import SparkRunner, find_java, spark_session
from sourcetrace.storage import open_store
from tests.runners.conftest import spark_unavailable

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def session() -> Iterator[Any]:
    """One real Spark (``local[2]``) for the module. Without Java: a failure in CI (which
    installs it, ``.ci/run``), a loud skip elsewhere."""
    if find_java() is None:
        spark_unavailable("no Java runtime (apt-get install openjdk-17-jre-headless)")
    spark = spark_session("local[2]", app_name="sourcetrace-tests")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for source in ("e2e/articles", "duplicates", "spark"):
        for path in sorted((FIXTURES / source).iterdir()):
            if path.suffix != ".md":
                shutil.copy(path, folder / path.name)
    return folder


def _ingest_and_export(corpus: Path, db: Path, runner: Runner) -> tuple[Any, dict[str, Any]]:
    store = open_store(db)
    try:
        # The per-article results only: the cross-document stages read them from the
        # store on the driver whatever the runner, and would double the test's time.
        summary = ingest_paths([corpus], store, Settings(processes=1), runner=runner,
                               corpus_stages=())
        out = db.with_suffix(".json")
        export(store, "json", out)
    finally:
        store.close()
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return summary, data


def _stable(node: Any) -> Any:
    """The export without the moments it was made (and the db path, which differs)."""
    if isinstance(node, dict):
        return {k: _stable(v) for k, v in node.items()
                if k not in {"exported_at", "generated_at", "created", "ingested_at",
                             "analysed_at", "database", "db"}}
    if isinstance(node, list):
        return [_stable(v) for v in node]
    return node


def test_spark_local2_export_equals_the_local_runners(
    session: Any, corpus: Path, tmp_path: Path
) -> None:
    settings = Settings(processes=1)
    local_summary, local = _ingest_and_export(corpus, tmp_path / "local.db",
                                              LocalRunner(settings))
    # Two partitions of at most three documents, in chunks of four: several jobs, and
    # partitions that each load the pipelines on an executor.
    runner = SparkRunner(settings, session=session, chunk_size=4, partitions=2)
    spark_summary, spark = _ingest_and_export(corpus, tmp_path / "spark.db", runner)

    assert runner.mode.startswith("spark local[2]")
    languages = {a["language"] for a in local["articles"]}
    assert {"en", "fr", "de", "es"} <= languages
    assert local_summary.rejected == spark_summary.rejected == 1  # from an executor
    assert "no main text" in spark_summary.rejections[0]
    assert any(a.get("duplicate_of") for a in spark["articles"])
    assert spark_summary.ingested == local_summary.ingested == len(local["articles"])
    assert json.dumps(_stable(spark), sort_keys=True) == json.dumps(_stable(local),
                                                                     sort_keys=True)


def test_outcomes_are_keyed_by_input_and_each_executor_loads_once(session: Any) -> None:
    from sourcetrace.model import Document

    modules = ("sourcetrace.capabilities.clean.stage", "sourcetrace.capabilities.language.stage")
    texts = ["The minister said on Tuesday that the border would stay open.",
             "Le ministre a déclaré mardi que la frontière resterait ouverte."]
    docs = [Document(id=str(i), origin=f"doc-{i}", fmt="txt", raw_text=texts[i % 2])
            for i in range(12)]
    runner = SparkRunner(Settings(processes=1, batch_size=2), session=session,
                         modules=modules, chunk_size=12, partitions=4)
    outcomes = list(runner.run((f"k{i}", d) for i, d in enumerate(docs)))
    by_key = {o.key: o for o in outcomes}
    assert sorted(by_key) == sorted(f"k{i}" for i in range(12))
    for i in range(12):
        outcome = by_key[f"k{i}"]
        assert outcome.origin == f"doc-{i}"
        assert outcome.document is not None
        assert outcome.document.language == ("en" if i % 2 == 0 else "fr")

    # The pipeline and its resources live in the Python worker: every partition a
    # worker runs gets the same objects (loaded once per worker, not once per partition).
    settings = runner.settings

    def loads(_: Any) -> Iterator[tuple[int, int, int]]:
        from sourcetrace.runners.spark import _executor_pipeline

        pipeline, resources = _executor_pipeline(modules, settings)
        yield os.getpid(), id(pipeline), id(resources)

    seen = session.sparkContext.parallelize(range(8), 8).mapPartitions(loads).collect()
    per_worker: dict[int, set[tuple[int, int]]] = {}
    for pid, pipeline_id, resources_id in seen:
        per_worker.setdefault(pid, set()).add((pipeline_id, resources_id))
    assert len(seen) == 8
    assert all(len(objects) == 1 for objects in per_worker.values()), per_worker


def test_cli_ingest_runner_spark_stores_the_articles(session: Any, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sourcetrace.cli import app

    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in ("fr.txt", "fr.meta.json"):
        shutil.copy(FIXTURES / "e2e" / "articles" / name, corpus / name)
    db = tmp_path / "case.db"
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db), "--runner",
                                      "spark", "--spark-master", "local[2]", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["ingested"] == 1 and summary["mode"].startswith("spark local[2]")
    with open_store(db) as store:
        assert store.count_articles() == 1
    # The module's session was found running, used, and left running.
    assert session.sparkContext.parallelize([1, 2]).count() == 2


def test_no_java_is_a_clear_error_before_spark_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "no-jdk"))
    with pytest.raises(ConfigError, match=r"needs a Java runtime.*no-jdk has no bin/java"):
        spark_session("local[1]")


def test_cli_without_java_names_the_problem_and_creates_no_database(tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    env = {**os.environ, "JAVA_HOME": str(tmp_path / "no-jdk")}
    result = subprocess.run(
        [sys.executable, "-m", "sourcetrace", "ingest", str(FIXTURES / "e2e" / "articles"),
         "--db", str(db), "--runner", "spark", "--quiet"],
        env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode != 0
    assert "Java runtime" in result.stderr and "openjdk-17-jre-headless" in result.stderr
    assert not db.exists()
