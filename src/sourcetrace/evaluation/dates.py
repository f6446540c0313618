"""Evaluate the ``dates`` stage on MEANTIME (NewsReader, TimeML TIMEX3 in CAT XML).

Each MEANTIME file holds an article as numbered tokens plus ``TIMEX3`` elements anchored
on token ids; the one with ``functionInDocument="CREATION_TIME"`` is the document
creation time, given to the stage as ``published``. The text is rebuilt from the tokens
(spaces between tokens, none before closing punctuation; the title and dateline on
their own lines), parsed once with the English spaCy pipeline, and run through the stage.

Scored: *calendar* ``DATE`` timexes, i.e. values ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``,
``YYY`` (decade), ``YYYY-Www`` and ``YYYY-Qn``. A prediction overlapping only a
non-calendar timex ("now" = PRESENT_REF, a TIME or DURATION) is neither right nor wrong;
one overlapping no timex at all is a false positive.

- span: precision = predictions overlapping a calendar timex / scored predictions;
  recall = calendar timexes overlapped by a prediction / calendar timexes;
- value: a prediction is right when it overlaps a calendar timex and its TimeML value
  (``timexpr.timeml_value``) equals the gold value; recall counts gold timexes that
  some overlapping prediction got right.

MEANTIME has no official split; ``DEV_CORPORA`` (airbus, apple) is where errors were
read, the other two corpora are reported apart as held out.

MEANTIME annotates only the title, the dateline and the first four sentences of each
article (token sentence numbers 0-5); the stage runs on the whole text, but predictions
after that stretch are not scored.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sourcetrace.capabilities.dates import stage as dates_stage
from sourcetrace.capabilities.dates.timexpr import timeml_value
from sourcetrace.capabilities.parse import stage as parse_stage
from sourcetrace.core.resources import Resources
from sourcetrace.errors import FormatError
from sourcetrace.model import DateRef, Document

__all__ = ["DEV_CORPORA", "evaluate", "format_report", "read_meantime"]

#: Sentences 0..5 (title, dateline, four body sentences) carry MEANTIME's annotation.
ANNOTATED_SENTENCES = 6
DEV_CORPORA = frozenset({"corpus_airbus", "corpus_apple"})
CALENDAR = re.compile(r"^(?:\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d|-Q[1-4])?|\d{3})$")
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.:;!?)\]%}]|'s|'|n't|'re|'ve|'ll|'d|'m)$", re.IGNORECASE)
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    creation_time: bool

    @property
    def calendar(self) -> bool:
        return self.type == "DATE" and bool(CALENDAR.match(self.value))


@dataclass(frozen=True, slots=True)
class GoldDocument:
    name: str
    corpus: str
    text: str
    creation_time: str | None
    timexes: tuple[GoldTimex, ...]
    #: end offset of the annotated stretch of ``text``
    annotated_end: int
    #: token id (``t_id``) -> its (start, end) in ``text``, for other annotation layers
    token_offsets: Mapping[str, tuple[int, int]] = field(default_factory=dict)


def read_meantime(path: Path) -> GoldDocument:
    """One MEANTIME XML file: rebuilt text, creation time and TIMEX3 spans."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise FormatError(f"not a readable MEANTIME XML file: {exc}", where=str(path)) from exc
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    previous: tuple[str, str] | None = None
    annotated_end = 0
    for token in root.iter("token"):
        word, sentence = token.text or "", token.get("sentence", "")
        if previous is not None:
            if sentence != previous[1] and sentence in ("1", "2"):
                sep = "\n"
            elif _NO_SPACE_BEFORE.match(word) or previous[0] in _NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            pieces.append(sep)
            length += len(sep)
        offsets[token.get("t_id", "")] = (length, length + len(word))
        if sentence.isdigit() and int(sentence) < ANNOTATED_SENTENCES:
            annotated_end = length + len(word)
        pieces.append(word)
        length += len(word)
        previous = (word, sentence)
    timexes = []
    for timex in root.iter("TIMEX3"):
        anchors = [offsets[a.get("t_id", "")] for a in timex.iter("token_anchor")
                   if a.get("t_id", "") in offsets]
        if not anchors:
            continue  # an empty timex (e.g. an unmentioned creation time)
        start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
        timexes.append(GoldTimex(
            start=start, end=end, text="".join(pieces)[start:end],
            type=timex.get("type", ""), value=timex.get("value", ""),
            creation_time=timex.get("functionInDocument") == "CREATION_TIME",
        ))
    creation = next((t.get("value") for t in root.iter("TIMEX3")
                     if t.get("functionInDocument") == "CREATION_TIME"), None)
    text = "".join(pieces)
    if creation is None:  # a few files leave it unmarked: the dateline's date stands in
        creation = next((t.value for t in timexes if t.start > text.find("\n")
                         and re.match(r"\d{4}-\d\d-\d\d$", t.value)), None)
    return GoldDocument(name=path.stem, corpus=path.parent.name, text=text,
                        creation_time=creation, timexes=tuple(timexes),
                        annotated_end=annotated_end, token_offsets=offsets)


