"""Figure checks compare only figures about the same thing: scopes, sub-counts, past events.

Each test reads figures in short news-style texts we wrote (English, French, German);
the figure's sentence is taken from the text around it, as the checks job does. Every
test has a false pair that must not be checked next to a true pair that must be.
"""

from __future__ import annotations

from datetime import date

from sourcetrace.capabilities.checks.figure_checks import (
    Check,
    FigureItem,
    figure_checks,
    figure_key,
)
from sourcetrace.capabilities.checks.figure_context import dated_elsewhere, is_subcount, scopes
from sourcetrace.model import Figure

#: As many characters either side as the checks job hands over.
AROUND = 300


def _fig(article: str, n: int, source: str, day: str, text: str, span: str, *,
         lang: str = "en", **fields: object) -> FigureItem:
    """The figure ``span`` in ``text`` (first occurrence), with its context."""
    start = text.index(span)
    end = start + len(span)
    figure = Figure(start=start, end=end, text=span, stage="figures", **fields)  # type: ignore[arg-type]
    return FigureItem(id=f"{article}:figure:{n}", article_id=article, figure=figure,
                      source=source, published=date.fromisoformat(day), language=lang,
                      before=text[max(0, start - AROUND):start], after=text[end:end + AROUND])


def _pairs(checks: list[Check]) -> dict[tuple[str, ...], str]:
    return {c.items: c.verdict for c in checks}


# --- money: what the amount is for ----------------------------------------------------

APPEAL_EN = (
    "GENEVA, May 3 (Northgate Wire) - Online appeals have sent at least €2 million to "
    "women held in the Dalmar camp since 2021, a monitoring group said on Friday. "
    "A single donation of 40 euros can feed a family for a week, one organiser said."
)
APPEAL_FR = (
    "Des collectes en ligne ont fait parvenir au moins 2 millions d'euros aux femmes "
    "détenues dans le camp de Dalmar depuis 2021, selon un groupe de surveillance. "
    "Un réseau basé en Belgique aurait à lui seul collecté environ 300 000 euros."
)


def test_a_donation_is_not_checked_against_the_total_but_the_totals_are() -> None:
    total_en = _fig("en", 0, "Northgate Wire", "2024-05-03", APPEAL_EN, "at least €2 million",
                    value=2_000_000.0, qualifier="at least", currency="EUR")
    donation = _fig("en", 1, "Northgate Wire", "2024-05-03", APPEAL_EN, "40 euros",
                    value=40.0, currency="EUR")
    total_fr = _fig("fr", 0, "Le Regard", "2024-05-04", APPEAL_FR,
                    "au moins 2 millions d'euros", lang="fr", value=2_000_000.0,
                    qualifier="at least", currency="EUR")
    network = _fig("fr", 1, "Le Regard", "2024-05-04", APPEAL_FR, "environ 300 000 euros",
                   lang="fr", value=300_000.0, qualifier="about", currency="EUR")
    assert scopes(donation.before, "40 euros", donation.after, "en") == {"donation"}
    assert scopes(total_fr.before, "", total_fr.after, "fr") == {"women", "camps"}
    assert scopes(network.before, "", network.after, "fr") == {"network"}
    checks = list(figure_checks([total_en, donation, total_fr, network]))
    # Before scopes, the donation was "updated" against 300,000 euros and the network's
    # takings inside the open-ended total: neither pair is about one thing.
    assert _pairs(checks) == {("en:figure:0", "fr:figure:0"): "consistent"}
    (check,) = checks
    assert check.explanation == (
        "“at least €2 million”, “au moins 2 millions d'euros”: the same figure (at least"
        " 2,000,000 EUR) in 2 reports from Northgate Wire, Le Regard; first given by"
        " Northgate Wire, 2024-05-03"
    )


