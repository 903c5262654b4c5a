"""``uow.in_service``: every in-service repository on one unit of work's connection, and the
smaller ones kept here: the roster of in-service members, the area's settings, pledges and
assessments. Rows cross as plain core values; bulk inserts (demo data) use one executemany per
table (see table_repository.py).
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence

from sqlalchemy import select

from villagedesk.core.in_service.assessment_model import Assessment, AssessmentValues, Rating
from villagedesk.core.in_service.model import InServiceSettings, Pledge, RosterEntry
from villagedesk.core.members.model import Category
from villagedesk.core.members.roll import RollStatus
from villagedesk.store import tables as t
from villagedesk.store.in_service import tables as ti
from villagedesk.store.in_service.posts import (
    SqlClaimRepository,
    SqlPostRepository,
    SqlServiceRecordRepository,
)
from villagedesk.store.in_service.registrations import (
    SqlExpectedRepository,
    SqlRegistrationRepository,
)
from villagedesk.store.in_service.table_repository import TableRepository
from villagedesk.store.repositories import WriteContext
from villagedesk.store.settings_rows import read_settings, write_setting
from villagedesk.store.sql_types import ColumnValues, SqlRow

m = t.members
YEAR_START_KEY = "in_service.year_start_month"
SHORT_CODE_KEY = "in_service.short_code"


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
        rows = read_settings(self._ctx.conn, (YEAR_START_KEY, SHORT_CODE_KEY))
        month = rows.get(YEAR_START_KEY, "1")
        return InServiceSettings(int(month) if month.isdigit() else 1, rows.get(SHORT_CODE_KEY, ""))

    def save(self, settings: InServiceSettings) -> None:
        for key, value in (
            (YEAR_START_KEY, str(settings.year_start_month)),
            (SHORT_CODE_KEY, settings.short_code),
        ):
            write_setting(self._ctx.conn, key, value)


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
    def _row(v: AssessmentValues) -> ColumnValues:
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
    def _value(row: SqlRow) -> Assessment:
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


class SqlInServiceRepositories:
    """``uow.in_service``: every in-service repository on the unit of work's connection."""

    def __init__(self, ctx: WriteContext) -> None:
        self.roster = SqlRoster(ctx)
        self.settings = SqlInServiceSettings(ctx)
        self.expected = SqlExpectedRepository(ctx)
        self.registrations = SqlRegistrationRepository(ctx)
        self.posts = SqlPostRepository(ctx)
        self.claims = SqlClaimRepository(ctx)
        self.pledges = SqlPledgeRepository(ctx)
        self.records = SqlServiceRecordRepository(ctx)
        self.assessments = SqlAssessmentRepository(ctx)
