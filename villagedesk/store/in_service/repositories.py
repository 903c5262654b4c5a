"""Repositories of 在职党员进社区 over one unit of work's connection (``uow.in_service``).

Rows cross as plain core values; bulk inserts (demo data) use one executemany per table.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Row, Table, and_, func, insert, select, update

from villagedesk.core.in_service.model import (
    Assessment,
    AssessmentValues,
    ExpectedRegistration,
    ExpectedValues,
    InServiceSettings,
    Pledge,
    Rating,
    Registration,
    RegistrationValues,
    RosterEntry,
)
from villagedesk.core.members.model import Category
from villagedesk.core.members.roll import RollStatus
from villagedesk.store import tables as t
from villagedesk.store.bulk import insert_many
from villagedesk.store.in_service import tables as ti
from villagedesk.store.repositories import WriteContext, new_id
from villagedesk.store.syncable import stamp_many, utc_now

m = t.members
YEAR_START_KEY = "in_service.year_start_month"
SHORT_CODE_KEY = "in_service.short_code"


def day_or_none(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def iso_or_none(value: date | None) -> str | None:
    return value.isoformat() if value else None


class TableRepository:
    """What the in-service repositories share: insert, update and void rows of one table."""

    table: Table

    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def _insert(self, values: dict[str, Any]) -> int:
        result = self._ctx.conn.execute(insert(self.table).values(self._ctx.insert_values(values)))
        return new_id(result)

    def _update(self, row_id: int, values: dict[str, Any]) -> None:
        stamped = self._ctx.update_values(values)
        self._ctx.conn.execute(update(self.table).where(self.table.c.id == row_id).values(stamped))

    def _void(self, row_id: int, reason: str) -> None:
        self._update(row_id, {"voided_at": utc_now(), "void_reason": reason})

    def _insert_many(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        conn = self._ctx.conn
        stamp_many(conn, rows, counter=self._ctx.counter, station_code=self._ctx.station_code())
        insert_many(conn, self.table.name, rows)

    def _live(self) -> Any:
        return self.table.c.voided_at.is_(None)


class SqlRoster:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def members(self) -> builtins.list[RosterEntry]:
        bit = Category.IN_SERVICE.bit
        query = (
            select(m.c.id, m.c.name, m.c.id_number, m.c.work_unit)
            .where(
                m.c.voided_at.is_(None),
                m.c.roll_status == RollStatus.ON_ROLL.value,
                m.c.categories.op("&")(bit) != 0,
            )
            .order_by(m.c.name_pinyin, m.c.name, m.c.id)
        )
        return [RosterEntry(*row) for row in self._ctx.conn.execute(query)]


class SqlInServiceSettings:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def get(self) -> InServiceSettings:
        rows: dict[str, str] = dict(
            self._ctx.conn.execute(  # type: ignore[arg-type]
                select(t.meta.c.key, t.meta.c.value).where(
                    t.meta.c.key.in_((YEAR_START_KEY, SHORT_CODE_KEY))
                )
            ).all()
        )
        month = rows.get(YEAR_START_KEY, "1")
        return InServiceSettings(int(month) if month.isdigit() else 1, rows.get(SHORT_CODE_KEY, ""))

    def save(self, settings: InServiceSettings) -> None:
        for key, value in (
            (YEAR_START_KEY, str(settings.year_start_month)),
            (SHORT_CODE_KEY, settings.short_code),
        ):
            self._ctx.conn.exec_driver_sql(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


class SqlExpectedRepository(TableRepository):
    table = ti.expected_registrations

    def add(self, values: ExpectedValues) -> int:
        return self._insert(self._row(values))

    @staticmethod
    def _row(v: ExpectedValues) -> dict[str, Any]:
        return {
            "member_id": v.member_id,
            "campaign_year": v.campaign_year,
            "work_unit": v.work_unit,
            "notified_on": iso_or_none(v.notified_on),
        }

    def add_many(self, rows: Sequence[ExpectedValues]) -> None:
        self._insert_many([self._row(v) for v in rows])

    def _select(self) -> Any:
        e, r = self.table, ti.registrations
        joined = e.join(m, m.c.id == e.c.member_id).outerjoin(
            r,
            and_(
                r.c.member_id == e.c.member_id,
                r.c.campaign_year == e.c.campaign_year,
                r.c.voided_at.is_(None),
            ),
        )
        return select(
            e.c.id,
            e.c.member_id,
            m.c.name,
            e.c.campaign_year,
            e.c.work_unit,
            e.c.notified_on,
            r.c.id,
            r.c.registered_on,
            e.c.station_code,
        ).select_from(joined)

    @staticmethod
    def _value(row: Row[Any]) -> ExpectedRegistration:
        return ExpectedRegistration(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            day_or_none(row[5]),
            row[6],
            day_or_none(row[7]),
            row[8],
        )

    def get(self, expected_id: int) -> ExpectedRegistration | None:
        query = self._select().where(self.table.c.id == expected_id, self._live())
        row = self._ctx.conn.execute(query).first()
        return self._value(row) if row else None

    def find(self, member_id: int, campaign_year: int) -> ExpectedRegistration | None:
        e = self.table
        query = self._select().where(
            e.c.member_id == member_id, e.c.campaign_year == campaign_year, self._live()
        )
        row = self._ctx.conn.execute(query).first()
        return self._value(row) if row else None

    def list(self, campaign_year: int) -> builtins.list[ExpectedRegistration]:
        e = self.table
        query = (
            self._select()
            .where(e.c.campaign_year == campaign_year, self._live())
            .order_by(e.c.work_unit, m.c.name_pinyin, e.c.id)
        )
        return [self._value(row) for row in self._ctx.conn.execute(query)]

    def void(self, expected_id: int, reason: str) -> None:
        self._void(expected_id, reason)


class SqlRegistrationRepository(TableRepository):
    table = ti.registrations

    @staticmethod
    def _row(v: RegistrationValues) -> dict[str, Any]:
        return {
            "member_id": v.member_id,
            "campaign_year": v.campaign_year,
            "registered_on": v.registered_on.isoformat(),
            "card_number": v.card_number,
            "sequence": v.sequence,
            "work_unit": v.work_unit,
            "handbook_issued": int(v.handbook_issued),
        }

    def add(self, values: RegistrationValues) -> int:
        return self._insert(self._row(values))

    def add_many(self, rows: Sequence[RegistrationValues]) -> None:
        self._insert_many([self._row(v) for v in rows])

    def _select(self) -> Any:
        r, e = self.table, ti.expected_registrations
        expected = (
            select(e.c.id)
            .where(
                e.c.member_id == r.c.member_id,
                e.c.campaign_year == r.c.campaign_year,
                e.c.voided_at.is_(None),
            )
            .exists()
        )
        return select(
            r.c.id,
            r.c.member_id,
            m.c.name,
            r.c.campaign_year,
            r.c.registered_on,
            r.c.card_number,
            r.c.work_unit,
            r.c.handbook_issued,
            expected,
            r.c.station_code,
        ).select_from(r.join(m, m.c.id == r.c.member_id))

    @staticmethod
    def _value(row: Row[Any]) -> Registration:
        return Registration(
            row[0],
            row[1],
            row[2],
            row[3],
            date.fromisoformat(row[4]),
            row[5],
            row[6],
            bool(row[7]),
            bool(row[8]),
            row[9],
        )

    def get(self, registration_id: int) -> Registration | None:
        query = self._select().where(self.table.c.id == registration_id, self._live())
        row = self._ctx.conn.execute(query).first()
        return self._value(row) if row else None

    def find(self, member_id: int, campaign_year: int) -> Registration | None:
        r = self.table
        query = self._select().where(
            r.c.member_id == member_id, r.c.campaign_year == campaign_year, self._live()
        )
        row = self._ctx.conn.execute(query).first()
        return self._value(row) if row else None

    def list(self, campaign_year: int) -> builtins.list[Registration]:
        r = self.table
        query = (
            self._select()
            .where(r.c.campaign_year == campaign_year, self._live())
            .order_by(r.c.sequence)
        )
        return [self._value(row) for row in self._ctx.conn.execute(query)]

    def max_sequence(self, campaign_year: int) -> int:
        r = self.table
        query = select(func.max(r.c.sequence)).where(
            r.c.campaign_year == campaign_year, self._ctx.own(r)
        )
        return int(self._ctx.conn.execute(query).scalar() or 0)

    def update(self, registration_id: int, *, work_unit: str, handbook_issued: bool) -> None:
        self._update(
            registration_id, {"work_unit": work_unit, "handbook_issued": int(handbook_issued)}
        )


class SqlPledgeRepository(TableRepository):
    table = ti.pledges

    def add(self, member_id: int, campaign_year: int, text: str) -> int:
        return self._insert({"member_id": member_id, "campaign_year": campaign_year, "text": text})

    def add_many(self, rows: Sequence[tuple[int, int, str]]) -> None:
        self._insert_many(
            [{"member_id": a, "campaign_year": y, "text": text} for a, y, text in rows]
        )

    def update(self, pledge_id: int, text: str) -> None:
        self._update(pledge_id, {"text": text})

    def void(self, pledge_id: int, reason: str) -> None:
        self._void(pledge_id, reason)

    def list(self, campaign_year: int, *, member_id: int | None = None) -> builtins.list[Pledge]:
        p = self.table
        query = select(p.c.id, p.c.member_id, p.c.campaign_year, p.c.text).where(
            p.c.campaign_year == campaign_year, self._live()
        )
        if member_id is not None:
            query = query.where(p.c.member_id == member_id)
        return [Pledge(*row) for row in self._ctx.conn.execute(query.order_by(p.c.id))]


class SqlAssessmentRepository(TableRepository):
    table = ti.assessments

    @staticmethod
    def _row(v: AssessmentValues) -> dict[str, Any]:
        return {
            "member_id": v.member_id,
            "campaign_year": v.campaign_year,
            "community_rating": v.community_rating.value,
            "community_comment": v.community_comment,
            "unit_rating": v.unit_rating.value if v.unit_rating else None,
            "unit_comment": v.unit_comment,
        }

    def save(self, values: AssessmentValues) -> int:
        found = self.find(values.member_id, values.campaign_year)
        if found is None:
            return self._insert(self._row(values))
        self._update(found.id, self._row(values))
        return found.id

    def add_many(self, rows: Sequence[AssessmentValues]) -> None:
        self._insert_many([self._row(v) for v in rows])

    @staticmethod
    def _value(row: Row[Any]) -> Assessment:
        return Assessment(
            row.id,
            AssessmentValues(
                row.member_id,
                row.campaign_year,
                Rating(row.community_rating),
                row.community_comment,
                Rating(row.unit_rating) if row.unit_rating else None,
                row.unit_comment,
            ),
        )

    def find(self, member_id: int, campaign_year: int) -> Assessment | None:
        a = self.table
        query = select(a).where(
            a.c.member_id == member_id, a.c.campaign_year == campaign_year, self._live()
        )
        row = self._ctx.conn.execute(query).first()
        return self._value(row) if row else None

    def list(self, campaign_year: int) -> builtins.list[Assessment]:
        a = self.table
        query = select(a).where(a.c.campaign_year == campaign_year, self._live()).order_by(a.c.id)
        return [self._value(row) for row in self._ctx.conn.execute(query)]
