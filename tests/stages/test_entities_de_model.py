"""The German entity model shipped in models/de_sourcetrace_ner: loaded offline from the
installed package, used by the entities stage, and named when it is missing."""

from __future__ import annotations

import dataclasses

import pytest

from sourcetrace.capabilities.entities import stage as entities
from sourcetrace.capabilities.parse import stage as parse
from sourcetrace.core import resources as resources_module
from sourcetrace.core.resources import Resources
from sourcetrace.errors import ModelMissingError
from sourcetrace.lang import get_pack
from sourcetrace.model import Document, Mention

pytestmark = pytest.mark.slow

#: Written for this test. Must-find: a person, an organisation and places the rules alone
#: could not type (no title, no given-name list entry, no organisation word); must-not-find:
#: capitalised nouns and sentence openers ("Insgesamt", "Dort", "Er", "Gewerkschaft"), and
#: "Das" before a speech verb ("Das sagte ...", once a person by the speech-verb context).
TEXT = (
    "Die Gewerkschaft Verdi hat am Montag in Bielefeld zu Warnstreiks aufgerufen. "
    "Insgesamt legten rund 2000 Beschäftigte die Arbeit nieder. "
    "Dort sprach Frank Werneke vor dem Rathaus. Er forderte mehr Lohn für die Pflege. "
    "Am Abend reiste er weiter nach Kassel. Das sagte ein Sprecher der Gewerkschaft. "
    "Die Zahl der Rückführungen in die Türkei stieg."
)


@pytest.fixture(scope="module")
def mentions() -> tuple[Mention, ...]:
    doc = Document(id="de", origin="de", fmt="txt", text=TEXT, language="de")
    res = Resources()
    return entities.extract_entities(parse.parse(doc, res), res).mentions


def _labels(mentions: tuple[Mention, ...]) -> dict[str, str]:
    return {m.text: m.label for m in mentions}


def test_the_pack_loads_the_shipped_model_without_a_parser() -> None:
    nlp = Resources().ner("de")
    assert nlp is not None
    assert "ner" in nlp.pipe_names and "parser" not in nlp.pipe_names
    assert {"PER", "ORG", "LOC"} <= set(nlp.get_pipe("ner").labels)
    # German still has no full pipeline: later stages keep their no-parse paths.
    assert Resources().spacy("de", required=False) is None


def test_model_finds_person_organisation_and_places(mentions: tuple[Mention, ...]) -> None:
    labels = _labels(mentions)
    assert labels.get("Frank Werneke") == "PERSON", labels
    assert labels.get("Verdi") in ("ORG", "COMPANY"), labels
    assert labels.get("Bielefeld") in ("GPE", "LOC"), labels
    assert labels.get("Kassel") in ("GPE", "LOC"), labels
    # a place with a common-noun ending ("-ei") stays: the gazetteer knows it
    assert labels.get("Türkei") in ("GPE", "LOC"), labels


def test_capitalised_nouns_and_sentence_openers_are_no_mentions(
    mentions: tuple[Mention, ...],
) -> None:
    surfaces = {m.text for m in mentions}
    for word in ("Insgesamt", "Dort", "Er", "Das", "Gewerkschaft", "Beschäftigte", "Rathaus",
                 "Pflege", "Sprecher", "Rückführungen"):
        assert word not in surfaces, (word, surfaces)


def test_a_missing_model_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    pack = get_pack("de")
    assert pack.ner_model is not None
    missing = dataclasses.replace(
        pack, ner_model=dataclasses.replace(pack.ner_model, package="no_such_de_model")
    )
    monkeypatch.setattr(resources_module, "get_pack", lambda code: missing)
    monkeypatch.setattr(resources_module, "_LOADED", {})
    with pytest.raises(ModelMissingError, match="de-sourcetrace-ner"):
        Resources().ner("de")
    assert Resources().ner("de", required=False) is None
