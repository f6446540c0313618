"""The Spark runner: the per-document pipeline as a Spark job (``ingest --runner spark``).

What runs where:
- the driver (this process) reads the inputs, skips the unchanged ones, and hands the
  rest to Spark in chunks of ``chunk_size`` documents, so its memory stays bounded
  however long the input stream is;
- each chunk is one Spark job: the documents are distributed over partitions and each
  partition runs the per-document stages (``mapPartitions``). The pipeline and its
  ``Resources`` (spaCy pipelines, language packs, detectors) live in a module global of
  the Python worker, so they are loaded once per worker process and kept for every later
  partition and chunk (PySpark reuses its Python workers, ``spark.python.worker.reuse``);
- the outcomes come back to the driver keyed by input (the ``Runner`` protocol), in
  whatever order Spark returns them, and the ingest job writes them through the store it
  was given (``open_store``), so this runner knows nothing of SQLite or PostgreSQL.

Writing from the executors (PostgreSQL, where many writers are safe) would replace the
``collect`` by a ``foreachPartition`` that opens the store from its URL in each
partition and commits there; the duplicate detection (``NearDuplicateIndex``) and the
input-order rule of the ingest job then need a store-side equivalent. That is not done
here: every backend gets its writes from the driver. See ``docs/scale.md``.

Needs ``pyspark`` (a dependency) and a Java runtime (17 or later): without Java the
runner fails before Spark starts, with a ``ConfigError`` that says what to install.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sourcetrace.config import Settings
from sourcetrace.core.pipeline import Outcome, Pipeline
from sourcetrace.core.resources import Resources
from sourcetrace.errors import ConfigError
from sourcetrace.model import Document

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

__all__ = ["DEFAULT_MASTER", "SparkRunner", "find_java", "java_missing",
           "launched_by_spark_submit", "spark_session"]

#: Where Spark runs when no ``--spark-master`` is given: this machine, two cores.
DEFAULT_MASTER = "local[2]"

Keyed = tuple[str, Document]

# One pipeline and one set of resources per Python worker process, keyed by what built
# them (a worker that served another runner's job builds its own).
_executor_state: dict[tuple[tuple[str, ...], Settings], tuple[Pipeline, Resources]] = {}


def _executor_pipeline(modules: tuple[str, ...], settings: Settings) -> tuple[Pipeline, Resources]:
    key = (modules, settings)
    if key not in _executor_state:
        _executor_state[key] = (Pipeline.from_modules(modules), Resources(settings))
    return _executor_state[key]


def _run_partition(
    modules: tuple[str, ...], settings: Settings, items: Iterable[Keyed]
) -> Iterator[Outcome]:
    """The per-document stages over one partition, in batches of ``settings.batch_size``."""
    pipeline, resources = _executor_pipeline(modules, settings)
    stream = iter(items)
    while batch := list(itertools.islice(stream, settings.batch_size)):
        outcomes = pipeline.run_batch([doc for _, doc in batch], resources)
        for (key, _), outcome in zip(batch, outcomes, strict=True):
            yield dataclasses.replace(outcome, key=key)


def find_java() -> str | None:
    """The ``java`` Spark will start: ``$JAVA_HOME/bin/java``, else the one on ``PATH``."""
    home = os.environ.get("JAVA_HOME")
    if home:
        candidate = Path(home) / "bin" / "java"
        return str(candidate) if os.access(candidate, os.X_OK) else None
    return shutil.which("java")


def java_missing() -> str:
    """What to tell the user when ``find_java`` finds nothing."""
    where = (f"JAVA_HOME={os.environ['JAVA_HOME']} has no bin/java"
             if os.environ.get("JAVA_HOME") else "no `java` on PATH")
    return (f"the Spark runner needs a Java runtime (17 or later) and found none ({where}); "
            "install one (Debian: apt-get install openjdk-17-jre-headless) or use "
            "--runner local")


def launched_by_spark_submit() -> bool:
    """Whether this process was started by ``spark-submit`` (which then names the master)."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


