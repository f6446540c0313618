"""Validation of the curated organisation data files in ``sourcetrace/kb/data``.

These files are hand-written facts (armed groups, agencies, international
organisations, media, parties). A wrong alias or a wrong Wikidata ID is worse
than a missing one, so the checks here guard the shape of every entry and the
decisions that keep distinct things apart: affiliates stay separate from their
parents, and no alias names two entities unless the clash is listed below with
the reason it is tolerated.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import pytest

DATA_DIR = Path(__file__).resolve().parents[2] / "src" / "sourcetrace" / "kb" / "data"
FILES = ("armed_groups", "agencies", "organisations", "media", "parties", "companies")

REQUIRED_KEYS = {
    "id",
    "name",
    "type",
    "qid",
    "aliases",
    "country",
    "gender",
    "roles",
    "parent",
    "note",
}
ALIAS_LANGS = {"en", "fr", "de", "es", "ar", "*"}
ID_PATTERN = re.compile(r"^st:(armed_group|agency|igo|media|party|org|company)/[a-z0-9-]+$")
QID_PATTERN = re.compile(r"^Q[1-9][0-9]*$")
KIND_TYPES = {
    "armed_group": {"ARMED_GROUP"},
    "agency": {"AGENCY"},
    "igo": {"IGO"},
    "media": {"MEDIA"},
    "party": {"PARTY"},
    "org": {"ORG", "COMPANY"},
    "company": {"COMPANY"},
}
REQUIRED_IDS = (
    "st:armed_group/islamic-state",
    "st:armed_group/al-qaeda",
    "st:armed_group/hayat-tahrir-al-sham",
    "st:armed_group/hezbollah",
    "st:armed_group/hamas",
    "st:armed_group/islamic-state-khorasan",
)

# Normalised alias -> (ids that may share it, why the clash is tolerated).
# Every other alias must name exactly one entity.
SHARED_ALIASES: dict[str, tuple[frozenset[str], str]] = {
    "raf": (
        frozenset({"st:armed_group/red-army-faction", "st:org/royal-air-force"}),
        "German press uses RAF for the Rote Armee Fraktion, English press for the Royal Air Force",
    ),
    "rsf": (
        frozenset({"st:armed_group/rapid-support-forces", "st:org/rsf"}),
        "Sudan's Rapid Support Forces and Reporters Without Borders are both 'RSF' in news",
    ),
    "csis": (
        frozenset({"st:agency/csis-canada", "st:org/csis-us"}),
        "Canadian intelligence service and the Washington think tank are both 'CSIS'",
    ),
    "rtl": (
        frozenset({"st:media/rtl-france", "st:media/rtl-germany"}),
        "The French radio and the German TV channel are both branded 'RTL'",
    ),
    "ntv": (
        frozenset({"st:media/ntv-russia", "st:media/ntv-turkey"}),
        "The Russian and the Turkish channels are both named 'NTV'",
    ),
    "kia": (
        frozenset({"st:armed_group/kachin-independence-army", "st:company/kia"}),
        "The carmaker's own name and the Kachin Independence Army's acronym; case tells them apart",
    ),
}

# Affiliates that must stay separate entities under the right parent.
AFFILIATE_PARENTS = {
    "st:armed_group/islamic-state-khorasan": "st:armed_group/islamic-state",
    "st:armed_group/islamic-state-west-africa": "st:armed_group/islamic-state",
    "st:armed_group/islamic-state-sahel": "st:armed_group/islamic-state",
    "st:armed_group/islamic-state-sinai": "st:armed_group/islamic-state",
    "st:armed_group/islamic-state-libya": "st:armed_group/islamic-state",
    "st:armed_group/islamic-state-somalia": "st:armed_group/islamic-state",
    "st:armed_group/islamic-state-central-africa": "st:armed_group/islamic-state",
    "st:armed_group/islamic-state-mozambique": "st:armed_group/islamic-state",
    "st:armed_group/aqap": "st:armed_group/al-qaeda",
    "st:armed_group/aqim": "st:armed_group/al-qaeda",
    "st:armed_group/al-shabaab": "st:armed_group/al-qaeda",
    "st:armed_group/jnim": "st:armed_group/al-qaeda",
    "st:armed_group/jabhat-al-nusra": "st:armed_group/al-qaeda",
    "st:armed_group/hurras-al-din": "st:armed_group/al-qaeda",
}

# Apostrophes (straight, curly, modifier, grave, acute) and dots vanish; dashes become spaces.
_APOSTROPHES = "'\u2019\u2018\u02bc`\u00b4."
_SEPARATORS = re.compile(r"[\s\-\u2010\u2013\u2014_/]+")


def normalise(alias: str) -> str:
    """Fold an alias the way a linker would: accents, case, apostrophes, dashes."""
    decomposed = unicodedata.normalize("NFKD", alias)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.casefold().translate({ord(ch): None for ch in _APOSTROPHES})
    return _SEPARATORS.sub(" ", folded).strip()


@cache
def load() -> tuple[tuple[str, int, dict[str, Any]], ...]:
    """Every entity as (file stem, line number, record); raises on invalid JSON."""
    rows = []
    for stem in FILES:
        path = DATA_DIR / f"{stem}.jsonl"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                raise AssertionError(f"{path.name}:{number}: blank line")
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise AssertionError(f"{path.name}:{number}: invalid JSON ({exc})") from exc
            rows.append((stem, number, record))
    return tuple(rows)


def entities() -> dict[str, dict[str, Any]]:
    return {record["id"]: record for _, _, record in load()}


def all_aliases(record: dict[str, Any]) -> set[str]:
    names = {record["name"]}
    for values in record["aliases"].values():
        names.update(values)
    return names


def test_every_line_is_an_object_with_exactly_the_required_keys() -> None:
    for stem, number, record in load():
        assert isinstance(record, dict), f"{stem}:{number}"
        assert set(record) == REQUIRED_KEYS, f"{stem}:{number}: keys {sorted(record)}"
        assert isinstance(record["name"], str) and record["name"].strip() == record["name"] != ""
        assert record["gender"] is None, f"{stem}:{number}: organisations have no gender"
        assert record["roles"] == [], f"{stem}:{number}: organisations hold no roles"
        assert record["note"] is None or (isinstance(record["note"], str) and record["note"])


def test_ids_are_well_formed_unique_and_typed_by_kind() -> None:
    seen: dict[str, str] = {}
    for stem, number, record in load():
        entity_id = record["id"]
        match = ID_PATTERN.match(entity_id)
        assert match, f"{stem}:{number}: bad id {entity_id!r}"
        assert entity_id not in seen, f"{stem}:{number}: {entity_id} already in {seen[entity_id]}"
        seen[entity_id] = f"{stem}:{number}"
        kind = match.group(1)
        assert record["type"] in KIND_TYPES[kind], f"{entity_id}: {record['type']} for {kind}"


def test_required_ids_exist() -> None:
    known = entities()
    missing = [entity_id for entity_id in REQUIRED_IDS if entity_id not in known]
    assert not missing


def test_qids_are_well_formed_and_unique() -> None:
    owners: dict[str, str] = {}
    for _, _, record in load():
        qid = record["qid"]
        if qid is None:
            continue
        assert QID_PATTERN.match(qid), f"{record['id']}: bad qid {qid!r}"
        assert qid not in owners, f"{qid} on both {owners[qid]} and {record['id']}"
        owners[qid] = record["id"]


def test_countries_are_iso_alpha2_codes() -> None:
    for _, _, record in load():
        country = record["country"]
        if country is None:
            continue
        assert pycountry.countries.get(alpha_2=country) is not None, f"{record['id']}: {country!r}"


def test_parents_exist_and_form_no_cycle() -> None:
    known = entities()
    for entity_id, record in known.items():
        trail = [entity_id]
        parent = record["parent"]
        while parent is not None:
            assert parent in known, f"{entity_id}: unknown parent {parent}"
            assert parent not in trail, f"cycle: {' -> '.join([*trail, parent])}"
            trail.append(parent)
            parent = known[parent]["parent"]


def test_alias_lists_are_clean() -> None:
    for _, _, record in load():
        aliases = record["aliases"]
        assert isinstance(aliases, dict) and set(aliases) <= ALIAS_LANGS, record["id"]
        assert record["name"] in all_aliases(record)
        for lang, values in aliases.items():
            assert isinstance(values, list), f"{record['id']}/{lang}"
            assert len(values) == len(set(values)), f"{record['id']}/{lang}: duplicate alias"
            for value in values:
                assert isinstance(value, str) and value == value.strip() and value, (
                    f"{record['id']}/{lang}: {value!r}"
                )


def test_short_aliases_are_flagged_in_the_note() -> None:
    """One- and two-letter forms (IS, EI, AP, FT) are ambiguous: the note must say so.

    Forms with a digit (G7) are not word-like and need no flag.
    """
    unflagged = []
    for _, _, record in load():
        note = normalise(record["note"] or "")
        for alias in all_aliases(record):
            key = normalise(alias)
            compact = key.replace(" ", "")
            short = len(compact) <= 2 and compact.isalpha()
            if short and not re.search(rf"\b{re.escape(key)}\b", note):
                unflagged.append((record["id"], alias))
    assert not unflagged


def test_no_alias_names_two_entities_unless_allowed() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for _, _, record in load():
        for alias in all_aliases(record):
            owners[normalise(alias)].add(record["id"])
    clashes = {key: ids for key, ids in owners.items() if len(ids) > 1}
    unexplained = {
        key: sorted(ids)
        for key, ids in clashes.items()
        if key not in SHARED_ALIASES or ids != SHARED_ALIASES[key][0]
    }
    assert not unexplained
    stale = sorted(set(SHARED_ALIASES) - set(clashes))
    assert not stale, f"allow-list entries no longer needed: {stale}"


def test_no_alias_is_a_country_name() -> None:
    """An outlet or group must not be reachable through a bare country name."""
    country_names = set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                country_names.add(normalise(value))
    offenders = [
        (record["id"], alias)
        for _, _, record in load()
        for alias in all_aliases(record)
        if normalise(alias) in country_names
    ]
    assert not offenders


@pytest.mark.parametrize(("child", "parent"), sorted(AFFILIATE_PARENTS.items()))
def test_affiliates_stay_apart_from_their_parent(child: str, parent: str) -> None:
    known = entities()
    assert known[child]["parent"] == parent
    child_aliases = {normalise(a) for a in all_aliases(known[child])}
    parent_aliases = {normalise(a) for a in all_aliases(known[parent])}
    assert not child_aliases & parent_aliases


def test_islamic_state_and_khorasan_province_are_distinct() -> None:
    known = entities()
    parent = known["st:armed_group/islamic-state"]
    child = known["st:armed_group/islamic-state-khorasan"]
    assert child["parent"] == parent["id"] and parent["parent"] is None
    assert {"ISIS-K", "ISKP", "IS-K"} <= set(child["aliases"]["en"])
    assert "EI-K" in child["aliases"]["fr"]
    assert {"ISIS", "ISIL", "Daesh"} <= set(parent["aliases"]["en"])
    assert "Daech" in parent["aliases"]["fr"]


def test_hts_is_not_filed_under_al_qaeda() -> None:
    """HTS broke with al-Qaeda; its predecessor al-Nusra is the AQ affiliate."""
    known = entities()
    assert known["st:armed_group/hayat-tahrir-al-sham"]["parent"] is None
    assert known["st:armed_group/jabhat-al-nusra"]["parent"] == "st:armed_group/al-qaeda"


def test_totals() -> None:
    counts: dict[str, int] = defaultdict(int)
    for stem, _, _ in load():
        counts[stem] += 1
    assert sum(counts.values()) >= 800
    assert set(counts) == set(FILES)
