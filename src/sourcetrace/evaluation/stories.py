"""Score story clustering on MEANTIME's cross-document event coreference (English).

The data is read from where the user keeps it (``evaluate(PATH)``), never bundled:
``PATH`` is the MEANTIME English folder, searched for the ``intra_cross-doc_annotation``
XML files (120 Wikinews articles in 4 topic folders).

What is scored. Our stories are sets of *articles*, MEANTIME annotates *event
mentions*, so a document-level gold clustering is derived from it: each EVENT markable
with an ``instance_id`` refers to a corpus-level event instance; an instance referred to
from two or more documents is a cross-document event, and two documents belong to one
gold story when they share such an event (the connected components of that relation).
Documents sharing none are singleton stories. B-cubed precision, recall and F1 (Bagga &
Baldwin 1998, averaged over documents) compare our clustering with that gold.

The coarser topic folders (airbus, apple, gm, stock) are scored too, as a reference
point: they group articles about one company over years, which is *not* what an event
story is, so low recall there is expected.

Our side: each article is its title plus lead (sentence 0 is the title, sentence 1 the
dateline, the rest the body), its creation time as the publication date, and the entity
and date keys from our own entities, dates and linking stages (never the gold
annotation), and each article's main event from our events stage (``stories.events``);
the articles are assigned oldest first with the shipped ``StoryParams``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sourcetrace.errors import FormatError
from sourcetrace.model import Document

__all__ = ["MeantimeDoc", "b_cubed", "evaluate", "format_report", "load_documents"]


@dataclass(frozen=True, slots=True, kw_only=True)
class MeantimeDoc:
    id: str
    topic: str
    title: str
    body: str
    published: date | None
    #: Event instance ids this document refers to.
    events: frozenset[str]


_NO_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]'’]|n't|'s)")
_NO_SPACE_AFTER = re.compile(r"([(\[$])\s+")


def _detokenise(tokens: Iterable[str]) -> str:
    text = " ".join(tokens)
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text))


def _read(path: Path, topic: str) -> MeantimeDoc:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise FormatError(f"{path}: not MEANTIME XML: {exc}") from exc
    sentences: dict[int, list[str]] = defaultdict(list)
    for token in root.iter("token"):
        sentences[int(token.get("sentence", "0"))].append(token.text or "")
    published = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = timex.get("value") or ""
            try:
                published = date.fromisoformat(value[:10])
            except ValueError:
                published = None
    order = sorted(sentences)
    title = _detokenise(sentences[order[0]]) if order else ""
    body = "\n".join(_detokenise(sentences[n]) for n in order[2:])
    events = frozenset(
        e.get("instance_id", "") for e in root.iter("EVENT") if e.get("instance_id")
    )
    return MeantimeDoc(id=root.get("doc_id") or path.stem, topic=topic, title=title,
                       body=body, published=published, events=events)


def load_documents(path: str | Path) -> list[MeantimeDoc]:
    """Every annotated document under ``path`` (the cross-document annotation folder)."""
    root = Path(path)
    files = sorted(root.rglob("intra_cross-doc_annotation/*/*.xml"))
    if not files:
        files = sorted(p for p in root.rglob("*.xml") if p.parent.name.startswith("corpus_"))
    if not files:
        raise FormatError(f"{root}: no MEANTIME intra_cross-doc_annotation XML files found")
    return [_read(p, p.parent.name.removeprefix("corpus_")) for p in files]


def gold_stories(docs: Sequence[MeantimeDoc]) -> dict[str, str]:
    """Document id → gold story: components of documents sharing a cross-document event."""
    counts = Counter(e for d in docs for e in d.events)
    parent = {d.id: d.id for d in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_event: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        for e in d.events:
            if counts[e] > 1:
                by_event[e].append(d.id)
    for ids in by_event.values():
        for other in ids[1:]:
            parent[find(other)] = find(ids[0])
    return {d.id: find(d.id) for d in docs}


def b_cubed(system: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """B-cubed precision, recall, F1 of ``system`` against ``gold`` (item → cluster)."""
    sys_members: dict[str, set[str]] = defaultdict(set)
    gold_members: dict[str, set[str]] = defaultdict(set)
    for item, cluster in system.items():
        sys_members[cluster].add(item)
    for item, cluster in gold.items():
        gold_members[cluster].add(item)
    items = list(gold)
    p = r = 0.0
    for item in items:
        s, g = sys_members[system[item]], gold_members[gold[item]]
        both = len(s & g)
        p += both / len(s)
        r += both / len(g)
    p, r = p / len(items), r / len(items)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1}


def _keys(docs: Sequence[MeantimeDoc], *, with_events: bool = True) -> list[frozenset[str]]:
    """Story keys as ``sourcetrace ingest`` makes them: our entities and dates stages,
    then cross-document linking (knowledge base, surnames, unlinked names clustered), so
    the keys are linked entity ids, as in the product; with ``with_events``, the events
    stage too and each article's main event (``stories.events``) as a key."""
    from sourcetrace.capabilities.dates import stage as dates
    from sourcetrace.capabilities.entities import stage as entities
    from sourcetrace.capabilities.events import stage as events
    from sourcetrace.capabilities.events.digest import digests
    from sourcetrace.capabilities.figures import stage as figures
    from sourcetrace.capabilities.linking.linker import link_mentions
    from sourcetrace.capabilities.linking.records import LinkMention
    from sourcetrace.capabilities.parse import stage as parse
    from sourcetrace.capabilities.quotes import stage as quotes
    from sourcetrace.capabilities.stories.events import event_key, main_event
    from sourcetrace.core.resources import Resources
    from sourcetrace.kb import load_kb
    from sourcetrace.text.normalise import article_keys

    resources = Resources()
    analysed = [
        Document(id=d.id, origin=f"meantime#{d.id}", fmt="txt", raw_text=d.body,
                 text=d.body, title=d.title, language="en",
                 published=d.published.isoformat() if d.published else None)
        for d in docs
    ]
    analysed = parse.parse_batch(analysed, resources)
    analysed = [dates.run(entities.extract_entities(doc, resources), resources)
                for doc in analysed]
    if with_events:
        # The stages the events stage reads after entities, then events (as ingest).
        later = (quotes.STAGE, figures.STAGE, events.STAGE)
        for stage in later:
            analysed = [stage.run(doc, resources) for doc in analysed]
    mentions = [
        LinkMention(id=f"{doc.id}:mention:{n}", article_id=doc.id, start=m.start, end=m.end,
                    text=m.text, label=m.label, entity_key=m.entity_key, role=m.role,
                    role_org=m.role_org, title=m.title, language=doc.language,
                    published=doc.published, type_evidence=m.type_evidence)
        for doc in analysed
        for n, m in enumerate(doc.mentions)
    ]
    result = link_mentions(mentions, load_kb())
    linked: dict[str, dict[int, str]] = defaultdict(dict)
    for mention_id, entity_id in result.assignment.items():
        article_id, _, n = mention_id.rpartition(":mention:")
        linked[article_id][int(n)] = entity_id
    entries = {e.id: (e.name, e.kb_entry) for e in result.entities}

    def entries_of(ids: Sequence[str]) -> dict[str, tuple[str, str | None]]:
        return {i: entries[i] for i in ids if i in entries}

    keys = []
    for doc in analysed:
        own = article_keys(doc, linked=linked.get(doc.id, {}))
        main = main_event(digests(doc, linked.get(doc.id, {}), entries_of)) if with_events \
            else None
        keys.append(own | {event_key(main)} if main else own)
    return keys


