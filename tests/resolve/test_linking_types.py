"""One type per real thing across the corpus: the knowledge base's type wins. Mentions
are given as the entities stage gives them (with its mistakes), in short
articles we wrote in English, French, Spanish and German."""

from __future__ import annotations

from typing import Any

import pytest

from sourcetrace.capabilities.linking.linker import link_mentions
from sourcetrace.capabilities.linking.records import LinkResult
from sourcetrace.kb import KnowledgeBase, load_kb
from tests.resolve.linking_corpus import KB_DIR, corpus_mentions, ref

CORPUS: dict[str, Any] = {
    "articles": [
        {
            "id": "en1",
            "language": "en",
            "published": "2024-08-24",
            "text": "Police in Solingen arrested a man. Solingen officials thanked residents.",
            "mentions": [["Solingen", "GPE", "place:solingen"],
                         ["Solingen", "GPE", "place:solingen"]],
        },
        {
            "id": "fr1",
            "language": "fr",
            "published": "2024-08-25",
            "text": "Solingen a annoncé une cérémonie. Les réfugiés du camp d'al-Hol attendent. "
                    "Le camp d'al-Hol est surpeuplé. La visite d'Olaf Scholz est prévue.",
            "mentions": [["Solingen", "ORG", "org:solingen"],
                         ["al-Hol", "LOC", "place:al-hol"],
                         ["al-Hol", "LOC", "place:al-hol"],
                         ["Olaf Scholz", "LOC", "place:olaf scholz"]],
        },
        {
            "id": "es1",
            "language": "es",
            "published": "2024-08-26",
            "text": "En el campo viven miles de mujeres. El Sr. Solingen, un abogado, no opinó.",
            "mentions": [["Solingen", "PERSON", "person:solingen", None, None, "Sr"]],
        },
        {
            "id": "de1",
            "language": "de",
            "published": "2024-08-27",
            "text": "In Solingen trauern die Menschen. Die HOL-Gruppe HOL schweigt.",
            "mentions": [["Solingen", "GPE", "place:solingen"],
                         ["HOL", "ORG", "org:hol"]],
        },
    ]
}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb(data_dir=KB_DIR)


def _mentions() -> list:
    out = corpus_mentions(CORPUS)
    # the sixth field of a row is the mention's title ("Sr"), which corpus_mentions ignores
    titled = {
        f"{a['id']}:mention:{n}": row[5]
        for a in CORPUS["articles"]
        for n, row in enumerate(a["mentions"])
        if len(row) > 5
    }
    return [
        type(m)(**{**{f: getattr(m, f) for f in m.__slots__}, "title": titled.get(m.id)})
        for m in out
    ]


@pytest.fixture(scope="module")
def result(kb: KnowledgeBase) -> LinkResult:
    return link_mentions(_mentions(), kb)


def _entity(result: LinkResult, short: str):
    entity_id = next(e for m, e in result.assignment.items() if ref(m) == short)
    return next(e for e in result.entities if e.id == entity_id)


def test_a_town_read_as_an_organisation_joins_the_town(result: LinkResult) -> None:
    town = _entity(result, "en1:0")
    assert town.type == "GPE" and town.kb_entry is not None
    assert _entity(result, "fr1:0").id == town.id  # ORG in the French article
    assert _entity(result, "de1:0").id == town.id
    rules = {a.alias: a.rule for a in town.aliases}
    assert rules["Solingen"] in {"exact-alias", "type-vote"}


def test_a_titled_person_of_that_name_stays_a_person(result: LinkResult) -> None:
    person = _entity(result, "es1:0")
    assert person.type == "PERSON" and person.id != _entity(result, "en1:0").id


def test_a_full_name_in_the_knowledge_base_is_that_person_whatever_the_tag(
    result: LinkResult,
) -> None:
    scholz = _entity(result, "fr1:3")
    assert (scholz.id, scholz.type) == ("st:person/olaf-scholz", "PERSON")
    assert {a.alias: a.rule for a in scholz.aliases}["Olaf Scholz"] == "type-vote"


def test_an_acronym_does_not_vote_itself_into_a_name(result: LinkResult) -> None:
    assert _entity(result, "de1:1").id != _entity(result, "fr1:1").id


def test_every_name_has_one_type(result: LinkResult) -> None:
    from sourcetrace.kb import normalise
    from sourcetrace.kb.normalise import is_acronym

    types: dict[str, set[str]] = {}
    for entity in result.entities:
        if entity.type == "PERSON" and any(a.alias == "Solingen" for a in entity.aliases):
            continue  # the titled lawyer, a different thing of the same name
        for alias in entity.aliases:
            if is_acronym(alias.alias):
                continue  # "HOL" the group is not al-Hol the camp
            types.setdefault(normalise(alias.alias), set()).add(entity.type)
    assert all(len(t) == 1 for t in types.values()), types
