"""The demo corpus's planted stories come out of ``sourcetrace ingest`` (manifest.json
says which article reports which story)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from sourcetrace.capabilities.stories.corpus import export
from sourcetrace.config import Settings
from sourcetrace.jobs.ingest import ingest_paths
from sourcetrace.storage import open_store

DEMO = Path(__file__).resolve().parents[2] / "demo"


@pytest.mark.slow
def test_the_demo_gives_its_planted_stories(tmp_path: Path) -> None:
    planted = {a["title"]: a["story"]
               for a in json.loads((DEMO / "manifest.json").read_text(encoding="utf-8"))}
    with open_store(tmp_path / "demo.db") as store:
        ingest_paths([DEMO / "corpus"], store, Settings())
        titles = {s.document.id: s.document.title for s in store.iter_articles()}
        found = [item.data["article_ids"] for item in export(store)]
    ours: dict[str, list[str]] = defaultdict(list)  # planted story -> our story of each
    for n, members in enumerate(found):
        for article_id in members:
            ours[planted[titles[article_id]]].append(f"s{n}")
    # One event each (reports, follow-ups and commentary within days): one story each,
    # none shared with another planted story.
    for name in ("crocus-city-hall-2024", "camp-financing", "solingen-2024",
                 "syria-assad-fall-2024"):
        (story,) = set(ours[name])
        assert {k for k, v in ours.items() if story in v} <= {name, "ne-syria-camps"}
    # The camps are a slow topic over eight months, not one event: the December
    # reports (jailbreak fears after Assad's fall) join that story; May and October
    # stand alone.
    camps = ours["ne-syria-camps"]
    assert len(camps) == 6 and camps.count(ours["syria-assad-fall-2024"][0]) == 4
    assert len(found) == 6
