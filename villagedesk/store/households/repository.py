"""Repositories for households and residents, single writes and bulk inserts, and the rows of
the household page's own sections (residents, Party members)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, and_, case, func, insert, select, update

from villagedesk.core.households.links import DEFAULT_LINK_LIMIT
from villagedesk.core.households.model import (
    Household,
    HouseholdValues,
    Relation,
    mask_to_tags,
    tags_to_mask,
)
from villagedesk.core.households.ports import MemberPerson, Rows
from villagedesk.core.households.resident import Resident, ResidentValues
from villagedesk.core.members.model import Sex
from villagedesk.core.members.roll import RollStatus
from villagedesk.store import tables as t
from villagedesk.store.bulk import insert_many, person_name_keys
from villagedesk.store.households import tables as th
from villagedesk.store.repositories import WriteContext, new_id
from villagedesk.store.syncable import stamp_many, utc_now

h, r, m = th.households, th.residents, t.members
LINK_LIMIT_KEY = "household_link_limit"
HEAD = Relation.HEAD.value
#: Residents of a household are listed head first, then in this order of relation.
RELATION_ORDER = case(
    {rel.value: i for i, rel in enumerate(Relation)}, value=r.c.relation, else_=99
)


def head_join() -> Any:
    """households LEFT JOIN their live head (户主) as ``head``."""
    head = r.alias("head")
    return head, h.outerjoin(
        head,
        and_(head.c.household_id == h.c.id, head.c.relation == HEAD, head.c.voided_at.is_(None)),
    )


def live_member_on(id_number: Any) -> Any:
    """Join condition: the live member who is the same person (same ID number) at the same
    station as ``id_number``'s row (a township holds every village's members and residents)."""
    return and_(
        m.c.id_number == id_number,
        m.c.station_code == id_number.table.c.station_code,
        m.c.voided_at.is_(None),
    )


def bulk_insert(ctx: WriteContext, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Stamp and insert ``rows`` in one executemany; their new ids, in order."""
    if not rows:
        return []
    conn = ctx.conn
    first = stamp_many(conn, rows, counter=ctx.counter, station_code=ctx.station_code())
    insert_many(conn, table.name, rows)
    found = conn.execute(
        select(table.c.id)
        .where(table.c.version.between(first, first + len(rows) - 1))
        .order_by(table.c.version)
    )
    return list(found.scalars().all())


# -- households ---------------------------------------------------------------------------------


def _household_columns(values: HouseholdValues) -> dict[str, Any]:
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
        row = self._ctx.update_values({"voided_at": utc_now(), "void_reason": reason})
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


# -- residents ----------------------------------------------------------------------------------


def _resident_columns(values: ResidentValues, keys: Any = person_name_keys) -> dict[str, Any]:
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


def relief_names(conn: Connection, resident_ids: Sequence[int]) -> dict[int, str]:
    """Resident id → the names of their relief categories, in list order, joined by 、."""
    if not resident_ids:
        return {}
    rr, c = th.resident_relief, th.relief_categories
    query = (
        select(rr.c.resident_id, c.c.name)
        .select_from(rr.join(c, c.c.id == rr.c.category_id))
        .where(rr.c.resident_id.in_(list(resident_ids)), rr.c.voided_at.is_(None))
        .order_by(rr.c.resident_id, c.c.position, c.c.id)
    )
    out: dict[int, list[str]] = {}
    for resident_id, name in conn.execute(query):
        out.setdefault(resident_id, []).append(name)
    return {k: "、".join(v) for k, v in out.items()}


class SqlResidentRepository:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def _select(self) -> Any:
        return select(
            r,
            h.c.address.label("household_address"),
            m.c.id.label("member_id"),
            m.c.roll_status.label("member_status"),
        ).select_from(
            r.join(h, h.c.id == r.c.household_id).outerjoin(m, live_member_on(r.c.id_number))
        )

    def _resident(self, row: Row[Any]) -> Resident:
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
        row = self._ctx.update_values({"voided_at": utc_now(), "void_reason": reason})
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
                row = self._ctx.update_values({"voided_at": utc_now()})
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
        rows = [{"resident_id": a, "category_id": b} for a, b in pairs]
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
