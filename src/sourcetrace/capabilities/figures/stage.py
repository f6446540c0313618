"""The figures stage: how many, of what, per what, how sure — normalised for comparison.

Finds numbers (``capabilities.figures.numbers``), drops those that are not figures (dates,
years, clock times, ages, relative dates, list numbering, phone numbers, identifiers, numbers inside
names such as "G20", "COVID-19", "Article 5", page furniture such as "12 comments"), and
reads around each remaining one: a currency (symbol, ISO code or word), a unit, a
qualifier ("at least", "plus de", "rund"), a range ("between 150 and 300", "150-300",
"de 150 à 300"), a rate ("a week", "pro Monat") and the counted thing ("85 people" ->
"people"; lemmatised from the shared spaCy parse when there is one, never re-parsed).

Decisions, so that figures compare across articles:
- ``value`` is the single value as a float, scaled ("2,5 millions" -> 2500000.0); a range
  has ``low``/``high`` and no ``value``.
- The span covers qualifier, number(s), currency, unit and a rate right after them; the
  counted noun is a field, not part of the span ("at least 85" in "at least 85 people").
- Ages ("aged 34", "a 34-year-old", "Jean Dupont, 34 ans,") are attributes of a person,
  not figures. Durations ("for three days", "20 years in prison") are figures with a
  time unit; relative dates ("three days ago", "il y a trois jours") belong to dates.
- A bare four-digit number from 1800 to 2100 is a year unless a currency or unit goes
  with it, or a qualifier and a counted noun do ("more than 2000 people").
- "one"/"un"/"ein"/"uno" alone are not figures ("one of them", "un homme").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from sourcetrace.capabilities.figures.clause import (
    BACK_CHARS,
    clause_of,
    clause_rate,
    counted_by_verb,
    counted_linked,
    counted_of_number,
    refers_back,
    toll,
    vague_range,
)
from sourcetrace.capabilities.figures.counted import counted_after, counted_key
from sourcetrace.capabilities.figures.numbers import NumberSpan, find_numbers
from sourcetrace.capabilities.figures.patterns import (
    FigurePatterns,
    compile_lexicon,
    normalise_phrase,
)
from sourcetrace.core.pipeline import Stage
from sourcetrace.core.resources import Resources
from sourcetrace.lang import get_pack
from sourcetrace.model import Document, Figure

__all__ = ["STAGE", "extract_figures", "headline_figures", "patterns_for"]

NAME = "figures"
_WINDOW = 60


@dataclass(slots=True, kw_only=True)
class _Quantity:
    """A number with what is glued to it, before ranges are merged."""

    number: NumberSpan
    start: int  # currency symbol before, if any
    end: int  # after unit or currency
    value: float
    unit: str | None = None
    currency: str | None = None
    qualifier: str | None = None
    qualifier_start: int | None = None
    low: float | None = None
    high: float | None = None


def patterns_for(language: str | None, resources: Resources | None = None) -> FigurePatterns:
    """The compiled figure patterns of ``language`` (once per process with ``core.resources``)."""
    pack = get_pack(language)
    if resources is None:
        return compile_lexicon(pack.figures)
    return resources.cached(f"figures.patterns.{pack.code}", lambda: compile_lexicon(pack.figures))  # type: ignore[no-any-return]


def extract_figures(text: str, patterns: FigurePatterns, parsed: Any = None) -> tuple[Figure, ...]:
    """All figures of ``text`` in text order. ``parsed`` is the spaCy Doc of ``text`` or None."""
    masked = [(m.start(), m.end()) for mask in patterns.masks for m in mask.finditer(text)]
    quantities: list[_Quantity] = []
    for number in find_numbers(text, patterns):
        if any(number.start < end and start < number.end for start, end in masked):
            continue
        if quantities and number.start < quantities[-1].end:
            continue  # a word inside the unit just read: "por ciento"
        if _glued(text, number) or _excluded_by_context(text, number, patterns):
            continue
        quantity = _quantity(text, number, patterns)
        if quantity is not None:
            quantities.append(quantity)
    figures: list[Figure] = []
    merged = _fractions(text, _merge_ranges(text, quantities, patterns), patterns.lexicon)
    spans = [(q.start, q.end) for q in merged]
    for quantity in merged:
        figure = _figure(text, quantity, patterns, parsed, spans)
        if figure is not None:
            figures.append(_counted_from_before(text, figure, figures, patterns.lexicon))
    return tuple(figures)


#: The wholes a share is said to be of: "one in 3", "huit sur dix", "9 out of 100".
_WHOLES = frozenset({2.0, 3.0, 4.0, 5.0, 10.0, 100.0, 1000.0})


def _fractions(text: str, quantities: list[_Quantity], lex: Any) -> list[_Quantity]:
    """ "N [up to two words] sur M" as one percentage: "huit véhicules sur dix" = 80 %."""
    if not lex.fraction_joiners:
        return quantities
    joiners = "|".join(re.escape(j) for j in lex.fraction_joiners)
    gap = re.compile(rf"\s+(?:[^\W\d_]+\s+){{0,2}}(?:{joiners})\s+\Z", re.IGNORECASE)
    out: list[_Quantity] = []
    index = 0
    while index < len(quantities):
        part = quantities[index]
        whole = quantities[index + 1] if index + 1 < len(quantities) else None
        if (whole is not None and part.low is None and whole.low is None
                and not (part.unit or part.currency or whole.unit or whole.currency)
                and whole.value in _WHOLES and 0 < part.value < whole.value
                and gap.match(text[part.end : whole.start])):
            out.append(dataclasses.replace(part, end=whole.end, unit="%",
                                           value=round(100.0 * part.value / whole.value, 1)))
            index += 2
            continue
        out.append(part)
        index += 1
    return out


def _counted_from_before(text: str, figure: Figure, earlier: list[Figure],
                         lex: Any) -> Figure:
    """A bare figure about "the number" counts what the last counted figure before it
    (within ``BACK_CHARS``) counts."""
    if figure.counted or figure.unit or figure.currency:
        return figure
    clause = clause_of(text, figure.start, figure.end)
    if not refers_back(text[clause[0] : figure.start], lex):
        return figure
    for previous in reversed(earlier):
        if previous.end < figure.start - BACK_CHARS:
            break
        if previous.counted and not previous.unit and not previous.currency:
            return dataclasses.replace(figure, counted=previous.counted)
    return figure


def _glued(text: str, number: NumberSpan) -> bool:
    """A number stuck to letters is part of a name or code: "G20", "COVID-19", "F-16", "5G"."""
    if number.words:
        return False
    before = text[max(0, number.start - 2) : number.start]
    if before[-1:].isalpha() or before[-1:] in ("#", "\u2116", "_"):
        return True
    if before[-1:] in ("-", "\u2011") and before[:1].isalpha():
        return True
    # a digit group or decimal part cut off from the number before it ("3,5" read in English)
    return bool(before[-1:] in (".", ",") and before[:1].isdigit())


def _excluded_by_context(text: str, number: NumberSpan, patterns: FigurePatterns) -> bool:
    before = text[max(0, number.start - _WINDOW) : number.start]
    after = text[number.digits_end : number.digits_end + _WINDOW]
    for rule in patterns.rules:
        if rule.before is not None and rule.before.search(before) is None:
            continue
        if rule.after is not None and rule.after.match(after) is None:
            continue
        return True
    return False


def _quantity(text: str, number: NumberSpan, patterns: FigurePatterns) -> _Quantity | None:
    start, end, currency, unit = number.start, number.end, None, None
    before = patterns.currency_before.search(text, max(0, start - 8), start)
    if before is not None:
        currency = patterns.currency_lookup.get(normalise_phrase(before.group()))
        start = before.start()
    after_currency = patterns.currency_after.match(text, end)
    if (after_currency is None and patterns.currency_after_linked is not None
            and (number.scaled or (number.words and number.value >= 100))):
        after_currency = patterns.currency_after_linked.match(text, end)
    after_unit = patterns.unit.match(text, end) if patterns.unit is not None else None
    if after_unit is not None and (
        after_currency is None or after_unit.end() > after_currency.end()
    ):
        key = after_unit.group("word")
        unit = patterns.unit_lookup.get(normalise_phrase(key)) if key else None
        unit = unit or patterns.unit_lookup.get(after_unit.group("symbol") or "")
        end = after_unit.end()
    elif after_currency is not None and currency is None:
        word = after_currency.group().strip()
        for link in patterns.lexicon.currency_links:
            if normalise_phrase(word).startswith(normalise_phrase(link)):
                word = word[len(link) :]
        currency = patterns.currency_lookup.get(normalise_phrase(word))
        end = after_currency.end()
    # letters glued after the whole expression: "1st", "3D", "1990s", "20h"
    if text[end : end + 1].isalpha() and not number.words:
        return None
    return _Quantity(
        number=number, start=start, end=end, value=number.value, unit=unit, currency=currency
    )


def _qualify(text: str, quantity: _Quantity, patterns: FigurePatterns) -> None:
    if patterns.qualifier_before is None:
        return
    match = patterns.qualifier_before.search(text, max(0, quantity.start - _WINDOW), quantity.start)
    if match is None:
        return
    phrase = normalise_phrase(match.group())
    qualifier = patterns.qualifier_lookup.get(phrase)
    if qualifier is None:
        return
    if (
        quantity.unit in patterns.lexicon.duration_units
        and phrase in patterns.lexicon.duration_qualifiers
    ):
        return  # "over three days" says when, not how many
    quantity.qualifier = qualifier
    quantity.qualifier_start = match.start()


def _merge_ranges(
    text: str, quantities: list[_Quantity], patterns: FigurePatterns
) -> list[_Quantity]:
    """Join "150 to 300", "between 150 and 300", "de 150 à 300" into one quantity."""
    out: list[_Quantity] = []
    index = 0
    while index < len(quantities):
        low = quantities[index]
        high = quantities[index + 1] if index + 1 < len(quantities) else None
        merged = _range(text, low, high, patterns) if high is not None else None
        if merged is not None:
            out.append(merged)
            index += 2
        else:
            _qualify(text, low, patterns)
            out.append(low)
            index += 1
    return out


def _range(
    text: str, low: _Quantity, high: _Quantity, patterns: FigurePatterns
) -> _Quantity | None:
    gap = text[low.end : high.start]
    opener = None
    if patterns.opener is not None:
        opener = patterns.opener.search(text, max(0, low.start - _WINDOW), low.start)
    joined = False
    if opener is not None:
        expected = patterns.opener_lookup.get(normalise_phrase(opener.group("opener")))
        joined = expected is not None and normalise_phrase(gap) == normalise_phrase(expected)
    if not joined and patterns.joiner.search(gap) is None:
        return None
    if low.unit and high.unit and low.unit != high.unit:
        return None
    if low.currency and high.currency and low.currency != high.currency:
        return None
    low_value = low.value
    if high.number.scaled and not low.number.scaled and low_value < 1000:
        low_value = low.value * high.number.factor  # "$2 to $3 million"
    if not low_value < high.value:
        return None  # a score ("3-1") or a change, not a range
    if low.number.plain and high.number.plain and _is_year(low.value) and _is_year(high.value):
        return None
    merged = dataclasses.replace(
        high,
        start=low.start,
        value=float("nan"),
        low=low_value,
        high=high.value,
        unit=high.unit or low.unit,
        currency=high.currency or low.currency,
    )
    if joined and opener is not None:
        merged.start = opener.start()
    else:
        _qualify(text, merged, patterns)
    return merged


def _is_year(value: float) -> bool:
    return value.is_integer() and 1800 <= value <= 2100


def _figure(text: str, quantity: _Quantity, patterns: FigurePatterns, parsed: Any,
            others: list[tuple[int, int]]) -> Figure | None:
    lex = patterns.lexicon
    number = quantity.number
    is_range = quantity.low is not None
    start = quantity.qualifier_start if quantity.qualifier_start is not None else quantity.start
    end = quantity.end
    qualifier = quantity.qualifier
    if patterns.qualifier_after is not None and qualifier is None:
        tail = patterns.qualifier_after.match(text, end)
        if tail is not None:
            qualifier = patterns.qualifier_after_lookup.get(normalise_phrase(tail.group()))
            end = tail.end() if qualifier else end
    measured = quantity.unit is not None or quantity.currency is not None
    rate = patterns.rate.match(text, end) if patterns.rate is not None else None
    counted = None
    counted_end = end
    if not measured and rate is None:
        found = counted_after(text, end, parsed, lex)
        if found is None:
            # "millions of dollars", "about 1,100 of its dealerships"
            found = counted_linked(text, end, parsed, lex)
        if found is not None:
            counted, counted_end = found
    if not is_range and not measured:
        if number.plain and _is_year(number.value) and not (qualifier and counted):
            return None
        word = normalise_phrase(text[number.start : number.end]) if number.words else ""
        if word in lex.single_words and not qualifier:
            return None
        if word in lex.ambiguous_words and not (qualifier or counted):
            return None
        if _inside_name(text, start, lex.capitalised_nouns, patterns):
            return None
    per = None
    if rate is not None:
        end = rate.end()
    elif counted is not None and patterns.rate_later is not None:
        # "50 refugees a week", "150 fighters cross each month"
        rate = patterns.rate_later.match(text, counted_end)
        if rate is not None and rate.group("rate")[:1].isupper():
            rate = None  # a name: "told the Daily Mail"
    if rate is not None:
        per = patterns.rate_lookup.get(normalise_phrase(rate.group("rate")))
    clause = clause_of(text, start, quantity.end)
    if per is None and quantity.unit is None:
        # "about 60 migrants cross the border every day", "Each day, around 60 people …"
        per = clause_rate(text, clause, lex, (start, quantity.end), others)
    next_word = re.match(r"[ \u00a0\u202f]+([^\W\d_]+)", text[end : end + 30])
    multiplier = next_word is not None and next_word.group(1).lower() in lex.multiplier_nouns
    if multiplier:
        counted = None  # "seven times": a multiplier or a frequency, not a count
    if counted is None and not measured and not multiplier:
        # "the death toll rose to 133": a toll counts the dead.
        counted = (
            toll(text[clause[0] : start], lex)
            or counted_of_number(text[clause[0] : start], clause[0], text, parsed, lex)
            or counted_by_verb(text, clause, start, end, lex)
        )
    if counted is not None:
        counted = counted_key(counted, lex)
    low, high, value = quantity.low, quantity.high, None if is_range else quantity.value
    vague = vague_range(text, number, lex) if number.words and not is_range else None
    if vague is not None:
        # "hundreds of people", "several hundred" are ranges, not 100.
        low, high, value = vague[0], vague[1], None
    if qualifier is None and number.last_word in lex.approximate_scales:
        qualifier = "about"  # "un millier", "una decena"
    end = len(text[:end].rstrip(" ,\u00a0\u202f"))
    return Figure(
        start=start,
        end=end,
        text=text[start:end],
        stage=NAME,
        value=value,
        low=low,
        high=high,
        unit=quantity.unit,
        currency=quantity.currency,
        per=per,
        qualifier=qualifier,
        counted=counted,
    )


def _inside_name(text: str, start: int, capitalised_nouns: bool, patterns: FigurePatterns) -> bool:
    """A number right after a capitalised word mid-sentence names something: "Apollo 11".

    Not applied where every noun is capitalised (German): there the label list decides.
    """
    if capitalised_nouns:
        return False
    head = text[max(0, start - 40) : start]
    if not head.endswith(" ") or head.endswith("  "):
        return False
    words = head.rstrip().split()
    if not words or not words[-1][:1].isupper() or not words[-1].isalpha():
        return False
    if len(words) < 2 or words[-2][-1:] in '.!?:\u201c\u00ab"\n':
        return False  # the capital starts a sentence
    previous = head.rstrip()[: -len(words[-1])]
    if previous.endswith("\n") or not previous.strip():
        return False
    return normalise_phrase(words[-1]) not in patterns.lexicon.weekdays


def run(doc: Document, resources: Resources) -> Document:
    if not doc.text:
        return doc.evolve(figures=())
    patterns = patterns_for(doc.language, resources)
    body = extract_figures(doc.text, patterns, doc.parsed)
    return doc.evolve(figures=body + headline_figures(doc, patterns, resources))


def headline_figures(doc: Document, patterns: FigurePatterns,
                     resources: Resources | None = None) -> tuple[Figure, ...]:
    """The figures of the headline (``field="headline"``, offsets into it), after the
    body's: "FIVE DEAD" is compared with the body and with other outlets. An all-caps
    headline is read in lower case, its offsets unchanged."""
    headline = doc.headline or doc.title
    if not headline or not headline.strip():
        return ()
    # All caps or Title Case is read in lower case (offsets unchanged), so that "Police
    # Killed 1,184" is not a name followed by a number.
    title_case = _title_case(headline) and not patterns.lexicon.capitalised_nouns
    reading = headline.lower() if headline.isupper() or title_case else headline
    nlp = resources.spacy(doc.language, required=False) if resources and doc.language else None
    parsed = nlp(reading) if nlp is not None else None
    return tuple(
        dataclasses.replace(f, text=headline[f.start : f.end], field="headline")
        for f in extract_figures(reading, patterns, parsed)
    )


def _title_case(headline: str) -> bool:
    words = re.findall(r"[^\W\d_]{4,}", headline)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


STAGE = Stage(
    name=NAME,
    version="3",
    requires=frozenset({"text", "language", "parsed"}),
    assigns=frozenset({"figures"}),
    run=run,
)
