"""Speakers carried from one attribution to the next, seen on real news (issue 12): each
class with a must-find case and a close must-not case, on short texts we wrote in the
style of real reports."""

from __future__ import annotations

from collections import Counter

import pytest

from sourcetrace.capabilities.quotes.attribution import FrameReader
from sourcetrace.capabilities.quotes.people import People
from sourcetrace.capabilities.quotes.reported import find_colon_leads
from sourcetrace.capabilities.quotes.speakers import SpeakerReader
from sourcetrace.core.resources import Resources
from sourcetrace.lang import get_pack
from sourcetrace.model import Quote
from sourcetrace.text.segments import paragraphs
from tests.stages.quoting import by_text, resources, run

__all__ = ["resources"]


def _starting(found: tuple[Quote, ...], words: str) -> Quote:
    hits = [q for q in found if q.text.startswith(words)]
    assert hits, [q.text for q in found]
    return hits[0]


@pytest.mark.slow
def test_a_verb_without_a_subject_is_said_by_the_previous_speaker(resources: Resources) -> None:
    text = (
        "Robos de autos\n\n"
        "El investigador Hugo Bustos aseguró que no mostró todo el material que recabó. "
        "Comentó que si mostrara todas las evidencias habría un escándalo mayor.\n\n"
        "Señaló que 112 vehículos robados fueron traídos de manera ilegal al país.\n"
    )
    found = run(text, "es", resources)
    assert _starting(found, "si mostrara").speaker_text == "Hugo Bustos"
    assert _starting(found, "112 vehículos").speaker_text == "Hugo Bustos"
    # Must not: an impersonal "se informó" names no one, even after a speaker.
    impersonal = (
        "Robos de autos\n\n"
        "El investigador Hugo Bustos aseguró que no mostró todo el material que recabó. "
        "Se informó que la policía abrió una nueva investigación sobre los vehículos.\n"
    )
    found = run(impersonal, "es", resources)
    assert _starting(found, "no mostró").speaker_text == "Hugo Bustos"
    assert not [q for q in found if q.text.startswith("la policía") and q.speaker_text]


@pytest.mark.slow
def test_a_participle_shares_the_subject_of_its_clause(resources: Resources) -> None:
    text = (
        "Pipeline vote\n\n"
        "Senator Mary Holt criticised the plan on Tuesday, adding: “We will not vote for a "
        "pipeline that nobody here wants.”\n"
    )
    quote = _starting(run(text, "en", resources), "We will not vote")
    assert quote.speaker_text == "Mary Holt"
    # Must not: a participle after a person set off by commas is that person's words.
    text = (
        "Gas dispute\n\n"
        "La medida coincide con declaraciones del canciller ucraniano, Dmytro Kalenko, "
        "tildando de “engaño de los países europeos” la demora de la candidatura.\n"
    )
    quote = by_text(run(text, "es", resources))["engaño de los países europeos"]
    assert quote.speaker_text == "Dmytro Kalenko"


@pytest.mark.slow
def test_a_pronoun_goes_to_the_previous_speaker_not_a_nearer_object(
    resources: Resources,
) -> None:
    text = (
        "Sommet du G7\n\n"
        "«La Russie ne peut ni ne doit gagner la guerre», a insisté le chef de l’État "
        "Emmanuel Macron, en oubliant ses velléités de dialogue avec Vladimir Poutine. "
        "«Nous devons être unis à Madrid», a-t-il insisté.\n"
    )
    quote = by_text(run(text, "fr", resources))["Nous devons être unis à Madrid"]
    assert quote.speaker_text == "Emmanuel Macron"
    # Must not: a person named since then who is the subject of their own clause is nearer.
    text = (
        "Menaces\n\n"
        "«Le conflit se terminera quand l’Ukraine déposera les armes», a affirmé le "
        "porte-parole Dmitri Peskov. Dans le même temps, l’ancien président Dmitri "
        "Medvedev se faisait belliqueux : «Ce sera la troisième guerre mondiale», a-t-il "
        "prévenu.\n"
    )
    quote = by_text(run(text, "fr", resources))["Ce sera la troisième guerre mondiale"]
    assert quote.speaker_text == "Dmitri Medvedev"


