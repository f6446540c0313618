"""The dates stage: spans, ISO values and precision in English, French, German, Spanish.

Fixture articles (tests/fixtures/dates/*.json) are short news texts we wrote, published
on Friday 2024-04-12; each lists every date it holds, so an extra span fails too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.capabilities.dates import stage as dates
from sourcetrace.capabilities.dates.stage import extract_dates
from sourcetrace.core.pipeline import DEFAULT_STAGES, Pipeline
from sourcetrace.core.resources import Resources
from sourcetrace.model import Document

FIXTURES = Path(__file__).parent.parent / "fixtures" / "dates"
PUBLISHED = "2024-04-12"  # a Friday


def _fixture(language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{language}.json").read_text("utf-8"))
    return data


def _expected(fixture: dict[str, Any]) -> list[tuple[int, int, str, str, str]]:
    text = fixture["text"]
    out = []
    for span, value, precision in fixture["expected"]:
        assert text.count(span) == 1, f"fixture span {span!r} must occur once"
        start = text.index(span)
        out.append((start, start + len(span), span, value, precision))
    return sorted(out)


@pytest.mark.parametrize("language", ["en", "fr", "de", "es"])
def test_fixture_article_dates_exact(language: str) -> None:
    fixture = _fixture(language)
    refs = extract_dates(fixture["text"], language, fixture["published"])
    got = sorted((r.start, r.end, r.text, r.value, r.precision) for r in refs)
    assert got == _expected(fixture)
    assert all(r.stage == "dates" for r in refs)


@pytest.mark.parametrize("language", ["en", "fr", "de", "es"])
def test_without_publication_date_relative_dates_stay_unresolved(language: str) -> None:
    fixture = _fixture(language)
    refs = extract_dates(fixture["text"], language, None)
    by_text = {r.text: (r.value, r.precision) for r in refs}
    # Same spans as with a publication date: only the values change.
    assert sorted(by_text) == sorted(span for span, _, _ in fixture["expected"])
    for span, value, precision in fixture["expected"]:
        # A date that states its year (or a decade) is absolute; everything else is not.
        if re.search(r"(?:19|20)\d\d", span) or precision == "decade":
            assert by_text[span] == (value, precision), span
        else:
            assert by_text[span] == (None, None), span


# Every form the product must handle, one phrase at a time: (language, sentence, span,
# value, precision), published on Friday 2024-04-12.
FORMS = [
    ("en", "It was signed on May 3, 2019.", "May 3, 2019", "2019-05-03", "day"),
    ("en", "It was signed on 3 May 2019.", "3 May 2019", "2019-05-03", "day"),
    ("en", "Officials met on 2024-03-22.", "2024-03-22", "2024-03-22", "day"),
    ("en", "The war began in 2014.", "2014", "2014", "year"),
    ("en", "It happened in February 2017.", "February 2017", "2017-02", "month"),
    ("en", "It happened three days ago.", "three days ago", "2024-04-09", "day"),
    ("en", "The minister spoke Thursday.", "Thursday", "2024-04-11", "day"),
    ("en", "Shots were heard Thursday evening.", "Thursday evening", "2024-04-11", "day"),
    ("en", "They met on Tuesday.", "Tuesday", "2024-04-09", "day"),
    ("en", "They met on Friday.", "Friday", "2024-04-12", "day"),
    ("en", "The vote said on Tuesday (April 9) was void.", "Tuesday (April 9)", "2024-04-09",
     "day"),
    ("en", "Prices rose last November.", "last November", "2023-11", "month"),
    ("en", "Prices rose earlier this month.", "earlier this month", "2024-04", "month"),
    ("en", "Prices rose last week.", "last week", "2024-04-01", "week"),
    ("en", "Prices rose yesterday.", "yesterday", "2024-04-11", "day"),
    ("en", "Prices rose today.", "today", "2024-04-12", "day"),
    ("en", "Prices rose in early May.", "early May", "2023-05", "month"),
    ("en", "Talks will resume on Tuesday.", "Tuesday", "2024-04-16", "day"),
    ("en", "The summit will be held in October.", "October", "2024-10", "month"),
    ("en", "Funds ran out in the 1990s.", "1990s", "1990", "decade"),
    ("en", "The letter of 03/04/2024 was read.", "03/04/2024", "2024-03-04", "day"),
    ("fr", "Le texte a été signé le 22 mars 2024.", "22 mars 2024", "2024-03-22", "day"),
    ("fr", "Les attaques ont repris en octobre.", "octobre", "2023-10", "month"),
    ("fr", "Il est parti il y a deux jours.", "il y a deux jours", "2024-04-10", "day"),
    ("fr", "Il est parti mercredi dernier.", "mercredi dernier", "2024-04-10", "day"),
    ("fr", "Il est parti la semaine dernière.", "la semaine dernière", "2024-04-01", "week"),
    ("fr", "Il est parti le mois dernier.", "le mois dernier", "2024-03", "month"),
    ("fr", "Il est parti hier.", "hier", "2024-04-11", "day"),
    ("fr", "Le vote aura lieu vendredi prochain.", "vendredi prochain", "2024-04-19", "day"),
    ("fr", "Le document du 22/03/2024 a été cité.", "22/03/2024", "2024-03-22", "day"),
    ("de", "Das Abkommen wurde am 22. März 2024 unterzeichnet.", "22. März 2024",
     "2024-03-22", "day"),
    ("de", "Die Angriffe begannen im Oktober.", "Oktober", "2023-10", "month"),
    ("de", "Er reiste vor zwei Tagen ab.", "vor zwei Tagen", "2024-04-10", "day"),
    ("de", "Er reiste am Dienstag ab.", "Dienstag", "2024-04-09", "day"),
    ("de", "Er reiste letzte Woche ab.", "letzte Woche", "2024-04-01", "week"),
    ("de", "Er reiste gestern ab.", "gestern", "2024-04-11", "day"),
    ("de", "Die Wahl wird am Sonntag stattfinden.", "Sonntag", "2024-04-14", "day"),
    ("es", "El acuerdo se firmó el 22 de marzo de 2024.", "22 de marzo de 2024", "2024-03-22",
     "day"),
    ("es", "Los ataques se reanudaron en octubre.", "octubre", "2023-10", "month"),
    ("es", "Se marchó el pasado miércoles.", "el pasado miércoles", "2024-04-10", "day"),
    ("es", "Se marchó ayer.", "ayer", "2024-04-11", "day"),
    ("es", "Se marchó hace tres días.", "hace tres días", "2024-04-09", "day"),
    ("es", "Se marchó la semana pasada.", "la semana pasada", "2024-04-01", "week"),
    ("es", "Llegará el próximo lunes.", "el próximo lunes", "2024-04-15", "day"),
    ("es", "MADRID, 11 abr (EFE).- Hubo una explosión.", "11 abr", "2024-04-11", "day"),
    ("es", "La explosión dejó este lunes 12 muertos.", "este lunes", "2024-04-08", "day"),
    ("es", "El juicio empezará este lunes.", "este lunes", "2024-04-15", "day"),
    # reported future, and calls for what is to come: the date looks ahead
    ("en", "The mayor said the city would hold a vigil on Monday.", "Monday", "2024-04-15",
     "day"),
    ("en", "Unions called for a strike on Tuesday.", "Tuesday", "2024-04-16", "day"),
    ("fr", "La maire a appelé à un rassemblement samedi.", "samedi", "2024-04-13", "day"),
]


@pytest.mark.parametrize(("language", "sentence", "span", "value", "precision"), FORMS)
def test_each_form(language: str, sentence: str, span: str, value: str, precision: str) -> None:
    refs = extract_dates(sentence, language, PUBLISHED)
    start = sentence.index(span)
    assert [(r.start, r.end, r.value, r.precision) for r in refs] == [
        (start, start + len(span), value, precision)
    ]


NON_DATES = [
    ("en", "The G20 backed Resolution 2254 after 1,200 people fled."),
    ("en", "Some 2000 people marched; Flight 1962 landed; the A380 flew."),
    ("en", "Protesters may march again, he said."),
    ("en", "Rebels seized 1999 rifles and 2,014 rounds."),
    ("fr", "La résolution 2254 et plus de 1 200 personnes, selon le G7."),
    ("de", "Die Resolution 2254 nennt 1.200 Menschen und 2000 Soldaten."),
    ("de", "Am Morgen tagte das Kabinett."),
    ("es", "La Resolución 2254 cita a 1.200 personas y a 2000 soldados."),
    ("es", "Por la mañana llovió."),
    # abbreviations that are words: "mar" is the sea unless a day number comes first
    ("es", "El barco se hundió en mar abierto; otro naufragó en el mar Egeo."),
]


@pytest.mark.parametrize(("language", "sentence"), NON_DATES)
def test_non_dates(language: str, sentence: str) -> None:
    assert extract_dates(sentence, language, PUBLISHED) == ()


def test_bare_weekday_on_the_publication_day_is_that_day() -> None:
    (ref,) = extract_dates("The strike began Friday.", "en", PUBLISHED)
    assert ref.value == PUBLISHED


def test_day_and_month_without_year_take_the_nearest_year() -> None:
    (ref,) = extract_dates("The talks of December 28 failed.", "en", "2024-01-03")
    assert (ref.value, ref.precision) == ("2023-12-28", "day")


def test_impossible_date_is_not_resolved() -> None:
    (ref,) = extract_dates("It was dated 31 February 2024.", "en", PUBLISHED)
    assert ref.value is None


def test_unknown_language_finds_only_language_neutral_dates() -> None:
    refs = extract_dates("Nunc 2024-03-22 et 22/03/2024 Tuesday.", "la", PUBLISHED)
    assert [r.text for r in refs] == ["2024-03-22", "22/03/2024"]


def test_stage_in_default_pipeline_after_parse() -> None:
    modules = list(DEFAULT_STAGES)
    after_parse = modules.index("sourcetrace.capabilities.parse.stage") + 1
    assert modules.index("sourcetrace.capabilities.dates.stage") >= after_parse
    assert dates.STAGE.requires == {"text", "language", "published"}
    assert dates.STAGE.assigns == {"dates"}
    Pipeline.from_modules()  # declared order is consistent


def test_stage_run_reads_document_fields() -> None:
    fixture = _fixture("de")
    doc = Document(id="d1", origin="test", fmt="txt", text=fixture["text"], language="de",
                   published=fixture["published"])
    out = dates.STAGE.run(doc, Resources())
    assert [r.text for r in out.dates] == [span for span, _, _ in sorted(
        fixture["expected"], key=lambda e: fixture["text"].index(e[0]))]


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_with_spacy_parse_the_fixture_values_hold(language: str) -> None:
    resources = Resources()
    nlp = resources.spacy(language, required=False)
    if nlp is None:
        pytest.skip(f"no spaCy pipeline installed for {language}")
    fixture = _fixture(language)
    doc = Document(id="d1", origin="test", fmt="txt", text=fixture["text"], language=language,
                   published=fixture["published"], parsed=nlp(fixture["text"]))
    got = sorted((r.start, r.end, r.text, r.value, r.precision)
                 for r in dates.STAGE.run(doc, resources).dates)
    assert got == _expected(fixture)
