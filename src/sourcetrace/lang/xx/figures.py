"""Figure data shared by every language: currency symbols and codes, masks, context rules.

The language packs build on these constants; the ``xx`` fallback uses them alone, reading
digits with a "." decimal mark (the commonest convention in text we cannot identify).
"""

from sourcetrace.lang.figure_lexicon import ContextRule, FigureLexicon

#: Symbols, longest first where one is a prefix of another; "$" alone is read as USD.
CURRENCY_SYMBOLS = {
    "US$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "R$": "BRL",
    "MX$": "MXN",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₺": "TRY",
    "₹": "INR",
    "₪": "ILS",
    "₴": "UAH",
}

#: ISO 4217 codes read before or after a number when written in capitals ("EUR 5", "5 USD").
CURRENCY_CODES = (
    "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "RUB", "TRY", "SYP", "IQD", "IRR", "ILS",
    "UAH", "SAR", "AED", "QAR", "KWD", "EGP", "LBP", "JOD", "INR", "PKR", "AFN", "CAD",
    "AUD", "NZD", "HKD", "SGD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BRL",
    "MXN", "ARS", "COP", "CLP", "ZAR", "NGN", "KES", "MAD", "DZD", "TND", "XOF", "XAF",
)

#: Stretches that hold no figure: phone numbers, numeric dates, clock times, identifiers.
MASKS = (
    # phone numbers: an international prefix, a bracketed area code or a leading 0,
    # then at least three groups
    r"(?<![\w.,])(?:\+\d{1,3}|\(0?\d{1,4}\)|0\d{1,4})(?:[ .\-\u00a0]\d{1,4}){2,5}(?![\w,])",
    # numeric dates: 22/03/2024, 22.03.2024, 2024-03-22, 03/22
    r"(?<![\w.,])\d{1,2}[./]\d{1,2}[./]\d{2,4}(?![\w,])",
    r"(?<![\w.,])\d{4}-\d{1,2}-\d{1,2}(?!\w)",
    # clock times: 10:30, 20h30
    r"(?<![\w.,])\d{1,2}(?::|[ \u00a0]?h[ \u00a0]?)\d{2}(?::\d{2})?(?!\d)",
    # identifiers: ISBN, three or more digit groups joined by hyphens, long digit runs
    r"\bISBN(?:-1[03])?:?\s*[\dXx\- ]{10,17}",
    r"(?<![\w.,])\d+(?:-\d+){2,}(?!\w)",
    r"(?<![\w.,])\d{11,}(?!\w)",
    # ratios and fractions of the 24/7 kind
    r"(?<![\w.,])\d+/\d+(?![\w/])",
)

#: Context rules true in every language: list numbering at the start of a line.
NOT_FIGURES = (
    ContextRule(name="list", before=r"(?:^|\n)[ \t]*", after=r"[.)](?:\s|$)"),
    ContextRule(name="list", before=r"(?:^|\n)[ \t]*\(", after=r"\)"),
)

LEXICON = FigureLexicon(
    currency_symbols=CURRENCY_SYMBOLS,
    currency_codes=CURRENCY_CODES,
    unit_symbols={"%": "%"},
    masks=MASKS,
    not_figures=NOT_FIGURES,
)
