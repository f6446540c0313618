"""German. No German spaCy pipeline is on PyPI: stages fall back to rules and gazetteers."""

from sourcetrace.lang.de.boilerplate import BOILERPLATE
from sourcetrace.lang.de.checks import LEXICON as CHECKS
from sourcetrace.lang.de.dates import LEXICON as DATES
from sourcetrace.lang.de.entities import LEXICON as ENTITIES
from sourcetrace.lang.de.figures import LEXICON as FIGURES
from sourcetrace.lang.de.signals import SIGNALS
from sourcetrace.lang.de.speech import SPEECH
from sourcetrace.lang.pack import LanguagePack

PACK = LanguagePack(
    code="de",
    name="German",
    boilerplate=BOILERPLATE,
    checks=CHECKS,
    dates=DATES,
    entities=ENTITIES,
    figures=FIGURES,
    speech=SPEECH,
    signals=SIGNALS,
)
