"""The records cross-document linking reads and writes (pure values, no I/O).

``LinkMention`` is one mention of the corpus with what the linker needs of its article
(language, publication date); ``LinkedEntity`` is one real thing with its mentions and,
for every alias, the ``AliasEvidence`` saying which rule joined it and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["RULES", "AliasEvidence", "Decision", "LinkMention", "LinkResult", "LinkedEntity"]

#: Why an alias joined its entity.
RULES = (
    "exact-alias",  # written exactly as a knowledge-base name
    "normalised",  # a knowledge-base name up to case, accents, articles, hyphens
    "translation",  # a knowledge-base name in another language than the entity's own
    "acronym",  # an acronym of the entity's name (brackets in the article, or initials)
    "surname-of",  # a person's surname, with the full name in the article or corpus
    "fuzzy",  # a near spelling of a knowledge-base name, with supporting context
    "phonetic",  # a sound-alike of a knowledge-base name, with supporting context
    "role-context",  # a role or title next to the name points to the entity
    "type-vote",  # the same name typed otherwise here; the knowledge base's type won
    "cluster",  # the same name and type in several articles (no knowledge-base entry)
    "user",  # a user's merge decision
)


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkMention:
    """One mention to link. ``id`` is its annotation id (``<article>:mention:<n>``)."""

    id: str
    article_id: str
    start: int
    end: int
    text: str
    label: str
    entity_key: str | None = None
    role: str | None = None
    role_org: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None
    #: The entities stage's local evidence for an organisation ("context", "sports article").
    type_evidence: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class AliasEvidence:
    """Why ``alias`` belongs to its entity: the ``rule``, in words (``detail``), a score
    for similarity rules, and the article where it was first seen this way."""

    alias: str
    rule: str
    detail: str
    score: float | None = None
    language: str | None = None
    article_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkedEntity:
    """One real thing: canonical ``name``, finer ``type``, Wikidata ``qid`` and knowledge-
    base entry when linked, aliases with evidence, and its mentions (annotation ids)."""

    id: str
    name: str
    type: str
    qid: str | None
    kb_entry: str | None
    aliases: tuple[AliasEvidence, ...]
    mention_ids: tuple[str, ...]
    roles: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkResult:
    entities: tuple[LinkedEntity, ...]
    #: mention id → entity id, for every mention given.
    assignment: dict[str, str] = field(default_factory=dict)
    #: User decisions that could not be applied (their entity no longer exists).
    unapplied: tuple[Decision, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision:
    """A user's correction, re-applied after every linking run, in ``seq`` order.

    merge: ``entity`` absorbs ``other``. split: the mentions of ``entity`` written as
    ``alias`` (or listed in ``mentions``) become their own entity, named ``name`` or the
    alias. rename: ``entity`` is called ``name``.
    """

    seq: int
    action: Literal["merge", "split", "rename"]
    entity: str
    other: str | None = None
    alias: str | None = None
    mentions: tuple[str, ...] = ()
    name: str | None = None
