"""Speakers named by a description of an organisation or a document (issue 12): "the
group", "la proveedora", "die Behörde" stand for the organisation named earlier; each case
has a must-find and a close must-not-find one (a description that fits no earlier name
stays unlinked)."""

from __future__ import annotations

import pytest

from sourcetrace.core.resources import Resources
from sourcetrace.model import Quote
from tests.stages.quoting import by_text, resources, run

__all__ = ["resources"]  # the module-scoped fixture, shared with the other quote tests


def _ref(text: str, quote: Quote) -> str | None:
    if quote.speaker_ref_start is None or quote.speaker_ref_end is None:
        return None
    return text[quote.speaker_ref_start : quote.speaker_ref_end]


def _quote(found: tuple[Quote, ...], start: str) -> Quote:
    return next(q for q in found if q.text.startswith(start))


@pytest.mark.slow
def test_english_group_and_agency_link_to_the_earlier_organisation(resources: Resources) -> None:
    text = (
        "Gun rules debated\n\n"
        "Senator Paul Weber met the National Rifle Association on Monday. "
        "“We back the plan in full,” the group said.\n\n"
        "The Centers for Disease Control and Prevention published new numbers. "
        "The federal agency said that cases had risen fourfold since 2000.\n"
    )
    found = run(text, "en", resources)
    group = by_text(found)["We back the plan in full"]
    assert group.speaker_text == "the group"
    assert _ref(text, group) == "National Rifle Association"
    agency = _quote(found, "cases had risen")
    assert (agency.speaker_text or "").lower() == "the federal agency"
    assert _ref(text, agency) == "Centers for Disease Control and Prevention"
    # Must not: with no organisation named before, the description stays unlinked.
    alone = "Gun rules debated\n\n“We back the plan in full,” the group said.\n"
    quote = by_text(run(alone, "en", resources))["We back the plan in full"]
    assert quote.speaker_text == "the group"
    assert quote.speaker_ref_start is None


@pytest.mark.slow
def test_english_report_links_to_its_issuer_only_when_the_article_names_it(
    resources: Resources,
) -> None:
    text = (
        "Disease on the rise\n\n"
        "A new report by the Centers for Disease Control and Prevention came out on Tuesday. "
        "The report said that about 5,000 people were diagnosed in 2015.\n"
    )
    quote = _quote(run(text, "en", resources), "about 5,000 people")
    assert _ref(text, quote) == "Centers for Disease Control and Prevention"
    # Must not: the organisation is named, but never as the report's issuer.
    other = (
        "Disease on the rise\n\n"
        "The Centers for Disease Control and Prevention has a new director. "
        "A new report came out on Tuesday. "
        "The report said that about 5,000 people were diagnosed in 2015.\n"
    )
    quote = _quote(run(other, "en", resources), "about 5,000 people")
    assert (quote.speaker_text or "").lower() == "the report"
    assert quote.speaker_ref_start is None


@pytest.mark.slow
def test_french_ministry_links_to_the_earlier_agency(resources: Resources) -> None:
    text = (
        "Essais militaires\n\n"
        "Le ministère de la Défense de Russie a publié des documents jeudi. "
        "« Nous avons trouvé des laboratoires », a déclaré le ministère.\n"
    )
    quote = by_text(run(text, "fr", resources))["Nous avons trouvé des laboratoires"]
    assert quote.speaker_text == "le ministère"
    assert _ref(text, quote) is not None
    assert "Défense" in (_ref(text, quote) or "")
    # Must not: a description that fits no earlier name keeps no link.
    alone = "Essais militaires\n\n« Nous avons trouvé des laboratoires », a déclaré le ministère.\n"
    quote = by_text(run(alone, "fr", resources))["Nous avons trouvé des laboratoires"]
    assert quote.speaker_ref_start is None


@pytest.mark.slow
def test_spanish_supplier_links_to_the_company(resources: Resources) -> None:
    text = (
        "Corte de gas\n\n"
        "Gazprom redujo el envío de gas a Europa el martes. "
        "«No se recibió ninguna solicitud», afirmó la proveedora.\n"
    )
    quote = by_text(run(text, "es", resources))["No se recibió ninguna solicitud"]
    assert quote.speaker_text == "la proveedora"
    assert _ref(text, quote) == "Gazprom"
    # Must not: a person named before is no supplier.
    person = (
        "Corte de gas\n\n"
        "Pedro Sánchez habló el martes. "
        "«No se recibió ninguna solicitud», afirmó la proveedora.\n"
    )
    quote = by_text(run(person, "es", resources))["No se recibió ninguna solicitud"]
    assert quote.speaker_ref_start is None


