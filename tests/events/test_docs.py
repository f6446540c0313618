"""docs/events.md shows the taxonomy of ``capabilities/events/taxonomy.py`` exactly."""

from __future__ import annotations

from pathlib import Path

from sourcetrace.capabilities.events.taxonomy import TYPES

DOC = Path(__file__).resolve().parents[2] / "docs" / "events.md"


def _rows() -> list[list[str]]:
    lines = DOC.read_text(encoding="utf-8").split("## Types", 1)[1].splitlines()
    table = [ln for ln in lines if ln.startswith("| ")]
    return [[cell.strip() for cell in ln.strip("|").split("|")] for ln in table[1:]]


def test_the_taxonomy_table_matches_the_code() -> None:
    documented = {row[1].strip("`"): row for row in _rows()}
    assert list(documented) == list(TYPES)
    for type_id, t in TYPES.items():
        group, _, label, family, acled_type, acled_sub, gtd = documented[type_id]
        assert (group, label, family) == (t.group, t.label, t.family)
        assert (acled_type, acled_sub) == (t.acled or ("—", "—"))
        assert gtd == (t.gtd or "—")
