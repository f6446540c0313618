"""Entity merge, split and rename from the web app: the user decisions of entity linking.

Each request becomes one or more calls of ``capabilities.linking.decide.decide``, the function
behind ``sourcetrace entity merge|split|rename``: the web app stores exactly the decisions
the CLI would, and the corpus is relinked the same way (every stored decision replayed).
The endpoints need a write token (``web.auth.require_write``).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sourcetrace.capabilities.linking.decide import Action, DecisionOutcome, decide
from sourcetrace.config import Settings
from sourcetrace.errors import DecisionError, UnknownEntityError
from sourcetrace.storage.base import Store

__all__ = ["EntityDecision", "MentionRef", "MergeDecision", "RenameDecision", "SplitDecision",
           "apply_decision"]


class MentionRef(BaseModel):
    """A mention by its place in an article's cleaned text."""

    article_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class EntityDecision(BaseModel):
    """A user's decision about entities (the action comes from the endpoint's path).

    - merge: ``entities[1:]`` go into ``entities[0]``; ``name`` optionally renames it.
    - split: the mentions of ``entities[0]`` written as ``alias`` and/or listed in
      ``mentions`` (mention ids, or ``{article_id, start, end}``) become a new entity,
      named ``name`` when given.
    - rename: ``entities[0]`` gets the canonical ``name``.
    """

    entities: list[str] = Field(min_length=1)
    name: str | None = None
    alias: str | None = None
    mentions: list[str | MentionRef] = Field(default_factory=list)


class MergeDecision(EntityDecision):
    """Merge ``entities[1:]`` into ``entities[0]`` (two ids or more)."""

    entities: list[str] = Field(min_length=2)


class RenameDecision(EntityDecision):
    """Give ``entities[0]`` the canonical ``name`` (which must hold a visible character)."""

    name: str = Field(pattern=r"\S")


class SplitDecision(EntityDecision):
    """Split the mentions written as ``alias`` and/or listed in ``mentions`` off
    ``entities[0]``; one of the two is needed."""

    model_config = ConfigDict(json_schema_extra={"anyOf": [
        {"required": ["alias"], "properties": {"alias": {"type": "string", "pattern": r"\S"}}},
        {"required": ["mentions"], "properties": {"mentions": {"minItems": 1}}},
    ]})

    @model_validator(mode="after")
    def _alias_or_mentions(self) -> SplitDecision:
        if not (self.alias or "").strip() and not self.mentions:
            raise ValueError("a split needs an alias or mentions")
        return self


def _mention_ids(store: Store, entity: str, refs: list[str | MentionRef]) -> list[str]:
    spans = [(r.article_id, r.start, r.end) for r in refs if isinstance(r, MentionRef)]
    found = store.mention_ids_at(entity, spans)
    missing = [f"{a}:{s}:{e}" for a, s, e in spans if (a, s, e) not in found]
    if missing:
        raise DecisionError(f"not mentions of {entity!r}: {', '.join(missing)}")
    return [r if isinstance(r, str) else found[(r.article_id, r.start, r.end)] for r in refs]


def apply_decision(
    store: Store, settings: Settings, action: Action, body: EntityDecision
) -> dict[str, Any]:
    """Store and apply ``body`` as the CLI does; the answer names the entity to show next.

    Raises ``UnknownEntityError`` (an id not in the case) or ``DecisionError`` (a decision
    that cannot apply); a multi-entity merge checks every id before storing anything.
    """
    entity, others = body.entities[0], body.entities[1:]
    outcomes: list[DecisionOutcome] = []
    if action == "merge":
        if not others:
            raise DecisionError("merge needs two entities or more")
        known = store.entity_ids()
        unknown = [i for i in body.entities if i not in known]
        if unknown:
            raise UnknownEntityError(f"no entity {unknown[0]!r} in this case")
        for other in others:
            outcomes.append(decide(store, settings, action="merge", entity=entity, other=other))
        if body.name and body.name.strip():
            outcomes.append(decide(store, settings, action="rename", entity=entity,
                                   name=body.name))
    elif action == "split":
        outcomes.append(decide(store, settings, action="split", entity=entity,
                               alias=(body.alias or "").strip() or None,
                               mentions=_mention_ids(store, entity, body.mentions),
                               name=body.name))
    else:
        outcomes.append(decide(store, settings, action="rename", entity=entity, name=body.name))
    return {
        "ok": True,
        "action": action,
        "entity_id": outcomes[-1].entity_id if action == "split" else entity,
        "decisions": [
            {"seq": o.decision.seq, "action": o.decision.action, "entity": o.decision.entity,
             "other": o.decision.other, "alias": o.decision.alias,
             "mentions": list(o.decision.mentions), "name": o.decision.name}
            for o in outcomes
        ],
        "entities": len(outcomes[-1].result.entities),
    }
