"""What a receipt sends down to the village besides its confirmations: the township's replies to
the requests the village 上报, and the holiday years the township added to its calendar.

Each reply is written through the request's own verb (``record_escalation_reply``: the request
goes back to 办理中 and counts as returned by the township), each in its own transaction, after
the receipt's confirmations are committed. Importing the same receipt again writes nothing
twice: a reply already in the request's history is passed over, and a year the station holds
with the same days is not added again. A reply that cannot be applied (no such request, not
escalated, refused by the request's rules) is reported and leaves the request as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action as Permission
from villagedesk.core.calendar.document import HolidayYear, read_holiday_document
from villagedesk.core.calendar.holidays import bundled_table
from villagedesk.core.calendar.ports import YearSource
from villagedesk.core.clock import Clock
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.errors import DomainError
from villagedesk.core.requests.calendar_years import CalendarYearsUnitOfWork, import_calendar_year
from villagedesk.core.requests.escalation import record_escalation_reply
from villagedesk.core.requests.events import Escalation, RequestEvent
from villagedesk.core.requests.moments import parse_moment_text
from villagedesk.core.requests.rules import tidy_block
from villagedesk.core.requests.state import Action, RequestState
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.core.township.ports import EscalationReply, VillageSyncUnitOfWork
from villagedesk.core.township.receipt_takeovers import TakeoversApplied, takeover_notes

CTX = "Sync"


class ReceiptUnitOfWork(
    VillageSyncUnitOfWork, CalendarYearsUnitOfWork, DisputesUnitOfWork, Protocol
):
    """The village's sync unit of work with its requests, calendar and disputes (a receipt
    writes all three)."""


@dataclass(frozen=True)
class RefusedReply:
    """A reply of the township's that was not applied, and why."""

    number: str
    reason: Message


@dataclass(frozen=True)
class RepliesApplied:
    applied: int = 0
    already: int = 0
    refused: tuple[RefusedReply, ...] = ()


@dataclass(frozen=True)
class YearsAdded:
    """The holiday years the receipt added (or corrected) and the estimated deadlines they
    changed; ``refused``: documents that failed the calendar file's checks."""

    years: tuple[int, ...] = ()
    changed: int = 0
    refused: int = 0


def _already(events: Sequence[RequestEvent], reply: EscalationReply) -> bool:
    at = parse_moment_text(reply.replied_at)
    text = tidy_block(reply.text)
    return any(
        e.action is Action.ESCALATION_REPLY
        and e.at == at
        and isinstance(e.step.details, Escalation)
        and e.step.details.text == text
        for e in events
    )


def _refused(number: str, text: str, **params: object) -> RefusedReply:
    return RefusedReply(number, msg(CTX, text, number=number, **params))


def _apply_one(uow: ReceiptUnitOfWork, reply: EscalationReply, clock: Clock) -> str:
    """ "applied", "already", or raises DomainError with the reason it was not applied."""
    with uow.for_reading():
        request = uow.requests.records.find_by_number(reply.number)
        events = uow.requests.history.events(request.id) if request is not None else []
    if request is None:
        raise DomainError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Sync", "There is no request {number} at this station."),
                number=reply.number,
            )
        )
    if _already(events, reply):
        return "already"
    if request.state is not RequestState.ESCALATED:
        text = QT_TRANSLATE_NOOP("Sync", "Request {number} is “{state}”, not escalated.")
        state = msg("Enum", request.state.label)
        raise DomainError(msg(CTX, text, number=reply.number, state=state))
    record_escalation_reply(
        uow,
        request_id=request.id,
        text=reply.text,
        at=reply.replied_at,
        by=reply.by,
        department=reply.department,
        clock=clock,
    )
    return "applied"


@service(
    Permission.SYNC,
    label=QT_TRANSLATE_NOOP("Services", "Write the township's replies into the requests"),
)
def apply_replies(
    uow: ReceiptUnitOfWork, replies: Sequence[EscalationReply], *, clock: Clock
) -> RepliesApplied:
    """Write each of the township's replies into its request's history (see the module)."""
    applied = already = 0
    refused: list[RefusedReply] = []
    for reply in replies:
        try:
            done = _apply_one(uow, reply, clock)
        except DomainError as e:
            why = QT_TRANSLATE_NOOP(
                "Sync", "The township's reply to {number} was not applied: {why}"
            )
            refused.append(_refused(reply.number, why, why=e.message))
            continue
        applied += done == "applied"
        already += done == "already"
    return RepliesApplied(applied, already, tuple(refused))


def _held(uow: ReceiptUnitOfWork) -> dict[int, HolidayYear]:
    """The notice the station counts each year on: an added one, else the bundled one."""
    with uow.for_reading():
        stored = {year.year: year for year, _source in uow.calendar.stored_years()}
    return stored


@service(Permission.SYNC, label=QT_TRANSLATE_NOOP("Services", "Add the township's calendar years"))
def apply_calendar_years(uow: ReceiptUnitOfWork, documents: Sequence[str]) -> YearsAdded:
    """Add each year the township sent that the station does not hold with the same days, and
    count the estimated deadlines again (``import_calendar_year``, source: the township)."""
    if not documents:
        return YearsAdded()
    held = _held(uow)
    years: list[int] = []
    changed = refused = 0
    for document in documents:
        try:
            year = read_holiday_document(document)
        except DomainError:
            refused += 1
            continue
        current = held.get(year.year) or bundled_table().year(year.year)
        if current is not None and current.days == year.days:
            continue
        done = import_calendar_year(uow, document, source=YearSource.TOWNSHIP)
        held[year.year] = year
        years.append(done.year)
        changed += done.changed
    return YearsAdded(tuple(years), changed, refused)


def receipt_notes(
    replies: RepliesApplied, years: YearsAdded, takeovers: TakeoversApplied | None = None
) -> tuple[list[Message], list[Message]]:
    """What the receipt's replies, years and take-overs did, for the CLI and the sync page
    alike: (what was done, what was not applied)."""
    done: list[Message] = []
    if replies.applied:
        text = QT_TRANSLATE_NOOP(
            "Sync",
            "{count} request(s) returned by the township with its reply; they are in progress "
            "again.",
        )
        done.append(msg(CTX, text, count=replies.applied))
    if years.years:
        text = QT_TRANSLATE_NOOP(
            "Sync",
            "Holiday calendar of {years} added from the township; {changed} estimated "
            "deadline(s) counted again.",
        )
        shown = ", ".join(str(y) for y in years.years)
        done.append(msg(CTX, text, years=shown, changed=years.changed))
    problems = [r.reason for r in replies.refused]
    if years.refused:
        text = QT_TRANSLATE_NOOP(
            "Sync", "{count} holiday calendar year(s) in the receipt were unreadable and not added."
        )
        problems.append(msg(CTX, text, count=years.refused))
    taken, not_taken = takeover_notes(takeovers or TakeoversApplied())
    return done + taken, problems + not_taken
