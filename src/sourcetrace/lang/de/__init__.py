"""German. No German spaCy pipeline is on PyPI, so there is no parse: stages that need one
fall back to rules and gazetteers. Entities come from the tagger trained in this repository
on GermEval-2014 (``models/de_ner/train.py``, shipped as ``models/de_sourcetrace_ner``)."""

from sourcetrace.lang.de.boilerplate import BOILERPLATE
from sourcetrace.lang.de.checks import LEXICON as CHECKS
from sourcetrace.lang.de.dates import LEXICON as DATES
from sourcetrace.lang.de.entities import LEXICON as ENTITIES
from sourcetrace.lang.de.events import LEXICON as EVENTS
from sourcetrace.lang.de.figures import LEXICON as FIGURES
from sourcetrace.lang.de.signals import SIGNALS
from sourcetrace.lang.de.speech import SPEECH
from sourcetrace.lang.pack import LanguagePack, ModelRef

PACK = LanguagePack(
    code="de",
    name="German",
    ner_model=ModelRef(
        package="de_sourcetrace_ner", pypi="de-sourcetrace-ner", loader="model_path"
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
