"""Evaluate the ``events`` stage's mention detection on MEANTIME (NewsReader, English).

MEANTIME annotates every event mention of its Wikinews articles (``EVENT_MENTION``
anchored on tokens) without our types: its classes (SPEECH_COGNITIVE, GRAMMATICAL, OTHER,
MIX) say nothing of attacks or talks. The classes it shares with ours are found through
the predicate of each gold mention, by the mapping ``SHARED`` below (the lemma of the
anchored words, from the English parse of the rebuilt text, or the words themselves):

- agreement: deal, agreement, agree, accord, treaty, ceasefire, truce, pact;
- talks: talk, talks, meet, meeting, negotiation, negotiate, summit;
- court_case: lawsuit, sue, trial, court case, convict, conviction, sentence, indict,
  indictment, verdict, ruling, prosecute;
- protest: protest, demonstrate, demonstration, rally, march ("strike" is left out: in
  MEANTIME a plane "struck" a truck);
- violence: attack, kill, killing, murder, bomb, bombing, shoot, shooting, fighting,
  clash, battle, explosion, blast.

"violence" stands for every type of the family ``violence`` of the taxonomy (attack,
shooting, bombing, killing …). MEANTIME is about business (Airbus, Apple, GM, stock
markets): business deals are "agreement" for this mapping, as our triggers read them.

Scored on the annotated stretch of each article (title, dateline and the first four
sentences, as ``evaluation.dates``):
- typed: a predicted mention of a shared class is right when it overlaps a gold mention
  of the same class; recall counts gold mentions overlapped by a prediction of their class;
- untyped: the same, of any shared class;
- ``any_meantime_event``: the share of predicted mentions overlapping any MEANTIME event
  mention at all (precision of detection, whatever the class).

``DEV_CORPORA`` (airbus, apple) is where errors were read; gm and stock are held out.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sourcetrace.capabilities.dates import stage as dates_stage
from sourcetrace.capabilities.entities import stage as entities_stage
from sourcetrace.capabilities.events import stage as events_stage
from sourcetrace.capabilities.events.taxonomy import event_type
from sourcetrace.capabilities.figures import stage as figures_stage
from sourcetrace.capabilities.parse import stage as parse_stage
from sourcetrace.capabilities.quotes import stage as quotes_stage
from sourcetrace.core.resources import Resources
from sourcetrace.errors import FormatError
from sourcetrace.evaluation.dates import DEV_CORPORA, GoldDocument, read_meantime
from sourcetrace.model import Document, EventMention

__all__ = ["SHARED", "evaluate", "format_report", "our_class"]

_WORDS: dict[str, tuple[str, ...]] = {
    "agreement": ("deal", "agreement", "agree", "accord", "treaty", "ceasefire", "truce",
                  "pact"),
    "talks": ("talk", "talks", "meet", "meeting", "negotiation", "negotiate", "summit"),
    "court_case": ("lawsuit", "sue", "trial", "court case", "convict", "conviction",
                   "sentence", "indict", "indictment", "verdict", "ruling", "prosecute"),
    "protest": ("protest", "demonstrate", "demonstration", "rally", "march"),
    "violence": ("attack", "kill", "killing", "murder", "bomb", "bombing", "shoot",
                 "shooting", "fighting", "clash", "battle", "explosion", "blast"),
}
#: MEANTIME predicate (lemma or words) -> our class.
SHARED: dict[str, str] = {word: cls for cls, words in _WORDS.items() for word in words}
STAGES = (parse_stage, entities_stage, quotes_stage, figures_stage, dates_stage, events_stage)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    start: int
    end: int
    text: str
    cls: str | None  # our class, or None when the predicate maps to none


def our_class(type_id: str) -> str | None:
    """The shared class of one of our types (None: MEANTIME has no such class)."""
    if event_type(type_id).family == "violence":
        return "violence"
    return type_id if type_id in _WORDS else None


def _gold_events(path: Path, gold: GoldDocument, parsed: Any) -> list[GoldEvent]:
    root = ET.parse(path).getroot()
    out = []
    for mention in root.iter("EVENT_MENTION"):
        spans = [gold.token_offsets[a.get("t_id", "")] for a in mention.iter("token_anchor")
                 if a.get("t_id", "") in gold.token_offsets]
        if not spans:
            continue
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        if start >= gold.annotated_end:
            continue
        words = gold.text[start:end].lower()
        lemmas = " ".join(t.lemma_.lower() for t in parsed.char_span(
            start, end, alignment_mode="expand") or ()) if parsed is not None else words
        cls = SHARED.get(lemmas) or SHARED.get(words) or SHARED.get(mention.get("pred") or "")
        out.append(GoldEvent(start, end, gold.text[start:end], cls))
    return out


def _counts() -> dict[str, int]:
    return {"gold": 0, "predicted": 0, "typed_tp_pred": 0, "typed_tp_gold": 0,
            "untyped_tp_pred": 0, "untyped_tp_gold": 0, "any_event_pred": 0}


def _prf(tp_pred: int, tp_gold: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp_pred / predicted if predicted else 0.0
    r = tp_gold / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _score(c: dict[str, int]) -> dict[str, Any]:
    return {**c,
            "typed": _prf(c["typed_tp_pred"], c["typed_tp_gold"], c["predicted"], c["gold"]),
            "untyped": _prf(c["untyped_tp_pred"], c["untyped_tp_gold"], c["predicted"],
                            c["gold"]),
            "any_meantime_event": round(c["any_event_pred"] / c["predicted"], 4)
            if c["predicted"] else 0.0}


def _overlap(a: GoldEvent | EventMention, b: GoldEvent | EventMention) -> bool:
    return a.start < b.end and b.start < a.end


def _compare(golds: list[GoldEvent], predicted: Iterable[EventMention],
             counts: Iterable[dict[str, int]], errors: list[dict[str, Any]] | None,
             name: str) -> None:
    shared = [g for g in golds if g.cls is not None]
    preds = [(p, our_class(p.type)) for p in predicted]
    preds = [(p, cls) for p, cls in preds if cls is not None]
    for c in counts:
        c["gold"] += len(shared)
        c["predicted"] += len(preds)
        for pred, cls in preds:
            c["typed_tp_pred"] += any(_overlap(pred, g) and g.cls == cls for g in shared)
            c["untyped_tp_pred"] += any(_overlap(pred, g) for g in shared)
            c["any_event_pred"] += any(_overlap(pred, g) for g in golds)
        for g in shared:
            c["typed_tp_gold"] += any(_overlap(p, g) and cls == g.cls for p, cls in preds)
            c["untyped_tp_gold"] += any(_overlap(p, g) for p, _ in preds)
    if errors is None:
        return
    for pred, cls in preds:
        if not any(_overlap(pred, g) and g.cls == cls for g in shared):
            errors.append({"doc": name, "kind": "spurious", "text": pred.text, "class": cls})
    for g in shared:
        if not any(_overlap(p, g) and cls == g.cls for p, cls in preds):
            errors.append({"doc": name, "kind": "missed", "text": g.text, "class": g.cls})


def evaluate(path: Path) -> dict[str, Any]:
    """Score the stage on every MEANTIME XML file under ``path``; a JSON-able dict."""
    files = sorted(p for p in Path(path).rglob("*.xml") if p.is_file())
    if not files:
        raise FormatError("no MEANTIME .xml files found", where=str(path))
    resources = Resources()
    groups = {"all": _counts(), "dev": _counts(), "held_out": _counts()}
    errors: list[dict[str, Any]] = []
    for file in files:
        gold = read_meantime(file)
        doc = Document(id=gold.name, origin=str(file), fmt="txt", text=gold.text,
                       language="en", published=gold.creation_time)
        for module in STAGES:
            doc = module.STAGE.run(doc, resources)
        golds = _gold_events(file, gold, doc.parsed)
        predicted = [m for m in doc.events if m.start < gold.annotated_end]
        split = "dev" if gold.corpus in DEV_CORPORA else "held_out"
        _compare(golds, predicted, (groups["all"], groups[split]),
                 errors if split == "dev" else None, gold.name)
    return {
        "dataset": "MEANTIME English (event mentions of the classes shared with ours)",
        "documents": len(files),
        "mapping": {cls: list(words) for cls, words in _WORDS.items()},
        "scores": {name: _score(c) for name, c in groups.items()},
        "dev_errors": errors,
    }


def format_report(result: dict[str, Any]) -> str:
    """A short plain-text table of ``evaluate``'s result."""
    lines = [f"{result['dataset']}: {result['documents']} documents",
             f"{'subset':10} {'gold':>5} {'pred':>5}  typed P/R/F1         untyped P/R/F1"
             "       any-event P"]
    for name, s in result["scores"].items():
        t, u = s["typed"], s["untyped"]
        lines.append(
            f"{name:10} {s['gold']:5d} {s['predicted']:5d}  "
            f"{t['precision']:.3f}/{t['recall']:.3f}/{t['f1']:.3f}  "
            f"{u['precision']:.3f}/{u['recall']:.3f}/{u['f1']:.3f}  "
            f"{s['any_meantime_event']:.3f}"
        )
    return "\n".join(lines)
