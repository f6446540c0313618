"""German. No German spaCy pipeline is on PyPI: stages fall back to rules and gazetteers."""

from sourcetrace.lang.de.boilerplate import BOILERPLATE
from sourcetrace.lang.de.dates import LEXICON as DATES
from sourcetrace.lang.pack import LanguagePack

PACK = LanguagePack(code="de", name="German", boilerplate=BOILERPLATE, dates=DATES)
from sourcetrace.lang.de.figures import LEXICON as FIGURES
PACK = LanguagePack(code="de", name="German", figures=FIGURES)
from sourcetrace.lang.de.speech import SPEECH
PACK = LanguagePack(code="de", name="German", speech=SPEECH)
from sourcetrace.lang.de.entities import LEXICON as ENTITIES
PACK = LanguagePack(code="de", name="German", entities=ENTITIES)
