"""Mention groups: the mentions of one thing inside one article, as the linker sees them.

The entities stage already decided which mentions of an article are the same thing (its
``entity_key``: "Scholz" and "Olaf Scholz", "IS" and "the Islamic State (IS)"). The
linker starts from those groups; a group carries its label, surfaces, roles and the
article's context, and collects the entity it is linked to and the evidence per alias.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sourcetrace.capabilities.linking.records import AliasEvidence, LinkMention
from sourcetrace.kb import KBEntry, coarse_type, normalise
from sourcetrace.kb.normalise import is_acronym

__all__ = ["Group", "compatible", "group_mentions", "is_short"]


@dataclass(slots=True)
class Group:
    article_id: str
    mentions: list[LinkMention]
    label: str
    language: str | None
    published: str | None
    entry: KBEntry | None = None
    evidence: dict[str, AliasEvidence] = field(default_factory=dict)
    #: The unlinked cluster this group joined (type, normalised name).
    cluster: tuple[str, str] | None = None

    @property
    def surfaces(self) -> list[str]:
        """Distinct surfaces, longest first (ties: first seen)."""
        seen = list(dict.fromkeys(m.text for m in self.mentions))
        return sorted(seen, key=lambda s: (-len(s), seen.index(s)))

    @property
    def name(self) -> str:
        """The fullest name: the longest surface that is not an acronym, else the longest."""
        for surface in self.surfaces:
            if not is_acronym(surface):
                return surface
        return self.surfaces[0]

    @property
    def coarse(self) -> str:
        return coarse_type(self.label)

    @property
    def roles(self) -> list[tuple[str, str | None]]:
        return list(dict.fromkeys((m.role, m.role_org) for m in self.mentions if m.role))

    @property
    def day(self) -> str | None:
        return self.published[:10] if self.published else None


def _label(mentions: Iterable[LinkMention]) -> str:
    counts = Counter(m.label for m in mentions)
    coarse: Counter[str] = Counter()
    for label, n in counts.items():
        coarse[coarse_type(label)] += n
    top = coarse.most_common(1)[0][0]
    # A finer label of the winning coarse type (MEDIA over ORG) is kept.
    finer = [lab for lab, _ in counts.most_common() if coarse_type(lab) == top and lab != top]
    return finer[0] if finer else top


def group_mentions(mentions: Iterable[LinkMention]) -> list[Group]:
    """One group per (article, entity key); a mention without a key is its own group."""
    grouped: dict[tuple[str, str], list[LinkMention]] = {}
    for mention in mentions:
        key = mention.entity_key or f"mention:{mention.id}"
        grouped.setdefault((mention.article_id, key), []).append(mention)
    groups: list[Group] = []
    for (article_id, _key), members in grouped.items():
        members.sort(key=lambda m: m.start)
        first = members[0]
        groups.append(
            Group(
                article_id=article_id,
                mentions=members,
                label=_label(members),
                language=first.language,
                published=first.published,
            )
        )
    return groups


def compatible(label: str, entry: KBEntry) -> bool:
    """Whether a mention labelled ``label`` may be ``entry``: a person only a person, a
    place (GPE/LOC) only a place, an organisation only an organisation."""
    mine, theirs = coarse_type(label), entry.coarse
    if "PERSON" in (mine, theirs):
        return mine == theirs
    places = {"GPE", "LOC"}
    if mine in places or theirs in places:
        return mine in places and theirs in places
    return True


def is_short(surface: str) -> bool:
    """Aliases of three letters or fewer ("IS", "EI", "AQ") are ambiguous on their own."""
    return len(normalise(surface).replace(" ", "")) <= 3
