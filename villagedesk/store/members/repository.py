"""The member repository: members and their roll events, single writes and the bulk insert."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import func, insert, select, update

from villagedesk.core.clock import utc_stamp
from villagedesk.core.dates import PartialDate
from villagedesk.core.members.model import (
    Education,
    Member,
    MemberValues,
    Sex,
    Standing,
    categories_to_mask,
    mask_to_categories,
)
from villagedesk.core.members.roll import RollChange, RollEvent, RollStatus
from villagedesk.store import tables as t
from villagedesk.store.bulk import insert_many, person_name_keys
from villagedesk.store.repositories import WriteContext, new_id
from villagedesk.store.sql_types import ColumnValues, RowSelect, SqlRow
from villagedesk.store.syncable import stamp_many

# -- members ------------------------------------------------------------------------------------


def _iso(value: PartialDate | None) -> str | None:
    return value.iso() if value is not None else None


def _partial(value: str | None) -> PartialDate | None:
    return PartialDate.from_iso(value) if value else None


def member_columns(values: MemberValues, keys: Callable[[str], tuple[str, str]]) -> ColumnValues:
    """The stored form of ``values``; ``keys(name)`` gives (initials, full pinyin)."""
    initials, full = keys(values.name)
    return {
        "name": values.name,
        "name_initials": initials,
        "name_pinyin": full,
        "id_number": values.id_number,
        "sex": values.sex.value,
        "birth_date": values.birth_date.isoformat(),
        "ethnicity": values.ethnicity,
        "education": values.education.value if values.education else None,
        "phone": values.phone,
        "joined_on": _iso(values.joined_on),
        "full_member_on": _iso(values.full_member_on),
        "standing": values.standing.value,
        "branch_id": values.branch_id,
        "work_unit": values.work_unit,
        "address": values.address,
        "categories": categories_to_mask(values.categories),
    }


def _member(row: SqlRow) -> Member:
    values = MemberValues(
        name=row.name,
        id_number=row.id_number,
        sex=Sex(row.sex),
        birth_date=date.fromisoformat(row.birth_date),
        ethnicity=row.ethnicity,
        education=Education(row.education) if row.education else None,
        phone=row.phone,
        joined_on=_partial(row.joined_on),
        full_member_on=_partial(row.full_member_on),
        standing=Standing(row.standing),
        branch_id=row.branch_id,
        work_unit=row.work_unit,
        address=row.address,
        categories=mask_to_categories(row.categories),
    )
    return Member(
        id=row.id,
        uuid=row.uuid,
        values=values,
        roll_status=RollStatus(row.roll_status),
        voided=row.voided_at is not None,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        branch_name=row.branch_name or "",
        station_code=row.station_code,
    )


class SqlMemberRepository:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def _select(self) -> RowSelect:
        m, b = t.members, t.branches
        return select(m, b.c.name.label("branch_name")).select_from(
            m.outerjoin(b, b.c.id == m.c.branch_id)
        )

    def add(self, values: MemberValues, *, status: RollStatus) -> int:
        row = member_columns(values, person_name_keys) | {"roll_status": status.value}
        result = self._ctx.conn.execute(insert(t.members).values(self._ctx.insert_values(row)))
        return new_id(result)

    def update(self, member_id: int, values: MemberValues) -> None:
        row = self._ctx.update_values(member_columns(values, person_name_keys))
        self._ctx.conn.execute(update(t.members).where(t.members.c.id == member_id).values(row))

    def get(self, member_id: int) -> Member | None:
        row = self._ctx.conn.execute(self._select().where(t.members.c.id == member_id)).first()
        return _member(row) if row is not None else None

    def find_by_id_number(self, id_number: str) -> Member | None:
        # The live record first; otherwise the latest voided one.
        query = (
            self._select()
            .where(t.members.c.id_number == id_number, self._ctx.own(t.members))
            .order_by(t.members.c.voided_at.is_not(None), t.members.c.id.desc())
            .limit(1)
        )
        row = self._ctx.conn.execute(query).first()
        return _member(row) if row is not None else None

    def set_status(self, member_id: int, status: RollStatus) -> None:
        row = self._ctx.update_values({"roll_status": status.value})
        self._ctx.conn.execute(update(t.members).where(t.members.c.id == member_id).values(row))

    def void(self, member_id: int, reason: str = "") -> None:
        row = self._ctx.update_values({"voided_at": utc_stamp(), "void_reason": reason})
        self._ctx.conn.execute(update(t.members).where(t.members.c.id == member_id).values(row))

    def unvoid(self, member_id: int) -> None:
        row = self._ctx.update_values({"voided_at": None, "void_reason": ""})
        self._ctx.conn.execute(update(t.members).where(t.members.c.id == member_id).values(row))

    def add_event(
        self, member_id: int, change: RollChange, effective_on: PartialDate, reason: str
    ) -> int:
        row = {
            "member_id": member_id,
            "change": change.value,
            "effective_on": effective_on.iso(),
            "reason": reason,
            "recorded_at": utc_stamp(),
        }
        result = self._ctx.conn.execute(
            insert(t.member_events).values(self._ctx.insert_values(row))
        )
        return new_id(result)

    def undo_event(self, event_id: int, reason: str) -> None:
        e = t.member_events
        row = self._ctx.update_values({"voided_at": utc_stamp(), "void_reason": reason})
        self._ctx.conn.execute(update(e).where(e.c.id == event_id).values(row))

    def events(self, member_id: int, *, include_undone: bool = False) -> list[RollEvent]:
        e = t.member_events
        query = select(e).where(e.c.member_id == member_id).order_by(e.c.effective_on, e.c.id)
        if not include_undone:
            query = query.where(e.c.voided_at.is_(None))
        return [
            RollEvent(
                id=r.id,
                member_id=r.member_id,
                change=RollChange(r.change),
                effective_on=PartialDate.from_iso(r.effective_on),
                reason=r.reason,
                recorded_at=r.recorded_at,
                undone=r.voided_at is not None,
                undo_reason=r.void_reason or "",
            )
            for r in self._ctx.conn.execute(query)
        ]

    def count(self, *, include_voided: bool = False) -> int:
        query = select(func.count()).select_from(t.members)
        if not include_voided:
            query = query.where(t.members.c.voided_at.is_(None))
        return int(self._ctx.conn.execute(query).scalar_one())

    def any_live(self) -> bool:
        """Whether the roll holds a member that is not voided (cheaper than counting them)."""
        live = select(t.members.c.id).where(t.members.c.voided_at.is_(None)).limit(1)
        return self._ctx.conn.execute(live).first() is not None

    def add_many(
        self, rows: Sequence[MemberValues], *, status: RollStatus, registered_on: date
    ) -> None:
        """Bulk insert: one executemany for the members, one for their REGISTERED events."""
        if not rows:
            return
        cache: dict[str, tuple[str, str]] = {}

        def keys(name: str) -> tuple[str, str]:
            found = cache.get(name)
            if found is None:
                found = cache[name] = person_name_keys(name)
            return found

        conn, ctx = self._ctx.conn, self._ctx
        code = ctx.station_code()
        member_rows = [member_columns(v, keys) | {"roll_status": status.value} for v in rows]
        first = stamp_many(conn, member_rows, counter=ctx.counter, station_code=code)
        insert_many(conn, t.members.name, member_rows)
        m = t.members
        ids = (
            conn.execute(
                select(m.c.id)
                .where(m.c.version.between(first, first + len(rows) - 1))
                .order_by(m.c.version)
            )
            .scalars()
            .all()
        )
        today = PartialDate.of(registered_on).iso()
        recorded = utc_stamp()
        event_rows: list[ColumnValues] = [
            {
                "member_id": member_id,
                "change": RollChange.REGISTERED.value,
                "effective_on": today,
                "reason": "",
                "recorded_at": recorded,
            }
            for member_id in ids
        ]
        stamp_many(conn, event_rows, counter=ctx.counter, station_code=code)
        insert_many(conn, t.member_events.name, event_rows)
