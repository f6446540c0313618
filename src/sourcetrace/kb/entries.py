"""Knowledge-base records: ``KBEntry`` and ``KBRole``, and how they are read from JSON.

One entry is one real thing (a person, an organisation, a place) with its names per
language. The on-disk shape is the bundled JSON Lines format (``docs/guide.md``,
"Knowledge base"); ``entry_from_dict`` checks it and says what is wrong, so a user's list
with a bad line is reported line by line instead of failing as a whole.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sourcetrace.errors import FormatError

__all__ = [
    "COARSE",
    "KB_TYPES",
    "KBEntry",
    "KBRole",
    "coarse_type",
    "entry_from_dict",
    "entry_to_dict",
]

#: Finer type → the contract's coarse type (PERSON, ORG, GPE, LOC).
COARSE: Mapping[str, str] = {
    "PERSON": "PERSON",
    "ARMED_GROUP": "ORG",
    "AGENCY": "ORG",
    "IGO": "ORG",
    "MEDIA": "ORG",
    "COMPANY": "ORG",
    "ORG": "ORG",
    "PARTY": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
}
KB_TYPES = frozenset(COARSE)
_DATE_LENGTHS = (4, 7, 10)


def coarse_type(label: str) -> str:
    """PERSON, ORG, GPE or LOC for any of our labels (unknown labels count as ORG)."""
    return COARSE.get(label, "ORG")


@dataclass(frozen=True, slots=True, kw_only=True)
class KBRole:
    """An office held: ``role`` in English, its names in other languages, where and when.

    ``org`` is an ISO 3166 alpha-2 country code or a ``st:`` entity id; ``start``/``end``
    are ``YYYY[-MM[-DD]]`` (``end`` None: still in office).
    """

    role: str
    role_aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    org: str | None = None
    start: str | None = None
    end: str | None = None

    def names(self) -> Iterator[tuple[str, str]]:
        """(language, name) for the role's English name and every alias."""
        yield "en", self.role
        for lang, names in self.role_aliases.items():
            for name in names:
                yield lang, name

    def held_on(self, day: str | None) -> bool:
        """Whether the role was held on ``day`` (ISO date; None: at any time)."""
        if day is None:
            return True
        # Compare at the coarser precision: a role ending "2021-12" covers any day of
        # December, and a day given as "2021-12" falls in a role that began on 2021-12-08.
        if self.start:
            n = min(len(day), len(self.start))
            if day[:n] < self.start[:n]:
                return False
        if self.end:
            n = min(len(day), len(self.end))
            return day[:n] <= self.end[:n]
        return True


@dataclass(frozen=True, slots=True, kw_only=True)
class KBEntry:
    """One real thing. ``id`` is ``st:<kind>/<slug>`` (bundled), ``geo:<id>``/``country:<a2>``
    (places) or ``user:<slug>`` (a user's list); ``qid`` only when certain."""

    id: str
    name: str
    type: str
    qid: str | None = None
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    country: str | None = None
    gender: str | None = None
    roles: tuple[KBRole, ...] = ()
    parent: str | None = None
    note: str | None = None
    geonames_id: int | None = None
    population: int = 0
    #: "bundled", "places" or "user".
    origin: str = "bundled"

    @property
    def coarse(self) -> str:
        return coarse_type(self.type)

    def names(self) -> Iterator[tuple[str, str]]:
        """(language or "*", name) for the canonical name and every alias."""
        yield "*", self.name
        for lang, names in self.aliases.items():
            for name in names:
                yield lang, name


def _strings(value: Any, what: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise FormatError(f"{what} must be a list of non-empty strings", where=where)
    return tuple(v.strip() for v in value)


def _by_language(value: Any, what: str, where: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if isinstance(value, list):  # a plain list: names in any language
        return {"*": _strings(value, what, where)}
    if not isinstance(value, dict):
        raise FormatError(f"{what} must map a language code to a list of names", where=where)
    return {str(lang): _strings(names, f"{what}[{lang}]", where) for lang, names in value.items()}


def _date(value: Any, what: str, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) not in _DATE_LENGTHS or not value[:4].isdigit():
        raise FormatError(f"{what} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}", where=where)
    return value


def _optional_str(data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise FormatError(f"{key!r} must be a string or null", where=where)
    return value.strip() or None


def _role(data: Any, where: str) -> KBRole:
    if not isinstance(data, dict) or not isinstance(data.get("role"), str):
        raise FormatError("each role needs a 'role' string", where=where)
    return KBRole(
        role=data["role"].strip(),
        role_aliases=_by_language(data.get("role_aliases"), "role_aliases", where),
        org=_optional_str(data, "org", where),
        start=_date(data.get("start"), "role start", where),
        end=_date(data.get("end"), "role end", where),
    )


def entry_from_dict(data: Any, *, where: str, origin: str = "bundled") -> KBEntry:
    """A checked ``KBEntry`` from one JSON object; ``FormatError`` naming ``where`` if bad."""
    if not isinstance(data, dict):
        raise FormatError("an entry must be a JSON object", where=where)
    for key in ("id", "name", "type"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise FormatError(f"missing or empty {key!r}", where=where)
    kind = data["type"].strip().upper()
    if kind not in KB_TYPES:
        raise FormatError(
            f"unknown type {data['type']!r} (one of {', '.join(sorted(KB_TYPES))})", where=where
        )
    qid = _optional_str(data, "qid", where)
    if qid is not None and not (qid[0] == "Q" and qid[1:].isdigit()):
        raise FormatError(f"qid must look like Q123, not {qid!r}", where=where)
    roles = data.get("roles") or []
    if not isinstance(roles, list):
        raise FormatError("'roles' must be a list", where=where)
    gender = _optional_str(data, "gender", where)
    if gender not in (None, "f", "m"):
        raise FormatError(f"gender must be 'f', 'm' or null, not {gender!r}", where=where)
    return KBEntry(
        id=data["id"].strip(),
        name=data["name"].strip(),
        type=kind,
        qid=qid,
        aliases=_by_language(data.get("aliases"), "aliases", where),
        country=(_optional_str(data, "country", where) or "").upper() or None,
        gender=gender,
        roles=tuple(_role(r, where) for r in roles),
        parent=_optional_str(data, "parent", where),
        note=_optional_str(data, "note", where),
        origin=origin,
    )


def entry_to_dict(entry: KBEntry) -> dict[str, Any]:
    """The JSON object of an entry (the format ``entry_from_dict`` reads)."""
    return {
        "id": entry.id,
        "name": entry.name,
        "type": entry.type,
        "qid": entry.qid,
        "aliases": {lang: list(names) for lang, names in entry.aliases.items()},
        "country": entry.country,
        "gender": entry.gender,
        "roles": [
            {
                "role": r.role,
                "role_aliases": {lang: list(n) for lang, n in r.role_aliases.items()},
                "org": r.org,
                "start": r.start,
                "end": r.end,
            }
            for r in entry.roles
        ],
        "parent": entry.parent,
        "note": entry.note,
    }
