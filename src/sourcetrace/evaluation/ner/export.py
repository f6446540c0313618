"""NER scored through the export (``sourcetrace eval ner --end-to-end``).

The benchmark's documents (one per -DOCSTART- document, or per article where a copy lost
those lines; tokens joined with spaces as ``ner.formats`` rebuilds them, so offsets map
back) are written as articles of one JSON Lines file (``id``, ``text`` and the language
the stage evaluation is also given), ingested into a temporary database and exported
(``end_to_end``). The export's entity mentions, typed by their entity's type after the
cross-document stages, are mapped back onto the gold tokens and scored with ``ner.score``,
so the number is what a user of the export gets.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sourcetrace.config import Settings
from sourcetrace.evaluation.end_to_end import Progress, ingest_and_export
from sourcetrace.evaluation.ner.formats import GoldDocument

__all__ = ["predict_through_export", "write_articles"]

#: Export types → benchmark types (the finer ORG types are ORG).
EXPORT_TO_GOLD = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC"}


def write_articles(docs: Sequence[GoldDocument], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "documents.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for doc in docs:
            record = {"id": doc.doc_id, "text": doc.text, "language": doc.language}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [path]


def predict_through_export(
    docs: Sequence[GoldDocument],
    *,
    settings: Settings | None = None,
    on_progress: Progress | None = None,
) -> tuple[list[set[tuple[int, int, str]]], dict[str, Any]]:
    """Predicted token spans per document, read from the export; and run facts."""
    from sourcetrace.evaluation.ner import _offset_map, _to_tokens

    export = ingest_and_export(lambda folder: write_articles(docs, folder), len(docs),
                               settings=settings, on_progress=on_progress)
    texts = {a["id"]: a.get("text") or "" for a in export.get("articles", [])}
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for entity in export.get("entities", []):
        label = EXPORT_TO_GOLD.get(entity.get("type", ""), "ORG")
        for mention in entity.get("mentions", []):
            spans.setdefault(mention["article_id"], []).append(
                (mention["start"], mention["end"], label))
    predicted: list[set[tuple[int, int, str]]] = []
    for doc in docs:
        if doc.doc_id not in texts:
            predicted.append(set())
            continue
        mapping = _offset_map(texts[doc.doc_id], doc.text)
        predicted.append(_to_tokens(doc, [
            (mapping(start), mapping(end - 1) + 1 if mapping(end - 1) >= 0 else -1, label)
            for start, end, label in spans.get(doc.doc_id, [])
        ]))
    facts = {"exported_articles": len(texts), "missing": len(docs) - sum(
        1 for d in docs if d.doc_id in texts)}
    return predicted, facts
