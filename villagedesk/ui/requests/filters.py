"""What the 民情诉求 page's filter bar (filter_bar.py) offers: the "show" views and their queries,
and the reading of a typed 受理日期."""

from __future__ import annotations

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
