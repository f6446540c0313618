"""Labels from what surrounds a name, voted across the whole article.

The tagger reads "Leicester", "Barcelona" or "Telefónica" sentence by sentence and calls a
club a city and a company a person. The words around a name often settle it, and one clear
context is enough for the whole article:

- sports tables and result lines ("Leicester 3 Chelsea 1", "Bolton 10 6 2 2 20 10 20") and,
  in an article about sport, prose contexts ("Leicester beat Chelsea", "against Leicester",
  "el Barcelona") make a city-named team an organisation;
- company contexts ("shares of X", "X's chief executive", "the X group", "X Inc") make a
  name an organisation in any article;
- speech contexts without a model ("…, sagte Müller") make a single word a person.

Countries are never turned into teams: a national side is read as its country, the common
convention. An occurrence right after a place preposition ("in Leicester") stays a place.
The patterns are the language pack's data (``EntityLexicon.team_contexts`` and friends); the
group a name is caught by says how strong the context is (see ``lexicon.CONTEXT_GROUPS``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sourcetrace.capabilities.entities.gazetteer import Place
from sourcetrace.capabilities.entities.lexicon import Lexicon
from sourcetrace.capabilities.entities.names import Candidate, clean_span, surname

__all__ = ["apply_context_votes", "drop_platform_media", "is_sports_article"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Groups that may create a candidate where the tagger saw nothing (tables, strong cues).
_CREATING = frozenset({"c", "d"})
_WORD = re.compile(r"\w+")


def is_sports_article(text: str, lex: Lexicon) -> bool:
    """Two different sports words, or one table/result line, make an article about sport."""
    if not lex.sports_words:
        return False
    if any(p.search(text) for p in lex.team_tables):
        return True
    words = (m.group().casefold() for m in _WORD.finditer(text))
    seen = {w for w in words if w in lex.sports_words}
    return len(seen) >= 2


def apply_context_votes(
    text: str, cands: list[Candidate], lex: Lexicon, places: Mapping[str, Place]
) -> list[Candidate]:
    """Relabel (and, for strong contexts, add) candidates by context; returns the new list."""
    patterns = [*lex.org_contexts, *lex.team_tables]
    if lex.team_contexts and is_sports_article(text, lex):
        patterns += lex.team_contexts
    people = _full_name_surnames(text, cands, lex)
    voted: dict[str, bool] = {}  # surface → voted by a strong context
    added: list[Candidate] = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            for group, span in _groups(match):
                strong = group in _CREATING
                hit = [c for c in cands if c.start < span[1] and span[0] < c.end]
                if strong and hit and all(_widenable(text, c, span) for c in hit):
                    for cand in hit:  # "BARCELONA" of "FC BARCELONA 89 - TAU VITORIA 80"
                        cands.remove(cand)
                    hit = []
                if not strong and _after_place_preposition(text, span[0], lex):
                    continue  # "in Leicester", "en Valencia": the place itself
                if hit:
                    for cand in hit:
                        if _may_become_org(text, cand, strong, places, people):
                            cand.label = "ORG"
                            voted[text[cand.start : cand.end]] = strong
                elif strong or _is_city(text[span[0] : span[1]], places):
                    new = clean_span(text, Candidate(*span, "ORG", "context"), lex)
                    if new is not None and _plausible_name(text[new.start : new.end], lex):
                        added.append(new)
                        voted[text[new.start : new.end]] = True
    for pattern in lex.person_contexts:
        for match in pattern.finditer(text):
            spans = [match.span(g) for g in ("p", "p2") if match.groupdict().get(g)]
            start, end = spans[0][0], spans[-1][1]
            words = text[start:end].split()
            if any(c.start < end and start < c.end for c in [*cands, *added]):
                continue
            if all(_plausible_person(w, lex, places) for w in words):
                added.append(Candidate(start, end, "PERSON", "context"))
    for cand in cands:
        surface = text[cand.start : cand.end]
        if surface in voted and not _after_place_preposition(text, cand.start, lex):
            if _may_become_org(text, cand, voted[surface], places, people):
                cand.label = "ORG"
    return [*cands, *added]


def _groups(match: re.Match[str]) -> list[tuple[str, tuple[int, int]]]:
    return [(g, match.span(g)) for g, v in match.groupdict().items() if v and g in "abcd"]


def _is_city(surface: str, places: Mapping[str, Place]) -> bool:
    place = places.get(surface)
    return place is not None and place.kind == "city"


def _widenable(text: str, cand: Candidate, span: tuple[int, int]) -> bool:
    """A weak candidate strictly inside a table cell yields to the whole cell."""
    inside = span[0] <= cand.start and cand.end <= span[1]
    inside = inside and cand.end - cand.start < span[1] - span[0]
    return inside and cand.source in ("rule", "model", "propagated") and cand.label != "PERSON"


def _may_become_org(
    text: str, cand: Candidate, strong: bool, places: Mapping[str, Place], people: set[str]
) -> bool:
    surface = text[cand.start : cand.end]
    if cand.source in ("known", "dateline", "acronym", "cue"):
        return False
    if cand.label in _PLACE_LABELS:
        place = places.get(surface) or places.get(surface.title())
        return place is None or place.kind != "country"
    if cand.label == "PERSON":
        return strong and " " not in surface and surface not in people
    return False


def _full_name_surnames(text: str, cands: list[Candidate], lex: Lexicon) -> set[str]:
    out = set()
    for cand in cands:
        if cand.label == "PERSON":
            last = surname(text[cand.start : cand.end], lex)
            if last:
                out.add(last)
    return out


def _after_place_preposition(text: str, start: int, lex: Lexicon) -> bool:
    before = re.search(r"(\w+)\s+$", text[max(0, start - 20) : start])
    return before is not None and before.group(1).casefold() in lex.place_prepositions


def _plausible_name(surface: str, lex: Lexicon) -> bool:
    words = surface.split()
    return bool(words) and not any(
        w in lex.stop_words or w.casefold() in lex.role_nouns for w in words
    )


def _plausible_person(surface: str, lex: Lexicon, places: Mapping[str, Place]) -> bool:
    """A lone capitalised word after a speech verb is a person unless it reads otherwise."""
    folded = surface.casefold()
    return not (
        surface in places
        or surface in lex.known
        or surface in lex.stop_words
        or folded in lex.role_nouns
        or folded in lex.honorifics
        or folded in lex.nationalities
        or any(surface.endswith(k) for k in lex.org_keywords)
        or any(folded.endswith(e) for e in lex.data.common_noun_endings)
        or any(folded.endswith(e) for e in lex.data.org_endings)
    )


def drop_platform_media(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A social platform that the article names only as the medium ("posted on Twitter",
    "auf Telegram", "vía Twitter") is no entity there; one mention as an actor or an object
    ("Twitter said", "Musk bought Twitter") keeps all its mentions."""
    if not lex.platforms or not lex.medium_prepositions:
        return cands
    medium: dict[str, bool] = {}
    for cand in cands:
        surface = text[cand.start : cand.end]
        if surface not in lex.platforms:
            continue
        before = text[max(0, cand.start - 30) : cand.start].casefold().rstrip()
        as_medium = any(
            before.endswith(prep) and not before[: -len(prep)][-1:].isalnum()
            for prep in lex.medium_prepositions
        )
        after = re.match(r"[ \u00a0-]*([\w]+)", text[cand.end : cand.end + 30])
        if after is not None and after.group(1).casefold() in lex.medium_nouns:
            as_medium = True
        medium[surface] = medium.get(surface, True) and as_medium
    return [c for c in cands if not medium.get(text[c.start : c.end], False)]
