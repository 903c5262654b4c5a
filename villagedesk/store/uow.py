"""The unit of work: one transaction and the repositories on it.

A unit of work writes (``BEGIN IMMEDIATE``: the write lock from the start) unless a read service
asks for :meth:`SqlUnitOfWork.for_reading` before entering it: then it is a deferred ``BEGIN`` with
``PRAGMA query_only``, takes no write lock and cannot commit. Leaving the ``with`` block without
:meth:`SqlUnitOfWork.commit` rolls everything back. The factory can hold writes (before the
start-up check passes, or when the database is read-only): then entering a writing unit of work
raises :class:`WritesHeld`, while reads go on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

from sqlalchemy import Connection, Engine

from villagedesk.core.accounts.model import Actor
from villagedesk.core.errors import WritesHeld
from villagedesk.core.text import Message
from villagedesk.store.engine import WRITE_OPTION
from villagedesk.store.members.repository import SqlMemberRepository
from villagedesk.store.repositories import SqlBranchRepository, SqlStationRepository, WriteContext
from villagedesk.store.syncable import ChangeCounter

if TYPE_CHECKING:
    from villagedesk.store.accounts.repository import SqlAccounts
    from villagedesk.store.audit.log import SqlAuditLog
    from villagedesk.store.audit.recorder import AuditRecorder
    from villagedesk.store.calendar.deadlines import SqlDeadlines
    from villagedesk.store.calendar.repository import SqlCalendar
    from villagedesk.store.disputes.repositories import SqlDisputeRepositories
    from villagedesk.store.households.links import (
        SqlHouseholdLinkRepository,
        SqlReliefCategoryRepository,
    )
    from villagedesk.store.households.repository import SqlHouseholdRepository
    from villagedesk.store.households.residents import SqlResidentRepository
    from villagedesk.store.in_service.repositories import SqlInServiceRepositories
    from villagedesk.store.mask_policy import SqlMaskPolicy
    from villagedesk.store.ownership import SqlRecordOwners
    from villagedesk.store.print_settings import SqlPrintSettings
    from villagedesk.store.privacy.repository import SqlPrivacy
    from villagedesk.store.record_numbers import SqlRecordNumbers
    from villagedesk.store.requests.repositories import SqlRequestRepositories
    from villagedesk.store.township.apply import SqlRecordApplier
    from villagedesk.store.township.audit_trail import SqlTownshipAudit
    from villagedesk.store.township.collect import SqlSyncSource
    from villagedesk.store.township.repository import SqlTownshipRepository
    from villagedesk.store.township.village_state import SqlVillageSyncRepository
    from villagedesk.store.village_profile import SqlVillageProfile


class SqlUnitOfWork:
    def __init__(
        self,
        engine: Engine,
        *,
        counter: ChangeCounter,
        station_code_provider: Callable[[], str] | None = None,
        writes: WriteGate | None = None,
        actor: Actor | None = None,
    ) -> None:
        self._engine = engine
        self._ctx = WriteContext(counter, station_code_provider)
        self._writes = writes
        self._reading = False
        self.actor = actor or Actor.auto(device=this_device())
        self.station = SqlStationRepository(self._ctx)
        self.branches = SqlBranchRepository(self._ctx)
        self.members = SqlMemberRepository(self._ctx)

    # The other areas' repositories are made on first use: the member roll, which the program
    # opens on, should not pay at start-up for importing every register's store code.
    @cached_property
    def in_service(self) -> SqlInServiceRepositories:
        from villagedesk.store.in_service.repositories import SqlInServiceRepositories

        return SqlInServiceRepositories(self._ctx)

    @cached_property
    def households(self) -> SqlHouseholdRepository:
        from villagedesk.store.households.repository import SqlHouseholdRepository

        return SqlHouseholdRepository(self._ctx)

    @cached_property
    def residents(self) -> SqlResidentRepository:
        from villagedesk.store.households.residents import SqlResidentRepository

        return SqlResidentRepository(self._ctx)

    @cached_property
    def relief_categories(self) -> SqlReliefCategoryRepository:
        from villagedesk.store.households.links import SqlReliefCategoryRepository

        return SqlReliefCategoryRepository(self._ctx)

    @cached_property
    def household_links(self) -> SqlHouseholdLinkRepository:
        from villagedesk.store.households.links import SqlHouseholdLinkRepository

        return SqlHouseholdLinkRepository(self._ctx)

    @cached_property
    def village_sync(self) -> SqlVillageSyncRepository:
        from villagedesk.store.township.village_state import SqlVillageSyncRepository

        return SqlVillageSyncRepository(self._ctx)

    @cached_property
    def sync_source(self) -> SqlSyncSource:
        from villagedesk.store.township.collect import SqlSyncSource

        return SqlSyncSource(self._ctx)

    @cached_property
    def township(self) -> SqlTownshipRepository:
        from villagedesk.store.township.repository import SqlTownshipRepository

        return SqlTownshipRepository(self._ctx)

    @cached_property
    def sync_apply(self) -> SqlRecordApplier:
        from villagedesk.store.township.apply import SqlRecordApplier

        return SqlRecordApplier(self._ctx, self.audit)

    @cached_property
    def township_audit(self) -> SqlTownshipAudit:
        from villagedesk.store.township.audit_trail import SqlTownshipAudit

        return SqlTownshipAudit(self._ctx)

    @cached_property
    def calendar(self) -> SqlCalendar:
        from villagedesk.store.calendar.repository import SqlCalendar

        return SqlCalendar(self._ctx, on_change=lambda: self.deadlines.forget())

    @cached_property
    def deadlines(self) -> SqlDeadlines:
        from villagedesk.store.calendar.deadlines import SqlDeadlines

        return SqlDeadlines(self.calendar)

    @cached_property
    def requests(self) -> SqlRequestRepositories:
        from villagedesk.store.requests.repositories import SqlRequestRepositories

        return SqlRequestRepositories(self._ctx)

    @cached_property
    def disputes(self) -> SqlDisputeRepositories:
        from villagedesk.store.disputes.repositories import SqlDisputeRepositories

        return SqlDisputeRepositories(self._ctx)

    @cached_property
    def village_profile(self) -> SqlVillageProfile:
        from villagedesk.store.village_profile import SqlVillageProfile

        return SqlVillageProfile(self._ctx)

    @cached_property
    def privacy(self) -> SqlPrivacy:
        from villagedesk.store.privacy.repository import SqlPrivacy

        return SqlPrivacy(self._ctx)

    @cached_property
    def accounts(self) -> SqlAccounts:
        from villagedesk.store.accounts.repository import SqlAccounts

        return SqlAccounts(self._ctx)

    @cached_property
    def audit_log(self) -> SqlAuditLog:
        from villagedesk.store.audit.log import SqlAuditLog

        return SqlAuditLog(self._ctx)

    @cached_property
    def audit(self) -> AuditRecorder:
        """This unit of work's share of the audit log (events, summary; flushed at commit)."""
        from villagedesk.store.audit.recorder import AuditRecorder

        return AuditRecorder(self.actor, lambda: self._ctx.conn)

    @cached_property
    def owners(self) -> SqlRecordOwners:
        from villagedesk.store.ownership import SqlRecordOwners

        return SqlRecordOwners(self._ctx)

    @cached_property
    def record_numbers(self) -> SqlRecordNumbers:
        """A record's full numbers for 显示 (core/unmasking.py)."""
        from villagedesk.store.record_numbers import SqlRecordNumbers

        return SqlRecordNumbers(self._ctx)

    @cached_property
    def mask_policy(self) -> SqlMaskPolicy:
        from villagedesk.store.mask_policy import SqlMaskPolicy

        return SqlMaskPolicy(self._ctx)

    @cached_property
    def print_settings(self) -> SqlPrintSettings:
        from villagedesk.store.print_settings import SqlPrintSettings

        return SqlPrintSettings(self._ctx)

    @property
    def connection(self) -> Connection:
        return self._ctx.conn

    def for_reading(self) -> Self:
        """Make this unit of work's next ``with`` block a read: no write lock, no commit, not
        stopped while writes are held. Leaving the block makes it a writing one again."""
        if self._ctx._conn is not None:
            raise RuntimeError("this unit of work is already in use")
        self._reading = True
        return self

    def __enter__(self) -> Self:
        if self._ctx._conn is not None:
            raise RuntimeError("this unit of work is already in use")
        if not self._reading and self._writes is not None:
            self._writes.check()
        conn = self._engine.connect()
        try:
            if self._reading:
                _query_only(conn, True)
            else:
                self._install_capture(conn)
                conn = conn.execution_options(**{WRITE_OPTION: True})
            conn.begin()
        except BaseException:
            reading, self._reading = self._reading, False
            _close(conn, reading)
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
        reading, self._reading = self._reading, False  # for one ``with`` block only
        if conn is None:
            return
        try:
            if conn.in_transaction():
                conn.rollback()
            self._forget_audit()
        finally:
            _close(conn, reading)

    @staticmethod
    def _install_capture(conn: Connection) -> None:
        from villagedesk.store.audit.recorder import install

        install(conn)

    def _flush_audit(self) -> None:
        from villagedesk.core.accounts.guard import current_service

        self.audit.flush(self._ctx.conn, current_service())

    def commit(self) -> None:
        """Write the audit entries of what this transaction changed, then commit both.

        A 查看 account's transaction that changed a record is refused here (NotPermitted), and
        rolled back when the ``with`` block is left."""
        if self._reading:
            raise RuntimeError("a unit of work for reading cannot commit")
        self._flush_audit()
        self._ctx.conn.commit()

    def rollback(self) -> None:
        self._ctx.conn.rollback()
        self._forget_audit()

    def _forget_audit(self) -> None:
        recorder = self.__dict__.get("audit")
        if recorder is not None:
            recorder.forget()


