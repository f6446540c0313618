"""Figure and claim checks: exact verdicts and explanations on figures and quotes we wrote."""

from __future__ import annotations

from datetime import date

from sourcetrace.capabilities.checks.claims import QuoteItem, claim_checks, negations
from sourcetrace.capabilities.checks.figure_checks import FigureItem, figure_checks
from sourcetrace.model import Figure, Quote
from sourcetrace.text.embeddings import Embedder


def _fig(article: str, source: str, day: str, text: str, *, lang: str = "en",
         before: str = "", after: str = "", **fields: object) -> FigureItem:
    figure = Figure(start=10, end=10 + len(text), text=text, stage="figures", **fields)  # type: ignore[arg-type]
    return FigureItem(id=f"{article}:figure:0", article_id=article, figure=figure,
                      source=source, published=date.fromisoformat(day), language=lang,
                      before=before, after=after)


def _one(items: list[FigureItem]) -> tuple[str, str]:
    (check,) = list(figure_checks(items))
    return check.verdict, check.explanation


def test_a_weekly_rate_inside_a_monthly_range_is_consistent() -> None:
    weekly = _fig("mc", "Meridian Chronicle", "2024-06-13", "about €50 a week", value=50.0,
                  per="week", qualifier="about", currency="EUR",
                  before="Each woman in the camp gets ", after=" from relatives.")
    monthly = _fig("lr", "Le Regard", "2024-06-20", "entre 150 et 300 euros par mois",
                   lang="fr", low=150.0, high=300.0, per="month", currency="EUR",
                   before="Chaque femme du camp reçoit ", after=" de ses proches.")
    assert _one([monthly, weekly]) == (
        "consistent",
        "“about €50 a week” (Meridian Chronicle, 2024-06-13) = about 50 EUR per week"
        " ≈ 217 EUR per month (× 52/12; ±10%: 195–238), inside “entre 150 et 300 euros"
        " par mois” (Le Regard, 2024-06-20) = 150–300 EUR per month",
    )


def test_a_rate_reported_later_is_an_update_not_a_conflict() -> None:
    earlier = _fig("nw", "Northgate Wire", "2024-06-11", "more than 1,500 transfers a month",
                   value=1500.0, per="month", qualifier="more than", counted="transfers")
    later = _fig("wf", "Westfunk", "2024-06-21", "rund 150 Überweisungen pro Monat", lang="de",
                 value=150.0, per="month", qualifier="about", counted="Überweisungen")
    verdict, explanation = _one([later, earlier])
    assert verdict == "updated"
    assert explanation == (
        "“more than 1,500 transfers a month” (Northgate Wire, 2024-06-11) = more than 1,500"
        " per month and “rund 150 Überweisungen pro Monat” (Westfunk, 2024-06-21) = about"
        " 150 per month (±10%: 135–165) do not overlap; a rate reported later is read as a"
        " change over time"
    )


def test_a_toll_rising_across_dated_reports_is_updated() -> None:
    first = _fig("a", "Northgate Wire", "2024-05-14", "12", value=12.0, counted="people",
                 before="exploded, killing ", after=" people and wounding dozens")
    second = _fig("b", "Meridian Chronicle", "2024-05-16", "18", value=18.0,
                  counted="people", before="has risen to ", after=" people killed")
    verdict, explanation = _one([first, second])
    assert verdict == "updated"
    assert explanation.endswith("a higher figure reported later is read as an update"
                                " (a rising toll or total)")


def test_different_currencies_are_flagged_not_compared() -> None:
    euros = _fig("a", "Le Regard", "2024-06-20", "4,5 millions d'euros", lang="fr",
                 value=4_500_000.0, currency="EUR", before="Le total atteint ",
                 after=" ont été collectés.")
    dollars = _fig("b", "Westfunk", "2024-06-21", "4,9 Millionen Dollar", lang="de",
                   value=4_900_000.0, currency="USD", before="Insgesamt flossen ",
                   after=" in die Lager.")
    assert _one([euros, dollars]) == (
        "unclear",
        "“4,5 millions d'euros” (Le Regard, 2024-06-20) = 4,500,000 EUR is in EUR and"
        " “4,9 Millionen Dollar” (Westfunk, 2024-06-21) = 4,900,000 USD in USD: not"
        " compared, as no exchange rate is assumed",
    )


def test_different_counts_the_same_day_conflict() -> None:
    a = _fig("a", "Northgate Wire", "2024-12-16", "about 9,000 fighters", value=9000.0,
             qualifier="about", counted="fighters")
    b = _fig("b", "Le Journal Atlantique", "2024-12-16", "12 000 djihadistes", lang="fr",
             value=12000.0, counted="djihadistes")
    assert _one([a, b]) == (
        "conflicting",
        "“about 9,000 fighters” (Northgate Wire, 2024-12-16) = about 9,000 (±10%:"
        " 8,100–9,900) and “12 000 djihadistes” (Le Journal Atlantique, 2024-12-16) ="
        " 12,000 do not overlap; reported the same day",
    )


def test_a_lower_count_later_is_a_conflict() -> None:
    a = _fig("a", "Northgate Wire", "2024-03-23", "133 dead", value=133.0, counted="dead")
    b = _fig("b", "Frontline Truth", "2024-03-27", "40 morts", lang="fr", value=40.0,
             counted="morts")
    verdict, _ = _one([a, b])
    assert verdict == "conflicting"


