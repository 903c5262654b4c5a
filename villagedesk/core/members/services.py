"""Member services: register, edit, change roll status, void. Every write validates here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.dates import PartialDate
from villagedesk.core.errors import DomainError, NotFound, ValidationError
from villagedesk.core.members.branch import BranchDraft
from villagedesk.core.members.branches import live_branch
from villagedesk.core.members.model import Member, MemberDraft, MemberValues
from villagedesk.core.members.ports import MembersUnitOfWork
from villagedesk.core.members.roll import RollChange, RollEvent, RollStatus
from villagedesk.core.members.rules import check_member_fields
from villagedesk.core.ownership import ensure_own_record
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Member"
#: Events that record the register's own bookkeeping, not a date in the member's life.
_BOOKKEEPING = frozenset({RollChange.REGISTERED, RollChange.VOIDED})
MEMBER_CHANGES = Changes.of(Topic.MEMBERS, Topic.BRANCHES)


def _validate(
    uow: MembersUnitOfWork, draft: MemberDraft, *, today: date, member_id: int | None
) -> tuple[MemberValues, list[Message], str | None]:
    """Check the draft against every rule, the database ones included.

    Returns the values, the warnings, and the name of a branch to create (or None).
    """
    checked = check_member_fields(draft, today=today)
    errors = checked.errors
    if checked.id_info is not None:
        existing = uow.members.find_by_id_number(checked.id_info.number)
        if existing is not None and existing.id != member_id and not existing.voided:
            errors.setdefault("id_number", []).append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Member", "This ID number already belongs to {name} ({status})."
                    ),
                    name=existing.name,
                    status=Message("Enum", existing.roll_status.label),
                )
            )
    branch_id = draft.branch_id
    new_branch: str | None = None
    if branch_id is not None:
        if live_branch(uow, branch_id) is None:
            errors.setdefault("branch_id", []).append(
                msg(CTX, QT_TRANSLATE_NOOP("Member", "The branch no longer exists."))
            )
    elif draft.branch_name.strip():
        name = " ".join(draft.branch_name.split())
        found = uow.branches.find_by_name(name)
        if found is not None:
            branch_id = found.id
        else:
            new_branch = name
    if errors:
        raise ValidationError(errors)
    values = checked.member_values(branch_id=branch_id, categories=frozenset(draft.categories))
    return values, checked.warnings, new_branch


def _with_new_branch(
    uow: MembersUnitOfWork, values: MemberValues, new_branch: str | None
) -> tuple[MemberValues, tuple[Message, ...]]:
    if new_branch is None:
        return values, ()
    branch_id = uow.branches.add(BranchDraft(name=new_branch))
    note = msg(CTX, QT_TRANSLATE_NOOP("Member", "New branch created: {name}"), name=new_branch)
    return replace(values, branch_id=branch_id), (note,)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Check a member's details"))
def check_member(
    uow: MembersUnitOfWork, *, draft: MemberDraft, today: date, member_id: int | None = None
) -> list[Message]:
    """Validate without writing (for previews). Raises ValidationError; returns warnings."""
    with uow.for_reading():
        _values, warnings, _ = _validate(uow, draft, today=today, member_id=member_id)
    return warnings


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Register a member"))
def register_member(uow: MembersUnitOfWork, *, draft: MemberDraft, today: date) -> Saved:
    """Put a new member on the roll."""
    with uow:
        values, warnings, new_branch = _validate(uow, draft, today=today, member_id=None)
        values, notes = _with_new_branch(uow, values, new_branch)
        member_id = uow.members.add(values, status=RollStatus.ON_ROLL)
        uow.members.add_event(member_id, RollChange.REGISTERED, PartialDate.of(today), "")
        uow.commit()
    return Saved(member_id, MEMBER_CHANGES, tuple(warnings), notes)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Edit a member"))
def update_member(
    uow: MembersUnitOfWork, *, member_id: int, draft: MemberDraft, today: date
) -> Saved:
    """Save an edited member. A voided record cannot be edited."""
    with uow:
        current = _get_live(uow, member_id)
        values, warnings, new_branch = _validate(uow, draft, today=today, member_id=current.id)
        values, notes = _with_new_branch(uow, values, new_branch)
        if values != current.values:
            uow.members.update(member_id, values)
            uow.commit()
    return Saved(member_id, MEMBER_CHANGES, tuple(warnings), notes)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Open a member"))
def get_member(uow: MembersUnitOfWork, *, member_id: int) -> Member:
    with uow.for_reading():
        member = uow.members.get(member_id)
    if member is None:
        raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("Member", "The member was not found.")))
    return member


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Show a member's roll history"))
def member_history(
    uow: MembersUnitOfWork, *, member_id: int, include_undone: bool = False
) -> list[RollEvent]:
    """The member's roll history, oldest first; ``include_undone`` adds the undone events."""
    with uow.for_reading():
        return uow.members.events(member_id, include_undone=include_undone)


