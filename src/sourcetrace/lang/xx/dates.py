"""Language-neutral dates for languages without a pack: ISO and all-numeric dates only.

All-numeric dates are read day first, the order of most of the world's news.
"""

from sourcetrace.lang.datelex import COMMON_PATTERNS, DateLexicon

LEXICON = DateLexicon(patterns=COMMON_PATTERNS, numeric_order="dmy")
