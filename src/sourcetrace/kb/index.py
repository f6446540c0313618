"""``KnowledgeBase``: the loaded entries and the indexes that answer the linker's questions.

- ``lookup(surface)``: entries one of whose names has the same normalised key;
- ``candidates(surface)``: the same, plus near spellings (rapidfuzz) and sound-alikes
  (jellyfish Metaphone), each with a score and the reason, for the linker to weigh;
- ``holders(role)``: who held an office (in a country, on a date);
- ``expansions(acronym)``: organisations whose initials spell an acronym.

Indexes are built once, when the knowledge base is made; fuzzy and phonetic pools cover
the curated and user entries and the larger places only, so a misspelt name is compared
with a few thousand names, not with every village.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from sourcetrace.kb.entries import COARSE, KBEntry, KBRole
from sourcetrace.kb.normalise import (
    CONNECTORS,
    _normalise,
    acronym_of,
    fold,
    normalise,
    phonetic_key,
    tokens,
)

__all__ = ["Candidate", "KnowledgeBase"]

#: Places at least this large take part in fuzzy matching.
FUZZY_MIN_POPULATION = 500_000
#: Lowest rapidfuzz ratio (0..100) proposed as a fuzzy candidate.
FUZZY_CUTOFF = 80.0
#: The score given to a sound-alike that is not also a near spelling.
PHONETIC_SCORE = 0.8
#: Candidate lists remembered (a corpus repeats its names).
_MEMO_SIZE = 50_000
_ORIGIN_RANK = {"user": 0, "bundled": 1, "places": 2}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible entry for a surface form: ``reason`` is exact-alias, normalised, fuzzy,
    phonetic or fuzzy+phonetic; ``score`` in 0..1."""

    entry: KBEntry
    score: float
    reason: str


def _person_surname(key: str) -> str:
    words = key.split()
    return words[-1] if words else ""


