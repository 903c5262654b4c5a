"""The station's time for requests, and the response limit the 按时响应率 counts against.

Request times are China Standard Time (UTC+8, no daylight saving since 1991) as naive
datetimes to the minute; :func:`local_now` reads the one clock in that time.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from villagedesk.core.clock import Clock
from villagedesk.core.requests.model import RequestValues, Urgency

STATION_TZ = timezone(timedelta(hours=8), "CST")

#: 签收 within this many hours of receipt counts as a response in time (按时响应).
RESPONSE_HOURS: dict[Urgency, int] = {
    Urgency.URGENT: 2,
    Urgency.NORMAL: 24,
    Urgency.COMPLEX: 24,
}


def to_minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def local_now(clock: Clock) -> datetime:
    """Now, as station time to the minute."""
    return to_minute(clock.now().astimezone(STATION_TZ).replace(tzinfo=None))


def response_due(values: RequestValues) -> datetime:
    """The latest 签收 that still counts as a response in time."""
    return values.received_at + timedelta(hours=RESPONSE_HOURS[values.urgency])


def display_moment(moment: datetime | None) -> str:
    """``2026.05.20 09:30``; empty for none."""
    return moment.strftime("%Y.%m.%d %H:%M") if moment is not None else ""


def last_day(due: datetime) -> date:
    """The day a deadline falls on as people say it: a deadline at 00:00 is the end of the
    day before."""
    return (due - timedelta(minutes=1)).date() if due.time() == time() else due.date()


def due_iso(due: datetime) -> str:
    """``2026-05-27`` for a deadline at the end of a day, ``2026-05-20T11:30`` otherwise."""
    return last_day(due).isoformat() if due.time() == time() else due.isoformat(timespec="minutes")


def display_due(due: datetime) -> str:
    """A deadline as people read it: ``2026.05.27`` at the end of a day, else with its time."""
    return last_day(due).strftime("%Y.%m.%d") if due.time() == time() else display_moment(due)
