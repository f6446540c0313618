"""HTML extraction and cleaning against bare trafilatura, on the same pages in the same run.

- ours: the ``html`` stage (main text, metadata, headline), then ``clean`` and
  ``metadata``, as ``sourcetrace ingest`` runs them on an HTML page;
- baseline: ``trafilatura.extract`` on the same decoded strings, with metadata (title,
  author, date, site name: the fields ours fills), and also, for reference, with its
  plain defaults (text only).

Pages: the demo corpus's HTML pages and the test fixtures' by default; with
``--data DIR`` (trafilatura's evaluation set, ``pages/*.html.gz``) its pages instead,
``--limit N`` of them. Each side runs ``--repeat`` times over all pages after one warm-up
pass; CPU time. Target (issue 17): ours within 1.2× the baseline with metadata.

Run: ``python benchmarks/web.py`` (``make bench`` runs it). Results go to
``bench-results/web.json``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _pages(data: Path | None, limit: int | None) -> list[str]:
    from sourcetrace.ingest.decode import decode_bytes, html_declared_charset

    if data is not None:
        blobs = [
            gzip.decompress(p.read_bytes()) for p in sorted((data / "pages").glob("*.html.gz"))
        ]
    else:
        paths = sorted((ROOT / "demo" / "corpus" / "pages").glob("*.html"))
        paths += sorted((ROOT / "tests" / "fixtures").rglob("*.html"))
        blobs = [p.read_bytes() for p in paths]
    pages = []
    for number, blob in enumerate(blobs[:limit] if limit else blobs):
        try:
            pages.append(decode_bytes(blob, f"page {number}", declared=html_declared_charset(blob)))
        except Exception:
            continue
    return pages


def _cpu(call: Callable[[], object]) -> float:
    began = time.process_time()
    call()
    return time.process_time() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="trafilatura's evaluation set folder")
    parser.add_argument("--limit", type=int, help="at most N pages")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import trafilatura

    from sourcetrace.capabilities.clean import stage as clean
    from sourcetrace.capabilities.extract import stage as html
    from sourcetrace.capabilities.outlets import stage as metadata
    from sourcetrace.config import Settings
    from sourcetrace.core.resources import Resources
    from sourcetrace.errors import SourcetraceError
    from sourcetrace.model import Document

    pages = _pages(args.data, args.limit)
    resources = Resources(Settings())

    def bare() -> None:
        for page in pages:
            trafilatura.extract(page, with_metadata=True)

    def text_only() -> None:
        for page in pages:
            trafilatura.extract(page)

    def ours() -> None:
        for number, page in enumerate(pages):
            doc = Document(id=str(number), origin=f"page {number}", fmt="html", html=page)
            try:
                doc = html.extract_html(doc, resources)
            except SourcetraceError:
                continue
            metadata.derive_metadata(clean.clean(doc, resources), resources)

    bare()
    ours()  # warm-up: imports, compiled patterns
    bare_s = sum(_cpu(bare) for _ in range(args.repeat))
    text_s = sum(_cpu(text_only) for _ in range(args.repeat))
    ours_s = sum(_cpu(ours) for _ in range(args.repeat))
    result = {
        "pages": len(pages),
        "repeat": args.repeat,
        "trafilatura_cpu_s": round(bare_s, 3),
        "trafilatura_text_only_cpu_s": round(text_s, 3),
        "sourcetrace_cpu_s": round(ours_s, 3),
        "ratio": round(ours_s / bare_s, 3) if bare_s else None,
        "ratio_text_only": round(ours_s / text_s, 3) if text_s else None,
        "target_ratio": 1.2,
    }
    out = ROOT / "bench-results" / "web.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(
        f"HTML extraction + cleaning on {len(pages)} pages x{args.repeat}: sourcetrace "
        f"{ours_s:.2f} s CPU; bare trafilatura with metadata {bare_s:.2f} s = "
        f"{result['ratio']}x (target 1.2x); text only {text_s:.2f} s = "
        f"{result['ratio_text_only']}x; written to {out}"
    )


if __name__ == "__main__":
    main()
