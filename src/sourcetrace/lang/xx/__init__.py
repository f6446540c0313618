"""Fallback for languages without a pack of their own: language-neutral data only."""

from sourcetrace.lang.xx.figures import LEXICON as FIGURES
from sourcetrace.lang.pack import LanguagePack

PACK = LanguagePack(code="xx", name="Other", figures=FIGURES)
