"""The member import plan: each row checked by the member rules (``check_member_fields``) as the
form is, matched to a stored member by ID number, and turned into a write."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.importing.ports import ImportingUnitOfWork
from villagedesk.core.importing.rows import (
    FieldChange,
    RowOutcome,
    RowResult,
    SourceRow,
    parse_categories,
    parse_standing,
)
from villagedesk.core.importing.shared import (
    Plan,
    SeenIds,
    cross_check,
    id_key,
    merge_cell_errors,
    reasons,
)
from villagedesk.core.importing.template import MEMBER_TEMPLATE, template_field
from villagedesk.core.members.branch import BranchDraft
from villagedesk.core.members.model import Member, MemberDraft, MemberValues, categories_to_mask
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.members.rules import check_member_fields
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Import"
#: The note on a member whose standing the file leaves open (the wizard counts these).
STANDING_DEFAULT_NOTE = QT_TRANSLATE_NOOP("Import", "Standing not given: taken as “{standing}”.")
#: MemberValues attribute → the template field (and the reader's raw form) it shows as.
_COMPARED = (
    "name",
    "ethnicity",
    "education",
    "phone",
    "joined_on",
    "full_member_on",
    "standing",
    "branch",
    "categories",
    "work_unit",
    "address",
)


@dataclass
class _Writes:
    new: list[tuple[MemberValues, str | None]]
    updates: list[tuple[int, MemberValues, str | None]]
    branch_names: list[str]

    def run(self, uow: ImportingUnitOfWork, today: date) -> None:
        ids = {name: uow.branches.add(BranchDraft(name=name)) for name in self.branch_names}

        def fix(values: MemberValues, branch: str | None) -> MemberValues:
            return values if branch is None else replace(values, branch_id=ids[branch])

        uow.members.add_many(
            [fix(v, b) for v, b in self.new], status=RollStatus.ON_ROLL, registered_on=today
        )
        for member_id, values, branch in self.updates:
            uow.members.update(member_id, fix(values, branch))


def _raw(values: MemberValues, key: str, branch_name: str) -> object:
    """A value in the register reader's raw form, for the template's cell formatter."""
    if key == "branch":
        return branch_name
    if key == "categories":
        return categories_to_mask(values.categories)
    value = getattr(values, key)
    if key in ("joined_on", "full_member_on"):
        return value.iso() if value else None
    return getattr(value, "value", value)


def _changes(old: Member, new: MemberValues, new_branch_name: str) -> tuple[FieldChange, ...]:
    out: list[FieldChange] = []
    for key in _COMPARED:
        f = template_field("members", key)
        before = f.to_cell(_raw(old.values, key, old.branch_name))
        after = f.to_cell(_raw(new, key, new_branch_name))
        if before != after:
            out.append(FieldChange(key, f.header, before, after))
    return tuple(out)


class _Branches:
    def __init__(self, uow: ImportingUnitOfWork) -> None:
        self._uow = uow
        self._found: dict[str, int | None] = {}
        self.new: list[str] = []

    def resolve(self, name: str) -> tuple[int | None, str | None]:
        """(branch id, None) for a stored branch, (None, name) for one to be created."""
        if name not in self._found:
            branch = self._uow.branches.find_by_name(name)
            self._found[name] = branch.id if branch is not None else None
            if branch is None:
                self.new.append(name)
        found = self._found[name]
        return (found, None) if found is not None else (None, name)


def _draft(row: SourceRow, base: MemberDraft, errors: dict[str, list[Message]]) -> MemberDraft:
    """The stored member's draft with every non-blank cell laid over it."""

    def cell(key: str, stored: str) -> str:
        typed = row.get(key)
        return typed if typed.strip() else stored

    draft = replace(
        base,
        name=cell("name", base.name),
        id_number=cell("id_number", base.id_number),
        ethnicity=cell("ethnicity", base.ethnicity),
        education=cell("education", base.education),
        phone=cell("phone", base.phone),
        joined_on=cell("joined_on", base.joined_on),
        full_member_on=cell("full_member_on", base.full_member_on),
        work_unit=cell("work_unit", base.work_unit),
        address=cell("address", base.address),
    )
    standing = row.get("standing").strip()
    if standing:
        found = parse_standing(standing)
        if found is None:
            errors["standing"] = [
                msg(CTX, QT_TRANSLATE_NOOP("Import", "Write 正式党员 or 预备党员."))
            ]
        else:
            draft = replace(draft, standing=found.value)
    branch = " ".join(row.get("branch").split())
    if branch:
        draft = replace(draft, branch_id=None, branch_name=branch)
    cats = row.get("categories").strip()
    if cats:
        found_cats, unknown = parse_categories(cats)
        if unknown:
            errors["categories"] = [
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP("Import", "Unknown category: {value}"),
                    value="、".join(unknown),
                )
            ]
        draft = replace(draft, categories=found_cats)
    return draft


