"""Name candidates without a model (a language with neither a spaCy pipeline nor an
entity-only model in its pack; German before it had one).

German capitalises every noun, so a capital letter is weak evidence. A candidate needs a
second cue: a title or role before it ("Innenministerin Nancy Faeser", "Frau Baerbock"), a
known first name ("Olaf Scholz"), an organisation word or ending ("Bundesamt für
Verfassungsschutz", "Innenministerium", "Siemens AG"), the place gazetteer ("München",
"Frankreich"), or a place preposition with a place-like word ("in Oberhausen").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from sourcetrace.capabilities.entities.gazetteer import Place
from sourcetrace.capabilities.entities.lexicon import Lexicon
from sourcetrace.capabilities.entities.names import Candidate

__all__ = ["rule_candidates"]

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’.-]*[\w]|[A-Za-zÀ-ÖØ-öø-ÿ]")
#: A big city is a place even at the start of a sentence; a small one needs a preposition.
BIG_CITY = 100_000


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def rule_candidates(text: str, lex: Lexicon, places: Mapping[str, Place]) -> list[Candidate]:
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    out: list[Candidate] = []
    i = 0
    while i < len(words):
        word, start, _ = words[i]
        prev = words[i - 1][0] if i else ""
        sentence_start = i == 0 or bool(
            re.search(r"[.!?:\n\"„“]\s*$", text[words[i - 1][2] : start])
        )
        folded = word.casefold().rstrip(".")
        if not _capitalised(word) or word in lex.stop_words or _is_title(folded, lex):
            i += 1
            continue
        # A capitalised run, allowing connectors inside ("Bundesamt für Verfassungsschutz").
        j = i + 1
        while (
            j < len(words)
            and (
                _capitalised(words[j][0])
                or (
                    words[j][0].casefold() in lex.connectors
                    and j + 1 < len(words)
                    and _capitalised(words[j + 1][0])
                )
            )
            and words[j][1] - words[j - 1][2] <= 1
            and words[j][0] not in lex.stop_words
            # a given name starts a new run: "Grünen-Politiker | Jürgen Trittin"
            and not (words[j][0] in lex.first_names and words[j - 1][0] not in lex.first_names)
        ):
            j += 1
        run = words[i:j]
        while run and run[-1][0].casefold() in lex.connectors:
            run.pop()
        if not run:  # a capitalised connector alone ("Von", "Der") names nothing
            i = max(j, i + 1)
            continue
        run = _drop_descriptor(run, text, lex)
        run_text = text[run[0][1] : run[-1][2]]
        label = _label_run(run, run_text, prev, sentence_start, lex, places)
        if label is not None:
            out.append(Candidate(run[0][1], run[-1][2], label, "rule"))
        i = max(j, i + 1)
    return out


def _drop_descriptor(
    run: list[tuple[str, int, int]], text: str, lex: Lexicon
) -> list[tuple[str, int, int]]:
    """A capitalised noun glued before a known name describes it: "Terrormiliz | Islamischer
    Staat". A connector inside keeps the run whole ("Bundesamt für Verfassungsschutz")."""
    if any(w.casefold() in lex.connectors for w, _, _ in run):
        return run
    for k in range(1, len(run)):
        if text[run[k][1] : run[-1][2]] in lex.known:
            return run[k:]
    return run


def _label_run(
    run: list[tuple[str, int, int]],
    run_text: str,
    prev: str,
    sentence_start: bool,
    lex: Lexicon,
    places: Mapping[str, Place],
) -> str | None:
    data = lex.data
    first = run[0][0]
    last = run[-1][0]
    if last in lex.company_suffixes and len(run) > 1:
        return "COMPANY"
    if any(w in lex.org_keywords for w, _, _ in run) and (len(run) > 1 or first in lex.known):
        return "ORG"
    if (
        len(run) == 1
        and len(first) > 8
        and any(first.casefold().endswith(e) for e in data.org_endings)
    ):
        return "ORG"
    place = places.get(run_text)
    if place is not None:
        if (
            place.kind == "country"
            or place.population >= BIG_CITY
            or prev.casefold() in lex.place_prepositions
        ):
            return "GPE"
    if first in lex.first_names and len(run) >= 2:
        return "PERSON"
    if _is_title(prev.casefold().rstrip("."), lex):
        return "PERSON"
    if run_text.isupper() and 2 <= len(run_text) <= 6 and len(run) == 1:
        return "ORG"
    if (
        len(run) == 1
        and prev.casefold() in lex.place_prepositions
        and not sentence_start
        and any(first.endswith(e) for e in data.place_endings)
        and not any(first.endswith(e) for e in data.common_noun_endings)
    ):
        return "GPE"
    return None


def _is_title(folded: str, lex: Lexicon) -> bool:
    """An honorific or role noun, compounds included ("Bundesinnenministerin")."""
    return (
        folded in lex.honorifics
        or folded in lex.role_nouns
        or _role_suffixes(lex.role_nouns).search(folded) is not None
    )


@functools.lru_cache(maxsize=16)
def _role_suffixes(role_nouns: frozenset[str]) -> re.Pattern[str]:
    """One pattern for "ends with a long role noun" (compounds), built once per lexicon."""
    long_nouns = sorted((re.escape(n) for n in role_nouns if len(n) > 6), key=len, reverse=True)
    return re.compile("(?:" + "|".join(long_nouns) + ")$" if long_nouns else r"(?!)")
