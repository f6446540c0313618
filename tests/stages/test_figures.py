"""The figures stage on short news-style sentences we wrote, in en, fr, de and es.

Each case names the exact span text (its offset is checked too) and the normalised fields.
The shared spaCy parse is used where a pipeline is installed, as in the real pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

from sourcetrace.capabilities.figures import stage
from sourcetrace.capabilities.figures.stage import extract_figures, patterns_for
from sourcetrace.core.resources import Resources
from sourcetrace.model import Document

RESOURCES = Resources()


def run(language: str, text: str, *, parse: bool = True) -> list[Any]:
    nlp = RESOURCES.spacy(language, required=False) if parse else None
    parsed = nlp(text) if nlp is not None else None
    return list(extract_figures(text, patterns_for(language, RESOURCES), parsed))


def check(language: str, text: str, expected: list[dict[str, Any]], *, parse: bool = True) -> None:
    found = run(language, text, parse=parse)
    assert [f.text for f in found] == [e["text"] for e in expected]
    for figure, want in zip(found, expected, strict=True):
        assert figure.start == text.index(want["text"])
        assert text[figure.start : figure.end] == figure.text
        for key in ("value", "low", "high", "unit", "currency", "per", "qualifier", "counted"):
            assert getattr(figure, key) == want.get(key), (key, figure)


def fig(text: str, **fields: Any) -> dict[str, Any]:
    return {"text": text, **fields}


CASES: list[tuple[str, str, list[dict[str, Any]]]] = [
    # --- digit formats
    ("en", "Officials said 1,000 homes and 4,500,000 litres of water were lost.", [
        fig("1,000", value=1000.0, counted="home"),
        fig("4,500,000 litres", value=4500000.0, unit="l")]),
    ("de", "Die Behörde zählte 1.000 Anträge.", [fig("1.000", value=1000.0, counted="anträge")]),
    ("es", "La policía detuvo a 1.000 manifestantes.",
     [fig("1.000", value=1000.0, counted="protester")]),
    ("fr", "La préfecture a recensé 1.000 plaintes et 1 000 blessés.", [
        fig("1.000", value=1000.0, counted="complaint"),
        fig("1 000", value=1000.0, counted="injured")]),
    ("fr", "Quelque 1\u00a0000 gendarmes et 2\u202f500 policiers ont été mobilisés.", [
        fig("Quelque 1\u00a0000", value=1000.0, qualifier="about", counted="gendarme"),
        fig("2\u202f500", value=2500.0, counted="police officer")]),
    ("en", "The fund holds 2.5m dollars, lost £1.2bn and hired 15k staff.", [
        fig("2.5m dollars", value=2500000.0, currency="USD"),
        fig("£1.2bn", value=1.2e9, currency="GBP"),
        fig("15k", value=15000.0, counted="staff")]),
    ("fr", "Le plan coûtera 2,5 millions d'euros sur 3 milliards prévus.", [
        fig("2,5 millions d'euros", value=2500000.0, currency="EUR"),
        fig("3 milliards", value=3e9)]),
    ("de", "Der Schaden liegt bei 2,5 Millionen Euro, die Hilfe bei 1,2 Mrd. Euro.", [
        fig("2,5 Millionen Euro", value=2500000.0, currency="EUR"),
        fig("1,2 Mrd. Euro", value=1.2e9, currency="EUR")]),
    ("es", "El Gobierno destinó 2,5 millones de euros y 3 mil millones de dólares.", [
        fig("2,5 millones de euros", value=2500000.0, currency="EUR"),
        fig("3 mil millones de dólares", value=3e9, currency="USD")]),
    # --- decimals per locale
    ("en", "Unemployment rose to 3.5% in the region.", [fig("3.5%", value=3.5, unit="%")]),
    ("fr", "Le chômage atteint 3,5 % dans la région.", [fig("3,5 %", value=3.5, unit="%")]),
    ("de", "Die Arbeitslosigkeit stieg auf 3,5 Prozent.",
     [fig("3,5 Prozent", value=3.5, unit="%")]),
    ("es", "El paro subió al 3,5 por ciento.", [fig("3,5 por ciento", value=3.5, unit="%")]),
    # --- numbers in words
    ("en", "Police arrested nine in total after the raid.",
     [fig("nine", value=9.0, counted="person")]),
    ("en", "Two soldiers and one officer died.", [fig("Two", value=2.0, counted="soldier")]),
    ("en", "At least 85 people, including six children, were killed.", [
        fig("At least 85", value=85.0, qualifier="at least", counted="person"),
        fig("six", value=6.0, counted="child")]),
    ("fr", "Trois cents combattants ont quitté la ville.", [
        fig("Trois cents", value=300.0, counted="fighter")]),
    ("de", "Dreihundert Soldaten wurden verlegt.",
     [fig("Dreihundert", value=300.0, counted="soldier")]),
    ("es", "Doscientos soldados llegaron a la frontera.",
     [fig("Doscientos", value=200.0, counted="soldier")]),
    # --- currencies by symbol, code, word
    ("en", "He was paid $15,000 a month and EUR 200 in cash.", [
        fig("$15,000 a month", value=15000.0, currency="USD", per="month"),
        fig("EUR 200", value=200.0, currency="EUR")]),
    ("en", "The network moved US$ 3 million, 40 million roubles and 5 million Turkish lira.", [
        fig("US$ 3 million", value=3e6, currency="USD"),
        fig("40 million roubles", value=4e7, currency="RUB"),
        fig("5 million Turkish lira", value=5e6, currency="TRY")]),
    ("en", "Donors pledged 20 million pounds and 300 euros per family.", [
        fig("20 million pounds", value=2e7, currency="GBP"),
        fig("300 euros", value=300.0, currency="EUR")]),
    ("fr", "Il a versé 15 000 € et 300 dollars.", [
        fig("15 000 €", value=15000.0, currency="EUR"),
        fig("300 dollars", value=300.0, currency="USD")]),
    # --- ranges
    ("en", "Between 150 and 300 fighters cross each month.", [
        fig("Between 150 and 300", low=150.0, high=300.0, counted="fighter", per="month")]),
    ("en", "Aid groups estimate 150 to 300 families and 150-300 tents.", [
        fig("150 to 300", low=150.0, high=300.0, counted="family"),
        fig("150-300", low=150.0, high=300.0, counted="tent")]),
    ("fr", "De 150 à 300 combattants rejoignent le groupe par mois.", [
        fig("De 150 à 300", low=150.0, high=300.0, counted="fighter", per="month")]),
    ("de", "Zwischen 150 und 300 Kämpfer reisen pro Monat ein.", [
        fig("Zwischen 150 und 300", low=150.0, high=300.0, counted="fighter", per="month")]),
    ("es", "Entre 150 y 300 combatientes cruzan al mes.", [
        fig("Entre 150 y 300", low=150.0, high=300.0, counted="fighter", per="month")]),
    ("en", "The plan costs $2 to $3 million.", [
        fig("$2 to $3 million", low=2e6, high=3e6, currency="USD")]),
    # --- qualifiers
    ("en", "About 40 houses, nearly 70 shops, more than 200 cars and fewer than 10 buses burned.", [
        fig("About 40", value=40.0, qualifier="about", counted="house"),
        fig("nearly 70", value=70.0, qualifier="about", counted="shop"),
        fig("more than 200", value=200.0, qualifier="more than", counted="car"),
        fig("fewer than 10", value=10.0, qualifier="less than", counted="bus")]),
    ("en", "Up to 500 troops, as many as 40 tanks and over 90 drones, no fewer than 12 ships.", [
        fig("Up to 500", value=500.0, qualifier="up to", counted="soldier"),
        fig("as many as 40", value=40.0, qualifier="up to", counted="tank"),
        fig("over 90", value=90.0, qualifier="more than", counted="drone"),
        fig("no fewer than 12", value=12.0, qualifier="at least", counted="ship")]),
    ("fr", "Plus de 3 500 réfugiés, au moins 12 morts, environ 40 blessés et près de 90 maisons.", [
        fig("Plus de 3 500", value=3500.0, qualifier="more than", counted="refugee"),
        fig("au moins 12", value=12.0, qualifier="at least", counted="death"),
        fig("environ 40", value=40.0, qualifier="about", counted="injured"),
        fig("près de 90", value=90.0, qualifier="about", counted="house")]),
    ("fr", "Jusqu'à 200 soldats seront déployés.", [
        fig("Jusqu'à 200", value=200.0, qualifier="up to", counted="soldier")]),
    ("de",
     "Mindestens 12 Tote, mehr als 40 Verletzte, rund 300 Helfer, etwa 50 Häuser, bis zu 90 Wagen.",
     [
        fig("Mindestens 12", value=12.0, qualifier="at least", counted="death"),
        fig("mehr als 40", value=40.0, qualifier="more than", counted="injured"),
        fig("rund 300", value=300.0, qualifier="about", counted="helfer"),
        fig("etwa 50", value=50.0, qualifier="about", counted="house"),
        fig("bis zu 90", value=90.0, qualifier="up to", counted="vehicle")]),
    ("es",
     "Más de 40 muertos, al menos 12 heridos, unos 300 vecinos, cerca de 50 casas y hasta 90 "
     "coches.", [
        fig("Más de 40", value=40.0, qualifier="more than", counted="death"),
        fig("al menos 12", value=12.0, qualifier="at least", counted="injured"),
        fig("unos 300", value=300.0, qualifier="about", counted="resident"),
        fig("cerca de 50", value=50.0, qualifier="about", counted="house"),
        fig("hasta 90", value=90.0, qualifier="up to", counted="car")]),
    # --- rates
    ("en", "About 50 refugees arrive a week, 20 per day and 900 weekly.", [
        fig("About 50", value=50.0, qualifier="about", counted="refugee", per="week"),
        fig("20 per day", value=20.0, per="day"),
        fig("900 weekly", value=900.0, per="week")]),
    ("fr", "Il touche 3 000 euros par mois et 500 euros par semaine.", [
        fig("3 000 euros par mois", value=3000.0, currency="EUR", per="month"),
        fig("500 euros par semaine", value=500.0, currency="EUR", per="week")]),
    ("de", "Er erhielt 3.000 Euro pro Monat, 400 Euro im Monat und 9.000 Euro jährlich.", [
        fig("3.000 Euro pro Monat", value=3000.0, currency="EUR", per="month"),
        fig("400 Euro im Monat", value=400.0, currency="EUR", per="month"),
        fig("9.000 Euro jährlich", value=9000.0, currency="EUR", per="year")]),
    ("es", "Cobraba 3.000 euros al mes y 500 euros por semana.", [
        fig("3.000 euros al mes", value=3000.0, currency="EUR", per="month"),
        fig("500 euros por semana", value=500.0, currency="EUR", per="week")]),
    # --- units
    ("en", "The convoy drove 40 km, about 25 miles, carrying 10 tonnes and 300 kg of flour.", [
        fig("40 km", value=40.0, unit="km"),
        fig("about 25 miles", value=25.0, unit="mi", qualifier="about"),
        fig("10 tonnes", value=10.0, unit="t"),
        fig("300 kg", value=300.0, unit="kg")]),
    ("fr", "La colonne a parcouru 40 kilomètres avec 10 tonnes d'aide.", [
        fig("40 kilomètres", value=40.0, unit="km"), fig("10 tonnes", value=10.0, unit="t")]),
    ("en", "Turnout fell 12 per cent, by 4 percentage points.", [
        fig("12 per cent", value=12.0, unit="%"),
        fig("4 percentage points", value=4.0, unit="pp")]),
    ("en", "He was jailed for 20 years and held over three days.", [
        fig("20 years", value=20.0, unit="year"), fig("three days", value=3.0, unit="day")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_figures(language: str, text: str, expected: list[dict[str, Any]]) -> None:
    check(language, text, expected)


NOT_FIGURES = [
    ("en", "The summit opened in 2024 and closed on March 22."),
    ("en", "Talks resume on 22 March at 10:30 and end at 8 p.m."),
    ("en", "A 34-year-old man, aged 34, was charged."),
    ("en", "The G20 discussed COVID-19, Article 5, Resolution 2254 and F-16 deliveries."),
    ("en", "1. Introduction\n2) Background"),
    ("en", "He came first. Call +44 20 7946 0958 or (555) 123-4567."),
    ("en", "ISBN 978-3-16-148410-0 was cited three days ago."),
    ("en", "12 comments"),
    ("en", "One of them fled."),
    ("fr", "Le sommet s'est ouvert le 22 mars 2024 à 20 h 30."),
    ("fr", "Jean Dupont, 34 ans, a été arrêté il y a trois jours à 18 heures."),
    ("fr", "Un homme et une femme ont été interpellés."),
    ("de", "Am 3. Oktober um 20 Uhr wurde der 34-Jährige festgenommen."),
    ("de", "Der Gipfel fand im März 2024 statt, vor drei Tagen, laut Artikel 5."),
    ("es", "El 22 de marzo de 2024, a las 8, un hombre de 34 años fue detenido."),
    ("es", "Hace tres días, según el artículo 5, una mujer huyó."),
]


@pytest.mark.parametrize(("language", "text"), NOT_FIGURES, ids=[c[1][:40] for c in NOT_FIGURES])
def test_not_figures(language: str, text: str) -> None:
    assert run(language, text) == []


def test_counted_without_parse_takes_next_word() -> None:
    check("en", "Troops found 85 bodies.", [fig("85", value=85.0, counted="bodies")], parse=False)
    check("de", "Es kamen 1.200 syrische Flüchtlinge an.", [
        fig("1.200", value=1200.0, counted="refugee")], parse=False)


def test_stage_reads_parse_and_fills_figures() -> None:
    text = "Mehr als 300 Menschen flohen."
    doc = Document(id="d", origin="t", fmt="txt", raw_text=text, text=text, language="de")
    out = stage.STAGE.run(doc, RESOURCES)
    assert [(f.text, f.value, f.qualifier, f.stage) for f in out.figures] == [
        ("Mehr als 300", 300.0, "more than", "figures")]


def test_unknown_language_reads_digits_and_currency_symbols() -> None:
    found = run("xx", "Lorem 4,500 € ipsum 12 % dolor.")
    assert [(f.text, f.value, f.currency, f.unit) for f in found] == [
        ("4,500 €", 4500.0, "EUR", None), ("12 %", 12.0, None, "%")]


def test_figures_stage_runs_after_parse() -> None:
    from sourcetrace.core.pipeline import DEFAULT_STAGES

    assert DEFAULT_STAGES.index("sourcetrace.capabilities.figures.stage") > DEFAULT_STAGES.index(
        "sourcetrace.capabilities.parse.stage")
