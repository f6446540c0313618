"""Read the words around a quote (its "frame") for a cue verb, a speaker and a carrier.

Frames after a quote: "…,” he said", "…,” said Interior Minister X", "…», a-t-il
ajouté", "…“, so Pistorius", "…, the weekly Der Spiegel reported, according to AFP".
Frames before a quote: "X said: “…”", "X a déclaré : « … »", "Pistorius said the army
faced “…”", "According to X, “…”". Reported speech uses the same reader on a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sourcetrace.capabilities.quotes.speakers import Speaker, SpeakerReader
from sourcetrace.lang.speech_patterns import SpeechPatterns
from sourcetrace.text.segments import Token, is_capitalised, tokenize

__all__ = ["Attribution", "FrameReader"]

_BOUNDARY = frozenset(",;:.!?()[]“”«»„\"—–-")  # a lone "-" is a spaced dash
_MAX_SPEAKER = 9
#: A speaker phrase may be longer when a title ends with the person's name.
_MAX_TITLED = 16
#: Title words a verb-second subject may have before its name ("warnte Ministerin X").
_MAX_TITLE_AFTER = 3


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: Speaker | None
    via: tuple[str, ...] = ()


class FrameReader:
    """Finds cue, speaker and sourcing chain in a stretch of text."""

    def __init__(
        self, text: str, speech: SpeechPatterns, parsed: Any, speakers: SpeakerReader
    ) -> None:
        self.text = text
        self.speech = speech
        self.speakers = speakers
        self.pos: dict[int, str] = {}
        if parsed is not None:
            self.pos = {token.idx: token.pos_ for token in parsed}

    def is_cue(self, token: Token) -> bool:
        if token.lower not in self.speech.cue_forms:
            return False
        pos = self.pos.get(token.start)
        return pos is None or pos in {"VERB", "AUX"}

    def after(self, start: int, end: int) -> Attribution | None:
        """A frame right after a closing mark: ", he said", ", said X", ", a-t-il dit"."""
        tokens = tokenize(self.text, start, end)
        while tokens and tokens[0].text in ",—–":
            tokens = tokens[1:]
        if not tokens:
            return None
        lead = 0
        while lead < len(tokens) and tokens[lead].lower in self.speech.fillers:
            lead += 1
        if lead < len(tokens):
            head = tokens[lead]
            inverted = self.speakers.pronoun_token(head)
            if inverted is not None:
                cue_token = head
                if (
                    head.text.split("-")[0].lower() not in self.speech.cue_forms
                    and lead + 1 < len(tokens)
                ):
                    cue_token = tokens[lead + 1]
                return self._make(cue_token, inverted, tokens)
            if self.is_cue(head) or head.lower in self.speech.postposed_cues:
                speaker = self.speakers.read(self._right_phrase(tokens, lead + 1))
                return self._make(head, speaker, tokens)
        for index, token in enumerate(tokens[: _MAX_SPEAKER + 1]):
            if not token.is_word and token.text not in "'’":
                break
            if self.is_cue(token):
                speaker = self.subject(tokens, index, tokens[:index])
                named = self._named_after(tokens, index, speaker)
                if named is not None:
                    speaker = named
                elif speaker is None and token.lower not in self.speech.recipient_cues:
                    speaker = self._right_speaker(tokens, index)
                return self._make(token, speaker, tokens)
        return None

    def _right_speaker(self, tokens: list[Token], index: int) -> Speaker | None:
        """The speaker after the cue ("said the minister", "a déclaré le ministre"); a bare
        lower-case noun there is the cue's object ("claimed responsibility"), not a speaker."""
        phrase = self._right_phrase(tokens, index + 1)
        if phrase and not any(is_capitalised(t.text) for t in phrase) and not (
            phrase[0].lower in self.speech.determiners
            or phrase[0].lower in self.speech.indefinites
            or phrase[0].lower[:2] in {"l'", "l’"}
            or phrase[0].lower in self.speech.pronouns
        ):
            return None
        return self.speakers.read(phrase)

    def _named_after(
        self, tokens: list[Token], index: int, left: Speaker | None
    ) -> Speaker | None:
        """Translated word order: "…,” the federal finance minister said Christian Lindler
        (FDP)": a name right after the cue is the speaker the description before it
        describes (never after "told", whose object is the one spoken to)."""
        if tokens[index].lower in self.speech.recipient_cues:
            return None
        if left is not None and left.kind in {"name", "pronoun"}:
            return None
        right = self._right_phrase(tokens, index + 1)
        if not right:
            return None
        speaker = self.speakers.read(right)
        if speaker is None or speaker.kind != "name":
            return None
        return speaker

    def before(self, start: int, end: int) -> Attribution | None:
        """A frame from the sentence start to an opening mark: "X said: “", "X a déclaré : «"."""
        tokens = tokenize(self.text, start, end)
        according = self.according(tokens)
        if according is not None:
            return according
        for index in range(len(tokens) - 1, -1, -1):
            token = tokens[index]
            if self.is_cue(token):
                speaker = self.subject(tokens, index, self.left_phrase(tokens, index))
                if speaker is None and token.lower not in self.speech.recipient_cues:
                    speaker = self._right_speaker(tokens, index)
                return self._make(token, speaker, tokens)
        return None

    def subject(self, tokens: list[Token], index: int, left: list[Token]) -> Speaker | None:
        """The speaker before the cue ``tokens[index]``. German puts the subject after the
        verb when something else comes first ("Dann schrieb er:", "Das sagt
        Parteichefin Janine Wissler:"): a pronoun right after the cue is the speaker, and
        a single word before it that names no one is not."""
        if self.speech.verb_second:
            k = index + 1
            while k < len(tokens) and tokens[k].lower in self.speech.fillers:
                k += 1
            if k < len(tokens) and tokens[k].lower in self.speech.pronouns:
                return self.speakers.read([tokens[k]])
            if k < len(tokens) and not (left and self.speakers.names_someone(left)):
                # "…, warnte Macron den Westen", "Als Minister sagte X": with no one named
                # before it, a person named right after the verb is its subject.
                person = self._person_after(tokens, k)
                if person is not None:
                    return self.speakers.read(person)
            if (
                len(left) == 1
                and left[0].lower not in self.speech.pronouns
                and not self.speakers.names_someone(left)
            ):
                return None
        return self.speakers.read(left)

    def _person_after(self, tokens: list[Token], k: int) -> list[Token] | None:
        """The words from ``tokens[k]`` to the end of a person named there, after at most
        a few capitalised words of a title ("Ministerin Eva Roth")."""
        starts = {p.start: p.end for p in self.speakers.people.mentions}
        for j in range(k, min(len(tokens), k + _MAX_TITLE_AFTER)):
            if j > k and not (tokens[j - 1].is_word and is_capitalised(tokens[j - 1].text)):
                return None
            end = starts.get(tokens[j].start)
            if end is not None:
                return [t for t in tokens[k:] if t.end <= end]
        return None

    def according(self, tokens: list[Token]) -> Attribution | None:
        """ "according to X" / "selon X" / "laut X" / "X zufolge" anywhere in ``tokens``."""
        words = [t.lower for t in tokens]
        for phrase in self.speech.according_before:
            parts = phrase.split()
            for index in range(len(words) - len(parts) + 1):
                if words[index : index + len(parts)] == parts:
                    after = index + len(parts)
                    speaker = self.speakers.read(self._according_phrase(tokens, after))
                    cue_end = tokens[after - 1].end
                    if speaker is not None:
                        return Attribution(phrase, tokens[index].start, cue_end, speaker)
        for phrase in self.speech.according_after:
            for index, word in enumerate(words):
                if word == phrase:
                    speaker = self.speakers.read(self.left_phrase(tokens, index))
                    if speaker is not None:
                        token = tokens[index]
                        return Attribution(phrase, token.start, token.end, speaker)
        return None

    def left_phrase(self, tokens: list[Token], cue_index: int) -> list[Token]:
        """Words before the cue back to the clause start ("NATO's military command")."""
        stops = self.speech.complementizers | self.speech.subordinators | {
            "and", "but", "et", "mais", "und", "aber", "y", "pero", "as", "when", "while", "because"
        }
        k = cue_index
        while k > 0 and (
            tokens[k - 1].lower in self.speech.fillers or self._is_time(tokens[k - 1])
        ):
            k -= 1
        phrase: list[Token] = []
        j = k - 1
        while j >= 0 and len(phrase) < _MAX_SPEAKER:
            token = tokens[j]
            if token.text == ")" and j >= 2 and tokens[j - 2].text == "(" and (
                is_capitalised(tokens[j - 1].text)
            ):
                # "La operadora de gas de Ucrania (Gtsou) anunció": the name in brackets.
                phrase[:0] = tokens[j - 2 : j + 1]
                j -= 3
                continue
            if token.text in _BOUNDARY or token.lower in stops or self.is_cue(token):
                break
            phrase.insert(0, token)
            j -= 1
        if not phrase and j > 0 and tokens[j].text == ",":
            # "le général Anne Moreau, qui dirige la région sud, a déclaré", "The group,
            # also known as ISIS, claimed": the relative clause or apposition between
            # commas describes the subject before it, which speaks.
            c = j - 1
            while c >= 0 and tokens[c].text not in _BOUNDARY:
                c -= 1
            inner = tokens[c + 1 : j]
            if c > 0 and tokens[c].text == "," and inner:
                subject = self.left_phrase(tokens, c)
                opener = tokens.index(subject[0]) - 1 if subject else -1
                if opener >= 0 and tokens[opener].lower in self.speech.subordinators:
                    # "Während X Russland beschuldigte, …, warnte Macron": a subordinate
                    # clause before the main verb, whose subject follows the verb.
                    return []
                if subject and self._names_person(inner) and not self._names_person(subject):
                    # "le président du conseil scientifique, le professeur Jean-François
                    # Delfraissy, estimait": the name set off by commas speaks.
                    return inner
                if subject:
                    return subject
        if len(phrase) >= _MAX_SPEAKER:
            # A long title before a name ("the Deputy Director for Border Security and
            # Migration Anna Lind"): the phrase is a speaker when it ends with a person.
            while j >= 0 and len(phrase) < _MAX_TITLED:
                token = tokens[j]
                if token.text in _BOUNDARY or token.lower in stops or self.is_cue(token):
                    break
                phrase.insert(0, token)
                j -= 1
            end = phrase[-1].end
            if len(phrase) < _MAX_TITLED and (
                any(p.end == end and p.start > phrase[0].start
                    for p in self.speakers.people.mentions)
                or phrase[-1].text == ")"  # an institution's long name with its short one
            ):
                return phrase
            return []
        return phrase

    def _names_person(self, tokens: list[Token]) -> bool:
        start, end = tokens[0].start, tokens[-1].end
        return any(start <= p.start and p.end <= end for p in self.speakers.people.mentions)

    def _right_phrase(self, tokens: list[Token], start: int) -> list[Token]:
        phrase: list[Token] = []
        if (
            start < len(tokens)
            and tokens[start].text in self.speech.name_particles - self.speech.determiners
        ):
            return phrase  # "said of Sanders": Sanders is the topic, not the speaker.
        if start < len(tokens) and tokens[start].lower in self.speech.recipient_preps:
            start = self._past_recipient(tokens, start)
        for token in tokens[start:]:
            if phrase and "\n" in self.text[phrase[-1].end : token.start]:
                break  # a speaker never runs into the next paragraph
            if not phrase and token.lower in self.speech.phrase_stops and token.is_word:
                continue  # "a annoncé mardi le ministre": the day comes before the speaker
            if token.text in _BOUNDARY or token.lower in self.speech.phrase_stops:
                break
            if token.lower in self.speech.complementizers or self.is_cue(token):
                break
            if len(phrase) >= _MAX_SPEAKER:
                break
            phrase.append(token)
        return phrase

    def _past_recipient(self, tokens: list[Token], start: int) -> int:
        """Past the one spoken to ("dijo a la red Erbol", "a déclaré à l'AFP le
        ministre"): the speaker, if any, opens with a determiner after its words."""
        named = False
        for k in range(start + 1, len(tokens)):
            token = tokens[k]
            if token.text in _BOUNDARY:
                break
            if token.lower in self.speech.determiners:
                if named:
                    return k
                continue
            named = True
        return len(tokens)

    def _according_phrase(self, tokens: list[Token], start: int) -> list[Token]:
        phrase: list[Token] = []
        for token in tokens[start:]:
            if token.text in _BOUNDARY or len(phrase) >= _MAX_SPEAKER:
                break
            # German "Laut dem Ministerium ist …": the source ends at the first lower-case
            # word that is not an article (German nouns are capitalised).
            if (
                self.speech.compound_nouns
                and phrase
                and not is_capitalised(token.text)
                and token.lower not in self.speech.determiners
            ):
                break
            if token.lower in self.speech.phrase_stops and phrase:
                break
            phrase.append(token)
        return phrase

    def _is_time(self, token: Token) -> bool:
        return (
            token.lower in self.speech.phrase_stops and is_capitalised(token.text) and token.is_word
        )

    def via(self, tokens: list[Token], speaker: Speaker | None) -> tuple[str, ...]:
        """Outlets that carried the report ("…, according to AFP"), other than the speaker."""
        found = self.according(tokens)
        if found is None or found.speaker is None or speaker is None:
            return ()
        if found.speaker.mention_start == speaker.mention_start:
            return ()
        name = found.speaker.text
        if not name:
            return ()
        for prefix in ("l'", "l’"):
            if name.lower().startswith(prefix):
                name = name[len(prefix):]
        return (name,)

    def _make(self, cue: Token, speaker: Speaker | None, frame: list[Token]) -> Attribution:
        via = self.via(frame, speaker)
        return Attribution(cue.text, cue.start, cue.end, speaker, via)
