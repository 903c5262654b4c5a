"""Repositories for relief categories and cadre links (包村联户)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import case, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from villagedesk.core.clock import utc_stamp
from villagedesk.core.errors import DomainError
from villagedesk.core.households.links import CadreSummary, HouseholdLink, LinkReason, LinkValues
from villagedesk.core.households.ports import Rows
from villagedesk.core.households.relief import ReliefCategory
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.store import tables as t
from villagedesk.store.bulk import bulk_insert
from villagedesk.store.households import tables as th
from villagedesk.store.households.queries import head_join
from villagedesk.store.repositories import WriteContext, new_id
from villagedesk.store.sql_types import ColumnValues, RowSelect, SqlRow

c, rr, lk, h, m, b = (
    th.relief_categories,
    th.resident_relief,
    th.household_links,
    th.households,
    t.members,
    t.branches,
)


def _duplicate(name: str) -> DomainError:
    return DomainError(
        msg(
            "Store",
            QT_TRANSLATE_NOOP("Store", "A relief category named {name} already exists."),
            name=name,
        )
    )


class SqlReliefCategoryRepository:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def _select(self) -> RowSelect:
        counts = (
            select(rr.c.category_id, func.count().label("n"))
            .select_from(rr.join(th.residents, th.residents.c.id == rr.c.resident_id))
            .where(rr.c.voided_at.is_(None), th.residents.c.voided_at.is_(None))
            .group_by(rr.c.category_id)
            .subquery()
        )
        return (
            select(c, func.coalesce(counts.c.n, 0).label("n"))
            .select_from(c.outerjoin(counts, counts.c.category_id == c.c.id))
            .where(c.c.voided_at.is_(None))
        )

    @staticmethod
    def _category(row: SqlRow) -> ReliefCategory:
        return ReliefCategory(
            row.id, row.uuid, row.name, row.position, row.retired_at is not None, int(row.n)
        )

    def list(self, *, include_retired: bool = False) -> list[ReliefCategory]:
        query = self._select().order_by(c.c.position, c.c.id)
        if not include_retired:
            query = query.where(c.c.retired_at.is_(None))
        return [self._category(row) for row in self._ctx.conn.execute(query)]

    def count_all(self) -> int:
        return int(self._ctx.conn.execute(select(func.count()).select_from(c)).scalar_one())

    def get(self, category_id: int) -> ReliefCategory | None:
        row = self._ctx.conn.execute(self._select().where(c.c.id == category_id)).first()
        return self._category(row) if row is not None else None

    def find_by_name(self, name: str) -> ReliefCategory | None:
        query = self._select().where(c.c.name == name, self._ctx.own(c))
        row = self._ctx.conn.execute(query).first()
        return self._category(row) if row is not None else None

    def add(self, name: str) -> int:
        position = self._ctx.conn.execute(select(func.coalesce(func.max(c.c.position), 0))).scalar()
        values = self._ctx.insert_values({"name": name, "position": int(position or 0) + 1})
        try:
            return new_id(self._ctx.conn.execute(insert(c).values(values)))
        except IntegrityError:
            raise _duplicate(name) from None

    def rename(self, category_id: int, name: str) -> None:
        values = self._ctx.update_values({"name": name})
        try:
            self._ctx.conn.execute(update(c).where(c.c.id == category_id).values(values))
        except IntegrityError:
            raise _duplicate(name) from None

    def set_retired(self, category_id: int, retired: bool) -> None:
        values = self._ctx.update_values({"retired_at": utc_stamp() if retired else None})
        self._ctx.conn.execute(update(c).where(c.c.id == category_id).values(values))


def _values(link: LinkValues) -> ColumnValues:
    return {
        "member_id": link.cadre_id,
        "household_id": link.household_id,
        "reason": link.reason.value,
        "note": link.note,
        "started_on": link.started_on.isoformat(),
    }


class SqlHouseholdLinkRepository:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def _select(self) -> RowSelect:
        head, source = head_join()
        return select(
            lk,
            m.c.name.label("cadre_name"),
            h.c.address.label("household_address"),
            head.c.name.label("head_name"),
        ).select_from(
            lk.join(m, m.c.id == lk.c.member_id).join(source, h.c.id == lk.c.household_id)
        )

    @staticmethod
    def _link(row: SqlRow) -> HouseholdLink:
        return HouseholdLink(
            id=row.id,
            uuid=row.uuid,
            values=LinkValues(
                cadre_id=row.member_id,
                household_id=row.household_id,
                reason=LinkReason(row.reason),
                note=row.note,
                started_on=date.fromisoformat(row.started_on),
            ),
            ended_on=date.fromisoformat(row.ended_on) if row.ended_on else None,
            end_reason=row.end_reason,
            cadre_name=row.cadre_name,
            household_address=row.household_address,
            head_name=row.head_name or "",
        )

    def _rows(self, query: RowSelect) -> list[HouseholdLink]:
        return [self._link(row) for row in self._ctx.conn.execute(query)]

    def add(self, values: LinkValues) -> int:
        row = self._ctx.insert_values(_values(values))
        return new_id(self._ctx.conn.execute(insert(lk).values(row)))

    def add_many(self, rows: Sequence[LinkValues]) -> None:
        bulk_insert(self._ctx, lk, [_values(v) for v in rows])

    def get(self, link_id: int) -> HouseholdLink | None:
        found = self._rows(self._select().where(lk.c.id == link_id, lk.c.voided_at.is_(None)))
        return found[0] if found else None

    def end(self, link_id: int, ended_on: date, reason: str) -> None:
        values = self._ctx.update_values({"ended_on": ended_on.isoformat(), "end_reason": reason})
        self._ctx.conn.execute(update(lk).where(lk.c.id == link_id).values(values))

    def active_count(self, cadre_id: int) -> int:
        query = select(func.count()).where(
            lk.c.member_id == cadre_id, lk.c.ended_on.is_(None), lk.c.voided_at.is_(None)
        )
        return int(self._ctx.conn.execute(query).scalar_one())

    def active_link(self, cadre_id: int, household_id: int) -> HouseholdLink | None:
        found = self._rows(
            self._select().where(
                lk.c.member_id == cadre_id,
                lk.c.household_id == household_id,
                lk.c.ended_on.is_(None),
                lk.c.voided_at.is_(None),
            )
        )
        return found[0] if found else None

    def for_cadre(self, cadre_id: int, *, include_ended: bool = True) -> list[HouseholdLink]:
        query = self._select().where(lk.c.member_id == cadre_id, lk.c.voided_at.is_(None))
        if not include_ended:
            query = query.where(lk.c.ended_on.is_(None))
        return self._rows(query.order_by(lk.c.ended_on.is_not(None), lk.c.started_on, lk.c.id))

    def for_household(
        self, household_id: int, *, include_ended: bool = False
    ) -> list[HouseholdLink]:
        query = self._select().where(lk.c.household_id == household_id, lk.c.voided_at.is_(None))
        if not include_ended:
            query = query.where(lk.c.ended_on.is_(None))
        return self._rows(query.order_by(lk.c.started_on, lk.c.id))

    def cadres(self) -> list[CadreSummary]:
        active = func.sum(case((lk.c.ended_on.is_(None), 1), else_=0))
        query = (
            select(m.c.id, m.c.name, b.c.name, m.c.phone, active, m.c.station_code)
            .select_from(lk.join(m, m.c.id == lk.c.member_id).outerjoin(b, b.c.id == m.c.branch_id))
            .where(lk.c.voided_at.is_(None), m.c.voided_at.is_(None))
            .group_by(m.c.id)
            .order_by(m.c.name_pinyin, m.c.id)
        )
        return [
            CadreSummary(i, name, branch or "", phone, int(n or 0), code or "")
            for i, name, branch, phone, n, code in self._ctx.conn.execute(query)
        ]

    def cadre_rows(self, household_id: int) -> Rows:
        """name, branch, phone, reason, note, started_on for the household's active links."""
        query = (
            select(m.c.name, b.c.name, m.c.phone, lk.c.reason, lk.c.note, lk.c.started_on)
            .select_from(lk.join(m, m.c.id == lk.c.member_id).outerjoin(b, b.c.id == m.c.branch_id))
            .where(
                lk.c.household_id == household_id,
                lk.c.ended_on.is_(None),
                lk.c.voided_at.is_(None),
            )
            .order_by(lk.c.started_on, lk.c.id)
        )
        return [tuple(row) for row in self._ctx.conn.execute(query)]
