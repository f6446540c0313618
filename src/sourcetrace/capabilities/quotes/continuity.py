"""Speakers carried from one attribution to the next, once every quote of an article is read.

News names a speaker once and then goes on with "he", with no subject at all ("Comentó
que …", "…, adding: “…”", "und fügte hinzu"), or with more quotes and no new frame.
Read in text order, each such quote takes the speaker of the nearest earlier attribution
(within a few paragraphs), unless a nearer person is the subject of their own clause
("Medvedev, close to Putin, warned: …, he said"). A quote after a lead that ends with a
colon and names no cue ("Trump issued the following statement:") is said by the lead's
subject. The same span read twice is reported once.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Any

from sourcetrace.capabilities.quotes.cue_deps import subject_of, trim_nominal
from sourcetrace.capabilities.quotes.people import People, Person, same_surname
from sourcetrace.capabilities.quotes.speakers import SpeakerReader
from sourcetrace.lang.speech_patterns import SpeechPatterns
from sourcetrace.model import Quote
from sourcetrace.text.segments import Token, sentence_before, tokenize

__all__ = ["carry_speakers"]

#: How many paragraphs back an attribution still gives its speaker to a later quote.
_REACH = 2
#: The words between an attribution and an unattributed quote that still continues it
#: (", he said on Tuesday.").
_MAX_GAP = 14


def carry_speakers(
    text: str,
    quotes: list[Quote],
    paras: list[tuple[int, int]],
    parsed: Any,
    people: People,
    speakers: SpeakerReader,
) -> list[Quote]:
    """``quotes`` with carried speakers, duplicates dropped, in text order."""
    speech = speakers.speech
    para_starts = [start for start, _ in paras]

    def para_of(position: int) -> int:
        return max(0, bisect.bisect_right(para_starts, position) - 1)

    tokens = {token.idx: token for token in parsed} if parsed is not None else {}
    order = sorted(
        range(len(quotes)),
        key=lambda i: (_anchor(quotes[i]), quotes[i].start),
    )
    #: Where quotes stand: a cue inside one ("Je considère avec X qu'…", "Brandt said
    #: [Weber had promised funding]") is part of someone's words, no attribution of the
    #: article's own.
    inside = [(q.start, q.end) for q in quotes]
    done: dict[int, Quote] = {}
    history: list[Quote] = []
    for index in order:
        quote = quotes[index]
        anchor = _anchor(quote)
        earlier = [
            q for q in history
            if _anchor(q) < anchor and para_of(_anchor(q)) >= para_of(anchor) - _REACH
        ]
        if quote.cue_start is not None and quote.speaker_mention_start is None:
            if _zero_subject(text, quote.cue_start, tokens, speech):
                governing = _governing_subject(tokens.get(quote.cue_start))
                if governing is not None:
                    quote = _subject_speaks(text, quote, governing, people, speakers)
                elif earlier:
                    quote = _inherit(quote, earlier[-1])
        elif quote.speaker_kind == "pronoun" and quote.speaker_mention_start is not None:
            quote = _pronoun(text, quote, earlier, people, speech, parsed is not None)
        elif (quote.speaker_kind == "role" and quote.speaker_start is None) or (
            quote.speaker_kind == "institution" and quote.speaker_ref_start is None
        ):
            quote = _described_person(text, quote, earlier, people, speech)
        elif not quote.direct and quote.cue_start is None and quote.speaker_text is None:
            # Reported speech marked by the mood alone goes on from the attribution before.
            if earlier:
                quote = _inherit(quote, earlier[-1])
        elif quote.direct and quote.cue_start is None and quote.speaker_mention_start is None:
            lead = _colon_lead(text, quote, paras, para_of(quote.start), people, parsed)
            if lead is not None:
                quote = lead
            elif earlier and _continues(text, quote, earlier[-1], paras, para_of):
                quote = _inherit(quote, earlier[-1])
        if quote.speaker_text is not None and not any(
            a <= anchor < b for a, b in inside if (a, b) != (quote.start, quote.end)
        ):
            history.append(quote)
        done[index] = quote
    out: list[Quote] = []
    seen: dict[tuple[int, int, bool], int] = {}
    for quote in sorted(done.values(), key=lambda q: (q.start, q.end)):
        key = (quote.start, quote.end, quote.direct)
        if key in seen:
            # One quoted span is reported once: the reading with a speaker wins.
            if out[seen[key]].speaker_text is None and quote.speaker_text is not None:
                out[seen[key]] = quote
            continue
        seen[key] = len(out)
        out.append(quote)
    return out


def _anchor(quote: Quote) -> int:
    return quote.cue_start if quote.cue_start is not None else quote.start


def _inherit(quote: Quote, source: Quote) -> Quote:
    return dataclasses.replace(
        quote,
        speaker_text=source.speaker_text,
        speaker_start=source.speaker_start,
        speaker_end=source.speaker_end,
        speaker_kind=source.speaker_kind,
        speaker_mention_start=source.speaker_mention_start,
        speaker_mention_end=source.speaker_mention_end,
        speaker_ref_start=source.speaker_ref_start,
        speaker_ref_end=source.speaker_ref_end,
    )


def _zero_subject(
    text: str, cue: int, tokens: dict[int, Any], speech: SpeechPatterns
) -> bool:
    """Whether the cue verb has no subject word of its own and shares one with the
    attribution before: a participle ("adding", "indicando", "expliquant"), a second
    coordinated verb ("and added"), or a finite verb where the language drops subjects
    ("Comentó que …"). An impersonal or passive verb ("se informó", "was told") has none
    to share."""
    token = tokens.get(cue)
    if token is None:
        if tokens:
            return False
        # No parse (German): a verb right after "und" shares the subject before it.
        before = tokenize(text, max(0, cue - 40), cue)
        while before and before[-1].lower in speech.fillers:
            before = before[:-1]
        return bool(before) and before[-1].lower in speech.conjunctions
    if subject_of(token) is not None or token.pos_ not in {"VERB", "AUX"}:
        return False
    if any(
        child.dep_.startswith("expl") or child.dep_ in {"aux:pass", "auxpass"}
        or child.lower_ == "se"
        for child in token.children
    ):
        return False
    forms = token.morph.get("VerbForm")
    if "Ger" in forms:
        return True
    if "Part" in forms:
        return "Past" not in token.morph.get("Tense") and token.dep_ != "amod"
    if token.dep_ == "conj":
        return True
    return speech.null_subjects and "Fin" in forms


def _pronoun(
    text: str,
    quote: Quote,
    earlier: list[Quote],
    people: People,
    speech: SpeechPatterns,
    parsed: bool,
) -> Quote:
    """ "he" goes to the speaker of the nearest earlier attribution, unless a person
    named after that attribution is the subject of their own clause."""
    assert quote.speaker_mention_start is not None and quote.speaker_mention_end is not None
    word = text[quote.speaker_mention_start : quote.speaker_mention_end].lower()
    gender = speech.pronouns.get(word, "")
    if gender not in {"m", "f"}:
        return quote
    previous = next(
        (
            q for q in reversed(earlier)
            if q.speaker_kind in {"name", "role", "pronoun"} and q.speaker_text
            and q.speaker_start is not None
            and people.gender(q.speaker_text) in {"", gender}
        ),
        None,
    )
    if previous is None or previous.speaker_text is None:
        return quote
    # A person named since that attribution who is the subject of their own clause
    # ("Medvedev, close to Putin, grew warlike: …, he warned") is nearer.
    wanted = people.gender(previous.speaker_text)
    for person in reversed(people.mentions):
        if person.end > quote.speaker_mention_start or person.start in people.in_content:
            continue
        if person.start <= _anchor(previous):
            break
        known = person.gender or people.gender(person.text)
        if not (known == gender or (not known and not wanted)):
            continue
        if person.start in people.subjects or (not parsed and person.start not in people.objects):
            full, start, end = people.full_name(person.start, person.end, person.text)
            return dataclasses.replace(
                quote, speaker_text=full, speaker_start=start, speaker_end=end,
                speaker_ref_start=None, speaker_ref_end=None,
            )
    return dataclasses.replace(
        quote,
        speaker_text=previous.speaker_text,
        speaker_start=previous.speaker_start,
        speaker_end=previous.speaker_end,
        speaker_ref_start=previous.speaker_ref_start,
        speaker_ref_end=previous.speaker_ref_end,
    )


def _described_person(
    text: str, quote: Quote, earlier: list[Quote], people: People, speech: SpeechPatterns
) -> Quote:
    """ "…, so der renommierte Virologe", "…, said the virologist": a definite description
    that names no one of its own points back, like "he", at the person who spoke last,
    when the article describes that person with the same word ("Der Virologe Klaus
    Stöhr") and names no other person since."""
    start, end = quote.speaker_mention_start, quote.speaker_mention_end
    if start is None or end is None:
        return quote
    words = tokenize(text, max(0, start - 12), end)
    before = [t for t in words if t.start < start]
    opening = before[-1:] + [t for t in words if t.start >= start][:1]
    if not any(t.lower in speech.determiners for t in opening):
        return quote  # "a spokesman", "ein Sprecher": someone else
    previous = next((q for q in reversed(earlier) if _person_of(q, people) is not None), None)
    person_said = _person_of(previous, people) if previous is not None else None
    if previous is None or person_said is None:
        return quote
    named = person_said.text
    if not _describes(text, [t for t in words if t.start >= start], named, people, speech):
        return quote
    if any(
        _anchor(previous) < person.start < start
        and person.start not in people.in_content
        and not same_surname(person.text, named)
        for person in people.mentions
    ):
        return quote
    return dataclasses.replace(
        quote,
        speaker_text=named,
        speaker_start=previous.speaker_start,
        speaker_end=previous.speaker_end,
        speaker_ref_start=previous.speaker_ref_start,
        speaker_ref_end=previous.speaker_ref_end,
    )


def _person_of(quote: Quote, people: People) -> Person | None:
    """The person named in the quote's speaker words, if any."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    return next(
        (p for p in people.mentions
         if quote.speaker_start <= p.start and p.end <= quote.speaker_end),
        None,
    )


#: Words before a person's name that may describe them ("Der Virologe Klaus Stöhr").
_DESCRIPTION_REACH = 3


def _describes(
    text: str, description: list[Token], name: str, people: People, speech: SpeechPatterns
) -> bool:
    """Whether a noun of ``description`` stands right before a mention of ``name``."""
    nouns = {
        t.lower for t in description
        if t.is_word and len(t.text) >= 4 and t.lower not in speech.determiners
    }
    for person in people.mentions:
        if not same_surname(person.text, name):
            continue
        before = tokenize(text, max(0, person.start - 60), person.start)[-_DESCRIPTION_REACH:]
        if any(t.lower in nouns for t in before):
            return True
    return False


def _lead_sentence(text: str, quote: Quote, paras: list[tuple[int, int]], para: int) -> (
    tuple[int, int] | None
):
    """The sentence that ends with a colon right before the quote's opening mark, in
    the quote's paragraph or, for a quote that opens its paragraph, the one before."""
    opening = _opening(text, quote.start)
    p_start = paras[para][0] if paras else 0
    if text[p_start:opening].strip():
        stop = opening
    elif para > 0:
        p_start, stop = paras[para - 1]
    else:
        return None
    lead = text[p_start:stop].rstrip()
    if not lead.endswith(":"):
        return None
    end = p_start + len(lead)
    return end - len(sentence_before(lead)), end


def _colon_lead(
    text: str,
    quote: Quote,
    paras: list[tuple[int, int]],
    para: int,
    people: People,
    parsed: Any,
) -> Quote | None:
    """ "President Clinton released the following statement: “…”": the person who is the
    subject of the lead (of its main verb first) speaks."""
    lead = _lead_sentence(text, quote, paras, para)
    if lead is None:
        return None
    inside = [
        p for p in people.mentions
        if lead[0] <= p.start and p.end <= lead[1] and p.start not in people.objects
        and p.start not in people.in_content
    ]
    if parsed is not None:
        roots = {t.idx for t in parsed if t.dep_ == "ROOT"}
        heads = {t.idx: t for t in parsed}
        subjects = [p for p in inside if p.start in people.subjects]
        main = [p for p in subjects if _verb_of(heads.get(p.start), roots)]
        inside = main or subjects[-1:]
    if not inside:
        return None
    return _named(quote, inside[0], people)


def _named(quote: Quote, person: Person, people: People) -> Quote:
    full, start, end = people.full_name(person.start, person.end, person.text)
    return dataclasses.replace(
        quote,
        speaker_text=full,
        speaker_start=start,
        speaker_end=end,
        speaker_kind="name",
        speaker_mention_start=person.start,
        speaker_mention_end=person.end,
    )


def _governing_subject(token: Any) -> Any | None:
    """The subject of the verb a participle or a second verb hangs on ("Le Pen a comparé
    …, affirmant que …", "la congregación señaló …, indicando que …")."""
    for _ in range(3):
        if token is None or token.dep_ not in {"advcl", "xcomp", "conj", "acl"}:
            return None
        token = token.head
        subject = subject_of(token)
        if subject is not None:
            return subject
    return None


def _subject_speaks(
    text: str, quote: Quote, subject: Any, people: People, speakers: SpeakerReader
) -> Quote:
    """``quote`` said by the person or body the parse's ``subject`` names."""
    start = subject.left_edge.idx
    end = subject.right_edge.idx + len(subject.right_edge)
    person = next((p for p in people.mentions if start <= p.start and p.end <= end), None)
    if person is not None:
        return _named(quote, person, people)
    words = [t for t in trim_nominal(subject)]
    speaker = speakers.read(tokenize(text, words[0].idx, words[-1].idx + len(words[-1])))
    if speaker is None or speaker.kind == "pronoun":
        return quote
    return dataclasses.replace(
        quote,
        speaker_text=speaker.text,
        speaker_start=speaker.start,
        speaker_end=speaker.end,
        speaker_kind=speaker.kind,
        speaker_mention_start=speaker.mention_start,
        speaker_mention_end=speaker.mention_end,
        speaker_ref_start=speaker.ref_start,
        speaker_ref_end=speaker.ref_end,
    )


def _opening(text: str, start: int) -> int:
    """Where the quote's opening mark stands (before any space after it)."""
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k > 0 and not text[k - 1].isalnum():
        k -= 1
    return k


def _verb_of(token: Any, roots: set[int]) -> bool:
    """Whether the person's word is the subject of its sentence's main verb."""
    for _ in range(6):
        if token is None:
            return False
        if token.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}:
            return token.head.idx in roots
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _continues(
    text: str,
    quote: Quote,
    previous: Quote,
    paras: list[tuple[int, int]],
    para_of: Any,
) -> bool:
    """An unattributed quote right after an attribution: in the same paragraph, or
    opening the next paragraph (the speaker is named once for a run of quotes)."""
    here, there = para_of(quote.start), para_of(_anchor(previous))
    opening = _opening(text, quote.start)
    said = max(previous.end, previous.cue_end or 0)
    if len(text[said:opening].split()) > _MAX_GAP:
        return False  # narrative in between: the article speaks again
    if here == there:
        return True
    return here == there + 1 and not text[paras[here][0] : opening].strip()