def evaluate(path: str | Path, *, with_keys: bool = True, with_events: bool = True
             ) -> dict[str, Any]:
    """B-cubed of our story clustering on MEANTIME English (see the module docstring)."""
    from sourcetrace.capabilities.stories.index import StoryIndex, StoryInput
    from sourcetrace.text.embeddings import load_embedder, story_text

    docs = load_documents(path)
    vectors = load_embedder().encode([story_text(d.title, d.body) for d in docs])
    keys = _keys(docs, with_events=with_events) if with_keys else [frozenset()] * len(docs)
    index = StoryIndex()
    system = {
        a.article_id: a.story_id
        for a in index.cluster([
            StoryInput(id=d.id, vector=v, published=d.published, keys=k, title=d.title)
            for d, v, k in zip(docs, vectors, keys, strict=True)
        ])
    }
    gold = gold_stories(docs)
    topics = {d.id: d.topic for d in docs}
    singletons = {d.id: d.id for d in docs}
    return {
        "dataset": str(path),
        "documents": len(docs),
        "gold_stories": len(set(gold.values())),
        "gold_multi_document": sum(
            1 for c in Counter(gold.values()).values() if c > 1
        ),
        "system_stories": len(set(system.values())),
        "with_keys": with_keys,
        "with_events": with_keys and with_events,
        "main_events": sum(1 for k in keys if any(x.startswith("event:") for x in k)),
        "event_stories": b_cubed(system, gold),
        "topics": b_cubed(system, topics),
        "baseline_singletons": b_cubed(singletons, gold),
        "baseline_topics": b_cubed(topics, gold),
    }


def format_report(result: Mapping[str, Any]) -> str:
    """The result of ``evaluate`` as a few lines for a terminal."""

    def row(name: str, s: Mapping[str, float]) -> str:
        return (f"  {name:<34} P {s['precision']:.3f}  R {s['recall']:.3f}  "
                f"F1 {s['f1']:.3f}")

    return "\n".join([
        f"stories on MEANTIME English: {result['documents']} documents, "
        f"{result['gold_stories']} gold stories ({result['gold_multi_document']} with 2+ "
        f"documents), {result['system_stories']} system stories; "
        f"{result.get('main_events', 0)} articles with a main event",
        row("B-cubed vs cross-doc event gold", result["event_stories"]),
        row("B-cubed vs topic folders", result["topics"]),
        row("baseline: every article alone", result["baseline_singletons"]),
        row("baseline: one story per topic", result["baseline_topics"]),
    ])

