"""No event triggers for a language without a pack: the events stage finds none there."""

from sourcetrace.lang.event_lexicon import EventLexicon

LEXICON = EventLexicon()