@pytest.mark.slow
def test_german_authority_links_to_the_earlier_agency(resources: Resources) -> None:
    text = (
        "Warnung vor Angriffen\n\n"
        "Der Verfassungsschutz legte am Dienstag neue Zahlen vor. "
        "Die Behörde sagte, die Zahl der Angriffe sei deutlich gestiegen.\n"
    )
    quote = _quote(run(text, "de", resources), "die Zahl der Angriffe")
    assert quote.speaker_text == "Behörde"
    assert _ref(text, quote) == "Verfassungsschutz"
    # Must not: with no organisation named before, the authority stays unlinked.
    alone = "Warnung vor Angriffen\n\nDie Behörde sagte, die Zahl der Angriffe sei gestiegen.\n"
    quote = _quote(run(alone, "de", resources), "die Zahl der Angriffe")
    assert quote.speaker_ref_start is None


@pytest.mark.slow
def test_german_speaker_span_ends_at_the_name(resources: Resources) -> None:
    """German has no parse: the words read back from the cue run past the subject into
    its verb ("wusste bereits Anfang Dezember zu berichten"); the speaker ends at the name."""
    text = (
        "Neue Variante\n\n"
        "Bundesgesundheitsminister Karl Lauterbach wusste bereits Anfang Dezember zu "
        "berichten, dass die neue Variante für Kinder gefährlich sei.\n"
    )
    quote = _quote(run(text, "de", resources), "die neue Variante")
    assert quote.speaker_text == "Karl Lauterbach"
    assert quote.speaker_end is not None and text[: quote.speaker_end].endswith("Lauterbach")
    # Must not: a name inside a phrase that is no subject ("Ein Brief an Karl Lauterbach
    # …") is not cut out as the speaker.
    other = (
        "Neue Variante\n\n"
        "Ein Brief an Karl Lauterbach wusste zu berichten, dass die neue Variante für "
        "Kinder gefährlich sei.\n"
    )
    quote = _quote(run(other, "de", resources), "die neue Variante")
    assert quote.speaker_text != "Karl Lauterbach"


@pytest.mark.slow
def test_a_description_with_its_own_complement_needs_a_name_with_its_noun(
    resources: Resources,
) -> None:
    text = (
        "Laboratoires\n\n"
        "Le ministère de la Défense de Russie a publié des documents jeudi. "
        "L'agence américaine DTRA a financé des projets. "
        "« Nous avons trouvé des laboratoires », a déclaré le ministère de la défense.\n"
    )
    quote = by_text(run(text, "fr", resources))["Nous avons trouvé des laboratoires"]
    assert "Défense" in (_ref(text, quote) or "")
    # Must not: without a ministry named before, the nearer agency does not stand for
    # "le ministère de la défense".
    other = (
        "Laboratoires\n\n"
        "L'agence américaine DTRA a financé des projets. "
        "« Nous avons trouvé des laboratoires », a déclaré le ministère de la défense.\n"
    )
    quote = by_text(run(other, "fr", resources))["Nous avons trouvé des laboratoires"]
    assert quote.speaker_ref_start is None


@pytest.mark.slow
def test_an_organisation_in_the_complement_is_not_the_head(resources: Resources) -> None:
    lead = (
        "Chiffres\n\nLe gouvernement espagnol a fermé ses écoles à Madrid jeudi. "
        "L'Espagne compte 50 provinces.\n\n"
    )
    said = lead + "« Huit provinces n'ont aucune clinique », a déclaré le gouvernement.\n"
    quote = by_text(run(said, "fr", resources))["Huit provinces n'ont aucune clinique"]
    assert _ref(said, quote) == "Espagne"
    # Must not: "les données du gouvernement" are data; their head noun describes no
    # organisation, so they speak for nobody the article named.
    data = lead + (
        "« Huit provinces n'ont aucune clinique », indiquent les dernières données du "
        "gouvernement.\n"
    )
    quote = by_text(run(data, "fr", resources))["Huit provinces n'ont aucune clinique"]
    assert quote.speaker_text == "les dernières données du gouvernement"
    assert quote.speaker_ref_start is None
