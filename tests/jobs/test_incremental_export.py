"""Articles added one at a time give the export that adding them all at once gives: the
cross-document stages' incremental runs equal a full run (issue 19, step 3)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sourcetrace.config import Settings
from sourcetrace.core.corpus import run_corpus_stages
from sourcetrace.model import DateRef, Document, Figure, Mention, Quote
from sourcetrace.outputs import export
from sourcetrace.storage import open_store

SETTINGS = Settings(processes=1)

#: (id, source, day, event, toll, language): three events, reported over a few days by
#: several outlets, each with its place, a spokesman, a rising toll and a shared quote.
REPORTS = [
    ("r1", "Northgate Wire", "2024-05-02", 0, 12, "en"),
    ("r2", "Meridian Chronicle", "2024-05-02", 0, 12, "en"),
    ("r3", "Daily Blitz", "2024-05-03", 0, 17, "en"),
    ("r4", "Northgate Wire", "2024-05-09", 1, 40, "en"),
    ("r5", "Le Regard", "2024-05-10", 1, 44, "en"),
    ("r6", "Meridian Chronicle", "2024-05-10", 1, 38, "en"),
    ("r7", "Daily Blitz", "2024-06-20", 2, 3, "en"),
    ("r8", "Northgate Wire", "2024-06-21", 2, 5, "en"),
]
EVENTS = [
    ("Port Halvik", "flood", "Mara Lindqvist", "We will rebuild every house in the valley"),
    ("Tessaro", "factory fire", "Ruben Okafor", "The owners ignored every warning we gave"),
    ("Castel Brun", "train crash", "Ilse Dremmer", "The signals had failed twice this spring"),
]


def _doc(report: tuple[str, str, str, int, int, str]) -> Document:
    ident, source, day, event, toll, language = report
    place, kind, speaker, quote = EVENTS[event]
    text = (f"A {kind} hit {place} on {day}, killing {toll} people, officials said. "
            f'"{quote}," said {speaker}, a spokesman for the town.')
    p, s, q, f = text.index(place), text.index(speaker), text.index(quote), text.index(str(toll))
    return Document(
        id=ident, origin=f"{ident}.txt", fmt="txt", title=f"{kind.capitalize()} in {place}",
        text=text, raw_text=text, source=source, published=day, language=language,
        mentions=(
            Mention(start=p, end=p + len(place), text=place, label="GPE", stage="entities",
                    entity_key=f"place:{place.lower()}"),
            Mention(start=s, end=s + len(speaker), text=speaker, label="PERSON",
                    stage="entities", entity_key=f"person:{speaker.lower()}"),
        ),
        figures=(Figure(start=f, end=f + len(str(toll)), text=str(toll), stage="figures",
                        value=float(toll), counted="people"),),
        dates=(DateRef(start=text.index(day), end=text.index(day) + len(day), text=day,
                       stage="dates", value=day, precision="day"),),
        quotes=(Quote(start=q, end=q + len(quote), text=quote, direct=True, stage="quotes",
                      speaker_text=speaker, speaker_kind="name"),),
    )


def _exported(db: Path, out: Path) -> dict[str, Any]:
    with open_store(db) as store:
        export(store, "json", out)
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    data.pop("generated_at", None)
    for article in data.get("articles", []):  # when each was stored differs, by design
        for key in ("ingested_at", "updated_at"):
            article.pop(key, None)
    return data


def _build(db: Path, batches: list[list[Document]]) -> None:
    with open_store(db) as store:
        for batch in batches:
            for doc in batch:
                store.put_article(doc, raw_hash=f"raw-{doc.id}", content_hash=f"c-{doc.id}",
                                  minhash=None)
            reports = run_corpus_stages(store, SETTINGS, [d.id for d in batch])
            assert [r.error for r in reports if r.error] == []


def test_one_at_a_time_exports_as_all_at_once(tmp_path: Path) -> None:
    docs = [_doc(r) for r in REPORTS]
    _build(tmp_path / "all.db", [docs])
    _build(tmp_path / "one.db", [[d] for d in docs])
    together = _exported(tmp_path / "all.db", tmp_path / "all.json")
    apart = _exported(tmp_path / "one.db", tmp_path / "one.json")
    # The case is what it is meant to be: stories of several articles, and checks.
    assert any(len(s["article_ids"]) > 1 for s in together["stories"])
    assert together["checks"]
    assert apart == together
