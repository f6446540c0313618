"""Per-article cost of the checks of one story, at story sizes 100 / 500 / 2,000.

    PYTHONPATH=src python benchmarks/checks_scale.py --sizes 100 500 2000

One story of N articles from ``scale.py``'s generator (every article put in the same
story, as in a long-running crisis that hundreds of reports follow: a casualty figure
and a quote carried by several outlets each) is checked by ``checks.corpus.story_checks``
with the bundled encoder, as the ``checks`` corpus stage does. Printed: the CPU and wall
seconds per article at each size, and the ratio of each size's per-article CPU cost to
the smallest size's (1.0: the cost per article does not grow with the story; all pairs
would make it grow with N). Nothing is read or downloaded.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from incremental import document
from scale import generate

from sourcetrace.capabilities.checks.corpus import story_checks
from sourcetrace.capabilities.stories.corpus import default_embedder
from sourcetrace.storage.base import StoredArticle


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000])
    parser.add_argument("--repeat", type=int, default=2, help="best of this many runs")
    args = parser.parse_args(argv)
    embedder = default_embedder()
    embedder.encode(["warm up"])
    base: float | None = None
    print(f"{'articles':>9} {'checks':>7} {'cpu ms/article':>15} {'wall ms/article':>16} "
          f"{'ratio':>6}")
    for size in args.sizes:
        articles = [StoredArticle(document=document(a), raw_hash=f"r{a.id}",
                                  content_hash=f"c{a.id}") for a in generate(size, seed=3)]
        best_cpu = best_wall = float("inf")
        found = 0
        for _ in range(args.repeat):
            wall, cpu = time.perf_counter(), time.process_time()
            found = len(story_checks("story", articles, embedder))
            best_cpu = min(best_cpu, time.process_time() - cpu)
            best_wall = min(best_wall, time.perf_counter() - wall)
        per = best_cpu / size * 1000
        base = per if base is None else base
        print(f"{size:>9,} {found:>7,} {per:>15.2f} {best_wall / size * 1000:>16.2f} "
              f"{per / base:>6.2f}", flush=True)


if __name__ == "__main__":
    main()
