"""Document-level layers over the per-sentence tagger: one article, one reading of a name.

- overlaps are settled by source priority (a dateline rule beats the model, the model
  beats a propagated copy);
- a surface form gets its majority label everywhere in the article;
- a name tagged once is tagged at its other occurrences too, including inside all-caps
  headlines (matched case-insensitively there, where the model is blind);
- a surname alone ("Pistorius") is the person named in full elsewhere ("Boris Pistorius");
- an acronym defined in brackets ("... Constitution (BfV)") shares the long form's label and
  key, and so do its later uses;
- every candidate gets an ``entity_key`` shared by all mentions of the same thing.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from sourcetrace.capabilities.entities.lexicon import Lexicon, is_nationality
from sourcetrace.capabilities.entities.names import (
    COARSE,
    PRIORITY,
    Candidate,
    key_for,
    person_tokens,
    surname,
)

__all__ = ["acronyms", "assign_keys", "harmonise", "propagate", "resolve_overlaps", "unify_labels"]

_ACRONYM = re.compile(r"[ \u00a0]?\((?P<acr>[A-ZÀ-Þ][A-Za-zÀ-ÿ&]{0,2}[A-ZÀ-Þ][A-Za-zÀ-ÿ&]{0,6})\)")
#: Labels that come from data (known names) are not outvoted by the model.
_FIXED_SOURCES = frozenset({"known", "dateline", "acronym", "cue"})


def resolve_overlaps(cands: Iterable[Candidate]) -> list[Candidate]:
    """Keep the best of overlapping candidates: trusted source first, then the longer span.

    A known name inside a longer tagged name yields to it ("Verfassungsschutz" inside
    "Bundesamt für Verfassungsschutz" is part of another name).
    """
    pool = list(cands)
    longer = [c for c in pool if c.source in ("model", "rule")]
    pool = [
        c
        for c in pool
        if c.source != "known"
        or not any(
            o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start
            for o in longer
        )
    ]
    ranked = sorted(pool, key=lambda c: (-PRIORITY.get(c.source, 0), -(c.end - c.start), c.start))
    # Kept spans never overlap one another, so sorted by start they are sorted by end too:
    # a new span can only clash with its two neighbours (no scan of all kept spans).
    kept: list[Candidate] = []
    starts: list[int] = []
    for cand in ranked:
        i = bisect.bisect_right(starts, cand.start)
        if i > 0 and kept[i - 1].end > cand.start:
            continue
        if i < len(kept) and kept[i].start < cand.end:
            continue
        kept.insert(i, cand)
        starts.insert(i, cand.start)
    return kept


def harmonise(text: str, cands: list[Candidate], lex: Lexicon) -> None:
    """Give each surface form its majority label; surnames of named people become PERSON."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    fixed: dict[str, str] = {}
    # The dateline's place is the article's place: "LYON, France -" then "in Lyon".
    dateline: dict[str, str] = {}
    for cand in cands:
        surface = text[cand.start : cand.end]
        if cand.source in _FIXED_SOURCES:
            fixed[surface] = cand.label
        if cand.source == "dateline":
            dateline[surface.casefold()] = cand.label
        votes[surface][cand.label] += 1
    surnames = _surnames(text, cands, lex)
    for cand in cands:
        surface = text[cand.start : cand.end]
        if cand.source in _FIXED_SOURCES:
            continue
        if surface in fixed:
            cand.label = fixed[surface]
        elif surface.casefold() in dateline:
            cand.label = dateline[surface.casefold()]
        elif surface in surnames and surface not in lex.known:
            cand.label = "PERSON"
        else:
            ranked = votes[surface].most_common()
            if len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
                cand.label = ranked[0][0]


def _surnames(text: str, cands: list[Candidate], lex: Lexicon) -> dict[str, str]:
    out: dict[str, str] = {}
    for cand in cands:
        if cand.label == "PERSON":
            name = text[cand.start : cand.end]
            last = surname(name, lex)
            if last and (last not in out or len(name) > len(out[last])):
                out[last] = name
    return out


