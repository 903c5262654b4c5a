"""``uow.disputes``: the dispute repositories of one unit of work
(core.disputes.ports.DisputeRepositories).

Only the records are made at once (the start page counts with them before its first paint);
the history and the settings are made on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from villagedesk.store.disputes.records import SqlDisputeRecords
from villagedesk.store.repositories import WriteContext

if TYPE_CHECKING:
    from villagedesk.store.disputes.history import SqlDisputeHistory
    from villagedesk.store.disputes.settings import SqlDisputeSettings


class SqlDisputeRepositories:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx
        self.records = SqlDisputeRecords(ctx)

    @cached_property
    def history(self) -> SqlDisputeHistory:
        from villagedesk.store.disputes.history import SqlDisputeHistory

        return SqlDisputeHistory(self._ctx)

    @cached_property
    def settings(self) -> SqlDisputeSettings:
        from villagedesk.store.disputes.settings import SqlDisputeSettings

        return SqlDisputeSettings(self._ctx)
