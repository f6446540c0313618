"""NER evaluation: exact-span entity precision/recall/F1 for PER, ORG and LOC.

Documents are rebuilt from the benchmark's tokens and sent through the pipeline as an
ingested article would be (``DEFAULT_STAGES``: cleaning, language, parse, entities), so the
score is end to end and the document-level layers see whole articles. Our labels are mapped
to the benchmark's: PERSON→PER, GPE/LOC→LOC, ORG and its finer types→ORG. With
``baseline=True`` the bare spaCy pipeline of the language (German: its entity model) is
scored on the same texts (PERSON/PER→PER, ORG→ORG, GPE/LOC/FAC→LOC) as the anchor.

With ``end_to_end=True`` the same documents are also ingested and exported as a user's
articles would be, and the export's entity mentions are scored (``ner.export``): the gap
between that number and the stage's is what the cross-document stages cost or bring.

    sourcetrace eval ner --data PATH [--format auto|conll|germeval|hipe]
        [--limit N] [--news-only] [--baseline] [--end-to-end] [--out OUT]
"""

from __future__ import annotations

import difflib
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sourcetrace.config import Settings
from sourcetrace.core.pipeline import DEFAULT_STAGES, Pipeline
from sourcetrace.core.resources import Resources
from sourcetrace.evaluation.end_to_end import Progress
from sourcetrace.evaluation.ner.formats import SCORED, GoldDocument, detect_format, read_documents
from sourcetrace.model import Document

__all__ = ["evaluate", "format_report", "score"]

OURS_TO_GOLD = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC"}
SPACY_TO_GOLD = {
    "PERSON": "PER",
    "PER": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
}
BATCH = 32
ENTITIES_STAGE = "sourcetrace.capabilities.entities.stage"


def evaluate(
    path: Path,
    fmt: str = "auto",
    limit: int | None = None,
    *,
    news_only: bool = False,
    baseline: bool = False,
    end_to_end: bool = False,
    resources: Resources | None = None,
    settings: Settings | None = None,
    on_progress: Progress | None = None,
) -> dict[str, Any]:
    """Score the entities stage on ``path``; a JSON-able dict (see ``format_report``)."""
    path = Path(path)
    fmt = detect_format(path) if fmt == "auto" else fmt
    docs = [d for d in read_documents(path, fmt) if not news_only or "wikipedia" not in d.doc_id]
    if limit is not None:
        docs = docs[:limit]
    resources = resources or Resources()
    # Stages after the entities stage do not change mentions: leave them out of the timing.
    pipeline = Pipeline.from_modules(DEFAULT_STAGES[: DEFAULT_STAGES.index(ENTITIES_STAGE) + 1])
    started = time.perf_counter()
    predicted = _run_pipeline(docs, pipeline, resources)
    seconds = time.perf_counter() - started
    result: dict[str, Any] = {
        "data": str(path),
        "format": fmt,
        "documents": len(docs),
        "tokens": sum(len(d.offsets) for d in docs),
        "seconds": round(seconds, 2),
        "ours": score(docs, predicted),
    }
    if baseline:
        result["baseline"] = score(docs, _run_spacy(docs, resources))
    if end_to_end:
        from sourcetrace.evaluation.ner.export import predict_through_export

        started = time.perf_counter()
        exported, facts = predict_through_export(docs, settings=settings,
                                                 on_progress=on_progress)
        result["end_to_end"] = score(docs, exported)
        result["end_to_end_run"] = {**facts,
                                    "seconds": round(time.perf_counter() - started, 2)}
    return result


