"""The seam between the jobs and wherever the per-document pipeline executes.

A ``Runner`` takes documents, each with a key the caller chose, and gives back one
``Outcome`` per document carrying that key (``Outcome.key``). It may return them in any
order (a pool of processes, a cluster): callers match outcomes to inputs by key, never by
position. ``in_input_order`` does that matching for the jobs, and hands the outcomes back
in input order, so what a job stores (which article came first, which one is the
duplicate) never depends on the runner.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Protocol, TypeVar

from sourcetrace.core.stage import Outcome
from sourcetrace.errors import PipelineError
from sourcetrace.model import Document

__all__ = ["Runner", "in_input_order"]

T = TypeVar("T")


class Runner(Protocol):
    #: How the last ``run`` executed, for the summary ("in-process", "4 processes" …).
    mode: str

    @property
    def versions(self) -> Mapping[str, str]:
        """The stage versions the pipeline stamps on every document it analyses."""
        ...

    def run(self, items: Iterable[tuple[str, Document]]) -> Iterator[Outcome]:
        """One outcome per ``(key, document)``, with ``Outcome.key == key``, in any order."""
        ...


def in_input_order(
    runner: Runner, items: Iterable[tuple[T, Document]]
) -> Iterator[tuple[T, Outcome]]:
    """Run ``(payload, document)`` pairs; yield ``(payload, outcome)`` in input order.

    Each document gets its position as key; an outcome that comes back early waits until
    those before it are in. A runner that returns an unknown key, the same key twice, or
    no outcome for some input is a bug in the runner and raises ``PipelineError``.
    """
    payloads: dict[str, T] = {}

    def keyed() -> Iterator[tuple[str, Document]]:
        for index, (payload, doc) in enumerate(items):
            key = str(index)
            payloads[key] = payload
            yield key, doc

    waiting: dict[str, Outcome] = {}
    position = 0
    for outcome in runner.run(keyed()):
        if outcome.key not in payloads or outcome.key in waiting:
            raise PipelineError(f"the runner returned an outcome for an unexpected key "
                                f"{outcome.key!r} (origin {outcome.origin})")
        waiting[outcome.key] = outcome
        while str(position) in waiting:
            key = str(position)
            yield payloads.pop(key), waiting.pop(key)
            position += 1
    missing = sorted((key for key in payloads if key not in waiting), key=int)
    if missing:
        raise PipelineError(f"the runner returned no outcome for {len(missing)} input(s) "
                            f"(keys {', '.join(missing[:5])})")
