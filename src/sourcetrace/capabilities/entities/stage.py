"""The entities stage: people, organisations and places, with roles and document keys.

Reads the shared spaCy parse (``Document.parsed``; never parses again). A language with no
full pipeline runs its pack's entity-only model instead (German: ``de_sourcetrace_ner``,
trained on GermEval-2014; no tags, no parse); a language with neither gets the rule tagger.
Layers added on top, all driven by the language pack's ``EntityLexicon``:

- spaCy labels mapped to ours (nationality adjectives and MISC are not mentions; FAC is LOC;
  a LOC in the place gazetteer is a GPE);
- no mention without a name in it: a word in lower case only, a single letter, a function
  word of the pack, a demonym ("les Allemands"), a one-word "name" the model itself tags as
  a common noun, a capitalised word opening a sentence or a quotation that the article
  also writes in lower case, or anything on a line of page furniture ("Share on Facebook");
- datelines ("PARIS, March 24 (Reuters) -": Paris a GPE, Reuters MEDIA), credit lines
  ("Photo: AFP") kept free of mentions, all-caps headlines left to the gazetteer and to the
  names found in the body (the model misreads capitals);
- titles and roles before a name ("M. Barrot", "le général Burkhard", "Frau Baerbock") give
  a PERSON even where the model missed it, with the title kept out of the span;
- well-known names get finer types (ARMED_GROUP, AGENCY, MEDIA, COMPANY);
- context votes: a team in a results table or a company after "shares of" is an
  organisation in the whole article (``capabilities.entities.context_votes``);
- document consistency, acronyms and keys (``capabilities.entities.consistency``), roles
  (``capabilities.entities.roles``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sourcetrace.capabilities.entities.consistency import (
    acronyms,
    assign_keys,
    harmonise,
    propagate,
    resolve_overlaps,
    unify_labels,
)
from sourcetrace.capabilities.entities.context_votes import (
    apply_context_votes,
    drop_platform_media,
    is_sports_article,
)
from sourcetrace.capabilities.entities.gazetteer import Place, build_places
from sourcetrace.capabilities.entities.lexicon import (
    Lexicon,
    compile_lexicon,
    find_known,
    is_nationality,
)
from sourcetrace.capabilities.entities.model_reading import model_candidates
from sourcetrace.capabilities.entities.names import Candidate, clean_span, is_all_caps
from sourcetrace.capabilities.entities.roles import attach_roles
from sourcetrace.capabilities.entities.rule_tagger import rule_candidates
from sourcetrace.capabilities.entities.spans import (
    drop_descriptor,
    join_and_names,
    join_split_names,
    place_in_facility,
    place_not_team,
    split_list,
)
from sourcetrace.core.pipeline import Stage
from sourcetrace.core.resources import Resources
from sourcetrace.model import Document, Mention

__all__ = ["STAGE", "extract_entities", "find_mentions"]

NAME = "entities"
#: In a capitalised line only places this large (or countries) are trusted from the gazetteer.
CAPS_PLACE_POPULATION = 500_000


def extract_entities(doc: Document, resources: Resources) -> Document:
    language = doc.language or "xx"
    lex: Lexicon = resources.cached(
        f"entities.lexicon.{language}", lambda: compile_lexicon(language)
    )
    places: Mapping[str, Place] = resources.cached("entities.places", build_places)
    parsed = doc.parsed
    if parsed is None and doc.text:
        # No full pipeline (German): the pack's entity-only model, if it has one.
        nlp = resources.ner(language)
        if nlp is not None:
            parsed = nlp(doc.text)
    mentions = find_mentions(doc.text, lex, places, parsed)
    return doc.evolve(mentions=mentions)


def find_mentions(
    text: str, lex: Lexicon, places: Mapping[str, Place], parsed: Any = None
) -> tuple[Mention, ...]:
    """All mentions in ``text``; ``parsed`` is its spaCy ``Doc`` or None (rules only)."""
    if not text:
        return ()
    caps_lines = _caps_lines(text)
    blocked = _credit_lines(text, lex)
    raw: list[Candidate] = []
    if parsed is not None:
        # German's entity-only model replaces the rule tagger: adding the tagger's
        # candidates to the model's lowered GermEval dev F1 (docs/benchmarks.md).
        raw += model_candidates(parsed, caps_lines, lex, places)
    else:
        raw += rule_candidates(text, lex, places)
    raw += _datelines(text, lex)
    raw += _cue_candidates(text, lex, places)
    raw += _known_candidates(text, lex, caps_lines)
    raw += _caps_places(text, caps_lines, places)
    raw += _first_name_candidates(text, lex, caps_lines)
    cleaned = [c for c in (clean_span(text, c, lex) for c in raw) if c is not None]
    _first_name_fixes(text, cleaned, lex, places)
    cleaned = [place_in_facility(text, c, lex, places) for c in cleaned]
    cleaned = [part for c in cleaned for part in split_list(text, c, lex)]
    cleaned = [drop_descriptor(text, c, lex) for c in cleaned]
    cands = resolve_overlaps(c for c in cleaned if _acceptable(text, c, lex, blocked))
    cands = join_and_names(text, cands, lex, places)
    defined = acronyms(text, cands, lex)
    cands = resolve_overlaps(cands)
    harmonise(text, cands, lex)
    sports = is_sports_article(text, lex)
    if not sports:
        for cand in cands:
            place_not_team(text, cand, lex, places)
    cands = resolve_overlaps(apply_context_votes(text, cands, lex, places))
    cands = join_split_names(text, propagate(text, cands, lex, caps_lines))
    cands = drop_platform_media(text, [c for c in cands if _acceptable(text, c, lex, blocked)], lex)
    # The words of a full name seen in the article are that person's, not places: "Nancy"
    # after "Nancy Reagan", "Lyon" after "Mark Lyon".
    name_words = {
        word
        for c in cands
        if c.label == "PERSON" and " " in text[c.start : c.end]
        for word in text[c.start : c.end].split()
    }
    # The GermEval-trained German model reads "Stalin" or "George" alone as people better
    # than the place gazetteer does (dev F1); the gazetteer fix is for tagged weak models.
    weak_persons = parsed is None or parsed.has_annotation("POS")
    for cand in cands:
        if text[cand.start : cand.end] not in name_words:
            _refine_label(text, cand, lex, places, weak_persons=weak_persons)
    for cand in cands:
        long_form = defined.get(text[cand.start : cand.end])
        if long_form is not None and long_form is not cand:
            cand.label = long_form.label  # "(MICI)" after its ministry, relabelled above
    unify_labels(text, cands)
    attach_roles(text, cands, lex)
    assign_keys(text, cands, lex, defined)
    return tuple(
        Mention(
            start=c.start,
            end=c.end,
            text=text[c.start : c.end],
            label=c.label,
            stage=NAME,
            role=c.role,
            entity_key=c.key,
            title=c.title,
            role_org=c.role_org,
            type_evidence=c.typed_by if c.coarse() == "ORG" else None,
        )
        for c in cands
    )


def _caps_lines(text: str) -> list[tuple[int, int]]:
    out = []
    for match in re.finditer(r"[^\n]+", text):
        if is_all_caps(match.group()):
            out.append((match.start(), match.end()))
    return out


def _credit_lines(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    out = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if any(p.search(line) for p in lex.credit_lines) or (
            lex.link_line is not None and lex.link_line.match(line)
        ):
            out.append((match.start(), match.end()))
    return out


def _datelines(text: str, lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for pattern in lex.datelines:
        for match in pattern.finditer(text):
            for group, label in (("place", "GPE"), ("place2", "GPE"), ("agency", "MEDIA")):
                if group in pattern.groupindex and match.group(group):
                    out.append(Candidate(match.start(group), match.end(group), label, "dateline"))
    return out


def _cue_candidates(
    text: str, lex: Lexicon, places: Mapping[str, Place]
) -> list[Candidate]:
    """A name right after an honorific or role noun is a person: "Mr. Lammy", "Frau Baerbock".

    A particle and a place after a role is the role's complement, not a name: "maire de
    Strasbourg" (but "général de Villiers" is a person).
    """
    if lex.cue_pattern is None:
        return []
    out = []
    for match in lex.cue_pattern.finditer(text):
        if text[match.end("cue") : match.end("cue") + 1] == "." and (
            match.group("cue").casefold() not in lex.honorifics
        ):
            continue  # "el juez. Dicha fianza": a full role noun's period ends a sentence
        name_start, name_end = match.span("name")
        words = match.group("name").split()
        while words and (words[-1] in lex.stop_words or words[-1].casefold() in lex.role_nouns):
            words.pop()
        if not words or words[0] in lex.stop_words or words[0].casefold() in lex.role_nouns:
            continue
        if words[0].casefold() in lex.determiners or match.group("name") in lex.known:
            continue
        if " ".join(words) in places and match.group("cue").islower():
            continue  # "three major United States indexes": an adjective before a place
        particle, _, rest = " ".join(words).partition(" ")
        if particle.islower() and (rest in places or rest in lex.known):
            if rest in places and rest not in lex.known:
                rest_start = name_start + len(particle) + 1
                out.append(Candidate(rest_start, rest_start + len(rest), "GPE", "rule"))
            continue
        name_end = name_start + len(" ".join(words))
        cand = Candidate(name_start, name_end, "PERSON", "cue")
        if match.group("cue").casefold() in lex.honorifics:
            cand.title = match.group("cue")
        out.append(cand)
    return out


def _known_candidates(
    text: str, lex: Lexicon, caps_lines: list[tuple[int, int]]
) -> list[Candidate]:
    out = []
    for start, end, name in find_known(text, lex):
        bracketed = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
        if len(name) <= 3 and not bracketed and any(s <= start < e for s, e in caps_lines):
            continue  # "WHO", "IS", "AP" as words of a capitalised headline
        out.append(Candidate(start, end, lex.known[name], "known"))
    return out


def _first_name_candidates(
    text: str, lex: Lexicon, caps_lines: list[tuple[int, int]]
) -> list[Candidate]:
    """A known given name and one or two capitalised words: "Pete Sampras", "Sergei Filatov".

    Low priority ("rule"): a model span wins where they overlap, except that
    ``_first_name_fixes`` relabels a model organisation or place that starts with a given name.
    """
    if lex.first_name_pattern is None:
        return []
    out = []
    for match in lex.first_name_pattern.finditer(text):
        if any(s <= match.start() < e for s, e in caps_lines):
            continue
        words = match.group().split()
        if any(w in lex.stop_words or w in lex.known or w in lex.org_keywords for w in words):
            continue
        out.append(Candidate(match.start(), match.end(), "PERSON", "rule"))
    return out


def _first_name_fixes(text: str, cands: list[Candidate], lex: Lexicon,
                      places: Mapping[str, Place]) -> None:
    """A model organisation or place of two or three words that starts with a given name and
    has no organisation word is a person ("Sergei Filatov" read as an ORG)."""
    for cand in cands:
        if cand.source != "model" or cand.label == "PERSON":
            continue
        surface = text[cand.start : cand.end]
        words = surface.split()
        if (
            2 <= len(words) <= 3
            and words[0] in lex.first_names
            and surface not in lex.known
            and surface not in places
            and all(w[:1].isupper() for w in words)
            and not any(w in lex.org_keywords or w in lex.company_suffixes for w in words)
        ):
            cand.label = "PERSON"


def _caps_places(
    text: str, caps_lines: list[tuple[int, int]], places: Mapping[str, Place]
) -> list[Candidate]:
    out = []
    for start, end in caps_lines:
        for match in re.finditer(
            r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+)?", text[start:end]
        ):
            for size in (match.group(), match.group().split(" ")[0]):
                place = places.get(size.title()) or places.get(size.capitalize())
                if place and (place.kind == "country" or place.population >= CAPS_PLACE_POPULATION):
                    s = start + match.start()
                    out.append(Candidate(s, s + len(size), "GPE", "rule"))
                    break
    return out


def _acceptable(text: str, cand: Candidate, lex: Lexicon, blocked: list[tuple[int, int]]) -> bool:
    surface = text[cand.start : cand.end]
    if any(s <= cand.start < e for s, e in blocked):
        return False
    if surface in lex.stop_words or is_nationality(surface, lex):
        return False
    if (
        surface not in lex.known
        and cand.source != "acronym"  # "parquet national financier (PNF)": defined by its letters
        and (not any(ch.isupper() for ch in surface) or len(surface.rstrip(".")) == 1)
    ):
        return False  # "días", "había sangre", "fichés S": a name has a capital and two letters
    if (
        cand.label == "PERSON"
        and cand.source == "model"
        and " " not in surface
        and surface.casefold().endswith(lex.data.common_noun_endings or ("\0",))
    ):
        return False  # "Amonestación", "Incidencias": a capitalised noun read as a person
    if surface.casefold() in lex.role_modifiers and (
        cand.label != "PERSON" or _before_role_noun(text, cand.end, lex)
    ):
        return False  # "Defence" of "Defence Minister", "Executive" of "Chief Executive Officer"
    if cand.label != "PERSON" and surface not in lex.known and _is_event(surface, lex):
        return False  # "World Cup", "Coupe du monde": an event, none of our entity types
    if cand.label == "ORG" and surface not in lex.known and _is_role_phrase(surface, lex):
        return False  # "ministre de l'Intérieur": a role, not an organisation
    return surface.casefold() not in lex.role_nouns and surface.casefold() not in lex.honorifics


def _is_event(surface: str, lex: Lexicon) -> bool:
    if " " not in surface:
        return False
    data = lex.data
    return surface.endswith(tuple(f" {w}" for w in data.event_tails)) or surface.startswith(
        tuple(f"{w} " for w in data.event_heads)
    )


def _before_role_noun(text: str, end: int, lex: Lexicon) -> bool:
    following = re.match(r"[ \u00a0]+([\w'’-]+)", text[end : end + 40])
    return following is not None and following.group(1).casefold() in lex.role_nouns


#: Words that open a role's complement ("Minister of Defence", "ministre de l'Intérieur").
_ROLE_LINKS = frozenset({"of", "for", "de", "du", "des", "del", "für", "der"})


def _is_role_phrase(surface: str, lex: Lexicon) -> bool:
    """A role noun followed by its complement, such as "ministre de l'Intérieur"; the
    ministry itself ("ministère de l'Intérieur") is an organisation and does not match."""
    words = surface.split()
    if len(words) < 2 or words[0].casefold() not in lex.role_nouns:
        return False
    link = words[1].casefold()
    return link in _ROLE_LINKS or link.startswith(("d'", "d’"))


def _refine_label(
    text: str, cand: Candidate, lex: Lexicon, places: Mapping[str, Place], *,
    weak_persons: bool = True,
) -> None:
    surface = text[cand.start : cand.end]
    if surface in lex.known:
        cand.label = lex.known[surface]
    elif (
        cand.label in ("PERSON", "LOC")
        and surface.split()[0] in lex.org_keywords
        and (" " in surface or cand.source in ("model", "propagated"))
        and surface not in places
    ):
        # "Ansar al Sharia", "Jaish al-Adl": a group, not a person; "la Fiscalía",
        # "Compañía de Jesús" read as places by the Spanish model: institutions
        cand.label = "ORG"
    elif cand.label == "ORG" and surface in lex.org_types:
        cand.label = lex.org_types[surface]  # "Amaq": too short to look for, safe to type
    elif (
        cand.label == "PERSON"
        and " " in surface
        and surface.split()[-1] in lex.company_suffixes
        and len(surface.split()[-1]) > 3
    ):
        cand.label = "COMPANY"  # "Carrow Aircraft", "Pelham Motors" read as people
    elif (
        cand.label != "PERSON"
        and cand.source not in ("known", "dateline", "acronym")
        and surface in lex.person_surnames
        and surface not in places
    ):
        cand.label = "PERSON"  # "Trump", "Erdogan" alone, read as an organisation
    elif cand.label == "PERSON" and _plural_after_article(text, cand, lex):
        cand.label = "ORG"  # "the Beatles", "the Yankees": a group, not one person
    elif (
        cand.label == "ORG"
        and surface.split()[-1] in lex.company_suffixes
        and " " in surface
        and not any(w in lex.org_keywords for w in surface.split())
    ):
        cand.label = "COMPANY"
    elif cand.label == "LOC" and surface in places:
        cand.label = "GPE"
    elif (
        not weak_persons  # the untagged German model: names take a genitive "-s"
        and cand.label in ("ORG", "LOC", "PERSON")
        and cand.source == "model"
        and surface.endswith("s")
        and surface not in places
        and (cand.label != "PERSON" or _large_place(places.get(surface[:-1])))
        and surface[:-1] in places
    ):
        cand.label = "GPE"  # "Kiews", "Russlands": a place in the genitive
    elif weak_persons and cand.label == "PERSON" and cand.source == "model" and " " not in surface:
        place = places.get(surface)
        if place is not None and (place.kind == "country" or place.population >= 100_000):
            cand.label = "GPE"  # "Perú", "Mérida" read as people by a weak model


def _large_place(place: Place | None) -> bool:
    return place is not None and (place.kind == "country" or place.population >= 100_000)


def _plural_after_article(text: str, cand: Candidate, lex: Lexicon) -> bool:
    """A one-word "person" in the plural after a determiner: "the Beatles"."""
    surface = text[cand.start : cand.end]
    if " " in surface or not surface.endswith("s") or surface.endswith(("ss", "us", "is")):
        return False
    before = text[max(0, cand.start - 12) : cand.start].split()
    return bool(before) and before[-1].casefold() in lex.determiners


STAGE = Stage(
    name=NAME,
    version="5",
    requires=frozenset({"text", "language", "parsed"}),
    assigns=frozenset({"mentions"}),
    run=extract_entities,
)
