"""Reported speech, beliefs and intentions from the spaCy dependency parse.

A cue verb's clausal complement is the content ("X said [that the army …]"); for a verb
with no clause, its infinitival complement ("X plans [to run]") or its noun-phrase object
("X criticized [the president's policy]", "X called for [a ban]") is. Its subject is the
speaker. A cue hanging off another clause ("The plan is sound, he said") takes that
clause, without its own words, as the content. A nominal cue ("the announcement that …")
takes its content clause and its possessor or the subject of its verb as speaker.
German has no parse and uses the rules in ``reported``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sourcetrace.capabilities.quotes.attribution import Attribution, FrameReader
from sourcetrace.capabilities.quotes.cue_deps import (
    NOUN_CONTENT_DEPS,
    OBJECT_DEPS,
    TAIL_DEPS,
    clause_content,
    cue_class,
    is_noun_cue,
    is_verb_cue,
    subject_of,
    subject_words,
    trim_nominal,
    words_span,
)
from sourcetrace.capabilities.quotes.reported import Reported
from sourcetrace.text.segments import tokenize

__all__ = ["cue_subject", "find_reported_parsed"]

#: A clause must have this many words to be reported content; an object fewer.
_MIN_CLAUSE_WORDS = 3
_MIN_OBJECT_WORDS = 1
#: Dependents after a stance verb's object that finish its verb phrase (ClearNLP and UD):
#: "urged voters [to stay home]", "called him [a liar]"; prepositions per language.
_PHRASE_TAIL = frozenset({"xcomp", "oprd", "acomp", "dative", "iobj"})
_TIME_LABELS = frozenset({"DATE", "TIME"})


def find_reported_parsed(
    parsed: Any,
    frames: FrameReader,
    quoted: list[tuple[int, int]],
    used_cues: set[int],
    marks: list[tuple[int, int]],
    done: frozenset[int] | set[int] = frozenset(),
) -> list[Reported]:
    """Reported content of every cue in ``parsed`` outside quote marks.

    ``marks``: the quotes with their marks; ``quoted``: those plus the frames that
    attributed them; ``done``: cues whose clause the quotes stage already reported.
    """
    text = frames.text
    speech = frames.speech
    found: list[Reported] = []
    for token in parsed:
        verb = is_verb_cue(token, speech)
        # "called him a liar" names; "called for a ban" attributes through its preposition.
        naming = (
            not verb and token.pos_ == "VERB" and token.lemma_.lower() in speech.naming_lemmas
            and _naming_content(token) is not None
        )
        prep = (
            not verb
            and not naming
            and token.pos_ == "VERB"
            and token.lemma_.lower() in speech.prep_cues
        )
        held = (
            not verb and not naming and not prep and token.pos_ == "NOUN"
            and token.lemma_.lower() in speech.stance_nouns
        )
        if not verb and not prep and not naming and not held and not is_noun_cue(token, speech):
            found_in = _source_phrase(token, frames, speech) or _hearsay(token, speech)
            if found_in is not None:
                found.append(found_in)
            continue
        if token.idx in done or any(a <= token.idx < b for a, b in marks):
            continue
        if naming:
            span = _naming_content(token)
        elif prep:
            span = _prep_content(token, speech.prep_cues[token.lemma_.lower()])
        elif held:
            span = _held_content(token, speech.stance_nouns[token.lemma_.lower()])
        else:
            span = _content(token, speech) if verb else _noun_content(token)
        if span is None:
            continue
        start, end = span
        inside = sum(max(0, min(b, end) - max(a, start)) for a, b in quoted)
        if inside >= 0.8 * (end - start):
            continue
        if token.idx in used_cues and inside == 0:
            continue
        speaker = None
        phrase = cue_subject(token, frames, verb or naming)
        if (
            naming or held or (verb and cue_class(token, speech) == "object")
        ) and not _can_hold_stance(phrase, speech):
            # "Ce vote consiste à défendre notre identité": a stance needs a holder.
            continue
        if phrase and "\n" in text[phrase[-1].idx : token.idx]:
            # A headline without a full stop parsed as the subject: the speaker is read
            # from the cue's own paragraph instead.
            line = text.rfind("\n", 0, token.idx) + 1
            words = tokenize(text, line, token.idx + len(token))
            speaker = frames.speakers.read(frames.left_phrase(words, len(words) - 1))
            comma = next((k for k, w in enumerate(words) if w.text == ","), None)
            if speaker is None and comma is not None and comma == len(words) - 2:
                # "La secretaria de Estado, señaló que": a subject set off by a comma.
                speaker = frames.speakers.read(words[:comma])
        elif phrase:
            speaker = frames.speakers.read(
                tokenize(text, phrase[0].idx, phrase[-1].idx + len(phrase[-1]))
            )
        sentence = token.sent
        frame = tokenize(text, sentence.start_char, sentence.end_char)
        attribution = Attribution(
            token.text, token.idx, token.idx + len(token), speaker, frames.via(frame, speaker)
        )
        found.append(Reported(start, end, attribution))
    return _outermost(found, parsed, speech)


def _outermost(found: list[Reported], parsed: Any, speech: Any) -> list[Reported]:
    """Drop a belief or stance cue that sits inside a speech cue's content.

    "Ryan said he would not support Trump's agenda": what Ryan said is one attribution;
    "support" is part of it, not a second one of its own.
    """
    speech_spans = [
        (r.start, r.end)
        for r in found
        if r.attribution.cue_start is not None
        and _is_speech(parsed, r.attribution.cue_start, speech)
    ]
    kept = []
    for item in found:
        cue = item.attribution.cue_start
        if (
            cue is not None
            and _is_belief_or_stance(parsed, cue, speech)
            and any(a <= cue < b for a, b in speech_spans)
        ):
            continue
        kept.append(item)
    return kept


def _cue_kind(parsed: Any, position: int, speech: Any) -> str | None:
    span = parsed.char_span(position, position + 1, alignment_mode="expand")
    if span is None or len(span) == 0 or not is_verb_cue(span[0], speech):
        return None
    return cue_class(span[0], speech)


def _is_speech(parsed: Any, position: int, speech: Any) -> bool:
    return _cue_kind(parsed, position, speech) == "clause"


def _is_belief_or_stance(parsed: Any, position: int, speech: Any) -> bool:
    return _cue_kind(parsed, position, speech) in {"object", "infinitive"}


#: Entity labels of the spaCy pipelines that name someone who can take a stance.
_AGENT_LABELS = frozenset({"PERSON", "PER", "ORG", "GPE", "NORP"})


def _can_hold_stance(phrase: list[Any], speech: Any) -> bool:
    """Whether a stance verb's subject names someone: a name, a pronoun, a role, a source,
    media or holder noun ("voters", "the campaign", "a new poll"), or a person or
    organisation the parser recognised."""
    if not phrase:
        return False
    head = next((t for t in phrase if t.head not in phrase or t.head == t), phrase[-1])
    lemma = head.lemma_.lower()
    return (
        head.pos_ in {"PROPN", "PRON"}
        or head.ent_type_ in _AGENT_LABELS
        or lemma in speech.role_nouns
        or lemma in speech.source_nouns
        or lemma in speech.media_nouns
        or lemma in speech.holder_nouns
    )


def _content(cue: Any, speech: Any) -> tuple[int, int] | None:
    kind = cue_class(cue, speech)
    clause = clause_content(cue, infinitive=kind != "clause", speech=speech)
    if clause is not None:
        return _enough(cue.doc, _before_next_saying(cue.doc, clause, speech), _MIN_CLAUSE_WORDS)
    if cue.dep_ in TAIL_DEPS and cue.head.pos_ in {"VERB", "AUX"}:
        own = {t.i for t in cue.subtree}
        words = [t for t in cue.head.subtree if t.i not in own and t.sent == cue.sent]
        return _enough(cue.doc, words_span(words), _MIN_CLAUSE_WORDS)
    if cue.lemma_.lower() in speech.evidence_verbs and _evidence_subject(cue, speech):
        return _finding(cue)
    if kind == "infinitive":
        return None
    # The object of a stance verb ("criticized [the plan]", "accused X of [lying]") or a
    # speech verb's topic ("talked about [the wall]"); after the verb only, and a lone
    # pronoun is no content.
    words = []
    for child in cue.rights:
        if words:
            # The rest of the verb phrase belongs to what was said or held ("blamed the
            # law [on Democrats]", "cited X [as an example]"), up to a coordinated verb.
            if child.dep_ in {"cc", "conj"}:
                break
            if _phrase_tail(child, speech):
                words.extend(child.subtree)
            elif not child.is_punct:
                break
        elif child.dep_ in OBJECT_DEPS and (
            kind == "object" or cue.lemma_.lower() in speech.stance_lemmas
        ):
            words.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in speech.content_preps:
            words.extend(t for t in child.subtree if t.i != child.i)
    if len(words) == 1 and words[0].pos_ == "PRON":
        return None
    return _enough(cue.doc, words_span(words), _MIN_OBJECT_WORDS)


def _before_next_saying(doc: Any, span: tuple[int, int], speech: Any) -> tuple[int, int]:
    """Content up to a second act of saying tacked on after a comma or "and": "he was
    outraged[, arguing that …]", "he was focused on the platform [and noted that …]".
    The speaker's next words are an attribution of their own, not part of the first."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return span
    for token in words[1:]:
        before = token.nbor(-1)
        if (
            not ((before.is_punct and before.text == ",") or before.dep_ == "cc")
            or token.lemma_.lower() not in speech.cue_lemmas
        ):
            continue
        participle = "Part" in token.morph.get("VerbForm") and token.dep_ in {
            "advcl",
            "xcomp",
            "conj",
        }
        coordinated = token.dep_ == "conj" and any(c.dep_ == "ccomp" for c in token.children)
        if (participle or coordinated) and subject_of(token) is None:
            end = before.idx
            while end > span[0] and doc.text[end - 1] in " ,;":
                end -= 1
            return span[0], end
    return span


