"""The quotes stage: direct, partial, multi-paragraph, dash and reported speech with speakers.

Direct quotes come from the quote marks of the article's language (``quote_marks``);
each is attributed from the words after it (", he said"), else before it ("X said: “"),
else from a previous paragraph that ends with a colon ("Caddell continued:"), else from
the quote just before it in the same paragraph ("“A,” said X. “B.”"). Reported speech
comes sentence by sentence (``reported``). Speakers are classified and resolved by
``speakers``; the spaCy parse, when there is one, adds entity labels and parts of speech.
"""

from __future__ import annotations

import bisect
from typing import Any

from sourcetrace.capabilities.quotes.attribution import Attribution, FrameReader
from sourcetrace.capabilities.quotes.continuity import carry_speakers
from sourcetrace.capabilities.quotes.embedded import EmbeddedReader
from sourcetrace.capabilities.quotes.marks import MarkedSpan, find_dash_speech, find_marked_spans
from sourcetrace.capabilities.quotes.people import People
from sourcetrace.capabilities.quotes.reported import Reported, find_colon_leads, find_reported
from sourcetrace.capabilities.quotes.reported_deps import find_reported_parsed
from sourcetrace.capabilities.quotes.reported_mood import find_mood_reported
from sourcetrace.capabilities.quotes.speakers import SpeakerReader
from sourcetrace.core.pipeline import Stage
from sourcetrace.core.resources import Resources
from sourcetrace.lang import get_pack
from sourcetrace.model import Document, Quote
from sourcetrace.text.segments import paragraphs, sentence_spans, tokenize

__all__ = ["STAGE", "extract_quotes", "people_of"]

NAME = "quotes"
#: A quote with no speaker is kept only when it reads like speech (this many words or more).
_MIN_UNATTRIBUTED_WORDS = 6


def run(doc: Document, resources: Resources) -> Document:
    names = [(m.start, m.end, m.label) for m in doc.mentions]
    return doc.evolve(
        quotes=extract_quotes(doc.text, doc.language, doc.parsed, people_of(doc), names)
    )


def people_of(doc: Document) -> list[tuple[int, int]] | None:
    """The spans of the people the entities stage found: speakers are read from them.
    None for a document without mentions (the stage did not run, or found nothing):
    the parse's own PERSON spans serve then."""
    if not doc.mentions:
        return None
    return [(m.start, m.end) for m in doc.mentions if m.label == "PERSON"]


