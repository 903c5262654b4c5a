"""The township's replies to its villages' 上报 requests (table ``sync_request_reply``), as the
plain values of ``core.township.model``; part of ``uow.township``."""

from __future__ import annotations

from sqlalchemy import select, update

from villagedesk.core.township.model import TownshipReply
from villagedesk.store.repositories import WriteContext
from villagedesk.store.sql_types import SqlRow
from villagedesk.store.township.tables import sync_request_reply

r = sync_request_reply


def _reply(row: SqlRow) -> TownshipReply:
    return TownshipReply(
        village=row.station_code,
        number=row.request_number,
        escalated_at=row.escalated_at,
        text=row.text,
        department=row.department,
        by=row.replied_by,
        replied_at=row.replied_at,
        created_at=row.created_at,
        sent_in_receipt=row.sent_in_receipt,
    )


class SqlTownshipReplies:
    """The reply half of :class:`~villagedesk.store.township.repository.SqlTownshipRepository`."""

    _ctx: WriteContext

    def save_reply(self, reply: TownshipReply) -> None:
        values = {
            "text": reply.text,
            "department": reply.department,
            "replied_by": reply.by,
            "replied_at": reply.replied_at,
            "created_at": reply.created_at,
            "sent_in_receipt": None,
        }
        conn = self._ctx.conn
        done = conn.execute(
            update(r)
            .where(
                r.c.station_code == reply.village,
                r.c.request_number == reply.number,
                r.c.escalated_at == reply.escalated_at,
            )
            .values(values)
        )
        if done.rowcount == 0:
            conn.execute(
                r.insert().values(
                    station_code=reply.village,
                    request_number=reply.number,
                    escalated_at=reply.escalated_at,
                    **values,
                )
            )

    def replies(self, village: str | None = None) -> list[TownshipReply]:
        query = select(r).order_by(r.c.station_code, r.c.id)
        if village is not None:
            query = query.where(r.c.station_code == village)
        return [_reply(row) for row in self._ctx.conn.execute(query)]

    def mark_replies_sent(self, village: str, *, at: str) -> None:
        self._ctx.conn.execute(
            update(r)
            .where(r.c.station_code == village, r.c.sent_in_receipt.is_(None))
            .values(sent_in_receipt=at)
        )
