"""Branch services: add, rename, void. A branch with active members cannot be voided."""

from __future__ import annotations

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import DomainError, NotFound, ValidationError
from villagedesk.core.members.branch import Branch, BranchDraft, BranchKind
from villagedesk.core.members.ports import MembersUnitOfWork
from villagedesk.core.ownership import ensure_own_record
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Branch"
BRANCH_CHANGES = Changes.of(Topic.BRANCHES, Topic.MEMBERS)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Find a branch in use"))
def live_branch(uow: MembersUnitOfWork, branch_id: int) -> Branch | None:
    """The branch, or None when it does not exist or was voided."""
    branch = uow.branches.get(branch_id)
    return None if branch is None or branch.voided else branch


def _check(uow: MembersUnitOfWork, draft: BranchDraft, branch_id: int | None) -> BranchDraft:
    errors: dict[str, list[Message]] = {}
    name = " ".join(draft.name.split())
    if not name:
        errors["name"] = [msg(CTX, QT_TRANSLATE_NOOP("Branch", "Enter the branch's name."))]
    elif len(name) > 60:
        errors["name"] = [msg(CTX, QT_TRANSLATE_NOOP("Branch", "The name is too long."))]
    else:
        same = uow.branches.find_by_name(name)
        if same is not None and same.id != branch_id:
            errors["name"] = [
                msg(CTX, QT_TRANSLATE_NOOP("Branch", "A branch with this name exists."))
            ]
    try:
        kind = BranchKind(draft.kind)
    except ValueError:
        kind = BranchKind.BRANCH
        errors["kind"] = [msg(CTX, QT_TRANSLATE_NOOP("Branch", "Choose branch or group."))]
    if draft.parent_id is not None:
        if draft.parent_id == branch_id:
            errors["parent_id"] = [
                msg(CTX, QT_TRANSLATE_NOOP("Branch", "A branch cannot belong to itself."))
            ]
        elif live_branch(uow, draft.parent_id) is None:
            errors["parent_id"] = [
                msg(CTX, QT_TRANSLATE_NOOP("Branch", "The parent branch no longer exists."))
            ]
    if errors:
        raise ValidationError(errors)
    return BranchDraft(
        name=name,
        kind=kind.value,
        parent_id=draft.parent_id,
        grid=draft.grid.strip(),
        secretary=draft.secretary.strip(),
        note=draft.note.strip(),
    )


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List the branches"))
def list_branches(uow: MembersUnitOfWork) -> list[Branch]:
    with uow.for_reading():
        return uow.branches.list()


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Add a branch"))
def add_branch(uow: MembersUnitOfWork, *, draft: BranchDraft) -> Saved:
    with uow:
        clean = _check(uow, draft, None)
        branch_id = uow.branches.add(clean)
        uow.commit()
    return Saved(branch_id, BRANCH_CHANGES)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Edit a branch"))
def update_branch(uow: MembersUnitOfWork, *, branch_id: int, draft: BranchDraft) -> Saved:
    with uow:
        if live_branch(uow, branch_id) is None:
            raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("Branch", "The branch was not found.")))
        ensure_own_record(uow, "branches", branch_id)
        clean = _check(uow, draft, branch_id)
        uow.branches.update(branch_id, clean)
        uow.commit()
    return Saved(branch_id, BRANCH_CHANGES)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Void a branch"))
def void_branch(uow: MembersUnitOfWork, *, branch_id: int, reason: str) -> Saved:
    with uow:
        branch = live_branch(uow, branch_id)
        if branch is None:
            raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("Branch", "The branch was not found.")))
        ensure_own_record(uow, "branches", branch_id)
        if branch.member_count:
            raise DomainError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Branch",
                        "{name} still has {count} members. Move them to another branch first.",
                    ),
                    name=branch.name,
                    count=branch.member_count,
                )
            )
        uow.branches.void(branch_id, reason.strip())
        uow.commit()
    return Saved(branch_id, BRANCH_CHANGES)