def spark_session(master: str | None = None, *, app_name: str = "sourcetrace") -> SparkSession:
    """A Spark session on ``master`` (started, or the one this process already has).

    ``master=None``: the master ``spark-submit`` was given when it started this process,
    else ``DEFAULT_MASTER``.

    Fails with a ``ConfigError`` naming what is missing when Java or PySpark is absent.
    For a local master, Spark's web UI is off and the driver binds to 127.0.0.1 (nothing
    listens beyond this machine).
    """
    if find_java() is None:
        raise ConfigError(java_missing())
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:  # pragma: no cover - pyspark is a dependency
        raise ConfigError("the Spark runner needs pyspark (pip install pyspark)") from exc
    builder = (SparkSession.builder.appName(app_name)
               .config("spark.python.worker.reuse", "true")
               # The command line shows its own progress; Spark's bar would garble it.
               .config("spark.ui.showConsoleProgress", "false"))
    if master is None and not launched_by_spark_submit():
        master = DEFAULT_MASTER
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        # Local workers run this Python, which has sourcetrace and the models. On a
        # cluster, spark-submit's spark.pyspark.python (PYSPARK_PYTHON) names the workers'
        # Python: docs/scale.md.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = (builder.config("spark.ui.enabled", "false")
                   .config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1"))
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("WARN")
    return session


def _active_session() -> SparkSession | None:
    try:
        from pyspark.sql import SparkSession
    except ImportError:  # pragma: no cover - pyspark is a dependency
        return None
    return SparkSession.getActiveSession()


class SparkRunner:
    """Runs a pipeline over a stream of documents as Spark jobs (a ``Runner``).

    ``session``: a Spark session to use (a test's, a notebook's); without one, a session
    on ``master`` (default: ``spark-submit``'s, else ``local[2]``) is started on the first
    ``run`` and stopped by ``close``.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        master: str | None = None,
        modules: Sequence[str] | None = None,
        session: SparkSession | None = None,
        chunk_size: int = 5_000,
        partitions: int | None = None,
    ) -> None:
        from sourcetrace.core.pipeline import DEFAULT_STAGES

        if chunk_size < 1:
            raise ConfigError(f"chunk_size must be at least 1, not {chunk_size}")
        self.settings = settings
        self.master = master
        self.modules = tuple(modules or DEFAULT_STAGES)
        # Built here too: a stage list that does not fit fails before Spark starts.
        self.pipeline = Pipeline.from_modules(self.modules)
        self.chunk_size = chunk_size
        self.partitions = partitions
        self._session = session
        self._owns_session = session is None
        #: How the last ``run`` executed, for the summary.
        self.mode = ""

    @property
    def versions(self) -> dict[str, str]:
        return self.pipeline.versions

    @property
    def session(self) -> SparkSession:
        if self._session is None:
            # A session this process already had (a notebook's, a test's) is used and
            # left running; only one started here is stopped by ``close``.
            already = _active_session()
            self._session = spark_session(self.master)
            self._owns_session = already is None
        return self._session

    def close(self) -> None:
        """Stop the Spark session this runner started (one it was given, or found already
        running in this process, is left alone)."""
        if self._session is not None and self._owns_session:
            self._session.stop()
            self._session = None

    def __enter__(self) -> SparkRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def map(self, docs: Iterable[Document]) -> Iterator[Outcome]:
        return self.run((str(index), doc) for index, doc in enumerate(docs))

    def run(self, items: Iterable[Keyed]) -> Iterator[Outcome]:
        stream = iter(items)
        first = list(itertools.islice(stream, self.chunk_size))
        if not first:
            self.mode = "spark (nothing to run)"
            return
        context = self.session.sparkContext
        slices = self.partitions or max(1, context.defaultParallelism)
        self.mode = f"spark {context.master} ({slices} partitions a chunk)"
        modules, settings = self.modules, self.settings

        def partition(items: Iterable[Keyed]) -> Iterator[Outcome]:
            return _run_partition(modules, settings, items)

        chunk: list[Keyed] = first
        while chunk:
            rdd: Any = context.parallelize(chunk, min(slices, len(chunk)))
            yield from rdd.mapPartitions(partition).collect()
            chunk = list(itertools.islice(stream, self.chunk_size))
