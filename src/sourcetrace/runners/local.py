"""The local runner: the per-document pipeline over many documents, on every core.

Documents go to worker processes in batches (so stages that batch, like the spaCy
parse, get several texts at once), with a bounded number of batches in flight so memory
stays flat however long the input stream is. Results come back in input order. Small
runs stay in-process: starting workers and loading models in each costs more than it
saves below ``settings.min_parallel_articles`` documents.
"""

from __future__ import annotations

import itertools
import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from sourcetrace.config import Settings
from sourcetrace.core.pipeline import Outcome, Pipeline
from sourcetrace.core.resources import Resources
from sourcetrace.model import Document

__all__ = ["LocalRunner"]

_worker_pipeline: Pipeline | None = None
_worker_resources: Resources | None = None


def _init_worker(modules: Sequence[str], settings: Settings) -> None:
    global _worker_pipeline, _worker_resources
    _worker_pipeline = Pipeline.from_modules(modules)
    _worker_resources = Resources(settings)


def _run_in_worker(docs: list[Document]) -> list[Outcome]:
    assert _worker_pipeline is not None and _worker_resources is not None
    return _worker_pipeline.run_batch(docs, _worker_resources)


class LocalRunner:
    """Runs a pipeline over a stream of documents; ``map`` yields one outcome per document."""

    def __init__(
        self,
        settings: Settings,
        *,
        modules: Sequence[str] | None = None,
        resources: Resources | None = None,
    ) -> None:
        from sourcetrace.core.pipeline import DEFAULT_STAGES

        self.settings = settings
        self.modules = tuple(modules or DEFAULT_STAGES)
        self.pipeline = Pipeline.from_modules(self.modules)
        self._resources = resources
        #: How the last ``map`` ran: "in-process" or "N processes".
        self.mode = ""

    @property
    def resources(self) -> Resources:
        if self._resources is None:
            self._resources = Resources(self.settings)
        return self._resources

    def map(self, docs: Iterable[Document]) -> Iterator[Outcome]:
        stream = iter(docs)
        head = list(itertools.islice(stream, self.settings.min_parallel_articles))
        workers = self.settings.worker_count
        if workers <= 1 or len(head) < self.settings.min_parallel_articles:
            self.mode = "in-process"
            yield from self._map_in_process(itertools.chain(head, stream))
        else:
            self.mode = f"{workers} processes"
            yield from self._map_parallel(itertools.chain(head, stream), workers)

    def _batches(self, docs: Iterable[Document]) -> Iterator[list[Document]]:
        size = self.settings.batch_size
        stream = iter(docs)
        while batch := list(itertools.islice(stream, size)):
            yield batch

    def _map_in_process(self, docs: Iterable[Document]) -> Iterator[Outcome]:
        for batch in self._batches(docs):
            yield from self.pipeline.run_batch(batch, self.resources)

    def _map_parallel(self, docs: Iterable[Document], workers: int) -> Iterator[Outcome]:
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        context = multiprocessing.get_context(method)
        window = workers * 2
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self.modules, self.settings),
        ) as pool:
            in_flight: deque[Future[list[Outcome]]] = deque()
            for batch in self._batches(docs):
                in_flight.append(pool.submit(_run_in_worker, batch))
                if len(in_flight) >= window:
                    yield from in_flight.popleft().result()
            while in_flight:
                yield from in_flight.popleft().result()
