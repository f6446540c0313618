"""Reported (indirect) speech: "X said that …", "selon X, …", "…, sagte Pistorius".

Works sentence by sentence on the text with the language's cue verbs, so it runs the
same with or without a parse. Cues already used by a direct quote are skipped, and so is
a sentence that is mostly a direct quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from sourcetrace.capabilities.clean.headline import DATELINE
from sourcetrace.capabilities.quotes.attribution import Attribution, FrameReader
from sourcetrace.text.segments import Token, tokenize

__all__ = ["Reported", "find_colon_leads", "find_reported"]

_MIN_CONTENT = 3
_MAX_TAIL = 10
#: How far after the cue its content may open (", that", "dass", German ","); further
#: where the subject may follow the verb, with its title, before an object ("warnte
#: Ministerin X den Ausschuss davor, …").
_OPENER_REACH = 7
_OPENER_REACH_V2 = 9
#: A "Name: words" lead names its speaker in at most this many tokens.
_MAX_LEAD = 4
#: ... followed by at most this many words of addressee or topic ("Clinton to Planned Parenthood:").
_MAX_TOPIC = 4
#: Entity labels that make a "Name:" lead someone speaking, not a section label.
_LEAD_LABELS = frozenset({"PERSON", "PER", "ORG"})


@dataclass(frozen=True, slots=True)
class Reported:
    start: int
    end: int
    attribution: Attribution
    #: The content is someone's exact words in quote marks ("Trump: ‘I will win’").
    direct: bool = False


def find_reported(
    text: str,
    sentences: list[tuple[int, int]],
    frames: FrameReader,
    quoted: list[tuple[int, int]],
    used_cues: set[int],
) -> list[Reported]:
    """One reported-speech attribution per sentence at most, in text order."""
    found: list[Reported] = []
    for s_start, s_end in sentences:
        inside = sum(max(0, min(b, s_end) - max(a, s_start)) for a, b in quoted)
        if inside > 0.6 * (s_end - s_start):
            continue
        tokens = [t for t in tokenize(text, s_start, s_end) if not _in(t.start, quoted)]
        if len(tokens) < _MIN_CONTENT + 2:
            continue
        items = _according(text, tokens, frames)
        if not items:
            cued = _cued(text, tokens, frames, quoted, used_cues)
            items = [cued] if cued is not None else []
        found.extend(_after_dateline(text, item) for item in items)
    return found


def find_colon_leads(
    text: str,
    paras: list[tuple[int, int]],
    frames: FrameReader,
    quoted: list[tuple[int, int]],
) -> list[Reported]:
    """Headline-style attributions: a paragraph "Trump: My plans aren't set in stone".

    The lead before the colon must be a short capitalised name the parse tagged as a
    person or organisation, or one of the language's lead nouns ("Poll:", "Report:"),
    optionally followed by an addressee or topic ("Clinton to Planned Parenthood:");
    "Update:", "Photo:" and datelines are not leads. The rest of the paragraph is the
    content; when that is one quote, the lead attributes the quote (direct).
    """
    speech = frames.speech
    found = []
    for p_start, p_end in paras:
        tokens = tokenize(text, p_start, p_end)
        colon = next(
            (i for i, t in enumerate(tokens[: _MAX_LEAD + _MAX_TOPIC + 1]) if t.text == ":"), None
        )
        if colon is None or colon == 0:
            continue
        lead = tokens[:colon]
        # "Clinton to Planned Parenthood:", "CNN President On Trump:": the speaker is
        # the part before the addressee or topic.
        topic = next((i for i, t in enumerate(lead) if t.lower in speech.lead_topics), len(lead))
        lead = lead[:topic]
        if not lead or len(lead) > _MAX_LEAD or colon - topic > _MAX_TOPIC:
            continue
        if not all(t.is_word and t.text[:1].isupper() for t in lead):
            continue
        if lead[0].lower in speech.link_leads:
            continue  # "Mire: El cantante … da positivo": a link to another page
        if (
            frames.speakers.labels.get(lead[-1].start) not in _LEAD_LABELS
            and lead[-1].lower not in speech.lead_nouns
        ):
            continue
        span = _span(tokens[colon + 1 :])
        if span is None:
            continue
        direct = False
        inside = sum(max(0, min(b, span[1]) - max(a, span[0])) for a, b in quoted)
        if inside > 0.6 * (span[1] - span[0]):
            # "Trump: ‘I’m the worst thing that happened to them’": the lead attributes the quote.
            whole = next(((a, b) for a, b in quoted if a <= span[0] and b >= span[1] - 1), None)
            if whole is None:
                continue
            span, direct = (whole[0] + 1, whole[1] - 1), True
        speaker = frames.speakers.read(lead)
        if speaker is None:
            continue
        cue = tokens[colon]
        found.append(
            Reported(span[0], span[1], Attribution(cue.text, cue.start, cue.end, speaker), direct)
        )
    return found


def _after_dateline(text: str, item: Reported) -> Reported:
    """Content that opens a paragraph starts after its wire dateline, if it has one.

    "DAMASCO, 8 oct (EFE).- La explosión …, según X": the place, date and agency are
    the outlet's furniture, not the words attributed to X.
    """
    if item.start == 0 or text[item.start - 1] == "\n":
        match = DATELINE.match(text, item.start)
        if match is not None and match.end() < item.end:
            return Reported(match.end(), item.end, item.attribution)
    return item


def _in(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


def _span(tokens: list[Token]) -> tuple[int, int] | None:
    while tokens and not tokens[-1].is_word and tokens[-1].text not in "”»“\"'’)":
        tokens = tokens[:-1]
    while tokens and tokens[0].text in ",:;—–":
        tokens = tokens[1:]
    if sum(1 for t in tokens if t.is_word) < _MIN_CONTENT:
        return None
    return tokens[0].start, tokens[-1].end


def _according(text: str, tokens: list[Token], frames: FrameReader) -> list[Reported]:
    """ "According to X, …", "…, according to X." and "… - according to X - …": the sentence
    around the phrase is what X reports; in the middle of a sentence both of its parts
    (two pieces with the one cue)."""
    found = frames.according(tokens)
    if found is None or found.speaker is None or found.cue_start is None:
        return []
    cue_index = next(i for i, t in enumerate(tokens) if t.start == found.cue_start)
    speaker_end = found.speaker.mention_end
    after = [t for t in tokens if t.start >= speaker_end]
    before = tokens[:cue_index]
    if found.cue in frames.speech.according_after:
        after = [t for t in tokens if t.start > tokens[cue_index].start]
        before = []
    pieces = []
    if len([t for t in before if t.is_word]) >= _MIN_CONTENT:
        pieces.append(_span(before))
        # The sentence goes on after the source ("…, according to X, still believe …"),
        # unless a relative clause about the source follows ("…, who …").
        rest = after[1:] if after and after[0].text in ",-—–" else []
        if rest and rest[0].lower not in frames.speech.complementizers | _RELATIVES:
            if len([t for t in rest if t.is_word]) >= _MIN_CONTENT:
                pieces.append(_span(rest))
    else:
        pieces.append(_span(after))
    return [Reported(span[0], span[1], found) for span in pieces if span is not None]


#: Words that open a relative clause about the source rather than more of the content.
_RELATIVES = frozenset({"who", "which", "whose", "whom", "qui", "dont", "lequel", "der", "die",
                        "das", "welche", "quien", "quienes", "cuyo", "cuya"})


def _cued(
    text: str,
    tokens: list[Token],
    frames: FrameReader,
    quoted: list[tuple[int, int]],
    used_cues: set[int],
) -> Reported | None:
    speech = frames.speech
    for index, token in enumerate(tokens):
        if token.start in used_cues or not frames.is_cue(token):
            continue
        tail = len(tokens) - index - 1
        comma = _comma_before(tokens, index)
        if comma is not None and tail <= _MAX_TAIL:
            # "CONTENT, SPEAKER CUE." or "CONTENT, CUE SPEAKER."
            attribution = frames.after(tokens[comma].start, tokens[-1].end)
            span = _span(tokens[:comma])
            if attribution is not None and attribution.speaker is not None and span is not None:
                return Reported(span[0], span[1], attribution)
        if index + 1 < len(tokens) and tokens[index + 1].lower in speech.not_content_after:
            continue  # "spoke to reporters", "continues to lead": no words reported
        speaker = frames.subject(tokens, index, frames.left_phrase(tokens, index))
        if speaker is None:
            continue
        k = index + 1
        opened = False
        reach = _OPENER_REACH_V2 if speech.verb_second else _OPENER_REACH
        for j in range(index + 1, min(len(tokens), index + reach)):
            if tokens[j].lower in speech.complementizers or (
                speech.content_needs_opener and tokens[j].text == ","
            ):
                k, opened = j + 1, True
                break
        if speech.content_needs_opener and not opened:
            continue  # "Die Opposition forderte eine Sondersitzung": an object, not a saying
        if k < len(tokens) and tokens[k].lower in speech.complementizers:
            k += 1  # "erklärte am Abend, dass …"
        span = _span(tokens[k:])
        if span is None:
            continue
        if any(a <= span[0] + 1 and b >= span[1] - 1 for a, b in quoted):
            continue
        attribution = Attribution(
            token.text, token.start, token.end, speaker, frames.via(tokens, speaker)
        )
        return Reported(span[0], span[1], attribution)
    return None


def _comma_before(tokens: list[Token], cue_index: int) -> int | None:
    """Index of the comma that opens a short "…, X said" tail, if the cue sits in one."""
    for j in range(cue_index - 1, max(-1, cue_index - 10), -1):
        if tokens[j].text in ",—":
            return j if j >= _MIN_CONTENT else None
        if tokens[j].text in ";:.":
            return None
    return None
