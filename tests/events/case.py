"""Hand-built event reports (written by us, in the style of wire copy) for the events tests.

Each report is a ``Document`` with the entity mentions and event mentions the per-document
stages would give it: the corpus stage's input is records, so these tests need no parser.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sourcetrace.config import Settings
from sourcetrace.core.corpus import run_corpus_stages
from sourcetrace.model import Document, EventArgument, EventCount, EventMention, Mention
from sourcetrace.storage import Store, open_store

LINKING = "sourcetrace.capabilities.linking.corpus"
EVENTS = "sourcetrace.capabilities.events.corpus"
SETTINGS = Settings(processes=1)


def at(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def count(text: str, part: str, value: float, qualifier: str | None = None) -> EventCount:
    start, end = at(text, part)
    return EventCount(start=start, end=end, text=part, value=value, qualifier=qualifier,
                      counted="people")


def report(
    doc_id: str, text: str, *, trigger: str, type: str, language: str = "en",
    source: str | None = None, published: str | None = None, date: str | None = None,
    precision: str | None = None, places: Sequence[str] = (), actors: Sequence[str] = (),
    targets: Sequence[str] = (), fatalities: EventCount | None = None,
    injured: EventCount | None = None, reported_by: str | None = None,
    modality: str = "asserted",
) -> Document:
    """One article reporting one event: ``places`` and ``actors`` are names (linked as
    entities), ``targets`` descriptions."""
    mentions = []
    arguments = []
    for name in places:
        s, e = at(text, name)
        mentions.append(Mention(start=s, end=e, text=name, label="GPE", stage="entities"))
        arguments.append(EventArgument(role="place", start=s, end=e, text=name, label="GPE"))
    for name in actors:
        s, e = at(text, name)
        mentions.append(Mention(start=s, end=e, text=name, label="ARMED_GROUP",
                                stage="entities"))
        arguments.append(EventArgument(role="actor", start=s, end=e, text=name,
                                       label="ARMED_GROUP"))
    for words in targets:
        s, e = at(text, words)
        arguments.append(EventArgument(role="target", start=s, end=e, text=words))
    if reported_by is not None:
        s, e = at(text, reported_by)
        arguments.append(EventArgument(role="reported_by", start=s, end=e, text=reported_by))
    s, e = at(text, trigger)
    event = EventMention(start=s, end=e, text=trigger, stage="events", type=type,
                         modality=modality, date=date, date_precision=precision,
                         arguments=tuple(arguments), fatalities=fatalities, injured=injured)
    mentions.sort(key=lambda m: m.start)
    return Document(id=doc_id, origin=f"{doc_id}.txt", fmt="txt", title=text.split(".")[0],
                    text=text, raw_text=text, source=source, published=published,
                    language=language, mentions=tuple(mentions), events=(event,))


def store_with(folder: Path, docs: Sequence[Document], *, link: bool = True) -> Store:
    """A store holding ``docs``, with the linking and events corpus stages run over them."""
    store = open_store(folder / "events.db")
    for n, doc in enumerate(docs):
        store.put_article(doc, raw_hash=f"raw-{n}-{doc.id}", content_hash=f"c-{doc.id}",
                          minhash=None)
    modules = (LINKING, EVENTS) if link else (EVENTS,)
    reports = run_corpus_stages(store, SETTINGS, [d.id for d in docs], modules=modules,
                                whole_corpus=True)
    failed = [r.error for r in reports if r.error]
    assert not failed, failed
    return store


def add(store: Store, docs: Sequence[Document], *, link: bool = True) -> None:
    """Store ``docs`` later and run the stages incrementally for them."""
    for doc in docs:
        store.put_article(doc, raw_hash=f"raw-late-{doc.id}", content_hash=f"c2-{doc.id}",
                          minhash=None)
    modules = (LINKING, EVENTS) if link else (EVENTS,)
    reports = run_corpus_stages(store, SETTINGS, [d.id for d in docs], modules=modules)
    failed = [r.error for r in reports if r.error]
    assert not failed, failed
