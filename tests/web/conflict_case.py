"""A small case whose one story has a conflicting check: two wire reports of the same
bombing that give different death tolls on the same day, and a third that repeats the
first toll; all three agree that the station stays closed for 3 days (consistent checks).
Hand-built ``Document``s (tests/events/case.py), every corpus stage run."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sourcetrace.config import Settings
from sourcetrace.core.corpus import CORPUS_STAGES, run_corpus_stages
from sourcetrace.model import Figure
from sourcetrace.storage import open_store
from tests.events.case import count, report

TOLL = ("The death toll from Tuesday's bombing in Brussels rose to {}, officials said. "
        "Police said the bomb exploded near the central station during the morning rush. "
        "The station will stay closed for 3 days, the transport company said.")
CLOSED = "3 days"
#: (article id, toll, outlet, published)
REPORTS = (("bx-north", 9, "North Wire", "2024-05-08"),
           ("bx-south", 15, "South Daily", "2024-05-08"),
           ("bx-east", 9, "East Herald", "2024-05-08"))


def build_conflict_case(folder: Path) -> Path:
    db = folder / "conflict.db"
    docs = []
    for doc_id, toll, source, published in REPORTS:
        text = TOLL.format(toll)
        doc = report(doc_id, text, trigger="bombing", type="bombing", source=source,
                     published=published, date="2024-05-07", precision="day",
                     places=["Brussels"], fatalities=count(text, str(toll), toll))
        start = text.index(CLOSED)
        closed = Figure(start=start, end=start + len(CLOSED), text=CLOSED, stage="figures",
                        value=3, unit="days")
        docs.append(replace(doc, figures=(closed,)))
    with open_store(db) as store:
        for n, doc in enumerate(docs):
            store.put_article(doc, raw_hash=f"raw-{n}", content_hash=f"c-{doc.id}",
                              minhash=None)
        reports = run_corpus_stages(store, Settings(processes=1), [d.id for d in docs],
                                    modules=CORPUS_STAGES, whole_corpus=True)
        assert not [r.error for r in reports if r.error]
    return db
