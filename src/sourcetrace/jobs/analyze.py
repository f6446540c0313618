"""``sourcetrace analyze``: re-run the per-document analysis over stored articles.

After an upgrade changes a stage (its version), stored articles are re-analysed from
what the input gave (its HTML or raw text and its own metadata), keeping their ids,
hashes and duplicate links. Only outdated articles are redone unless ``everything``; the
corpus stages then run again over every article, or, when no article was redone, only
those whose version changed and those building on them (``core.corpus``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from sourcetrace.capabilities.duplicates.index import content_hash, signature, to_bytes
from sourcetrace.config import Settings
from sourcetrace.core.corpus import CORPUS_STAGES, CorpusReport, run_corpus_stages
from sourcetrace.model import Document
from sourcetrace.runners.base import Runner, in_input_order
from sourcetrace.runners.local import LocalRunner
from sourcetrace.storage.base import Store, StoredArticle

__all__ = ["AnalyzeSummary", "analyze_store", "input_document"]


@dataclass(slots=True)
class AnalyzeSummary:
    analysed: int = 0
    current: int = 0
    failed: int = 0
    mode: str = ""
    corpus: list[CorpusReport] = field(default_factory=list)


def input_document(stored: StoredArticle) -> Document:
    """The document as ingest first built it: input metadata only, no stage output."""
    doc = stored.document
    given: dict[str, str | None] = {
        name: getattr(doc, name) if doc.provenance.get(name) == "input" else None
        for name in ("title", "source", "url", "published", "author")}
    return Document(
        id=doc.id,
        origin=doc.origin,
        fmt=doc.fmt,
        input_id=doc.input_id,
        language_given=doc.language_given,
        html=doc.html,
        raw_text="" if doc.html else doc.raw_text,
        provenance={k: "input" for k, v in given.items() if v is not None},
        title=given["title"],
        source=given["source"],
        url=given["url"],
        published=given["published"],
        author=given["author"],
    )


def analyze_store(
    store: Store,
    settings: Settings,
    *,
    everything: bool = False,
    corpus: bool = False,
    on_article: Callable[[str], None] | None = None,
    runner: Runner | None = None,
    corpus_stages: Sequence[str] = CORPUS_STAGES,
) -> AnalyzeSummary:
    runner = runner or LocalRunner(settings)
    versions = dict(runner.versions)
    summary = AnalyzeSummary()
    done: list[str] = []

    def outdated() -> Iterator[tuple[StoredArticle, Document]]:
        # Ids first: the store is written while this generator is read.
        for article_id in store.article_ids():
            stored = store.get_article(article_id)
            if stored is None:
                continue
            if not everything and dict(stored.document.stage_versions) == versions:
                summary.current += 1
                continue
            yield stored, input_document(stored)

    for stored, outcome in in_input_order(runner, outdated()):
        if outcome.document is None:
            # Input that passed before but fails now: keep the stored version, say so.
            summary.failed += 1
            continue
        doc = outcome.document
        store.put_article(
            doc,
            raw_hash=stored.raw_hash,
            content_hash=content_hash(doc.text),
            minhash=to_bytes(signature(doc.text)),
            duplicate_of=stored.duplicate_of,
            duplicate_kind=stored.duplicate_kind,
            similarity=stored.similarity,
        )
        summary.analysed += 1
        done.append(doc.id)
        if on_article is not None:
            on_article(doc.id)
    summary.mode = runner.mode
    # Cross-document results depend on every article; after a re-analysis they are
    # brought up to date for all of them (user decisions are kept by each stage). With no
    # article redone, only a corpus stage whose version changed (or that builds on one
    # that was redone) runs again, unless ``corpus`` asks for all of them or an earlier
    # run was killed before its corpus stages (articles pending: ``Store.corpus_pending``).
    every_stage = tuple(corpus_stages) == CORPUS_STAGES
    pending = store.corpus_pending() if every_stage else []
    summary.corpus = run_corpus_stages(store, settings, store.article_ids(),
                                       modules=corpus_stages,
                                       outdated_only=not (done or corpus or pending),
                                       whole_corpus=True)
    if every_stage and all(r.error is None for r in summary.corpus):
        store.clear_corpus_pending(pending)
    return summary
