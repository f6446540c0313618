"""The story evaluation (B-cubed against a document-level gold derived from event
coreference) on a tiny corpus in MEANTIME's cross-document format that we wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.errors import FormatError
from sourcetrace.evaluation.stories import b_cubed, evaluate, gold_stories, load_documents


def _doc(doc_id: str, day: str, title: str, body: str, events: list[str]) -> str:
    tokens = [f'<token t_id="{n}" sentence="0">{w}</token>'
              for n, w in enumerate(title.split())]
    tokens.append(f'<token t_id="50" sentence="1">{day}</token>')
    tokens += [f'<token t_id="{100 + n}" sentence="2">{w}</token>'
               for n, w in enumerate(body.split())]
    marks = "".join(f'<EVENT m_id="{n}" instance_id="{e}"/>' for n, e in enumerate(events))
    return (f'<Document doc_id="{doc_id}">{"".join(tokens)}<Markables>'
            f'<TIMEX3 m_id="90" functionInDocument="CREATION_TIME" value="{day}"/>{marks}'
            "</Markables></Document>")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "intra_cross-doc_annotation" / "corpus_port"
    folder.mkdir(parents=True)
    docs = {
        "1": ("2024-04-09", "Port of Valdria closes after crane collapse",
              "The port of Valdria closed on Tuesday after a crane collapsed onto a cargo "
              "ship, injuring four dock workers.", ["ev_collapse"]),
        "2": ("2024-04-10", "Valdria crane collapse: four workers injured",
              "Four dock workers were hurt when a crane collapsed at the port of Valdria "
              "on Tuesday, the port authority said.", ["ev_collapse"]),
        "3": ("2024-06-20", "Valdria port announces record grain exports",
              "The port of Valdria shipped a record 2 million tonnes of grain in May.",
              ["ev_record"]),
    }
    for doc_id, (day, title, body, events) in docs.items():
        (folder / f"{doc_id}.xml").write_text(_doc(doc_id, day, title, body, events),
                                              encoding="utf-8")
    return tmp_path


def test_gold_links_documents_sharing_an_event(corpus: Path) -> None:
    docs = load_documents(corpus)
    assert docs[0].title == "Port of Valdria closes after crane collapse"
    gold = gold_stories(docs)
    assert gold["1"] == gold["2"] != gold["3"]


def test_b_cubed_scores_merges_and_splits() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert b_cubed(gold, gold)["f1"] == 1.0
    merged = b_cubed({"a": "s", "b": "s", "c": "s"}, gold)
    assert merged["recall"] == 1.0 and abs(merged["precision"] - 5 / 9) < 1e-9
    alone = b_cubed({"a": "a", "b": "b", "c": "c"}, gold)
    assert alone["precision"] == 1.0 and abs(alone["recall"] - 2 / 3) < 1e-9


def test_evaluate_clusters_the_two_reports_of_the_collapse(corpus: Path) -> None:
    result = evaluate(corpus)  # keys from our entities, dates and linking stages
    assert result["documents"] == 3 and result["gold_multi_document"] == 1
    assert result["event_stories"]["f1"] == 1.0, result


def test_a_folder_without_meantime_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no MEANTIME"):
        load_documents(tmp_path)