def _run_pipeline(
    docs: Sequence[GoldDocument], pipeline: Pipeline, resources: Resources
) -> list[set[tuple[int, int, str]]]:
    out: list[set[tuple[int, int, str]]] = []
    for begin in range(0, len(docs), BATCH):
        chunk = docs[begin : begin + BATCH]
        records = [
            Document(
                id=d.doc_id, origin=d.doc_id, fmt="txt", raw_text=d.text, language_given=d.language
            )
            for d in chunk
        ]
        for gold, outcome in zip(chunk, pipeline.run_batch(records, resources), strict=True):
            document = outcome.document
            if document is None:
                out.append(set())
                continue
            mapping = _offset_map(document.text, gold.text)
            spans = [
                (mapping(m.start), mapping(m.end - 1) + 1, OURS_TO_GOLD.get(m.label, "ORG"))
                for m in document.mentions
            ]
            out.append(_to_tokens(gold, spans))
    return out


def _run_spacy(
    docs: Sequence[GoldDocument], resources: Resources
) -> list[set[tuple[int, int, str]]]:
    out: list[set[tuple[int, int, str]]] = []
    language = docs[0].language if docs else "en"
    # German has no full pipeline: its baseline is the bare entity model.
    nlp = resources.spacy(language, required=False) or resources.ner(language, required=False)
    if nlp is None:
        return [set() for _ in docs]
    for gold, parsed in zip(docs, nlp.pipe((d.text for d in docs), batch_size=16), strict=True):
        spans = [
            (e.start_char, e.end_char, SPACY_TO_GOLD[e.label_])
            for e in parsed.ents
            if e.label_ in SPACY_TO_GOLD
        ]
        out.append(_to_tokens(gold, spans))
    return out


def _offset_map(clean: str, raw: str) -> Any:
    """Offsets in the cleaned text → offsets in the rebuilt text (identity when unchanged)."""
    if clean == raw:
        return lambda i: i
    shift = raw.find(clean)
    if shift != -1:
        return lambda i: i + shift
    blocks = difflib.SequenceMatcher(None, clean, raw, autojunk=False).get_matching_blocks()

    def mapping(i: int) -> int:
        for a, b, size in blocks:
            if a <= i < a + size:
                return b + (i - a)
        return -1

    return mapping


def _to_tokens(
    gold: GoldDocument, spans: Iterable[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for start, end, label in spans:
        if start < 0 or label not in SCORED:
            continue
        inside = [i for i, (s, e) in enumerate(gold.offsets) if s < end and e > start]
        if inside:
            out.add((inside[0], inside[-1] + 1, label))
    return out


def score(
    docs: Sequence[GoldDocument], predicted: Sequence[set[tuple[int, int, str]]]
) -> dict[str, Any]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, pred in zip(docs, predicted, strict=True):
        for _, _, kind in gold.entities & pred:
            tp[kind] += 1
        for _, _, kind in pred - gold.entities:
            fp[kind] += 1
        for _, _, kind in gold.entities - pred:
            fn[kind] += 1
    per_type = {kind: _prf(tp[kind], fp[kind], fn[kind]) for kind in SCORED}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {"micro": micro, "per_type": per_type}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "gold": tp + fn,
    }


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table of ``evaluate``'s result."""
    lines = [
        f"NER evaluation on {result['data']} ({result['format']}): {result['documents']} "
        f"documents, "
        f"{result['tokens']} tokens, pipeline {result['seconds']}s",
        f"{'system':<12}{'type':<7}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}",
    ]
    names = {"ours": "stage", "baseline": "baseline", "end_to_end": "end-to-end"}
    for system in ("ours", "baseline", "end_to_end"):
        if system not in result:
            continue
        rows = [
            *((k, v) for k, v in result[system]["per_type"].items()),
            ("micro", result[system]["micro"]),
        ]
        for kind, m in rows:
            lines.append(
                f"{names[system]:<12}{kind:<7}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{m['gold']:>7}"
            )
    if "end_to_end_run" in result:
        run = result["end_to_end_run"]
        lines.append(f"end-to-end: ingest and export {run['seconds']}s, "
                     f"{run['exported_articles']} articles exported, {run['missing']} missing")
    return "\n".join(lines)
