"""Ingest throughput on PostgreSQL against SQLite, measured in the same run.

Two measurements, each on a fresh SQLite file and a fresh PostgreSQL database:

- **store writes**: ``put_article`` of N analysed documents (the article row, its
  annotations and its full-text entry in one transaction each): the storage cost alone;
- **ingest**: ``ingest_paths`` over a JSONL corpus with every per-document and corpus
  stage, as ``sourcetrace ingest`` runs it: what a user waits for.

The PostgreSQL server is a throwaway cluster started here (``tests/pg_cluster.py``) with
the server's default durability (fsync on), or ``SOURCETRACE_TEST_PG_URL``. Ratios are
PostgreSQL time over SQLite time (above 1: PostgreSQL is slower).

Run: ``python benchmarks/pg.py [--articles 400] [--ingest 60]`` (``make bench`` runs it).
Results go to ``bench-results/pg.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pg_cluster import PgUnavailable, running_cluster  # noqa: E402
from tests.storage.samples import analysed_document  # noqa: E402

from sourcetrace import Settings, ingest_paths, open_store  # noqa: E402
from sourcetrace.core.corpus import CORPUS_STAGES  # noqa: E402

PLACES = ["Lyon", "Porto", "Gdansk", "Tampere", "Brno", "Varna", "Aarhus", "Bilbao"]
TOPICS = ["tram line", "harbour bridge", "water plant", "school roof", "flood wall"]


def _writes(db: str, n: int) -> float:
    docs = [analysed_document(f"a{i:05d}", text=f"Article {i}. " + analysed_document().text)
            for i in range(n)]
    with open_store(db) as store:
        began = time.perf_counter()
        for i, doc in enumerate(docs):
            store.put_article(doc, raw_hash=f"r{i}", content_hash=f"c{i}", minhash=None)
        return time.perf_counter() - began


def _corpus(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            place, topic = PLACES[i % len(PLACES)], TOPICS[i % len(TOPICS)]
            text = (f"The council of {place} approved plan P{i:04d} for the {topic} on "
                    f"Monday. Mayor Anna Berg said the plan would cost {10 + i} million "
                    f"euros, according to the Harbour Post.\n\nResidents near the {topic} "
                    f"asked about noise; work runs from 7am to 6pm, the council said.")
            fh.write(json.dumps({"id": f"p{i}", "title": f"{place} approves plan P{i:04d}",
                                 "text": text, "language": "en", "source": "Harbour Post",
                                 "published": f"2025-05-{1 + i % 28:02d}"}) + "\n")
    return path


def _ingest(db: str, corpus: Path) -> float:
    with open_store(db) as store:
        began = time.perf_counter()
        summary = ingest_paths([corpus], store, Settings.load(env={}),
                               corpus_stages=CORPUS_STAGES)
        elapsed = time.perf_counter() - began
    assert summary.rejected == 0
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400, help="store writes")
    parser.add_argument("--ingest", type=int, default=60, help="articles ingested")
    args = parser.parse_args()
    results: dict[str, object] = {}
    try:
        with running_cluster(durable=True) as cluster, \
                tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            corpus = _corpus(folder / "corpus.jsonl", args.ingest)
            _ingest(str(folder / "warm.db"), corpus)  # models loaded before timing
            for name, run, n in (("store_writes", _writes, args.articles),
                                 ("ingest", lambda db, k: _ingest(db, corpus), args.ingest)):
                sqlite = run(str(folder / f"{name}.db"), n)
                postgresql = run(cluster.new_database(), n)
                results[name] = {
                    "articles": n,
                    "sqlite_s": round(sqlite, 2), "postgresql_s": round(postgresql, 2),
                    "sqlite_per_s": round(n / sqlite, 1),
                    "postgresql_per_s": round(n / postgresql, 1),
                    "ratio_postgresql_over_sqlite": round(postgresql / sqlite, 2),
                }
                print(f"{name}: {n} articles, SQLite {sqlite:.2f} s ({n / sqlite:.1f}/s), "
                      f"PostgreSQL {postgresql:.2f} s ({n / postgresql:.1f}/s), "
                      f"ratio {postgresql / sqlite:.2f}")
    except PgUnavailable as exc:
        print(f"PostgreSQL benchmark NOT RUN: {exc}", file=sys.stderr)
        return 1
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "pg.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
