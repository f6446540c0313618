"""Normalising names, counted things and quote text so they compare across articles.

Pure helpers for stories and checks: folding case and accents, the keys an article
contributes to story clustering (linked entity ids when the store has them, otherwise
the per-article mention keys), and the language-neutral concept of a figure's counted
thing (from the language pack's ``checks.counted_concepts``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date

from sourcetrace.lang import all_packs, get_pack
from sourcetrace.model import Document

__all__ = [
    "article_keys",
    "counted_concept",
    "fold",
    "parse_day",
    "quote_fingerprint",
    "words",
]

_WORD = re.compile(r"\w+(?:'\w+)?|n't", re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


def fold(text: str) -> str:
    """Lower case, accents stripped, apostrophes unified, runs of space collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


def words(text: str) -> list[str]:
    """Lower-cased word tokens (accents kept, for matching language data)."""
    return _WORD.findall(text.translate(_APOSTROPHES).casefold())


def quote_fingerprint(text: str) -> str:
    """Quote text reduced to folded words: the same quote punctuated differently matches."""
    return " ".join(_WORD.findall(fold(text)))


def parse_day(value: str | None) -> date | None:
    """A publication date (ISO, possibly with a time) as a ``date``; None if unreadable."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_keys(
    doc: Document,
    *,
    linked: Mapping[int, str] | None = None,
    max_keys: int = 40,
    max_days: int = 12,
) -> frozenset[str]:
    """The entity and date keys an article brings to story clustering.

    ``linked`` maps a mention's index in ``doc.mentions`` to its cross-document entity
    id (from the linking stage); mentions it lacks fall back to the mention's own
    ``entity_key`` or its folded text with its label. Day-precise dates the article
    mentions are keys too ("date:2024-03-22"): reports of one event name its day. The
    two are capped apart, so a long article full of names keeps its days.
    """
    keys: list[str] = []
    for n, mention in enumerate(doc.mentions):
        if linked is not None and n in linked:
            keys.append(f"e:{linked[n]}")
        elif mention.entity_key:
            keys.append(fold(mention.entity_key))
        else:
            keys.append(f"{mention.label.lower()}:{fold(mention.text)}")
    days = [f"date:{ref.value}" for ref in doc.dates if ref.precision == "day" and ref.value]
    return frozenset([*_first_distinct(keys, max_keys), *_first_distinct(days, max_days)])


def _first_distinct(items: Iterable[str], limit: int) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
        if len(seen) >= limit:
            break
    return list(seen)


def counted_concept(
    counted: str | None, language: str | None, *, known_only: bool = False
) -> str | None:
    """The language-neutral concept of a counted noun, else its folded form.

    With ``known_only`` a noun no language pack knows gives None instead.
    """
    if not counted:
        return None
    concepts = get_pack(language or "xx").checks.counted_concepts
    word = counted.casefold().strip()
    if word in concepts:
        return concepts[word]
    # Languages share some nouns (German "Person"/"Opfer"); try every pack's data.
    for pack in all_packs():
        found = pack.checks.counted_concepts.get(word)
        if found:
            return found
    return None if known_only else fold(word)
