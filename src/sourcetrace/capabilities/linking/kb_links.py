"""Linking a mention group to a knowledge-base entry, rule by rule, with the evidence.

Rules, tried in order, each only within compatible types (``link_groups.compatible``):

1. a surface is a name of the entry, exactly or after normalisation (a name listed in
   another language is a ``translation``); several entries → context decides or nothing;
2. an acronym whose expansion is a name of the entry;
3. a person's surname with a stated role that the entry held on the article's date
   (``role-context``);
4. a near spelling or sound-alike of the entry's name (``fuzzy``/``phonetic``), only
   with supporting context: the role stated next to the name, or (for a very close
   spelling) the entry's country among the article's places and the date inside its
   offices.

Short aliases ("IS", "EI") link only when the mention's finer type is the entry's, or
the entry is linked by a longer name in the same article. Nothing here merges an
affiliate into its parent: a name links to the entry it names, never to a relative.
"""

from __future__ import annotations

from collections.abc import Collection

from sourcetrace.capabilities.linking.groups import Group, compatible, is_short
from sourcetrace.capabilities.linking.records import AliasEvidence
from sourcetrace.kb import KBEntry, KnowledgeBase, normalise
from sourcetrace.kb.normalise import acronym_of, is_acronym

__all__ = ["ArticleContext", "attach", "link_group", "link_short", "own_evidence"]

#: Lowest candidate score for a misspelling to be considered at all.
SIMILAR_MIN = 0.8
#: A misspelling supported by the article's country alone must be at least this close.
COUNTRY_ONLY_MIN = 0.95


class ArticleContext:
    """What an article says around its names: the countries of its places."""

    def __init__(self, countries: Collection[str]) -> None:
        self.countries = set(countries)


def _languages_of(entry: KBEntry, surface: str) -> list[str]:
    return [lang for lang, name in entry.names() if name == surface]


def own_evidence(
    kb: KnowledgeBase, entry: KBEntry, surface: str, group: Group
) -> AliasEvidence | None:
    """Evidence that ``surface`` is one of ``entry``'s names (None if it is not)."""
    if entry not in kb.lookup(surface):
        return None
    langs = _languages_of(entry, surface)
    foreign = [lang for lang in langs if lang not in ("*", "en")]
    if langs and foreign and len(foreign) == len(langs):
        rule, detail = (
            "translation",
            f"{'/'.join(foreign)} name of {entry.name!r} in the knowledge base",
        )
    elif langs:
        rule, detail = "exact-alias", f"a name of {entry.name!r} in the knowledge base"
    else:
        keyed = normalise(surface)
        rule, detail = "normalised", f"{surface!r} reads {keyed!r}, a name of {entry.name!r}"
    return AliasEvidence(
        alias=surface,
        rule=rule,
        detail=detail,
        language=group.language,
        article_id=group.article_id,
    )


def _choose(hits: list[KBEntry], group: Group, ctx: ArticleContext) -> KBEntry | None:
    """One entry among several with the same name, or None when context cannot tell."""
    if not hits:
        return None
    if len(hits) == 1:
        return hits[0]
    curated = [e for e in hits if e.origin != "places"]
    if curated:
        if len(curated) == 1:
            return curated[0]
        local = [e for e in curated if e.country and e.country in ctx.countries]
        return local[0] if len(local) == 1 else None
    # Places of one name: a city in the article's country, else the largest.
    local = [e for e in hits if e.country in ctx.countries]
    return (local or hits)[0]


def _support(
    kb: KnowledgeBase, entry: KBEntry, group: Group, ctx: ArticleContext, score: float
) -> str | None:
    """Context that backs a similar-looking name, in words, or None."""
    for role, org in group.roles:
        for holder, held in kb.holders(role, group.language, country=org, on=group.day):
            if holder.id == entry.id:
                where = f" of {held.org}" if held.org else ""
                when = f" on {group.day}" if group.day else ""
                return f"role {role!r}{where}{when} held by {entry.name!r}"
    if score >= COUNTRY_ONLY_MIN and entry.country and entry.country in ctx.countries:
        if not entry.roles or any(r.held_on(group.day) for r in entry.roles):
            return f"article about {entry.country}, {entry.name!r} in office then"
    return None


