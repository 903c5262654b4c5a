"""The township's take-overs (包案) of its villages' disputes (table ``sync_dispute_takeover``),
as the plain values of ``core.township.dispute_takeovers``; part of ``uow.township``."""

from __future__ import annotations

from sqlalchemy import select, update

from villagedesk.core.township.dispute_takeovers import TownshipTakeover
from villagedesk.store.repositories import WriteContext
from villagedesk.store.sql_types import SqlRow
from villagedesk.store.township.tables import sync_dispute_takeover

t = sync_dispute_takeover


def _takeover(row: SqlRow) -> TownshipTakeover:
    return TownshipTakeover(
        village=row.station_code,
        number=row.dispute_number,
        owner_name=row.owner_name,
        taken_at=row.taken_at,
        created_at=row.created_at,
        sent_in_receipt=row.sent_in_receipt,
    )


class SqlTownshipTakeovers:
    """The take-over half of :class:`~villagedesk.store.township.repository.SqlTownshipRepository`."""

    _ctx: WriteContext

    def save_takeover(self, takeover: TownshipTakeover) -> None:
        values = {
            "owner_name": takeover.owner_name,
            "taken_at": takeover.taken_at,
            "created_at": takeover.created_at,
            "sent_in_receipt": None,
        }
        conn = self._ctx.conn
        done = conn.execute(
            update(t)
            .where(t.c.station_code == takeover.village, t.c.dispute_number == takeover.number)
            .values(values)
        )
        if done.rowcount == 0:
            conn.execute(
                t.insert().values(
                    station_code=takeover.village, dispute_number=takeover.number, **values
                )
            )

    def takeovers(self, village: str | None = None) -> list[TownshipTakeover]:
        query = select(t).order_by(t.c.station_code, t.c.id)
        if village is not None:
            query = query.where(t.c.station_code == village)
        return [_takeover(row) for row in self._ctx.conn.execute(query)]

    def mark_takeovers_sent(self, village: str, *, at: str) -> None:
        self._ctx.conn.execute(
            update(t)
            .where(t.c.station_code == village, t.c.sent_in_receipt.is_(None))
            .values(sent_in_receipt=at)
        )
