"""Validate the curated people files of the bundled knowledge base.

Every line of ``src/sourcetrace/kb/data/people_*.jsonl`` is one person. The
checks here are structural (keys, ids, dates, country codes) plus two content
rules that protect linking: an alias never carries a role word, and no surface
form is shared by two people unless that ambiguity is declared below.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pycountry
import pytest

DATA_DIR = Path(__file__).resolve().parents[2] / "src" / "sourcetrace" / "kb" / "data"
FILES = sorted(DATA_DIR.glob("people_*.jsonl"))

KEYS = ["id", "name", "type", "qid", "aliases", "country", "gender", "roles", "parent", "note"]
ALIAS_LANGS = {"en", "fr", "de", "es", "ar", "*"}
ROLE_KEYS = {"role", "role_aliases", "org", "start", "end"}
ID_RE = re.compile(r"^st:person/[a-z0-9-]+$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ORG_RE = re.compile(r"^st:[a-z_]+/[a-z0-9-]+$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
ROLE_WORDS = ("president", "minister", "chancellor", "secretary", "ministre", "presidente")

# Surface forms deliberately shared by several people: the linker must use
# context (dates, roles, country) to choose between them.
SHARED_ALIASES: dict[str, set[str]] = {}

MIN_PEOPLE = 700


def _load() -> list[tuple[str, int, dict[str, Any]]]:
    rows = []
    for path in FILES:
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                where = f"{path.name}:{lineno}"
                try:
                    rows.append((where, lineno, json.loads(line)))
                except json.JSONDecodeError as exc:  # pragma: no cover - reported as failure
                    pytest.fail(f"{where}: invalid JSON ({exc})")
    return rows


ROWS = _load()


def _parse(value: str) -> tuple[date, date]:
    """Return the earliest and latest day a partial ISO date can mean."""
    m = DATE_RE.match(value)
    assert m, value
    year, month, day = int(m[1]), m[2], m[3]
    if day:
        d = date(year, int(month), int(day))
        return d, d
    if month:
        first = date(year, int(month), 1)
        nxt = date(year + (int(month) == 12), int(month) % 12 + 1, 1)
        return first, date.fromordinal(nxt.toordinal() - 1)
    return date(year, 1, 1), date(year, 12, 31)


def test_files_exist_and_count() -> None:
    assert FILES, f"no people files in {DATA_DIR}"
    assert len(ROWS) >= MIN_PEOPLE


def test_keys_and_types() -> None:
    for where, _, row in ROWS:
        assert list(row) == KEYS, f"{where}: keys {list(row)}"
        assert row["type"] == "PERSON", where
        assert (
            isinstance(row["name"], str) and row["name"].strip() == row["name"] and row["name"]
        ), where
        assert row["gender"] in ("f", "m", None), where
        assert row["parent"] is None or isinstance(row["parent"], str), where
        assert row["note"] is None or isinstance(row["note"], str), where
        assert set(row["aliases"]) == ALIAS_LANGS, f"{where}: alias languages {set(row['aliases'])}"
        for forms in row["aliases"].values():
            assert all(isinstance(f, str) and f.strip() == f and f for f in forms), where
            assert len(forms) == len(set(forms)), f"{where}: duplicate alias"


def test_ids_unique_and_well_formed() -> None:
    seen: dict[str, str] = {}
    for where, _, row in ROWS:
        assert ID_RE.match(row["id"]), f"{where}: bad id {row['id']}"
        assert row["id"] not in seen, f"{where}: id also at {seen.get(row['id'])}"
        seen[row["id"]] = where


def test_qids_unique_and_well_formed() -> None:
    seen: dict[str, str] = {}
    for where, _, row in ROWS:
        qid = row["qid"]
        if qid is None:
            continue
        assert QID_RE.match(qid), f"{where}: bad qid {qid}"
        assert qid not in seen, f"{where}: qid {qid} also at {seen[qid]}"
        seen[qid] = where


def test_countries_are_iso() -> None:
    for where, _, row in ROWS:
        assert pycountry.countries.get(alpha_2=row["country"]) is not None, (
            f"{where}: {row['country']}"
        )


def test_roles() -> None:
    for where, _, row in ROWS:
        assert row["roles"], f"{where}: no role"
        for role in row["roles"]:
            assert set(role) == ROLE_KEYS, f"{where}: role keys {set(role)}"
            assert role["role"], where
            org = role["org"]
            assert (pycountry.countries.get(alpha_2=org) is not None) or ORG_RE.match(org), (
                f"{where}: org {org}"
            )
            assert set(role["role_aliases"]) <= {"fr", "de", "es"}, where
            start_lo, _ = _parse(role["start"])
            if role["end"] is not None:
                _, end_hi = _parse(role["end"])
                assert start_lo <= end_hi, f"{where}: {role['role']} ends before it starts"


def test_no_role_word_in_aliases() -> None:
    for where, _, row in ROWS:
        for forms in row["aliases"].values():
            for form in forms:
                low = form.lower()
                assert not any(w in low for w in ROLE_WORDS), (
                    f"{where}: alias {form!r} holds a role word"
                )


def _norm(form: str) -> str:
    return " ".join(form.casefold().split())


def test_aliases_not_shared_unless_declared() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for _, _, row in ROWS:
        forms = {row["name"], *(f for fs in row["aliases"].values() for f in fs)}
        for form in forms:
            owners[_norm(form)].add(row["id"])
    clashes = {
        form: ids for form, ids in owners.items()
        if len(ids) > 1 and not ids <= SHARED_ALIASES.get(form, set())
    }
    assert not clashes, f"undeclared shared aliases: {sorted(clashes.items())[:20]}"


def test_name_listed_among_aliases() -> None:
    for where, _, row in ROWS:
        forms = {f for fs in row["aliases"].values() for f in fs}
        assert row["name"] in forms, f"{where}: canonical name not among aliases"