def _close(conn: Connection, reading: bool) -> None:
    """Close ``conn``; a reading one gives its pooled connection back able to write again."""
    try:
        if reading:
            _query_only(conn, False)
    finally:
        conn.close()


def _query_only(conn: Connection, on: bool) -> None:
    """Set SQLite's ``query_only`` on the driver's connection: outside any transaction (an
    ``exec_driver_sql`` would begin one)."""
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")


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


def this_device() -> str:
    """The computer's name, as the audit log records where an action happened."""
    import platform

    return platform.node()[:64]


def default_actor(engine: Engine) -> Actor:
    """The actor before anyone signs in (see :attr:`SqlUnitOfWorkFactory.actor`)."""
    from villagedesk.core.accounts.model import SIGNED_OUT_NAME, Role
    from villagedesk.store.accounts.repository import AUTO_LOGIN_KEY

    with engine.connect() as conn:
        has_accounts = conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM accounts)").scalar()
        auto = conn.exec_driver_sql(
            "SELECT value FROM meta WHERE key = ?", (AUTO_LOGIN_KEY,)
        ).scalar()
        conn.rollback()
    if not has_accounts or auto == "1":
        return Actor.auto(device=this_device())
    return Actor(name=SIGNED_OUT_NAME, role=Role.VIEWER, device=this_device())


