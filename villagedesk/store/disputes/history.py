"""The steps of the disputes' histories (``dispute_events``): core.disputes.ports.DisputeHistory
on the unit of work. A step's details are JSON (see :mod:`villagedesk.core.json_values`)."""

from __future__ import annotations

import builtins
from collections.abc import Collection, Iterable

from sqlalchemy import insert, select

from villagedesk.core.disputes.events import DETAILS_OF, DisputeEvent, DisputeStep
from villagedesk.core.disputes.state import DisputeAction
from villagedesk.core.json_values import dump, load, member, moment_text, read_moment
from villagedesk.store.disputes import tables as td
from villagedesk.store.disputes.people import CHUNK
from villagedesk.store.repositories import WriteContext, new_id
from villagedesk.store.sql_types import SqlRow

e = td.dispute_events


def read_event(row: SqlRow) -> DisputeEvent:
    action = member(DisputeAction, row.action)
    at = read_moment(row.at)
    assert at is not None
    details = load(DETAILS_OF[action], row.details)
    return DisputeEvent(row.id, row.dispute_id, DisputeStep(action, at, row.actor, details))


class SqlDisputeHistory:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def add_step(self, dispute_id: int, step: DisputeStep) -> int:
        row = self._ctx.insert_values(
            {
                "dispute_id": dispute_id,
                "action": step.action.value,
                "at": moment_text(step.at),
                "actor": step.by,
                "details": dump(step.details),
            }
        )
        return new_id(self._ctx.conn.execute(insert(e).values(row)))

    def events(self, dispute_id: int) -> builtins.list[DisputeEvent]:
        query = (
            select(e)
            .where(e.c.dispute_id == dispute_id, e.c.voided_at.is_(None))
            .order_by(e.c.at, e.c.id)
        )
        return [read_event(row) for row in self._ctx.conn.execute(query)]

    def events_of(
        self, dispute_ids: Iterable[int], actions: Collection[DisputeAction] | None = None
    ) -> dict[int, builtins.list[DisputeEvent]]:
        ids = sorted(set(dispute_ids))
        found: dict[int, builtins.list[DisputeEvent]] = {i: [] for i in ids}
        for start in range(0, len(ids), CHUNK):
            query = (
                select(e)
                .where(e.c.dispute_id.in_(ids[start : start + CHUNK]), e.c.voided_at.is_(None))
                .order_by(e.c.at, e.c.id)
            )
            if actions is not None:
                query = query.where(e.c.action.in_(sorted(a.value for a in actions)))
            for row in self._ctx.conn.execute(query):
                found[row.dispute_id].append(read_event(row))
        return found
