"""Ordered per-document stages with declared inputs and outputs, checked once.

A stage is a module in ``sourcetrace.capabilities`` that defines ``STAGE = Stage(...)``
(``core.stage``): a
name, a version (bump it when the output changes, so ``sourcetrace analyze`` knows what
to re-run), the ``Document`` fields it ``requires`` and ``assigns``, and a pure function
``run(doc, resources) -> doc``. A stage that gains from batching (spaCy's ``nlp.pipe``)
also gives ``run_batch``.

Error policy, applied by ``Pipeline.run_batch``:
- a stage raising ``InputError`` rejects the document (it is not stored as an article;
  the rejection is, with its reason);
- any other exception is recorded on the document as a ``StageError`` and the document
  goes on through the remaining stages, so one extraction bug never loses an article;
- a document that spends more than ``Settings.stage_timeout_s`` in one stage (a
  pathological regex, a giant table) is stopped there: the stage's error on the document
  is ``StageTimeout``, and the document and the batch go on. The bound is a ``SIGALRM``
  timer, so it holds in a process's main thread (the CLI and its workers); elsewhere (the
  web app's threads) stages run unbounded.
"""

from __future__ import annotations

import dataclasses
import importlib
import signal
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from sourcetrace.core.resources import Resources
from sourcetrace.core.stage import Outcome, Stage
from sourcetrace.errors import InputError, PipelineError
from sourcetrace.model import Document, StageError

__all__ = ["DEFAULT_STAGES", "Outcome", "Pipeline", "Stage", "StageTimeout", "time_bound"]


class StageTimeout(Exception):
    """A document spent longer in a stage than ``Settings.stage_timeout_s`` allows."""


@contextmanager
def time_bound(seconds: float, what: str) -> Iterator[None]:
    """Raise ``StageTimeout`` in the block after ``seconds`` (0, or not the main thread:
    no bound). Nested bounds are not supported; the pipeline uses one at a time."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise StageTimeout(f"{what} took longer than {seconds:g} s (stage_timeout_s); "
                           "stopped")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

#: Stage modules in run order. A new capability adds its module here.
DEFAULT_STAGES: tuple[str, ...] = (
    "sourcetrace.capabilities.extract.stage",
    "sourcetrace.capabilities.clean.stage",
    "sourcetrace.capabilities.outlets.stage",
    "sourcetrace.capabilities.language.stage",
    "sourcetrace.capabilities.parse.stage",
    "sourcetrace.capabilities.entities.stage",
    "sourcetrace.capabilities.quotes.stage",
    "sourcetrace.capabilities.figures.stage",
    "sourcetrace.capabilities.dates.stage",
    "sourcetrace.capabilities.events.stage",
    "sourcetrace.capabilities.signals.stage",
)

#: Fields ingest fills before any stage runs.
INPUT_FIELDS = frozenset(
    {"id", "origin", "fmt", "input_id", "title", "source", "url", "published", "author",
     "language_given", "html", "raw_text"}
)


class Pipeline:
    """Stages in order; construction fails if a stage needs a field nothing before it makes."""

    def __init__(self, stages: Iterable[Stage], *, given: Iterable[str] = ()) -> None:
        """``given``: fields the caller vouches are already filled (a partial pipeline over
        documents an earlier run analysed, e.g. one stage timed alone)."""
        self.stages: tuple[Stage, ...] = tuple(stages)
        known = set(INPUT_FIELDS) | set(given)
        field_names = {f.name for f in dataclasses.fields(Document)}
        for stage in self.stages:
            missing = stage.requires - known
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {sorted(missing)}, which no earlier stage "
                    f"assigns"
                )
            unknown = stage.assigns - field_names
            if unknown:
                raise PipelineError(
                    f"stage {stage.name!r} assigns {sorted(unknown)}, which Document does not have"
                )
            known |= stage.assigns

    @classmethod
    def from_modules(cls, modules: Iterable[str] = DEFAULT_STAGES) -> Pipeline:
        return cls(importlib.import_module(name).STAGE for name in modules)

    @property
    def versions(self) -> dict[str, str]:
        return {stage.name: stage.version for stage in self.stages}

    def run_batch(self, docs: Sequence[Document], resources: Resources) -> list[Outcome]:
        """Run every stage over ``docs``; one outcome per input document, in order."""
        alive: dict[int, Document] = dict(enumerate(docs))
        rejected: dict[int, InputError] = {}
        for stage in self.stages:
            alive = self._run_stage(stage, alive, resources, rejected)
        versions = self.versions
        outcomes = []
        for index, doc in enumerate(docs):
            if index in rejected:
                outcomes.append(Outcome(origin=doc.origin, rejected=rejected[index]))
            else:
                final = alive[index].evolve(stage_versions=versions, parsed=None)
                outcomes.append(Outcome(origin=doc.origin, document=final))
        return outcomes

    def _run_stage(
        self,
        stage: Stage,
        docs: dict[int, Document],
        resources: Resources,
        rejected: dict[int, InputError],
    ) -> dict[int, Document]:
        bound = resources.settings.stage_timeout_s
        if stage.run_batch is not None and len(docs) > 1:
            try:
                with time_bound(bound * len(docs), f"stage {stage.name} on a batch"):
                    results = stage.run_batch(list(docs.values()), resources)
            except Exception:  # fall back to one at a time to isolate the culprit
                pass
            else:
                return dict(zip(docs.keys(), results, strict=True))
        out: dict[int, Document] = {}
        for index, doc in docs.items():
            try:
                with time_bound(bound, f"stage {stage.name}"):
                    out[index] = stage.run(doc, resources)
            except InputError as exc:
                if not exc.where:
                    exc.where = doc.origin
                rejected[index] = exc
            except Exception as exc:  # recorded on the document, never lost
                error = StageError(stage=stage.name, error=type(exc).__name__, message=str(exc))
                out[index] = doc.evolve(errors=(*doc.errors, error))
        return out
