"""``uow.requests``: the request repositories of one unit of work
(core.requests.ports.RequestRepositories)."""

from __future__ import annotations

from villagedesk.store.repositories import WriteContext
from villagedesk.store.requests.history import SqlRequestHistory
from villagedesk.store.requests.lists import SqlRequestLists
from villagedesk.store.requests.reception import SqlReceptionSchedule
from villagedesk.store.requests.records import SqlRequestRecords


class SqlRequestRepositories:
    def __init__(self, ctx: WriteContext) -> None:
        self.records = SqlRequestRecords(ctx)
        self.history = SqlRequestHistory(ctx)
        self.lists = SqlRequestLists(ctx)
        self.reception = SqlReceptionSchedule(ctx)
