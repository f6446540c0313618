"""``sourcetrace ingest``: read inputs, analyse them, store them, one article at a time.

For each input:
1. an input seen before with exactly the same content (raw hash) is *unchanged*: skipped
   before any analysis, which is what makes re-runs idempotent and a killed run resumable;
2. otherwise it is analysed by the per-document pipeline (in worker processes);
3. it is a new version of a stored article (same input id, else URL, else origin) →
   *updated* in place, keeping its id;
4. its cleaned text equals a stored article's → an *exact duplicate*: skipped when the
   metadata says it is the same article again, stored and linked when another outlet or
   URL carries it (republication is information);
5. its text is close to a stored article's (MinHash LSH) → stored, linked as a *near
   duplicate* of the earlier one;
6. else stored as new.
Each store write is one transaction, so a kill loses at most the article in flight.
Bad inputs are rejected with their reason (stored, listed by ``sourcetrace rejects``);
they never stop the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sourcetrace.capabilities.duplicates.index import (
    NearDuplicateIndex,
    content_hash,
    signature,
    to_bytes,
)
from sourcetrace.config import Settings
from sourcetrace.core.corpus import CORPUS_STAGES, run_corpus_stages
from sourcetrace.errors import InputError
from sourcetrace.ingest import discover, read_file
from sourcetrace.ingest.identity import derive_id, new_document, raw_hash
from sourcetrace.model import Document, RawArticle
from sourcetrace.runners.base import Runner, in_input_order
from sourcetrace.runners.local import LocalRunner
from sourcetrace.storage.base import Store

__all__ = ["IngestEvent", "IngestSummary", "ingest_items", "ingest_paths"]


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestEvent:
    """One thing that happened, for progress display: ``kind`` is "file" or an outcome."""

    kind: str  # file | ingested | updated | duplicate | unchanged | rejected | stage
    origin: str
    article_id: str | None = None
    message: str = ""


@dataclass(slots=True)
class IngestSummary:
    ingested: int = 0
    updated: int = 0
    #: Exact duplicates skipped: same text and same metadata as a stored article.
    duplicates: int = 0
    unchanged: int = 0
    rejected: int = 0
    #: Of ``ingested``: stored but linked to an earlier article (republications).
    linked: int = 0
    #: Stored articles on which some stage failed (see ``sourcetrace show``).
    stage_errors: int = 0
    #: What each cross-document stage did (linking, stories, checks …).
    corpus: list[dict[str, object]] = field(default_factory=list)
    files: int = 0
    mode: str = ""
    rejections: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    @property
    def succeeded(self) -> bool:
        """False only when nothing could be ingested (the CLI's non-zero exit)."""
        return (self.ingested + self.updated + self.unchanged + self.duplicates) > 0


Listener = Callable[[IngestEvent], None]


def ingest_paths(
    paths: Sequence[str | Path],
    store: Store,
    settings: Settings,
    *,
    on_event: Listener | None = None,
    runner: Runner | None = None,
    corpus_stages: Sequence[str] = CORPUS_STAGES,
) -> IngestSummary:
    """Ingest files and folders into ``store``; see the module docstring for the rules.

    ``corpus_stages`` are the cross-document stage modules run at the end (all of them by
    default; ``()`` stores the per-article results only; ``analyze_store(..., corpus=True)``
    runs them later).
    """
    summary = IngestSummary()
    emit: Listener = on_event or (lambda event: None)
    items = _inputs(paths, settings, summary, emit)
    return ingest_items(items, store, settings, on_event=emit, runner=runner, summary=summary,
                        corpus_stages=corpus_stages)


def ingest_items(
    items: Iterable[RawArticle | InputError],
    store: Store,
    settings: Settings,
    *,
    on_event: Listener | None = None,
    runner: Runner | None = None,
    summary: IngestSummary | None = None,
    corpus_stages: Sequence[str] = CORPUS_STAGES,
) -> IngestSummary:
    """Ingest articles already read (``RawArticle``s, or the ``InputError`` an input gave)
    by the same rules as files: the web API's ``POST /api/v1/articles`` comes in here."""
    runner = runner or LocalRunner(settings)
    summary = summary if summary is not None else IngestSummary()
    emit: Listener = on_event or (lambda event: None)
    index = NearDuplicateIndex.from_store(store, settings.near_duplicate_threshold)

    def reject(origin: str, error: InputError) -> None:
        summary.rejected += 1
        summary.rejections.append(str(error))
        store.add_rejection(origin=error.where or origin, code=error.code, reason=error.message)
        emit(IngestEvent(kind="rejected", origin=error.where or origin, message=error.message))

    def pending() -> Iterator[tuple[str, Document]]:
        for item in items:
            if isinstance(item, InputError):
                reject(item.where, item)
                continue
            digest = raw_hash(item)
            if store.has_raw_hash(digest):
                summary.unchanged += 1
                emit(IngestEvent(kind="unchanged", origin=item.origin))
                continue
            yield digest, new_document(item)

    changed: list[str] = []
    # Each outcome comes back with its own raw hash, matched by key (whatever order the
    # runner returns them in) and committed in input order.
    for digest, outcome in in_input_order(runner, pending()):
        if outcome.rejected is not None:
            reject(outcome.origin, outcome.rejected)
            continue
        assert outcome.document is not None
        article_id = _commit(outcome.document, digest, store, index, summary, emit)
        if article_id is not None:
            changed.append(article_id)
    summary.mode = runner.mode
    # What an earlier run stored but was killed before bringing the corpus stages up to
    # date is pending too: it is finished now, with what this run changed.
    # When that is every stored article, the stages' versions are recorded.
    # One process at a time runs the corpus stages on a case (Store.corpus_lock).
    with store.corpus_lock():
        every_stage = tuple(corpus_stages) == CORPUS_STAGES
        unfinished = store.corpus_pending() if every_stage else []
        todo = list(dict.fromkeys([*unfinished, *changed]))
        if todo:
            whole = len(todo) >= store.count_articles()
            reports = run_corpus_stages(
                store, settings, todo, modules=corpus_stages, whole_corpus=whole,
                on_stage=lambda name: emit(IngestEvent(kind="stage", origin=name)))
            summary.corpus = [asdict(report) for report in reports]
            if every_stage and all(r.error is None for r in reports):
                store.clear_corpus_pending(todo)
    return summary


def _inputs(
    paths: Sequence[str | Path], settings: Settings, summary: IngestSummary, emit: Listener
) -> Iterator[RawArticle | InputError]:
    for path in discover(paths):
        summary.files += 1
        emit(IngestEvent(kind="file", origin=str(path)))
        yield from read_file(path, settings)


def _commit(
    doc: Document,
    digest: str,
    store: Store,
    index: NearDuplicateIndex,
    summary: IngestSummary,
    emit: Listener,
) -> str | None:
    """Store one analysed document; its id, or ``None`` when skipped as a duplicate."""
    text_hash = content_hash(doc.text)
    sig = signature(doc.text)
    existing = store.find_identity(input_id=doc.input_id, url=doc.url, origin=doc.origin)
    if existing is not None:
        doc = doc.evolve(id=existing.id)
        store.put_article(doc, raw_hash=digest, content_hash=text_hash, minhash=to_bytes(sig))
        store.clear_rejection(doc.origin)
        index.add(doc.id, sig)
        summary.updated += 1
        summary.stage_errors += bool(doc.errors)
        emit(IngestEvent(kind="updated", origin=doc.origin, article_id=doc.id))
        return doc.id

    duplicate_of: str | None = None
    kind: str | None = None
    similarity: float | None = None
    same = store.find_content_hash(text_hash)
    if same is not None:
        if _same_article(same.source, same.url, doc):
            store.remember_raw_hash(digest, same.id)
            summary.duplicates += 1
            emit(IngestEvent(kind="duplicate", origin=doc.origin, article_id=same.id,
                             message=f"same text and metadata as {same.id}"))
            return None
        duplicate_of, kind, similarity = same.id, "exact", 1.0
    else:
        match = index.best_match(sig)
        if match is not None:
            duplicate_of, kind, similarity = match[0], "near", match[1]

    article_id = doc.input_id or derive_id(text_hash)
    if doc.input_id is None and store.get_article(article_id) is not None:
        article_id = derive_id(content_hash(text_hash + "\n" + doc.origin))
    doc = doc.evolve(id=article_id)
    store.put_article(
        doc,
        raw_hash=digest,
        content_hash=text_hash,
        minhash=to_bytes(sig),
        duplicate_of=duplicate_of,
        duplicate_kind=kind,
        similarity=similarity,
    )
    store.clear_rejection(doc.origin)
    index.add(doc.id, sig)
    summary.ingested += 1
    summary.linked += duplicate_of is not None
    summary.stage_errors += bool(doc.errors)
    message = f"{kind} duplicate of {duplicate_of}" if duplicate_of else ""
    emit(IngestEvent(kind="ingested", origin=doc.origin, article_id=doc.id, message=message))
    return doc.id


def _same_article(source: str | None, url: str | None, doc: Document) -> bool:
    """Whether an exact-text match is the same article again rather than a republication."""
    if doc.url and url:
        return doc.url == url
    if not doc.url and not doc.source:
        return True  # nothing says it is another outlet's copy
    return (doc.source or None) == (source or None)
