"""The request register (民情诉求), the 民情台账 and the household page's section of requests
declare their columns here, once, for the GUI tables, the exports and the printed ledgers.

Values arrive raw from the store: codes, ISO dates and times (``2026-05-20T09:30``), counts.
A deadline is the ISO time of :func:`due_value`, which marks an estimated one (估算, where the
calendar lacks the year) so that every place it is shown or printed says so.
"""

from __future__ import annotations

from datetime import date, datetime, time

from villagedesk.core.columns import (
    VILLAGE_COLUMN,
    Align,
    Column,
    RegisterSpec,
    ValueKind,
    enum_formatter,
)
from villagedesk.core.requests.events import Resolution, Satisfaction
from villagedesk.core.requests.model import RequestType, Urgency
from villagedesk.core.requests.state import RequestState
from villagedesk.core.requests.time_left import fmt_message
from villagedesk.core.requests.timing import last_day
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate

ESTIMATED_MARK = "~"
SUMMARY_LENGTH = 30


def due_value(due_at: datetime | None, estimated: bool) -> str:
    """A deadline as the due column holds it: ``2026-05-27T23:59``, ``~`` after it if estimated."""
    if due_at is None:
        return ""
    return due_at.isoformat(timespec="minutes") + (ESTIMATED_MARK if estimated else "")


def _moment_text(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y.%m.%d %H:%M")
    text = str(value or "")
    try:
        return datetime.fromisoformat(text).strftime("%Y.%m.%d %H:%M")
    except ValueError:
        return text


def fmt_moment(value: object, translate: Translate) -> str:
    del translate
    return _moment_text(value)


def fmt_day(value: object, translate: Translate) -> str:
    """The day of an ISO date or time."""
    del translate
    if isinstance(value, date):
        return value.strftime("%Y.%m.%d")
    text = str(value or "")
    try:
        return date.fromisoformat(text[:10]).strftime("%Y.%m.%d")
    except ValueError:
        return text


def _due_text(text: str) -> str:
    """A deadline at 00:00 shows as its last day (the day before), else as its time."""
    try:
        due = datetime.fromisoformat(text)
    except ValueError:
        return text
    if due.time() == time():
        return last_day(due).strftime("%Y.%m.%d")
    return due.strftime("%Y.%m.%d %H:%M")


def fmt_due(value: object, translate: Translate) -> str:
    text = str(value or "")
    shown = _due_text(text.removesuffix(ESTIMATED_MARK))
    if not text.endswith(ESTIMATED_MARK):
        return shown
    return translate("Columns", QT_TRANSLATE_NOOP("Columns", "{time} (estimated)")).format(
        time=shown
    )


def fmt_summary(value: object, translate: Translate) -> str:
    """The first words of a free text, on one line."""
    del translate
    text = " ".join(str(value or "").split())
    return text if len(text) <= SUMMARY_LENGTH else text[: SUMMARY_LENGTH - 1] + "…"


def fmt_count(value: object, translate: Translate) -> str:
    del translate
    return str(value) if isinstance(value, int) and value else ""


def _number() -> Column:
    return Column("number", QT_TRANSLATE_NOOP("Columns", "Number"), 13, Align.CENTER)


def _received_on() -> Column:
    return Column(
        "received_on",
        QT_TRANSLATE_NOOP("Columns", "Received on"),
        10,
        Align.CENTER,
        fmt_day,
        ValueKind.DATE,
    )


def _summary(width: int) -> Column:
    return Column("summary", QT_TRANSLATE_NOOP("Columns", "Summary"), width, format=fmt_summary)


def _due() -> Column:
    return Column("due", QT_TRANSLATE_NOOP("Columns", "Time limit"), 16, Align.CENTER, fmt_due)


def _state() -> Column:
    return Column(
        "state",
        QT_TRANSLATE_NOOP("Columns", "State"),
        8,
        Align.CENTER,
        enum_formatter(RequestState),
    )


def _assignee() -> Column:
    return Column("assignee", QT_TRANSLATE_NOOP("Columns", "Responsible"), 8)


REQUEST_REGISTER = RegisterSpec(
    key="requests",
    title=QT_TRANSLATE_NOOP("Registers", "Residents' requests"),
    columns=(
        _number(),
        _state(),
        Column(
            "received_at",
            QT_TRANSLATE_NOOP("Columns", "Received"),
            16,
            Align.CENTER,
            fmt_moment,
        ),
        Column("channel", QT_TRANSLATE_NOOP("Columns", "Source"), 10),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("Columns", "Type"),
            6,
            Align.CENTER,
            enum_formatter(RequestType),
        ),
        Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), 8),
        Column(
            "urgency",
            QT_TRANSLATE_NOOP("Columns", "Urgency"),
            5,
            Align.CENTER,
            enum_formatter(Urgency),
        ),
        Column("requester", QT_TRANSLATE_NOOP("Columns", "Requester"), 8),
        _summary(24),
        Column(
            "household",
            QT_TRANSLATE_NOOP("Columns", "Household"),
            14,
            default_visible=False,
        ),
        _assignee(),
        _due(),
        Column(
            "reopened",
            QT_TRANSLATE_NOOP("Columns", "Reopened"),
            5,
            Align.CENTER,
            fmt_count,
            ValueKind.NUMBER,
        ),
        VILLAGE_COLUMN,
    ),
)

