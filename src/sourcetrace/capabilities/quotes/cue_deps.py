"""Dependency-parse helpers shared by the quote and reported-speech readers.

A reporting cue is a verb ("said", "warned", "believes"), a naming verb whose object
complement carries someone's words ("called it “a disgrace”"), or a nominal cue ("the
announcement that …", "her remark that …"). Its content is its clausal complement or,
for communication verbs, its noun-phrase object; its speaker is the subject noun phrase
trimmed to the nominal head with the modifiers that name it ("German Defence Minister
Boris Pistorius", "NATO's military command"), never a relative clause hanging off it.
Everything here reads the one spaCy parse of the document; nothing re-parses.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from sourcetrace.lang.speech_patterns import SpeechPatterns

__all__ = [
    "CueReading", "TokenIndex", "clause_content", "governing_cue", "is_noun_cue", "is_verb_cue",
    "subject_of", "subject_words", "trim_nominal", "verb_content", "words_span",
]

#: Children of a cue verb that hold what was said (English ClearNLP and UD labels).
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
OBJECT_DEPS = frozenset({"dobj", "obj", "oprd", "dative"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
TAIL_DEPS = frozenset({"parataxis"})
#: Children of a nominal cue that hold its content ("the claim [that …]").
NOUN_CONTENT_DEPS = frozenset({"acl", "ccomp", "appos", "acl:relcl"})
#: Modifiers kept in a speaker phrase (left of the head, or the flat rest of a name).
_LEFT_KEEP = frozenset({
    "compound", "flat", "flat:name", "amod", "det", "poss", "case", "nmod:poss", "nummod", "nmod",
    "punct",
})
_RIGHT_KEEP = frozenset({"flat", "flat:name", "compound", "case"})
_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})


@dataclass(frozen=True, slots=True)
class CueReading:
    """A cue token governing a quote, the content span it gives, and how it was found."""

    cue: Any
    content: tuple[int, int] | None
    kind: str  # "verb", "naming", "noun" or "tail"


class TokenIndex:
    """Character offset -> spaCy token, built once per document (a sorted list + bisect)."""

    def __init__(self, parsed: Any) -> None:
        self.parsed = parsed
        self.starts = [token.idx for token in parsed]

    def tokens(self, start: int, end: int) -> list[Any]:
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end)
        return [self.parsed[i] for i in range(first, last)]

    def before(self, position: int) -> Any | None:
        """The last token that starts before ``position``."""
        k = bisect.bisect_left(self.starts, position) - 1
        return self.parsed[k] if k >= 0 else None


def is_verb_cue(token: Any, speech: SpeechPatterns) -> bool:
    """A reporting, belief or intention verb (by lemma, or by form where lemmas slip)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma, form = token.lemma_.lower(), token.lower_
    return (
        lemma in speech.cue_lemmas
        or lemma in speech.attitude_lemmas
        or lemma in speech.stance_lemmas
        or form in speech.attitude_forms
        or form in speech.stance_forms
    )


def cue_class(token: Any, speech: SpeechPatterns) -> str:
    """What a cue verb's content may be: "clause", "infinitive" (beliefs, intentions) or
    "object" (stance verbs), from the language's lists."""
    lemma, form = token.lemma_.lower(), token.lower_
    if lemma in speech.cue_lemmas:
        return "clause"
    if lemma in speech.stance_lemmas or form in speech.stance_forms:
        return "object"
    return "infinitive"


def is_noun_cue(token: Any, speech: SpeechPatterns) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in speech.nominal_cues


