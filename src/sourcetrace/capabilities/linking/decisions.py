"""The user's corrections to linking, applied on top of every linking run.

Decisions are stored (``entity_decisions``) and replayed in order after each run, so a
merge, split or rename survives re-runs and re-ingests. A decision names entities by
id; because ids are stable (knowledge-base id, or type + normalised name), the same
decision finds the same entity next time. A merged-away id is remembered, so a later
decision that names it reaches the entity it went into. A decision whose entity no
longer exists is returned as unapplied, not guessed at.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from sourcetrace.capabilities.linking.records import (
    AliasEvidence,
    Decision,
    LinkedEntity,
    LinkResult,
)
from sourcetrace.kb import normalise

__all__ = ["apply_decisions", "split_id"]


def split_id(entity_id: str, alias: str) -> str:
    """The id of the entity made by splitting ``alias`` off ``entity_id``."""
    slug = re.sub(r"[^\w]+", "-", normalise(alias)).strip("-") or "x"
    return f"{entity_id}~{slug}"


def _merge(into: LinkedEntity, other: LinkedEntity, seq: int) -> LinkedEntity:
    known = {a.alias for a in into.aliases}
    moved = tuple(
        AliasEvidence(
            alias=a.alias,
            rule="user",
            detail=f"merged from {other.id} "
            f"({other.name!r}) by the user (decision {seq}); was: {a.rule}: {a.detail}",
            score=a.score,
            language=a.language,
            article_id=a.article_id,
        )
        for a in other.aliases
        if a.alias not in known
    )
    return dataclasses.replace(
        into,
        aliases=into.aliases + moved,
        mention_ids=into.mention_ids + other.mention_ids,
        roles=tuple(dict.fromkeys(into.roles + other.roles)),
        article_ids=tuple(dict.fromkeys(into.article_ids + other.article_ids)),
    )


def apply_decisions(
    entities: Sequence[LinkedEntity],
    decisions: Sequence[Decision],
    mention_text: dict[str, str] | None = None,
) -> LinkResult:
    """Entities after the user's decisions, with the mention → entity assignment.

    ``mention_text`` (mention id → its words) lets a split by alias find the mentions;
    without it the mentions are found through the assignment of each alias's evidence.
    """
    by_id: dict[str, LinkedEntity] = {e.id: e for e in entities}
    order = [e.id for e in entities]
    redirect: dict[str, str] = {}
    unapplied: list[Decision] = []
    texts = mention_text or {}

    def resolve(ident: str | None) -> str | None:
        seen = set()
        while ident in redirect and ident not in seen:
            seen.add(ident)
            ident = redirect[ident]
        return ident if ident in by_id else None

    for decision in sorted(decisions, key=lambda d: d.seq):
        target = resolve(decision.entity)
        if target is None:
            unapplied.append(decision)
            continue
        entity = by_id[target]
        if decision.action == "rename" and decision.name:
            by_id[target] = dataclasses.replace(entity, name=decision.name)
        elif decision.action == "merge":
            other = resolve(decision.other)
            if other is None or other == target:
                unapplied.append(decision)
                continue
            by_id[target] = _merge(entity, by_id.pop(other), decision.seq)
            redirect[other] = target
        elif decision.action == "split":
            wanted = set(decision.mentions)
            if decision.alias:
                key = normalise(decision.alias)
                wanted |= {m for m in entity.mention_ids if normalise(texts.get(m, "")) == key}
            moving = tuple(m for m in entity.mention_ids if m in wanted)
            if not moving or len(moving) == len(entity.mention_ids):
                unapplied.append(decision)
                continue
            alias = decision.alias or texts.get(moving[0], "")
            new_id = split_id(target, alias)
            left_aliases = {
                normalise(texts.get(m, "")) for m in entity.mention_ids if m not in wanted
            }
            moved_aliases = {normalise(texts.get(m, "")) for m in moving}
            evidence = tuple(
                AliasEvidence(
                    alias=a.alias,
                    rule="user",
                    language=a.language,
                    article_id=a.article_id,
                    detail=f"split from {target} by the user (decision {decision.seq})",
                )
                for a in entity.aliases
                if normalise(a.alias) in moved_aliases
            )
            by_id[target] = dataclasses.replace(
                entity,
                mention_ids=tuple(m for m in entity.mention_ids if m not in wanted),
                aliases=tuple(a for a in entity.aliases if normalise(a.alias) in left_aliases),
            )
            by_id[new_id] = LinkedEntity(
                id=new_id,
                name=decision.name or alias,
                type=entity.type,
                qid=None,
                kb_entry=None,
                aliases=evidence,
                mention_ids=moving,
                article_ids=tuple(dict.fromkeys(m.split(":mention:")[0] for m in moving)),
            )
            order.append(new_id)
        else:
            unapplied.append(decision)
    result = [by_id[i] for i in dict.fromkeys(order) if i in by_id]
    result = [
        dataclasses.replace(
            e, article_ids=tuple(dict.fromkeys(m.rsplit(":mention:", 1)[0] for m in e.mention_ids))
        )
        for e in result
    ]
    assignment = {m: e.id for e in result for m in e.mention_ids}
    return LinkResult(entities=tuple(result), assignment=assignment, unapplied=tuple(unapplied))
