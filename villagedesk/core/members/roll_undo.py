"""撤销: undo a member's last roll change (转出, 去世 …) or void (作废).

History stays honest: the undone event is not deleted but marked undone with the reason, and the
member is back where the event found them (the status before a change; live again after a void).
Only the member's last event can be undone, and only while it is still the last.
"""

from __future__ import annotations

from dataclasses import dataclass

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.errors import DomainError, NotFound, ValidationError
from villagedesk.core.members.model import Member
from villagedesk.core.members.ports import MembersUnitOfWork
from villagedesk.core.members.roll import RollChange, RollEvent, RollStatus
from villagedesk.core.members.services import MEMBER_CHANGES
from villagedesk.core.ownership import ensure_own_record
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Member"


@dataclass(frozen=True)
class Undoable:
    """The member's last roll event and what undoing it leads to."""

    member_id: int
    member_name: str
    event: RollEvent
    status_after: RollStatus
    """The roll status the member has once the event is undone."""

    @property
    def is_void(self) -> bool:
        return self.event.change is RollChange.VOIDED


def _member(uow: MembersUnitOfWork, member_id: int) -> Member:
    member = uow.members.get(member_id)
    if member is None:
        raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("Member", "The member was not found.")))
    return member


def _undoable(uow: MembersUnitOfWork, member: Member) -> Undoable | None:
    # In the order recorded: a change may be dated before the (bookkeeping) registration.
    history = sorted(uow.members.events(member.id), key=lambda e: e.id)
    if not history or history[-1].change is RollChange.REGISTERED:
        return None
    last = history[-1]
    if last.change is RollChange.VOIDED:
        return Undoable(member.id, member.name, last, member.roll_status)
    before = RollStatus.ON_ROLL
    for event in history[:-1]:
        if event.change.result is not None:
            before = event.change.result
    return Undoable(member.id, member.name, last, before)


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "Find a member's last undoable change"),
)
def last_change(uow: MembersUnitOfWork, *, member_id: int) -> Undoable | None:
    """The member's last roll change or void that could be undone now (None: nothing to undo)."""
    with uow.for_reading():
        return _undoable(uow, _member(uow, member_id))


@service(
    Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Undo a member's last roll change")
)
def undo_last_change(
    uow: MembersUnitOfWork, *, member_id: int, event_id: int, reason: str
) -> Saved:
    """Undo the member's last roll event ``event_id``, recording ``reason`` on it.

    Refused when another change came since (the event is no longer the last), for a village's
    member at a township, and for a void whose ID number a live record holds meanwhile.
    """
    why = " ".join(reason.split())
    if not why:
        raise ValidationError(
            {"reason": [msg(CTX, QT_TRANSLATE_NOOP("Member", "Give the reason for undoing."))]}
        )
    with uow:
        member = _member(uow, member_id)
        ensure_own_record(uow, "members", member_id)
        found = _undoable(uow, member)
        if found is None or found.event.id != event_id:
            raise DomainError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Member",
                        "Only the last change of {name} can be undone, and it has changed "
                        "since. Look at the roll history in the details.",
                    ),
                    name=member.name,
                )
            )
        if found.is_void:
            _check_number_free(uow, member)
            uow.members.unvoid(member_id)
        else:
            uow.members.set_status(member_id, found.status_after)
        uow.members.undo_event(event_id, why)
        uow.commit()
    return Saved(member_id, MEMBER_CHANGES)


def _check_number_free(uow: MembersUnitOfWork, member: Member) -> None:
    other = uow.members.find_by_id_number(member.values.id_number)
    if other is not None and other.id != member.id and not other.voided:
        problem: Message = msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Member",
                "The record cannot be restored: its ID number now belongs to {name} ({status}).",
            ),
            name=other.name,
            status=Message("Enum", other.roll_status.label),
        )
        raise DomainError(problem)
