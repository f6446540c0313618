"""One user decision about entities (merge, split, rename): checked, stored, applied.

``sourcetrace entity merge|split|rename`` and the web app (``/api/v1/entities/...`` and the
entity page's forms) both come through ``decide``, so they write the same decisions and
trigger the same re-application: the whole corpus is linked again with every stored
decision replayed in order (``capabilities.linking.corpus``), which is also what every later
ingest does.

A decision is tried before it is stored: one that names an unknown entity or would not
change anything (a split taking every mention, a merge of an entity with itself) raises a
``DecisionError`` and leaves the case untouched, instead of lingering as a stored decision
that never applies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sourcetrace.capabilities.linking.corpus import knowledge_base, relink
from sourcetrace.capabilities.linking.linker import link_mentions
from sourcetrace.capabilities.linking.records import Decision, LinkResult
from sourcetrace.config import Settings
from sourcetrace.errors import DecisionError, StaleDecisionError, UnknownEntityError
from sourcetrace.storage.base import Store

__all__ = ["Action", "DecisionOutcome", "decide"]

Action = Literal["merge", "split", "rename"]


@dataclass(frozen=True, slots=True, kw_only=True)
class DecisionOutcome:
    """A stored and applied decision. ``entity_id`` is the entity to look at now: the
    merged or renamed entity, or the new entity a split made."""

    decision: Decision
    entity_id: str
    result: LinkResult


def _check(action: str, entity: str, other: str | None, alias: str | None,
           mentions: Sequence[str], name: str | None) -> None:
    if action == "merge" and not other:
        raise DecisionError(f"merge of {entity!r} needs the other entity's id")
    if action == "merge" and other == entity:
        raise DecisionError(f"cannot merge {entity!r} with itself")
    if action == "split" and not (alias or mentions):
        raise DecisionError(f"split of {entity!r} needs an alias or mention ids")
    if action == "rename" and not (name or "").strip():
        raise DecisionError(f"rename of {entity!r} needs a name")
    if action not in ("merge", "split", "rename"):
        raise DecisionError(f"unknown entity decision {action!r}")


def decide(
    store: Store,
    settings: Settings,
    *,
    action: Action,
    entity: str,
    other: str | None = None,
    alias: str | None = None,
    mentions: Sequence[str] = (),
    name: str | None = None,
) -> DecisionOutcome:
    """Check ``action`` against the current entities, store it, and relink the corpus.

    Raises ``UnknownEntityError`` when ``entity`` or ``other`` is not a current entity id,
    and ``DecisionError`` when the decision would not apply; nothing is stored then.
    """
    name = name.strip() if name else None
    _check(action, entity, other, alias, mentions, name)
    for _attempt in range(_ATTEMPTS - 1):
        try:
            return _decide_once(store, settings, action, entity, other, alias, mentions, name)
        except StaleDecisionError:
            continue  # another decision was stored meanwhile: try again against it
    return _decide_once(store, settings, action, entity, other, alias, mentions, name,
                        replay=True)


#: Tries of a decision against stored decisions that keep changing under it.
_ATTEMPTS = 3


def _decide_once(store: Store, settings: Settings, action: Action, entity: str,
                 other: str | None, alias: str | None, mentions: Sequence[str],
                 name: str | None, *, replay: bool = False) -> DecisionOutcome:
    before = store.entity_ids()
    for ident in (entity, other):
        if ident is not None and ident not in before:
            raise UnknownEntityError(
                f"no entity {ident!r} in {store.path} (see `sourcetrace entity list`)")
    stored = store.decisions()
    trial = Decision(seq=max((d.seq for d in stored), default=0) + 1, action=action,
                     entity=entity, other=other, alias=alias, mentions=tuple(mentions),
                     name=name)
    linked = store.link_mentions()
    result = link_mentions(linked, knowledge_base(store, settings), [*stored, trial])
    if trial in result.unapplied:
        raise DecisionError(
            f"{action} of {entity!r} would change nothing"
            + (" (a split must leave the entity at least one mention)" if action == "split"
               else ""))
    # The decision and the entities it gives are stored in one transaction: a process
    # killed in between leaves the case as it was.
    seq = store.add_decision(action=action, entity=entity, other=other, alias=alias,
                             mentions=trial.mentions, name=name,
                             result=None if replay else (trial.seq, result, linked))
    if replay:  # the last try: replay exactly what is stored
        result = relink(store, settings)
    decision = Decision(seq=seq, action=action, entity=entity, other=other, alias=alias,
                        mentions=trial.mentions, name=name)
    made = [e.id for e in result.entities if e.id not in before]
    target = made[0] if action == "split" and made else entity
    return DecisionOutcome(decision=decision, entity_id=target, result=result)
