"""The resident repository: single writes and bulk inserts of residents, their relief
categories, and the rows of the household page's own sections (residents, Party members)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import insert, select, update

from villagedesk.core.clock import utc_stamp
from villagedesk.core.households.model import Relation
from villagedesk.core.households.ports import Rows
from villagedesk.core.households.resident import Resident, ResidentValues
from villagedesk.core.members.model import Sex
from villagedesk.core.members.roll import RollStatus
from villagedesk.store import tables as t
from villagedesk.store.bulk import bulk_insert, person_name_keys
from villagedesk.store.households import tables as th
from villagedesk.store.households.queries import RELATION_ORDER, live_member_on, relief_names
from villagedesk.store.repositories import WriteContext, new_id
from villagedesk.store.sql_types import ColumnValues, RowSelect, SqlRow

h, r, m = th.households, th.residents, t.members


def _resident_columns(
    values: ResidentValues, keys: Callable[[str], tuple[str, str]] = person_name_keys
) -> ColumnValues:
    initials, full = keys(values.name)
    return {
        "household_id": values.household_id,
        "name": values.name,
        "name_initials": initials,
        "name_pinyin": full,
        "id_number": values.id_number,
        "sex": values.sex.value,
        "birth_date": values.birth_date.isoformat(),
        "relation": values.relation.value,
        "phone": values.phone,
        "note": values.note,
    }


class SqlResidentRepository:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def _select(self) -> RowSelect:
        return select(
            r,
            h.c.address.label("household_address"),
            m.c.id.label("member_id"),
            m.c.roll_status.label("member_status"),
        ).select_from(
            r.join(h, h.c.id == r.c.household_id).outerjoin(m, live_member_on(r.c.id_number))
        )

    def _resident(self, row: SqlRow) -> Resident:
        rr = th.resident_relief
        relief = self._ctx.conn.execute(
            select(rr.c.category_id).where(rr.c.resident_id == row.id, rr.c.voided_at.is_(None))
        )
        values = ResidentValues(
            household_id=row.household_id,
            name=row.name,
            id_number=row.id_number,
            sex=Sex(row.sex),
            birth_date=date.fromisoformat(row.birth_date),
            relation=Relation(row.relation),
            phone=row.phone,
            note=row.note,
        )
        return Resident(
            id=row.id,
            uuid=row.uuid,
            values=values,
            voided=row.voided_at is not None,
            version=row.version,
            relief_ids=frozenset(relief.scalars().all()),
            member_id=row.member_id,
            member_status=RollStatus(row.member_status) if row.member_status else None,
            household_address=row.household_address,
        )

    def add(self, values: ResidentValues) -> int:
        row = self._ctx.insert_values(_resident_columns(values))
        return new_id(self._ctx.conn.execute(insert(r).values(row)))

    def update(self, resident_id: int, values: ResidentValues) -> None:
        row = self._ctx.update_values(_resident_columns(values))
        self._ctx.conn.execute(update(r).where(r.c.id == resident_id).values(row))

    def get(self, resident_id: int) -> Resident | None:
        row = self._ctx.conn.execute(self._select().where(r.c.id == resident_id)).first()
        return self._resident(row) if row is not None else None

    def void(self, resident_id: int, reason: str) -> None:
        row = self._ctx.update_values({"voided_at": utc_stamp(), "void_reason": reason})
        self._ctx.conn.execute(update(r).where(r.c.id == resident_id).values(row))

    def find_by_id_number(self, id_number: str) -> Resident | None:
        query = self._select().where(
            r.c.id_number == id_number, r.c.voided_at.is_(None), self._ctx.own(r)
        )
        row = self._ctx.conn.execute(query).first()
        return self._resident(row) if row is not None else None

    def in_household(self, household_id: int) -> list[Resident]:
        query = (
            self._select()
            .where(r.c.household_id == household_id, r.c.voided_at.is_(None))
            .order_by(RELATION_ORDER, r.c.birth_date, r.c.id)
        )
        return [self._resident(row) for row in self._ctx.conn.execute(query)]

    def set_relief(self, resident_id: int, category_ids: frozenset[int]) -> None:
        rr, conn = th.resident_relief, self._ctx.conn
        query = select(rr.c.category_id, rr.c.id).where(
            rr.c.resident_id == resident_id, rr.c.voided_at.is_(None)
        )
        current: dict[int, int] = {int(a): int(b) for a, b in conn.execute(query)}
        for category_id, link_id in current.items():
            if category_id not in category_ids:
                row = self._ctx.update_values({"voided_at": utc_stamp()})
                conn.execute(update(rr).where(rr.c.id == link_id).values(row))
        for category_id in sorted(category_ids - current.keys()):
            values = {"resident_id": resident_id, "category_id": category_id}
            conn.execute(insert(rr).values(self._ctx.insert_values(values)))

    def add_many(self, rows: Sequence[ResidentValues]) -> list[int]:
        cache: dict[str, tuple[str, str]] = {}

        def keys(name: str) -> tuple[str, str]:
            found = cache.get(name)
            if found is None:
                found = cache[name] = person_name_keys(name)
            return found

        return bulk_insert(self._ctx, r, [_resident_columns(v, keys) for v in rows])

    def add_relief_many(self, pairs: Sequence[tuple[int, int]]) -> None:
        rows: list[ColumnValues] = [{"resident_id": a, "category_id": b} for a, b in pairs]
        bulk_insert(self._ctx, th.resident_relief, rows)

    # -- the household page -----------------------------------------------------------------
    def resident_rows(self, household_id: int) -> Rows:
        """name, relation, sex, birth_date, id_number, phone, relief, party (member status)."""
        query = (
            select(
                r.c.id,
                r.c.name,
                r.c.relation,
                r.c.sex,
                r.c.birth_date,
                r.c.id_number,
                r.c.phone,
                m.c.roll_status,
            )
            .select_from(r.outerjoin(m, live_member_on(r.c.id_number)))
            .where(r.c.household_id == household_id, r.c.voided_at.is_(None))
            .order_by(RELATION_ORDER, r.c.birth_date, r.c.id)
        )
        found = self._ctx.conn.execute(query).all()
        relief = relief_names(self._ctx.conn, [row[0] for row in found])
        return [(*row[1:7], relief.get(row[0], ""), row[7]) for row in found]

    def member_rows(self, household_id: int) -> Rows:
        """The household's Party members: name, branch, standing, roll status, joined, phone."""
        b = t.branches
        query = (
            select(m.c.name, b.c.name, m.c.standing, m.c.roll_status, m.c.joined_on, m.c.phone)
            .select_from(
                r.join(m, live_member_on(r.c.id_number)).outerjoin(b, b.c.id == m.c.branch_id)
            )
            .where(r.c.household_id == household_id, r.c.voided_at.is_(None))
            .order_by(RELATION_ORDER, r.c.birth_date, r.c.id)
        )
        return [tuple(row) for row in self._ctx.conn.execute(query)]
