"""Compiled regular expressions for one language's ``FigureLexicon``, built once per process.

The lexicon is data (``sourcetrace.lang.<iso>.figures``); this module turns it into the
patterns the figures stage runs: numbers in digits, multipliers, currencies, units,
qualifiers, rates, range words and the non-figure context rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sourcetrace.lang.figure_lexicon import FigureLexicon

__all__ = ["CompiledRule", "FigurePatterns", "compile_lexicon", "normalise_phrase"]

#: Spaces that may stand between a number and the word after it.
SPACE = "[ \u00a0\u202f]"
#: Not followed by a letter (digits and punctuation may follow).
NO_LETTER = r"(?![^\W\d_])"


@dataclass(frozen=True, slots=True)
class CompiledRule:
    name: str
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class FigurePatterns:
    lexicon: FigureLexicon
    number: re.Pattern[str]
    multiplier: re.Pattern[str]
    currency_before: re.Pattern[str]
    currency_after: re.Pattern[str]
    currency_after_linked: re.Pattern[str] | None
    unit: re.Pattern[str] | None
    qualifier_before: re.Pattern[str] | None
    qualifier_after: re.Pattern[str] | None
    rate: re.Pattern[str] | None
    rate_later: re.Pattern[str] | None
    joiner: re.Pattern[str]
    opener: re.Pattern[str] | None
    masks: tuple[re.Pattern[str], ...]
    vague: re.Pattern[str] | None
    rules: tuple[CompiledRule, ...]
    currency_lookup: Mapping[str, str]
    multiplier_lookup: Mapping[str, float]
    unit_lookup: Mapping[str, str]
    qualifier_lookup: Mapping[str, str]
    qualifier_after_lookup: Mapping[str, str]
    rate_lookup: Mapping[str, str]
    opener_lookup: Mapping[str, str]


def normalise_phrase(text: str) -> str:
    """Lower case, one plain space between words, straight apostrophes: the lookup key."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text.replace("\u2019", "'")).strip().lower()


