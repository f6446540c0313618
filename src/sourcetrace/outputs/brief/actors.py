"""Key actors: the entities of a case with their names per language, roles and articles.

With linked entities (export ``entities``) an actor is one entity. Before linking has run,
actors fall back to the per-article mentions grouped by their key (the entity stage's
``entity_key``, else type + normalised name), so "ISIS" and "Daesh" are still two actors
there; the brief says so.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sourcetrace.outputs.casefile import CaseFile, Record

__all__ = ["Actor", "actors", "fallback_key", "normalise_name"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """One actor row: ``key`` is the entity id (or the fallback key before linking)."""

    key: str
    name: str
    type: str
    kb_id: str | None
    #: (language, surface forms seen in articles of that language), most used first.
    aliases: tuple[tuple[str, tuple[str, ...]], ...]
    roles: tuple[str, ...]
    article_ids: tuple[str, ...]
    mentions: int


def normalise_name(text: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name, for grouping."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def fallback_key(label: str, text: str, entity_key: str | None = None) -> str:
    """The grouping key of an unlinked mention (what ``--entity`` accepts before linking)."""
    return entity_key or f"{label.lower()}:{normalise_name(text)}"


def _aliases(forms: Iterable[tuple[str, str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    by_language: dict[str, Counter[str]] = defaultdict(Counter)
    for language, text in forms:
        by_language[language][" ".join(text.split())] += 1
    ordered = sorted(by_language.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    return tuple((lang, tuple(t for t, _ in counts.most_common())) for lang, counts in ordered)


def _roles(counts: Counter[str]) -> tuple[str, ...]:
    return tuple(role for role, _ in counts.most_common(6))


def _unique(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))


def _language(case: CaseFile, article_id: str) -> str:
    article = case.article(article_id)
    return (article.get("language") if article else None) or "?"


def _from_entities(case: CaseFile) -> list[Actor]:
    # Roles live on the per-article mentions; find them by span.
    roles_at: dict[tuple[str, int, int], str] = {}
    for article_id, extras in case.extras.items():
        for found in extras.mentions:
            if found.role:
                roles_at[(article_id, found.start, found.end)] = found.role
    out = []
    for entity in case.entities:
        mentions: list[Record] = list(entity.get("mentions", ()))
        roles: Counter[str] = Counter(entity.get("roles") or ())
        for m in mentions:
            role = roles_at.get((m["article_id"], m["start"], m["end"]))
            if role:
                roles[role] += 1
        forms = [(_language(case, m["article_id"]), m["text"]) for m in mentions]
        seen = {text for _, text in forms}
        forms += [("other", a) for a in entity.get("aliases", ()) if a not in seen]
        out.append(
            Actor(
                key=str(entity["id"]),
                name=str(entity.get("name") or entity["id"]),
                type=str(entity.get("type") or "?"),
                kb_id=entity.get("kb_id"),
                aliases=_aliases(forms),
                roles=_roles(roles),
                article_ids=_unique(m["article_id"] for m in mentions),
                mentions=len(mentions),
            )
        )
    return out


def _from_mentions(case: CaseFile) -> list[Actor]:
    groups: dict[str, list[tuple[str, str, str, str | None, str]]] = defaultdict(list)
    for article in case.articles:
        extras = case.extras.get(article["id"])
        if extras is None:
            continue
        language = article.get("language") or "?"
        for m in extras.mentions:
            key = fallback_key(m.label, m.text, m.entity_key)
            groups[key].append((article["id"], language, m.text, m.role, m.label))
    out = []
    for key, rows in groups.items():
        names = Counter(" ".join(row[2].split()) for row in rows)
        labels = Counter(row[4] for row in rows)
        out.append(
            Actor(
                key=key,
                name=names.most_common(1)[0][0],
                type=labels.most_common(1)[0][0],
                kb_id=None,
                aliases=_aliases((row[1], row[2]) for row in rows),
                roles=_roles(Counter(row[3] for row in rows if row[3])),
                article_ids=_unique(row[0] for row in rows),
                mentions=len(rows),
            )
        )
    return out


def actors(case: CaseFile) -> tuple[list[Actor], bool]:
    """Every actor of the case, most articles first; and whether entities were linked."""
    linked = bool(case.entities)
    found = _from_entities(case) if linked else _from_mentions(case)
    found.sort(key=lambda a: (-len(a.article_ids), -a.mentions, a.name.casefold()))
    return found, linked

