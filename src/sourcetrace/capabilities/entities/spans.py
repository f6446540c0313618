"""Span fixes of the entities stage on the model's candidates, before the document-level
layers: a person the model cut in two, a list read as one name, a station or a port read
as a place instead of its town, a country or big city read as an organisation outside
sport. Each takes and returns ``Candidate``s; none reads anything but the text, the
language's lexicon and the place gazetteer."""

from __future__ import annotations

import re
from collections.abc import Mapping

from sourcetrace.capabilities.entities.gazetteer import Place
from sourcetrace.capabilities.entities.lexicon import Lexicon, is_nationality
from sourcetrace.capabilities.entities.names import Candidate

__all__ = [
    "drop_descriptor",
    "join_and_names",
    "join_split_names",
    "place_in_facility",
    "place_not_team",
    "split_list",
]


def join_split_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Two people side by side with one space between are one name the model cut in two
    ("Selim" + "Arslan", the surname found from its later use): a given name and a surname
    are never written that way apart."""
    out: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: c.start):
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == cand.label == "PERSON"
            and cand.start == last.end + 1
            and text[last.end] == " "
            and " " not in text[last.start : last.end]
        ):
            out[-1] = Candidate(last.start, cand.end, "PERSON", last.source, title=last.title)
            continue
        out.append(cand)
    return out


def drop_descriptor(text: str, cand: Candidate, lex: Lexicon) -> Candidate:
    """A nationality and a descriptor before a known name describe it: "Dutch Brewer
    Heineken", "German carmaker Volkswagen" are Heineken and Volkswagen. A known name that
    starts with its nationality stays whole ("American Airlines"), and so does a place
    whose name holds one ("French Polynesia": no known name inside)."""
    if cand.source != "model":
        return cand
    surface = text[cand.start : cand.end]
    words = list(re.finditer(r"\S+", surface))
    if surface in lex.known or len(words) < 2 or not is_nationality(words[0].group(), lex):
        return cand
    for word in words[1:]:
        rest = surface[word.start() :]
        if rest in lex.known:
            return Candidate(cand.start + word.start(), cand.end, lex.known[rest], "known")
    return cand


_JOINER = re.compile(r"[ \u00a0]+([\w'’]+)[ \u00a0]+")


def join_and_names(
    text: str, cands: list[Candidate], lex: Lexicon, places: Mapping[str, Place]
) -> list[Candidate]:
    """Two names joined by a connector ("and", "et", "y", "und") are one name when the whole
    is a known name or a place: "Bosnia and Herzegovina", "Trinidad and Tobago" (the
    model cuts them at "and"); "Serbia and Croatia" stay two."""
    out: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: c.start):
        last = out[-1] if out else None
        gap = _JOINER.fullmatch(text, last.end, cand.start) if last is not None else None
        if last is not None and gap is not None and gap.group(1).casefold() in lex.connectors:
            whole = text[last.start : cand.end]
            label = lex.known.get(whole) or ("GPE" if whole in places else None)
            if label is not None:
                out[-1] = Candidate(last.start, cand.end, label, "known")
                continue
        out.append(cand)
    out = _join_nested_institutions(text, out, lex)
    taken = {(c.start, c.end) for c in out}
    for cand in out:
        _extend_institution(text, cand, lex, places, taken)
    return out


#: "… e Industrias", "… and Industry", "… et des Affaires étrangères": the rest of an
#: institution's name after a conjunction (capitalised words, with particles between).
_AND_REST = re.compile(
    r"[ \u00a0]+(?P<and>[\w]+)[ \u00a0]+(?P<rest>[A-ZÀ-Þ][\w'’-]*"
    r"(?:[ \u00a0]+(?:(?:de|del|des|du|of|the|la|le|les|für|der|l['’])[ \u00a0]*)?"
    r"[A-ZÀ-Þ][\w'’-]*)*)"
)


def _extend_institution(
    text: str, cand: Candidate, lex: Lexicon, places: Mapping[str, Place],
    taken: set[tuple[int, int]],
) -> None:
    """A ministry or another institution named with a complement keeps the second half of
    its complement after "and" ("Ministerio de Comercio e Industrias", "Ministry of Trade and
    Industry"): the model stops at the conjunction. The second half is no name of its own
    (not a mention, not known, not a place): "the Ministry of Defence and NATO" stays two."""
    surface = text[cand.start : cand.end]
    words = surface.split()
    if (
        len(words) < 3
        or words[0] not in lex.org_keywords
        or not any(w.casefold() in _ROLE_PARTICLES for w in words[1:-1])
    ):
        return
    match = _AND_REST.match(text, cand.end)
    if match is None or match.group("and").casefold() not in lex.connectors:
        return
    if match.group("and").casefold() in _ROLE_PARTICLES:
        return  # "de", "of": not a conjunction
    rest = match.group("rest")
    end = match.end("rest")
    if rest in lex.known or rest in places or any(s < end and cand.end < e for s, e in taken):
        return
    cand.end = end


_OF_GAP = re.compile(r"[ \u00a0]+(?:de la|de l['’]|del|de|du|de las|de los|of the|of)[ \u00a0]+")


def _join_nested_institutions(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """An institution, "of" and another organisation is one name, the body of that
    organisation: "Sala Penal Especial de la Corte Suprema" (the model cuts it at "de la").
    An organisation after "of" and a place stays apart ("Ministerio de Defensa de Rusia")."""
    out: list[Candidate] = []
    for cand in cands:
        last = out[-1] if out else None
        if (
            last is not None
            and text[last.start : last.end].split()[0] in lex.org_keywords
            and (
                cand.coarse() == "ORG" or text[cand.start : cand.end].split()[0] in lex.org_keywords
            )
            and _OF_GAP.fullmatch(text, last.end, cand.start)
        ):
            out[-1] = Candidate(last.start, cand.end, last.label, last.source)
            continue
        out.append(cand)
    return out


#: Particles that open an institution's complement ("Ministry of", "Ministerio de").
_ROLE_PARTICLES = frozenset({"of", "for", "de", "del", "des", "du", "für", "der", "d'", "d’"})


_LIST_SEPARATOR = re.compile(r",[ \u00a0]+(?:and[ \u00a0]+|or[ \u00a0]+)?(?=[A-ZÀ-Þ])")


def split_list(text: str, cand: Candidate, lex: Lexicon) -> list[Candidate]:
    """A model span over a list of names is one mention per name: "Facebook, Twitter,
    Instagram". A company suffix or a generational suffix after the comma stays ("Acme,
    Inc.", "Smith, Jr."); places are left whole ("Washington, D.C.")."""
    if cand.source != "model" or cand.coarse() == "LOC":
        return [cand]
    surface = text[cand.start : cand.end]
    cuts = list(_LIST_SEPARATOR.finditer(surface))
    if not cuts:
        return [cand]
    for each in cuts:
        following = surface[each.end() :].split()[0].rstrip(".,")
        if following in lex.company_suffixes or following.rstrip(".") in ("Jr", "Sr", "II", "III"):
            return [cand]
    parts: list[Candidate] = []
    start = 0
    for cut in [*cuts, None]:
        stop = cut.start() if cut else len(surface)
        piece = surface[start:stop]
        last_and = re.search(r"[ \u00a0]+and[ \u00a0]+(?=[A-ZÀ-Þ])", piece) if cut is None else None
        if last_and:
            parts.append(Candidate(cand.start + start, cand.start + start + last_and.start(),
                                   cand.label, cand.source))
            start += last_and.end()
            piece = surface[start:stop]
        parts.append(Candidate(cand.start + start, cand.start + stop, cand.label, cand.source))
        if cut is not None:
            start = cut.end()
    return [p for p in parts if p.end > p.start]


#: A city this large read as an organisation outside sport is the city ("Benghazi").
BIG_CITY_AS_ORG = 500_000


def place_not_team(
    text: str, cand: Candidate, lex: Lexicon, places: Mapping[str, Place]
) -> None:
    """Outside sport, a model organisation that is exactly a country or a big city is the
    place ("Benghazi officials", "American Samoa"); context votes may still make it an
    organisation ("shares of X"). Known organisation names keep their reading."""
    if cand.source != "model" or cand.label != "ORG":
        return
    surface = text[cand.start : cand.end]
    place = places.get(surface)
    if place is None or surface in lex.known:
        return
    if surface.isupper() and place.kind != "country":
        return  # "SIA": a code among a city's alternate names, not how the news names it
    if place.kind == "country" or (place.kind == "city" and place.population >= BIG_CITY_AS_ORG):
        cand.label = "GPE"


def place_in_facility(
    text: str, cand: Candidate, lex: Lexicon, places: Mapping[str, Place]
) -> Candidate:
    """A model place made of a common noun and a town, "gare de Strasbourg", "port of
    Dover": the mention is the town (a station is not an entity we resolve)."""
    if cand.source != "model" or cand.coarse() != "LOC":
        return cand
    head, _, rest = text[cand.start : cand.end].partition(" ")
    link, _, name = rest.partition(" ")
    if not head.islower():
        return cand
    if link.casefold() not in lex.connectors:
        link, name = "", rest  # "gare d'Austerlitz" is one word after the noun
        for elided in ("d'", "d’"):
            if rest.startswith(elided):
                link, name = elided, rest[len(elided):]
        if not link:
            return cand
    if name not in places:
        return cand
    start = cand.end - len(name)
    return Candidate(start, cand.end, "GPE", "model")
