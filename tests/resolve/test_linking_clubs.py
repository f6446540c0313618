"""A club named after its town is an organisation where its own article says so: the
cross-document type vote does not relabel it as the town, and it stays its own entity.
Short articles we wrote in English and French; mentions as the entities stage gives them,
with the stage's local type evidence ("context", "sports article") where it has any."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from sourcetrace.capabilities.linking.linker import link_mentions
from sourcetrace.capabilities.linking.records import LinkedEntity, LinkResult
from sourcetrace.kb import KnowledgeBase, load_kb
from tests.resolve.linking_corpus import KB_DIR, corpus_mentions, ref

CORPUS: dict[str, Any] = {
    "articles": [
        {
            "id": "en-city", "language": "en", "published": "2024-03-02",
            "text": "Police in Leeds closed the ring road after the flood.",
            "mentions": [["Leeds", "GPE", "place:leeds"]],
        },
        {
            "id": "en-match", "language": "en", "published": "2024-03-03",
            "text": "Leeds beat Sheffield 2-1 at Elland Road on Saturday.",
            "mentions": [["Leeds", "ORG", "org:leeds"]],
        },
        {
            "id": "en-council", "language": "en", "published": "2024-03-04",
            "text": "Leeds said on Monday that the library would reopen in May.",
            "mentions": [["Leeds", "ORG", "org:leeds"]],
        },
        {
            "id": "fr-city", "language": "fr", "published": "2024-03-02",
            "text": "La préfecture de Marseille a fermé le port après la tempête.",
            "mentions": [["Marseille", "GPE", "place:marseille"]],
        },
        {
            "id": "fr-match", "language": "fr", "published": "2024-03-03",
            "text": "Marseille s'est imposé 3-1 face à Nantes au Vélodrome samedi soir.",
            "mentions": [["Marseille", "ORG", "org:marseille"], ["Nantes", "ORG", "org:nantes"]],
        },
        {
            "id": "fr-mairie", "language": "fr", "published": "2024-03-04",
            "text": "Marseille a annoncé lundi un plan pour les écoles du centre.",
            "mentions": [["Marseille", "ORG", "org:marseille"]],
        },
    ]
}

#: The entities stage's local evidence, per mention (short ref).
EVIDENCE = {"en-match:0": "context", "fr-match:0": "sports article", "fr-match:1": "sports article"}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb(data_dir=KB_DIR)


@pytest.fixture(scope="module")
def result(kb: KnowledgeBase) -> LinkResult:
    mentions = [
        dataclasses.replace(m, type_evidence=EVIDENCE.get(ref(m.id)))
        for m in corpus_mentions(CORPUS)
    ]
    return link_mentions(mentions, kb)


def _entity(result: LinkResult, short: str) -> LinkedEntity:
    entity_id = next(e for m, e in result.assignment.items() if ref(m) == short)
    return next(e for e in result.entities if e.id == entity_id)


@pytest.mark.parametrize(("town", "club"), [("en-city:0", "en-match:0"),
                                            ("fr-city:0", "fr-match:0")])
def test_a_club_typed_by_its_article_stays_an_organisation_apart_from_the_town(
    result: LinkResult, town: str, club: str
) -> None:
    place, team = _entity(result, town), _entity(result, club)
    assert place.type == "GPE" and place.kb_entry is not None
    assert team.type == "ORG" and team.kb_entry is None
    assert team.id != place.id
    evidence = {a.alias: a for a in team.aliases}[team.name]
    assert evidence.rule == "cluster" and "organisation here" in evidence.detail


@pytest.mark.parametrize(("town", "other"), [("en-city:0", "en-council:0"),
                                             ("fr-city:0", "fr-mairie:0")])
def test_must_not_an_organisation_reading_without_local_evidence_still_joins_the_town(
    result: LinkResult, town: str, other: str
) -> None:
    assert _entity(result, other).id == _entity(result, town).id
    rules = {a.alias: a.rule for a in _entity(result, town).aliases}
    assert rules.get("Leeds", rules.get("Marseille")) in {"exact-alias", "type-vote"}


def test_a_club_without_a_town_in_the_corpus_keeps_its_type(result: LinkResult) -> None:
    # "Nantes" is only the club here: no other article links the town, so nothing votes.
    assert _entity(result, "fr-match:1").type == "ORG"