@dataclass(frozen=True)
class _BranchChoice:
    """The row's branch: a stored one (``branch_id``) or one to create (``new_branch``)."""

    branch_id: int | None
    new_branch: str | None
    name: str
    notes: tuple[Message, ...]


def _branch_choice(
    draft: MemberDraft, existing: Member | None, branches: _Branches
) -> _BranchChoice:
    if draft.branch_id is not None or not draft.branch_name.strip():
        return _BranchChoice(draft.branch_id, None, existing.branch_name if existing else "", ())
    name = " ".join(draft.branch_name.split())
    branch_id, new_branch = branches.resolve(name)
    notes: tuple[Message, ...] = ()
    if new_branch is not None:
        notes = (msg(CTX, QT_TRANSLATE_NOOP("Import", "New branch: {name}"), name=new_branch),)
    return _BranchChoice(branch_id, new_branch, name, notes)


def _planned(
    result: RowResult,
    existing: Member | None,
    values: MemberValues,
    branch: _BranchChoice,
    w: _Writes,
) -> RowResult:
    """The row's outcome against the stored member, its write queued on ``w``."""
    if existing is None:
        w.new.append((values, branch.new_branch))
        return replace(result, outcome=RowOutcome.NEW)
    if values == existing.values and branch.new_branch is None:
        return replace(result, outcome=RowOutcome.UNCHANGED)
    w.updates.append((existing.id, values, branch.new_branch))
    return replace(
        result, outcome=RowOutcome.UPDATE, changes=_changes(existing, values, branch.name)
    )


def _member_row(
    uow: ImportingUnitOfWork,
    row: SourceRow,
    today: date,
    seen: SeenIds,
    branches: _Branches,
    w: _Writes,
    known: frozenset[str],
) -> RowResult:
    base_result = RowResult(
        row.line, RowOutcome.REFUSED, row.get("name").strip(), id_key(row.get("id_number")),
        cells=row.cells,
    )  # fmt: skip
    duplicate = seen.duplicate(row)
    if duplicate is not None:
        return replace(base_result, reasons=(duplicate,))
    number = id_key(row.get("id_number"))
    existing = uow.members.find_by_id_number(number) if number in known else None
    if existing is not None and existing.voided:
        existing = None
    errors: dict[str, list[Message]] = {}
    draft = _draft(row, existing.to_draft() if existing else MemberDraft(), errors)
    checked = check_member_fields(draft, today=today)
    for key, messages in checked.errors.items():
        errors.setdefault(key, []).extend(messages)
    merge_cell_errors(row, errors)
    if errors:
        return replace(base_result, reasons=reasons(errors, MEMBER_TEMPLATE))
    assert checked.id_info is not None
    branch = _branch_choice(draft, existing, branches)
    values = checked.member_values(
        branch_id=branch.branch_id, categories=frozenset(draft.categories)
    )
    notes = branch.notes
    if not draft.standing:
        standing = Message("Enum", values.standing.label)
        notes += (msg(CTX, STANDING_DEFAULT_NOTE, standing=standing),)
    result = replace(
        base_result,
        name=values.name,
        id_number=values.id_number,
        warnings=(*checked.warnings, *cross_check(row, checked.id_info)),
        notes=notes,
    )
    return _planned(result, existing, values, branch, w)


@service(Action.IMPORT, label=QT_TRANSLATE_NOOP("Services", "Check the member rows of an import"))
def plan_members(
    uow: ImportingUnitOfWork, rows: Sequence[SourceRow], *, today: date, progress: Progress | None
) -> Plan:
    """Check every row (inside the caller's transaction) and plan its write."""
    plan = Plan()
    seen = SeenIds()
    branches = _Branches(uow)
    writes = _Writes([], [], [])
    # One query for the ID numbers on file, so that a row of a new person costs no lookup.
    known = frozenset(p.id_number for p in uow.households.member_people())
    for row in rows:
        plan.results.append(_member_row(uow, row, today, seen, branches, writes, known))
        if progress is not None:
            progress.advance()
    used = {b for _, b in writes.new} | {b for _, _, b in writes.updates}
    writes.branch_names = [b for b in branches.new if b in used]
    plan.new_branches = writes.branch_names
    if writes.new or writes.updates:
        plan.writes.append(writes.run)
    return plan