def _phrase_tail(child: Any, speech: Any) -> bool:
    """Whether a dependent after a stance verb's object completes what was held: an
    infinitive or predicate, or a phrase opened by one of the language's tail
    prepositions ("blamed the law [on Democrats]", "cited X [as an example]") that is not
    a time ("on Tuesday"). Places and occasions ("at a rally", "in an interview") are
    the circumstances of the saying, not its content."""
    if child.dep_ in _PHRASE_TAIL:
        return True
    if child.dep_ == "prep":
        preposition = child.lower_
    elif child.dep_.startswith("obl"):
        preposition = next((c.lower_ for c in child.children if c.dep_ == "case"), "")
    else:
        return False
    return preposition in speech.tail_preps and not any(
        t.ent_type_ in _TIME_LABELS for t in child.subtree
    )


def _naming_content(cue: Any) -> tuple[int, int] | None:
    """What a naming verb says of its object: "called [Yanukovych an outstanding
    leader]", "labeled [the plan a disaster]" (object and object predicate). Without a
    predicate the verb names nothing ("called an emergency session")."""
    objects = [c for c in cue.rights if c.dep_ in {"dobj", "obj"}]
    predicates = [c for c in cue.rights if c.dep_ == "oprd"]
    if not objects or not predicates:
        return None
    words = [t for c in objects + predicates for t in c.subtree]
    return words_span(words)