@pytest.mark.slow
def test_a_lead_ending_with_a_colon_gives_its_subject(resources: Resources) -> None:
    text = (
        "Attack in the city\n\n"
        "When the mayor died in 1998, President Alan Ward released the following statement:"
        "\n\n“Our thoughts are with the family and friends of the mayor tonight.”\n"
    )
    quote = _starting(run(text, "en", resources), "Our thoughts are with")
    assert quote.speaker_text == "Alan Ward"
    # Must not: a lead that ends with a full stop introduces nothing.
    plain = text.replace("statement:", "statement.")
    assert _starting(run(plain, "en", resources), "Our thoughts are with").speaker_text is None


@pytest.mark.slow
def test_quotes_go_on_after_their_frame_but_not_after_narrative(resources: Resources) -> None:
    text = (
        "A new book\n\n"
        "“Before long, the senator was a serial tweeter,” he continued. “Not everyone, of "
        "course, was thrilled by this new development in the campaign.”\n"
    )
    found = run("Author Paul Strand wrote a book.\n\n" + text, "en", resources)
    assert _starting(found, "Not everyone").speaker_text == "Paul Strand"
    # Must not: after a paragraph of the article's own narrative, no one is quoted.
    narrative = (
        "Author Paul Strand wrote a book.\n\n"
        "“Before long, the senator was a serial tweeter,” he continued.\n\n"
        "The book sold forty thousand copies in its first month and was printed again in "
        "the spring, when the campaign began.\n\n"
        "“Not everyone, of course, was thrilled by this new development in the campaign.”\n"
    )
    assert _starting(run(narrative, "en", resources), "Not everyone").speaker_text is None


@pytest.mark.slow
def test_the_one_spoken_to_after_the_cue_never_speaks(resources: Resources) -> None:
    text = (
        "Autos robados\n\n"
        "El investigador Hugo Bustos habló de la corrupción. “Yo le diría que un 90% los "
        "tienen policías y militares”, dijo a la red Erbol.\n\n"
        "“No se recibió ninguna queja de las contrapartes”, dijo a la prensa el ministro "
        "José Pérez.\n"
    )
    found = run(text, "es", resources)
    assert "Erbol" not in (_starting(found, "Yo le diría").speaker_text or "")
    # Must not: the speaker after the one spoken to is still read.
    assert _starting(found, "No se recibió").speaker_text == "José Pérez"


@pytest.mark.slow
def test_german_subject_after_the_verb(resources: Resources) -> None:
    text = (
        "Raumfahrt\n\n"
        "Am Montag hatte der Chef der Raumfahrtbehörde, Dmitri Rogosin, gesagt: „Das ist "
        "eine Bedrohung für das Volk.“ Dann schrieb er: „Deshalb lasst uns dem ein Ende "
        "bereiten.“\n\n"
        "Das sagt Parteichefin Janine Wissler: „Die Aufdeckung von Kriegsverbrechen ist "
        "kein Verbrechen.“\n"
    )
    found = run(text, "de", resources)
    assert _starting(found, "Deshalb lasst uns").speaker_text == "Dmitri Rogosin"
    assert _starting(found, "Die Aufdeckung").speaker_text == "Janine Wissler"
    # Must not: a name before the verb stays the speaker.
    plain = "Raumfahrt\n\nMerkel sagte: „Das ist eine Bedrohung für das Volk.“\n"
    assert _starting(run(plain, "de", resources), "Das ist eine").speaker_text == "Merkel"


@pytest.mark.slow
def test_a_name_in_apposition_after_a_title_speaks(resources: Resources) -> None:
    text = (
        "Hôpitaux\n\n"
        "Le président du conseil scientifique, le professeur Jean Delmas, estimait que des "
        "tensions pourraient se faire jour dans le système hospitalier.\n"
    )
    quote = _starting(run(text, "fr", resources), "des tensions")
    assert quote.speaker_text == "Jean Delmas"
    # Must not: a title without a name stays the speaker it is.
    bare = text.replace(", le professeur Jean Delmas,", "")
    assert "Delmas" not in (_starting(run(bare, "fr", resources), "des tensions").speaker_text
                            or "")


