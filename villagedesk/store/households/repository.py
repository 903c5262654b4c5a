"""The household repository: single writes and bulk inserts of households, the link limit
(households per cadre) and the members a household's residents may be."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, insert, select, update

from villagedesk.core.clock import utc_stamp
from villagedesk.core.households.links import DEFAULT_LINK_LIMIT
from villagedesk.core.households.model import (
    Household,
    HouseholdValues,
    mask_to_tags,
    tags_to_mask,
)
from villagedesk.core.households.ports import MemberPerson
from villagedesk.core.members.model import Sex
from villagedesk.core.members.roll import RollStatus
from villagedesk.store import tables as t
from villagedesk.store.bulk import bulk_insert
from villagedesk.store.households import tables as th
from villagedesk.store.households.queries import head_join
from villagedesk.store.repositories import WriteContext, new_id
from villagedesk.store.sql_types import ColumnValues

h, r, m = th.households, th.residents, t.members
LINK_LIMIT_KEY = "household_link_limit"


def _household_columns(values: HouseholdValues) -> ColumnValues:
    return {
        "address": values.address,
        "grid": values.grid,
        "phone": values.phone,
        "tags": tags_to_mask(values.tags),
        "destitute": 1 if values.destitute else 0,
        "note": values.note,
    }


class SqlHouseholdRepository:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def add(self, values: HouseholdValues) -> int:
        row = self._ctx.insert_values(_household_columns(values))
        return new_id(self._ctx.conn.execute(insert(h).values(row)))

    def update(self, household_id: int, values: HouseholdValues) -> None:
        row = self._ctx.update_values(_household_columns(values))
        self._ctx.conn.execute(update(h).where(h.c.id == household_id).values(row))

    def get(self, household_id: int) -> Household | None:
        head, source = head_join()
        count = (
            select(func.count())
            .where(r.c.household_id == h.c.id, r.c.voided_at.is_(None))
            .scalar_subquery()
        )
        query = (
            select(h, head.c.id.label("head_id"), head.c.name.label("head_name"), count.label("n"))
            .select_from(source)
            .where(h.c.id == household_id)
        )
        row = self._ctx.conn.execute(query).first()
        if row is None:
            return None
        values = HouseholdValues(
            address=row.address,
            grid=row.grid,
            phone=row.phone,
            tags=mask_to_tags(row.tags),
            destitute=bool(row.destitute),
            note=row.note,
        )
        return Household(
            id=row.id,
            uuid=row.uuid,
            values=values,
            voided=row.voided_at is not None,
            version=row.version,
            head_id=row.head_id,
            head_name=row.head_name or "",
            resident_count=int(row.n),
        )

    def void(self, household_id: int, reason: str) -> None:
        row = self._ctx.update_values({"voided_at": utc_stamp(), "void_reason": reason})
        self._ctx.conn.execute(update(h).where(h.c.id == household_id).values(row))

    def count(self, *, include_voided: bool = False) -> int:
        query = select(func.count()).select_from(h)
        if not include_voided:
            query = query.where(h.c.voided_at.is_(None))
        return int(self._ctx.conn.execute(query).scalar_one())

    def add_many(self, rows: Sequence[HouseholdValues]) -> list[int]:
        return bulk_insert(self._ctx, h, [_household_columns(v) for v in rows])

    def link_limit(self) -> int:
        value = self._ctx.conn.execute(
            select(t.meta.c.value).where(t.meta.c.key == LINK_LIMIT_KEY)
        ).scalar()
        try:
            return int(value) if value is not None else DEFAULT_LINK_LIMIT
        except ValueError:
            return DEFAULT_LINK_LIMIT

    def set_link_limit(self, limit: int) -> None:
        conn = self._ctx.conn
        done = conn.execute(
            update(t.meta).where(t.meta.c.key == LINK_LIMIT_KEY).values(value=str(limit))
        )
        if done.rowcount == 0:
            conn.execute(insert(t.meta).values(key=LINK_LIMIT_KEY, value=str(limit)))

    def member_people(self) -> list[MemberPerson]:
        query = (
            select(
                m.c.id,
                m.c.name,
                m.c.id_number,
                m.c.sex,
                m.c.birth_date,
                m.c.phone,
                m.c.categories,
                m.c.roll_status,
            )
            .where(m.c.voided_at.is_(None))
            .order_by(m.c.id)
        )
        return [
            MemberPerson(
                i, name, number, Sex(sex), date.fromisoformat(birth), phone, cats, RollStatus(st)
            )
            for i, name, number, sex, birth, phone, cats, st in self._ctx.conn.execute(query)
        ]
