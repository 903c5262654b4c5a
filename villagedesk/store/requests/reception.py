"""The station's 民情接待日 schedule (core.requests.reception.ReceptionSchedule) as JSON in the
``meta`` table; a station that never saved one has none."""

from __future__ import annotations

import json

from villagedesk.core.requests.reception import ReceptionSchedule, schedule_from_data
from villagedesk.store.repositories import WriteContext
from villagedesk.store.settings_rows import read_setting, write_setting

RECEPTION_KEY = "requests.reception"


class SqlReceptionSchedule:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def get(self) -> ReceptionSchedule:
        stored = read_setting(self._ctx.conn, RECEPTION_KEY)
        if not stored:
            return ReceptionSchedule()
        try:
            data = json.loads(stored)
            return schedule_from_data(data) if isinstance(data, dict) else ReceptionSchedule()
        except ValueError:  # a damaged setting reads as no schedule; saving writes it anew
            return ReceptionSchedule()

    def save(self, schedule: ReceptionSchedule) -> None:
        write_setting(self._ctx.conn, RECEPTION_KEY, schedule.to_json())