def _prep_objects(
    head: Any, preps: frozenset[str], ud_dep: Callable[[str], bool]
) -> Iterator[list[Any]]:
    """The words of each phrase after ``head`` opened by one of ``preps``, in order: an
    English prepositional phrase (ClearNLP "prep") or a UD dependent whose ``ud_dep``
    label holds the preposition as its case marker ("appelé [à la retenue]")."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            yield [t for t in child.subtree if t.i != child.i]
        elif ud_dep(child.dep_):
            case = {c.i for c in child.children if c.dep_ == "case" and c.lower_ in preps}
            if case:
                yield [t for t in child.subtree if t.i not in case]


def _prep_content(cue: Any, preps: frozenset[str]) -> tuple[int, int] | None:
    """The object of the cue's own preposition: "referring to [the July convention]";
    none when the verb has an object of its own ("referred the case to a judge")."""
    if any(c.dep_ in OBJECT_DEPS for c in cue.children):
        return None
    objects = _prep_objects(cue, preps, lambda dep: dep.startswith("obl"))
    words = next((w for w in objects if w), [])
    if len(words) == 1 and words[0].pos_ == "PRON":
        return None
    return _enough(cue.doc, words_span(words), _MIN_OBJECT_WORDS)


def cue_subject(token: Any, frames: FrameReader, verb: bool = True) -> list[Any]:
    """The words of the cue's speaker, from the parse (``verb``: the cue is a verb)."""
    phrase = subject_words(token, frames.speech.source_nouns)
    while phrase and phrase[-1].dep_ == "case":
        phrase = phrase[:-1]  # "Trump's support": the possessive mark is not the name
    if verb and _participle(token):
        # "…del canciller ucraniano, Dmtri Kuleba, tildando de …": a participle right
        # after a person set off by commas is that person's saying.
        phrase = _apposed_person(token, frames) or phrase
    if not phrase and verb:
        phrase = _apposed_person(token, frames)
    return phrase


def _participle(token: Any) -> bool:
    forms = token.morph.get("VerbForm")
    return "Ger" in forms or ("Part" in forms and "Past" not in token.morph.get("Tense"))


def _apposed_person(cue: Any, frames: FrameReader) -> list[Any]:
    """A person named right before the cue, set off by a comma, when the parse gave the
    cue no subject: "El ministro de Defensa turco, Selim Arslan, condenó …"."""
    window = max(0, cue.idx - 4)
    before = frames.text[window : cue.idx].rstrip()
    if not before.endswith(","):
        return []
    comma = window + len(before) - 1
    for person in frames.speakers.people.mentions:
        if 0 <= comma - person.end <= 1:
            span = cue.doc.char_span(person.start, person.end, alignment_mode="expand")
            return list(span) if span is not None else []
    return []


