"""The real-text harness: gold checks, scoring arithmetic, and one run end to end.

The fixture set (tests/fixtures/realtext) holds three self-written articles in three of the
datasets' formats (a FakeNewsCorpus CSV row, a SemEval title-then-body text file and a
trafilatura_eval page with its "with" snippet), their gold, and a hand-written export
(export.json) with known mistakes: a junk entity ("Monday" as a PERSON, "Friday" as a
LOC), a wrong type (Riverton as an ORG), a missed entity (Red Cross), one place split
into two exported entities, a wrong speaker, a quote drawn from a newsletter line, a
missing ``per``, a boilerplate line left, a body line lost and a check with the wrong
verdict. The expected numbers below are counted by hand from those files.
"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcetrace.evaluation.realtext import select, validate
from sourcetrace.evaluation.realtext.score import aggregate, counted_key, score_articles

FIXTURE = Path(__file__).parent.parent / "fixtures" / "realtext"
GOLD = FIXTURE / "gold"


def _data_folder() -> Path:
    """The fixture datasets under the folder names the manifest uses.

    The SemEval-style fixture is kept in the repo under a neutral name
    (``data/task3_articles``), so that no tracked path is named after a benchmark data set
    (our files are self-written); the harness finds a dataset by its folder name.
    """
    root = Path(tempfile.mkdtemp(prefix="realtext-fixture-"))
    atexit.register(shutil.rmtree, root, True)
    shutil.copytree(FIXTURE / "data", root, dirs_exist_ok=True)
    (root / "task3_articles").rename(root / "semeval2023_task3_train")
    return root


DATA = _data_folder()


@pytest.fixture(scope="module")
def scored() -> dict[str, object]:
    articles, problems = validate(GOLD, DATA)
    assert problems == []
    export = json.loads((FIXTURE / "export.json").read_text(encoding="utf-8"))
    scores = score_articles(articles, export)
    return {"scores": scores, "all": aggregate(scores),
            "dev": aggregate(s for s in scores if s.split == "dev"),
            "check": aggregate(s for s in scores if s.split == "check")}


def test_entity_precision_counts_junk_and_wrong_type(scored: dict) -> None:
    pooled = scored["all"]
    # 7 (entity, article) pairs exported; Riverton-as-ORG, Monday and Friday are wrong.
    assert pooled["counts"]["entities_exported"] == 7
    assert pooled["entity_precision"] == round(4 / 7, 4)
    # 6 gold entities over the three articles; Red Cross is never exported.
    assert pooled["entity_recall"] == round(5 / 6, 4)
    kinds = [e["kind"] for s in scored["scores"] for e in s.errors]
    assert kinds.count("entity_junk") == 2
    assert kinds.count("entity_wrong_type") == 1
    assert kinds.count("entity_missed") == 1


def test_bcubed_sees_the_place_split_into_two_entities(scored: dict) -> None:
    # Items: Anna Berg ×3 in E1; Riverton once in E2 and twice in E4.
    # Precision 1; recall (3·1 + 1/3 + 2·2/3) / 6 = 7/9.
    bcubed = scored["all"]["cluster_bcubed"]
    assert bcubed["precision"] == 1.0
    assert bcubed["recall"] == round(7 / 9, 4)
    assert bcubed["f1"] == round(2 * (7 / 9) / (1 + 7 / 9), 4)


def test_quotes_speakers_and_furniture(scored: dict) -> None:
    pooled = scored["all"]
    assert pooled["quote_recall"] == round(4 / 6, 4)
    # Three found quotes have a gold speaker; "Monday" is the wrong one.
    assert pooled["speaker_accuracy"] == round(2 / 3, 4)
    assert pooled["quotes_from_boilerplate"] == 1
    wrong = [e for s in scored["scores"] for e in s.errors if e["kind"] == "speaker_wrong"]
    assert [(e["gold"], e["speaker_text"]) for e in wrong] == [("Anna Berg", "Monday")]


def test_figure_attributes_and_checks(scored: dict) -> None:
    pooled = scored["all"]
    assert pooled["figure_recall"] == 1.0
    assert pooled["figure_attributes"]["per"] == 0.75  # "About 300 … every day" lost its per
    assert pooled["figure_attributes"]["counted"] == 1.0  # "people" is the key "person"
    assert pooled["figure_per_counted_qualifier"] == 0.75
    assert pooled["check_recall"] == 0.5
    assert pooled["check_verdict_accuracy"] == 0.0


def test_boilerplate_left_and_body_lost(scored: dict) -> None:
    pooled = scored["all"]
    assert pooled["boilerplate_left"] == round(1 / 3, 4)
    # 3 + 3 body lines in the text articles (boilerplate lines left out) + 1 page snippet.
    assert pooled["counts"]["body_lines"] == 7
    assert pooled["body_lines_lost"] == round(1 / 7, 4)


def test_splits_are_pooled_separately(scored: dict) -> None:
    assert scored["dev"]["articles"] == 2
    assert scored["check"]["articles"] == 1
    assert scored["check"]["entity_precision"] == 1.0
    assert scored["dev"]["entity_precision"] == round(2 / 5, 4)


def test_counted_key_is_lower_case_singular() -> None:
    assert counted_key("People") == "person"
    assert counted_key("migrants") == "migrant"
    assert counted_key("casualties") == "casualty"
    assert counted_key("press") == "press"
    assert counted_key(None) is None


def _broken_gold(tmp_path: Path) -> Path:
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    first = gold / "gold" / "rt-en-001.json"
    data = json.loads(first.read_text(encoding="utf-8"))
    data["entities"][0]["forms"].append("Anna Bergström")
    data["entities"][1]["type"] = "CITY"
    data["quotes"][0]["speaker"] = "e9"
    data["checks"][0]["verdict"] = "maybe"
    first.write_text(json.dumps(data), encoding="utf-8")
    (gold / "gold" / "rt-en-002.json").write_text("{not json", encoding="utf-8")
    (gold / "gold" / "rt-en-003.json").unlink()
    return gold


def test_validation_names_file_key_and_problem(tmp_path: Path) -> None:
    articles, problems = validate(_broken_gold(tmp_path), DATA)
    assert len(articles) == 3
    assert all(a.problems for a in articles)
    text = "\n".join(problems)
    assert "rt-en-001.json: entity e1: form 'Anna Bergström' does not occur" in text
    assert "rt-en-001.json: entity e2: type 'CITY' is not one of" in text
    assert "rt-en-001.json: quotes[0]: speaker 'e9' is no entity key" in text
    assert "rt-en-001.json: checks[0]: verdict 'maybe'" in text
    assert "rt-en-002.json: (file): not valid JSON" in text
    assert "rt-en-003.json: (file): no gold file" in text
    # The untouched gold of the fixture has none of these problems (see ``scored``).


def test_manifest_problems_name_the_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    manifest = gold / "manifest" / "fixture.jsonl"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace('"check"', '"test"')
    lines.append(lines[0].replace('"row": "7"', '"row": "999"'))
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, problems = validate(gold, DATA)
    assert any(p.startswith(f"{manifest}:2: split: 'test'") for p in problems)
    assert any(p.startswith(f"{manifest}:4: id:") and "already listed" in p for p in problems)
    assert select([], "dev", None) == []
    with pytest.raises(ValueError, match="split must be one of"):
        select([], "test", None)


def test_validate_only_exits_non_zero_on_bad_gold(tmp_path: Path) -> None:
    from sourcetrace.cli import app

    result = CliRunner().invoke(app, ["eval", "realtext", "--data", str(DATA), "--gold",
                                      str(_broken_gold(tmp_path)), "--validate-only"])
    assert result.exit_code == 1
    assert "no gold file" in result.output
    good = CliRunner().invoke(app, ["eval", "realtext", "--data", str(DATA), "--gold",
                                    str(GOLD), "--validate-only"])
    assert good.exit_code == 0, good.output
    assert "3 articles, 3 with valid gold, 0 problems" in good.output


@pytest.mark.slow
def test_end_to_end_through_ingest_and_export(tmp_path: Path) -> None:
    from sourcetrace.cli import app

    out = tmp_path / "realtext.json"
    keep = tmp_path / "work"
    result = CliRunner().invoke(app, ["eval", "realtext", "--data", str(DATA), "--gold",
                                      str(GOLD), "--split", "all", "--out", str(out),
                                      "--keep", str(keep)])
    assert result.exit_code == 0, result.output
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["articles"] == 3 and saved["exported_articles"] == 3
    assert set(saved["groups"]) >= {"all", "split:dev", "split:check", "language:en",
                                    "en/dev", "en/check"}
    # Articles were given as a user would: one JSONL (no language field) and a page.
    lines = (keep / "input" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["rt-en-001", "rt-en-002"]
    assert all("language" not in json.loads(line) for line in lines)
    assert (keep / "input" / "rt-en-003.html").is_file()
    export = json.loads((keep / "export.json").read_text(encoding="utf-8"))
    assert {a["id"] for a in export["articles"]} == {"rt-en-001", "rt-en-002", "rt-en-003"}
    # The score is the export's: the newsletter line of rt-en-001 is counted either way.
    assert saved["groups"]["all"]["counts"]["boilerplate_gold"] == 3


def test_a_check_across_splits_is_left_out_not_missed() -> None:
    articles, _ = validate(GOLD, DATA)
    export = json.loads((FIXTURE / "export.json").read_text(encoding="utf-8"))
    # rt-en-003 (dev) compares its toll with rt-en-001 (dev): scored without rt-en-001,
    # the check cannot be made by the pipeline and is not counted.
    scores = score_articles([a for a in articles if a.id != "rt-en-001"], export)
    pooled = aggregate(scores)
    assert pooled["counts"]["checks_left_out"] == 1
    assert pooled["check_recall"] is None


def test_page_text_is_decoded_as_ingest_decodes_it(tmp_path: Path) -> None:
    # A UTF-8 page with no declared charset (lxml alone would read it as Latin-1), and a
    # boilerplate line written as extraction shows a list item ("- Fuente …").
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    page = ("<html><body><article><p>La Compañía de Jesús abrió una investigación, "
            "dijo Ana Ríos.</p><ul><li>Fuente Prensa</li></ul></article></body></html>")
    (data / "trafilatura_eval" / "pages" / "p0001.html").write_bytes(page.encode("utf-8"))
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    target = gold / "gold" / "rt-en-003.json"
    record = json.loads(target.read_text(encoding="utf-8"))
    record.update(entities=[{"key": "e1", "name": "Compañía de Jesús", "type": "ORG",
                             "kb_id": None, "forms": ["Compañía de Jesús"]}],
                  quotes=[], figures=[], checks=[], boilerplate=["- Fuente Prensa"])
    target.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    _, problems = validate(gold, data)
    assert problems == []
    record["boilerplate"] = ["- Fuente Radio"]  # close, but not on the page
    target.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    _, problems = validate(gold, data)
    assert len(problems) == 1
    assert ("rt-en-003.json: boilerplate[0]: boilerplate line '- Fuente Radio' does not occur"
            in problems[0])


def _figure(ident: str, text: str, start: int, **values: object) -> dict[str, object]:
    base: dict[str, object] = {"id": ident, "text": text, "start": start,
                               "end": start + len(text), "value": None, "low": None,
                               "high": None, "unit": None, "currency": None, "per": None,
                               "qualifier": None, "counted": None}
    return base | values


def test_the_gold_occurrence_picks_the_figure() -> None:
    from sourcetrace.evaluation.realtext.score import ArticleScore, _score_figures

    text = "10 soldiers died and 10 civilians were hurt."
    exported = [_figure("a:figure:0", "10", 0, value=10, counted="soldiers"),
                _figure("a:figure:1", "10", 21, value=10, counted="civilians")]
    gold = {"key": "f1", "text": "10", "value": 10, "counted": "civilian"}
    with_n = ArticleScore("a", "en", "dev")
    _score_figures(with_n, [gold | {"n": 2}], exported, text, None)
    assert with_n.figure_match == {"f1": "a:figure:1"}
    assert with_n.counts["figure_counted_right"] == 1
    without_n = ArticleScore("a", "en", "dev")
    _score_figures(without_n, [gold], exported, text, None)
    assert without_n.figure_match == {"f1": "a:figure:0"}
    assert without_n.counts["figure_counted_right"] == 0
    # An occurrence in the title is not in the text: n=2 is then the first in the text.
    titled = ArticleScore("a", "en", "dev")
    _score_figures(titled, [gold | {"n": 2}], exported, text, "10 dead")
    assert titled.figure_match == {"f1": "a:figure:0"}


def test_a_unit_stands_in_for_the_counted_thing() -> None:
    from sourcetrace.evaluation.realtext.score import ArticleScore, _score_figures

    score = ArticleScore("a", "en", "dev")
    _score_figures(score, [{"key": "f1", "text": "25 Prozent", "value": 25,
                            "counted": "percent"}],
                   [_figure("a:figure:0", "25 Prozent", 0, value=25, unit="%")])
    assert score.counts["figure_counted_right"] == 1
    distance = ArticleScore("a", "en", "dev")
    _score_figures(distance, [{"key": "f1", "text": "40 km", "value": 40, "counted": "kilometre"},
                              {"key": "f2", "text": "3 hours", "value": 3, "counted": "hour"}],
                   [_figure("a:figure:0", "40 km", 0, value=40, unit="km"),
                    _figure("a:figure:1", "3 hours", 20, value=3, unit="km")])
    assert distance.counts["figure_counted_right"] == 1  # the second has the wrong unit


def _lines_article(boilerplate: list[str], body: list[str]) -> object:
    from sourcetrace.evaluation.realtext.gold import Article
    from sourcetrace.evaluation.realtext.sources import SourceArticle

    return Article(id="a", language="de", split="dev", manifest={}, manifest_file="m",
                   gold_file="g", source=SourceArticle(fmt="txt", body_lines=body),
                   gold={"boilerplate": boilerplate})


@pytest.mark.parametrize(("text", "left"), [
    ("Von Anna Berg\nDer Bericht kam gestern.", 1),     # a byline opening a line
    ("Der Bericht von Anna Berg kam gestern.", 0),       # the same word inside the body
    ("- Von Anna Berg\nDer Bericht kam gestern.", 1),   # after a list bullet
])
def test_a_short_boilerplate_line_counts_only_at_a_line_start(text: str, left: int) -> None:
    from sourcetrace.evaluation.realtext.lines import score_lines
    from sourcetrace.evaluation.realtext.score import ArticleScore

    score = ArticleScore("a", "de", "dev")
    score_lines(score, _lines_article(["Von"], []), text, text, [])  # type: ignore[arg-type]
    assert score.counts["boilerplate_left"] == left


def test_a_long_boilerplate_line_counts_glued_to_the_body_and_quotes_once() -> None:
    from sourcetrace.evaluation.realtext.lines import score_lines
    from sourcetrace.evaluation.realtext.score import ArticleScore

    text = "The council met. 73% of readers think this story is Fact. Add your two cents."
    start = text.index("this story")
    quote = {"id": "a:quote:0", "text": "this story is Fact", "start": start,
             "end": start + len("this story is Fact")}
    score = ArticleScore("a", "en", "dev")
    article = _lines_article(["% of readers think this story is Fact.", "Add your two cents"],
                             ["The council met."])
    score_lines(score, article, text, text, [quote])  # type: ignore[arg-type]
    assert score.counts["boilerplate_left"] == 1  # the short one is not at a line start
    assert score.counts["quotes_from_boilerplate"] == 1
    assert score.counts["body_lines"] == 1 and score.counts["body_lines_lost"] == 0


def test_a_check_of_three_figures_is_found_when_pairs_link_them() -> None:
    from sourcetrace.evaluation.realtext.score import _joining_verdicts

    pairs = [({"a", "b"}, "consistent"), ({"b", "c"}, "updated"), ({"x", "y"}, "conflicting")]
    assert _joining_verdicts({"a", "b", "c"}, pairs) == ["consistent", "updated"]
    assert _joining_verdicts({"a", "b"}, pairs) == ["consistent"]
    assert _joining_verdicts({"a", "c"}, pairs) is None  # only through b, which is not asked
    assert _joining_verdicts({"a", "b", "y"}, pairs) is None


def test_a_repeated_title_in_the_headline_is_not_boilerplate_left() -> None:
    # The article's title repeated as its first body line is boilerplate of the body: moved
    # into the exported headline it is where it belongs. Another gold line found in the
    # headline (a newsletter pitch taken for the title) still counts as left.
    from sourcetrace.evaluation.realtext.gold import Article
    from sourcetrace.evaluation.realtext.lines import score_lines
    from sourcetrace.evaluation.realtext.score import ArticleScore
    from sourcetrace.evaluation.realtext.sources import SourceArticle

    source = SourceArticle("txt", title="Storm floods the harbour town",
                           body="Storm floods the harbour town\n\nWater rose overnight.",
                           body_lines=["Water rose overnight."])
    article = Article("rt-en-901", "en", "dev", {}, "m.jsonl", "g.json", source,
                      {"boilerplate": ["Storm floods the harbour town", "Sign up for our"]})
    body = "Water rose overnight."
    as_title = ArticleScore("rt-en-901", "en", "dev")
    score_lines(as_title, article, body, body + "\nStorm floods the harbour town", [])
    assert as_title.counts["boilerplate_left"] == 0
    pitch = ArticleScore("rt-en-901", "en", "dev")
    score_lines(pitch, article, body, body + "\nSign up for our newsletter", [])
    assert pitch.counts["boilerplate_left"] == 1
    assert pitch.counts["body_lines_lost"] == 0
