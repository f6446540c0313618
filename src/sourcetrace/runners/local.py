"""The local runner: the per-document pipeline over many documents, on every core.

Documents go to worker processes in batches (so stages that batch, like the spaCy
parse, get several texts at once), with a bounded number of batches in flight so memory
stays flat however long the input stream is. Outcomes carry their input's key (the
``Runner`` protocol, ``runners.base``) and happen to come back in input order. Small
runs stay in-process: starting workers and loading models in each costs more than it
saves below ``settings.min_parallel_articles`` documents.
"""

from __future__ import annotations

import dataclasses
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


Keyed = tuple[str, Document]


class LocalRunner:
    """Runs a pipeline over a stream of documents on this machine (a ``Runner``).

    ``run`` takes ``(key, document)`` pairs and yields one keyed outcome per pair;
    ``map`` is the same for bare documents, outcomes in input order."""

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

    @property
    def versions(self) -> dict[str, str]:
        return self.pipeline.versions

    def map(self, docs: Iterable[Document]) -> Iterator[Outcome]:
        return self.run((str(index), doc) for index, doc in enumerate(docs))

    def run(self, items: Iterable[Keyed]) -> Iterator[Outcome]:
        stream = iter(items)
        head = list(itertools.islice(stream, self.settings.min_parallel_articles))
        workers = self.settings.worker_count
        if workers <= 1 or len(head) < self.settings.min_parallel_articles:
            self.mode = "in-process"
            yield from self._run_in_process(itertools.chain(head, stream))
        else:
            self.mode = f"{workers} processes"
            yield from self._run_parallel(itertools.chain(head, stream), workers)

    def _batches(self, items: Iterable[Keyed]) -> Iterator[tuple[list[str], list[Document]]]:
        size = self.settings.batch_size
        stream = iter(items)
        while batch := list(itertools.islice(stream, size)):
            yield [key for key, _ in batch], [doc for _, doc in batch]

    def _run_in_process(self, items: Iterable[Keyed]) -> Iterator[Outcome]:
        for keys, docs in self._batches(items):
            yield from _keyed(keys, self.pipeline.run_batch(docs, self.resources))

    def _run_parallel(self, items: Iterable[Keyed], workers: int) -> Iterator[Outcome]:
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        context = multiprocessing.get_context(method)
        window = workers * 2
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self.modules, self.settings),
        ) as pool:
            in_flight: deque[tuple[list[str], Future[list[Outcome]]]] = deque()
            for keys, docs in self._batches(items):
                in_flight.append((keys, pool.submit(_run_in_worker, docs)))
                if len(in_flight) >= window:
                    done_keys, future = in_flight.popleft()
                    yield from _keyed(done_keys, future.result())
            while in_flight:
                done_keys, future = in_flight.popleft()
                yield from _keyed(done_keys, future.result())


def _keyed(keys: Sequence[str], outcomes: Sequence[Outcome]) -> Iterator[Outcome]:
    """The pipeline gives one outcome per document of a batch, in order: attach the keys."""
    for key, outcome in zip(keys, outcomes, strict=True):
        yield dataclasses.replace(outcome, key=key)
