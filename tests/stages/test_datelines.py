"""Wire datelines give the outlet (the agency) and the day, in en, fr, de and es; the
input's own fields always win. Texts are written by us in the style of agency copy."""

from __future__ import annotations

from datetime import date

import pytest

from sourcetrace.capabilities.outlets.datelines import (
    copyright_holder,
    month_table,
    read_dateline,
    year_hints,
)
from sourcetrace.capabilities.outlets.stage import derive_metadata
from sourcetrace.config import Settings
from sourcetrace.core.resources import Resources
from sourcetrace.lang import all_packs
from sourcetrace.model import Document

MONTHS = month_table(all_packs())
TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "agency", "day"),
    [
        ("MOSCOW, March 22 (Northgate Wire) - Gunmen opened fire.", "Northgate Wire", "2026-03-22"),
        ("PARIS (Reuters) - The French government said on Sunday.", "Reuters", None),
        ("PARIS, 24 mars (AFP) – Le gouvernement a relevé le plan.", "AFP", "2026-03-24"),
        ("BERLIN, 12. März (dpa) - Die Bundesregierung hat am Dienstag.", "dpa", "2026-03-12"),
        ("MADRID, 8 oct (EFE) - El Gobierno aprobó este martes.", "EFE", "2026-10-08"),
        (
            "SOLINGEN, Germany, Aug 24 (Northgate Wire) - Police hunted.",
            "Northgate Wire",
            "2026-08-24",
        ),
    ],
)
def test_datelines_in_four_languages(text: str, agency: str, day: str | None) -> None:
    found = read_dateline(text, MONTHS, today=TODAY)
    assert found is not None
    assert (found.agency, found.day) == (agency, day)


@pytest.mark.parametrize(
    "text",
    [
        "The EU - a union of 27 states - met on Monday.",
        "NEW YORK — The city council met on Monday.",  # no day, no agency: only a place
        "PARIS, a city of two million people - and rising - votes today.",
        "Le PARIS Saint-Germain (PSG) - un club en crise.",
    ],
)
def test_sentences_that_only_look_like_datelines(text: str) -> None:
    assert read_dateline(text, MONTHS, today=TODAY) is None


def test_year_comes_from_a_date_in_the_url_or_file_name() -> None:
    hints = year_hints("corpus/northgate-wire_2024-03-22_crocus-attack.txt")
    found = read_dateline(
        "MOSCOW, March 22 (Northgate Wire) - x y", MONTHS, hints=hints, today=TODAY
    )
    assert found is not None and found.day == "2024-03-22"
    later = year_hints("https://example.org/world/2024/12/09/assad")
    found = read_dateline(
        "DAMASCUS, Dec 8 (Northgate Wire) - x y", MONTHS, hints=later, today=TODAY
    )
    assert found is not None and found.day == "2024-12-08"


def test_without_a_hint_the_day_is_the_nearest_past_one() -> None:
    found = read_dateline("MADRID, 20 dic (EFE) - x y", MONTHS, today=TODAY)
    assert found is not None and found.day == "2025-12-20"


def _doc(text: str, **fields: object) -> Document:
    return Document(id="d", origin="corpus/wire_2024-03-22_x.txt", fmt="txt", text=text, **fields)  # type: ignore[arg-type]


def test_metadata_stage_fills_source_and_published_from_the_dateline() -> None:
    doc = derive_metadata(
        _doc("MOSCOW, March 22 (Northgate Wire) - Gunmen opened fire."), Resources(Settings())
    )
    assert (doc.source, doc.published) == ("Northgate Wire", "2024-03-22")
    assert doc.provenance == {"source": "dateline", "published": "dateline"}


def test_the_inputs_own_fields_win_over_the_dateline() -> None:
    given = _doc(
        "MOSCOW, March 22 (Northgate Wire) - Gunmen opened fire.",
        source="Wexmoor Gazette",
        published="2024-03-23",
    )
    doc = derive_metadata(given, Resources(Settings()))
    assert (doc.source, doc.published) == ("Wexmoor Gazette", "2024-03-23")


def test_a_url_outlet_wins_over_the_agency() -> None:
    given = _doc("PARIS (Reuters) - Le gouvernement.", url="https://www.lecourrier.example/a")
    doc = derive_metadata(given, Resources(Settings()))
    assert doc.source == "lecourrier.example"


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2024 Northgate Wire. All rights reserved.", "Northgate Wire"),
        ("© 2024 AFP. Tous droits réservés.", "AFP"),
        ("Copyright (c) dpa, alle Rechte vorbehalten", "dpa"),
        ("© EFE 2024. Todos los derechos reservados", None),  # year after the name: not read
        ("© 2024 - the article may be shared with credit to the author.", None),
    ],
)
def test_copyright_holder(line: str, holder: str | None) -> None:
    assert copyright_holder(line) == holder


def test_an_agencys_copyright_line_becomes_the_source_not_body() -> None:
    from sourcetrace.capabilities.clean.stage import clean

    resources = Resources(Settings())
    raw = (
        "Storm closes harbour bridge\n\nEngineers closed the bridge on Tuesday after cracks "
        "were found in two girders, the city said.\n\n© 2024 Northgate Wire. All rights reserved."
    )
    doc = clean(Document(id="d", origin="x.txt", fmt="txt", raw_text=raw), resources)
    doc = derive_metadata(doc, resources)
    assert "Northgate Wire" not in doc.text
    assert (doc.source, doc.provenance["source"]) == ("Northgate Wire", "copyright")


def test_the_demos_wire_files_without_sidecar_carry_outlet_and_date() -> None:
    from pathlib import Path

    from sourcetrace.capabilities.clean.stage import clean

    resources = Resources(Settings())
    folder = Path(__file__).resolve().parents[2] / "demo" / "corpus" / "articles"
    bare = [p for p in sorted(folder.glob("*.txt")) if not p.with_suffix(".meta.json").exists()]
    assert len(bare) == 4
    for path in bare:
        raw = path.read_text(encoding="utf-8")
        doc = clean(Document(id="d", origin=str(path), fmt="txt", raw_text=raw), resources)
        doc = derive_metadata(doc, resources)
        assert doc.source == "Northgate Wire", path.name
        assert doc.published == path.name.split("_")[1], path.name