class SqlUnitOfWorkFactory:
    """Callable returning a fresh :class:`SqlUnitOfWork` (core.ports.UnitOfWorkFactory).

    ``actor`` is who acts through the units of work it makes: the signed-in account, or the
    免登录 actor until someone signs in (a station without accounts, a script)."""

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
        self._actor: Actor | None = None

    @property
    def actor(self) -> Actor:
        """Who acts: set by signing in; until then the 免登录 actor where the station has no
        accounts or has 免登录 on, else a signed-out 查看 that can change nothing."""
        if self._actor is None:
            self._actor = default_actor(self.engine)
        return self._actor

    @actor.setter
    def actor(self, actor: Actor) -> None:
        self._actor = actor

    def sign_out(self) -> None:
        """Back to the default actor (read again: 免登录 may have been switched)."""
        self._actor = None

    unit_of_work: type[SqlUnitOfWork] = SqlUnitOfWork

    def __call__(self) -> SqlUnitOfWork:
        """A unit of work; a writing one is refused when entered while writes are held."""
        return self.unit_of_work(
            self.engine,
            counter=self.counters,
            station_code_provider=self.station_code_provider,
            writes=self.writes,
            actor=self.actor,
        )

    def hold(self, reason: Message) -> None:
        self.writes.hold(reason)

    def release(self) -> None:
        self.writes.release()

    @property
    def held(self) -> Message | None:
        return self.writes.reason
