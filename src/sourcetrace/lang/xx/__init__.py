"""Fallback for languages without a pack of their own: language-neutral data only."""

from sourcetrace.lang.pack import LanguagePack
from sourcetrace.lang.xx.boilerplate import BOILERPLATE
from sourcetrace.lang.xx.dates import LEXICON as DATES
from sourcetrace.lang.xx.entities import LEXICON as ENTITIES
from sourcetrace.lang.xx.events import LEXICON as EVENTS
from sourcetrace.lang.xx.figures import LEXICON as FIGURES

PACK = LanguagePack(
    code="xx",
    name="Other",
    boilerplate=BOILERPLATE,
    dates=DATES,
    entities=ENTITIES,
    events=EVENTS,
    figures=FIGURES,
)
