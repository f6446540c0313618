"""Persuasion techniques end to end: SemEval-2023 Task 3 articles through the product.

Each training article is written as a plain-text input file (its title is the first line,
as in the task's files), ingested into a fresh database and exported as JSON
(``evaluation.end_to_end``). Every exported technique signal's evidence spans are mapped
back to the task's paragraphs: a span in the article's ``text`` to the line of the
original file that its paragraph came from, a span in the ``headline`` field to the title
line. A paragraph is predicted to carry a technique when at least one evidence span of the
matching signal falls in it; the score is the task's paragraph-level micro-F1.

Nothing is fitted, so the folds (grouped by article) only show how much the numbers move
from one group of articles to another. A fixed fifth of the articles (by a hash of the
language and article id) is held out: its numbers are reported, its errors never listed.

Usage: ``sourcetrace eval persuasion --data DATA_DIR --end-to-end [--out FILE]``.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sourcetrace.capabilities.signals.techniques import TECHNIQUE_OF
from sourcetrace.config import Settings
from sourcetrace.errors import FormatError
from sourcetrace.evaluation.end_to_end import Progress, ingest_and_export

__all__ = ["Article", "evaluate_end_to_end", "format_report", "load_articles",
           "paragraph_predictions", "split_of"]

_FOLDERS = {"en": "en", "fr": "fr", "de": "ge"}
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
#: A paragraph of the export is the line whose words it shares at least this much.
_MIN_OVERLAP = 0.6


@dataclass(frozen=True)
class Article:
    language: str
    id: str
    lines: tuple[str, ...]
    #: Gold labels per 1-based line number (labelled, non-empty lines only).
    gold: Mapping[int, frozenset[str]]


def split_of(language: str, article: str, folds: int = 5) -> str:
    """``heldout`` for a fixed fifth of the articles, else ``fold<k>`` (k < folds)."""
    h = zlib.crc32(f"{language}:{article}".encode())
    if h % 5 == 0:
        return "heldout"
    return f"fold{(h // 5) % folds}"


def load_articles(path: Path, language: str) -> list[Article]:
    folder = path / _FOLDERS.get(language, language)
    labels_file = folder / "train-labels-subtask-3.txt"
    texts = folder / "train-articles-subtask-3"
    if not labels_file.is_file() or not texts.is_dir():
        raise FormatError(f"{folder}: no train-labels-subtask-3.txt and "
                          "train-articles-subtask-3/ (SemEval-2023 Task 3 layout)")
    gold: dict[str, dict[int, frozenset[str]]] = {}
    for n, row in enumerate(labels_file.read_text(encoding="utf-8").splitlines(), start=1):
        parts = row.split("\t")
        if len(parts) < 2:
            continue
        if not parts[1].strip().isdigit():
            raise FormatError(f"{labels_file}: line {n}: paragraph number {parts[1]!r} "
                              "is not a number")
        labels = frozenset(x for x in (parts[2].split(",") if len(parts) > 2 else ()) if x.strip())
        gold.setdefault(parts[0], {})[int(parts[1])] = labels
    out = []
    for article, per_line in sorted(gold.items()):
        text_file = texts / f"article{article}.txt"
        if not text_file.is_file():
            raise FormatError(f"{labels_file}: no article file {text_file.name}")
        lines = tuple(text_file.read_text(encoding="utf-8").splitlines())
        kept = {n: v for n, v in per_line.items() if 0 < n <= len(lines) and lines[n - 1].strip()}
        out.append(Article(language, article, lines, kept))
    return out


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _line_of_paragraphs(text: str, lines: Sequence[str]) -> list[tuple[int, int, int]]:
    """``(start, end, line number)`` for each paragraph of the exported ``text`` that comes
    from a line of the original file (same words, or most of them, in order of the file)."""
    norm = {_SPACE.sub(" ", line).strip(): n for n, line in enumerate(lines, start=1)
            if line.strip()}
    bags = {n: Counter(_words(line)) for n, line in enumerate(lines, start=1) if line.strip()}
    out = []
    pos = 0
    for chunk in text.split("\n"):
        start, end = pos, pos + len(chunk)
        pos = end + 1
        key = _SPACE.sub(" ", chunk).strip()
        if not key:
            continue
        n = norm.get(key)
        if n is None:
            bag = Counter(_words(key))
            size = sum(bag.values())
            best, best_share = None, 0.0
            for m, other in bags.items():
                shared = sum((bag & other).values())
                share = shared / max(size, sum(other.values()), 1)
                if share > best_share:
                    best, best_share = m, share
            n = best if best_share >= _MIN_OVERLAP else None
        if n is not None:
            out.append((start, end, n))
    return out


def _title_line(headline: str, lines: Sequence[str]) -> int | None:
    """The line the export's headline came from: the first non-empty line, when it says
    the same (a cleaned headline may drop a site name or trailing punctuation)."""
    head = set(_words(headline))
    for n, line in enumerate(lines, start=1):
        if line.strip():
            words = set(_words(line))
            return n if head and len(head & words) >= 0.6 * len(head) else None
    return None


def paragraph_predictions(
    article: Article, record: Mapping[str, Any], signals: Sequence[Mapping[str, Any]]
) -> dict[int, set[str]]:
    """Technique labels per original line, from one exported article and its signals."""
    spans = _line_of_paragraphs(record.get("text") or "", article.lines)
    title = _title_line(record.get("headline") or record.get("title") or "", article.lines)
    out: dict[int, set[str]] = {}
    for signal in signals:
        label = TECHNIQUE_OF.get(signal["kind"])
        if label is None:
            continue
        for e in signal.get("evidence", ()):
            line: int | None = None
            if e.get("field") == "headline":
                line = title
            elif e.get("field", "text") == "text":
                line = next((n for a, b, n in spans if a <= e["start"] < b), None)
            if line is not None:
                out.setdefault(line, set()).add(label)
    return out


def _score(pairs: Sequence[tuple[frozenset[str], frozenset[str]]]) -> dict[str, Any]:
    tp = fp = fn = 0
    per: dict[str, list[int]] = {}
    for gold, pred in pairs:
        for label in gold | pred:
            row = per.setdefault(label, [0, 0, 0])
            hit = (label in gold, label in pred)
            if hit == (True, True):
                row[0] += 1
            elif hit == (False, True):
                row[1] += 1
            else:
                row[2] += 1
    for t, f_p, f_n in per.values():
        tp, fp, fn = tp + t, fp + f_p, fn + f_n

    def prf(t: int, f_p: int, f_n: int) -> dict[str, float]:
        return {"precision": round(t / max(t + f_p, 1), 4), "recall": round(t / max(t + f_n, 1), 4),
                "f1": round(2 * t / max(2 * t + f_p + f_n, 1), 4), "support": t + f_n,
                "predicted": t + f_p}

    total = prf(tp, fp, fn)
    return {"micro_f1": total["f1"], "precision": total["precision"], "recall": total["recall"],
            "paragraphs": len(pairs),
            "per_technique": {k: prf(*v) for k, v in sorted(per.items())}}


def evaluate_end_to_end(
    path: Path,
    folds: int = 5,
    languages: Sequence[str] = ("en", "fr", "de"),
    *,
    settings: Settings | None = None,
    on_progress: Progress | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """Ingest, export and score (see the module doc). ``limit``: first N articles a language."""
    present = [lang for lang in languages
               if (Path(path) / _FOLDERS.get(lang, lang)).is_dir()]
    if not present:
        # No language folder at all: the layout error names what is missing.
        load_articles(Path(path), languages[0])
    articles = [a for lang in present for a in load_articles(Path(path), lang)[:limit]]

    def write_inputs(folder: Path) -> list[Path]:
        written = []
        for a in articles:
            target = folder / a.language / f"article{a.id}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("\n".join(a.lines) + "\n", encoding="utf-8")
            written.append(target)
        return written

    export = ingest_and_export(write_inputs, len(articles), settings=settings,
                               on_progress=on_progress)
    by_origin: dict[tuple[str, str], Mapping[str, Any]] = {}
    for record in export.get("articles", []):
        origin = Path(str(record.get("origin", "")).split("#")[0])
        by_origin[(origin.parent.name, origin.stem.removeprefix("article"))] = record
    signals_of: dict[str, list[Mapping[str, Any]]] = {}
    for s in export.get("signals", []):
        if s.get("article_id"):
            signals_of.setdefault(s["article_id"], []).append(s)
    groups: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    errors: list[dict[str, Any]] = []
    missing = Counter[str]()
    for a in articles:
        record = by_origin.get((a.language, a.id))
        if record is None:
            missing[a.language] += 1
            pred: dict[int, set[str]] = {}
        else:
            pred = paragraph_predictions(a, record, signals_of.get(record["id"], []))
        split = split_of(a.language, a.id, folds)
        for n, gold in sorted(a.gold.items()):
            p = frozenset(pred.get(n, ()))
            keys = [f"{a.language}:{split}"]
            if split != "heldout":
                keys.append(f"{a.language}:dev")
            for key in keys:
                groups.setdefault(key, []).append((gold, p))
            if split != "heldout" and gold != p:
                errors.append({"language": a.language, "article": a.id, "line": n,
                               "missed": sorted(gold - p), "wrong": sorted(p - gold)})
    scores = {key: _score(pairs) for key, pairs in sorted(groups.items())}
    return {"dataset": str(path), "folds": folds, "mode": "end-to-end",
            "languages_missing": [lang for lang in languages if lang not in present],
            "articles": Counter(a.language for a in articles), "not_exported": dict(missing),
            "ingest": {k: v for k, v in export.get("ingest", {}).items() if k != "rejections"},
            "scores": scores, "errors": errors}


def format_report(result: dict[str, Any]) -> str:
    lines = ["SemEval-2023 Task 3 subtask 3 (train) end to end: exported signals, "
             "paragraph-level micro-F1",
             f"{'group':16} {'paras':>6} {'micro-F1':>9} {'P':>6} {'R':>6}"]
    for key, s in result["scores"].items():
        if key.endswith((":dev", ":heldout")):
            lines.append(f"{key:16} {s['paragraphs']:>6} {s['micro_f1']:>9.3f} "
                         f"{s['precision']:>6.3f} {s['recall']:>6.3f}")
    for language in result["articles"]:
        fold_f1 = [s["micro_f1"] for k, s in result["scores"].items()
                   if k.startswith(f"{language}:fold")]
        if fold_f1:
            lines.append(f"{language} dev folds micro-F1: " + " ".join(f"{f:.3f}" for f in fold_f1))
    return "\n".join(lines)