def _alternation(words: Iterable[str], *, flexible_space: bool = True) -> str:
    """Longest first, so "pounds of" wins over "pounds"; spaces match any run of spaces."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word)
        if flexible_space:
            escaped = escaped.replace(r"\ ", SPACE + "+").replace("'", "['\u2019]")
        parts.append(escaped)
    return "|".join(parts) if parts else "(?!)"


def _number_pattern(lex: FigureLexicon) -> re.Pattern[str]:
    groups = list(lex.groups) + ([" "] if lex.space_groups else [])
    group_class = "[" + "".join(re.escape(g) for g in groups) + "]"
    dec = re.escape(lex.decimal)
    grouped = rf"\d{{1,3}}(?:{group_class}\d{{3}})+(?!\d)"
    alternatives = [rf"{grouped}(?:{dec}\d+)?"]
    if lex.decimal != ".":
        # "2.5" in a comma-decimal language: a dot not followed by a three-digit group
        alternatives.append(r"\d+\.\d{1,2}(?!\d)")
    alternatives.append(rf"\d+(?:{dec}\d+)?")
    return re.compile(r"(?<![\d])(?:" + "|".join(alternatives) + ")")


def _multiplier_pattern(lex: FigureLexicon) -> re.Pattern[str]:
    words = _alternation(lex.multipliers)
    long_symbols = _alternation([s for s in lex.multiplier_symbols if len(s) > 1])
    short_symbols = _alternation([s for s in lex.multiplier_symbols if len(s) == 1])
    symbols = _alternation(lex.multiplier_symbols)
    currency = _alternation(lex.currency_symbols)
    return re.compile(
        "(?:"
        + rf"{SPACE}*-?(?i:(?P<word>{words}))"
        + rf"|(?P<glued>{symbols})"
        + rf"|{SPACE}+(?P<spaced>{long_symbols})"
        + rf"|{SPACE}+(?P<short>{short_symbols})(?={SPACE}?(?:{currency}))"
        + ")"
        + NO_LETTER
    )


def _rule_pattern(text: str, lex: FigureLexicon, *, anchor: str) -> re.Pattern[str] | None:
    if not text:
        return None
    text = text.replace("{MONTH}", _alternation(lex.months)).replace(
        "{WEEKDAY}", _alternation(lex.weekdays)
    )
    wrapped = f"(?:{text})\\Z" if anchor == "end" else f"(?:{text})"
    return re.compile(wrapped, re.IGNORECASE)


def compile_lexicon(lex: FigureLexicon) -> FigurePatterns:
    """Compile every pattern of ``lex`` (called once per language through
    ``core.resources.cached``)."""
    symbols = _alternation(lex.currency_symbols, flexible_space=False)
    codes = "|".join(lex.currency_codes) or "(?!)"
    before_words = _alternation(lex.currency_before)
    currency_before = re.compile(
        rf"(?:(?<![^\W\d_])(?:{symbols})|\b(?:{codes})\b|(?i:\b(?:{before_words})\b)){SPACE}?\Z"
    )
    after_words = _alternation(lex.currency_after)
    after_core = rf"(?:(?:{symbols})|\b(?:{codes})\b|(?i:(?:{after_words})))" + NO_LETTER
    currency_after = re.compile(rf"{SPACE}*{after_core}")
    linked = None
    if lex.currency_links:
        links = _alternation(lex.currency_links)
        linked = re.compile(rf"{SPACE}+(?i:(?:{links})){SPACE}*{after_core}")
    unit = None
    if lex.units or lex.unit_symbols:
        unit = re.compile(
            rf"(?:{SPACE}*|-)(?:(?i:(?P<word>{_alternation(lex.units)}))"
            rf"|(?P<symbol>{_alternation(lex.unit_symbols, flexible_space=False)}))" + NO_LETTER
        )
    qualifier_before = None
    if lex.qualifiers:
        qualifier_before = re.compile(
            rf"(?<!\w)(?:{_alternation(lex.qualifiers)}){SPACE}*\Z", re.IGNORECASE
        )
    qualifier_after = None
    if lex.qualifiers_after:
        qualifier_after = re.compile(
            rf"{SPACE}*(?:{_alternation(lex.qualifiers_after)})" + NO_LETTER, re.IGNORECASE
        )
    rate = rate_later = None
    if lex.rates:
        rates = rf"(?P<rate>{_alternation(lex.rates)}){NO_LETTER}(?!{SPACE}*\d)"
        rate = re.compile(rf"{SPACE}*,?{SPACE}*{rates}", re.IGNORECASE)
        # after the counted noun, up to two words may come first (a verb: "cross each month")
        rate_later = re.compile(
            rf"(?:{SPACE}+[^\W\d_]+){{0,2}}{SPACE}*,?{SPACE}*{rates}", re.IGNORECASE
        )
    joiners = [j for j in lex.range_joiners if not j.isalpha()]
    word_joiners = [j for j in lex.range_joiners if j.isalpha()]
    joiner = re.compile(
        rf"\A{SPACE}*(?:{_alternation(joiners)}){SPACE}*\Z"
        + (rf"|\A{SPACE}+(?:{_alternation(word_joiners)}){SPACE}+\Z" if word_joiners else ""),
        re.IGNORECASE,
    )
    opener = None
    if lex.range_openers:
        opener = re.compile(
            rf"(?<!\w)(?P<opener>{_alternation(lex.range_openers)}){SPACE}*\Z", re.IGNORECASE
        )
    rules = tuple(
        CompiledRule(
            name=rule.name,
            before=_rule_pattern(rule.before, lex, anchor="end"),
            after=_rule_pattern(rule.after, lex, anchor="start"),
        )
        for rule in lex.not_figures
    )
    currency_lookup = {normalise_phrase(k): v for k, v in lex.currency_after.items()}
    currency_lookup |= {normalise_phrase(k): v for k, v in lex.currency_before.items()}
    currency_lookup |= {code.lower(): code for code in lex.currency_codes}
    currency_lookup |= {k.lower(): v for k, v in lex.currency_symbols.items()}
    multiplier_lookup = {normalise_phrase(k): v for k, v in lex.multipliers.items()}
    multiplier_lookup |= dict(lex.multiplier_symbols)
    unit_lookup = {normalise_phrase(k): v for k, v in lex.units.items()}
    unit_lookup |= dict(lex.unit_symbols)
    return FigurePatterns(
        lexicon=lex,
        number=_number_pattern(lex),
        multiplier=_multiplier_pattern(lex),
        currency_before=currency_before,
        currency_after=currency_after,
        currency_after_linked=linked,
        unit=unit,
        qualifier_before=qualifier_before,
        qualifier_after=qualifier_after,
        rate=rate,
        rate_later=rate_later,
        joiner=joiner,
        opener=opener,
        masks=tuple(re.compile(mask) for mask in lex.masks),
        vague=re.compile(rf"(?<!\w)(?:{_alternation(lex.vague_plurals)})(?!\w)", re.IGNORECASE)
        if lex.vague_plurals else None,
        rules=rules,
        currency_lookup=currency_lookup,
        multiplier_lookup=multiplier_lookup,
        unit_lookup=unit_lookup,
        qualifier_lookup=_normalised(lex.qualifiers),
        qualifier_after_lookup=_normalised(lex.qualifiers_after),
        rate_lookup=_normalised(lex.rates),
        opener_lookup=_normalised(lex.range_openers),
    )


def _normalised(mapping: Mapping[str, str]) -> dict[str, str]:
    return {normalise_phrase(k): v for k, v in mapping.items()}
