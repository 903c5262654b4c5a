"""The resident import plan: rows grouped into households (by a household number, by the head's
ID number, or a head followed by the family), each person checked by the resident rules and each
new household by the household rules, as in the forms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.households.model import HouseholdDraft, HouseholdValues, Relation
from villagedesk.core.households.resident import Resident, ResidentDraft, ResidentValues
from villagedesk.core.households.rules import check_household_fields, check_resident_fields
from villagedesk.core.importing.ports import ImportingUnitOfWork
from villagedesk.core.importing.rows import (
    FieldChange,
    RowOutcome,
    RowResult,
    SourceRow,
    parse_relation,
)
from villagedesk.core.importing.shared import (
    Plan,
    SeenIds,
    cross_check,
    id_key,
    merge_cell_errors,
    reasons,
)
from villagedesk.core.importing.template import RELATION_TEXT, RESIDENT_TEMPLATE
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Import"


@dataclass
class _Person:
    row: SourceRow
    result: RowResult
    group: str | None = None
    values: ResidentValues | None = None
    existing: Resident | None = None
    relation: Relation | None = None


@dataclass
class _Group:
    key: str
    people: list[_Person] = field(default_factory=list)


@dataclass
class _Writes:
    households: list[HouseholdValues] = field(default_factory=list)
    household_updates: list[tuple[int, HouseholdValues]] = field(default_factory=list)
    new: list[tuple[ResidentValues, int | None]] = field(default_factory=list)
    """(values, index into ``households`` when the household is new, else None)."""
    updates: list[tuple[int, ResidentValues]] = field(default_factory=list)

    def run(self, uow: ImportingUnitOfWork, today: date) -> None:
        del today
        ids = uow.households.add_many(self.households) if self.households else []
        for household_id, values in self.household_updates:
            uow.households.update(household_id, values)
        uow.residents.add_many(
            [v if i is None else replace(v, household_id=ids[i]) for v, i in self.new]
        )
        for resident_id, person in self.updates:
            uow.residents.update(resident_id, person)


def _group_key(row: SourceRow, relation: Relation | None, current: str | None) -> str | None:
    number = " ".join(row.get("household_no").split())
    if number:
        return "no:" + number
    head = id_key(row.get("head_id_number"))
    if head:
        return "head:" + head
    if relation is Relation.HEAD:
        return "head:" + id_key(row.get("id_number"))
    return current


def _person(uow: ImportingUnitOfWork, row: SourceRow, today: date, seen: SeenIds) -> _Person:
    base = RowResult(
        row.line, RowOutcome.REFUSED, row.get("name").strip(), id_key(row.get("id_number")),
        cells=row.cells,
    )  # fmt: skip
    relation = parse_relation(row.get("relation"))
    person = _Person(row, base, relation=relation)
    duplicate = seen.duplicate(row)
    if duplicate is not None:
        person.result = replace(base, reasons=(duplicate,))
        return person
    number = id_key(row.get("id_number"))
    existing = uow.residents.find_by_id_number(number) if len(number) == 18 else None
    draft = existing.to_draft() if existing else ResidentDraft()

    def cell(key: str, stored: str) -> str:
        typed = row.get(key)
        return typed if typed.strip() else stored

    draft = replace(
        draft,
        name=cell("name", draft.name),
        id_number=cell("id_number", draft.id_number),
        phone=cell("phone", draft.phone),
        note=cell("note", draft.note),
    )
    if relation is not None:
        draft = replace(draft, relation=relation.value)
    person.relation = Relation(draft.relation) if draft.relation else None
    checked = check_resident_fields(
        draft.name, draft.id_number, draft.relation, draft.phone, draft.note, today=today
    )
    errors = dict(checked.errors)
    merge_cell_errors(row, errors)
    if errors:
        person.result = replace(base, reasons=reasons(errors, RESIDENT_TEMPLATE))
        return person
    assert checked.id_info is not None and checked.relation is not None
    person.existing = existing
    person.values = ResidentValues(
        household_id=existing.household_id if existing else 0,
        name=checked.name,
        id_number=checked.id_info.number,
        sex=checked.id_info.sex,
        birth_date=checked.id_info.birth_date,
        relation=checked.relation,
        phone=checked.phone,
        note=checked.note,
    )
    warnings = (*checked.warnings, *cross_check(row, checked.id_info))
    person.result = replace(
        base, name=checked.name, id_number=checked.id_info.number, warnings=warnings
    )
    return person


def _refuse(person: _Person, reason: Message) -> None:
    person.values = None
    person.result = replace(person.result, outcome=RowOutcome.REFUSED, reasons=(reason,))


def _resident_changes(old: ResidentValues, new: ResidentValues) -> list[FieldChange]:
    out: list[FieldChange] = []
    headers = {f.key: f.header for f in RESIDENT_TEMPLATE}
    for key in ("name", "relation", "phone", "note"):
        a, b = getattr(old, key), getattr(new, key)
        if a != b:
            if key == "relation":
                a, b = RELATION_TEXT[a], RELATION_TEXT[b]
            out.append(FieldChange(key, headers[key], str(a), str(b)))
    return out


def _household_values(
    uow: ImportingUnitOfWork, group: _Group, household_id: int | None
) -> tuple[HouseholdValues | None, list[FieldChange], Message | None]:
    """The household's values with the file's address and group laid over the stored ones."""
    current = uow.households.get(household_id) if household_id is not None else None
    draft = current.to_draft() if current is not None else HouseholdDraft()
    rows = sorted(group.people, key=lambda p: p.relation is not Relation.HEAD)

    def typed(key: str, stored: str) -> str:
        """The first non-blank cell of the group, the head's first."""
        return next((p.row.get(key) for p in rows if p.row.get(key).strip()), "") or stored

    draft = replace(draft, address=typed("address", draft.address), grid=typed("grid", draft.grid))
    values, errors = check_household_fields(draft)
    if errors:
        return None, [], reasons(errors, RESIDENT_TEMPLATE)[0]
    changes: list[FieldChange] = []
    if current is not None:
        headers = {f.key: f.header for f in RESIDENT_TEMPLATE}
        for key in ("address", "grid"):
            a, b = getattr(current.values, key), getattr(values, key)
            if a != b:
                changes.append(FieldChange(key, headers[key], a, b))
    return values, changes, None


