"""NER evaluation on tiny benchmark-shaped files we write: readers, scoring, end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.errors import FormatError
from sourcetrace.evaluation.ner import evaluate, format_report, score
from sourcetrace.evaluation.ner.formats import GoldDocument, detect_format, read_documents

CONLL = """\
TENNIS NN B-NP O
- : O O
HOLT NNP B-NP O
WINS VBZ B-VP O
IN IN B-PP O
LYON NNP B-NP O
. . O O

LYON NNP B-NP B-LOC
1996-08-30 CD I-NP O

Anna NNP B-NP B-PER
Holt NNP I-NP I-PER
of IN B-PP O
Sweden NNP B-NP I-LOC
beat VBD B-VP O
Ines NNP B-NP B-PER
Vidal NNP I-NP I-PER
's POS B-NP O
team NN I-NP O
, , O O
the DT B-NP O
Acme NNP I-NP B-ORG
Corp NNP I-NP I-ORG
said VBD B-VP O
. . O O

GOLF NN B-NP O

OSLO NNP B-NP B-LOC
1996-08-31 CD I-NP O

Per NNP B-NP B-PER
Lund NNP I-NP I-PER
won VBD B-VP O
. . O O
"""

GERMEVAL = (
    "#\thttp://www.example-news.de/a\t[2009-10-23]\n"
    "1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tbesuchte\tO\tO\n4\tParis\tB-LOC\tO\n"
    "5\tund\tO\tO\n6\tdeutsche\tB-LOCderiv\tO\n7\tFirmen\tO\tO\n8\t.\tO\tO\n\n"
    "#\thttp://de.wikipedia.org/wiki/X\t[2009-10-23]\n"
    "1\tDie\tO\tO\n2\tSPD\tB-ORG\tO\n3\tsiegte\tO\tO\n4\t.\tO\tO\n\n"
)

HIPE = (
    "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED"
    "\tNEL-LIT\tNEL-METO\tMISC\n"
    "# language = en\n# document_id = doc-1\n"
    "John\tB-pers\tO\t_\t_\t_\t_\t_\t_\t_\n"
    "Brown\tI-pers\tO\t_\t_\t_\t_\t_\t_\tNoSpaceAfter\n"
    ",\tO\tO\t_\t_\t_\t_\t_\t_\t_\n"
    "Boston\tB-loc\tO\t_\t_\t_\t_\t_\t_\tNoSpaceAfter\n"
    ".\tO\tO\t_\t_\t_\t_\t_\t_\t_\n"
)


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_conll_documents_are_rebuilt_from_datelines(tmp_path: Path) -> None:
    docs = list(read_documents(write(tmp_path, "test.txt", CONLL), "conll"))
    assert [d.text.splitlines()[0] for d in docs] == ["TENNIS - HOLT WINS IN LYON.", "GOLF"]
    first = docs[0]
    assert "Ines Vidal's team, the Acme Corp said." in first.text
    tokens = [first.text[s:e] for s, e in first.offsets]
    names = {(" ".join(tokens[s:e]), kind) for s, e, kind in first.entities}
    # IOB1: "I-LOC" after a PER starts a new entity
    assert names == {
        ("LYON", "LOC"),
        ("Anna Holt", "PER"),
        ("Sweden", "LOC"),
        ("Ines Vidal", "PER"),
        ("Acme Corp", "ORG"),
    }


def test_germeval_drops_deriv_and_keeps_news_urls(tmp_path: Path) -> None:
    path = write(tmp_path, "NER-de-test.tsv", GERMEVAL)
    assert detect_format(path) == "germeval"
    docs = list(read_documents(path, "germeval"))
    assert [d.doc_id for d in docs] == [
        "http://www.example-news.de/a",
        "http://de.wikipedia.org/wiki/X",
    ]
    assert {k for _, _, k in docs[0].entities} == {"PER", "LOC"}
    assert len(docs[0].entities) == 2


def test_hipe_respects_no_space_after(tmp_path: Path) -> None:
    path = write(tmp_path, "hipe.tsv", HIPE)
    assert detect_format(path) == "hipe"
    (doc,) = read_documents(path, "hipe")
    assert doc.text.strip() == "John Brown, Boston."
    assert doc.entities == {(0, 2, "PER"), (3, 4, "LOC")}


def test_score_counts_exact_spans_only() -> None:
    gold = GoldDocument(doc_id="d", language="en")
    gold.entities = {(0, 2, "PER"), (3, 4, "LOC")}
    result = score([gold], [{(0, 2, "PER"), (3, 5, "LOC"), (6, 7, "ORG")}])
    assert result["per_type"]["PER"]["f1"] == 1.0
    assert result["per_type"]["LOC"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 1,
        "fn": 1,
        "gold": 1,
    }
    assert result["micro"]["precision"] == pytest.approx(1 / 3, abs=1e-4)


def test_unknown_format_and_missing_file_name_the_path(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no such file"):
        list(read_documents(tmp_path / "nope.txt", "conll"))
    with pytest.raises(FormatError, match="unknown NER format"):
        list(read_documents(write(tmp_path, "x.txt", CONLL), "brat"))


@pytest.mark.slow
def test_evaluate_end_to_end_on_a_small_file(tmp_path: Path) -> None:
    result = evaluate(write(tmp_path, "test.txt", CONLL), baseline=True)
    assert result["documents"] == 2
    ours = result["ours"]
    assert ours["per_type"]["PER"]["gold"] == 3
    assert ours["micro"]["tp"] >= 4  # LYON/OSLO datelines, people, Acme Corp
    assert "baseline" in result and "micro" in format_report(result)
