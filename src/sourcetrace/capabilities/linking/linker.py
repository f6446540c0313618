"""Cross-document linking: every mention of the corpus to one entity, with evidence.

Pure: mentions and a ``KnowledgeBase`` in, entities out (``LinkResult``). Steps:

1. group mentions per article by the entities stage's ``entity_key`` (``groups``);
2. link each group to the knowledge base (``kb_links``): names, translations, acronyms,
   roles, and misspellings only with context; then short aliases whose long form the
   same article links;
3. people named by surname only join a full name seen elsewhere in the corpus when that
   surname belongs to exactly one person there;
4. one type per name across the corpus: a group typed otherwise than the knowledge-base
   entry that other articles link under the same name joins that entry (the knowledge
   base's type wins: "Solingen" read as an organisation in one article is still the
   town) unless its own article types it as an organisation (a results table, "shares
   of …", a sports article: "Barcelona" the club stays its own entity beside the city),
   and a name of several words that is exactly one entry's name links to it
   whatever the tagger called it ("la chute de Bachar al-Assad" read as a place)
   (``_one_type_per_name``);
5. groups left unlinked are clustered across articles by type and normalised name (an
   acronym joins the one long form the corpus defines it as);
6. entities are built with stable ids (the knowledge-base id, or ``x:<type>/<name>``) and
   the user's decisions are applied on top (``capabilities.linking.decisions``).

Every step works through dictionaries keyed by names, so the cost grows with the number
of mentions, not with its square. Steps 1 and 2 read one article and the knowledge base
only: their result is kept per article (``ArticleLinks``) and reused while the article's
mentions and the knowledge base are the same ones, so a run after one new article
redoes the knowledge-base work of that article alone. A new knowledge base (the user's
entries changed: ``load_kb`` builds another) starts an empty cache; the user's
decisions are applied after every step, on every run, and are never cached.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sourcetrace.capabilities.linking.decisions import apply_decisions
from sourcetrace.capabilities.linking.groups import Group, group_mentions
from sourcetrace.capabilities.linking.kb_links import ArticleContext, attach, link_group, link_short
from sourcetrace.capabilities.linking.records import (
    AliasEvidence,
    Decision,
    LinkedEntity,
    LinkMention,
    LinkResult,
)
from sourcetrace.kb import KBEntry, KnowledgeBase, coarse_type, normalise
from sourcetrace.kb.normalise import is_acronym

__all__ = ["ArticleLinks", "link_mentions", "unlinked_id"]


@dataclass(frozen=True, slots=True)
class ArticleLinks:
    """Steps 1–2 for one article: its mentions (the cache key) and, per group in order,
    the knowledge-base entry it links to and the evidence per alias."""

    mentions: tuple[LinkMention, ...]
    links: tuple[tuple[KBEntry | None, tuple[tuple[str, AliasEvidence], ...]], ...]


#: Per knowledge base (dropped with it), per article id: the article's last steps 1–2.
_ARTICLES: weakref.WeakKeyDictionary[KnowledgeBase, dict[str, ArticleLinks]] = (
    weakref.WeakKeyDictionary()
)
_ARTICLES_LOCK = threading.Lock()

#: Evidence kept for an alias seen several ways: the strongest reason first.
_RULE_ORDER = (
    "exact-alias",
    "translation",
    "normalised",
    "acronym",
    "role-context",
    "fuzzy",
    "phonetic",
    "surname-of",
    "type-vote",
    "cluster",
    "user",
)


def unlinked_id(label: str, name: str) -> str:
    """The stable id of an entity without a knowledge-base entry: type + normalised name."""
    slug = re.sub(r"[^\w]+", "-", normalise(name)).strip("-") or "x"
    return f"x:{coarse_type(label).lower()}/{slug}"


def _contexts(groups: Iterable[Group], kb: KnowledgeBase) -> dict[str, ArticleContext]:
    countries: dict[str, set[str]] = defaultdict(set)
    seen: dict[str, str | None] = {}
    for group in groups:
        if group.coarse != "GPE":
            continue
        for surface in group.surfaces:
            if surface not in seen:
                seen[surface] = kb.country_of(surface)
            if seen[surface]:
                countries[group.article_id].add(seen[surface] or "")
    return defaultdict(
        lambda: ArticleContext(()), {a: ArticleContext(c) for a, c in countries.items()}
    )


def _surnames_across(groups: list[Group]) -> None:
    """A lone surname joins the one person of the corpus whose full name ends in it."""
    owners: dict[str, set[str]] = defaultdict(set)
    full: dict[str, Group] = {}
    for group in groups:
        name = normalise(group.name)
        if group.coarse == "PERSON" and " " in name:
            ident = group.entry.id if group.entry else f"x:{name}"
            owners[name.split()[-1]].add(ident)
            full.setdefault(ident, group)
    for group in groups:
        name = normalise(group.name)
        if group.entry or group.coarse != "PERSON" or " " in name or not name:
            continue
        idents = owners.get(name, set())
        if len(idents) != 1:
            continue
        target = full[next(iter(idents))]
        detail = f"surname of {target.name!r}, the only person of that name in the corpus"
        evidence = AliasEvidence(
            alias=group.name,
            rule="surname-of",
            detail=detail,
            language=group.language,
            article_id=group.article_id,
        )
        if target.entry is not None:
            group.entry = target.entry
        else:
            group.cluster = ("PERSON", normalise(target.name))
        group.evidence.setdefault(group.name, evidence)


def _titled_person(group: Group) -> bool:
    """A person written with an honorific or a role ("Mr Jordan", "Minister Paris") is a
    person whatever other articles call that name."""
    return group.coarse == "PERSON" and any(m.title or m.role for m in group.mentions)


def _typed_here(group: Group) -> str | None:
    """The local evidence that makes a group an organisation in its own article (a results
    table, "shares of …", a sports article), if any: such a group keeps its type and stays
    its own entity rather than being relabelled as the place of that name ("Barcelona" the
    club beside Barcelona the city)."""
    if group.coarse != "ORG":
        return None
    return next((m.type_evidence for m in group.mentions if m.type_evidence), None)


def _linked_by_name(group: Group) -> bool:
    """Linked by its name alone (not by a misspelling read in its article's context)."""
    evidence = group.evidence.get(group.name)
    return evidence is not None and evidence.rule in ("exact-alias", "translation", "normalised")


def _vote(labels: Counter[str]) -> str:
    """The coarse type most mentions have; ties go to the alphabetically first type, so
    that the result does not depend on the order of the input."""
    coarse: Counter[str] = Counter()
    for label, n in labels.items():
        coarse[coarse_type(label)] += n
    return min(coarse, key=lambda c: (-coarse[c], c))


def _one_type_per_name(kb: KnowledgeBase, groups: list[Group]) -> None:
    """One real thing, one type across the corpus (see the module's step 4)."""
    by_name: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        by_name[normalise(group.name)].append(group)
    for name, members in by_name.items():
        unlinked = [
            g
            for g in members
            if g.entry is None
            and g.cluster is None
            and not _titled_person(g)
            and not is_acronym(g.name)  # "IS", "HTC": acronyms link by their own rules
            and any(ch.isupper() for ch in g.name)  # "monde" is a word, not "Le Monde"
        ]
        if not name or not unlinked:
            continue
        entries = {
            g.entry.id: g.entry
            for g in members
            if g.entry is not None and _linked_by_name(g)
        }
        if not entries and " " in name:
            hits = {e.id: e for g in unlinked for e in kb.lookup(g.name, g.language)}
            if len(hits) == 1:
                entries = hits
        if len(entries) == 1:
            entry = next(iter(entries.values()))
            for group in unlinked:
                if group.coarse == entry.coarse:
                    continue  # the linker had its chance at this type and declined
                evidence_here = _typed_here(group)
                if evidence_here is not None:
                    group.evidence.setdefault(group.name, AliasEvidence(
                        alias=group.name,
                        rule="cluster",
                        language=group.language,
                        article_id=group.article_id,
                        detail=(
                            f"an organisation here ({evidence_here}), kept apart from "
                            f"{entry.name!r} ({entry.type}) of the same name"
                        ),
                    ))
                    continue
                evidence = AliasEvidence(
                    alias=group.name,
                    rule="type-vote",
                    language=group.language,
                    article_id=group.article_id,
                    detail=(
                        f"{group.name!r} is a name of {entry.name!r} ({entry.type}) elsewhere "
                        f"in the corpus or in the knowledge base; read as {group.label} here"
                    ),
                )
                attach(kb, group, entry, group.name, evidence)
            continue
        # Without a knowledge-base entry, groups keep their own types for now: merging
        # them ("al-Hol" as ORG, LOC and PERSON) makes the name common in the corpus, and
        # the stories stage, which lets only rare names carry a loose report into a story,
        # then splits the demo's camp-financing story. Left for a change to story rarity.


def _cluster_unlinked(groups: list[Group]) -> None:
    """Unlinked groups: same coarse type and normalised name → one cluster."""
    acronyms: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for group in groups:
        if group.entry is None and group.cluster is None:
            group.cluster = (group.coarse, normalise(group.name))
        if group.entry is None and group.cluster is not None:
            for surface in group.surfaces:
                if is_acronym(surface) and surface != group.name:
                    acronyms[normalise(surface)].add(group.cluster)
    for group in groups:
        if group.entry is None and group.cluster is not None and is_acronym(group.name):
            defined = acronyms.get(normalise(group.name), set()) - {group.cluster}
            if len(defined) == 1 and group.surfaces == [group.name]:
                group.cluster = next(iter(defined))
                group.evidence.setdefault(
                    group.name,
                    AliasEvidence(
                        alias=group.name,
                        rule="acronym",
                        language=group.language,
                        article_id=group.article_id,
                        detail=f"defined as {group.cluster[1]!r} elsewhere in the corpus",
                    ),
                )


def _best(evidence: Iterable[AliasEvidence]) -> AliasEvidence:
    return min(evidence, key=lambda e: _RULE_ORDER.index(e.rule) if e.rule in _RULE_ORDER else 99)


def _finer(labels: Counter[str], coarse: str) -> str:
    """The entity's type: the finer label of the cluster's coarse type that most mentions
    have (ARMED_GROUP over ORG), else that coarse type."""
    finer = [lab for lab, _ in labels.most_common() if coarse_type(lab) == coarse and lab != coarse]
    return finer[0] if finer else coarse


def _build(groups: list[Group]) -> list[LinkedEntity]:
    members: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        if group.entry is not None:
            members[group.entry.id].append(group)
        elif group.cluster is not None:
            members[unlinked_id(group.cluster[0], group.cluster[1])].append(group)
    entities: list[LinkedEntity] = []
    for entity_id, parts in members.items():
        entry = parts[0].entry
        mentions = sorted(
            (m for g in parts for m in g.mentions), key=lambda m: (m.article_id, m.start)
        )
        articles = tuple(dict.fromkeys(g.article_id for g in parts))
        by_alias: dict[str, list[AliasEvidence]] = defaultdict(list)
        for group in parts:
            for surface in group.surfaces:
                ev = group.evidence.get(surface)
                if ev is None:
                    detail = (
                        f"same name and type in {len(articles)} article(s)"
                        if normalise(surface) == normalise(group.name)
                        else f"same thing as {group.name!r} in article {group.article_id}"
                    )
                    ev = AliasEvidence(
                        alias=surface,
                        rule="cluster",
                        detail=detail,
                        language=group.language,
                        article_id=group.article_id,
                    )
                by_alias[surface].append(ev)
        if entry is not None:
            name, kind, qid = entry.name, entry.type, entry.qid
        else:
            names = Counter(g.name for g in parts)
            name = max(names, key=lambda n: (names[n], len(n), n))
            coarse = parts[0].cluster[0] if parts[0].cluster else _vote(
                Counter(m.label for m in mentions)
            )
            kind = _finer(Counter(m.label for m in mentions), coarse)
            qid = None
        roles = tuple(
            dict.fromkeys(
                f"{m.role} ({m.role_org})" if m.role_org else m.role for m in mentions if m.role
            )
        )
        entities.append(
            LinkedEntity(
                id=entity_id,
                name=name,
                type=kind,
                qid=qid,
                kb_entry=entry.id if entry is not None else None,
                aliases=tuple(_best(evs) for evs in by_alias.values()),
                mention_ids=tuple(m.id for m in mentions),
                roles=roles,
                article_ids=articles,
            )
        )
    entities.sort(key=lambda e: (-len(e.article_ids), -len(e.mention_ids), e.id))
    return entities


def _article_groups(
    kb: KnowledgeBase, mentions: tuple[LinkMention, ...], cache: dict[str, ArticleLinks],
    article_id: str,
) -> list[Group]:
    """One article's groups after steps 1–2, from the cache when its mentions are the
    ones it was made from (same knowledge base: ``cache`` belongs to ``kb``)."""
    groups = group_mentions(mentions)
    held = cache.get(article_id)
    if held is not None and held.mentions == mentions and len(held.links) == len(groups):
        for group, (entry, evidence) in zip(groups, held.links, strict=True):
            group.entry = entry
            group.evidence = dict(evidence)
        return groups
    contexts = _contexts(groups, kb)
    for group in groups:
        link_group(kb, group, contexts[group.article_id])
    linked_here = {g.entry.id for g in groups if g.entry is not None}
    for group in groups:
        if group.entry is None:
            link_short(kb, group, linked_here)
    with _ARTICLES_LOCK:
        cache[article_id] = ArticleLinks(
            mentions, tuple((g.entry, tuple(g.evidence.items())) for g in groups))
    return groups


def link_mentions(
    mentions: Sequence[LinkMention],
    kb: KnowledgeBase,
    decisions: Sequence[Decision] = (),
) -> LinkResult:
    """Link every mention of a corpus; ``decisions`` (the user's) are applied last."""
    by_article: dict[str, list[LinkMention]] = defaultdict(list)
    for mention in mentions:
        by_article[mention.article_id].append(mention)
    with _ARTICLES_LOCK:
        cache = _ARTICLES.setdefault(kb, {})
    groups: list[Group] = []
    for article_id, own in by_article.items():
        groups.extend(_article_groups(kb, tuple(own), cache, article_id))
    with _ARTICLES_LOCK:
        for gone in set(cache) - set(by_article):
            cache.pop(gone, None)
    _surnames_across(groups)
    _one_type_per_name(kb, groups)
    _cluster_unlinked(groups)
    entities = _build(groups)
    texts = {m.id: m.text for m in mentions}
    return apply_decisions(entities, decisions, texts)