def _head_taken(name: str) -> Message:
    return msg(
        "Household",
        QT_TRANSLATE_NOOP(
            "Household",
            "This household already has a head: {name}. Change that person's relation first.",
        ),
        name=name,
    )


def _plan_group(uow: ImportingUnitOfWork, group: _Group, w: _Writes, plan: Plan) -> None:
    valid = [p for p in group.people if p.values is not None]
    stored = [p for p in valid if p.existing is not None]
    stored.sort(key=lambda p: p.relation is not Relation.HEAD)
    household_id = stored[0].existing.household_id if stored and stored[0].existing else None
    if not valid:
        return
    hh_values, hh_changes, problem = _household_values(uow, group, household_id)
    if hh_values is None:
        for p in valid:
            _refuse(p, problem or Message(CTX, ""))
        return
    heads = [
        r for r in (uow.residents.in_household(household_id) if household_id else [])
        if r.values.relation is Relation.HEAD
    ]  # fmt: skip
    head_name = heads[0].name if heads else ""
    head_id = heads[0].id if heads else None
    index: int | None = None
    for p in valid:
        assert p.values is not None
        if p.values.relation is Relation.HEAD and (p.existing is None or p.existing.id != head_id):
            if head_name:
                _refuse(p, _head_taken(head_name))
                continue
            head_name = p.values.name
        if household_id is None and index is None:
            w.households.append(hh_values)
            index = len(w.households) - 1
            plan.new_households += 1
            p.result = replace(
                p.result,
                notes=(msg(CTX, QT_TRANSLATE_NOOP("Import", "New household: {address}"),
                           address=hh_values.address),),
            )  # fmt: skip
        changes = list(hh_changes) if p is valid[0] else []
        if p.existing is not None:
            changes = _resident_changes(p.existing.values, p.values) + changes
        elif household_id is not None:
            p.values = replace(p.values, household_id=household_id)
        if p.existing is None:
            w.new.append((p.values, index))
            outcome = RowOutcome.NEW
        elif changes:
            if p.values != p.existing.values:
                w.updates.append((p.existing.id, p.values))
            outcome = RowOutcome.UPDATE
        else:
            outcome = RowOutcome.UNCHANGED
        p.result = replace(p.result, outcome=outcome, changes=tuple(changes), group=group.key)
    if household_id is not None and hh_changes:
        w.household_updates.append((household_id, hh_values))


@service(Action.IMPORT, label=QT_TRANSLATE_NOOP("Services", "Check the resident rows of an import"))
def plan_residents(
    uow: ImportingUnitOfWork, rows: Sequence[SourceRow], *, today: date, progress: Progress | None
) -> Plan:
    """Check every row, group the people into households and plan the writes."""
    plan = Plan()
    seen = SeenIds()
    people: list[_Person] = []
    groups: dict[str, _Group] = {}
    current: str | None = None
    for row in rows:
        person = _person(uow, row, today, seen)
        key = _group_key(row, person.relation, current)
        if person.relation is Relation.HEAD and key is not None:
            current = key
        if person.values is not None:
            if key is None:
                _refuse(
                    person,
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "Cannot tell which household this person belongs to: give the "
                            "household number or the head's ID number, or list the head first.",
                        ),
                    ),
                )
            else:
                groups.setdefault(key, _Group(key)).people.append(person)
        people.append(person)
        if progress is not None:
            progress.advance()
    writes = _Writes()
    for group in groups.values():
        _plan_group(uow, group, writes, plan)
    plan.results = [p.result for p in people]
    if writes.households or writes.household_updates or writes.new or writes.updates:
        plan.writes.append(writes.run)
    return plan
