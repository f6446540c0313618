"""NER through the export: documents written as articles, mentions mapped back to tokens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.evaluation.ner import evaluate, format_report, score
from sourcetrace.evaluation.ner import export as ner_export
from sourcetrace.evaluation.ner.formats import GoldDocument

from .test_ner_eval import CONLL, write


def _doc() -> GoldDocument:
    doc = GoldDocument(doc_id="news.txt#1", language="en", sentences=[
        [("HOLT", "O"), ("WINS", "O")],
        [("Anna", "B-PER"), ("Holt", "I-PER"), ("met", "O"), ("Ansar", "B-ORG"),
         ("Dine", "I-ORG"), ("in", "O"), ("Mali", "B-LOC"), (".", "O")],
    ])
    doc.build()
    return doc


def test_documents_are_written_as_articles(tmp_path: Path) -> None:
    doc = _doc()
    [path] = ner_export.write_articles([doc], tmp_path)
    [record] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert record == {"id": "news.txt#1", "text": "HOLT WINS\nAnna Holt met Ansar Dine in Mali.\n",
                      "language": "en"}


def test_export_mentions_map_back_to_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc()
    # The cleaned text lost its first line (kept apart as a headline): offsets shift by 10.
    clean = "Anna Holt met Ansar Dine in Mali."
    export: dict[str, Any] = {
        "articles": [{"id": doc.doc_id, "text": clean, "headline": "HOLT WINS"}],
        "entities": [
            {"id": "a", "type": "PERSON", "mentions": [
                {"article_id": doc.doc_id, "start": 0, "end": 9, "text": "Anna Holt"}]},
            {"id": "b", "type": "ARMED_GROUP", "mentions": [
                {"article_id": doc.doc_id, "start": 14, "end": 24, "text": "Ansar Dine"}]},
            # A place typed as a person after the cross-document vote: a wrong type.
            {"id": "c", "type": "PERSON", "mentions": [
                {"article_id": doc.doc_id, "start": 28, "end": 32, "text": "Mali"}]},
        ],
    }
    monkeypatch.setattr(ner_export, "ingest_and_export", lambda *a, **k: export)
    predicted, facts = ner_export.predict_through_export([doc])
    assert predicted == [{(2, 4, "PER"), (5, 7, "ORG"), (8, 9, "PER")}]
    assert facts == {"exported_articles": 1, "missing": 0}
    result = score([doc], predicted)
    assert result["micro"]["tp"] == 2 and result["micro"]["fp"] == 1
    assert result["per_type"]["LOC"]["fn"] == 1


def test_a_document_missing_from_the_export_predicts_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ner_export, "ingest_and_export",
                        lambda *a, **k: {"articles": [], "entities": []})
    predicted, facts = ner_export.predict_through_export([_doc()])
    assert predicted == [set()] and facts["missing"] == 1


@pytest.mark.slow
def test_stage_and_export_are_both_scored(tmp_path: Path) -> None:
    result = evaluate(write(tmp_path, "test.txt", CONLL), end_to_end=True)
    assert result["documents"] == 2
    assert result["end_to_end_run"]["exported_articles"] == 2
    assert result["end_to_end"]["per_type"]["PER"]["gold"] == 3
    assert result["end_to_end"]["micro"]["tp"] >= 3
    report = format_report(result)
    assert "stage" in report and "end-to-end" in report
