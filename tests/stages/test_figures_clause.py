"""Figure classes seen on real news (issue 12): a rate anywhere in the figure's clause,
tolls that count the dead, and vague plurals as ranges. Each with a must-find and a
close must-not-find case, on sentences we wrote in en, fr, de and es."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from sourcetrace.capabilities.figures.stage import extract_figures, patterns_for
from sourcetrace.core.resources import Resources

RESOURCES = Resources()


def one(language: str, text: str, number: str) -> Any:
    nlp = RESOURCES.spacy(language, required=False)
    parsed = nlp(text) if nlp is not None else None
    found = [
        f for f in extract_figures(text, patterns_for(language, RESOURCES), parsed)
        if number in f.text
    ]
    assert len(found) == 1, found
    return found[0]


RATES = [
    ("en", "About 60 migrants cross the border every day, the police chief said.", "60"),
    ("en", "Each day, around 60 people are brought over the river.", "60"),
    ("fr", "Chaque jour, environ 60 personnes traversent la rivière.", "60"),
    ("fr", "Environ 60 migrants traversent la frontière chaque jour.", "60"),
    ("es", "Cada día, unas 60 personas cruzan la frontera.", "60"),
    ("de", "Jeden Tag kommen rund 60 Menschen über den Fluss.", "60"),
]


@pytest.mark.parametrize(("language", "text", "number"), RATES, ids=[r[1][:40] for r in RATES])
def test_rate_anywhere_in_the_clause(language: str, text: str, number: str) -> None:
    assert one(language, text, number).per == "day"


NO_RATES = [
    # The rate belongs to another clause (after a full stop or a semicolon).
    ("en", "About 60 migrants crossed the border. Patrols run every day.", "60"),
    ("fr", "Environ 60 migrants ont traversé la frontière ; les patrouilles passent chaque "
           "jour.", "60"),
    ("es", "Unas 60 personas cruzaron la frontera. Las patrullas pasan cada día.", "60"),
    # A duration is not a rate of itself.
    ("en", "Every day for three weeks the shelling went on.", "three"),
]


@pytest.mark.parametrize(("language", "text", "number"), NO_RATES,
                         ids=[r[1][:40] for r in NO_RATES])
def test_rate_of_another_clause_is_not_taken(language: str, text: str, number: str) -> None:
    assert one(language, text, number).per is None


def test_toll_counts_the_dead() -> None:
    assert one("en", "The death toll rose to 133 on Sunday.", "133").counted == "death"
    assert one("fr", "Le bilan s'est alourdi à 133 dans la nuit.", "133").counted == "death"
    assert one("es", "El balance de muertos subió a 133.", "133").counted == "death"
    assert one("de", "Die Zahl der Toten stieg auf 133.", "133").counted == "death"
    # Must not: a bare figure with no toll before it counts nothing.
    assert one("en", "The index rose to 133 on Sunday.", "133").counted is None
    # Must not: a counted noun of its own wins over the toll.
    assert one("en", "The death toll rose to 133 people.", "133").counted == "person"


def test_vague_plurals_are_ranges() -> None:
    hundreds = one("en", "Hundreds of people gathered at the station.", "Hundreds")
    # The convention of benchmarks/realtext: a vague plural of N is N to 10N - 1.
    assert (hundreds.value, hundreds.low, hundreds.high) == (None, 100.0, 999.0)
    assert hundreds.counted == "person"  # read after "of"
    cientos = one("es", "Cientos de personas se reunieron en la plaza.", "Cientos")
    assert (cientos.value, cientos.low, cientos.high) == (None, 100.0, 999.0)
    assert cientos.counted == "person"
    thousands = one("en", "Thousands of residents fled the city.", "Thousands")
    assert (thousands.low, thousands.high) == (1000.0, 9999.0)
    milliers = one("fr", "Des milliers de manifestants ont défilé.", "milliers")
    assert (milliers.low, milliers.high, milliers.counted) == (1000.0, 9999.0, "protester")
    millions = one("en", "The campaign spent millions of dollars on ads.", "millions")
    assert (millions.low, millions.high, millions.currency) == (1e6, 1e7 - 1, "USD")
    # Must not: "hundreds of billions" scales the next number; it is no range of its own.
    scaled = one("en", "They trade hundreds of billions of dollars a year.", "hundreds")
    assert scaled.low is None
    # Must not: an exact "a hundred" stays a single value.
    exact = one("en", "A hundred people gathered at the station.", "hundred")
    assert exact.value == 100.0 and exact.low is None


def test_several_hundred_is_a_range() -> None:
    several = one("en", "Several hundred protesters marched on the ministry.", "hundred")
    assert (several.value, several.low, several.high) == (None, 100.0, 999.0)
    plusieurs = one("fr", "Plusieurs milliers de personnes ont fui.", "milliers")
    assert (plusieurs.low, plusieurs.high) == (1000.0, 9999.0)
    # Must not: a number before the power of ten makes it exact.
    exact = one("en", "Three hundred protesters marched on the ministry.", "hundred")
    assert (exact.value, exact.low) == (300.0, None)


APPROXIMATE = [
    ("fr", "Près d'un millier de personnes ont été admises.", "millier", 1000.0, "about"),
    ("fr", "Une dizaine de blessés ont été soignés sur place.", "dizaine", 10.0, "about"),
    ("fr", "Plus d'une centaine de policiers ont été déployés.", "centaine", 100.0, "more than"),
    ("es", "Una decena de heridos fueron trasladados.", "decena", 10.0, "about"),
]


@pytest.mark.parametrize(("language", "text", "number", "value", "qualifier"), APPROXIMATE,
                         ids=[a[1][:30] for a in APPROXIMATE])
def test_scale_nouns_are_approximate(language: str, text: str, number: str, value: float,
                                     qualifier: str) -> None:
    figure = one(language, text, number)
    assert (figure.value, figure.qualifier) == (value, qualifier)
    assert figure.counted is not None


def test_scale_noun_after_an_exact_number_stays_exact() -> None:
    # Must not: "deux millions" is a number with a scale, not "about".
    figure = one("fr", "Deux millions de personnes ont voté.", "millions")
    assert (figure.value, figure.qualifier) == (2e6, None)


KEYS = [
    ("en", "About 60 people crossed the border.", "60", "person"),
    ("fr", "Environ 60 personnes ont traversé la frontière.", "60", "person"),
    ("es", "Unas 60 personas cruzaron la frontera.", "60", "person"),
    ("de", "Rund 60 Menschen überquerten die Grenze.", "60", "person"),
    ("fr", "Au moins 12 soldats ont été tués.", "12", "soldier"),
    ("es", "Al menos 12 soldados murieron.", "12", "soldier"),
    ("de", "Mindestens 12 Soldaten starben.", "12", "soldier"),
    ("fr", "Douze morts ont été recensés.", "Douze", "death"),
    ("de", "Tausend Kriegsflüchtlinge kamen an.", "Tausend", "refugee"),
    ("en", "About 5,000 Americans live there.", "5,000", "person"),
]


@pytest.mark.parametrize(("language", "text", "number", "key"), KEYS,
                         ids=[k[1][:30] for k in KEYS])
def test_counted_key_is_language_neutral(language: str, text: str, number: str,
                                         key: str) -> None:
    assert one(language, text, number).counted == key


def test_unlisted_counted_noun_keeps_its_lemma() -> None:
    # Must not: a noun with no key is not forced onto a listed one.
    assert one("fr", "Trois girafes ont été vues.", "Trois").counted == "girafe"


ADJECTIVE_RATES = [
    ("en", "Up to 12,000 people were crossing the border daily at the peak.", "12,000", "day"),
    ("en", "The annual cost of treating the disease is about $434 million.", "434", "year"),
    ("fr", "Le nombre de cas quotidiens s'élève à 100 000 en moyenne.", "100 000", "day"),
    ("es", "Los contagios diarios superan los 5.000 en la capital.", "5.000", "day"),
    ("de", "Die Behörde registriert monatlich rund 1.500 Anträge.", "1.500", "month"),
]


@pytest.mark.parametrize(("language", "text", "number", "per"), ADJECTIVE_RATES,
                         ids=[a[1][:30] for a in ADJECTIVE_RATES])
def test_rate_adjective_or_adverb_in_the_clause(language: str, text: str, number: str,
                                                per: str) -> None:
    assert one(language, text, number).per == per


def test_a_newspaper_name_is_not_a_rate() -> None:
    # Must not: "Daily" in a name, capitalised mid-clause, gives no rate.
    assert one("en", "Twelve people told the Daily Mail they saw it.", "Twelve").per is None
    # Must not: a percentage in a clause with a rate adjective is a share, not a rate.
    assert one("fr", "Les cas quotidiens sont en hausse de 60 % sur la semaine.", "60").per is None


NUMBER_OF = [
    ("en", "The number of migrants rose to 1,200 last year.", "1,200", "migrant"),
    ("fr", "Le nombre de cas quotidiens s'élève à 100 000 en moyenne.", "100 000", "case"),
    ("fr", "Le nombre d'admissions a atteint 900 samedi.", "900", "admission"),
    ("es", "El número de detenidos llegó a 40 el lunes.", "40", "detainee"),
    ("de", "Die Zahl der Asylanträge stieg auf 40.000.", "40.000", "asylum seeker"),
]


@pytest.mark.parametrize(("language", "text", "number", "key"), NUMBER_OF,
                         ids=[n[1][:30] for n in NUMBER_OF])
def test_the_number_of_x_counts_x(language: str, text: str, number: str, key: str) -> None:
    assert one(language, text, number).counted == key


def test_the_number_refers_to_what_the_sentence_before_counts() -> None:
    text = ("About 60 migrants cross the border every day, the police chief said. The "
            "agency estimated the number at between 1,200 and 2,000 per month.")
    assert one("en", text, "1,200").counted == "migrant"
    french = ("Environ 60 migrants traversent chaque jour. L'agence estime ce nombre à "
              "1 500 par mois.")
    assert one("fr", french, "1 500").counted == "migrant"
    # Must not: a bare figure with no "the number" before it borrows nothing.
    plain = ("About 60 migrants cross the border every day. The bridge was closed at 9 "
             "and reopened after 40 minutes, with 300 on the waiting list.")
    assert one("en", plain, "300").counted is None


def test_headline_figures_come_after_the_body_with_their_field() -> None:
    from sourcetrace.capabilities.figures.stage import headline_figures
    from sourcetrace.model import Document

    doc = Document(id="d", origin="", fmt="txt", title="FIVE DEAD IN HARBOUR FIRE",
                   text="Three people died in the fire.", language="en")
    (figure,) = headline_figures(doc, patterns_for("en", RESOURCES))
    assert (figure.field, figure.text, figure.value, figure.counted) == (
        "headline", "FIVE", 5.0, "death")
    # Must not: a headline with no figure gives none, and a body figure stays in the body.
    assert headline_figures(dataclasses.replace(doc, title="Harbour fire"),
                            patterns_for("en", RESOURCES)) == ()


PEOPLE_VERBS = [
    ("en", "In the attack 84 were killed and roughly 200 wounded.", "84"),
    ("en", "In the attack 84 were killed and roughly 200 wounded.", "roughly 200"),
    ("en", "The bomb killed over 140,000 in a single day.", "140,000"),
    ("fr", "Dans l'attaque, 12 ont été tués.", "12"),
    ("es", "Ayer 40 fueron detenidos en la capital.", "40"),
    ("de", "Am Montag wurden 12 festgenommen.", "12"),
]


@pytest.mark.parametrize(("language", "text", "number"), PEOPLE_VERBS,
                         ids=[p[1][:30] + p[2] for p in PEOPLE_VERBS])
def test_a_bare_figure_people_undergo_counts_people(language: str, text: str,
                                                    number: str) -> None:
    assert one(language, text, number).counted == "person"


def test_a_bare_figure_far_from_such_a_verb_counts_nothing() -> None:
    # Must not: the verb belongs to another part of the sentence.
    text = "The index rose to 84 on a day when markets were quiet and two people were killed."
    assert one("en", text, "84").counted is None


QUALIFIERS = [
    ("es", "Obtuvo más del 60 % de los votos.", "60", "more than"),
    ("fr", "Ils gardent quelques 500 km de frontière.", "500", "about"),
    ("de", "Die Exklave macht nicht einmal 0,1 Prozent der Fläche aus.", "0,1", "less than"),
    ("en", "The enclave is not even 0.1 percent of the territory.", "0.1", "less than"),
]


@pytest.mark.parametrize(("language", "text", "number", "qualifier"), QUALIFIERS,
                         ids=[q[1][:30] for q in QUALIFIERS])
def test_more_qualifiers(language: str, text: str, number: str, qualifier: str) -> None:
    assert one(language, text, number).qualifier == qualifier


def test_a_rate_goes_with_the_nearest_figure_of_its_clause() -> None:
    text = ("Plus de 16 000 personnes sont hospitalisées, avec près d'un millier "
            "d'admissions quotidiennes.")
    assert one("fr", text, "millier").per == "day"
    assert one("fr", text, "millier").counted == "admission"  # after "d'"
    # Must not: the figure before the other one does not take its rate.
    assert one("fr", text, "16 000").per is None


def test_counted_noun_after_adjectives() -> None:
    text = "Près de 100 000 nouveaux cas quotidiens étaient relevés."
    figure = one("fr", text, "100 000")
    assert (figure.counted, figure.per) == ("case", "day")


def test_title_case_headline_figures_are_read() -> None:
    from sourcetrace.capabilities.figures.stage import headline_figures
    from sourcetrace.model import Document

    doc = Document(id="d", origin="", fmt="txt", language="en", text="Body.",
                   title="Police Killed 1,184 People Across The Country Last Year")
    figures = headline_figures(doc, patterns_for("en", RESOURCES), RESOURCES)
    assert [(f.text, f.counted) for f in figures] == [("1,184", "person")]
    # Must not: in a sentence-case headline a capitalised word before a number names it.
    named = dataclasses.replace(doc, title="Crew of Apollo 11 meets the press in Houston")
    assert headline_figures(named, patterns_for("en", RESOURCES), RESOURCES) == ()


def test_partitive_of_counts_the_noun() -> None:
    text = "The carmaker will shut down about 1,100 of its dealerships next year."
    assert one("en", text, "1,100").counted == "dealership"
    french = "Le groupe fermera environ 1 100 de ses concessions."
    assert one("fr", french, "1 100").counted == "concession"
    # Must not: "of them" names no counted thing.
    assert one("en", "Police questioned 12 of them on Monday.", "12").counted is None


MULTIPLIERS = [
    ("en", "Police killed 100 times more people than terrorists did.", "100"),
    ("fr", "Il a été condamné trois fois pour vol.", "trois"),
    ("es", "La cifra se multiplicó siete veces en un año.", "siete"),
]


@pytest.mark.parametrize(("language", "text", "number"), MULTIPLIERS,
                         ids=[m[1][:30] for m in MULTIPLIERS])
def test_times_is_a_multiplier_not_a_counted_thing(language: str, text: str,
                                                   number: str) -> None:
    assert one(language, text, number).counted is None


def test_a_counted_noun_after_a_multiplier_word_is_kept() -> None:
    # Must not: a real counted noun is not dropped ("three timetables").
    assert one("en", "The operator printed three timetables.", "three").counted == "timetable"


FRACTIONS = [
    ("fr", "Huit véhicules sur dix sont mal garés.", "Huit", 80.0),
    ("en", "One out of 5 voters stayed home.", "One", 20.0),
    ("es", "Siete de cada diez votantes lo apoyan.", "Siete", 70.0),
    ("de", "Neun von zehn Befragten stimmten zu.", "Neun", 90.0),
]


@pytest.mark.parametrize(("language", "text", "number", "percent"), FRACTIONS,
                         ids=[f[1][:30] for f in FRACTIONS])
def test_n_out_of_m_is_a_percentage(language: str, text: str, number: str,
                                    percent: float) -> None:
    figure = one(language, text, number)
    assert (figure.value, figure.unit) == (percent, "%")


def test_n_over_m_that_is_no_share_stays_two_figures() -> None:
    # Must not: a count over a period is no share ("12 arrestations sur 3 jours").
    assert one("fr", "12 arrestations sur 3 jours.", "12").unit is None
    # Must not: a whole that is not a round base ("sur 7") is left alone.
    assert one("fr", "Deux candidats sur 7 ont été retenus.", "Deux").unit is None