#: 民情台账: the printed register of requests, in the columns the paper ledger has.
REQUEST_LEDGER = RegisterSpec(
    key="request_ledger",
    title=QT_TRANSLATE_NOOP("Registers", "Ledger of residents' requests"),
    columns=(
        _number(),
        _received_on(),
        Column("channel", QT_TRANSLATE_NOOP("Columns", "Source"), 9),
        Column("requester", QT_TRANSLATE_NOOP("Columns", "Requester"), 7),
        _summary(22),
        _assignee(),
        _due(),
        Column("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), 16, format=fmt_summary),
        Column(
            "follow_up",
            QT_TRANSLATE_NOOP("Columns", "Follow-up"),
            7,
            Align.CENTER,
            enum_formatter(Resolution),
        ),
        Column(
            "satisfaction",
            QT_TRANSLATE_NOOP("Columns", "Satisfaction"),
            7,
            Align.CENTER,
            enum_formatter(Satisfaction),
        ),
        Column(
            "closed_on",
            QT_TRANSLATE_NOOP("Columns", "Closed on"),
            10,
            Align.CENTER,
            fmt_day,
            ValueKind.DATE,
        ),
        VILLAGE_COLUMN,
    ),
)

#: The household page's section of the household's requests (one household: no village column).
REQUESTS_SECTION = RegisterSpec(
    key="household_requests",
    title=QT_TRANSLATE_NOOP("Registers", "Residents' requests"),
    columns=(
        _number(),
        _received_on(),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("Columns", "Type"),
            6,
            Align.CENTER,
            enum_formatter(RequestType),
        ),
        _summary(24),
        _assignee(),
        _state(),
    ),
)

#: The time left, judged when the list is read (not stored: the page computes it per row).
TIME_LEFT_COLUMN = Column(
    "time_left",
    QT_TRANSLATE_NOOP("Columns", "Time left"),
    10,
    Align.CENTER,
    fmt_message,
    sortable=False,
)


def _with_time_left(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """The deadline and the time left right after the state, where a narrow screen shows them
    without scrolling past the long summary."""
    due = next(c for c in columns if c.key == "due")
    rest = [c for c in columns if c.key not in ("number", "state", "due")]
    first = [c for c in columns if c.key in ("number", "state")]
    return (*first, due, TIME_LEFT_COLUMN, *rest)


#: The 民情诉求 page's table: the register with the deadline and the time left up front.
REQUEST_PAGE = RegisterSpec(
    key=REQUEST_REGISTER.key,
    title=REQUEST_REGISTER.title,
    columns=_with_time_left(REQUEST_REGISTER.columns),
)