def extract_quotes(
    text: str,
    language: str | None,
    parsed: object = None,
    persons: list[tuple[int, int]] | None = None,
    names: list[tuple[int, int, str]] | None = None,
) -> tuple[Quote, ...]:
    """Every quote of ``text`` in text order (``parsed``: the spaCy Doc of ``text`` or None;
    ``persons``: the people's spans from the entities stage, else the parse's; ``names``:
    every mention as (start, end, label), which descriptions like "the group" point at)."""
    speech = get_pack(language).speech
    if not text or not speech.quote_pairs:
        return ()
    paras = paragraphs(text)
    sentences = sentence_spans(text)
    marked = [
        m for m in find_marked_spans(text, speech.quote_pairs, speech.mark_families) if m.depth == 0
    ]
    quoted = [(m.outer_start, m.outer_end) for m in marked]
    marks = list(quoted)
    people = People(text, speech, parsed, [(m.start, m.end) for m in marked], persons)
    speakers = SpeakerReader(text, speech, parsed, people, names or ())
    frames = FrameReader(text, speech, parsed, speakers)
    ends = [end for _, end in sentences]
    para_starts = [start for start, _ in paras]

    embedded = EmbeddedReader(text, speech, parsed, frames) if parsed is not None else None

    out: list[Quote] = []
    used_cues: set[int] = set()
    clause_cues: set[int] = set()
    previous: tuple[int, Attribution] | None = None
    #: Where the last attributed direct quote closed, and its paragraph's end.
    last_close = -1
    for index, span in enumerate(marked):
        para = bisect.bisect_right(para_starts, span.outer_start) - 1
        if embedded is not None and embedded.is_partial(span):
            # A quote inside a sentence is someone's words only as the content of a cue.
            reading = embedded.read(span)
            if reading is None:
                continue  # a scare quote: see ``scare_quotes``
            governed, clause = reading
            if governed.cue_start is not None:
                used_cues.add(governed.cue_start)
                clause_cues.add(governed.cue_start)
            out.append(_quote(text, span.start, span.end, True, governed))
            wider = clause is not None and (
                clause[0] < span.outer_start - 1 or clause[1] > span.outer_end + 1
            )
            if clause is not None and (
                wider or _after_complementizer(text, span.outer_start, speech.complementizers)
            ):
                # The clause around the quote is the cue's content too (one relation); a
                # quote that fills a "that" clause is reported speech quoting the words.
                out.append(_quote(text, clause[0], clause[1], False, governed))
                quoted.append(clause)
            previous = (para, governed)
            continue
        next_open = marked[index + 1].outer_start if index + 1 < len(marked) else len(text)
        attribution = _attribute(
            text, span, frames, sentences, ends, paras, para, next_open, marked[:index]
        )
        if (
            attribution is None
            and previous is not None
            and text[span.start : span.start + 1].isupper()
        ):
            if previous[0] == para:
                attribution = previous[1]
            elif _continues(text, span, paras, para, previous[0], last_close):
                # The speaker carries over; the cue stays with its own paragraph.
                attribution = Attribution(None, None, None, previous[1].speaker, previous[1].via)
        words = len(text[span.start : span.end].split())
        if attribution is None and (
            words < _MIN_UNATTRIBUTED_WORDS or not span.closed or _title(text, span)
        ):
            continue
        if attribution is not None:
            if attribution.cue_start is not None:
                used_cues.add(attribution.cue_start)
                # The frame's words belong to this quote, not to a reported-speech reading.
                quoted.append(
                    (
                        min(attribution.cue_start, span.outer_start),
                        max(attribution.cue_end or 0, span.outer_end),
                    )
                )
                if attribution.via:
                    quoted.append(_sentence_of(sentences, attribution.cue_start))
            previous = (para, attribution)
            last_close = span.outer_end
        out.append(_quote(text, span.start, span.end, True, attribution))
    if speech.dash_speech:
        for dash in find_dash_speech(text, paras):
            attribution, contents = _dash_attribution(text, dash.contents, dash.frame, frames)
            for start, end in contents:
                if attribution is not None and attribution.cue_start is not None:
                    used_cues.add(attribution.cue_start)
                out.append(_quote(text, start, end, True, attribution))
            quoted.append((dash.contents[0][0], dash.contents[-1][1]))
    if parsed is not None and speech.cue_lemmas:
        reported = find_reported_parsed(parsed, frames, quoted, used_cues, marks, clause_cues)
        taken = {r.attribution.cue_start for r in reported if r.attribution.cue_start is not None}
        # "according to X" has no verb to parse, and a weak parse misses some clauses:
        # the rules fill in sentences the parse left without reported speech.
        rules = find_reported(text, sentences, frames, quoted, used_cues | taken)
        # An explicit "according to X" outranks what the parse read inside its sentence
        # without a source, or inside its content ("maintain a base", "favored Obama").
        according = {*speech.according_before, *speech.according_after}
        for rule in [r for r in rules if r.attribution.cue in according]:
            reported = [
                o
                for o in reported
                if not (rule.start < o.end and o.start < rule.end)
                or (
                    o.attribution.speaker is not None
                    and not (rule.start <= o.start and o.end <= rule.end)
                )
            ]
        # What the rules read after a cue must be a clause where the parse can tell: "the
        # crowd again on Friday evening" after "reminded" is no saying.
        rules = [r for r in rules if r.attribution.cue in according or _has_verb(parsed, r)]
        reported += [
            r for r in rules if not any(r.start < o.end and o.start < r.end for o in reported)
        ]
    else:
        reported = find_reported(text, sentences, frames, quoted, used_cues)
    leads = find_colon_leads(text, paras, frames, marks)
    # "Obama: Americans Will Reject Fear": the lead is the attribution, not "Reject".
    reported = [
        o for o in reported if not any(r.start < o.end and o.start < r.end for r in leads)
    ] + leads
    mood = find_mood_reported(text, sentences, frames, marks, [(r.start, r.end) for r in reported])
    # Mood sentences with no frame of their own wait for a carried speaker.
    unframed = {(r.start, r.end) for r in mood if r.attribution.cue_start is None}
    reported += mood
    lead_quotes = [(r.start, r.end) for r in leads if r.direct]
    out = [q for q in out if not (q.direct and (q.start, q.end) in lead_quotes)]
    for item in reported:
        start, end = _within_paragraph(
            text, item.start, item.end, item.attribution.cue_start, paras, para_starts
        )
        if start < end:
            out.append(_quote(text, start, end, item.direct, item.attribution))
    carried = carry_speakers(text, out, paras, parsed, people, speakers)
    return tuple(
        q for q in carried
        if q.direct or q.speaker_text is not None or (q.start, q.end) not in unframed
    )


