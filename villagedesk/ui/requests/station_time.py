"""The requests' clock on the context's day: the services judge times ("not later than now",
due today, overdue) against it, and the forms fill their time fields with it, so a station whose
day is set (tests, the screen probe) reads the same day everywhere."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from villagedesk.core.clock import SYSTEM_CLOCK
from villagedesk.core.requests.timing import STATION_TZ, local_now

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

MOMENT_FORMAT = "%Y-%m-%d %H:%M"


class ContextClock:
    """Now at the station: the context's day, the computer's time of day (station time)."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx

    def now(self) -> datetime:
        return datetime.combine(self._ctx.today(), local_now(SYSTEM_CLOCK).time(), STATION_TZ)

    def local(self) -> datetime:
        """Now as the naive station time the requests are written in."""
        return local_now(self)

    def text(self) -> str:
        """Now as a time field shows it (``2026-05-20 09:30``)."""
        return self.local().strftime(MOMENT_FORMAT)
