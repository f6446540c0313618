"""Compare the two language-ID backends on the same texts: accuracy and texts per second.

Texts (all written by the team): the langid and clean fixtures under ``tests/fixtures``
(full articles, cleaned first; then each of their paragraphs; then short headlines
and sentences, and their first three words), plus ``demo/`` when present (JSONL lines
and text files with a ``NAME.meta.json`` sidecar that give a ``language``). Both
backends are restricted to the same languages (``Settings().languages`` unless
``--languages`` is given).

    PYTHONPATH=src python benchmarks/langid_compare.py [--languages en,fr,de,es] [--min-seconds 1]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from pathlib import Path

from sourcetrace.capabilities.clean.boilerplate import compile_rulebook
from sourcetrace.capabilities.clean.stage import clean_text
from sourcetrace.capabilities.language.detectors import Detector, build_detector
from sourcetrace.capabilities.language.stage import paragraphs
from sourcetrace.config import Settings
from sourcetrace.lang import all_packs

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
Labelled = list[tuple[str, str]]


def load_articles() -> Labelled:
    """(language, cleaned text) for every fixture article; the file name starts with the code."""
    book = compile_rulebook(all_packs())
    out: Labelled = []
    for folder in (FIXTURES / "langid" / "articles", FIXTURES / "clean"):
        for path in sorted(folder.glob("*.txt")):
            code = path.name.split("_", 1)[0]
            out.append((code, clean_text(path.read_text(encoding="utf-8"), book).text))
    out.extend(_demo_articles(ROOT / "demo"))
    return out


def _demo_articles(folder: Path) -> Iterator[tuple[str, str]]:
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if record.get("language") and record.get("text"):
                yield record["language"], record["text"]
    for path in sorted(folder.rglob("*.txt")):
        meta = path.with_name(path.stem + ".meta.json")
        if meta.is_file():
            language = json.loads(meta.read_text(encoding="utf-8")).get("language")
            if language:
                yield language, path.read_text(encoding="utf-8")


def load_paragraphs(articles: Labelled) -> Labelled:
    return [(code, text[s:e]) for code, text in articles for s, e in paragraphs(text)]


def load_short() -> Labelled:
    out: Labelled = []
    for line in (FIXTURES / "langid" / "short.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, text = line.split("\t", 1)
            out.append((code, text))
    return out


def measure(detector: Detector, texts: Labelled, min_seconds: float) -> tuple[float, float]:
    """Accuracy, and texts per second over as many passes as fill ``min_seconds``."""
    correct = sum(detector.detect(text)[0] == code for code, text in texts)
    passes, started = 0, time.perf_counter()
    while True:
        for _, text in texts:
            detector.detect(text)
        passes += 1
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            break
    return correct / len(texts), passes * len(texts) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", help="comma-separated ISO 639-1 codes")
    parser.add_argument("--min-seconds", type=float, default=1.0)
    args = parser.parse_args()
    languages = tuple(args.languages.split(",")) if args.languages else Settings().languages
    articles = load_articles()
    sets = {
        "articles": articles,
        "paragraphs": load_paragraphs(articles),
        "short": load_short(),
        # The first three words of each short text: the hardest case (a caption, a label).
        "3 words": [(code, " ".join(text.split()[:3])) for code, text in load_short()],
    }
    print(f"languages: {','.join(languages)}")
    print(f"{'backend':<10} {'set':<11} {'n':>4} {'accuracy':>9} {'texts/s':>10} {'load s':>7}")
    for backend in ("py3langid", "lingua"):
        started = time.perf_counter()
        detector = build_detector(backend, languages)
        detector.detect("warm up the models: a first sentence in English.")
        load = time.perf_counter() - started
        for name, texts in sets.items():
            accuracy, rate = measure(detector, texts, args.min_seconds)
            row = f"{backend:<10} {name:<11} {len(texts):>4} {accuracy:>9.3f}"
            print(f"{row} {rate:>10.0f} {load:>7.2f}")


if __name__ == "__main__":
    main()
