"""German. No German spaCy pipeline is on PyPI: stages fall back to rules and gazetteers."""

from sourcetrace.lang.de.entities import LEXICON as ENTITIES
from sourcetrace.lang.pack import LanguagePack

PACK = LanguagePack(code="de", name="German", entities=ENTITIES)
