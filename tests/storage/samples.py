"""A fully analysed document (every record kind) for the store and export tests, written by us."""

from __future__ import annotations

from sourcetrace.model import (
    DateRef,
    Document,
    EventArgument,
    EventCount,
    EventMention,
    Evidence,
    Figure,
    LanguageSegment,
    Mention,
    Quote,
    Removal,
    Signal,
    StageError,
)
from sourcetrace.storage import Store

BODY = (
    "Belgian authorities raised the terror alert to level three on Tuesday after a gunman "
    "killed two people near Brussels-North station.\n\n"
    "\u201cWe are treating this as a deliberate attack,\u201d said prosecutor Eric Van Damme.\n\n"
    "About 300 officers were deployed, at least 40 more than in March."
)
RAW = "Home > World\n" + BODY + "\nPhoto: AFP"


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def analysed_document(doc_id: str = "brx-001", **changes: object) -> Document:
    """A document as it leaves the pipeline, with one or more records of every kind."""
    q0, q1 = span(BODY, "We are treating this as a deliberate attack,")
    s0, s1 = span(BODY, "prosecutor Eric Van Damme")
    f0, f1 = span(BODY, "About 300 officers")
    g0, g1 = span(BODY, "at least 40")
    d0, d1 = span(BODY, "Tuesday")
    m0, m1 = span(BODY, "Eric Van Damme")
    b0, b1 = span(BODY, "Brussels-North")
    k0, k1 = span(BODY, "killed")
    a0, a1 = span(BODY, "a gunman")
    t0, t1 = span(BODY, "two people")
    doc = Document(
        id=doc_id,
        origin="/corpus/brussels.jsonl#L3",
        fmt="jsonl",
        input_id=doc_id,
        title="Belgium raises terror alert after Brussels shooting",
        source="Wire Europe",
        url=f"https://wire.example/{doc_id}",
        published="2024-04-09",
        author="A. Reporter",
        language_given=None,
        html="<html><body><p>Belgian authorities raised the terror alert\u2026</p></body></html>",
        raw_text=RAW,
        text=BODY,
        headline=None,
        removed=(
            Removal(start=0, end=13, text="Home > World\n", rule="breadcrumb"),
            Removal(start=len(RAW) - 10, end=len(RAW), text="Photo: AFP", rule="photo_credit"),
        ),
        language="en",
        language_confidence=0.98,
        segments=(LanguageSegment(start=0, end=10, language="fr", confidence=0.6),),
        mentions=(
            Mention(start=m0, end=m1, text="Eric Van Damme", label="PERSON", stage="entities",
                    role="prosecutor"),
            Mention(start=b0, end=b1, text="Brussels-North", label="LOC", stage="entities"),
        ),
        quotes=(
            Quote(start=q0, end=q1, text=BODY[q0:q1], direct=True, stage="quotes",
                  speaker_text="prosecutor Eric Van Damme", speaker_start=s0, speaker_end=s1,
                  cue="said", via=("AFP",)),
        ),
        figures=(
            Figure(start=f0, end=f1, text=BODY[f0:f1], stage="figures", value=300.0,
                   qualifier="about", counted="officers"),
            Figure(start=g0, end=g1, text=BODY[g0:g1], stage="figures", value=40.0,
                   qualifier="at least"),
        ),
        dates=(DateRef(start=d0, end=d1, text="Tuesday", stage="dates", value="2024-04-09",
                       precision="day"),),
        signals=(
            Signal(kind="unattributed_claims", score=0.25, stage="signals",
                   evidence=(Evidence(start=f0, end=f1, text=BODY[f0:f1],
                                      note="figure without a source"),)),
        ),
        events=(
            EventMention(start=k0, end=k1, text="killed", stage="events", type="shooting",
                         sentence_start=0, sentence_end=BODY.index("\n"),
                         date="2024-04-09", date_precision="day", date_start=d0, date_end=d1,
                         arguments=(
                             EventArgument(role="actor", start=a0, end=a1, text="a gunman"),
                             EventArgument(role="place", start=b0, end=b1,
                                           text="Brussels-North", label="LOC"),
                         ),
                         fatalities=EventCount(start=t0, end=t1, text="two people", value=2.0,
                                               counted="people")),
        ),
        errors=(StageError(stage="entities", error="ValueError", message="bad span"),),
        stage_versions={"clean": "1", "langid": "1"},
        provenance={"title": "input", "published": "input"},
    )
    return doc.evolve(**changes) if changes else doc


def put(store: Store, doc: Document, **kwargs: object) -> None:
    """Store ``doc`` with hashes derived from its id unless given."""
    args: dict[str, object] = {
        "raw_hash": f"raw-{doc.id}",
        "content_hash": f"content-{doc.id}",
        "minhash": None,
    }
    args.update(kwargs)
    store.put_article(doc, **args)  # type: ignore[arg-type]
