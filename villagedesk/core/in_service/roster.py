"""Who takes part in the campaign: the active in-service members the pickers list, and the check
every in-service write makes on the member it names."""

from __future__ import annotations

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.in_service.model import RosterEntry
from villagedesk.core.in_service.ports import InServiceUnitOfWork
from villagedesk.core.in_service.rules import CTX
from villagedesk.core.members.model import Category, Member
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.ownership import ensure_own_record
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List the in-service members"))
def in_service_roster(uow: InServiceUnitOfWork) -> list[RosterEntry]:
    """Active in-service members, for the pickers."""
    with uow.for_reading():
        return uow.in_service.roster.members()


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List the members not yet reported")
)
def unregistered_roster(uow: InServiceUnitOfWork, *, year: int) -> list[RosterEntry]:
    """Active in-service members who have not reported in campaign year ``year`` (报到登记)."""
    with uow.for_reading():
        done = {r.member_id for r in uow.in_service.registrations.list(year)}
        return [e for e in uow.in_service.roster.members() if e.member_id not in done]


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Check an in-service member"))
def check_in_service_member(
    uow: InServiceUnitOfWork, member_id: int | None, errors: dict[str, list[Message]]
) -> Member | None:
    """The member if active and in-service; otherwise a message under ``member_id``."""
    member = uow.members.get(member_id) if member_id is not None else None
    problem: Message | None = None
    if member is None or member.voided:
        problem = msg(CTX, QT_TRANSLATE_NOOP("InService", "Choose a member."))
    elif member.roll_status is not RollStatus.ON_ROLL:
        problem = msg(
            CTX,
            QT_TRANSLATE_NOOP("InService", "{name} is no longer on the roll."),
            name=member.name,
        )
    elif Category.IN_SERVICE not in member.values.categories:
        problem = msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "InService",
                "{name} is not an in-service member. Mark the member as in-service on the member roll first.",
            ),
            name=member.name,
        )
    if problem is not None:
        errors.setdefault("member_id", []).append(problem)
        return None
    assert member is not None
    ensure_own_record(uow, "members", member.id)
    return member
