"""The event types, each declared once with its ACLED and GTD equivalents.

An ``EventMention.type`` is one of the ids in ``TYPES``. ``acled`` is ACLED's
(event type, sub-event type) where ACLED codes such events, ``gtd`` the Global Terrorism
Database's attack type where the GTD has one; ``None`` where the codebook has no
equivalent (talks, court cases …). ``family`` groups the types that news reports of one
real event may use interchangeably ("an attack", "a shooting", "a killing"): merging across
articles accepts two mentions of one family (see ``compatible``). docs/events.md shows this
table; a test checks the two agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["GENERIC_TYPES", "TYPES", "EventType", "compatible", "event_type"]

_VAC = "Violence against civilians"
_ERV = "Explosions/Remote violence"
_SD = "Strategic developments"


@dataclass(frozen=True, slots=True, kw_only=True)
class EventType:
    id: str
    group: str
    label: str
    family: str
    acled: tuple[str, str] | None = None
    gtd: str | None = None


def _types(*types: EventType) -> Mapping[str, EventType]:
    return {t.id: t for t in types}


#: Every event type, by id, in the order of the docs' table.
TYPES: Mapping[str, EventType] = _types(
    # attacks
    EventType(id="attack", group="attacks", label="attack (unspecified)", family="violence",
              acled=(_VAC, "Attack"), gtd="Unknown"),
    EventType(id="shooting", group="attacks", label="armed assault / shooting",
              family="violence", acled=(_VAC, "Attack"), gtd="Armed Assault"),
    EventType(id="stabbing", group="attacks", label="stabbing / knife attack",
              family="violence", acled=(_VAC, "Attack"), gtd="Armed Assault"),
    EventType(id="bombing", group="attacks", label="bombing / explosion", family="violence",
              acled=(_ERV, "Remote explosive/landmine/IED"), gtd="Bombing/Explosion"),
    EventType(id="suicide_bombing", group="attacks", label="suicide bombing",
              family="violence", acled=(_ERV, "Suicide bomb"), gtd="Bombing/Explosion"),
    EventType(id="vehicle_ramming", group="attacks", label="vehicle ramming",
              family="violence", acled=(_VAC, "Attack"), gtd="Unarmed Assault"),
    EventType(id="arson", group="attacks", label="arson", family="violence",
              acled=(_SD, "Looting/property destruction"),
              gtd="Facility/Infrastructure Attack"),
    # remote violence
    EventType(id="airstrike", group="remote violence", label="airstrike / drone strike",
              family="violence", acled=(_ERV, "Air/drone strike")),
    EventType(id="shelling", group="remote violence", label="shelling / artillery / missile",
              family="violence", acled=(_ERV, "Shelling/artillery/missile attack")),
    # fighting
    EventType(id="armed_clash", group="fighting", label="battle / armed clash",
              family="violence", acled=("Battles", "Armed clash")),
    # against people
    EventType(id="kidnapping", group="against people", label="kidnapping / hostage taking",
              family="violence", acled=(_VAC, "Abduction/forced disappearance"),
              gtd="Hostage Taking (Kidnapping)"),
    EventType(id="killing", group="against people", label="killing / assassination",
              family="violence", acled=(_VAC, "Attack"), gtd="Assassination"),
    # security operations
    EventType(id="arrest", group="security operations", label="arrest / detention",
              family="security", acled=(_SD, "Arrests")),
    EventType(id="raid", group="security operations", label="raid / security operation",
              family="security", acled=(_SD, "Other")),
    EventType(id="prison_break", group="security operations", label="prison break / escape",
              family="prison_break", acled=(_SD, "Other")),
    # unrest
    EventType(id="protest", group="unrest", label="protest", family="unrest",
              acled=("Protests", "Peaceful protest")),
    EventType(id="riot", group="unrest", label="riot", family="unrest",
              acled=("Riots", "Violent demonstration")),
    # security measures
    EventType(id="alert_change", group="security measures",
              label="alert-level or security-measure change", family="alert_change",
              acled=(_SD, "Other")),
    # diplomacy
    EventType(id="talks", group="diplomacy", label="meeting / talks", family="talks"),
    EventType(id="agreement", group="diplomacy", label="agreement / ceasefire",
              family="agreement", acled=(_SD, "Agreement")),
    # claims
    EventType(id="claim_of_responsibility", group="claims",
              label="claim of responsibility", family="claim"),
    # money and courts
    EventType(id="financing", group="money and courts", label="payment / financing",
              family="financing"),
    EventType(id="sanctions", group="money and courts", label="sanctions", family="sanctions"),
    EventType(id="court_case", group="money and courts",
              label="court ruling / indictment / trial", family="court_case"),
    # politics
    EventType(id="coup_attempt", group="politics", label="coup attempt", family="coup",
              acled=(_SD, "Other")),
    EventType(id="expulsion", group="politics", label="expulsion / deportation",
              family="expulsion"),
)


def event_type(type_id: str) -> EventType:
    """The declared type ``type_id``; ``KeyError`` names the unknown id."""
    try:
        return TYPES[type_id]
    except KeyError:
        raise KeyError(f"unknown event type {type_id!r}; known: {', '.join(TYPES)}") from None


#: Types a report of a more specific event also uses ("the attack", "were killed"), the
#: more telling first.
GENERIC_TYPES = ("attack", "killing")


def compatible(a: str, b: str) -> bool:
    """Whether mentions of types ``a`` and ``b`` may report the same real event."""
    return a == b or event_type(a).family == event_type(b).family
