"""``uow.disputes``: the dispute repositories of one unit of work
(core.disputes.ports.DisputeRepositories)."""

from __future__ import annotations

from villagedesk.store.disputes.history import SqlDisputeHistory
from villagedesk.store.disputes.records import SqlDisputeRecords
from villagedesk.store.disputes.settings import SqlDisputeSettings
from villagedesk.store.repositories import WriteContext


class SqlDisputeRepositories:
    def __init__(self, ctx: WriteContext) -> None:
        self.records = SqlDisputeRecords(ctx)
        self.history = SqlDisputeHistory(ctx)
        self.settings = SqlDisputeSettings(ctx)