def _attribute(
    text: str,
    span: MarkedSpan,
    frames: FrameReader,
    sentences: list[tuple[int, int]],
    ends: list[int],
    paras: list[tuple[int, int]],
    para: int,
    next_open: int,
    earlier: list[MarkedSpan],
) -> Attribution | None:
    # After the quote, up to the end of its sentence (the next one if it ends the sentence).
    k = bisect.bisect_right(ends, span.outer_end)
    last_para = bisect.bisect_right([a for a, _ in paras], span.outer_end - 1) - 1
    para_end = paras[last_para][1] if last_para >= 0 else len(text)
    limit = min(ends[k] if k < len(ends) else len(text), next_open, para_end)
    found = frames.after(span.outer_end, limit) if limit > span.outer_end else None
    if found is not None and text[span.outer_end : limit].rstrip().endswith(":"):
        found = None  # "… “A.” Dann schrieb er: “B.”": the frame leads into the next quote
    if found is not None and found.speaker is not None:
        return found
    # Before the quote, from its sentence start (or the previous quote) to the opening mark.
    s = max(0, bisect.bisect_right([a for a, _ in sentences], span.outer_start) - 1)
    start = sentences[s][0] if sentences else 0
    for other in earlier:
        if start <= other.outer_end <= span.outer_start:
            start = other.outer_end
    before = frames.before(start, span.outer_start) if start < span.outer_start else None
    if before is not None and before.speaker is not None:
        return before
    # A paragraph-long quote after "Caddell continued:".
    if para > 0 and span.outer_start == paras[para][0]:
        p_start, p_end = paras[para - 1]
        if text[p_start:p_end].rstrip().endswith(":"):
            lead = frames.before(p_start, p_end)
            if lead is not None and lead.speaker is not None:
                return lead
    return found or before


#: The words a frame after a paragraph's last quote may have (", Smith said on Tuesday.").
_MAX_CLOSING_FRAME = 14


def _continues(
    text: str,
    span: MarkedSpan,
    paras: list[tuple[int, int]],
    para: int,
    previous: int,
    last_close: int,
) -> bool:
    """A paragraph that opens with an unattributed quote right after a paragraph that ended
    with an attributed quote continues that speaker (the news convention: attribution is
    given once for a run of quote paragraphs). A narrative paragraph in between, or more
    than a short frame after the last quote, breaks the run."""
    if previous != para - 1 or span.outer_start != paras[para][0]:
        return False
    tail = text[last_close : paras[previous][1]]
    return paras[previous][0] <= last_close and len(tail.split()) <= _MAX_CLOSING_FRAME and not any(
        mark in tail for mark in "“”\"«»")


def _within_paragraph(
    text: str,
    start: int,
    end: int,
    cue: int | None,
    paras: list[tuple[int, int]],
    para_starts: list[int],
) -> tuple[int, int]:
    """Reported content stays in its cue's paragraph: a headline without a full stop
    can run into the next paragraph in the parse's sentences."""
    if cue is None or not paras:
        return start, end
    p_start, p_end = paras[max(0, bisect.bisect_right(para_starts, cue) - 1)]
    clipped = end > p_end
    start, end = max(start, p_start), min(end, p_end)
    while clipped and end > start and text[end - 1] in " \t\n\r.,;:":
        end -= 1
    return start, end


def _after_complementizer(text: str, position: int, complementizers: frozenset[str]) -> bool:
    """Whether the word right before ``position`` is "that", "que", "dass" (a quote that
    opens its clause: "she said that “we are in this together”")."""
    words = text[max(0, position - 20) : position].split()
    return bool(words) and words[-1].lower() in complementizers


def _has_verb(parsed: Any, item: Reported) -> bool:
    span = parsed.char_span(item.start, item.end, alignment_mode="expand")
    return span is None or any(t.pos_ in {"VERB", "AUX"} for t in span)


def _title(text: str, span: MarkedSpan) -> bool:
    """A Title Case stretch in quote marks is a title (a show, a headline), not speech."""
    words = [w for w in text[span.start : span.end].split() if w[:1].isalpha()]
    return sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _sentence_of(sentences: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in sentences:
        if start <= position < end:
            return start, end
    return position, position


def _dash_attribution(
    text: str,
    contents: tuple[tuple[int, int], ...],
    frame: tuple[int, int] | None,
    frames: FrameReader,
) -> tuple[Attribution | None, list[tuple[int, int]]]:
    if frame is not None:
        return frames.after(*frame), list(contents)
    start, end = contents[0]
    # "— Nous ne céderons pas, a déclaré le ministre.": the rightmost comma with a cue after.
    for token in reversed(tokenize(text, start, end)):
        if token.text == ",":
            found = frames.after(token.start, end)
            if found is not None and found.speaker is not None:
                return found, [(start, token.start)]
    return None, [(start, end)]


def _quote(text: str, start: int, end: int, direct: bool, attribution: Attribution | None) -> Quote:
    speaker = attribution.speaker if attribution is not None else None
    return Quote(
        start=start,
        end=end,
        text=text[start:end],
        direct=direct,
        stage=NAME,
        speaker_text=speaker.text if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        cue=attribution.cue if attribution else None,
        via=attribution.via if attribution else (),
        cue_start=attribution.cue_start if attribution else None,
        cue_end=attribution.cue_end if attribution else None,
        speaker_kind=speaker.kind if speaker else None,
        speaker_mention_start=speaker.mention_start if speaker else None,
        speaker_mention_end=speaker.mention_end if speaker else None,
        speaker_ref_start=speaker.ref_start if speaker else None,
        speaker_ref_end=speaker.ref_end if speaker else None,
    )


STAGE = Stage(
    name=NAME,
    version="9",
    requires=frozenset({"text", "language", "parsed", "mentions"}),
    assigns=frozenset({"quotes"}),
    run=run,
)
