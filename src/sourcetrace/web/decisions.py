"""Entity merge, split and rename from the web app: the user decisions of entity linking.

The decisions themselves belong to entity linking (``sourcetrace.storage.entities``,
``apply_entity_decision(store, decision)``), which writes them exactly as its CLI does.
This module only checks that linking is installed and shapes the request; without it the
endpoints answer 501 "entity linking not available".
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, Field

__all__ = ["EntityDecision", "decision_applier"]

_MODULE = "sourcetrace.storage.entities"
_FUNCTION = "apply_entity_decision"


class EntityDecision(BaseModel):
    """A user's decision about entities.

    - merge: ``entities`` (two or more ids) become one; ``name`` optionally names it.
    - split: ``mentions`` (``{article_id, start, end}``) leave ``entities[0]`` for a new
      entity, named ``name`` when given.
    - rename: ``entities[0]`` gets the canonical ``name``.
    """

    #: Set from the endpoint's path (``/entities/merge`` …); a body need not repeat it.
    action: Literal["merge", "split", "rename"] | None = None
    entities: list[str] = Field(min_length=1)
    name: str | None = None
    mentions: list[dict[str, Any]] = Field(default_factory=list)
    note: str | None = None


Applier = Callable[[Any, dict[str, Any]], Any]


def decision_applier() -> Applier | None:
    """``apply_entity_decision`` when entity linking is installed, else None."""
    try:
        module = importlib.import_module(_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name != _MODULE:
            raise  # linking is there but broken: that must be seen, not hidden as 501
        return None
    applier = getattr(module, _FUNCTION, None)
    return applier if callable(applier) else None
