"""What the 民情诉求 page's filter bar (filter_bar.py) offers: the "show" views and their queries,
and the reading of a typed 受理日期."""

from __future__ import annotations

from datetime import date

from villagedesk.core.dates import PartialDate
from villagedesk.core.requests.record import DueFilter, RequestQuery
from villagedesk.core.text import QT_TRANSLATE_NOOP

CHOSEN = "chosen"

#: The "show" filter: its key, its label, and the query it asks.
VIEWS: tuple[tuple[str, str, RequestQuery], ...] = (
    ("all", QT_TRANSLATE_NOOP("RequestsPage", "All requests"), RequestQuery()),
    (
        "unassigned",
        QT_TRANSLATE_NOOP("RequestsPage", "To be assigned"),
        RequestQuery(unassigned=True),
    ),
    ("today", QT_TRANSLATE_NOOP("RequestsPage", "Due today"), RequestQuery(due=DueFilter.TODAY)),
    ("overdue", QT_TRANSLATE_NOOP("RequestsPage", "Overdue"), RequestQuery(due=DueFilter.OVERDUE)),
    (
        "follow_up",
        QT_TRANSLATE_NOOP("RequestsPage", "Awaiting follow-up"),
        RequestQuery(awaiting_follow_up=True),
    ),
    ("reopened", QT_TRANSLATE_NOOP("RequestsPage", "Reopened"), RequestQuery(reopened=True)),
)


def parse_filter_day(text: str) -> date | None:
    """``2026-05-01`` or ``2026.05.01`` (any spelling PartialDate reads, to the day); None for
    anything else. Raises nothing: an empty text is None too (the caller tells them apart)."""
    try:
        value = PartialDate.parse(text)
    except ValueError:
        return None
    if value.day is None:
        return None
    try:
        return value.first_day()
    except ValueError:
        return None
