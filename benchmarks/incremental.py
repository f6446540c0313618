"""Cost of one new article added to a large case: the cross-document stages, per stage.

    PYTHONPATH=src python benchmarks/incremental.py --size 10000

A case of ``--size`` articles from ``scale.py``'s generator is stored as analysed
documents (what the generator fills in: mentions, figures, dates, quotes) and every
corpus stage is run over it once (the title-and-lead embeddings of every article
included, which is the slow part of building it). Then ``--add`` further articles, one
at a time, are stored and the corpus stages run for that one article, as ``ingest``
does; the CPU seconds of each stage are printed (and the wall seconds of the whole),
with the whole-case run as the baseline (ratio: one article against the whole case).
By default the story vectors are ``scale.py``'s stand-ins (``--embed real`` embeds
every article).
The linking cache is warm for the added articles, as in a long-lived process (``serve``
taking articles through the API); a fresh ``ingest`` process pays the knowledge-base
load (about 1–3 s CPU) once. Nothing is read or downloaded.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from scale import Synthetic, generate, stand_in_vectors

from sourcetrace.config import Settings
from sourcetrace.core.corpus import run_corpus_stages
from sourcetrace.model import Document
from sourcetrace.storage import open_store
from sourcetrace.storage.base import Store
from sourcetrace.storage.protocols import StoredVector
from sourcetrace.text.embeddings import MODEL_NAME, to_blob


def document(a: Synthetic) -> Document:
    return Document(id=a.id, origin=f"generated:{a.id}", fmt="txt", title=a.title,
                    source=a.source, published=a.published.isoformat(),
                    language=a.language, raw_text=a.text, text=a.text,
                    mentions=a.mentions, figures=a.figures, dates=a.dates,
                    quotes=a.quotes, provenance={"title": "input", "source": "input"})


def store_article(store: Store, a: Synthetic) -> None:
    store.put_article(document(a), raw_hash=f"raw-{a.id}", content_hash=f"text-{a.id}",
                      minhash=None)


def stand_ins(articles: Sequence[Synthetic]) -> dict[str, StoredVector]:
    """``scale.py``'s stand-in story vectors (one direction per event plus noise), as the
    stories stage stores its embeddings, so that it reuses them."""
    rows = stand_in_vectors(articles)
    return {a.id: StoredVector(model=MODEL_NAME, content_hash=f"text-{a.id}",
                               vector=to_blob(row))
            for a, row in zip(articles, rows, strict=True)}


def timed_stages(store: Store, changed: Sequence[str], *, whole: bool) -> dict[str, float]:
    """CPU seconds of this process per corpus stage for one call of ``run_corpus_stages``
    (CPU time: a loaded shared machine stretches wall time many times over)."""
    seconds: dict[str, float] = defaultdict(float)
    current: list[str] = []
    mark = [time.process_time()]

    def on_stage(name: str) -> None:
        now = time.process_time()
        if current:
            seconds[current[-1]] += now - mark[0]
        current.append(name)
        mark[0] = now

    reports = run_corpus_stages(store, Settings.load(processes=1), changed,
                                on_stage=on_stage, whole_corpus=whole)
    if current:
        seconds[current[-1]] += time.process_time() - mark[0]
    failed = [f"{r.stage}: {r.error}" for r in reports if r.error]
    if failed:
        raise SystemExit("corpus stage failed: " + "; ".join(failed))
    return dict(seconds)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--add", type=int, default=3)
    parser.add_argument("--db", type=Path, help="keep the case here (default: a temp folder)")
    parser.add_argument("--embed", choices=("synthetic", "real"), default="synthetic",
                        help="story vectors: scale.py's stand-ins (default; the events give "
                             "stories of 1-6 articles) or the real encoder over every "
                             "article (slow; the templated texts then fall into one story "
                             "of nearly every article: a stress test of the checks)")
    args = parser.parse_args(argv)
    articles = generate(args.size + args.add)
    base, extra = articles[: args.size], articles[args.size :]
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "case.db"
        with open_store(db) as store:
            for a in base:
                store_article(store, a)
            vectors = stand_ins(articles) if args.embed == "synthetic" else {}
            store.put_vectors({a.id: vectors[a.id] for a in base if a.id in vectors})
            began = time.perf_counter()
            full = timed_stages(store, store.article_ids(), whole=True)
            print(f"whole case of {args.size:,} articles: {time.perf_counter() - began:.1f} s"
                  f" wall; cpu s " + " ".join(f"{k} {v:.2f}" for k, v in full.items()),
                  flush=True)
            members = store.story_members_of([s for s, _, _ in store.iter_stories()])
            sizes = sorted((len(m) for m in members.values()), reverse=True)
            print(f"{len(sizes):,} stories, largest {sizes[:5]}", flush=True)
            rows = []
            for a in extra:
                store_article(store, a)
                if a.id in vectors:
                    store.put_vectors({a.id: vectors[a.id]})
                began, cpu = time.perf_counter(), time.process_time()
                one = timed_stages(store, [a.id], whole=False)
                rows.append((time.perf_counter() - began, time.process_time() - cpu))
                print(f"one article ({a.id}): {rows[-1][0]:.3f} s wall (cpu {rows[-1][1]:.3f});"
                      " cpu s " + " ".join(f"{k} {v:.3f}" for k, v in one.items()), flush=True)
            wall = sum(r[0] for r in rows) / len(rows)
            cpu_s = sum(r[1] for r in rows) / len(rows)
            print(f"mean one-article corpus work {wall:.3f} s (cpu {cpu_s:.3f} s); "
                  f"whole-case run {sum(full.values()):.1f} cpu s "
                  f"(ratio {cpu_s / sum(full.values()):.4f})")


if __name__ == "__main__":
    main()