def governing_cue(words: list[Any], speech: SpeechPatterns) -> CueReading | None:
    """The cue whose content holds ``words`` (the tokens of a quote inside a sentence).

    Walks up from the quote's root: a reporting verb reached through its complement or
    object, a naming verb reached through its object complement, a nominal cue reached
    through its content clause, or a reporting verb attached as a tail ("…, X said") to a
    clause on the way. ``None`` means the quote is no one's words: a scare quote.
    """
    inside = {w.i for w in words}
    root = next((w for w in words if w.head.i not in inside or w.head.i == w.i), None)
    if root is None:
        return None
    naming: CueReading | None = None
    child = root
    for _ in range(12):
        head = child.head
        for tail in head.children:
            if tail.dep_ in TAIL_DEPS and is_verb_cue(tail, speech) and tail.i not in inside:
                own = {t.i for t in tail.subtree}
                rest = [t for t in head.subtree if t.i not in own and t.sent == tail.sent]
                return CueReading(tail, words_span(rest), "tail")
        if head.i == child.i:
            break
        dep = child.dep_
        if is_verb_cue(head, speech) and (
            dep in CLAUSE_DEPS or dep in OBJECT_DEPS or dep == "advcl"
        ):
            return CueReading(head, verb_content(head), "verb")
        if (
            naming is None
            and head.lemma_.lower() in speech.naming_lemmas
            and dep in OBJECT_DEPS | CLAUSE_DEPS
        ):
            naming = CueReading(head, verb_content(head), "naming")
        if is_noun_cue(head, speech) and dep in NOUN_CONTENT_DEPS:
            return CueReading(
                head,
                words_span(
                    [t for c in head.children if c.dep_ in NOUN_CONTENT_DEPS for t in c.subtree]
                ),
                "noun",
            )
        child = head
    return naming


def verb_content(cue: Any, objects: bool = True) -> tuple[int, int] | None:
    """The content of a cue verb: its clausal complement, else its objects (``objects``)."""
    clause = clause_content(cue)
    if clause is not None or not objects:
        return clause
    words = [t for c in cue.children if c.dep_ in OBJECT_DEPS for t in c.subtree]
    return words_span(words)


def clause_content(
    cue: Any, infinitive: bool = True, speech: SpeechPatterns | None = None
) -> tuple[int, int] | None:
    """The clausal complement of ``cue`` without its "that"/"que" (``infinitive``: an
    xcomp after the cue counts too: "plans [to run]").

    With ``speech``: an indirect question after a verb of asking ("asked [if …]") is the
    content too, and so is a second complement with its own complementizer ("reported that
    A [and that B]")."""
    for child in cue.children:
        if (
            child.dep_ == "ccomp"
            or (infinitive and child.dep_ in CLAUSE_DEPS and child.i > cue.i)
            or (speech is not None and _indirect_question(cue, child, speech))
        ):
            words = [t for t in child.subtree if not (t.dep_ == "mark" and t.head == child)]
            if speech is not None:
                words += _second_complements(cue, child, speech)
            span = words_span(words)
            if span is not None:
                return span
    return None


def _indirect_question(cue: Any, child: Any, speech: SpeechPatterns) -> bool:
    return (
        child.dep_ == "advcl"
        and child.i > cue.i
        and cue.lemma_.lower() in speech.question_cues
        and any(m.dep_ == "mark" and m.lower_ in speech.question_marks for m in child.children)
    )


def _second_complements(cue: Any, first: Any, speech: SpeechPatterns) -> list[Any]:
    """Clauses coordinated with the first complement that repeat the complementizer."""
    out: list[Any] = []
    for conj in cue.children:
        if conj.dep_ == "conj" and conj.i > first.i and any(
            m.dep_ == "mark" and m.lower_ in speech.complementizers for m in conj.children
        ):
            out.extend(conj.subtree)
    return out


def subject_words(cue: Any, source_nouns: frozenset[str] = frozenset()) -> list[Any]:
    """The speaker phrase of a cue: its subject's head with the words that name it.

    Relative clauses, appositions after a comma and prepositional tails other than a
    role's "of" complement are left out. A nominal cue takes its possessor ("her remark"),
    else the subject of the verb it hangs on ("X issued a statement").
    """
    subject = subject_of(cue)
    if subject is None and cue.pos_ == "NOUN":
        subject = next((c for c in cue.children if c.dep_ in {"poss", "nmod:poss"}), None)
        if subject is None:
            # "las declaraciones del canciller ucraniano, Dmtri Kuleba": whose words.
            subject = next(
                (c for c in cue.children if c.dep_ == "nmod" and c.i > cue.i
                 and any(k.dep_ == "case" and _of(k.lower_) for k in c.children)
                 and (c.pos_ == "PROPN" or _named_apposition(c) is not None)),
                None,
            )
        if subject is None and cue.head.i != cue.i:
            subject = subject_of(cue.head)
    if subject is None and cue.dep_ in {"xcomp", "conj", "advcl"} and cue.head.i != cue.i:
        # "X went on to say …", "X said … and added …": the subject of the verb above.
        subject = subject_of(cue.head)
    if subject is None or subject.pos_ not in _NOUNS | {"NUM", "X", "ADJ", "DET"}:
        return []
    named = _named_apposition(subject) if subject.pos_ == "NOUN" else None
    if named is not None:
        # "le président du conseil scientifique, le professeur Jean-François Delfraissy,
        # estimait": the description's name, set off by commas, is who speaks.
        subject = named
    return trim_nominal(subject, describe=subject.lemma_.lower() in source_nouns)