def acronyms(text: str, cands: list[Candidate], lex: Lexicon) -> dict[str, Candidate]:
    """Acronyms defined right after a long form; returns acronym → long-form candidate."""
    ends = {c.end: c for c in cands}
    defined: dict[str, Candidate] = {}
    for match in _ACRONYM.finditer(text):
        long_form = ends.get(match.start())
        acr = match.group("acr")
        if long_form is None and acr not in defined:
            long_form = _lowercase_long_form(text, match.start(), acr, cands, lex)
            if long_form is not None:
                cands.append(long_form)
        if long_form is None or long_form.label == "PERSON" or acr in defined:
            continue
        words = re.findall(r"[\w]+", text[long_form.start : long_form.end])
        initials = "".join(w[0] for w in words if w.casefold() not in lex.connectors).upper()
        several_words = len(words) >= 2 and long_form.coarse() == "ORG"
        if not (_initials_fit(acr, initials) or several_words):
            continue
        defined[acr] = long_form
        label = long_form.label
        if label == "ORG" and lex.known.get(acr, "ORG") != "ORG":
            label = long_form.label = lex.known[acr]  # a known acronym gives its finer type
        span = Candidate(match.start("acr"), match.end("acr"), label, "acronym")
        cands.append(span)
    return defined


def _lowercase_long_form(
    text: str, end: int, acr: str, cands: list[Candidate], lex: Lexicon
) -> Candidate | None:
    """The long form of an organisation's acronym written in lower case, which no tagger
    finds: "le parquet national antiterroriste (PNAT)". Only for an acronym that is an
    organisation (known, or tagged so elsewhere in the article); the long form is the
    fewest words before the bracket that spell the acronym's letters in order, the first
    letter opening the first word (letters may come from inside words: "antiterroriste").
    """
    label = lex.known.get(acr)
    if label is None:
        tagged = [c for c in cands if text[c.start : c.end] == acr and c.coarse() == "ORG"]
        label = tagged[0].label if tagged else None
    if label is None or COARSE.get(label, "ORG") != "ORG":
        return None
    letters = [ch.casefold() for ch in acr if ch.isalpha()]
    sentence_start = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end)) + 1
    words = list(re.finditer(r"[\w'’-]+", text[sentence_start:end]))
    for count in range(2, min(len(words), len(letters) + 2) + 1):
        chosen = words[-count:]
        first = chosen[0].group()
        if first.casefold() in lex.determiners or first.casefold() in lex.connectors:
            continue
        start = sentence_start + chosen[0].start()
        if first[0].casefold() != letters[0] or any(c.start < end and start < c.end for c in cands):
            continue
        if _spells(letters, [w.group().casefold() for w in chosen], lex):
            return Candidate(start, sentence_start + chosen[-1].end(), label, "acronym")
    return None


def _spells(letters: list[str], words: list[str], lex: Lexicon) -> bool:
    """Whether ``words`` spell ``letters`` in order: each content word gives its first letter
    and maybe more from inside it ("antiterroriste" → "a…t"), connectors ("de", "of") none."""
    content = [w for w in words if w not in lex.connectors]

    def fits(word_index: int, letter_index: int) -> bool:
        if word_index == len(content):
            return letter_index == len(letters)
        word = content[word_index]
        if letter_index >= len(letters) or word[0] != letters[letter_index]:
            return False
        # Letters taken from inside this word: try taking none, one, two … in order.
        taken, pos = letter_index + 1, 1
        while True:
            if fits(word_index + 1, taken):
                return True
            if taken >= len(letters):
                return False
            found = word.find(letters[taken], pos)
            if found == -1:
                return False
            taken, pos = taken + 1, found + 1

    return bool(content) and fits(0, 0)


def _initials_fit(acr: str, initials: str) -> bool:
    """ "BfV" fits "FOPC"? No; it fits any long form whose initials share its first letter and
    at least half its capitals in order (German compounds hide initials inside words)."""
    caps = [ch for ch in acr.upper() if ch.isalpha()]
    if not caps or not initials or caps[0] != initials[0]:
        return bool(caps) and caps[0] in initials
    pos, hits = 0, 0
    for ch in caps:
        found = initials.find(ch, pos)
        if found != -1:
            hits, pos = hits + 1, found + 1
    return hits * 2 >= len(caps)


