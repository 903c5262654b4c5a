"""Repositories over one unit of work's connection: station and branches (members: see
member_repository).

Rows cross as plain core values (Station, Branch, Member, RollEvent); nothing stays attached.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sqlalchemy import ColumnElement, Connection, Subquery, Table, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from villagedesk.core.clock import utc_stamp
from villagedesk.core.errors import DomainError
from villagedesk.core.members.branch import Branch, BranchDraft, BranchKind
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.station import Station, StationLevel
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.store import tables as t
from villagedesk.store.sql_types import ColumnValues, RowSelect, SqlRow, SqlValue, WriteResult
from villagedesk.store.syncable import ChangeCounter, stamp_insert, stamp_update


def new_id(result: WriteResult) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


class WriteContext:
    """What the repositories of one unit of work share: connection, counter, station code."""

    def __init__(
        self, counter: ChangeCounter, station_code_provider: Callable[[], str] | None
    ) -> None:
        self.counter = counter
        self._provider = station_code_provider
        self._conn: Connection | None = None
        self._code: str | None = None

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("use the unit of work inside a 'with' block")
        return self._conn

    def station_code(self) -> str:
        if self._provider is not None:
            return self._provider()
        if self._code is None:
            code = self.conn.execute(select(t.station.c.code).where(t.station.c.id == 1)).scalar()
            self._code = code or ""
        return self._code

    def forget_station_code(self) -> None:
        self._code = None

    def own(self, table: Table) -> ColumnElement[bool]:
        """``table``'s rows of this station (a township also holds its villages' rows)."""
        return table.c.station_code == self.station_code()

    def insert_values(self, values: Mapping[str, SqlValue]) -> ColumnValues:
        return stamp_insert(
            self.conn, values, counter=self.counter, station_code=self.station_code()
        )

    def update_values(self, values: Mapping[str, SqlValue]) -> ColumnValues:
        return stamp_update(self.conn, values, counter=self.counter)


# -- station ------------------------------------------------------------------------------------


def read_station(conn: Connection) -> Station | None:
    """The station row on any connection (the GUI reads it without a write transaction)."""
    row = conn.execute(select(t.station).where(t.station.c.id == 1)).first()
    if row is None:
        return None
    return Station(
        code=row.code,
        name=row.name,
        level=StationLevel(row.level),
        contact_name=row.contact_name,
        contact_phone=row.contact_phone,
        address=row.address,
    )


class SqlStationRepository:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def get(self) -> Station | None:
        return read_station(self._ctx.conn)

    def save(self, station: Station) -> None:
        values = {
            "code": station.code,
            "name": station.name,
            "level": station.level.value,
            "contact_name": station.contact_name,
            "contact_phone": station.contact_phone,
            "address": station.address,
        }
        conn = self._ctx.conn
        done = conn.execute(update(t.station).where(t.station.c.id == 1).values(values))
        if done.rowcount == 0:
            conn.execute(insert(t.station).values(id=1, **values))
        self._ctx.forget_station_code()


# -- branches -----------------------------------------------------------------------------------


def active_counts() -> Subquery:
    """Subquery: branch_id → number of active (on-roll, not voided) members."""
    m = t.members
    return (
        select(m.c.branch_id, func.count().label("n"))
        .where(m.c.roll_status == RollStatus.ON_ROLL.value, m.c.voided_at.is_(None))
        .group_by(m.c.branch_id)
        .subquery()
    )


def _branch(row: SqlRow) -> Branch:
    return Branch(
        id=row.id,
        uuid=row.uuid,
        name=row.name,
        kind=BranchKind(row.kind),
        parent_id=row.parent_id,
        grid=row.grid,
        secretary=row.secretary,
        note=row.note,
        voided=row.voided_at is not None,
        member_count=row.member_count,
        station_code=row.station_code,
    )


def _duplicate_branch(name: str) -> DomainError:
    return DomainError(
        msg("Store", QT_TRANSLATE_NOOP("Store", "A branch named {name} already exists."), name=name)
    )


class SqlBranchRepository:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def _select(self) -> RowSelect:
        b, counts = t.branches, active_counts()
        return select(b, func.coalesce(counts.c.n, 0).label("member_count")).select_from(
            b.outerjoin(counts, counts.c.branch_id == b.c.id)
        )

    def list(self, *, include_voided: bool = False) -> list[Branch]:
        query = self._select().order_by(t.branches.c.id)
        if not include_voided:
            query = query.where(t.branches.c.voided_at.is_(None))
        return [_branch(r) for r in self._ctx.conn.execute(query)]

    def get(self, branch_id: int) -> Branch | None:
        row = self._ctx.conn.execute(self._select().where(t.branches.c.id == branch_id)).first()
        return _branch(row) if row is not None else None

    def find_by_name(self, name: str) -> Branch | None:
        query = self._select().where(
            t.branches.c.name == name, t.branches.c.voided_at.is_(None), self._ctx.own(t.branches)
        )
        row = self._ctx.conn.execute(query).first()
        return _branch(row) if row is not None else None

    @staticmethod
    def _values(draft: BranchDraft) -> ColumnValues:
        return {
            "name": draft.name,
            "kind": draft.kind,
            "parent_id": draft.parent_id,
            "grid": draft.grid,
            "secretary": draft.secretary,
            "note": draft.note,
        }

    def add(self, draft: BranchDraft) -> int:
        values = self._ctx.insert_values(self._values(draft))
        try:
            result = self._ctx.conn.execute(insert(t.branches).values(values))
        except IntegrityError:
            raise _duplicate_branch(draft.name) from None
        return new_id(result)

    def update(self, branch_id: int, draft: BranchDraft) -> None:
        values = self._ctx.update_values(self._values(draft))
        try:
            self._ctx.conn.execute(
                update(t.branches).where(t.branches.c.id == branch_id).values(values)
            )
        except IntegrityError:
            raise _duplicate_branch(draft.name) from None

    def void(self, branch_id: int, reason: str) -> None:
        values = self._ctx.update_values({"voided_at": utc_stamp(), "void_reason": reason})
        self._ctx.conn.execute(
            update(t.branches).where(t.branches.c.id == branch_id).values(values)
        )
