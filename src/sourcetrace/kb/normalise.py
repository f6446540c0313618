"""Name normalisation: the key under which a surface form is looked up.

Two spellings get the same key when they differ only in case, accents, punctuation,
hyphens, a leading article ("the", "l'", "der" …), an Arabic "al-"/"el-" particle, or a
possessive "'s". The key is deliberately not a stem: "Monde" and "monde" share a key, but
whether a lower-case common word may link is the linker's decision, not this module's.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import jellyfish

__all__ = [
    "LEADING_ARTICLES",
    "PARTICLES",
    "acronym_of",
    "fold",
    "is_acronym",
    "normalise",
    "phonetic_key",
    "tokens",
]

#: Articles dropped at the start of a name ("The Guardian" = "Guardian", "l'EI" = "EI").
LEADING_ARTICLES = frozenset(
    {
        "the",
        "l",
        "le",
        "la",
        "les",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "el",
        "los",
        "las",
        "il",
        "lo",
        "gli",
    }
)
#: Particles joined to a name in Arabic transliterations, dropped anywhere but alone.
PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "ar", "az", "an", "at"})
#: Words left out of an acronym's expansion ("Organisation du traité de l'Atlantique nord").
CONNECTORS = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "in",
        "on",
        "de",
        "du",
        "des",
        "la",
        "le",
        "l",
        "d",
        "et",
        "der",
        "die",
        "das",
        "und",
        "für",
        "fur",
        "von",
        "y",
        "del",
        "los",
        "las",
        "el",
        "a",
    }
)
# Typographic apostrophes and dashes are the point of these two tables.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_POSSESSIVE = re.compile(r"'s$|(?<=s)'$")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/]+")
_DROP = re.compile(r"[^\w' ]+")


def fold(text: str) -> str:
    """Case- and accent-folded text (``"État"`` → ``"etat"``); other scripts are kept."""
    if text.isascii():
        return text.lower().replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().replace("ß", "ss")


def tokens(text: str) -> list[str]:
    """The words of a folded name, without articles, particles, dots or possessives."""
    folded = _POSSESSIVE.sub("", fold(text).strip())
    # "U.S." and "U.N." keep their letters together; other punctuation separates words.
    folded = re.sub(r"(?<=\b\w)\.(?=\w\.)|(?<=\b\w\.\w)\.", "", folded).replace(".", " ")
    words = [w for w in _DROP.sub(" ", _SEPARATORS.sub(" ", folded)).split() if w]
    out: list[str] = []
    for word in words:
        # Elided articles ("l'etat", "d'ivoire") lose their first part.
        head, sep, tail = word.partition("'")
        if sep and head in {"l", "d", "qu"} and tail:
            word = tail
        out.append(word.replace("'", ""))
    while len(out) > 1 and out[0] in LEADING_ARTICLES:
        out = out[1:]
    if len(out) > 1:
        kept = [w for w in out if w not in PARTICLES]
        out = kept or out
    return out


_PLAIN = re.compile(r"[a-z]+(?: [a-z]+)*")


def normalise(text: str) -> str:
    """The lookup key of a name: folded words joined by single spaces."""
    return _normalise_cached(text) if len(text) < 80 else _normalise(text)


@functools.lru_cache(maxsize=1 << 15)
def _normalise_cached(text: str) -> str:
    return _normalise(text)


def _normalise(text: str) -> str:
    """``normalise`` without the cache (for building indexes of names seen once)."""
    folded = fold(text)
    if _PLAIN.fullmatch(folded):
        # Fast path (most place names): plain words; only articles and particles to check.
        words = folded.split(" ")
        if words[0] not in LEADING_ARTICLES and not PARTICLES.intersection(words):
            return folded
    return " ".join(tokens(text))


def is_acronym(surface: str) -> bool:
    """ "NATO", "ISIL", "BfV", "U.S." yes; "Nato" and "Paris" no."""
    letters = [ch for ch in surface if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters)
    return 2 <= len(letters) <= 8 and capitals >= 2 and capitals * 2 > len(letters)


def acronym_of(name: str) -> str:
    """Initials of the significant words of ``name``, folded ("Islamic State" → "is")."""
    words = [w for w in tokens(name) if w not in CONNECTORS]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def phonetic_key(word: str) -> str:
    """A sound-alike key for one word: Metaphone, with "TS"/"TZ" heard as "S" so that
    "Schultz" and "Scholz" meet."""
    key = jellyfish.metaphone(fold(word))
    return key.replace("TS", "S").replace("0", "T")
