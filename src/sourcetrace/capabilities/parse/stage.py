"""One spaCy parse per document, shared by every later stage.

Runs the language's installed spaCy pipeline over the cleaned text (batched with
``nlp.pipe`` when the runner hands over several documents) and puts the ``Doc`` on
``Document.parsed``. Languages without a pipeline (German today) get ``parsed=None``;
later stages must then work from rules and gazetteers alone (German entities come from the
pack's entity-only model, which the entities stage runs itself).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sourcetrace.core.pipeline import Stage
from sourcetrace.core.resources import Resources
from sourcetrace.model import Document


def parse(doc: Document, resources: Resources) -> Document:
    return parse_batch([doc], resources)[0]


def parse_batch(docs: Sequence[Document], resources: Resources) -> list[Document]:
    out: list[Document] = list(docs)
    by_language: dict[str, list[int]] = defaultdict(list)
    for index, doc in enumerate(docs):
        if doc.text and doc.language:
            by_language[doc.language].append(index)
    for language, indexes in by_language.items():
        nlp = resources.spacy(language, required=False)
        if nlp is None:
            continue
        texts = [docs[i].text for i in indexes]
        for index, parsed in zip(indexes, nlp.pipe(texts, batch_size=16), strict=True):
            out[index] = docs[index].evolve(parsed=parsed)
    return out


STAGE = Stage(
    name="parse",
    version="1",
    requires=frozenset({"text", "language"}),
    assigns=frozenset({"parsed"}),
    run=parse,
    run_batch=parse_batch,
)
