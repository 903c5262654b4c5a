"""``uow.requests``: the request repositories of one unit of work
(core.requests.ports.RequestRepositories).

Only the records and the reception schedule are made at once: the start page counts with them
before its first paint, and should not pay for importing the history's and the lists' code."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from villagedesk.store.repositories import WriteContext
from villagedesk.store.requests.reception import SqlReceptionSchedule
from villagedesk.store.requests.records import SqlRequestRecords

if TYPE_CHECKING:
    from villagedesk.store.requests.history import SqlRequestHistory
    from villagedesk.store.requests.lists import SqlRequestLists


class SqlRequestRepositories:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx
        self.records = SqlRequestRecords(ctx)
        self.reception = SqlReceptionSchedule(ctx)

    @cached_property
    def history(self) -> SqlRequestHistory:
        from villagedesk.store.requests.history import SqlRequestHistory

        return SqlRequestHistory(self._ctx)

    @cached_property
    def lists(self) -> SqlRequestLists:
        from villagedesk.store.requests.lists import SqlRequestLists

        return SqlRequestLists(self._ctx)