def link_group(kb: KnowledgeBase, group: Group, ctx: ArticleContext) -> None:
    """Link ``group`` to an entry if a rule allows; sets ``group.entry`` and evidence."""
    surfaces = group.surfaces
    long_forms = [s for s in surfaces if not is_short(s)]
    for surface in surfaces:
        hits = [e for e in kb.lookup(surface, group.language) if compatible(group.label, e)]
        if not hits:
            continue
        if is_short(surface) and not long_forms:
            hits = [e for e in hits if e.type == group.label]
        entry = _choose(hits, group, ctx)
        if entry is not None:
            attach(kb, group, entry, surface, own_evidence(kb, entry, surface, group))
            return
    for surface in surfaces:
        if is_acronym(surface) and not is_short(surface):
            hits = [e for e in kb.expansions(surface) if compatible(group.label, e)]
            if len(hits) == 1:
                entry = hits[0]
                expansion = next(
                    (
                        n
                        for _l, n in entry.names()
                        if acronym_of(n) == normalise(surface).replace(" ", "")
                    ),
                    "",
                )
                attach(
                    kb,
                    group,
                    entry,
                    surface,
                    AliasEvidence(
                        alias=surface,
                        rule="acronym",
                        language=group.language,
                        detail=f"initials of {expansion!r}, a name of {entry.name!r}",
                        article_id=group.article_id,
                    ),
                )
                return
    if group.coarse == "PERSON":
        _link_person(kb, group, ctx)


def _link_person(kb: KnowledgeBase, group: Group, ctx: ArticleContext) -> None:
    name = group.name
    if " " not in name.strip():
        for role, org in group.roles:
            holders = [
                h
                for h, _r in kb.holders(role, group.language, country=org, on=group.day)
                if h in kb.by_surname(name)
            ]
            if len({h.id for h in holders}) == 1:
                entry = holders[0]
                attach(
                    kb,
                    group,
                    entry,
                    name,
                    AliasEvidence(
                        alias=name,
                        rule="role-context",
                        language=group.language,
                        article_id=group.article_id,
                        detail=f"surname of {entry.name!r}, who held the role {role!r} then",
                    ),
                )
                return
    supported: list[tuple[KBEntry, float, str, str]] = []
    for cand in kb.candidates(name, types=["PERSON"]):
        if cand.reason not in ("fuzzy", "phonetic", "fuzzy+phonetic") or cand.score < SIMILAR_MIN:
            continue
        why = _support(kb, cand.entry, group, ctx, cand.score)
        if why is not None:
            supported.append((cand.entry, cand.score, cand.reason, why))
    if len({e.id for e, *_ in supported}) != 1:
        return  # nothing, or several people fit: no link is better than a wrong one
    entry, score, reason, why = supported[0]
    rule = "fuzzy" if "fuzzy" in reason else "phonetic"
    attach(
        kb,
        group,
        entry,
        name,
        AliasEvidence(
            alias=name,
            rule=rule,
            score=round(score, 3),
            language=group.language,
            article_id=group.article_id,
            detail=f"{reason} {score:.2f} to {entry.name!r}; context: {why}",
        ),
    )


def link_short(kb: KnowledgeBase, group: Group, linked_here: set[str]) -> None:
    """Second pass for a group of short aliases only ("IS"): link it to an entry that a
    longer name already links in the same article (``linked_here``: entry ids)."""
    for surface in group.surfaces:
        for entry in kb.lookup(surface, group.language):
            if entry.id in linked_here and compatible(group.label, entry):
                evidence = own_evidence(kb, entry, surface, group)
                if evidence is not None:
                    evidence = AliasEvidence(
                        alias=surface,
                        rule=evidence.rule,
                        language=group.language,
                        article_id=group.article_id,
                        detail=evidence.detail + "; the article names it in full too",
                    )
                attach(kb, group, entry, surface, evidence)
                return


def attach(
    kb: KnowledgeBase, group: Group, entry: KBEntry, surface: str, evidence: AliasEvidence | None
) -> None:
    group.entry = entry
    if evidence is not None:
        group.evidence[surface] = evidence
    for other in group.surfaces:
        if other in group.evidence:
            continue
        own = own_evidence(kb, entry, other, group)
        if own is not None:
            group.evidence[other] = own
        elif is_acronym(other):
            group.evidence[other] = AliasEvidence(
                alias=other,
                rule="acronym",
                language=group.language,
                article_id=group.article_id,
                detail=f"defined as {group.name!r} in article {group.article_id}",
            )
        elif group.coarse == "PERSON" and normalise(group.name).endswith(normalise(other)):
            group.evidence[other] = AliasEvidence(
                alias=other,
                rule="surname-of",
                language=group.language,
                article_id=group.article_id,
                detail=f"surname of {group.name!r} in article {group.article_id}",
            )
        else:
            group.evidence[other] = AliasEvidence(
                alias=other,
                rule="cluster",
                language=group.language,
                article_id=group.article_id,
                detail=f"same thing as {group.name!r} in article {group.article_id}",
            )