def _evidence_subject(cue: Any, speech: Any) -> bool:
    """Whether the verb's subject is a poll, a study, a record …: "a new poll shows"."""
    subject = subject_of(cue)
    return subject is not None and subject.lemma_.lower() in speech.evidence_nouns


def _finding(cue: Any) -> tuple[int, int] | None:
    """What a poll or a record shows: the verb's object with its complement, up to a
    coordinated verb ("shows [Trump leading in Ohio]", "found [no trace of the emails]")."""
    words: list[Any] = []
    for child in cue.rights:
        if child.dep_ in {"cc", "conj"} or (child.is_punct and words):
            break
        if any(t.ent_type_ in _TIME_LABELS for t in child.subtree) and child.dep_ == "prep":
            continue
        words.extend(child.subtree)
    return _enough(cue.doc, words_span(words), _MIN_CLAUSE_WORDS)


def _hearsay(adverb: Any, speech: Any) -> Reported | None:
    """ "The company has reportedly taken heat …": the clause the adverb marks is someone's
    claim, whose source the article does not name (speaker left empty)."""
    if adverb.lower_ not in speech.hearsay_adverbs or adverb.head.pos_ not in {"VERB", "AUX"}:
        return None
    clause = adverb.head
    words = [t for t in clause.subtree if t.i != adverb.i and t.sent == adverb.sent]
    span = _enough(adverb.doc, words_span(words), _MIN_CLAUSE_WORDS)
    if span is None:
        return None
    cue = Attribution(adverb.text, adverb.idx, adverb.idx + len(adverb), None)
    return Reported(span[0], span[1], cue)


def _source_phrase(noun: Any, frames: FrameReader, speech: Any) -> Reported | None:
    """A finding stated with its source in a phrase set off by a comma: "In a new poll,
    [18 percent of voters …]" or "[…], in a Reuters survey." The source noun must be a
    poll, a study, a report …; the clause it hangs on is the content."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in speech.evidence_nouns:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in speech.evidence_preps:  # ClearNLP labels
        marker, verb = noun.head, noun.head.head
    else:  # UD: "dans un sondage", the case marker inside the noun phrase
        case = [c for c in noun.children if c.dep_ == "case" and c.lower_ in speech.evidence_preps]
        if not case or not noun.dep_.startswith(("obl", "nmod")):
            return None
        marker, verb = case[0], noun.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i == marker.i:
        return None
    phrase = {t.i for t in marker.subtree} | {t.i for t in noun.subtree}
    first, last = min(phrase), max(phrase)
    doc = noun.doc
    before_comma = first > noun.sent.start and doc[first - 1].text == ","
    after_comma = last + 1 < noun.sent.end and doc[last + 1].text == ","
    opens = first == noun.sent.start and after_comma
    if not (opens or before_comma):
        return None  # "the lead in the polls" inside a clause: no source of the clause
    words = [t for t in verb.subtree if t.i not in phrase and t.sent == noun.sent]
    span = _enough(doc, words_span(words), _MIN_CLAUSE_WORDS)
    if span is None:
        return None
    source = trim_nominal(noun, describe=True)
    text = frames.text
    speaker = frames.speakers.read(
        tokenize(text, source[0].idx, source[-1].idx + len(source[-1]))) if source else None
    attribution = Attribution(marker.text, marker.idx, marker.idx + len(marker), speaker)
    return Reported(span[0], span[1], attribution)


def _held_content(noun: Any, preps: frozenset[str]) -> tuple[int, int] | None:
    """The object of a stance noun's own preposition: "support [for the wall]"."""
    for words in _prep_objects(noun, preps, lambda dep: dep == "nmod"):
        if words and not (len(words) == 1 and words[0].pos_ == "PRON"):
            return _enough(noun.doc, words_span(words), _MIN_OBJECT_WORDS)
    return None


def _noun_content(cue: Any) -> tuple[int, int] | None:
    words = [
        t for c in cue.children if c.dep_ in NOUN_CONTENT_DEPS and c.i > cue.i for t in c.subtree
    ]
    words = [t for t in words if not (t.dep_ == "mark" and t.head.head.i == cue.i)]
    return _enough(cue.doc, words_span(words), _MIN_CLAUSE_WORDS)


def _enough(doc: Any, span: tuple[int, int] | None, minimum: int) -> tuple[int, int] | None:
    if span is None:
        return None
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or sum(1 for w in words if not w.is_punct) < minimum:
        return None
    return span
