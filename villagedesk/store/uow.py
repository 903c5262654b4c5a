"""The unit of work: one write transaction (``BEGIN IMMEDIATE``) and the repositories on it.

Leaving the ``with`` block without :meth:`SqlUnitOfWork.commit` rolls everything back. The
factory can hold writes (before the start-up check passes, or when the database is read-only):
then asking it for a unit of work raises :class:`WritesHeld`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy import Connection, Engine

from villagedesk.core.errors import WritesHeld
from villagedesk.core.text import Message
from villagedesk.store.engine import WRITE_OPTION
from villagedesk.store.household_links import (
    SqlHouseholdLinkRepository,
    SqlReliefCategoryRepository,
)
from villagedesk.store.household_repository import SqlHouseholdRepository, SqlResidentRepository
from villagedesk.store.in_service_posts import SqlInServiceRepositories
from villagedesk.store.member_repository import SqlMemberRepository
from villagedesk.store.ownership import SqlRecordOwners
from villagedesk.store.repositories import SqlBranchRepository, SqlStationRepository, WriteContext
from villagedesk.store.sync_apply import SqlRecordApplier
from villagedesk.store.sync_collect import SqlSyncSource
from villagedesk.store.sync_state import SqlVillageSyncRepository
from villagedesk.store.sync_township import SqlTownshipRepository
from villagedesk.store.syncable import ChangeCounter


class SqlUnitOfWork:
    def __init__(
        self,
        engine: Engine,
        *,
        counter: ChangeCounter,
        station_code_provider: Callable[[], str] | None = None,
    ) -> None:
        self._engine = engine
        self._ctx = WriteContext(counter, station_code_provider)
        self.station = SqlStationRepository(self._ctx)
        self.branches = SqlBranchRepository(self._ctx)
        self.members = SqlMemberRepository(self._ctx)
        self.in_service = SqlInServiceRepositories(self._ctx)
        self.households = SqlHouseholdRepository(self._ctx)
        self.residents = SqlResidentRepository(self._ctx)
        self.relief_categories = SqlReliefCategoryRepository(self._ctx)
        self.household_links = SqlHouseholdLinkRepository(self._ctx)
        self.village_sync = SqlVillageSyncRepository(self._ctx)
        self.sync_source = SqlSyncSource(self._ctx)
        self.township = SqlTownshipRepository(self._ctx)
        self.sync_apply = SqlRecordApplier(self._ctx)
        self.owners = SqlRecordOwners(self._ctx)

    @property
    def connection(self) -> Connection:
        return self._ctx.conn

    def __enter__(self) -> Self:
        if self._ctx._conn is not None:
            raise RuntimeError("this unit of work is already in use")
        conn = self._engine.connect().execution_options(**{WRITE_OPTION: True})
        try:
            conn.begin()
        except BaseException:
            conn.close()
            raise
        self._ctx._conn = conn
        self._ctx.forget_station_code()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        conn, self._ctx._conn = self._ctx._conn, None
        if conn is None:
            return
        try:
            if conn.in_transaction():
                conn.rollback()
        finally:
            conn.close()

    def commit(self) -> None:
        self._ctx.conn.commit()

    def rollback(self) -> None:
        self._ctx.conn.rollback()


class WriteGate:
    """Holds writes with a reason the user is shown; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._reason: Message | None = None

    def hold(self, reason: Message) -> None:
        with self._lock:
            self._reason = reason

    def release(self) -> None:
        with self._lock:
            self._reason = None

    @property
    def reason(self) -> Message | None:
        return self._reason

    def check(self) -> None:
        reason = self._reason
        if reason is not None:
            raise WritesHeld(reason)


class SqlUnitOfWorkFactory:
    """Callable returning a fresh :class:`SqlUnitOfWork` (core.ports.UnitOfWorkFactory)."""

    def __init__(
        self,
        engine: Engine,
        station_code_provider: Callable[[], str] | None,
        counters: ChangeCounter,
        writes: WriteGate | None = None,
    ) -> None:
        self.engine = engine
        self.station_code_provider = station_code_provider
        self.counters = counters
        self.writes = writes or WriteGate()

    def __call__(self) -> SqlUnitOfWork:
        self.writes.check()
        return SqlUnitOfWork(
            self.engine, counter=self.counters, station_code_provider=self.station_code_provider
        )

    def hold(self, reason: Message) -> None:
        self.writes.hold(reason)

    def release(self) -> None:
        self.writes.release()

    @property
    def held(self) -> Message | None:
        return self.writes.reason
