"""The steps of the requests' histories (``request_events``) and their attachments
(``request_attachments``): core.requests.ports.RequestHistory on the unit of work."""

from __future__ import annotations

import builtins
from collections.abc import Collection, Iterable

from sqlalchemy import Connection, insert, select, update

from villagedesk.core.requests.events import DETAILS_OF, RequestEvent, Step
from villagedesk.core.requests.model import Attachment, AttachmentKind, AttachmentValues
from villagedesk.core.requests.state import Action
from villagedesk.store.repositories import WriteContext, new_id
from villagedesk.store.requests import tables as tr
from villagedesk.store.requests.codec import dump, load, member, moment_text, read_moment
from villagedesk.store.sql_types import SqlRow

e, a = tr.request_events, tr.request_attachments
#: How many ids one ``IN (…)`` carries (well under SQLite's limit of bound values).
CHUNK = 500


def _event(row: SqlRow) -> RequestEvent:
    action = member(Action, row.action)
    at = read_moment(row.at)
    assert at is not None
    details = load(DETAILS_OF[action], row.details)
    return RequestEvent(row.id, row.request_id, Step(action, at, row.actor, details))


def _attachment(row: SqlRow) -> Attachment:
    values = AttachmentValues(row.path, member(AttachmentKind, row.kind), row.size, row.name)
    return Attachment(row.id, row.request_id, values, row.event_id)


def attachments_of(conn: Connection, request_ids: Iterable[int]) -> dict[int, list[Attachment]]:
    """The live attachments of each of ``request_ids``, in the order they were added."""
    ids = sorted(set(request_ids))
    found: dict[int, list[Attachment]] = {}
    for start in range(0, len(ids), CHUNK):
        query = (
            select(a)
            .where(a.c.request_id.in_(ids[start : start + CHUNK]), a.c.voided_at.is_(None))
            .order_by(a.c.id)
        )
        for row in conn.execute(query):
            found.setdefault(row.request_id, []).append(_attachment(row))
    return found


class SqlRequestHistory:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def add_step(self, request_id: int, step: Step) -> int:
        row = self._ctx.insert_values(
            {
                "request_id": request_id,
                "action": step.action.value,
                "at": moment_text(step.at),
                "actor": step.by,
                "details": dump(step.details),
            }
        )
        return new_id(self._ctx.conn.execute(insert(e).values(row)))

    def events(self, request_id: int) -> builtins.list[RequestEvent]:
        query = (
            select(e)
            .where(e.c.request_id == request_id, e.c.voided_at.is_(None))
            .order_by(e.c.at, e.c.id)
        )
        return [_event(row) for row in self._ctx.conn.execute(query)]

    def events_of(
        self, request_ids: Iterable[int], actions: Collection[Action] | None = None
    ) -> dict[int, builtins.list[RequestEvent]]:
        ids = sorted(set(request_ids))
        found: dict[int, builtins.list[RequestEvent]] = {i: [] for i in ids}
        for start in range(0, len(ids), CHUNK):
            query = (
                select(e)
                .where(e.c.request_id.in_(ids[start : start + CHUNK]), e.c.voided_at.is_(None))
                .order_by(e.c.at, e.c.id)
            )
            if actions is not None:
                query = query.where(e.c.action.in_(sorted(a.value for a in actions)))
            for row in self._ctx.conn.execute(query):
                found[row.request_id].append(_event(row))
        return found

    def add_attachment(
        self, request_id: int, values: AttachmentValues, *, event_id: int | None = None
    ) -> int:
        row = self._ctx.insert_values(
            {
                "request_id": request_id,
                "event_id": event_id,
                "path": values.path,
                "kind": values.kind.value,
                "size": values.size,
                "name": values.name,
            }
        )
        return new_id(self._ctx.conn.execute(insert(a).values(row)))

    def move_attachments(self, from_request_id: int, to_request_id: int) -> None:
        conn = self._ctx.conn
        moved = conn.execute(select(a.c.id).where(a.c.request_id == from_request_id)).scalars()
        for attachment_id in list(moved):  # each row gets a version of its own, for the sync
            row = self._ctx.update_values({"request_id": to_request_id})
            conn.execute(update(a).where(a.c.id == attachment_id).values(row))