def propagate(
    text: str,
    cands: list[Candidate],
    lex: Lexicon,
    caps_lines: list[tuple[int, int]],
) -> list[Candidate]:
    """Tag the untagged occurrences of names already tagged somewhere in the article."""
    surfaces: dict[str, str] = {}
    for cand in cands:
        surface = text[cand.start : cand.end]
        if _propagatable(surface, lex):
            surfaces.setdefault(surface, cand.label)
    for last, _full in _surnames(text, cands, lex).items():
        if _propagatable(last, lex) and last not in surfaces:
            surfaces[last] = "PERSON"
    if not surfaces:
        return cands
    alternation = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
    added: list[Candidate] = []
    taken = sorted((c.start, c.end) for c in cands)
    exact = re.compile(_name_start(lex) + r"(?:" + alternation + r")(?![\w-])")
    for match in exact.finditer(text):
        if not _free(taken, match.start(), match.end()) or _in_caps(caps_lines, match.start()):
            continue
        added.append(Candidate(match.start(), match.end(), surfaces[match.group()], "propagated"))
    if caps_lines:
        upper = {s.upper(): label for s, label in surfaces.items() if len(s) >= 3}
        folded = re.compile(
            r"(?<![\w'’-])(?:"
            + "|".join(re.escape(s) for s in sorted(upper, key=len, reverse=True))
            + r")(?![\w-])"
        )
        for line_start, line_end in caps_lines:
            for match in folded.finditer(text, line_start, line_end):
                if _free(taken, match.start(), match.end()):
                    label = upper[match.group()]
                    added.append(Candidate(match.start(), match.end(), label, "propagated"))
    return resolve_overlaps([*cands, *added])


def _name_start(lex: Lexicon) -> str:
    """Where a name may start: not inside a word, nor after an apostrophe ("O'Brien"),
    except after an elided article or "de" of the language ("l'Insee", "d'Ined")."""
    letters = {d[0] for d in lex.determiners if len(d) == 2 and d[1] in "'’"}
    if not letters:
        return r"(?<![\w'’-])"
    elided = "".join(sorted(letters | {"d"}))
    return rf"(?:(?<![\w'’-])|(?<=(?<!\w)[{elided}{elided.upper()}]['’]))"


def _propagatable(surface: str, lex: Lexicon) -> bool:
    return (
        len(surface) >= 2
        and surface[0].isupper()
        and surface not in lex.stop_words
        and not is_nationality(surface, lex)
        and surface.casefold() not in lex.role_nouns
    )


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e in taken)


def _in_caps(caps_lines: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in caps_lines)


def assign_keys(
    text: str, cands: list[Candidate], lex: Lexicon, defined: dict[str, Candidate]
) -> None:
    """One key per real thing in the article: the longest full name or the long form."""
    people: dict[str, str] = _surnames(text, cands, lex)
    full_names = {text[c.start : c.end] for c in cands if c.label == "PERSON"}
    long_forms = {acr: text[c.start : c.end] for acr, c in defined.items()}
    upper_names: dict[str, str] = {}
    for cand in cands:
        surface = text[cand.start : cand.end]
        if not surface.isupper():
            upper_names.setdefault(surface.upper(), surface)
    for cand in cands:
        surface = text[cand.start : cand.end]
        if (
            surface.isupper()
            and len(surface) > 3
            and surface in upper_names
            and surface not in long_forms
        ):
            surface = upper_names[surface]  # "JAPAN" in a headline is "Japan" of the body
        if cand.label == "PERSON":
            tokens = person_tokens(surface)
            canonical = people.get(surface) or people.get(tokens[-1], surface)
            if len(tokens) > 1 and surface in full_names and len(surface) >= len(canonical):
                canonical = surface
            cand.key = key_for("PERSON", canonical)
        elif surface in long_forms:
            cand.key = key_for(cand.label, long_forms[surface])
        else:
            cand.key = key_for(cand.label, surface)


def unify_labels(text: str, cands: list[Candidate]) -> None:
    """One label per acronym in an article, after every relabelling: the majority; on a tie,
    an organisation ("the NRA" read as a place after "with the", as an organisation before
    "said"). Other names may rightly differ by context ("al Valencia" the club, "en
    Valencia" the city), which ``harmonise`` and the context votes decide."""
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for cand in cands:
        surface = text[cand.start : cand.end]
        if surface.isupper() and len(surface) >= 2:
            groups[surface].append(cand)
    for group in groups.values():
        votes = Counter(c.label for c in group)
        if len(votes) < 2:
            continue
        ranked = votes.most_common()
        if ranked[0][1] > ranked[1][1]:
            label = ranked[0][0]
        elif any(c.coarse() == "ORG" for c in group):
            label = next(c.label for c in group if c.coarse() == "ORG")
        else:
            label = group[0].label
        for cand in group:
            cand.label = label
