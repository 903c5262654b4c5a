"""The station's dispute settings (core.disputes.settings.DisputeSettings) as JSON in the
``meta`` table, like the other settings; a station that never saved them has the defaults."""

from __future__ import annotations

import json

from villagedesk.core.disputes.settings import (
    DisputeSettings,
    settings_from_data,
    settings_to_data,
)
from villagedesk.store.repositories import WriteContext
from villagedesk.store.settings_rows import read_setting, write_setting

SETTINGS_KEY = "disputes.settings"


class SqlDisputeSettings:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def get(self) -> DisputeSettings:
        stored = read_setting(self._ctx.conn, SETTINGS_KEY)
        if not stored:
            return DisputeSettings()
        try:
            return settings_from_data(json.loads(stored))
        except ValueError:  # a damaged setting reads as the defaults; saving writes it anew
            return DisputeSettings()

    def save(self, settings: DisputeSettings) -> None:
        text = json.dumps(settings_to_data(settings), ensure_ascii=False)
        write_setting(self._ctx.conn, SETTINGS_KEY, text)
