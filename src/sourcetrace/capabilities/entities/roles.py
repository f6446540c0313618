"""Roles and titles of people, read from the words around a person's name.

Two places say what someone is: the phrase right before the name ("German Defence Minister
Boris Pistorius", "le ministre de l'Intérieur, Bruno Retailleau") and an apposition right
after it ("Thierry Burkhard, chef d'état-major des armées," / "…, qui dirige l'état-major
des armées"). A nationality adjective in the phrase gives the country; a possessive gives
the organisation ("NATO's spokesman"). All words come from the language pack.
"""

from __future__ import annotations

import re

from sourcetrace.capabilities.entities.lexicon import Lexicon
from sourcetrace.capabilities.entities.names import Candidate

__all__ = ["attach_roles"]

_TOKEN = re.compile(r"[\w'’.-]+|,")
_BOUNDARY = re.compile(r"[\n.;:!?«»“”\"()]")
#: How far (characters) to look on either side of a name.
WINDOW = 90


def attach_roles(text: str, cands: list[Candidate], lex: Lexicon) -> None:
    for cand in cands:
        if cand.label != "PERSON":
            continue
        _role_before(text, cand, lex)
        if cand.role is None or cand.role_org is None:
            _role_after(text, cand, lex)


def _role_before(text: str, cand: Candidate, lex: Lexicon) -> None:
    left = text[max(0, cand.start - WINDOW) : cand.start]
    cut = max((m.end() for m in _BOUNDARY.finditer(left)), default=0)
    if cut and left[cut - 1] == "." and re.search(r"(?:^|\s)\w{1,4}\.$", left[:cut]):
        cut = 0  # "Gen. X", "Mr. X": an abbreviation, not a sentence end
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(left, cut)]
    if tokens and tokens[-1][0] == ",":
        tokens.pop()  # "le ministre de l'Intérieur, Bruno Retailleau"
    taken: list[tuple[str, int]] = []
    has_noun = False
    country = org = None
    for word, pos in reversed(tokens):
        folded = word.casefold().rstrip(".")
        if folded in lex.honorifics and not taken:
            cand.title = cand.title or word.rstrip(".")
            continue
        if folded in lex.role_nouns or any(
            folded.endswith(n) for n in lex.role_nouns if len(n) > 6
        ):
            has_noun = True
        elif folded in lex.nationalities:
            country = lex.nationalities[folded]
            break
        elif re.search(r"['’]s$", word):
            org = re.sub(r"['’]s$", "", word)
            break
        elif not (folded in lex.role_modifiers or (word[:1].isupper() and has_noun)):
            break
        taken.append((word, pos))
    while taken and taken[-1][0].casefold() in lex.determiners | lex.connectors:
        taken.pop()
    if not has_noun or not taken:
        return
    start = taken[-1][1]
    end = taken[0][1] + len(taken[0][0])
    role = left[start:end].strip(" ,")
    first = role.split()[0].casefold()
    if first in lex.determiners and len(role.split()) > 1:
        role = role.split(maxsplit=1)[1]
    cand.role = role
    cand.role_org = org or country


def _role_after(text: str, cand: Candidate, lex: Lexicon) -> None:
    right = text[cand.end : cand.end + WINDOW]
    match = re.match(r",[ \u00a0]+([^,.;:\n()«»“”\"]+)[,.;)]", right)
    if match is None:
        return
    phrase = match.group(1).strip()
    words = phrase.split()
    folded = [w.casefold() for w in words]
    for head in lex.data.head_phrases:
        if phrase.casefold().startswith(head.casefold() + " "):
            obj = phrase[len(head) :].strip()
            cand.role = cand.role or phrase
            cand.role_org = _strip_det(obj, lex)
            return
    # An apposition naming a role within its first three words: "the defence minister".
    if not any(w.rstrip("'’s") in lex.role_nouns or w in lex.role_nouns for w in folded[:3]):
        return
    if len(words) > 8 or cand.role is not None:
        return
    cand.role = _strip_det(phrase, lex)
    owner = re.match(r"(\S+)['’]s\s+(.+)$", cand.role)
    if owner:  # "the company's head of security", "NATO's spokesman"
        cand.role_org, cand.role = owner.group(1), owner.group(2)
        return
    of = re.search(
        r"\b(?:of|de|du|des|del|der|des)\s+(?:the\s+|la\s+|l['’]|el\s+)?([A-ZÀ-Þ][\w'’ -]+)$",
        phrase,
    )
    if of:
        cand.role_org = of.group(1).strip()


def _strip_det(phrase: str, lex: Lexicon) -> str:
    elided = re.match(r"(?i)(?:l|d)['’]", phrase)
    if elided:
        return phrase[2:]
    first, _, rest = phrase.partition(" ")
    return rest if first.casefold() in lex.determiners and rest else phrase
