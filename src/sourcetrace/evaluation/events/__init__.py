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

Cross-document event coreference (``coreference``): the documents go on through the
store and the corpus stages of ingest (linking, stories, events), and each predicted
mention of a shared class gets the id of the event it was merged into (a mention that
became no event, such as a planned one, stands alone). The gold chains are MEANTIME's:
each gold mention ``REFERS_TO`` an ``EVENT``, whose ``instance_id`` is the event across
documents (an EVENT without one is an event of its document only). Items are the gold
mentions of the shared classes in the annotated stretch; a predicted mention overlapping
one of them is that item, any other is an item of the system's only. Scores: MUC,
B-cubed, CEAF-e and the CoNLL F1 (``evaluation.coreference``), and how many gold chains
span two or more documents; ``found`` scores the merging alone, on the gold mentions a
prediction overlaps.
"""

from __future__ import annotations

import tempfile
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
from sourcetrace.evaluation.coreference import conll
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
    #: The event it refers to: MEANTIME's cross-document instance id, else the document's
    #: own event (``doc#m_id``); None when it refers to none.
    chain: str | None = None


def our_class(type_id: str) -> str | None:
    """The shared class of one of our types (None: MEANTIME has no such class)."""
    if event_type(type_id).family == "violence":
        return "violence"
    return type_id if type_id in _WORDS else None


def _chains(root: ET.Element, name: str) -> dict[str, str]:
    """Gold mention m_id -> the event it refers to (see the module's docstring)."""
    instances = {e.get("m_id", ""): e.get("instance_id") or f"{name}#{e.get('m_id')}"
                 for e in root.iter("EVENT")}
    found: dict[str, str] = {}
    for relation in root.iter("REFERS_TO"):
        targets = [t.get("m_id", "") for t in relation.iter("target")]
        chain = next((instances[t] for t in targets if t in instances), None)
        if chain is None:
            continue
        for source in relation.iter("source"):
            found[source.get("m_id", "")] = chain
    return found


def _gold_events(path: Path, gold: GoldDocument, parsed: Any) -> list[GoldEvent]:
    root = ET.parse(path).getroot()
    chains = _chains(root, gold.name)
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
        out.append(GoldEvent(start, end, gold.text[start:end], cls,
                             chains.get(mention.get("m_id", ""))))
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


def _merged(docs: dict[str, Document], folder: Path) -> dict[tuple[str, int, int], str]:
    """Store ``docs``, run the linking, stories and events corpus stages as ingest does;
    (article id, start, end) of each merged mention -> its event's id."""
    from sourcetrace.config import Settings
    from sourcetrace.core.corpus import run_corpus_stages
    from sourcetrace.storage import open_store

    found: dict[tuple[str, int, int], str] = {}
    with open_store(folder / "events.db") as store:
        for n, doc in enumerate(docs.values()):
            store.put_article(doc, raw_hash=f"raw-{n}", content_hash=f"content-{n}",
                              minhash=None)
        reports = run_corpus_stages(
            store, Settings(), list(docs), whole_corpus=True,
            modules=("sourcetrace.capabilities.linking.corpus",
                     "sourcetrace.capabilities.stories.corpus",
                     "sourcetrace.capabilities.events.corpus"))
        failed = [r.error for r in reports if r.error]
        if failed:
            raise FormatError(f"corpus stages failed: {failed}", where=str(folder))
        for record in store.iter_event_records():
            for m in record["mentions"]:
                found[(m["article_id"], m["start"], m["end"])] = str(record["id"])
    return found


def coreference(golds: dict[str, list[GoldEvent]], predicted: dict[str, list[EventMention]],
                merged: dict[tuple[str, int, int], str]) -> dict[str, Any]:
    """Cross-document coreference of the predicted mentions of shared classes against
    MEANTIME's chains (see the module's docstring)."""
    gold: dict[str, str] = {}
    system: dict[str, str] = {}
    for name, events in golds.items():
        shared = [g for g in events if g.cls is not None and g.chain is not None]
        for g in shared:
            gold[f"{name}:{g.start}"] = str(g.chain)
        for p in predicted.get(name, []):
            if our_class(p.type) is None:
                continue
            match = next((g for g in shared if _overlap(p, g)), None)
            item = f"{name}:{match.start}" if match else f"{name}:pred:{p.start}"
            system.setdefault(item, merged.get((name, p.start, p.end), f"alone:{name}:{p.start}"))
    docs_of: dict[str, set[str]] = {}
    for item, chain in gold.items():
        docs_of.setdefault(chain, set()).add(item.split(":", 1)[0])
    sys_docs: dict[str, set[str]] = {}
    for item, event in system.items():
        sys_docs.setdefault(event, set()).add(item.split(":", 1)[0])
    both = set(gold) & set(system)
    return {"gold_mentions": len(gold), "gold_chains": len(docs_of),
            "gold_cross_document_chains": sum(1 for d in docs_of.values() if len(d) > 1),
            "system_mentions": len(system), "system_events": len(sys_docs),
            "system_cross_document_events": sum(1 for d in sys_docs.values() if len(d) > 1),
            **conll(gold, system),
            # The merging alone: the gold mentions found, clustered by us and by the gold.
            "found": {"mentions": len(both),
                      **conll({i: gold[i] for i in both}, {i: system[i] for i in both})}}


def evaluate(path: Path, *, cross_document: bool = True) -> dict[str, Any]:
    """Score the stage on every MEANTIME XML file under ``path``; a JSON-able dict."""
    files = sorted(p for p in Path(path).rglob("*.xml") if p.is_file())
    if not files:
        raise FormatError("no MEANTIME .xml files found", where=str(path))
    resources = Resources()
    groups = {"all": _counts(), "dev": _counts(), "held_out": _counts()}
    errors: list[dict[str, Any]] = []
    docs: dict[str, Document] = {}
    all_golds: dict[str, list[GoldEvent]] = {}
    all_predicted: dict[str, list[EventMention]] = {}
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
        docs[gold.name] = doc.evolve(parsed=None)
        all_golds[gold.name], all_predicted[gold.name] = golds, predicted
    cross: dict[str, Any] | None = None
    if cross_document:
        with tempfile.TemporaryDirectory() as folder:
            cross = coreference(all_golds, all_predicted, _merged(docs, Path(folder)))
    return {
        "dataset": "MEANTIME English (event mentions of the classes shared with ours)",
        "documents": len(files),
        "mapping": {cls: list(words) for cls, words in _WORDS.items()},
        "scores": {name: _score(c) for name, c in groups.items()},
        "cross_document": cross,
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
    cross = result.get("cross_document")
    if cross:
        lines.append(
            f"cross-document coreference: {cross['gold_mentions']} gold mentions in "
            f"{cross['gold_chains']} chains ({cross['gold_cross_document_chains']} across "
            f"documents); {cross['system_mentions']} predicted in {cross['system_events']} "
            f"events ({cross['system_cross_document_events']} across documents)")
        lines.append("  " + "  ".join(
            f"{name} P/R/F1 {cross[name]['precision']:.3f}/{cross[name]['recall']:.3f}/"
            f"{cross[name]['f1']:.3f}" for name in ("muc", "b_cubed", "ceaf_e"))
            + f"  CoNLL F1 {cross['conll_f1']:.3f}")
        found = cross["found"]
        lines.append(f"  on the {found['mentions']} gold mentions found: B-cubed F1 "
                     f"{found['b_cubed']['f1']:.3f}, CoNLL F1 {found['conll_f1']:.3f}")
    return "\n".join(lines)
