"""Run the stages the events stage reads (parse, entities, quotes, figures, dates), then
events, on one text, as the pipeline does; and check fixture cases against the mentions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sourcetrace.capabilities.dates import stage as dates
from sourcetrace.capabilities.entities import stage as entities
from sourcetrace.capabilities.events import stage as events
from sourcetrace.capabilities.figures import stage as figures
from sourcetrace.capabilities.parse import stage as parse
from sourcetrace.capabilities.quotes import stage as quotes
from sourcetrace.core.resources import Resources
from sourcetrace.model import Document, EventMention

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "events"
STAGES = (parse, entities, quotes, figures, dates, events)


def load(language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{language}.json").read_text("utf-8"))
    return data


def analyse(text: str, language: str, published: str | None,
            resources: Resources) -> Document:
    doc = Document(id="t", origin="t", fmt="txt", text=text, language=language,
                   published=published)
    for module in STAGES:
        doc = module.STAGE.run(doc, resources)
    return doc


def _role(mention: EventMention, role: str) -> list[str]:
    return [a.text for a in mention.arguments if a.role == role]


def problems(case: dict[str, Any], doc: Document) -> list[str]:
    """What differs between a fixture case and the stage's mentions (empty: all right)."""
    found = list(doc.events)
    wrong: list[str] = []
    for want in case["events"]:
        matches = [m for m in found if m.text == want["trigger"]]
        if not matches:
            wrong.append(f"no mention at {want['trigger']!r}; got {[m.text for m in found]}")
            continue
        mention = matches[0]
        found.remove(mention)
        assert doc.text[mention.start:mention.end] == mention.text
        checks = {
            "type": mention.type, "modality": mention.modality, "date": mention.date,
            "date_precision": mention.date_precision,
            "place": (_role(mention, "place") or [None])[0],
            "weapon": (_role(mention, "weapon") or [None])[0],
            "claimed_by": (_role(mention, "claimed_by") or [None])[0],
            "reported_by": (_role(mention, "reported_by") or [None])[0],
            "fatalities": mention.fatalities.value if mention.fatalities else None,
            "fatalities_qualifier": mention.fatalities.qualifier if mention.fatalities else None,
            "parts": [p.value for p in mention.fatalities.parts] if mention.fatalities else [],
            "injured": mention.injured.value if mention.injured else None,
        }
        for key, got in checks.items():
            if key in want and want[key] != got:
                wrong.append(f"{want['trigger']!r}: {key} {got!r} != {want[key]!r}")
        for key in ("actors", "targets"):
            if key in want:
                got_args = _role(mention, key[:-1])
                missing = [a for a in want[key] if a not in got_args]
                if missing:
                    wrong.append(f"{want['trigger']!r}: {key} {got_args!r} lacks {missing!r}")
    if case.get("only") and found:
        wrong.append(f"unexpected mentions {[(m.text, m.type) for m in found]}")
    return wrong
