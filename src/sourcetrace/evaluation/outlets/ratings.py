"""Independent factuality ratings of the seven PolNeAR outlets, used only for evaluation.

Origin: OpenSources.co's domain list (about 2017) as redistributed in the FakeNewsCorpus
``websites.csv`` (github.com/several27/FakeNewsCorpus): breitbart.com is listed as
"political, unreliable, bias" and westernjournalism.com as "bias, clickbait"; the other
five domains are not on the list. Media Bias/Fact Check's factual-reporting ratings
(mediabiasfactcheck.com, as we know them; not re-checked online when this was written,
because the project works offline) point the same way: Breitbart and Western Journal
"mixed" or lower, the other five "high" or "mostly factual".

Only the two-way grouping is used. These ratings are never shipped into signals or
profiles: they are the yardstick the evaluation measures our signals against.
"""

from __future__ import annotations

__all__ = ["ORIGIN", "RATINGS"]

ORIGIN = (
    "OpenSources.co list via FakeNewsCorpus websites.csv; "
    "consistent with MBFC factual-reporting ratings"
)

#: PolNeAR publisher code -> (domain, group): "low" = rated mixed or low factuality.
RATINGS: dict[str, tuple[str, str]] = {
    "breitbart": ("breitbart.com", "low"),
    "west-journal": ("westernjournalism.com", "low"),
    "nyt": ("nytimes.com", "high"),
    "wash-post": ("washingtonpost.com", "high"),
    "politico": ("politico.com", "high"),
    "usa-today": ("usatoday.com", "high"),
    "huff-post": ("huffingtonpost.com", "high"),
}
