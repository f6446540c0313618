"""The two kinds of stage: per document (``Stage``) and across the corpus (``CorpusStage``).

Both declare the same things: a ``name``, a ``version`` (bump it when the output changes,
so ``sourcetrace analyze`` knows what to redo), what they ``requires`` and what they
``assigns``. For a ``Stage`` those are ``Document`` fields; for a ``CorpusStage`` they are
the names of what the corpus stages build on each other (``mentions`` from the documents,
``entities``, ``stories`` …), checked in order by ``core.corpus`` as the pipeline checks
the document fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sourcetrace.core.resources import Resources
from sourcetrace.errors import InputError
from sourcetrace.model import Document

if TYPE_CHECKING:
    from sourcetrace.config import Settings
    from sourcetrace.outputs.contract import ExportItem
    from sourcetrace.storage.base import Store

__all__ = ["CorpusReport", "CorpusStage", "Outcome", "RunBatch", "RunOne", "Stage"]

RunOne = Callable[[Document, Resources], Document]
RunBatch = Callable[[Sequence[Document], Resources], list[Document]]


@dataclass(frozen=True, slots=True, kw_only=True)
class Stage:
    name: str
    version: str
    requires: frozenset[str]
    assigns: frozenset[str]
    run: RunOne
    run_batch: RunBatch | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """What became of one document: the analysed document, or the reason it was rejected.

    ``key`` is the key the document was handed to a runner with (``runners.base``).
    """

    origin: str
    key: str = ""
    document: Document | None = None
    rejected: InputError | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CorpusReport:
    """What one corpus stage did: counts for the summary, and a line for the user."""

    stage: str
    counts: dict[str, int] = field(default_factory=dict)
    message: str = ""
    error: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CorpusStage:
    """A cross-document stage. ``requires``: ``Document`` fields of the stored articles and
    what earlier corpus stages assign; ``assigns``: what its results are (``entities``,
    ``stories`` …). ``run(store, settings, changed)`` updates its results for the
    ``changed`` article ids; ``export(store)`` yields them for the export contract."""

    name: str
    version: str
    run: Callable[[Store, Settings, Sequence[str]], CorpusReport]
    export: Callable[[Store], Iterator[ExportItem]] | None = None
    requires: frozenset[str] = frozenset()
    assigns: frozenset[str] = frozenset()
