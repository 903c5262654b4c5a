"""Repositories of 报到 (reporting in) over one unit of work's connection: the expected list a
work unit sends, and the registrations (contact-card numbers, handbooks) of a campaign year."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, func, select

from villagedesk.core.in_service.model import (
    ExpectedRegistration,
    ExpectedValues,
    Registration,
    RegistrationValues,
)
from villagedesk.store import tables as t
from villagedesk.store.in_service import tables as ti
from villagedesk.store.in_service.table_repository import (
    TableRepository,
    day_or_none,
    iso_or_none,
)
from villagedesk.store.sql_types import ColumnValues, RowSelect, SqlRow

m = t.members


class SqlExpectedRepository(TableRepository):
    table = ti.expected_registrations

    def add(self, values: ExpectedValues) -> int:
        return self._insert(self._row(values))

    @staticmethod
    def _row(v: ExpectedValues) -> ColumnValues:
        return {
            "member_id": v.member_id,
            "campaign_year": v.campaign_year,
            "work_unit": v.work_unit,
            "notified_on": iso_or_none(v.notified_on),
        }

    def add_many(self, rows: Sequence[ExpectedValues]) -> None:
        self._insert_many([self._row(v) for v in rows])

    def _select(self) -> RowSelect:
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
    def _value(row: SqlRow) -> ExpectedRegistration:
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
    def _row(v: RegistrationValues) -> ColumnValues:
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

    def _select(self) -> RowSelect:
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
    def _value(row: SqlRow) -> Registration:
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
