"""``uow.privacy``: the people the search box finds in both person registers (residents,
removed ones too, and members not voided), a record by its uuid, the retention setting in
``meta``, and the people who moved away (removed residents and transferred-out members with no
live record of the same ID number)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Row, and_, func, select

from villagedesk.core.members.roll import RollChange, RollStatus
from villagedesk.core.privacy.model import MovedAwayRow, PersonHit, PersonKind, PersonRef
from villagedesk.core.search import SearchQuery
from villagedesk.store import tables as t
from villagedesk.store.households import tables as th
from villagedesk.store.register_reader import person_condition
from villagedesk.store.repositories import WriteContext
from villagedesk.store.settings_rows import read_setting, write_setting

RETENTION_KEY = "privacy.retention_months"
r, h, m, b, e = th.residents, th.households, t.members, t.branches, t.member_events
ON_ROLL = RollStatus.ON_ROLL.value

_RESIDENTS = select(
    r.c.id, r.c.uuid, r.c.name, r.c.id_number, r.c.voided_at, h.c.address
).select_from(r.join(h, h.c.id == r.c.household_id))
_MEMBERS = select(
    m.c.id, m.c.uuid, m.c.name, m.c.id_number, m.c.voided_at, func.coalesce(b.c.name, "")
).select_from(m.outerjoin(b, b.c.id == m.c.branch_id))


def _hit(kind: PersonKind, row: Row[tuple[object, ...]]) -> PersonHit:
    return PersonHit(
        PersonRef(kind, int(str(row[0]))),
        uuid=str(row[1]),
        name=str(row[2]),
        id_number=str(row[3]),
        voided=row[4] is not None,
        detail=str(row[5] or ""),
    )


def _live_elsewhere(number: ColumnElement[str]) -> ColumnElement[bool]:
    """A live resident, or a member on the roll, has this ID number."""
    other_r, other_m = r.alias("live_r"), m.alias("live_m")
    live_resident = select(other_r.c.id).where(
        other_r.c.id_number == number, other_r.c.voided_at.is_(None)
    )
    on_roll = select(other_m.c.id).where(
        other_m.c.id_number == number,
        other_m.c.voided_at.is_(None),
        other_m.c.roll_status == ON_ROLL,
    )
    return live_resident.exists() | on_roll.exists()


class SqlPrivacy:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def people(self, query: SearchQuery, *, limit: int) -> list[PersonHit]:
        conn = self._ctx.conn
        found: list[PersonHit] = []
        for kind, chosen, table in (
            (PersonKind.RESIDENT, _RESIDENTS, r),
            (PersonKind.MEMBER, _MEMBERS.where(m.c.voided_at.is_(None)), m),
        ):
            condition = person_condition(table, query)
            wanted = chosen.where(self._ctx.own(table))
            if condition is not None:
                wanted = wanted.where(condition)
            rows = conn.execute(wanted.order_by(table.c.name_pinyin, table.c.id).limit(limit))
            found += [_hit(kind, row) for row in rows]
        return found

    def by_uuid(self, uuid: str) -> PersonHit | None:
        conn = self._ctx.conn
        row = conn.execute(_RESIDENTS.where(r.c.uuid == uuid)).first()
        if row is not None:
            return _hit(PersonKind.RESIDENT, row)
        row = conn.execute(_MEMBERS.where(m.c.uuid == uuid)).first()
        return _hit(PersonKind.MEMBER, row) if row is not None else None

    def retention_months(self) -> int | None:
        value = read_setting(self._ctx.conn, RETENTION_KEY)
        return int(value) if value is not None and value.isdigit() else None

    def set_retention_months(self, months: int) -> None:
        write_setting(self._ctx.conn, RETENTION_KEY, str(months))

    def moved_away(self) -> list[MovedAwayRow]:
        conn = self._ctx.conn
        gone = conn.execute(
            select(r.c.id, r.c.name, r.c.id_number, func.max(r.c.voided_at))
            .where(r.c.voided_at.is_not(None), self._ctx.own(r), ~_live_elsewhere(r.c.id_number))
            .group_by(r.c.id_number)
        )
        rows = [
            MovedAwayRow(PersonRef(PersonKind.RESIDENT, int(i)), str(n), str(num), str(at))
            for i, n, num, at in gone
        ]
        residents = {row.id_number for row in rows}
        transfer = (
            select(func.max(e.c.effective_on))
            .where(
                e.c.member_id == m.c.id,
                e.c.change == RollChange.TRANSFER_OUT.value,
                e.c.voided_at.is_(None),
            )
            .scalar_subquery()
        )
        out = conn.execute(
            select(m.c.id, m.c.name, m.c.id_number, func.coalesce(transfer, m.c.updated_at)).where(
                and_(
                    m.c.roll_status == RollStatus.TRANSFERRED_OUT.value,
                    m.c.voided_at.is_(None),
                    self._ctx.own(m),
                    ~_live_elsewhere(m.c.id_number),
                )
            )
        )
        rows += [
            MovedAwayRow(PersonRef(PersonKind.MEMBER, int(i)), str(n), str(num), str(at))
            for i, n, num, at in out
            if str(num) not in residents
        ]
        return rows
