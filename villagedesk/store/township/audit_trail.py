"""The villages' audit logs at the township: core.township.audit_trail.TownshipAuditRepository
over one unit of work's connection (tables in :mod:`villagedesk.store.township.audit_tables`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import ColumnElement, delete, insert, select

from villagedesk.core.audit.chain import ChainHead
from villagedesk.core.audit.entry import AuditEntry
from villagedesk.core.township.audit_trail import StoredChange, VillageAuditHead
from villagedesk.core.township.audit_validators import ChangeRow
from villagedesk.store.audit.recorder import entry_row
from villagedesk.store.repositories import WriteContext
from villagedesk.store.township.audit_tables import (
    sync_audit_changes,
    sync_audit_entries,
    sync_audit_head,
)


def _entry_row(village: str, epoch: int, entry: AuditEntry, package_hash: str) -> dict[str, object]:
    """The village's entry as the village stores it, with the village, epoch and package."""
    return {
        **entry_row(entry),
        "station_code": village,
        "epoch": epoch,
        "package_hash": package_hash,
    }


class SqlTownshipAudit:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def head(self, village: str) -> VillageAuditHead | None:
        h = sync_audit_head
        row = self._ctx.conn.execute(select(h).where(h.c.station_code == village)).first()
        if row is None:
            return None
        return VillageAuditHead(
            village, int(row.epoch), ChainHead(int(row.seq), str(row.hash)), str(row.checked_at)
        )

    def store(
        self,
        village: str,
        *,
        epoch: int,
        entries: Sequence[AuditEntry],
        lines: Mapping[int, Sequence[ChangeRow]],
        head: ChainHead,
        package_hash: str,
        at: str,
    ) -> None:
        conn = self._ctx.conn
        if entries:
            # a rewrite the user accepted replaces the entries from its first number on
            e, c = sync_audit_entries, sync_audit_changes
            first = entries[0].seq
            for table in (e, c):
                conn.execute(
                    delete(table).where(
                        table.c.station_code == village,
                        table.c.epoch == epoch,
                        table.c.seq >= first,
                    )
                )
            conn.execute(insert(e), [_entry_row(village, epoch, x, package_hash) for x in entries])
            rows = [
                {
                    "station_code": village,
                    "epoch": epoch,
                    "seq": seq,
                    "position": i,
                    "record_type": change.record_type,
                    "record_uuid": change.record_uuid,
                    "change": change.line,
                }
                for seq, found in lines.items()
                for i, change in enumerate(found)
            ]
            if rows:
                conn.execute(insert(c), rows)
        h = sync_audit_head
        conn.execute(delete(h).where(h.c.station_code == village))
        conn.execute(
            insert(h).values(
                station_code=village, epoch=epoch, seq=head.seq, hash=head.hash, checked_at=at
            )
        )

    def changes(
        self, *, village: str | None, record_types: Sequence[str], limit: int
    ) -> list[StoredChange]:
        e, c = sync_audit_entries, sync_audit_changes
        joined = c.join(
            e,
            (e.c.station_code == c.c.station_code)
            & (e.c.epoch == c.c.epoch)
            & (e.c.seq == c.c.seq),
        )
        conditions: list[ColumnElement[bool]] = [c.c.record_type.in_(list(record_types))]
        if village:
            conditions.append(c.c.station_code == village)
        chosen = (
            select(c.c.station_code, c.c.seq, e.c.at, e.c.actor, e.c.role, c.c.change)
            .select_from(joined)
            .where(*conditions)
            .order_by(e.c.at.desc(), c.c.seq.desc(), c.c.position)
            .limit(max(limit, 0))
        )
        return [
            StoredChange(str(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]))
            for r in self._ctx.conn.execute(chosen)
        ]
