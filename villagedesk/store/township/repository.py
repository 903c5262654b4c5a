"""The township's sync bookkeeping: accepted villages, the package log and returned records.

Rows of ``sync_peer`` with role ``village``, ``sync_package_log`` and ``sync_return`` (declared in
``tables_sync``), read and written as the plain values of ``core.township.model``.
"""

from __future__ import annotations

import json

from sqlalchemy import func, insert, select, update

from villagedesk.core.township.model import PackageLogEntry, TownshipReturn, VillagePeer
from villagedesk.core.township.ports import PackageStatus
from villagedesk.core.township.trust import known_hashes
from villagedesk.store import tables as t
from villagedesk.store.all_tables import AREA_TABLES  # noqa: F401  (SYNCABLE complete)
from villagedesk.store.repositories import WriteContext
from villagedesk.store.sql_types import SqlRow
from villagedesk.store.syncable import SYNCABLE
from villagedesk.store.township.replies import SqlTownshipReplies
from villagedesk.store.township.tables import sync_package_log, sync_peer, sync_return
from villagedesk.store.township.takeovers import SqlTownshipTakeovers
from villagedesk.store.township.village_state import peer_from_row

ROLE = "village"
_LABEL_COLUMNS = ("name", "title", "change", "comment")


def _links(text: str) -> tuple[tuple[int, str], ...]:
    if not text:
        return ()
    return tuple((int(seq), str(h)) for seq, h in json.loads(text))


def _entry(row: SqlRow) -> PackageLogEntry:
    return PackageLogEntry(
        village=row.station_code,
        seq=row.seq,
        counter_from=row.counter_from,
        counter_to=row.counter_to,
        package_hash=row.hash,
        file_name=row.file_name,
        created_at=row.created_at,
        imported_at=row.imported_at or "",
        status=PackageStatus(row.status),
        record_count=row.record_count,
        note=row.note,
        installation=row.installation,
        line=row.line,
        previous_hash=row.previous_hash,
        links=_links(row.links),
    )


def _return(row: SqlRow) -> TownshipReturn:
    return TownshipReturn(
        record_uuid=row.record_uuid,
        record_type=row.record_type,
        village=row.station_code,
        comment=row.comment,
        created_at=row.created_at,
        summary=row.summary,
        sent_in_receipt=row.sent_in_receipt,
    )