WALLET_EN = (
    "One cryptocurrency wallet linked to the group received roughly $5,000 a week, "
    "investigators said. Across all networks, about $40,000 a month reaches the camp."
)
WALLET_DE = (
    "Ein einziges Wallet der Gruppe erhielt demnach rund 5.000 Dollar pro Woche. "
    "Das Netzwerk in Hamburg sammelte rund 9.000 Dollar im Monat."
)


def test_one_wallet_is_compared_with_the_same_wallet_not_with_a_network() -> None:
    wallet_en = _fig("a", 0, "Meridian Chronicle", "2024-06-13", WALLET_EN,
                     "roughly $5,000 a week", value=5000.0, qualifier="about",
                     currency="USD", per="week")
    all_en = _fig("a", 1, "Meridian Chronicle", "2024-06-13", WALLET_EN,
                  "about $40,000 a month", value=40000.0, qualifier="about", currency="USD",
                  per="month")
    wallet_de = _fig("b", 0, "Westfunk", "2024-06-21", WALLET_DE,
                     "rund 5.000 Dollar pro Woche", lang="de", value=5000.0,
                     qualifier="about", currency="USD", per="week")
    network_de = _fig("b", 1, "Westfunk", "2024-06-21", WALLET_DE,
                      "rund 9.000 Dollar im Monat", lang="de", value=9000.0,
                      qualifier="about", currency="USD", per="month")
    checks = list(figure_checks([wallet_en, all_en, wallet_de, network_de]))
    # A rate reported later used to be "updated" against every other rate here.
    assert _pairs(checks) == {("a:figure:0", "b:figure:0"): "consistent"}


def test_money_with_no_stated_purpose_is_checked_only_on_agreement() -> None:
    text_a = "Investigators said about $15,000 a month went out in early 2024."
    text_b = "Solo una de ellas recibió unos 15.000 dólares al mes, según el informe."
    text_c = "The group paid $80,000 a month to its fighters' relatives."
    a = _fig("a", 0, "Northgate Wire", "2024-06-11", text_a, "about $15,000 a month",
             value=15000.0, qualifier="about", currency="USD", per="month")
    b = _fig("b", 0, "Heraldo Peninsular", "2024-06-12", text_b,
             "unos 15.000 dólares al mes", lang="es", value=15000.0, qualifier="about",
             currency="USD", per="month")
    c = _fig("c", 0, "Frontline Truth", "2024-06-18", text_c, "$80,000 a month",
             value=80000.0, currency="USD", per="month")
    checks = list(figure_checks([a, b, c]))
    assert _pairs(checks) == {("a:figure:0", "b:figure:0"): "consistent"}


# --- counts: sub-counts, other events, sentence bounds ------------------------------

TOLL_DE = (
    "Bei dem Anschlag auf den Markt starben 14 Menschen, darunter drei Kinder. "
    "Acht Menschen wurden verletzt."
)
TOLL_EN_1 = (
    "The bombing killed 14 people, police said. It was the deadliest attack since the "
    "2016 station bombing, in which 31 people died, more than half of them children."
)
TOLL_EN_2 = "The death toll from Tuesday's market bombing rose to 17 people killed."


def test_sub_counts_and_a_past_attack_are_left_out_and_the_toll_is_updated() -> None:
    de_14 = _fig("de", 0, "Westfunk", "2024-05-14", TOLL_DE, "14", lang="de", value=14.0,
                 counted="Menschen")
    de_3 = _fig("de", 1, "Westfunk", "2024-05-14", TOLL_DE, "drei", lang="de", value=3.0,
                counted="Kinder")
    de_8 = _fig("de", 2, "Westfunk", "2024-05-14", TOLL_DE, "Acht", lang="de", value=8.0,
                counted="Menschen")
    en_14 = _fig("en1", 0, "Northgate Wire", "2024-05-14", TOLL_EN_1, "14", value=14.0,
                 counted="people")
    en_31 = _fig("en1", 1, "Northgate Wire", "2024-05-14", TOLL_EN_1, "31", value=31.0,
                 counted="people")
    en_17 = _fig("en2", 0, "Meridian Chronicle", "2024-05-16", TOLL_EN_2, "17", value=17.0,
                 counted="people")
    assert is_subcount(de_3.before, de_3.after, "de")
    assert dated_elsewhere(en_31.before, en_31.after, "en", en_31.published)
    assert figure_key(de_3) is None and figure_key(en_31) is None
    # "Acht" is read in its own sentence: injured, not the dead of the sentence before.
    assert figure_key(de_8) == ("count", "injured", False)
    checks = list(figure_checks([de_14, de_3, de_8, en_14, en_31, en_17]))
    assert _pairs(checks) == {
        ("de:figure:0", "en1:figure:0"): "consistent",
        ("de:figure:0", "en2:figure:0"): "updated",
    }