@pytest.mark.slow
def test_a_paragraph_opening_subject_speaks(resources: Resources) -> None:
    text = (
        "Gas\n\n"
        "El operador anunció la interrupción del tránsito.\n\n"
        "Gazprom concluyó que es tecnológicamente imposible transferir volúmenes a Sudzha.\n"
    )
    quote = _starting(run(text, "es", resources), "es tecnológicamente")
    assert quote.speaker_text == "Gazprom"


def test_a_link_line_is_no_headline_attribution() -> None:
    text = (
        "Covid\n\n"
        "Mire: El cantante Juan Luis Guerra da positivo a la enfermedad\n\n"
        "Sánchez: España no cederá ante el chantaje de nadie\n"
    )
    speech = get_pack("es").speech
    people = People(text, speech, None, [], [])
    frames = FrameReader(text, speech, None, SpeakerReader(text, speech, None, people))
    for word in ("Mire", "Sánchez"):
        start = text.index(word)
        for k in range(start, start + len(word)):
            frames.speakers.labels[k] = "PER"  # as a parser that tags both would
    leads = find_colon_leads(text, paragraphs(text), frames, [])
    speakers = [r.attribution.speaker.text for r in leads if r.attribution.speaker]
    assert "Mire" not in speakers
    # Must not: a name before the colon still attributes the headline.
    assert speakers == ["Sánchez"]


@pytest.mark.slow
def test_one_quoted_span_is_reported_once(resources: Resources) -> None:
    text = (
        "Gas\n\n"
        "La operadora anunció ayer que desde el miércoles interrumpirá el tránsito por "
        "«causas de fuerza mayor», arguyendo que «las acciones de los ocupantes llevaron a "
        "la interrupción del tránsito de gas», según un comunicado.\n"
    )
    found = run(text, "es", resources)
    counts = Counter((q.start, q.end, q.direct) for q in found)
    assert counts and max(counts.values()) == 1


@pytest.mark.slow
def test_an_institution_keeps_its_name_in_brackets(resources: Resources) -> None:
    text = (
        "Gas\n\n"
        "La operadora de la red de transmisión de gas de Ucrania (Gtsou) anunció ayer que "
        "interrumpirá el tránsito de un tercio del gas.\n"
    )
    quote = _starting(run(text, "es", resources), "interrumpirá")
    assert quote.speaker_ref_start is not None and quote.speaker_ref_end is not None
    assert text[quote.speaker_ref_start : quote.speaker_ref_end] == "Gtsou"
    assert quote.speaker_text == "operadora de la red de transmisión de gas de Ucrania"
    # Must not: without a name in brackets, no part of the phrase stands for it.
    bare = text.replace(" (Gtsou)", "")
    assert _starting(run(bare, "es", resources), "interrumpirá").speaker_ref_start is None


@pytest.mark.slow
def test_a_role_complement_is_no_person(resources: Resources) -> None:
    text = (
        "Denuncia\n\n"
        "La secretaria de Estado, señaló que espero que la justicia penal sea la que "
        "investigue el caso.\n"
    )
    quote = _starting(run(text, "es", resources), "espero que")
    assert quote.speaker_text != "Estado" and quote.speaker_kind == "role"
    # Must not: a person named after the title still speaks.
    named = text.replace("La secretaria de Estado,", "La secretaria Antonia Orellana")
    assert _starting(run(named, "es", resources), "espero que").speaker_text == (
        "Antonia Orellana")


@pytest.mark.slow
def test_a_document_speaks_for_the_issuer_it_names(resources: Resources) -> None:
    text = (
        "Immigration\n\n"
        "Les études de l'Insee et de l'Ined confirment en outre que l'ascenseur social "
        "fonctionne au niveau scolaire.\n"
    )
    quote = _starting(run(text, "fr", resources), "l'ascenseur social")
    assert quote.speaker_text == "l'Insee"
    # Must not: a document without an issuer named stays a document.
    bare = text.replace("Les études de l'Insee et de l'Ined", "Les études récentes")
    assert "Insee" not in (_starting(run(bare, "fr", resources), "l'ascenseur social")
                           .speaker_text or "")
