"""Cadre link services (包村联户): link a household to a cadre, end a link, the per-cadre limit.

Going past the station's number of households per cadre is allowed: the save carries a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import DomainError, NotFound, ValidationError
from villagedesk.core.households.links import (
    DEFAULT_LINK_LIMIT,
    MAX_LINK_LIMIT,
    CadreSummary,
    HouseholdLink,
    LinkReason,
    LinkValues,
)
from villagedesk.core.households.ports import HouseholdsUnitOfWork
from villagedesk.core.members.model import Member
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.ownership import ensure_own_record
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "HouseholdLink"
LINK_CHANGES = Changes.of(Topic.HOUSEHOLDS)
MAX_NOTE = 200

__all__ = ["DEFAULT_LINK_LIMIT", "Cadres", "end_link", "link_household", "list_cadres"]


@dataclass(frozen=True)
class Cadres:
    """The cadres with their active link counts, and the station's limit."""

    cadres: list[CadreSummary]
    limit: int


def _check_reason(
    reason: str, note: str, errors: dict[str, list[Message]]
) -> tuple[LinkReason | None, str]:
    """The reason chosen and the note tidied; "other" needs the note to say why."""
    found: LinkReason | None = None
    try:
        found = LinkReason(reason.strip())
    except ValueError:
        errors["reason"] = [msg(CTX, QT_TRANSLATE_NOOP("HouseholdLink", "Choose the reason."))]
    clean_note = " ".join(note.split())
    if len(clean_note) > MAX_NOTE:
        errors["note"] = [msg(CTX, QT_TRANSLATE_NOOP("HouseholdLink", "The note is too long."))]
    elif found is LinkReason.OTHER and not clean_note:
        errors["note"] = [
            msg(CTX, QT_TRANSLATE_NOOP("HouseholdLink", "For “other”, say why in the note."))
        ]
    return found, clean_note


def _check_pair(
    uow: HouseholdsUnitOfWork, cadre_id: int, household_id: int, errors: dict[str, list[Message]]
) -> Member | None:
    """Inside ``uow``: the cadre, a member on the roll, and a live household the cadre does not
    link yet. A village's cadre or household (at a township) is refused before anything else."""
    ensure_own_record(uow, "members", cadre_id)
    ensure_own_record(uow, "households", household_id)
    cadre = uow.members.get(cadre_id)
    if cadre is None or cadre.voided or cadre.roll_status is not RollStatus.ON_ROLL:
        errors.setdefault("cadre", []).append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("HouseholdLink", "The cadre must be a Party member on the roll."),
            )
        )
    household = uow.households.get(household_id)
    if household is None or household.voided:
        errors.setdefault("household", []).append(
            msg(CTX, QT_TRANSLATE_NOOP("HouseholdLink", "Choose a household."))
        )
    elif cadre is not None and uow.household_links.active_link(cadre_id, household_id):
        errors.setdefault("household", []).append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "HouseholdLink", "{cadre} already links the household at {address}."
                ),
                cadre=cadre.name,
                address=household.address,
            )
        )
    return cadre


def _past_limit(cadre: Member, count: int, limit: int) -> tuple[Message, ...]:
    if count <= limit:
        return ()
    return (
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "HouseholdLink",
                "{cadre} now links {count} households, more than the {limit} each cadre "
                "should link.",
            ),
            cadre=cadre.name,
            count=count,
            limit=limit,
        ),
    )


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Link a cadre to a household"))
def link_household(
    uow: HouseholdsUnitOfWork,
    *,
    cadre_id: int,
    household_id: int,
    reason: str,
    note: str = "",
    today: date,
) -> Saved:
    """A cadre takes on a household. Past the limit the link is made, with a warning."""
    errors: dict[str, list[Message]] = {}
    found, clean_note = _check_reason(reason, note, errors)
    with uow:
        cadre = _check_pair(uow, cadre_id, household_id, errors)
        if errors:
            raise ValidationError(errors)
        assert found is not None and cadre is not None
        link_id = uow.household_links.add(
            LinkValues(cadre_id, household_id, found, clean_note, today)
        )
        count = uow.household_links.active_count(cadre_id)
        limit = uow.households.link_limit()
        uow.commit()
    return Saved(link_id, LINK_CHANGES, _past_limit(cadre, count, limit))


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "End a household link"))
def end_link(uow: HouseholdsUnitOfWork, *, link_id: int, reason: str, today: date) -> Saved:
    """The cadre no longer links the household; the link stays in the history."""
    with uow:
        link = uow.household_links.get(link_id)
        if link is None:
            raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("HouseholdLink", "The link was not found.")))
        if not link.active:
            raise DomainError(
                msg(CTX, QT_TRANSLATE_NOOP("HouseholdLink", "This link has already ended."))
            )
        ensure_own_record(uow, "household_links", link_id)
        uow.household_links.end(link_id, today, " ".join(reason.split()))
        uow.commit()
    return Saved(link_id, LINK_CHANGES)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List the linking cadres"))
def list_cadres(uow: HouseholdsUnitOfWork) -> Cadres:
    with uow.for_reading():
        return Cadres(uow.household_links.cadres(), uow.households.link_limit())


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List a cadre's linked households")
)
def cadre_links(
    uow: HouseholdsUnitOfWork, *, cadre_id: int, include_ended: bool = True
) -> list[HouseholdLink]:
    """A cadre's households: active links first, then ended ones."""
    with uow.for_reading():
        return uow.household_links.for_cadre(cadre_id, include_ended=include_ended)


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List a household's linking cadres")
)
def household_links(uow: HouseholdsUnitOfWork, *, household_id: int) -> list[HouseholdLink]:
    with uow.for_reading():
        return uow.household_links.for_household(household_id)


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "Read the households-per-cadre limit"),
)
def link_limit(uow: HouseholdsUnitOfWork) -> int:
    with uow.for_reading():
        return uow.households.link_limit()


def check_link_limit(limit: int) -> list[Message]:
    """Problems with a number of households per cadre (none when it is 1 to MAX_LINK_LIMIT)."""
    if 1 <= limit <= MAX_LINK_LIMIT:
        return []
    return [
        msg(
            CTX,
            QT_TRANSLATE_NOOP("HouseholdLink", "Enter a number from 1 to {most}."),
            most=MAX_LINK_LIMIT,
        )
    ]


@service(
    Action.CHANGE_SETTINGS,
    label=QT_TRANSLATE_NOOP("Services", "Set the households-per-cadre limit"),
)
def set_link_limit(uow: HouseholdsUnitOfWork, *, limit: int) -> Saved:
    """The number of households each cadre should link (a station setting)."""
    problems = check_link_limit(limit)
    if problems:
        raise ValidationError({"limit": problems})
    with uow:
        uow.households.set_link_limit(limit)
        uow.commit()
    return Saved(0, LINK_CHANGES)
