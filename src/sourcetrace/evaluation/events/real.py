"""Score the ``events`` stage on real English event reports with our own gold, by reference.

The gold (``benchmarks/events/gold.jsonl``, see its README) names, per event report, an
article of ``../shared/eval`` (PolNeAR train, SemEval-2023 train, FakeNewsCorpus sample),
the trigger's offsets in that article's text and the fields a careful reader assigns:
type, date, place, actors, fatalities. No article text is stored.

Each article's text is run through the stages the events stage reads, then the stage (not
ingest: the text's offsets stay the gold's). ``through="export"`` then stores the documents,
runs the linking and events corpus stages and scores, for each report, the exported event
that holds its mention (its merged values) instead of the mention. The mention scored for a gold
report is the first one overlapping its trigger; none is the type "none".

- typing: weighted F1 over the gold types (per type F1, weighted by its gold count);
- all fields right: type, date (the same value and precision), place (one name inside the
  other, case ignored; none when the gold has none), every gold actor among the mention's
  actors (an empty gold list asks nothing: the perpetrator is not named) and fatalities
  (value, or the low end of a range; none when the gold has none);
- per field, the share right among the reports whose mention was found.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from sourcetrace.core.resources import Resources
from sourcetrace.errors import FormatError
from sourcetrace.evaluation.events import STAGES
from sourcetrace.model import Document, EventMention

__all__ = ["evaluate", "event_fields_right", "fields_right", "format_report", "load_gold",
           "weighted_f1"]

NONE = "none"
_FIELDS = ("type", "date", "place", "actors", "fatalities")


def load_gold(gold: Path, split: str | None = None) -> list[dict[str, Any]]:
    """The gold reports of ``gold`` (a folder holding gold.jsonl, or the file itself)."""
    path = gold / "gold.jsonl" if gold.is_dir() else gold
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FormatError(f"line {number}: not JSON ({exc})", where=str(path)) from exc
        missing = {"id", "split", "source", "start", "end", "trigger", "type"} - set(item)
        if missing:
            raise FormatError(f"line {number}: missing {sorted(missing)}", where=str(path))
        if split is None or item["split"] == split:
            items.append(item)
    return items


def _text(data: Path, source: dict[str, str], cache: dict[str, Any]) -> str:
    dataset, file = source["dataset"], source["file"]
    if dataset == "fakenewscorpus_websites":
        key = f"{dataset}/{file}"
        if key not in cache:
            csv.field_size_limit(1 << 30)
            with (data / dataset / file).open(encoding="utf-8", newline="") as handle:
                cache[key] = {row["id"]: row["content"] or "" for row in csv.DictReader(handle)}
        return str(cache[key][source["row"]])
    return (data / dataset / file).read_text(encoding="utf-8")


def weighted_f1(pairs: list[tuple[str, str]]) -> float:
    """Per-type F1 weighted by each gold type's count; ``pairs`` are (gold, predicted)."""
    support = Counter(gold for gold, _ in pairs)
    total = 0.0
    for label, count in support.items():
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = count - tp
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        total += f1 * count
    return round(total / len(pairs), 4) if pairs else 0.0


def _same_place(gold: str | None, got: str | None) -> bool:
    if gold is None or got is None:
        return gold is None and got is None
    a, b = gold.lower(), got.lower()
    return a in b or b in a


def _verdict(item: dict[str, Any], type_: str, date: str | None, place: str | None,
             actors: list[str], toll: float | None) -> dict[str, bool]:
    return {
        "type": type_ == item["type"],
        "date": date == item.get("date"),
        "place": _same_place(item.get("place"), place),
        "actors": all(any(a.lower() in got or got in a.lower() for got in actors)
                      for a in item.get("actors", [])),
        "fatalities": (toll is None and item.get("fatalities") is None)
        or (toll is not None and item.get("fatalities") is not None
            and float(toll) == float(item["fatalities"])),
    }


def fields_right(item: dict[str, Any], mention: EventMention | None) -> dict[str, bool]:
    """Which of type, date, place, actors and fatalities the mention gets right."""
    if mention is None:
        return dict.fromkeys(_FIELDS, False)
    roles: dict[str, list[str]] = {}
    for argument in mention.arguments:
        roles.setdefault(argument.role, []).append(argument.text.lower())
    toll = mention.fatalities
    value = None if toll is None else (toll.value if toll.value is not None else toll.low)
    return _verdict(item, mention.type, mention.date, roles.get("place", [None])[0],
                    roles.get("actor", []), value)


def event_fields_right(item: dict[str, Any], event: dict[str, Any] | None) -> dict[str, bool]:
    """Which fields the exported event holding the report's mention gets right (its
    subtype, date, place name, actors and fatalities: the values merged across articles)."""
    if event is None:
        return dict.fromkeys(_FIELDS, False)
    toll = event.get("fatalities") or {}
    value = toll.get("value") if toll.get("value") is not None else toll.get("low")
    return _verdict(item, event["subtype"], (event.get("date") or {}).get("value"),
                    (event.get("place") or {}).get("name"),
                    [str(a["text"]).lower() for a in event.get("actors", ())], value)