def test_children_among_the_dead_are_not_the_toll_and_decades_are_not_counted() -> None:
    text_fr = "L'attaque a fait 40 morts. Six enfants ont été tués, selon le ministère."
    text_en = ("Six children were killed in the attack, the worst in two decades, and "
               "40 people died in all.")
    fr_dead = _fig("fr", 0, "Le Journal Atlantique", "2024-03-25", text_fr, "40",
                   lang="fr", value=40.0, counted="morts")
    fr_kids = _fig("fr", 1, "Le Journal Atlantique", "2024-03-25", text_fr, "Six",
                   lang="fr", value=6.0, counted="enfants")
    en_kids = _fig("en", 0, "Northgate Wire", "2024-03-25", text_en, "Six", value=6.0,
                   counted="children")
    en_decades = _fig("en", 1, "Northgate Wire", "2024-03-25", text_en, "two", value=2.0,
                      counted="decade")
    en_dead = _fig("en", 2, "Northgate Wire", "2024-03-25", text_en, "40", value=40.0,
                   counted="people")
    assert figure_key(fr_kids) == ("count", "dead (children)", False)
    assert figure_key(en_decades) is None
    checks = list(figure_checks([fr_dead, fr_kids, en_kids, en_decades, en_dead]))
    assert _pairs(checks) == {
        ("fr:figure:0", "en:figure:2"): "consistent",
        ("fr:figure:1", "en:figure:0"): "consistent",
    }


def test_a_network_count_is_not_set_against_an_unscoped_total_unless_they_agree() -> None:
    text_fr = "Les chercheurs ont recensé plus de 3 500 transactions au total l'an dernier."
    text_de = "Die Ermittler rechnen dem Netzwerk rund 1.200 Überweisungen zu."
    text_en = "Investigators tied about 1,200 transfers to the network."
    fr = _fig("fr", 0, "Le Regard", "2024-06-20", text_fr, "plus de 3 500", lang="fr",
              value=3500.0, qualifier="more than", counted="transactions")
    de = _fig("de", 0, "Westfunk", "2024-06-21", text_de, "rund 1.200", lang="de",
              value=1200.0, qualifier="about", counted="Überweisungen")
    en = _fig("en", 0, "Northgate Wire", "2024-06-22", text_en, "about 1,200", value=1200.0,
              qualifier="about", counted="transfers")
    checks = list(figure_checks([fr, de, en]))
    # One network's share is a part of the total ("au total"): not set against it; it
    # used to be "conflicting".
    assert _pairs(checks) == {("de:figure:0", "en:figure:0"): "consistent"}
    fr_plain = _fig("fr", 0, "Le Regard", "2024-06-20",
                    "Les chercheurs ont recensé plus de 3 500 transactions.", "plus de 3 500",
                    lang="fr", value=3500.0, qualifier="more than", counted="transactions")
    de_low = _fig("de", 0, "Westfunk", "2024-06-19", text_de, "rund 1.200", lang="de",
                  value=1200.0, qualifier="about", counted="Überweisungen")
    # Scope on one side only and amounts that differ: no verdict either way.
    assert list(figure_checks([fr_plain, de_low])) == []