def _counts() -> dict[str, int]:
    return {"gold": 0, "predicted": 0, "span_tp_pred": 0, "span_tp_gold": 0,
            "value_tp_pred": 0, "value_tp_gold": 0}


def _score(counts: dict[str, int]) -> dict[str, Any]:
    def prf(tp_pred: int, tp_gold: int) -> dict[str, float]:
        p = tp_pred / counts["predicted"] if counts["predicted"] else 0.0
        r = tp_gold / counts["gold"] if counts["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

    return {**counts, "span": prf(counts["span_tp_pred"], counts["span_tp_gold"]),
            "value": prf(counts["value_tp_pred"], counts["value_tp_gold"])}


def _overlaps(a: DateRef | GoldTimex, b: DateRef | GoldTimex) -> bool:
    return a.start < b.end and b.start < a.end


def _compare(gold: GoldDocument, predicted: tuple[DateRef, ...], counts: dict[str, int],
             errors: list[dict[str, Any]], skip_creation: bool) -> None:
    scored = [t for t in gold.timexes if t.calendar and not (skip_creation and t.creation_time)]
    others = [t for t in gold.timexes if t not in scored]
    counts["gold"] += len(scored)
    predicted = tuple(p for p in predicted if p.start < gold.annotated_end)
    for pred in predicted:
        hits = [t for t in scored if _overlaps(pred, t)]
        if not hits and any(_overlaps(pred, t) for t in others):
            continue
        counts["predicted"] += 1
        value = timeml_value(pred.value, pred.precision)
        if hits:
            counts["span_tp_pred"] += 1
            if any(t.value == value for t in hits):
                counts["value_tp_pred"] += 1
        else:
            errors.append({"doc": gold.name, "kind": "spurious", "text": pred.text,
                           "predicted": value})
    for timex in scored:
        preds = [p for p in predicted if _overlaps(p, timex)]
        if preds:
            counts["span_tp_gold"] += 1
        if any(timeml_value(p.value, p.precision) == timex.value for p in preds):
            counts["value_tp_gold"] += 1
        else:
            errors.append({"doc": gold.name, "kind": "wrong value" if preds else "missed",
                           "text": timex.text, "gold": timex.value,
                           "predicted": [timeml_value(p.value, p.precision) for p in preds],
                           "predicted_text": [p.text for p in preds]})


def evaluate(path: Path, *, use_parse: bool = True) -> dict[str, Any]:
    """Score the stage on every MEANTIME XML file under ``path``; a JSON-able dict."""
    files = sorted(p for p in Path(path).rglob("*.xml") if p.is_file())
    if not files:
        raise FormatError("no MEANTIME .xml files found", where=str(path))
    resources = Resources()
    groups = {"all": _counts(), "all_without_creation_time": _counts(),
              "dev": _counts(), "held_out": _counts()}
    errors: list[dict[str, Any]] = []
    for file in files:
        gold = read_meantime(file)
        doc = Document(id=gold.name, origin=str(file), fmt="txt", text=gold.text,
                       language="en", published=gold.creation_time)
        if use_parse:
            doc = parse_stage.STAGE.run(doc, resources)
        predicted = dates_stage.STAGE.run(doc, resources).dates
        split = "dev" if gold.corpus in DEV_CORPORA else "held_out"
        _compare(gold, predicted, groups["all"], errors if split == "dev" else [], False)
        _compare(gold, predicted, groups["all_without_creation_time"], [], True)
        _compare(gold, predicted, groups[split], [], False)
    return {
        "dataset": "MEANTIME English (TimeML TIMEX3, calendar DATE values)",
        "documents": len(files),
        "scores": {name: _score(c) for name, c in groups.items()},
        "dev_errors": errors,
    }


def format_report(result: dict[str, Any]) -> str:
    """A short plain-text table of ``evaluate``'s result."""
    lines = [f"{result['dataset']}: {result['documents']} documents",
             f"{'subset':28} {'gold':>5} {'pred':>5}  span P/R/F1         value P/R/F1"]
    for name, s in result["scores"].items():
        sp, va = s["span"], s["value"]
        lines.append(
            f"{name:28} {s['gold']:5d} {s['predicted']:5d}  "
            f"{sp['precision']:.3f}/{sp['recall']:.3f}/{sp['f1']:.3f}  "
            f"{va['precision']:.3f}/{va['recall']:.3f}/{va['f1']:.3f}"
        )
    return "\n".join(lines)
