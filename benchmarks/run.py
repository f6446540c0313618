"""make bench: sourcetrace throughput against bare spaCy on the same texts, in one run.

Machines here are noisy, so every number that matters is a ratio against a baseline
measured in the same run:

- end to end: ``ingest`` (all stages, both cores) + ``export`` of the corpus into a fresh
  database, against bare spaCy (the same installed pipelines, ``nlp.pipe`` with
  ``n_process`` = cores) over the same cleaned texts. Both include loading the models.
- per stage: each stage timed in-process over the whole corpus (articles/s, words/s).
- peak memory (max RSS) of this process and of the worker processes.

The corpus is the demo corpus, plus ``--jsonl FILE`` if given, repeated ``--repeat`` times
(each copy gets a distinct marker sentence, so none is skipped as an exact duplicate).
Results are printed and written to ``bench-results/bench.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from sourcetrace.config import Settings
from sourcetrace.core.corpus import CORPUS_STAGES, corpus_stages, run_corpus_stages
from sourcetrace.core.pipeline import Pipeline
from sourcetrace.core.resources import Resources
from sourcetrace.ingest import discover, read_file
from sourcetrace.ingest.identity import new_document
from sourcetrace.jobs.ingest import ingest_paths
from sourcetrace.model import RawArticle
from sourcetrace.outputs import export
from sourcetrace.storage import open_store

ROOT = Path(__file__).resolve().parent.parent


def load_corpus(paths: list[Path], settings: Settings, repeat: int) -> list[RawArticle]:
    raws = [item for p in discover(paths) if isinstance(p, Path)
            for item in read_file(p, settings) if isinstance(item, RawArticle)]
    out: list[RawArticle] = []
    for copy in range(repeat):
        for i, raw in enumerate(raws):
            marker = f"\n\n(Benchmark copy {copy}, item {i}.)" if copy else ""
            text = raw.text + marker if raw.text is not None else None
            html = (
                raw.html.replace("</body>", f"<p>{marker}</p></body>")
                if raw.html and copy
                else raw.html
            )
            out.append(RawArticle(origin=f"{raw.origin}@{copy}", fmt=raw.fmt,
                                  input_id=f"{raw.input_id}@{copy}" if raw.input_id else None,
                                  title=raw.title, text=text, html=html, url=None,
                                  source=raw.source, published=raw.published,
                                  author=raw.author, language=raw.language))
    return out


def write_jsonl(raws: list[RawArticle], path: Path, texts: dict[str, str]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for raw in raws:
            record = {"id": raw.input_id or raw.origin, "title": raw.title,
                      "text": texts[raw.origin], "source": raw.source,
                      "published": raw.published, "language": raw.language}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def per_stage(raws: list[RawArticle], settings: Settings) -> tuple[dict[str, float], list]:
    """Time each stage over the whole corpus in this process (models loaded beforehand)."""
    pipeline = Pipeline.from_modules()
    resources = Resources(settings)
    docs = [new_document(r) for r in raws]
    for lang in ("en", "fr", "es"):
        resources.spacy(lang, required=False)
    timings: dict[str, float] = {}
    batch = settings.batch_size
    done: set[str] = set()
    for stage in pipeline.stages:
        single = Pipeline([stage], given=done)
        done |= stage.assigns
        start = time.perf_counter()
        out = []
        for i in range(0, len(docs), batch):
            for outcome in single.run_batch(docs[i:i + batch], resources):
                if outcome.document is not None:
                    out.append(outcome.document)
        timings[stage.name] = time.perf_counter() - start
        keep = {d.origin: d for d in out}
        docs = [keep[d.origin] for d in docs if d.origin in keep]
    return timings, docs


def bare_spacy(texts_by_lang: dict[str, list[str]], settings: Settings) -> float:
    import spacy  # noqa: F401 - import time is not part of the baseline either side

    start = time.perf_counter()
    resources = Resources(settings)
    for lang, texts in texts_by_lang.items():
        nlp = resources.spacy(lang, required=False)
        if nlp is None:
            continue
        for _ in nlp.pipe(texts, batch_size=settings.batch_size,
                          n_process=settings.worker_count):
            pass
    return time.perf_counter() - start


def end_to_end(jsonl: Path, settings: Settings, workdir: Path) -> dict[str, float]:
    """Ingest (per-document stages), each cross-document stage, then export, timed apart.

    Together they are exactly what ``sourcetrace ingest`` + ``export`` do.
    """
    db = workdir / "bench.db"
    times: dict[str, float] = {}
    store = open_store(db)
    try:
        start = time.perf_counter()
        ingest_paths([jsonl], store, settings, corpus_stages=())
        times["per-document"] = time.perf_counter() - start
        ids = store.article_ids()
        for module, stage in zip(CORPUS_STAGES, corpus_stages(CORPUS_STAGES), strict=True):
            start = time.perf_counter()
            run_corpus_stages(store, settings, ids, modules=(module,))
            times[stage.name] = time.perf_counter() - start
        start = time.perf_counter()
        export(store, "json", workdir / "bench.json")
        times["export"] = time.perf_counter() - start
    finally:
        store.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jsonl", type=Path, action="append", default=[],
                        help="add a JSONL corpus (id, title, text, ...) to the demo corpus")
    parser.add_argument("--repeat", type=int, default=5, help="copies of the corpus (default 5)")
    parser.add_argument("--no-demo", action="store_true", help="leave the demo corpus out")
    parser.add_argument("--language", default=None,
                        help="time only articles identified as this language (e.g. en) end to end")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results" / "bench.json")
    args = parser.parse_args(argv)

    settings = Settings.load()
    paths = ([] if args.no_demo else [ROOT / "demo"]) + args.jsonl
    raws = load_corpus(paths, settings, args.repeat)
    if not raws:
        print("no articles to benchmark", file=sys.stderr)
        return 1

    stage_times, docs = per_stage(raws, settings)
    # Stage rates are over every document timed, before any language filter.
    stage_n = len(docs)
    stage_words = sum(len(d.text.split()) for d in docs)
    if args.language:
        docs = [d for d in docs if d.language == args.language]
    texts = {d.origin: d.text for d in docs}
    words = sum(len(t.split()) for t in texts.values())
    by_lang: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        if d.language:
            by_lang[d.language].append(d.text)

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        jsonl = workdir / "corpus.jsonl"
        write_jsonl([r for r in raws if r.origin in texts], jsonl, texts)
        baseline = bare_spacy(by_lang, settings)
        parts = end_to_end(jsonl, settings, workdir)
    documents = parts["per-document"] + parts["export"]
    ours = sum(parts.values())

    n = len(docs)
    result = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cores": settings.worker_count},
        "corpus": {"articles": n, "words": words, "repeat": args.repeat,
                   "language_filter": args.language,
                   "languages": {k: len(v) for k, v in sorted(by_lang.items())}},
        "stages": {name: {"seconds": round(t, 3),
                          "articles_per_s": round(stage_n / t, 1) if t else None,
                          "words_per_s": round(stage_words / t) if t else None}
                   for name, t in stage_times.items()},
        "end_to_end": {"seconds": round(ours, 2), "articles_per_s": round(n / ours, 1),
                       "words_per_s": round(words / ours),
                       "parts_seconds": {k: round(v, 2) for k, v in parts.items()}},
        "per_document_and_export": {"seconds": round(documents, 2),
                                    "articles_per_s": round(n / documents, 1)},
        "bare_spacy": {"seconds": round(baseline, 2), "articles_per_s": round(n / baseline, 1),
                       "words_per_s": round(words / baseline)},
        "ratio_vs_bare_spacy": round(ours / baseline, 2),
        "ratio_per_document_vs_bare_spacy": round(documents / baseline, 2),
        "peak_rss_mb": {
            "main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "workers": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))

    print(f"corpus: {n} articles, {words} words, languages {result['corpus']['languages']}")
    print(f"per stage, in one process, over all {stage_n} documents:")
    print(f"{'stage':<12}{'seconds':>10}{'articles/s':>12}{'words/s':>12}")
    for name, row in result["stages"].items():
        print(
            f"{name:<12}{row['seconds']:>10}"
            f"{row['articles_per_s'] or 0:>12}{row['words_per_s'] or 0:>12}"
        )
    e2e, base = result["end_to_end"], result["bare_spacy"]
    print(f"end to end (ingest+export, {settings.worker_count} cores): {e2e['seconds']} s, "
          f"{e2e['articles_per_s']} articles/s, {e2e['words_per_s']} words/s")
    print("  parts: " + ", ".join(f"{k} {v} s" for k, v in e2e["parts_seconds"].items()))
    print(f"per-document stages + export: {result['per_document_and_export']['seconds']} s "
          f"= {result['ratio_per_document_vs_bare_spacy']}x bare spaCy")
    print(f"bare spaCy (same pipelines, same texts, n_process={settings.worker_count}): "
          f"{base['seconds']} s, {base['words_per_s']} words/s")
    print(f"ratio sourcetrace (everything) / bare spaCy: {result['ratio_vs_bare_spacy']}x "
          "(time; lower is better, includes model loading on both sides)")
    print(f"peak RSS: main {result['peak_rss_mb']['main']} MB, "
          f"largest worker {result['peak_rss_mb']['workers']} MB")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
