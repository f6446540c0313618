"""The quotes stage on short articles we wrote, one per language, with exact spans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sourcetrace.capabilities.parse import stage as parse
from sourcetrace.capabilities.quotes import stage as quotes
from sourcetrace.capabilities.quotes.embedded import scare_quotes
from sourcetrace.capabilities.quotes.marks import find_marked_spans
from sourcetrace.core.resources import Resources
from sourcetrace.model import Document, Quote

FIXTURES = Path(__file__).parent.parent / "fixtures" / "quotes"
PAIRS_EN = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"))


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


def analyse(language: str, resources: Resources) -> tuple[str, tuple[Quote, ...]]:
    text = (FIXTURES / f"{language}.txt").read_text(encoding="utf-8")
    doc = Document(id=language, origin=language, fmt="txt", text=text, language=language)
    doc = quotes.STAGE.run(parse.STAGE.run(doc, resources), resources)
    for quote in doc.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_start is not None and quote.speaker_end is not None:
            assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_text
    return text, doc.quotes


def only(found: tuple[Quote, ...], content: str) -> Quote:
    matches = [q for q in found if q.text == content]
    assert len(matches) == 1, [q.text for q in found]
    return matches[0]


def check(quote: Quote, text: str, *, speaker: str | None, kind: str | None, cue: str | None,
          direct: bool, mention: str | None = None, via: tuple[str, ...] = ()) -> None:
    assert (quote.speaker_text, quote.speaker_kind, quote.cue, quote.direct, quote.via) == (
        speaker, kind, cue, direct, via)
    if mention is not None:
        assert quote.speaker_mention_start is not None and quote.speaker_mention_end is not None
        assert text[quote.speaker_mention_start : quote.speaker_mention_end] == mention
    if cue is not None and quote.cue_start is not None and quote.cue_end is not None:
        assert text[quote.cue_start : quote.cue_end].lower() == cue.lower()


@pytest.mark.slow
def test_english_quote_and_speaker_forms(resources: Resources) -> None:
    text, found = analyse("en", resources)
    # Pronoun resolved to the nearest earlier man; second quote continues the first.
    check(only(found, "We will not tolerate this"), text, speaker="James Cleverly", kind="pronoun",
          cue="said", direct=True, mention="he")
    check(only(found, "The streets must be safe."), text, speaker="James Cleverly", kind="pronoun",
          cue="said", direct=True)
    # Role resolved to the holder named earlier; reported speech with "that".
    check(only(found, "the plan was already funded"), text, speaker="James Cleverly", kind="role",
          cue="replied", direct=False, mention="The Home Secretary")
    # Partial quote inside a sentence; speaker after a role description.
    check(only(found, "a very serious situation"), text, speaker="Boris Pistorius", kind="name",
          cue="said", direct=True,
          mention="German Defence Minister Boris Pistorius")
    check(only(found, "The threat is real"), text, speaker="NATO's military command",
          kind="institution", cue="said", direct=True)
    check(only(found, "Is anyone listening?"), text, speaker="a senior diplomat", kind="unnamed",
          cue="asked", direct=True)
    # Feminine pronoun skips the nearer men and finds Mrs Whitfield.
    check(only(found, "the federation would strike"), text, speaker="Anna Whitfield",
          kind="pronoun", cue="warned", direct=False, mention="She")
    # Sourcing chain: the weekly speaks, AFP carried it.
    check(only(found, "The network is larger than we thought"), text, speaker="Der Spiegel",
          kind="institution", cue="reported",
          direct=True, via=("AFP",))
    # A quote opened in one paragraph and closed in the next is one quote.
    check(only(found, "We have been clear from the start.\n“Nothing has changed since then"), text,
          speaker="Nancy Faeser",
          kind="name", cue="said", direct=True, mention="Interior Minister Nancy Faeser")
    check(only(found, "the talks were constructive"), text, speaker="Kremlin", kind="institution",
          cue="according to", direct=False)
    check(only(found, "the toll had risen to 85"), text, speaker="Officials", kind="unnamed",
          cue="said", direct=False)
    # Nested single quotes stay inside; straight single quotes are quotes, apostrophes are not.
    check(only(found, "They told us ‘leave now’ and we did"), text, speaker="a resident",
          kind="unnamed", cue="said", direct=True)
    check(only(found, "a grave mistake we don't accept"), text, speaker="Tom Reid", kind="name",
          cue="said", direct=True)
    assert not any(q.text == "leave now" for q in found)


@pytest.mark.slow
def test_french_quote_and_speaker_forms(resources: Resources) -> None:
    text, found = analyse("fr", resources)
    check(only(found, "Nous ne céderons rien"), text, speaker="Gérald Darmanin", kind="pronoun",
          cue="déclaré", direct=True, mention="il")
    check(only(found, "la situation reste tendue"), text, speaker="l'état-major",
          kind="institution", cue="selon", direct=False)
    check(only(found, "La menace est très élevée."), text, speaker="Gérald Darmanin", kind="name",
          cue="déclaré", direct=True, mention="Darmanin")
    check(only(found, "des renforts arriveraient jeudi"), text, speaker="Gérald Darmanin",
          kind="role", cue="ajouté", direct=False,
          mention="Le ministre de l'Intérieur")
    # « re-opened at the next paragraph: one quote.
    check(only(found, "La France est en guerre.\n« Nous devons rester unis"), text,
          speaker="la Première ministre", kind="role",
          cue="affirmé", direct=True)
    # Dash-introduced speech with the speaker after a comma.
    check(only(found, "Nous ne céderons pas"), text, speaker="Gérald Darmanin", kind="role",
          cue="déclaré", direct=True, mention="le ministre")
    check(only(found, "la réforme était nécessaire"), text, speaker="Élisabeth Borne",
          kind="pronoun", cue="estimé", direct=False, mention="Elle")
    check(only(found, "Il nous a dit ‹ partez › et nous sommes partis"), text,
          speaker="un habitant", kind="unnamed", cue="raconté", direct=True)


def test_german_works_from_rules_without_a_parse(resources: Resources) -> None:
    text, found = analyse("de", resources)
    check(only(found, "Die Lage ist sehr ernst"), text, speaker="Boris Pistorius", kind="pronoun",
          cue="sagte", direct=True, mention="er")
    check(only(found, "ist die Gefahr gestiegen"), text, speaker="Bundesinnenministerium",
          kind="institution", cue="laut", direct=False)
    check(only(found, "die Bundeswehr müsse schneller werden"), text, speaker="Boris Pistorius",
          kind="name", cue="sagte", direct=False)
    check(only(found, "Wir brauchen mehr Personal"), text, speaker="Boris Pistorius", kind="name",
          cue="so", direct=True)
    check(only(found, "Wir beobachten die Szene genau."), text, speaker="Faeser", kind="name",
          cue="erklärte", direct=True, mention="Frau Faeser")
    check(only(found, "Die Lage sei angespannt"), text, speaker="ein Diplomat", kind="unnamed",
          cue="sagte", direct=False)


@pytest.mark.slow
def test_spanish_quote_and_speaker_forms(resources: Resources) -> None:
    text, found = analyse("es", resources)
    guillemets, dash = [q for q in found if q.text == "No vamos a ceder"]
    check(guillemets, text, speaker="Fernando Grande-Marlaska", kind="role", cue="dijo",
          direct=True, mention="el ministro")
    check(dash, text, speaker="Fernando Grande-Marlaska", kind="name", cue="dijo", direct=True,
          mention="Grande-Marlaska")
    check(only(found, "Es una cuestión de principios."), text, speaker="Fernando Grande-Marlaska",
          kind="name", cue="dijo", direct=True)
    check(only(found, "los detenidos planeaban un atentado"), text, speaker="Guardia Civil",
          kind="institution", cue="según", direct=False)
    check(only(found, "La situación es grave"), text, speaker="un diplomático", kind="unnamed",
          cue="afirmó", direct=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We don't know, l'État said.", []),
        ("He said 'yes' and left.", ["yes"]),
        ("“A ‘nested’ quote,” she said.", ["A ‘nested’ quote", "nested"]),
        ("„Die Lage“, sagte er.", ["Die Lage"]),
        ("“First.\n\n“Second.”", ["First.\n\n“Second."]),
        ("“Unclosed and\nnot continued.", ["Unclosed and"]),
    ],
)
def test_quote_marks(text: str, expected: list[str]) -> None:
    pairs: Any = (*PAIRS_EN, ("„", "“")) if "„" in text else PAIRS_EN
    assert [text[s.start : s.end] for s in find_marked_spans(text, pairs)] == expected


def test_stage_declares_its_fields() -> None:
    # speakers are read from the people the entities stage found
    assert quotes.STAGE.requires == {"text", "language", "parsed", "mentions"}
    assert quotes.STAGE.assigns == {"quotes"}


def analyse_cues(language: str, resources: Resources) -> tuple[str, tuple[Quote, ...], list[str]]:
    """The ``<language>_cues`` fixture: its quotes and the scare quotes left out of them."""
    text = (FIXTURES / f"{language}_cues.txt").read_text(encoding="utf-8")
    doc = Document(id=language, origin=language, fmt="txt", text=text, language=language)
    doc = parse.STAGE.run(doc, resources)
    found = quotes.STAGE.run(doc, resources).quotes
    scare = [text[a:b] for a, b in scare_quotes(text, language, doc.parsed)]
    return text, found, scare


@pytest.mark.slow
def test_english_scare_quotes_belief_verbs_nominal_cues_possessives(resources: Resources) -> None:
    text, found, scare = analyse_cues("en", resources)
    # No cue governs "reform package": a scare quote, kept out of the quotes.
    assert scare == ["reform package"]
    assert not any("reform package" in q.text for q in found)
    # A partial quote inside the complement of "said": the quote, and the clause around it
    # as the content of the same cue.
    partial = only(found, "a disaster waiting to happen")
    check(partial, text, speaker="Mark Dunn", kind="name", cue="said", direct=True,
          mention="Senator Mark Dunn")
    clause = only(found, "the budget was “a disaster waiting to happen” for the city")
    check(clause, text, speaker="Mark Dunn", kind="name", cue="said", direct=False)
    assert clause.cue_start == partial.cue_start
    # Possessive speaker: the campaign speaks, as an institution.
    check(only(found, "the poll had undercounted voters in the suburbs"), text,
          speaker="Dunn's campaign",
          kind="institution", cue="said", direct=False)
    # Belief verb with an infinitive clause; the surname takes the full name.
    check(only(found, "the new tax to raise about $40 million next year"), text,
          speaker="Linda Carver", kind="name",
          cue="expects", direct=False, mention="Carver")
    # Nominal cue; its possessor is a pronoun resolved to the nearest woman.
    check(only(found, "the old bridge would close"), text, speaker="Linda Carver", kind="pronoun",
          cue="announcement",
          direct=False, mention="Her")
    # Stance verb: the noun-phrase object is the content.
    check(only(found, "the mayor's handling of the spring floods"), text, speaker="Mark Dunn",
          kind="name",
          cue="criticized", direct=False, mention="Dunn")
    # A naming verb whose object complement is a quote reports the critics' words.
    check(only(found, "a gift to developers"), text, speaker="Critics", kind="unnamed",
          cue="called", direct=True)


@pytest.mark.slow
def test_french_scare_quotes_and_belief_verbs(resources: Resources) -> None:
    text, found, scare = analyse_cues("fr", resources)
    assert scare == ["réforme fiscale"]
    assert not any("réforme fiscale" in q.text for q in found)
    check(only(found, "une catastrophe annoncée"), text, speaker="Paul Marchand", kind="name",
          cue="affirmé", direct=True,
          mention="Le sénateur Paul Marchand")
    check(only(found, "le budget était « une catastrophe annoncée » pour la ville"), text,
          speaker="Paul Marchand",
          kind="name", cue="affirmé", direct=False)
    check(only(found, "la nouvelle taxe rapportera quarante millions d'euros"), text,
          speaker="Sophie Lemaire",
          kind="name", cue="espère", direct=False, mention="Lemaire")
    check(only(found, "la gestion des inondations par la mairie"), text, speaker="Paul Marchand",
          kind="name",
          cue="critiqué", direct=False)


@pytest.mark.slow
def test_spanish_scare_quotes_and_stance_verbs(resources: Resources) -> None:
    text, found, scare = analyse_cues("es", resources)
    assert scare == ["reforma fiscal"]
    check(only(found, "un desastre anunciado"), text, speaker="Andrés Molina", kind="name",
          cue="dijo", direct=True,
          mention="El concejal Andrés Molina")
    check(only(found, "la gestión de las inundaciones por parte del ayuntamiento"), text,
          speaker="Andrés Molina",
          kind="name", cue="criticó", direct=False, mention="Molina")


def test_german_without_a_parse_keeps_partial_quotes_by_rules() -> None:
    # No German pipeline: the frame rules attribute a partial quote; nothing is judged scare.
    text = (
        "Pistorius sagte, die Armee stehe vor „einer sehr ernsten Lage“ "
        "nach Jahren der Kürzungen."
    )
    found = quotes.extract_quotes(text, "de", None)
    assert [q.text for q in found if q.direct] == ["einer sehr ernsten Lage"]
    assert scare_quotes(text, "de", None) == []


def test_stance_needs_a_holder_and_unnamed_sources_keep_their_description() -> None:
    """A stance verb's object is attributed only to someone who can hold a stance, and an
    unnamed source keeps the words that describe it (found through the signals tests)."""
    import importlib

    from sourcetrace.core.pipeline import Pipeline
    from sourcetrace.core.resources import Resources
    from sourcetrace.model import Document

    stages = [importlib.import_module(f"sourcetrace.capabilities.{name}.stage").STAGE
              for name in ("parse", "entities", "quotes")]
    pipeline = Pipeline(stages, given={"text", "language"})
    cases = {
        "fr": "Ce vote consiste à défendre notre identité face à ceux qui veulent la changer.",
        "en": "The minister will resign on Friday, sources close to the government said. "
              "The interior minister condemned the attack on the mosque.",
    }
    docs = [Document(id=k, origin=k, fmt="txt", text=v, language=k) for k, v in cases.items()]
    fr, en = (o.document for o in pipeline.run_batch(docs, Resources()))
    assert fr is not None and en is not None
    assert fr.quotes == ()
    speakers = {q.text: q.speaker_text for q in en.quotes}
    assert speakers["The minister will resign on Friday"] == "sources close to the government"
    assert speakers["the attack on the mosque"] == "The interior minister"
