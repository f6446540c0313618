"""The words of each sentence, read from the shared parse where there is one, else from the
rule tokenizer (German): one shape for every later step of the events stage. A line break
always ends a sentence, whatever the parser joined across it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sourcetrace.capabilities.events.lexicon import Phrase
from sourcetrace.text.segments import sentence_spans, tokenize

__all__ = ["Sentence", "Word", "match_at", "sentences", "window_has"]


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    lower: str
    lemma: str
    #: The spaCy token, or None without a parse.
    token: Any = None

    def is_(self, word: str) -> bool:
        return word == self.lower or word == self.lemma


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    words: tuple[Word, ...]



def sentences(text: str, parsed: Any) -> list[Sentence]:
    if parsed is not None:
        out = []
        for sent in parsed.sents:
            words: list[Word] = []
            for t in sent:
                if t.is_space:
                    # A line break ends a sentence (a headline above its first paragraph).
                    if "\n" in t.text and words:
                        out.append(Sentence(words[0].start, words[-1].end, tuple(words)))
                        words = []
                    continue
                words.append(Word(t.idx, t.idx + len(t.text), t.lower_, t.lemma_.lower(), t))
            if words:
                out.append(Sentence(words[0].start, words[-1].end, tuple(words)))
        return out
    result = []
    for start, end in sentence_spans(text):
        plain = tuple(Word(t.start, t.end, t.lower, t.lower) for t in tokenize(text, start, end))
        if plain:
            result.append(Sentence(start, end, plain))
    return result


def match_at(words: Sequence[Word], i: int,
             index: Mapping[str, tuple[Phrase, ...]]) -> Phrase | None:
    """The longest phrase of ``index`` that starts at word ``i`` (lemma or form)."""
    word = words[i]
    candidates = index.get(word.lower, ()) + (index.get(word.lemma, ())
                                              if word.lemma != word.lower else ())
    best: Phrase | None = None
    for phrase in candidates:
        n = len(phrase.words)
        if i + n > len(words) or (best is not None and n <= len(best.words)):
            continue
        if all(words[i + k].is_(w) for k, w in enumerate(phrase.words)):
            best = phrase
    return best


def window_has(words: Sequence[Word], start: int, end: int,
               phrase: Sequence[str]) -> int | None:
    """Where ``phrase`` starts among ``words[start:end]`` (lemma or form), else None."""
    n = len(phrase)
    for i in range(max(0, start), min(len(words), end) - n + 1):
        if all(words[i + k].is_(w) for k, w in enumerate(phrase)):
            return i
    return None
