"""The shape of the per-language data the figures stage reads (``LanguagePack.figures``).

Every field is plain data: word lists, mappings and regular-expression strings. The stage
compiles them once per process (``sourcetrace.capabilities.figures.patterns``). Keys of the
case-insensitive mappings are written in lower case; ``*_symbols`` mappings are matched
case-sensitively (``M`` for million is not ``m`` for metre).

Placeholders allowed inside ``ContextRule`` expressions: ``{MONTH}`` (an alternation of
``months``) and ``{WEEKDAY}`` (of ``weekdays``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["ContextRule", "FigureLexicon"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ContextRule:
    """A number whose surroundings match is not a figure (a date, a time, an age, a name...).

    ``before`` must match the text that ends right where the number starts (it is tested
    against a short window, anchored at its end); ``after`` must match the text that
    starts right where the number ends. An empty side always matches; a rule with both
    sides empty is invalid. Expressions are case-insensitive.
    """

    name: str
    before: str = ""
    after: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureLexicon:
    """Number formats and the words around numbers for one language.

    - ``text2num``: the language code ``text_to_num`` knows ("en", "fr", "de", "es"), or
      None when numbers in words are not read for this language.
    - ``decimal`` / ``groups``: the decimal mark and the thousands separators of digits.
      ``space_groups`` allows an ordinary space as a thousands separator ("3 500").
    - ``multipliers``: words after a number that scale it ("million", "Milliarden");
      ``multiplier_symbols``: case-sensitive short forms, glued or spaced ("bn", "Mio.").
    - ``currency_before`` / ``currency_after``: words or symbols naming a currency,
      mapped to ISO 4217 (``currency_symbols`` and ``currency_codes`` are shared by all
      languages and may stand on either side); ``currency_links``: words allowed between
      a multiplier word and a currency word ("d'", "de").
    - ``units`` / ``unit_symbols``: unit words and symbols after a number -> short code.
    - ``qualifiers`` (before the number) / ``qualifiers_after`` -> about, at least, more
      than, less than, up to.
    - ``rates``: phrases after a figure -> day, week, month, year; ``clause_rates``: the
      distributive ones ("every day", "chaque jour") that give the rate from anywhere in
      the figure's clause ("Each day, around 60 people are brought over").
    - ``tolls``: phrases that make a bare figure a death toll -> the counted word ("the
      death toll rose to 133" counts "dead"), read before the figure in its clause.
    - ``counted_keys``: counted nouns (lemmas, lower case) -> the language-neutral key
      figures are compared on, a singular English noun ("personnes" -> "person",
      "Soldaten" -> "soldier"); a noun not listed keeps its lemma.
    - ``vague_plurals``: number words that are ranges -> (low, high) ("hundreds").
    - ``vague_before``: words that make a bare power of ten a range ("several hundred",
      "plusieurs milliers": 100–999, 1,000–9,999).
    - ``number_nouns``: "the number of X" before a bare figure in its clause gives X as
      the counted thing ("le nombre de cas s'élève à 100 000").
    - ``reference_nouns``: "the number", "the figure", "the estimate" before a bare figure
      in its clause: the figure counts what the figure before it (within two sentences)
      counts ("… migrants cross each day. The agency put the number at 1,200 a month").
    - ``person_verbs``: words that only people undergo ("killed", "blessés", "detenidos",
      "festgenommen"): a bare figure with one right before it or within three words after
      it counts people ("84 were killed", "killed over 140,000").
    - ``multiplier_nouns``: nouns after a number that make it a multiplier or a frequency,
      not a count of things ("seven times", "sept fois", "siete veces", "siebenmal"): the
      figure then has no counted thing.
    - ``fraction_joiners``: "N [noun] sur M", "N out of M": a share of a whole, read as a
      percentage ("huit véhicules sur dix" = 80 %) when M is 2–5, 10, 100 or 1,000.
    - ``counted_links``: words between a scale or vague word and its counted noun
      ("millions of dollars", "un millier de personnes", "cientos de personas").
    - ``approximate_scales``: scale nouns that say "about" ("un millier", "une dizaine").
    - ``range_openers``: opener -> the joiner it expects ("between" -> "and");
      ``range_joiners``: joiners valid without an opener ("to", "-").
    - ``single_words``: number words that alone are too ambiguous to be a figure ("one",
      "un", "una": "one of them", "un homme"); ``ambiguous_words`` are number words
      that count only with a unit, currency, qualifier or counted noun (French "neuf",
      also "new").
    - ``duration_units``: unit codes for which a leading "over"-like qualifier means
      "during" and is dropped (``duration_qualifiers``).
    - ``not_figures``: context rules for dates, times, ages, names, page furniture;
      ``masks``: expressions over the whole text whose matches hold no figure (phone
      numbers, numeric dates, clock times, identifiers).
    - ``counted_skip``: words after a number that are never the counted thing;
      ``capitalised_nouns``: nouns are capitalised (German), which lets the stage find the
      counted noun without a parser.
    """

    text2num: str | None = None
    decimal: str = "."
    groups: tuple[str, ...] = (",", "\u00a0", "\u202f")
    space_groups: bool = False
    multipliers: Mapping[str, float] = field(default_factory=dict)
    multiplier_symbols: Mapping[str, float] = field(default_factory=dict)
    currency_symbols: Mapping[str, str] = field(default_factory=dict)
    currency_codes: tuple[str, ...] = ()
    currency_before: Mapping[str, str] = field(default_factory=dict)
    currency_after: Mapping[str, str] = field(default_factory=dict)
    currency_links: tuple[str, ...] = ()
    units: Mapping[str, str] = field(default_factory=dict)
    unit_symbols: Mapping[str, str] = field(default_factory=dict)
    qualifiers: Mapping[str, str] = field(default_factory=dict)
    qualifiers_after: Mapping[str, str] = field(default_factory=dict)
    rates: Mapping[str, str] = field(default_factory=dict)
    clause_rates: Mapping[str, str] = field(default_factory=dict)
    tolls: Mapping[str, str] = field(default_factory=dict)
    counted_keys: Mapping[str, str] = field(default_factory=dict)
    vague_plurals: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    vague_before: frozenset[str] = frozenset()
    approximate_scales: frozenset[str] = frozenset()
    counted_links: tuple[str, ...] = ()
    number_nouns: tuple[str, ...] = ()
    reference_nouns: tuple[str, ...] = ()
    person_verbs: frozenset[str] = frozenset()
    multiplier_nouns: frozenset[str] = frozenset()
    fraction_joiners: tuple[str, ...] = ()
    range_openers: Mapping[str, str] = field(default_factory=dict)
    range_joiners: tuple[str, ...] = ("-", "\u2013", "\u2014")
    single_words: frozenset[str] = frozenset()
    ambiguous_words: frozenset[str] = frozenset()
    duration_units: frozenset[str] = frozenset({"h", "min", "day", "week", "month", "year"})
    duration_qualifiers: frozenset[str] = frozenset()
    months: tuple[str, ...] = ()
    weekdays: tuple[str, ...] = ()
    not_figures: tuple[ContextRule, ...] = ()
    masks: tuple[str, ...] = ()
    counted_skip: frozenset[str] = frozenset()
    capitalised_nouns: bool = False
