"""The mediation ladder's time: the last day of a village level (民法典 第201、203条), the whole
case's month (第202、203条), when the page offers to move a dispute up, and the checks of a move
up and of an extension with the parties' consent."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from villagedesk.core.calendar.deadlines import LimitUnit, TimeLimit, compute_deadline
from villagedesk.core.calendar.holidays import HolidayTable
from villagedesk.core.calendar.working_days import working_day_on_or_after
from villagedesk.core.disputes.events import CaseExtension
from villagedesk.core.disputes.model import MediationLevel, Party, PartyRole
from villagedesk.core.disputes.record import DisputeProgress
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.requests.rules import Errors
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg, tidy

CTX = "Dispute"
MAX_REASON = 200

#: A level's time "runs out" when its last day is at most this many days away (or past): the
#: start page's tile and the page's view ask the same.
RUNNING_OUT_DAYS = 2


def running_out_by(today: date) -> date:
    """The last day a level may end on to count as running out on ``today``."""
    return today + timedelta(days=RUNNING_OUT_DAYS)


def level_due(since: datetime, days: int, table: HolidayTable) -> date:
    """The last day (inclusive) of ``days`` at a village level from ``since``: counted from the
    next day, an off last day moving to the next working day."""
    return compute_deadline(TimeLimit(days, LimitUnit.CALENDAR_DAYS), since, table).last_day


def month_later(day: date) -> date:
    """The corresponding day of the next month, or that month's last day (第202条)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def case_due(recorded: datetime, table: HolidayTable) -> date:
    """The last day of the case's month from ``recorded`` (an off day moves to the next
    working day, 第203条)."""
    return working_day_on_or_after(table, month_later(recorded.date())).day


def escalation_offer(progress: DisputeProgress, today: date) -> tuple[Message, ...]:
    """Why the page offers to move the dispute one level up; () when it should not."""
    if progress.state is not DisputeState.MEDIATING:
        return ()
    if progress.mediation_level.next is None:
        return ()
    found: list[Message] = []
    if progress.level_due is not None and today > progress.level_due:
        found.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Dispute", "The time at this level ran out on {day}."),
                day=progress.level_due.isoformat(),
            )
        )
    if progress.last_session_failed:
        found.append(msg(CTX, QT_TRANSLATE_NOOP("Dispute", "The last mediation session failed.")))
    return tuple(found)


def _reason(text: str, key: str, errors: Errors) -> str:
    clean = tidy(text)
    if not clean:
        errors.setdefault(key, []).append(
            msg(CTX, QT_TRANSLATE_NOOP("Dispute", "Give the reason."))
        )
    elif len(clean) > MAX_REASON:
        errors.setdefault(key, []).append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Dispute", "The text is too long: at most {limit} characters."),
                limit=MAX_REASON,
            )
        )
    return clean


def check_escalation(progress: DisputeProgress, reason: str) -> Errors:
    """A move one level up: with a reason, never beyond the township."""
    errors: Errors = {}
    if progress.mediation_level is MediationLevel.TOWNSHIP:
        errors["level"] = [
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Dispute", "The dispute is already at the township; there is no level above."
                ),
            )
        ]
    _reason(reason, "reason", errors)
    return errors


def _missing_consents(parties: Sequence[Party], consents: Sequence[str]) -> list[str]:
    given = {tidy(name) for name in consents}
    needed = [p for p in parties if p.role in (PartyRole.APPLICANT, PartyRole.RESPONDENT)]
    return [p.name for p in needed if tidy(p.name) not in given]


def check_extension(
    progress: DisputeProgress,
    parties: Sequence[Party],
    extension: CaseExtension,
    today: date,
) -> Errors:
    """An extension of the case's month: a later last day (not in the past), a reason, and the
    recorded consent of every applicant and respondent."""
    errors: Errors = {}
    due = progress.case_due
    if (due is not None and extension.new_due <= due) or extension.new_due < today:
        errors["new_due"] = [
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Dispute", "The new last day must be after the present one ({day})."
                ),
                day=(due or today).isoformat(),
            )
        ]
    _reason(extension.reason, "reason", errors)
    missing = _missing_consents(parties, extension.consents)
    if missing:
        errors["consents"] = [
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Dispute",
                    "Every applicant and respondent must consent to the extension; missing: "
                    "{names}.",
                ),
                names="、".join(missing),
            )
        ]
    return errors
