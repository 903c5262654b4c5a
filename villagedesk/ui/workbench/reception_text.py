"""The start page's line about the next 民情接待日: the day, who is on duty, and where."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from villagedesk.core.requests.reception_days import NextReception
from villagedesk.core.text import QT_TRANSLATE_NOOP

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Workbench", "Monday"),
    QT_TRANSLATE_NOOP("Workbench", "Tuesday"),
    QT_TRANSLATE_NOOP("Workbench", "Wednesday"),
    QT_TRANSLATE_NOOP("Workbench", "Thursday"),
    QT_TRANSLATE_NOOP("Workbench", "Friday"),
    QT_TRANSLATE_NOOP("Workbench", "Saturday"),
    QT_TRANSLATE_NOOP("Workbench", "Sunday"),
)


def weekday_name(index: int) -> str:
    return _tr(WEEKDAYS[index])


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workbench", text)


def reception_text(coming: NextReception | None, today: date) -> str:
    if coming is None:
        return QCoreApplication.translate(
            "Workbench",
            "No reception days are scheduled yet: set the schedule and the duty roster.",
        )
    day = QCoreApplication.translate("Workbench", "{month}/{day} ({weekday})").format(
        month=coming.day.month, day=coming.day.day, weekday=weekday_name(coming.day.weekday())
    )
    if coming.day == today:
        text = QCoreApplication.translate("Workbench", "Today is a reception day.")
    else:
        text = QCoreApplication.translate("Workbench", "Next reception day: {day}.").format(day=day)
    if coming.on_duty:
        text += " " + QCoreApplication.translate("Workbench", "On duty: {name}.").format(
            name=coming.on_duty
        )
    if coming.place:
        text += " " + QCoreApplication.translate("Workbench", "Place: {place}.").format(
            place=coming.place
        )
    return text
