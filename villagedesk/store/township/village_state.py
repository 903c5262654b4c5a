"""The village's sync bookkeeping: its township, its package log and its to-do list.

Implements core.township.ports.VillageSyncRepository over one unit of work's connection. The
township's enrolment is the ``sync_peer`` row with role "township"; its ``last_seq`` and
``last_counter`` are what the township last confirmed by a receipt.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Connection, and_, delete, func, insert, select, update

from villagedesk.core.township.ports import (
    Enrolment,
    PackageEntry,
    PackageStatus,
    Peer,
    ReturnedRecord,
    TodoItem,
)
from villagedesk.store.repositories import WriteContext
from villagedesk.store.sql_types import SqlRow
from villagedesk.store.syncable import LINE_BASE_KEY, LINE_KEY
from villagedesk.store.tables import meta
from villagedesk.store.township.tables import sync_package_log, sync_peer, sync_return

TOWNSHIP = "township"


def peer_from_row(row: SqlRow) -> Peer:
    """A sync_peer row: the township at a village, or an accepted village at a township."""
    return Peer(
        code=row.code,
        name=row.name,
        fingerprint=row.fingerprint,
        sign_public=row.sign_public,
        box_public=row.box_public,
        accepted_at=row.accepted_at,
        last_seq=row.last_seq,
        last_counter=row.last_counter,
        last_package_at=row.last_package_at,
        installation=row.installation,
        epoch=row.epoch,
        line=row.line,
    )


def _package(row: SqlRow) -> PackageEntry:
    return PackageEntry(
        seq=row.seq,
        counter_from=row.counter_from,
        counter_to=row.counter_to,
        hash=row.hash,
        file_name=row.file_name,
        created_at=row.created_at,
        status=PackageStatus(row.status),
        record_count=row.record_count,
        confirmed_at=row.confirmed_at,
        audit_seq=row.audit_seq,
    )


def read_township(conn: Connection) -> Peer | None:
    """The enrolled township on any connection (the GUI reads it without a write lock)."""
    row = conn.execute(select(sync_peer).where(sync_peer.c.role == TOWNSHIP)).first()
    return peer_from_row(row) if row is not None else None


class SqlVillageSyncRepository:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    @property
    def _conn(self) -> Connection:
        return self._ctx.conn

    def _own(self) -> ColumnElement[bool]:
        return sync_package_log.c.station_code == self._ctx.station_code()

    def township(self) -> Peer | None:
        return read_township(self._conn)

    def enrol(self, enrolment: Enrolment, *, at: str, keep_confirmed: bool) -> None:
        keys = {
            "name": enrolment.name,
            "fingerprint": enrolment.fingerprint,
            "sign_public": enrolment.sign_public,
            "box_public": enrolment.box_public,
            "accepted_at": at,
        }
        current = self.township()
        if keep_confirmed and current is not None and current.code == enrolment.code:
            # The same township with a rotated key: what it confirmed stays confirmed.
            self._conn.execute(update(sync_peer).where(sync_peer.c.role == TOWNSHIP).values(keys))
            return
        # A new township knows nothing of this station: the next package carries everything.
        self._conn.execute(delete(sync_peer).where(sync_peer.c.role == TOWNSHIP))
        self._conn.execute(insert(sync_peer).values(role=TOWNSHIP, code=enrolment.code, **keys))

    def line(self) -> int:
        return read_line(self._conn)

    def line_base(self) -> int:
        value = self._conn.execute(select(meta.c.value).where(meta.c.key == LINE_BASE_KEY)).scalar()
        return int(value) if value is not None else 0

    def packages(self) -> list[PackageEntry]:
        rows = self._conn.execute(
            select(sync_package_log).where(self._own()).order_by(sync_package_log.c.seq.desc())
        )
        return [_package(r) for r in rows]

    def next_seq(self) -> int:
        last = self._conn.execute(select(func.max(sync_package_log.c.seq)).where(self._own()))
        return int(last.scalar() or 0) + 1

    def add_package(self, entry: PackageEntry) -> None:
        self._conn.execute(
            insert(sync_package_log).values(
                station_code=self._ctx.station_code(),
                seq=entry.seq,
                counter_from=entry.counter_from,
                counter_to=entry.counter_to,
                hash=entry.hash,
                file_name=entry.file_name,
                created_at=entry.created_at,
                confirmed_at=entry.confirmed_at,
                status=entry.status.value,
                record_count=entry.record_count,
                audit_seq=entry.audit_seq,
            )
        )

    def confirm(
        self,
        *,
        counter: int,
        hashes: Sequence[str],
        at: str,
        held: Sequence[str] = (),
        forks: Sequence[str] = (),
        audit_held: Sequence[str] = (),
    ) -> list[int]:
        log = sync_package_log
        open_states = [
            PackageStatus.EXPORTED.value,
            PackageStatus.HELD.value,
            PackageStatus.FORK.value,
            PackageStatus.AUDIT_HELD.value,
        ]
        pending = and_(self._own(), log.c.status.in_(open_states), log.c.hash.in_(list(hashes)))
        newly = [int(s) for s in self._conn.execute(select(log.c.seq).where(pending)).scalars()]
        if newly:
            self._conn.execute(
                update(log)
                .where(pending)
                .values(status=PackageStatus.CONFIRMED.value, confirmed_at=at)
            )
        marks = (
            (PackageStatus.HELD, held),
            (PackageStatus.FORK, forks),
            (PackageStatus.AUDIT_HELD, audit_held),  # after the forks: they are among them
        )
        for status, which in marks:
            if which:
                self._conn.execute(
                    update(log)
                    .where(self._own(), log.c.status.in_(open_states), log.c.hash.in_(list(which)))
                    .values(status=status.value)
                )
        peer = self.township()
        if peer is not None:
            last = self._conn.execute(
                select(func.max(log.c.seq)).where(
                    self._own(), log.c.status == PackageStatus.CONFIRMED.value
                )
            ).scalar()
            self._conn.execute(
                update(sync_peer)
                .where(sync_peer.c.role == TOWNSHIP)
                .values(
                    last_counter=max(peer.last_counter, counter),
                    last_seq=max(peer.last_seq, int(last or 0)),
                    last_package_at=at,
                )
            )
        return sorted(newly)

    def add_todos(self, items: Sequence[ReturnedRecord], *, village: str, at: str) -> int:
        added = 0
        for item in items:
            known = self._conn.execute(
                select(sync_return.c.id).where(
                    sync_return.c.record_uuid == item.record_uuid,
                    sync_return.c.created_at == item.created_at,
                )
            ).first()
            if known is not None:
                continue
            self._conn.execute(
                insert(sync_return).values(
                    record_uuid=item.record_uuid,
                    record_type=item.record_type,
                    station_code=village,
                    comment=item.comment,
                    created_at=item.created_at,
                    received_at=at,
                    summary=item.summary,
                )
            )
            added += 1
        return added

    def todos(self, *, include_done: bool = False) -> list[TodoItem]:
        return read_todos(self._conn, include_done=include_done)

    def mark_done(self, todo_id: int, *, at: str) -> bool:
        done = self._conn.execute(
            update(sync_return)
            .where(sync_return.c.id == todo_id, sync_return.c.done_at.is_(None))
            .values(done_at=at)
        )
        return bool(done.rowcount)


def read_line(conn: Connection) -> int:
    """How many times this database was restored from a backup (kept in ``meta``)."""
    value = conn.execute(select(meta.c.value).where(meta.c.key == LINE_KEY)).scalar()
    return int(value) if value is not None else 0


def read_todos(conn: Connection, *, include_done: bool = False) -> list[TodoItem]:
    """The to-do list of returned records (received by receipt), oldest first."""
    query = select(sync_return).where(sync_return.c.received_at.is_not(None))
    if not include_done:
        query = query.where(sync_return.c.done_at.is_(None))
    rows = conn.execute(query.order_by(sync_return.c.id))
    return [
        TodoItem(
            id=r.id,
            record_uuid=r.record_uuid,
            record_type=r.record_type,
            comment=r.comment,
            created_at=r.created_at,
            received_at=r.received_at,
            done_at=r.done_at,
            summary=r.summary,
        )
        for r in rows
    ]