def _get_live(uow: MembersUnitOfWork, member_id: int) -> Member:
    member = uow.members.get(member_id)
    if member is None:
        raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("Member", "The member was not found.")))
    if member.voided:
        raise DomainError(
            msg(CTX, QT_TRANSLATE_NOOP("Member", "This record was voided and cannot be changed."))
        )
    ensure_own_record(uow, "members", member_id)
    return member


def _parse_effective(text: str, today: date) -> PartialDate:
    try:
        when = PartialDate.parse(text)
    except ValueError:
        raise ValidationError(
            {
                "effective_on": [
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Member",
                            "Not a date. Write it like 2024.03.15, or 2024.03 if only the month is known.",
                        ),
                    )
                ]
            }
        ) from None
    if when.is_after(today):
        raise ValidationError(
            {"effective_on": [msg(CTX, QT_TRANSLATE_NOOP("Member", "The date is in the future."))]}
        )
    return when


def _checked_change(
    uow: MembersUnitOfWork, *, member_id: int, change: RollChange, effective_on: str, today: date
) -> PartialDate:
    """Every rule of a roll change, inside ``uow``; returns the effective date."""
    if change in (RollChange.REGISTERED, RollChange.VOIDED):
        raise DomainError(msg(CTX, QT_TRANSLATE_NOOP("Member", "Use the proper command for this.")))
    when = _parse_effective(effective_on, today)
    member = _get_live(uow, member_id)
    if member.roll_status not in change.allowed_from:
        raise DomainError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Member", "Not possible for a member whose status is “{status}”."
                ),
                status=Message("Enum", member.roll_status.label),
            )
        )
    last = [e for e in uow.members.events(member_id) if e.change not in _BOOKKEEPING]
    if last and when.is_before(last[-1].effective_on):
        raise ValidationError(
            {
                "effective_on": [
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Member", "The date comes before the member's last change ({date})."
                        ),
                        date=last[-1].effective_on.display(),
                    )
                ]
            }
        )
    return when


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Check a roll change"))
def check_roll_change(
    uow: MembersUnitOfWork, *, member_id: int, change: RollChange, effective_on: str, today: date
) -> PartialDate:
    """The checks of :func:`change_roll_status` without writing (before asking to confirm);
    returns the effective date."""
    with uow.for_reading():
        return _checked_change(
            uow, member_id=member_id, change=change, effective_on=effective_on, today=today
        )


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Record a roll change"))
def change_roll_status(
    uow: MembersUnitOfWork,
    *,
    member_id: int,
    change: RollChange,
    effective_on: str,
    reason: str,
    today: date,
) -> Saved:
    """Record a roll change (转出, 转入, 去世 …). A member who comes back keeps the same record."""
    with uow:
        when = _checked_change(
            uow, member_id=member_id, change=change, effective_on=effective_on, today=today
        )
        result = change.result
        assert result is not None
        uow.members.add_event(member_id, change, when, reason.strip())
        uow.members.set_status(member_id, result)
        uow.commit()
    return Saved(member_id, MEMBER_CHANGES)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Void a member"))
def void_member(uow: MembersUnitOfWork, *, member_id: int, reason: str, today: date) -> Saved:
    """作废: a record entered by mistake leaves the registers but stays in the history."""
    if not reason.strip():
        raise ValidationError(
            {"reason": [msg(CTX, QT_TRANSLATE_NOOP("Member", "Give the reason for voiding."))]}
        )
    with uow:
        _get_live(uow, member_id)
        uow.members.add_event(member_id, RollChange.VOIDED, PartialDate.of(today), reason.strip())
        uow.members.void(member_id, reason.strip())
        uow.commit()
    return Saved(member_id, MEMBER_CHANGES)