def _exported_events(docs: dict[str, Document], folder: Path) -> dict[tuple[str, int, int],
                                                                      dict[str, Any]]:
    """Store ``docs``, run the linking and events corpus stages over them and read the
    export's events: (article id, start, end) of each mention -> its event's record."""
    from sourcetrace.capabilities.events import corpus as events_stage
    from sourcetrace.config import Settings
    from sourcetrace.core.corpus import run_corpus_stages
    from sourcetrace.storage import open_store

    found: dict[tuple[str, int, int], dict[str, Any]] = {}
    with open_store(folder / "events.db") as store:
        for n, doc in enumerate(docs.values()):
            store.put_article(doc, raw_hash=f"raw-{n}", content_hash=f"content-{n}",
                              minhash=None)
        reports = run_corpus_stages(store, Settings(), list(docs),
                                    modules=("sourcetrace.capabilities.linking.corpus",
                                             events_stage.__name__), whole_corpus=True)
        failed = [r.error for r in reports if r.error]
        if failed:
            raise FormatError(f"corpus stages failed: {failed}", where=str(folder))
        for item in events_stage.export(store):
            for m in item.data["mentions"]:
                found[(m["article_id"], m["start"], m["end"])] = dict(item.data)
    return found


def evaluate(data: Path, gold: Path, split: str | None = None, *,
             through: str = "stage") -> dict[str, Any]:
    """Score the events stage's mentions (``through="stage"``), or the events the corpus
    stage merges them into, as the JSON export lists them (``through="export"``)."""
    if through not in ("stage", "export"):
        raise FormatError(f"through must be stage or export, not {through!r}", where="eval")
    items = load_gold(gold, split)
    if not items:
        raise FormatError(f"no gold reports for split {split!r}", where=str(gold))
    resources = Resources()
    cache: dict[str, Any] = {}
    docs: dict[str, Document] = {}
    pairs: list[tuple[str, str]] = []
    right = Counter[str]()
    found = 0
    reports = []
    located: list[tuple[dict[str, Any], str, EventMention | None]] = []
    for item in items:
        source = item["source"]
        key = json.dumps(source, sort_keys=True)
        if key not in docs:
            text = _text(data, source, cache)
            doc = Document(id=key, origin=key, fmt="txt", text=text, language="en",
                           published=item.get("published"))
            for module in STAGES:
                doc = module.STAGE.run(doc, resources)
            docs[key] = doc.evolve(parsed=None)
        doc = docs[key]
        if doc.text[item["start"]:item["end"]] != item["trigger"]:
            raise FormatError(f"{item['id']}: trigger {item['trigger']!r} is not at "
                              f"{item['start']}-{item['end']}", where=str(gold))
        mention = next((m for m in doc.events
                        if m.start < item["end"] and item["start"] < m.end), None)
        located.append((item, key, mention))
    events: dict[tuple[str, int, int], dict[str, Any]] = {}
    if through == "export":
        with tempfile.TemporaryDirectory() as folder:
            events = _exported_events(docs, Path(folder))
    for item, key, mention in located:
        if through == "export":
            event = None if mention is None else events.get((key, mention.start, mention.end))
            predicted = event["subtype"] if event else None
            verdict = event_fields_right(item, event)
            got = {"date": (event.get("date") or {}).get("value"),
                   "place": (event.get("place") or {}).get("name")} if event else {}
        else:
            predicted = mention.type if mention else None
            verdict = fields_right(item, mention)
            got = {"date": mention.date, "place": next(
                (a.text for a in mention.arguments if a.role == "place"), None)
            } if mention else {}
        pairs.append((item["type"], predicted or NONE))
        found += predicted is not None
        for name, ok in verdict.items():
            right[name] += ok
        right["all"] += all(verdict.values())
        reports.append({"id": item["id"], **({"predicted": predicted} if predicted else {}),
                        "right": verdict, "got": got})
    n = len(items)
    return {
        "dataset": "real English event reports, gold by reference (benchmarks/events)",
        "split": split or "all", "reports": n, "found": found,
        "through": ("stage (parse, entities, quotes, figures, dates, events on the source "
                    "text); not ingest and export" if through == "stage" else
                    "export (the stage's documents stored, linking and events corpus stages "
                    "run, each report scored by the exported event holding its mention)"),
        "typing_weighted_f1": weighted_f1(pairs),
        "all_fields_right": round(right["all"] / n, 4),
        "field_right": {name: round(right[name] / n, 4) for name in _FIELDS},
        "per_report": reports if split != "check" else [],
    }


def format_report(result: dict[str, Any]) -> str:
    fields = ", ".join(f"{k} {v:.3f}" for k, v in result["field_right"].items())
    return (f"{result['dataset']}, split {result['split']}: {result['reports']} reports, "
            f"{result['found']} found\n"
            f"typing weighted F1 {result['typing_weighted_f1']:.3f}; all fields right "
            f"{result['all_fields_right']:.3f}\nper field: {fields}")