class SqlTownshipRepository(SqlTownshipReplies, SqlTownshipTakeovers):
    """core.township.model.TownshipRepository on a unit of work's connection."""

    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def peers(self) -> list[VillagePeer]:
        query = select(sync_peer).where(sync_peer.c.role == ROLE).order_by(sync_peer.c.code)
        return [peer_from_row(r) for r in self._ctx.conn.execute(query)]

    def peer(self, code: str) -> VillagePeer | None:
        query = select(sync_peer).where(sync_peer.c.role == ROLE, sync_peer.c.code == code)
        row = self._ctx.conn.execute(query).first()
        return peer_from_row(row) if row is not None else None

    def known_hashes(
        self, village: str, *, installation: str, line: int, learned: bool
    ) -> dict[int, str]:
        log = sync_package_log
        columns = [log.c.seq, log.c.hash, log.c.previous_hash]
        if learned:
            columns.append(log.c.links)
        query = select(*columns).where(
            log.c.station_code == village,
            log.c.installation == installation,
            log.c.line == line,
            log.c.status == PackageStatus.IMPORTED.value,
        )
        rows = self._ctx.conn.execute(query).all()
        return known_hashes((r[0], r[1], r[2], _links(r[3]) if learned else ()) for r in rows)

    def adopt_installation(self, village: str, installation: str) -> None:
        self._ctx.conn.execute(
            update(sync_package_log)
            .where(
                sync_package_log.c.station_code == village,
                sync_package_log.c.installation == "",
            )
            .values(installation=installation)
        )

    def code_of_key(self, fingerprint: str) -> str | None:
        query = select(sync_peer.c.code).where(
            sync_peer.c.role == ROLE, sync_peer.c.fingerprint == fingerprint
        )
        return self._ctx.conn.execute(query).scalar()

    def save_peer(self, peer: VillagePeer) -> None:
        values = {
            "role": ROLE,
            "code": peer.code,
            "name": peer.name,
            "fingerprint": peer.fingerprint,
            "sign_public": peer.sign_public,
            "box_public": peer.box_public,
            "accepted_at": peer.accepted_at,
            "last_seq": peer.last_seq,
            "last_counter": peer.last_counter,
            "last_package_at": peer.last_package_at,
            "installation": peer.installation,
            "epoch": peer.epoch,
            "line": peer.line,
        }
        conn = self._ctx.conn
        done = conn.execute(
            update(sync_peer)
            .where(sync_peer.c.role == ROLE, sync_peer.c.code == peer.code)
            .values(values)
        )
        if done.rowcount == 0:
            conn.execute(insert(sync_peer).values(values))

    def log(self, village: str | None = None) -> list[PackageLogEntry]:
        query = select(sync_package_log).order_by(
            sync_package_log.c.station_code, sync_package_log.c.seq, sync_package_log.c.id
        )
        if village is not None:
            query = query.where(sync_package_log.c.station_code == village)
        return [_entry(r) for r in self._ctx.conn.execute(query)]

    def find_logged(self, village: str, package_hash: str) -> PackageLogEntry | None:
        query = (
            select(sync_package_log)
            .where(
                sync_package_log.c.station_code == village,
                sync_package_log.c.hash == package_hash,
            )
            .order_by(
                (sync_package_log.c.status == PackageStatus.IMPORTED.value).desc(),
                sync_package_log.c.id,
            )
            .limit(1)
        )
        row = self._ctx.conn.execute(query).first()
        return _entry(row) if row is not None else None

    def add_log(self, entry: PackageLogEntry) -> None:
        self._ctx.conn.execute(
            insert(sync_package_log).values(
                station_code=entry.village,
                seq=entry.seq,
                counter_from=entry.counter_from,
                counter_to=entry.counter_to,
                hash=entry.package_hash,
                file_name=entry.file_name,
                created_at=entry.created_at,
                imported_at=entry.imported_at,
                status=entry.status.value,
                note=entry.note,
                record_count=entry.record_count,
                installation=entry.installation,
                line=entry.line,
                previous_hash=entry.previous_hash,
                links=json.dumps([list(link) for link in entry.links]) if entry.links else "",
            )
        )

    def add_return(self, returned: TownshipReturn) -> None:
        self._ctx.conn.execute(
            insert(sync_return).values(
                record_uuid=returned.record_uuid,
                record_type=returned.record_type,
                station_code=returned.village,
                comment=returned.comment,
                created_at=returned.created_at,
                summary=returned.summary,
            )
        )

    def returns(self, village: str | None = None) -> list[TownshipReturn]:
        query = select(sync_return).order_by(sync_return.c.id)
        if village is not None:
            query = query.where(sync_return.c.station_code == village)
        return [_return(r) for r in self._ctx.conn.execute(query)]

    def mark_returns_sent(self, village: str, *, at: str) -> None:
        self._ctx.conn.execute(
            update(sync_return)
            .where(sync_return.c.station_code == village, sync_return.c.sent_in_receipt.is_(None))
            .values(sent_in_receipt=at)
        )

    def find_record(self, record_uuid: str) -> tuple[str, str, str] | None:
        conn = self._ctx.conn
        for name, table in SYNCABLE.items():
            label = next((table.c[k] for k in _LABEL_COLUMNS if k in table.c), table.c.uuid)
            row = conn.execute(
                select(table.c.station_code, label).where(table.c.uuid == record_uuid)
            ).first()
            if row is not None:
                return name, row[0], str(row[1] or "")
        return None

    def duplicate_id_numbers(self) -> list[tuple[str, list[tuple[str, str]]]]:
        m = t.members
        live = m.c.voided_at.is_(None)
        dupes = (
            select(m.c.id_number)
            .where(live)
            .group_by(m.c.id_number)
            .having(func.count(func.distinct(m.c.station_code)) > 1)
        )
        query = (
            select(m.c.id_number, m.c.station_code, m.c.name)
            .where(live, m.c.id_number.in_(dupes))
            .order_by(m.c.id_number, m.c.station_code)
        )
        found: dict[str, list[tuple[str, str]]] = {}
        for number, code, name in self._ctx.conn.execute(query):
            found.setdefault(number, []).append((code, name))
        return list(found.items())
