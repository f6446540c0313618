"""The event scorers on data we wrote: a MEANTIME-format article and a gold-by-reference
report set over a text of our own (the scorers never read ../shared in tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcetrace.errors import FormatError
from sourcetrace.evaluation import events
from sourcetrace.evaluation.events import real as events_real
from sourcetrace.model import EventArgument, EventCount, EventMention

SENTENCES = [
    ["Rebels", "attack", "army", "base"],
    ["April", "12", ",", "2024"],
    ["Rebels", "attacked", "an", "army", "base", "in", "Kabul", "on", "Tuesday", "."],
    ["The", "company", "said", "sales", "rose", "."],
]
#: (sentence, token index in it, pred) of each gold event mention
GOLD = [(0, 1, "attack"), (2, 1, "attack"), (3, 2, "say"), (3, 4, "rise")]


def _meantime(folder: Path) -> Path:
    corpus = folder / "corpus_airbus"
    corpus.mkdir(parents=True)
    tokens, ids = [], {}
    t_id = 0
    for s, words in enumerate(SENTENCES):
        for i, word in enumerate(words):
            t_id += 1
            ids[(s, i)] = t_id
            tokens.append(f'<token number="{t_id - 1}" sentence="{s}" t_id="{t_id}">{word}</token>')
    mentions = [f'<EVENT_MENTION m_id="{n}" pred="{pred}"><token_anchor t_id="{ids[(s, i)]}"/>'
                "</EVENT_MENTION>" for n, (s, i, pred) in enumerate(GOLD, 1)]
    timex = ('<TIMEX3 m_id="90" type="DATE" value="2024-04-12" functionInDocument='
             f'"CREATION_TIME"><token_anchor t_id="{ids[(1, 0)]}"/></TIMEX3>')
    # Both attack mentions refer to one cross-document instance; "say" to its own event.
    instances = ('<EVENT m_id="50" instance_id="ev-attack"/><EVENT m_id="51"/>\n'
                 '</Markables><Relations><REFERS_TO r_id="1"><source m_id="1"/>'
                 '<source m_id="2"/><target m_id="50"/></REFERS_TO>'
                 '<REFERS_TO r_id="2"><source m_id="3"/><target m_id="51"/></REFERS_TO>'
                 "</Relations>")
    xml = ('<?xml version="1.0" ?><Document doc_id="1" doc_name="1_x" lang="en">\n'
           + "\n".join(tokens) + "\n<Markables>\n" + "\n".join(mentions) + "\n" + timex
           + "\n" + instances + "</Document>\n")
    (corpus / "1_x.xml").write_text(xml, encoding="utf-8")
    return folder


def test_meantime_shared_classes_are_scored(tmp_path: Path) -> None:
    result = events.evaluate(_meantime(tmp_path))
    dev = result["scores"]["dev"]
    # "say" and "rise" map to no class of ours: only the two attacks are gold.
    assert dev["gold"] == 2
    assert dev["predicted"] == 2
    assert dev["typed"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["scores"]["held_out"]["gold"] == 0
    assert "dev" in events.format_report(result)
    # Cross-document coreference: the two attacks are one gold chain, and the corpus
    # stages merge the two predicted mentions of one article into one event.
    cross = result["cross_document"]
    assert (cross["gold_mentions"], cross["gold_chains"]) == (2, 1)
    assert (cross["system_mentions"], cross["system_events"]) == (2, 1)
    assert cross["b_cubed"]["f1"] == 1.0 and cross["conll_f1"] == 1.0
    assert "CoNLL F1 1.000" in events.format_report(result)


def test_our_classes() -> None:
    assert events.our_class("suicide_bombing") == "violence"
    assert events.our_class("talks") == "talks"
    assert events.our_class("sanctions") is None


def test_weighted_f1() -> None:
    pairs = [("attack", "attack"), ("attack", "none"), ("arrest", "arrest"), ("arrest", "attack")]
    # attack: tp 1, fp 1, fn 1 -> 0.5; arrest: tp 1, fn 1 -> 2/3; weighted by 2 and 2.
    assert events_real.weighted_f1(pairs) == pytest.approx((0.5 * 2 + (2 / 3) * 2) / 4, abs=1e-4)
    assert events_real.weighted_f1([]) == 0.0


def _mention(**changes: object) -> EventMention:
    fields: dict[str, object] = {
        "start": 0, "end": 6, "text": "bombed", "stage": "events", "type": "bombing",
        "date": "2024-05-02",
        "arguments": (EventArgument(role="actor", start=0, end=3, text="The militia"),
                      EventArgument(role="place", start=10, end=15, text="Kabul")),
        "fatalities": EventCount(start=20, end=22, text="12", value=12.0),
    }
    fields.update(changes)
    return EventMention(**fields)  # type: ignore[arg-type]


def test_fields_right() -> None:
    item = {"type": "bombing", "date": "2024-05-02", "place": "Kabul",
            "actors": ["militia"], "fatalities": 12}
    assert all(events_real.fields_right(item, _mention()).values())
    wrong = events_real.fields_right(item, _mention(date=None, fatalities=None, arguments=()))
    assert wrong == {"type": True, "date": False, "place": False, "actors": False,
                     "fatalities": False}
    assert not any(events_real.fields_right(item, None).values())
    # A gold without place asks for none; without actors, asks nothing.
    loose = {"type": "bombing", "date": "2024-05-02", "place": None, "actors": [],
             "fatalities": 12}
    verdict = events_real.fields_right(loose, _mention())
    assert verdict["actors"] and not verdict["place"]


def _real_set(tmp_path: Path, text: str, lines: list[dict[str, object]]) -> tuple[Path, Path]:
    data = tmp_path / "eval"
    folder = data / "polnear_train_dev" / "train" / "text"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "gold.jsonl").write_text(
        "\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return data, gold


def test_real_reports_scored_through_the_stage(tmp_path: Path) -> None:
    text = "Police arrested two men in Manchester on Saturday. The weather was fine."
    source = {"dataset": "polnear_train_dev", "file": "train/text/a.txt"}
    start = text.index("arrested")
    lines: list[dict[str, object]] = [
        {"id": "ev-1", "split": "dev", "source": source, "published": "2016-03-14",
         "start": start, "end": start + 8, "trigger": "arrested", "type": "arrest",
         "date": "2016-03-12", "place": "Manchester", "actors": ["Police"],
         "fatalities": None},
        {"id": "ev-2", "split": "check", "source": source, "published": "2016-03-14",
         "start": text.index("weather"), "end": text.index("weather") + 7,
         "trigger": "weather", "type": "protest", "date": None, "place": None,
         "actors": [], "fatalities": None},
    ]
    data, gold = _real_set(tmp_path, text, lines)
    dev = events_real.evaluate(data, gold, "dev")
    assert (dev["reports"], dev["found"], dev["all_fields_right"]) == (1, 1, 1.0)
    assert dev["typing_weighted_f1"] == 1.0
    check = events_real.evaluate(data, gold, "check")
    assert (check["found"], check["typing_weighted_f1"], check["per_report"]) == (0, 0.0, [])


def test_event_fields_right_reads_the_exported_record() -> None:
    item = {"type": "bombing", "date": "2024-05-02", "place": "Kabul",
            "actors": ["militia"], "fatalities": 12}
    event = {"subtype": "bombing", "date": {"value": "2024-05-02", "precision": "day"},
             "place": {"name": "Kabul", "country": "AF"},
             "actors": [{"text": "The militia", "entity_id": None}],
             "fatalities": {"value": 12.0, "low": 12.0, "high": 12.0}}
    assert all(events_real.event_fields_right(item, event).values())
    # Sources that disagree leave no value: the low end of the interval is scored.
    ranged = {**event, "fatalities": {"value": None, "low": 9.0, "high": 12.0},
              "place": None, "date": {"value": None, "precision": None}}
    assert events_real.event_fields_right(item, ranged) == {
        "type": True, "date": False, "place": False, "actors": True, "fatalities": False}
    assert not any(events_real.event_fields_right(item, None).values())


def test_real_reports_scored_through_the_export(tmp_path: Path) -> None:
    text = ("Police arrested two men in Manchester on Saturday. "
            "The arrests followed a raid on a warehouse.")
    source = {"dataset": "polnear_train_dev", "file": "train/text/a.txt"}
    start = text.index("arrested")
    data, gold = _real_set(tmp_path, text, [
        {"id": "ev-1", "split": "dev", "source": source, "published": "2016-03-14",
         "start": start, "end": start + 8, "trigger": "arrested", "type": "arrest",
         "date": "2016-03-12", "place": "Manchester", "actors": ["Police"],
         "fatalities": None}])
    result = events_real.evaluate(data, gold, "dev", through="export")
    assert result["through"].startswith("export")
    (report,) = result["per_report"]
    assert report["predicted"] == "arrest" and report["right"]["type"]
    with pytest.raises(FormatError, match="through"):
        events_real.evaluate(data, gold, "dev", through="ingest")


def test_real_gold_refused_when_trigger_is_elsewhere(tmp_path: Path) -> None:
    text = "Police arrested two men in Manchester on Saturday."
    source = {"dataset": "polnear_train_dev", "file": "train/text/a.txt"}
    data, gold = _real_set(tmp_path, text, [
        {"id": "ev-1", "split": "dev", "source": source, "start": 0, "end": 8,
         "trigger": "arrested", "type": "arrest"}])
    with pytest.raises(FormatError, match="ev-1"):
        events_real.evaluate(data, gold, "dev")
    (gold / "gold.jsonl").write_text('{"id": "ev-2"}\n', encoding="utf-8")
    with pytest.raises(FormatError, match="missing"):
        events_real.load_gold(gold)