def test_at_least_is_consistent_with_a_higher_value_and_repeats_group() -> None:
    items = [
        _fig("a", "Northgate Wire", "2024-05-14", "at least 12", value=12.0,
             qualifier="at least", counted="dead"),
        _fig("b", "Westfunk", "2024-05-14", "12 Tote", lang="de", value=12.0, counted="Tote"),
        _fig("c", "Le Journal Atlantique", "2024-05-14", "12 morts", lang="fr", value=12.0,
             counted="morts"),
        _fig("d", "Meridian Chronicle", "2024-05-14", "15 dead", value=15.0, counted="dead"),
    ]
    checks = {c.items: c for c in figure_checks(items)}
    same = checks[("b:figure:0", "c:figure:0")]
    assert same.verdict == "consistent" and "the same figure (12) in 2 reports" in same.explanation
    assert checks[("a:figure:0", "d:figure:0")].verdict == "consistent"
    assert checks[("b:figure:0", "d:figure:0")].verdict == "conflicting"


def test_figures_about_different_things_are_not_compared() -> None:
    dead = _fig("a", "Northgate Wire", "2024-05-14", "12 dead", value=12.0, counted="dead")
    injured = _fig("b", "Westfunk", "2024-05-14", "40 Verletzte", lang="de", value=40.0,
                   counted="Verletzte")
    age = _fig("c", "Le Regard", "2024-05-14", "26 ans", lang="fr", value=26.0, unit="year")
    vague = _fig("d", "Westfunk", "2024-05-14", "zwei Männer", lang="de", value=2.0,
                 counted="Männer", after=" festgenommen")
    assert list(figure_checks([dead, injured, age, vague])) == []


def _quote(article: str, source: str, day: str, text: str, *, lang: str = "en",
           speaker: str | None = None, seq: int = 0) -> QuoteItem:
    q = Quote(start=5, end=5 + len(text), text=text, direct=True, stage="quotes",
              speaker_text=speaker, speaker_kind="name" if speaker else None)
    return QuoteItem(id=f"{article}:quote:0", article_id=article, quote=q, source=source,
                     published=date.fromisoformat(day), language=lang, seq=seq)


def test_one_quote_carried_by_three_outlets_names_the_first() -> None:
    text = "This was a cowardly attack on ordinary families buying bread"
    items = [
        _quote("w", "Westfunk", "2024-05-15", text, lang="de", seq=0),
        _quote("j", "Le Journal Atlantique", "2024-05-14", text + ".", lang="fr", seq=1),
        _quote("n", "Northgate Wire", "2024-05-14", "This was a cowardly attack on ordinary "
               "families buying bread", seq=2),
    ]
    (check,) = list(claim_checks(items))
    assert check.verdict == "consistent" and check.kind == "claim"
    assert check.items == ("j:quote:0", "n:quote:0", "w:quote:0")
    assert check.data["first"]["source"] == "Le Journal Atlantique"
    assert check.explanation == (
        "the same quote carried by 3 articles from 3 outlets (Le Journal Atlantique,"
        " Northgate Wire, Westfunk); first carried by Le Journal Atlantique (2024-05-14)"
    )


def test_a_negated_statement_on_the_same_point_is_a_contradiction(embedder: Embedder) -> None:
    said = _quote("a", "Northgate Wire", "2024-12-16",
                  "The army ordered the evacuation of the camp", speaker="Colonel Mazloum")
    denied = _quote("b", "Le Journal Atlantique", "2024-12-17",
                    "L'armée n'a pas ordonné l'évacuation du camp", lang="fr",
                    speaker="le colonel Mazloum")
    other = _quote("c", "Westfunk", "2024-12-17", "Die Weizenpreise sind im Mai stark gestiegen",
                   lang="de")
    items = [said, denied, other]
    vectors = dict(zip([i.id for i in items],
                       embedder.encode([i.quote.text for i in items]), strict=True))
    (check,) = list(claim_checks(items, vectors))
    assert check.verdict == "conflicting" and check.items == ("a:quote:0", "b:quote:0")
    assert check.explanation.startswith(
        "Le Journal Atlantique (2024-12-17) reports “L'armée n'a pas ordonné l'évacuation du"
        " camp” with a negation (n'a, pas) where Northgate Wire (2024-12-16) reports “The"
        " army ordered the evacuation of the camp” without one")
    assert [s["text"] for s in check.data["spans"]] == [said.quote.text, denied.quote.text]


def test_different_speakers_are_not_the_same_point(embedder: Embedder) -> None:
    a = _quote("a", "Northgate Wire", "2024-12-16", "The border will stay open",
               speaker="Minister Laura Vance")
    b = _quote("b", "Westfunk", "2024-12-16", "The border will not stay open",
               speaker="Senator Paul Okafor")
    vectors = dict(zip(["a:quote:0", "b:quote:0"],
                       embedder.encode([a.quote.text, b.quote.text]), strict=True))
    assert list(claim_checks([a, b], vectors)) == []


def test_negation_cues_come_from_the_language_pack() -> None:
    assert negations("He didn't order it", "en") == ["didn't"]
    assert negations("Er hat es nicht angeordnet", "de") == ["nicht"]
    assert negations("Il n'a rien dit", "fr") == ["n'a", "rien"]
    assert negations("He ordered it", "en") == []
