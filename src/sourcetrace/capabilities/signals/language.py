"""Signals about the outlet's own wording: loaded language, persuasion techniques from
the SemEval-2023 Task 3 taxonomy, and opinion presented as news.

Only the outlet's own voice counts (see ``signal_text``): words inside attributed quotes
and reported speech belong to their speaker. Each technique is its own signal kind;
scores rise with the number of cues per 1,000 words of the article, so a long piece
with one loaded word scores lower than a short one with three.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from sourcetrace.capabilities.signals.text import (
    TextView,
    cached_terms,
    evidence,
    find_terms,
    rate_score,
    top,
)
from sourcetrace.core.resources import Resources
from sourcetrace.lang.signal_lexicon import SignalLexicon
from sourcetrace.model import Document, Evidence, Signal

__all__ = ["TECHNIQUES", "language_signals"]

STAGE_NAME = "signals"

#: Lexicon-driven techniques: signal kind -> (lexicon field, note).
TECHNIQUES: dict[str, tuple[str, str]] = {
    "loaded_language": ("loaded", "loaded or emotive word in the outlet's own voice"),
    "name_calling": ("name_calling", "a label pinned on a person or group"),
    "exaggeration_minimisation": ("exaggeration", "overstatement or minimisation"),
    "doubt": ("doubt", "casts doubt on a source's credibility"),
    "appeal_to_fear": ("fear", "appeal to fear"),
    "flag_waving": ("flag_waving", "appeal to the nation or the group"),
    "causal_oversimplification": ("causal", "a single cause offered for a complex outcome"),
    "whataboutism": ("whataboutism", "turns to another party's conduct instead"),
    "slogans": ("slogans", "a set phrase used as a slogan"),
    "questioning_reputation": ("reputation", "attacks someone's standing, not their argument"),
    "appeal_to_authority": ("authority", "an authority cited to settle the matter"),
    "appeal_to_popularity": ("popularity", "what most people think offered as proof"),
    "appeal_to_values": ("values", "an appeal to values in place of an argument"),
    "appeal_to_hypocrisy": ("hypocrisy", "points at the other side's inconsistency"),
    "guilt_by_association": ("association", "likens someone to a group held in contempt"),
    "consequential_oversimplification": ("consequential", "a chain of consequences asserted"),
    "false_dilemma": ("dilemma", "only two options, or only one, offered"),
    "conversation_killer": ("killer", "a phrase that closes the discussion"),
    "appeal_to_time": ("time_pressure", "urgency offered as the argument"),
}

#: Kinds whose cue is the attribution itself, so it counts inside reported speech too.
_ATTRIBUTED_CUE = frozenset({"appeal_to_authority"})
#: Evidence spans kept per technique: enough to mark every paragraph of a long article.
_LIMIT = 40

#: Cues per 1,000 words at which a technique's score is 0.5.
_SCALE = {"loaded_language": 6.0, "exaggeration_minimisation": 8.0}
_DEFAULT_SCALE = 3.0
_SCARE = re.compile(
    r"(?P<open>[“\"«„‘]\s?)(?P<body>[^“”\"«»„‘’\n.!?]{2,40}?)(?P<close>\s?[”\"»“’])"
)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_HEAD_QUOTED = re.compile(r"[“\"«„‘'][^“”\"«»„‘’]{1,200}[”\"»“’']")


def _per_thousand(count: int, view: TextView) -> float:
    return 1000.0 * count / max(view.words, 150)


def _own_voice(view: TextView, lexicon: re.Pattern[str] | None) -> list[re.Match[str]]:
    return [m for m in find_terms(lexicon, view.text) if not view.in_reported(m.start(), m.end())]


def _hits(view: TextView, lexicon: re.Pattern[str] | None) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _own_voice(view, lexicon)]


def _headline_hits(headline: str, lexicon: re.Pattern[str] | None) -> list[Evidence]:
    """Cues in the headline outside its quote marks (a quoted headline phrase is someone's)."""
    quoted = [(m.start(), m.end()) for m in _HEAD_QUOTED.finditer(headline)]
    return [
        Evidence(start=m.start(), end=m.end(), text=m.group(0), note="", field="headline")
        for m in find_terms(lexicon, headline)
        if not any(a <= m.start() and m.end() <= b for a, b in quoted)
    ]


def language_signals(
    doc: Document, view: TextView, lex: SignalLexicon, resources: Resources
) -> Iterator[Signal]:
    """Loaded language, lexicon techniques, scare quotes, repetition, opinion as news."""
    lang = doc.language or "xx"
    headline = doc.headline or doc.title or ""
    for kind, (field_name, note) in TECHNIQUES.items():
        pattern = cached_terms(resources, lang, field_name, getattr(lex, field_name))
        if kind in _ATTRIBUTED_CUE:
            matches = [(m.start(), m.end(), m.group(0)) for m in find_terms(pattern, view.text)]
        else:
            matches = _hits(view, pattern)
        if kind == "slogans":
            matches += _exclaimed(view)
        in_headline = _headline_hits(headline, pattern)
        if not matches and not in_headline:
            continue
        rate = _per_thousand(len(matches) + len(in_headline), view)
        spans = [evidence(view.text, a, b, f"{note}: “{words}”") for a, b, words in matches]
        spans += [
            evidence(headline, e.start, e.end, f"{note} (headline): “{e.text}”", "headline")
            for e in in_headline
        ]
        if kind == "loaded_language":
            spans = [
                evidence(headline if e.field == "headline" else view.text, e.start, e.end,
                         f"{e.note} ({rate:.1f} per 1,000 words)", e.field)
                for e in spans
            ]
        yield Signal(
            kind=kind,
            score=rate_score(rate, _SCALE.get(kind, _DEFAULT_SCALE)),
            stage=STAGE_NAME,
            evidence=top(spans, _LIMIT),
        )
    scare = list(_scare_quotes(doc, view))
    if scare:
        yield Signal(
            kind="scare_quotes",
            score=rate_score(len(scare), 1.5),
            stage=STAGE_NAME,
            evidence=top(scare, _LIMIT),
        )
    repeated = list(_repetition(view, lex, resources, lang))
    if repeated:
        yield Signal(
            kind="repetition",
            score=rate_score(len(repeated), 4.0),
            stage=STAGE_NAME,
            evidence=top(repeated, _LIMIT),
        )
    opinion = list(_opinion(view, lex, resources, lang))
    if opinion:
        sentences = {view.sentence_of(e.start) for e in opinion}
        share = len(sentences) / max(len(view.sentences), 1)
        yield Signal(
            kind="opinion_as_news",
            score=round(min(1.0, 2.5 * share), 3),
            stage=STAGE_NAME,
            evidence=top(opinion),
        )


def _exclaimed(view: TextView) -> list[tuple[int, int, str]]:
    """Short exclamations in the outlet's voice ("Enough is enough!") read as slogans."""
    found = []
    for s in view.sentences:
        chunk = view.text[s.start : s.end]
        if chunk.endswith("!") and len(chunk.split()) <= 6 and not view.in_quoted(s.start, s.end):
            found.append((s.start, s.end, chunk))
    return found


def _scare_quotes(doc: Document, view: TextView) -> Iterator[Evidence]:
    """One to four words in quote marks inside the outlet's sentence, with no speaker.

    A quoted phrase attributed to someone (a partial quote) is theirs, and a title-case
    quote is a title ("the film “Civil War”"), so neither is a scare quote.
    """
    attributed = [
        (q.start, q.end)
        for q in doc.quotes
        if (q.speaker_text or q.speaker_kind)
        and (q.speaker_text or "").lower() not in {"on", "we", "nous"}
    ]
    text = view.text
    for m in _SCARE.finditer(text):
        body = m.group("body").strip()
        words = body.split()
        if not 1 <= len(words) <= 4 or view.in_reported(m.start(), m.end()):
            continue
        if any(s <= m.start("body") and m.end("body") <= e for s, e in attributed):
            continue
        if all(w[:1].isupper() for w in words if w[:1].isalpha()) and len(words) > 1:
            continue
        before = text[max(0, m.start() - 30) : m.start()].rstrip()
        sentence = view.sentence_of(m.start())
        # A quote that opens its sentence is speech ("« … », a déclaré …"), not a scare quote.
        if m.start() - sentence.start < 2:
            continue
        if before.endswith(":"):
            continue
        yield evidence(text, m.start(), m.end(), f"words in quote marks with no speaker: “{body}”")


def _repetition(
    view: TextView, lex: SignalLexicon, resources: Resources, lang: str
) -> Iterator[Evidence]:
    """A loaded word used three times or more, or a three-word phrase repeated three times."""
    loaded = cached_terms(resources, lang, "loaded", lex.loaded)
    counts: Counter[str] = Counter()
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _own_voice(view, loaded):
        key = m.group(0).lower()
        counts[key] += 1
        spans.setdefault(key, []).append((m.start(), m.end()))
    words = [(m.group(0).lower(), m.start(), m.end()) for m in _CONTENT_WORD.finditer(view.text)]
    for i in range(len(words) - 2):
        key = " ".join(w for w, _, _ in words[i : i + 3])
        counts[key] += 1
        spans.setdefault(key, []).append((words[i][1], words[i + 2][2]))
    for key, n in counts.items():
        if n >= 3:
            for start, end in spans[key]:
                if not view.in_reported(start, end):
                    yield evidence(view.text, start, end, f"“{key}” repeated {n} times")


def _opinion(
    view: TextView, lex: SignalLexicon, resources: Resources, lang: str
) -> Iterator[Evidence]:
    """First person, evaluative words, calls to action and rhetorical questions in the
    outlet's voice."""
    text = view.text
    checks = (
        ("first_person", lex.first_person, "the writer speaks in the first person", True),
        ("calls_to_action", lex.calls_to_action, "a call to action", False),
        ("evaluative", lex.evaluative, "an evaluative word in the outlet's voice", False),
    )
    for name, terms, note, whole_words in checks:
        pattern = cached_terms(resources, lang, name, terms)
        for m in _own_voice(view, pattern):
            if view.in_quoted(m.start(), m.end()):
                continue
            if whole_words and m.group(0) == "US":
                continue
            yield evidence(text, m.start(), m.end(), f"{note}: “{m.group(0)}”")
    for s in view.sentences:
        chunk = text[s.start : s.end].rstrip("”»\"' ")
        if (
            chunk.endswith("?")
            and not view.in_quoted(s.start, s.end)
            and not view.in_reported(s.start, s.end)
        ):
            yield evidence(text, s.start, s.end, "a rhetorical question in the outlet's voice")
