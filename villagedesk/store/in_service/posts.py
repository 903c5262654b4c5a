"""Repositories of service posts, their claims and the service records done on them."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import date

from sqlalchemy import FromClause, Subquery, and_, func, select
from sqlalchemy.exc import IntegrityError

from villagedesk.core.errors import DomainError
from villagedesk.core.in_service.model import (
    PostClaim,
    PostValues,
    RecordValues,
    ServicePost,
    ServiceRecord,
    ServiceTotal,
)
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.store import tables as t
from villagedesk.store.in_service import tables as ti
from villagedesk.store.in_service.table_repository import (
    TableRepository,
    day_or_none,
    iso_or_none,
)
from villagedesk.store.sql_types import ColumnExpr, ColumnValues, RowSelect, SqlRow

m = t.members
p = ti.service_posts
c = ti.post_claims
r = ti.service_records


def held_counts() -> Subquery:
    """Subquery: post_id → claims on it not ended."""
    return (
        select(c.c.post_id, func.count().label("n"))
        .where(c.c.voided_at.is_(None), c.c.ended_on.is_(None))
        .group_by(c.c.post_id)
        .subquery()
    )


class SqlPostRepository(TableRepository):
    table = p

    @staticmethod
    def _row(v: PostValues) -> ColumnValues:
        return {
            "name": v.name,
            "description": v.description,
            "places": v.places,
            "contact_name": v.contact_name,
            "contact_phone": v.contact_phone,
        }

    def add(self, values: PostValues) -> int:
        try:
            return self._insert(self._row(values))
        except IntegrityError:
            raise _duplicate(values.name) from None

    def update(self, post_id: int, values: PostValues) -> None:
        try:
            self._update(post_id, self._row(values))
        except IntegrityError:
            raise _duplicate(values.name) from None

    def _select(self) -> RowSelect:
        held = held_counts()
        return (
            select(p, func.coalesce(held.c.n, 0).label("held"))
            .select_from(p.outerjoin(held, held.c.post_id == p.c.id))
            .where(p.c.voided_at.is_(None))
        )

    @staticmethod
    def _value(row: SqlRow) -> ServicePost:
        values = PostValues(
            row.name, row.description, row.places, row.contact_name, row.contact_phone
        )
        return ServicePost(row.id, values, row.held, row.station_code)

    def get(self, post_id: int) -> ServicePost | None:
        row = self._ctx.conn.execute(self._select().where(p.c.id == post_id)).first()
        return self._value(row) if row else None

    def find_by_name(self, name: str) -> ServicePost | None:
        query = self._select().where(p.c.name == name, self._ctx.own(p))
        row = self._ctx.conn.execute(query).first()
        return self._value(row) if row else None

    def list(self) -> builtins.list[ServicePost]:
        rows = self._ctx.conn.execute(self._select().order_by(p.c.id))
        return [self._value(row) for row in rows]


def _duplicate(name: str) -> DomainError:
    return DomainError(
        msg("Store", QT_TRANSLATE_NOOP("Store", "A post named {name} already exists."), name=name)
    )


class SqlClaimRepository(TableRepository):
    table = c

    def add(self, member_id: int, post_id: int, claimed_on: date) -> int:
        return self._insert(
            {"member_id": member_id, "post_id": post_id, "claimed_on": claimed_on.isoformat()}
        )

    def add_many(self, rows: Sequence[tuple[int, int, date, date | None]]) -> None:
        self._insert_many(
            [
                {
                    "member_id": a,
                    "post_id": b,
                    "claimed_on": d.isoformat(),
                    "ended_on": iso_or_none(e),
                }
                for a, b, d, e in rows
            ]
        )

    def end(self, claim_id: int, ended_on: date) -> None:
        self._update(claim_id, {"ended_on": ended_on.isoformat()})

    def held(self, post_id: int) -> int:
        query = select(func.count()).where(
            c.c.post_id == post_id, c.c.voided_at.is_(None), c.c.ended_on.is_(None)
        )
        return int(self._ctx.conn.execute(query).scalar_one())

    def _select(self) -> RowSelect:
        return (
            select(
                c.c.id,
                c.c.post_id,
                p.c.name,
                c.c.member_id,
                m.c.name,
                c.c.claimed_on,
                c.c.ended_on,
                c.c.station_code,
            )
            .select_from(c.join(p, p.c.id == c.c.post_id).join(m, m.c.id == c.c.member_id))
            .where(c.c.voided_at.is_(None))
        )

    @staticmethod
    def _value(row: SqlRow) -> PostClaim:
        return PostClaim(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            date.fromisoformat(row[5]),
            day_or_none(row[6]),
            row[7],
        )

    def get(self, claim_id: int) -> PostClaim | None:
        row = self._ctx.conn.execute(self._select().where(c.c.id == claim_id)).first()
        return self._value(row) if row else None

    def list(
        self, *, post_id: int | None = None, member_id: int | None = None
    ) -> builtins.list[PostClaim]:
        query = self._select()
        if post_id is not None:
            query = query.where(c.c.post_id == post_id)
        if member_id is not None:
            query = query.where(c.c.member_id == member_id)
        rows = self._ctx.conn.execute(query.order_by(c.c.claimed_on, c.c.id))
        return [self._value(row) for row in rows]


class SqlServiceRecordRepository(TableRepository):
    table = r

    @staticmethod
    def _row(v: RecordValues) -> ColumnValues:
        return {
            "member_id": v.member_id,
            "post_id": v.post_id,
            "served_on": v.served_on.isoformat(),
            "what": v.what,
            "half_hours": v.half_hours,
            "beneficiary": v.beneficiary,
            "household_id": v.household_id,
        }

    def add(self, values: RecordValues) -> int:
        return self._insert(self._row(values))

    def add_many(self, rows: Sequence[RecordValues]) -> None:
        self._insert_many([self._row(v) for v in rows])

    def void(self, record_id: int, reason: str) -> None:
        self._void(record_id, reason)

    def _select(self) -> RowSelect:
        return (
            select(r, m.c.name.label("member_name"), p.c.name.label("post_name"))
            .select_from(r.join(m, m.c.id == r.c.member_id).join(p, p.c.id == r.c.post_id))
            .where(r.c.voided_at.is_(None))
        )

    @staticmethod
    def _value(row: SqlRow) -> ServiceRecord:
        values = RecordValues(
            row.member_id,
            row.post_id,
            date.fromisoformat(row.served_on),
            row.what,
            row.half_hours,
            row.beneficiary,
            row.household_id,
        )
        return ServiceRecord(row.id, values, row.member_name, row.post_name)

    def get(self, record_id: int) -> ServiceRecord | None:
        row = self._ctx.conn.execute(self._select().where(r.c.id == record_id)).first()
        return self._value(row) if row else None

    def list(
        self, first: date, last: date, *, member_id: int | None = None
    ) -> builtins.list[ServiceRecord]:
        query = self._select().where(r.c.served_on.between(first.isoformat(), last.isoformat()))
        if member_id is not None:
            query = query.where(r.c.member_id == member_id)
        rows = self._ctx.conn.execute(query.order_by(r.c.served_on, r.c.id))
        return [self._value(row) for row in rows]

    def for_household(self, household_id: int) -> builtins.list[tuple[object, ...]]:
        query = (
            select(r.c.served_on, m.c.name, p.c.name, r.c.what, r.c.half_hours, r.c.beneficiary)
            .select_from(r.join(m, m.c.id == r.c.member_id).join(p, p.c.id == r.c.post_id))
            .where(r.c.household_id == household_id, r.c.voided_at.is_(None))
            .order_by(r.c.served_on.desc(), r.c.id.desc())
        )
        return [tuple(row) for row in self._ctx.conn.execute(query)]

    def _totals(
        self, key: ColumnExpr, name: ColumnExpr, join: FromClause, first: date, last: date
    ) -> builtins.list[ServiceTotal]:
        # A member's (a post's) records are all of one station: its code rides along.
        query = (
            select(key, name, func.count(), func.sum(r.c.half_hours), func.min(r.c.station_code))
            .select_from(join)
            .where(
                and_(
                    r.c.voided_at.is_(None),
                    r.c.served_on.between(first.isoformat(), last.isoformat()),
                )
            )
            .group_by(key)
            .order_by(func.sum(r.c.half_hours).desc(), key)
        )
        return [
            ServiceTotal(k, n, int(cnt), int(s or 0), code or "")
            for k, n, cnt, s, code in self._ctx.conn.execute(query)
        ]

    def totals_by_member(self, first: date, last: date) -> builtins.list[ServiceTotal]:
        return self._totals(
            r.c.member_id, m.c.name, r.join(m, m.c.id == r.c.member_id), first, last
        )

    def totals_by_post(self, first: date, last: date) -> builtins.list[ServiceTotal]:
        return self._totals(r.c.post_id, p.c.name, r.join(p, p.c.id == r.c.post_id), first, last)