class KnowledgeBase:
    """Entries by id, with alias, acronym, fuzzy, phonetic and role indexes."""

    def __init__(self, entries: Iterable[KBEntry]) -> None:
        #: Lines of the data files that could not be read (set by ``load_kb``).
        self.problems: list[Exception] = []
        self._entries: dict[str, KBEntry] = {}
        for entry in entries:
            known = self._entries.get(entry.id)
            self._entries[entry.id] = entry if known is None else _merge(known, entry)
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._keys: dict[str, set[str]] = defaultdict(set)
        self._initials: dict[str, set[str]] = defaultdict(set)
        # Sound-alike keys: of a person's surname, and of every word of other names.
        self._surname_sounds: dict[str, set[str]] = defaultdict(set)
        self._name_sounds: dict[str, set[str]] = defaultdict(set)
        self._surnames: dict[str, set[str]] = defaultdict(set)
        self._roles: list[tuple[frozenset[str], str, KBRole]] = []
        # One fuzzy pool per coarse type, so a person is compared with people only.
        fuzzy: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for entry in self._entries.values():
            self._index(entry, fuzzy[entry.coarse])
        self._fuzzy: dict[str, tuple[list[str], list[set[str]]]] = {
            coarse: (list(pool), list(pool.values())) for coarse, pool in fuzzy.items()
        }
        self._memo: dict[tuple[str, frozenset[str] | None, int], list[Candidate]] = {}

    def _index(self, entry: KBEntry, fuzzy: dict[str, set[str]]) -> None:
        in_pools = entry.origin != "places" or entry.population >= FUZZY_MIN_POPULATION
        for name in dict.fromkeys(name for _lang, name in entry.names()):
            self._exact[name].add(entry.id)
            key = _normalise(name)  # uncached: most names are seen once, at build time
            if not key:
                continue
            self._keys[key].add(entry.id)
            if not in_pools:
                continue
            fuzzy[key].add(entry.id)
            if entry.coarse == "PERSON" and " " in key:
                self._surnames[_person_surname(key)].add(entry.id)
            if entry.coarse == "PERSON":
                self._surname_sounds[phonetic_key(_person_surname(key))].add(entry.id)
            else:
                self._name_sounds[_sound(key)].add(entry.id)
            if entry.coarse == "ORG" and " " in key:
                initials = acronym_of(name)
                if len(initials) >= 2:
                    self._initials[initials].add(entry.id)
        for role in entry.roles:
            for _lang, name in role.names():
                words = frozenset(tokens(name)) - CONNECTORS
                if words:
                    self._roles.append((words, entry.id, role))

    # -- reading -----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self._entries.values())

    def get(self, entry_id: str) -> KBEntry | None:
        return self._entries.get(entry_id)

    def _sorted(self, ids: Iterable[str], lang: str | None = None) -> list[KBEntry]:
        entries = [self._entries[i] for i in ids]

        def rank(entry: KBEntry) -> tuple[int, int, int, str]:
            in_lang = lang is not None and lang in entry.aliases
            return (_ORIGIN_RANK.get(entry.origin, 3), -int(in_lang), -entry.population, entry.id)

        return sorted(entries, key=rank)

    def lookup(self, surface: str, lang: str | None = None) -> list[KBEntry]:
        """Entries with a name whose normalised key equals the surface's, best first:
        the user's entries, then ours, then places (larger first).

        A single lower-case word ("monde") matches only a name written exactly so: a
        common noun is not the newspaper "Le Monde".
        """
        surface = surface.strip()
        if not surface:
            return []
        exact = self._exact.get(surface, set())
        if surface[:1].islower() and " " not in surface:
            return self._sorted(exact, lang)
        ids = set(exact) | self._keys.get(normalise(surface), set())
        return self._sorted(ids, lang)

    def is_exact_alias(self, surface: str, entry_id: str) -> bool:
        """Whether ``surface`` is written exactly as one of the entry's names."""
        return entry_id in self._exact.get(surface.strip(), ())

    def by_surname(self, surname: str) -> list[KBEntry]:
        """People whose name (or an alias of two words or more) ends in ``surname``."""
        return self._sorted(self._surnames.get(normalise(surname), set()))

    def expansions(self, acronym: str) -> list[KBEntry]:
        """Organisations whose significant initials spell ``acronym`` ("OTAN" → NATO when
        "Organisation du traité de l'Atlantique nord" is one of its names)."""
        return self._sorted(self._initials.get(fold(acronym).replace(".", ""), set()))

    def candidates(
        self, surface: str, types: Iterable[str] | None = None, limit: int = 10
    ) -> list[Candidate]:
        """Possible entries for ``surface`` with score and reason, best first.

        ``types`` keeps entries whose coarse type (PERSON, ORG, GPE, LOC) is among the
        coarse types of the given labels.
        """
        allowed = None if types is None else frozenset(COARSE.get(t, "ORG") for t in types)
        memo_key = (surface, allowed, limit)
        if memo_key not in self._memo:
            if len(self._memo) > _MEMO_SIZE:
                self._memo.clear()
            self._memo[memo_key] = self._candidates(surface, allowed, limit)
        return self._memo[memo_key]

    def _candidates(
        self, surface: str, allowed: frozenset[str] | None, limit: int
    ) -> list[Candidate]:
        found: dict[str, Candidate] = {}

        def offer(entry: KBEntry, score: float, reason: str) -> None:
            if allowed is not None and entry.coarse not in allowed:
                return
            known = found.get(entry.id)
            if known is None or known.score < score:
                found[entry.id] = Candidate(entry, score, reason)

        for entry in self.lookup(surface):
            exact = self.is_exact_alias(surface, entry.id)
            offer(entry, 1.0 if exact else 0.97, "exact-alias" if exact else "normalised")
        key = normalise(surface)
        if len(key) >= 4:
            fuzzy_hits: dict[str, float] = {}
            for coarse, (keys, ids) in self._fuzzy.items():
                if allowed is not None and coarse not in allowed:
                    continue
                for _key, score, n in process.extract(
                    key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=50
                ):
                    for entry_id in ids[n]:
                        fuzzy_hits[entry_id] = max(fuzzy_hits.get(entry_id, 0.0), score / 100)
            sound_ids = set()
            if allowed is None or "PERSON" in allowed:
                sound_ids |= self._surname_sounds.get(phonetic_key(_person_surname(key)), set())
            if allowed is None or allowed - {"PERSON"}:
                sound_ids |= self._name_sounds.get(_sound(key), set())
            for entry_id in set(fuzzy_hits) | sound_ids:
                entry = self._entries[entry_id]
                if entry_id in fuzzy_hits and entry_id in sound_ids:
                    offer(entry, min(0.95, fuzzy_hits[entry_id] + 0.05), "fuzzy+phonetic")
                elif entry_id in fuzzy_hits:
                    offer(entry, fuzzy_hits[entry_id], "fuzzy")
                elif _same_first_letter(key, entry):
                    offer(entry, PHONETIC_SCORE, "phonetic")
        ranked = sorted(
            found.values(),
            key=lambda c: (
                -c.score,
                _ORIGIN_RANK.get(c.entry.origin, 3),
                -c.entry.population,
                c.entry.id,
            ),
        )
        return ranked[:limit]

    def holders(
        self,
        role_text: str,
        lang: str | None = None,
        country: str | None = None,
        on: str | None = None,
    ) -> list[tuple[KBEntry, KBRole]]:
        """Who held a role named ``role_text`` ("Chancellor", "ministre de l'Intérieur"):
        every word of the text must be in one of the role's names (any language; ``lang``
        only orders). ``country``: an alpha-2 code, a ``st:`` id or a country's name;
        ``on``: an ISO date the role must cover."""
        words = frozenset(tokens(role_text)) - CONNECTORS
        if not words:
            return []
        orgs = self._org_ids(country) if country else None
        out: dict[tuple[str, str], tuple[KBEntry, KBRole]] = {}
        for role_words, entry_id, role in self._roles:
            if not words <= role_words:
                continue
            if orgs is not None and (role.org or "").lower() not in orgs:
                continue
            if not role.held_on(on):
                continue
            out.setdefault(
                (entry_id, role.role + (role.start or "")), (self._entries[entry_id], role)
            )
        return sorted(out.values(), key=lambda pair: (pair[1].start or "", pair[0].id))

    def _org_ids(self, country: str) -> set[str]:
        ids = {country.lower()}
        for entry in self.lookup(country):
            ids.add(entry.id.lower())
            if entry.type == "GPE" and entry.country and entry.population >= 10**9:
                ids.add(entry.country.lower())
        return ids

    def country_of(self, surface: str) -> str | None:
        """The alpha-2 code of a place named ``surface`` (a country, else its largest city)."""
        for entry in self.lookup(surface):
            if entry.type == "GPE" and entry.country:
                return entry.country
        return None

    @property
    def stats(self) -> Mapping[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for entry in self._entries.values():
            counts[entry.origin] += 1
        return dict(counts)


def _sound(key: str) -> str:
    return " ".join(phonetic_key(w) for w in key.split())


def _same_first_letter(key: str, entry: KBEntry) -> bool:
    # Metaphone alone is loose ("Schulz" and "Solis"); a sound-alike must also begin
    # with the same letter as the name (or its surname) it stands for.
    target = normalise(entry.name)
    last = _person_surname(target)
    return bool(key) and (key[0] == target[:1] or _person_surname(key)[:1] == last[:1])


def _merge(known: KBEntry, extra: KBEntry) -> KBEntry:
    """Two entries with one id (our curated country and pycountry's): the first keeps its
    fields and gains the other's names."""
    aliases = {lang: tuple(names) for lang, names in known.aliases.items()}
    for lang, names in extra.aliases.items():
        aliases[lang] = tuple(dict.fromkeys((*aliases.get(lang, ()), *names)))
    if extra.name != known.name:
        aliases["*"] = tuple(dict.fromkeys((*aliases.get("*", ()), extra.name)))
    return replace(
        known,
        aliases=aliases,
        country=known.country or extra.country,
        population=max(known.population, extra.population),
        geonames_id=known.geonames_id or extra.geonames_id,
    )
