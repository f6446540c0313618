"""Headline and trailing site-name detection on what survives boilerplate removal.

- ``find_headline``: when the body opens with the given title (compared after folding
  case, punctuation and a " | Site" suffix), that line is the headline; with no title,
  a first line that looks like one (short, no final period, not a byline or a date,
  followed by a paragraph break or a dateline) is taken as headline and title.
- ``is_site_name``: a closing line that only names the outlet.

A dateline ("PARIS, March 24 (Reuters) -", "BERLIN (dpa) –") is body, never a headline.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["DATELINE", "fold", "is_dateline", "looks_like_headline", "site_names", "title_variants"]

#: A wire dateline: a place in capitals, optionally a date, optionally the agency, a dash.
DATELINE = re.compile(
    r"(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]{1,40})(?:/[\w .'’-]{1,40})?"
    r"(?:,\s*[^()\n\-–—]{1,40}?)?\s*(?:\([^()\n]{1,40}\))?\.?\s*[-–—]{1,2}\s",
)
#: "By Jane Doe", "Par Jean Dupont et Marie Martin", "Von Anna Schmidt": a byline, not a title.
BYLINE = re.compile(
    r"(?:by|par|von|por|de)\s+(?-i:[A-ZÀ-Þ][\w'’.-]*)(?:\s*(?:,|and|et|und|y|&)?\s*(?-i:[A-ZÀ-Þ][\w'’.-]*))*"
    r"(?:\s*[,|–—-]\s*[^\n]{1,40})?",
    re.IGNORECASE,
)
#: Separators between a title and the site name appended to it.
_TITLE_SUFFIX = re.compile(r"\s+[|–—\-:·•]\s+|\s*\|\s*")

MAX_HEADLINE_CHARS = 200
MAX_HEADLINE_WORDS = 30
MAX_SITE_NAME_CHARS = 60
_WORD = re.compile(r"[^\W\d_]{2,}")
_FINAL = re.compile(r"[.,;:]$")


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used to compare titles and lines."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", letters))


def title_variants(title: str) -> set[str]:
    """The folded title, and the title without a site name before or after a separator."""
    variants = {fold(title)}
    parts = _TITLE_SUFFIX.split(title.strip())
    if len(parts) > 1:
        variants.add(fold(" ".join(parts[:-1])))
        variants.add(fold(" ".join(parts[1:])))
    variants.discard("")
    return variants


def site_names(source: str | None, title: str | None) -> set[str]:
    """Folded outlet names a closing line may repeat: the source, a title's site suffix."""
    names = set()
    if source:
        names.add(fold(source))
        host = source.split("/")[0]
        if "." in host:
            names.add(fold(host.rsplit(".", 1)[0]))
    if title:
        parts = _TITLE_SUFFIX.split(title.strip())
        if len(parts) > 1 and len(parts[-1]) <= MAX_SITE_NAME_CHARS:
            names.add(fold(parts[-1]))
    names.discard("")
    return names


def is_site_name(line: str, names: Iterable[str]) -> bool:
    return len(line) <= MAX_SITE_NAME_CHARS and fold(line) in set(names)


def is_dateline(line: str) -> bool:
    return DATELINE.match(line) is not None


def looks_like_headline(line: str) -> bool:
    """Short, several words, no final period, and neither a dateline, byline nor date."""
    if len(line) > MAX_HEADLINE_CHARS or _FINAL.search(line):
        return False
    words = line.split()
    if not 2 <= len(words) <= MAX_HEADLINE_WORDS or len(_WORD.findall(line)) < 2:
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'«“„‘¿¡"):
        return False
    if is_dateline(line + " ") or BYLINE.fullmatch(line) or _date_only(line):
        return False
    return True


def _date_only(line: str) -> bool:
    """A date or time and a few words at most ("Monday, March 24, 2024 10:15 am")."""
    words = len(_WORD.findall(line))
    return any(ch.isdigit() for ch in line) and words <= 3 and len(line.split()) <= 7
