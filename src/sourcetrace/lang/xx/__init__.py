"""Fallback for languages without a pack of their own: language-neutral data only."""

from sourcetrace.lang.xx.entities import LEXICON as ENTITIES
from sourcetrace.lang.pack import LanguagePack

PACK = LanguagePack(code="xx", name="Other", entities=ENTITIES)