def subject_of(verb: Any) -> Any | None:
    """The verb's subject; the blank line before a paragraph, which a parser may attach
    as a subject, is never one ("⏎⏎El gigante del gas ruso subrayó")."""
    found = []
    for child in verb.children:
        if child.dep_ not in SUBJECT_DEPS:
            continue
        if not child.is_space:
            found.append(child)
            continue
        # The break may even head the subject's words ("⏎⏎ <- flat Gazprom"): they speak.
        found.extend(c for c in child.children if not c.is_space and not c.is_punct)
    # "Le président du conseil, le professeur Jean Delmas, estimait": two subjects for
    # one verb; the one that names someone speaks.
    named = [c for c in found if any(t.pos_ == "PROPN" for t in c.subtree)]
    return (named or found or [None])[0]


def _named_apposition(noun: Any) -> Any | None:
    """A name in apposition after a comma ("the agency's chief, Anna Lind"), or None."""
    for child in noun.rights:
        if (
            child.dep_ == "appos"
            and child.left_edge.i > 0
            and "," in {child.left_edge.text, noun.doc[child.left_edge.i - 1].text}
            and any(t.pos_ == "PROPN" for t in child.subtree)
        ):
            return child
    return None


def trim_nominal(head: Any, *, describe: bool = False) -> list[Any]:
    """``head`` with its contiguous naming modifiers (left) and flat name parts (right).

    ``describe``: the head is an unnamed source ("sources", "officials", "a diplomat"),
    whose description is all a reader learns of it, so its adjective and prepositional
    tail stays ("sources close to the government", "officials familiar with the talks");
    relative clauses still go.
    """
    keep = {head.i}
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _LEFT_KEEP or (child.is_punct and child.text != "'s"):
            break
        keep.update(t.i for t in child.subtree)
    for child in head.rights:
        if child.dep_ in _RIGHT_KEEP or (
            child.dep_ == "amod" and child.left_edge.i == max(keep) + 1
            and child.right_edge.i + 1 < len(head.doc)
            and head.doc[child.right_edge.i + 1].dep_ == "appos"
        ):
            # An adjective after the noun only on the way to the name: "el presidente
            # francés Emmanuel Macron".
            keep.update(t.i for t in child.subtree)
        elif child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == max(keep) + 1:
            # "Le sénateur Paul Marchand": a name right after its title, without a comma.
            keep.update(t.i for t in child.subtree)
        elif child.dep_ in {"prep", "nmod"} and head.pos_ == "NOUN" and _of(child.left_edge.lower_):
            # A role's complement: "minister of State", "ministre de l'Intérieur".
            keep.update(t.i for t in child.subtree)
        elif (
            describe and child.dep_ in {"amod", "prep", "nmod", "acl"} and child.i == max(keep) + 1
        ):
            keep.update(t.i for t in child.subtree)
        else:
            break
    low, high = min(keep), max(keep)
    return [head.doc[i] for i in range(low, high + 1)]


def _of(word: str) -> bool:
    return word in {"of", "de", "du", "des", "del"} or word.startswith(("d'", "d’"))


def words_span(words: list[Any]) -> tuple[int, int] | None:
    words = sorted(words, key=lambda t: t.i)
    while words and (words[0].is_punct or words[0].is_space):
        words = words[1:]
    while words and (words[-1].is_punct or words[-1].is_space) and words[-1].text not in "”\"’»":
        words = words[:-1]
    if not words:
        return None
    return words[0].idx, words[-1].idx + len(words[-1])
