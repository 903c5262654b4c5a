"""The township's to-do list of requests its villages 上报 (吹哨) to it, and its replies.

A village's request arrives read-only (it is the village's record); what the township writes is
its reply, kept in its own bookkeeping (:class:`~villagedesk.core.township.model.TownshipReply`)
and carried, signed, in the village's next receipts until the village's package shows the
request answered. The village writes the reply into the request's history on import
(:mod:`villagedesk.core.township.receipt_replies`). The receipt also carries every holiday year
the township added to its calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action as Permission
from villagedesk.core.calendar.ports import CalendarRepository, YearSource
from villagedesk.core.clock import SYSTEM_CLOCK, Clock, utc_stamp
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.requests.events import Escalation
from villagedesk.core.requests.moments import parse_moment
from villagedesk.core.requests.ports import RequestRepositories
from villagedesk.core.requests.record import Request, RequestQuery
from villagedesk.core.requests.rules import MAX_CONTENT, MAX_NAME, Errors, check_text
from villagedesk.core.requests.state import Action, RequestState
from villagedesk.core.requests.timing import local_now
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.core.township.importing import require_township
from villagedesk.core.township.model import TownshipReply
from villagedesk.core.township.ports import EscalationReply, TownshipUnitOfWork

CTX = "Sync"
_FORM_TIME = "%Y-%m-%d %H:%M"


class TownshipRepliesUnitOfWork(TownshipUnitOfWork, Protocol):
    """The township's sync unit of work with the requests it received and its calendar."""

    @property
    def requests(self) -> RequestRepositories: ...
    @property
    def calendar(self) -> CalendarRepository: ...


@dataclass(frozen=True)
class EscalatedRequest:
    """One line of the township's to-do list: a village's request 上报 to the township."""

    village: str
    village_name: str
    number: str
    department: str
    asked: str
    since: datetime | None
    reply: TownshipReply | None = None
    """The township's reply, waiting for the village's next receipt (None: not answered)."""


def escalated_at(request: Request) -> str:
    """The 上报 a reply answers, as text: when the request went to the township."""
    since = request.progress.state_since
    return since.strftime(_FORM_TIME) if since is not None else ""


def _asked(uow: TownshipRepliesUnitOfWork, request: Request) -> Escalation:
    sent = [
        e.step.details
        for e in uow.requests.history.events(request.id)
        if e.action is Action.ESCALATE and isinstance(e.step.details, Escalation)
    ]
    return sent[-1] if sent else Escalation("", "")


def _escalated(uow: TownshipRepliesUnitOfWork, own: str) -> list[Request]:
    found = uow.requests.records.list(RequestQuery(state=RequestState.ESCALATED))
    theirs = [r for r in found if r.station_code and r.station_code != own]
    return sorted(theirs, key=lambda r: (r.station_code, r.number))


@service(
    Permission.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "List the villages' escalated requests"),
)
def escalated_requests(uow: TownshipRepliesUnitOfWork) -> list[EscalatedRequest]:
    """The villages' requests 上报 to the township, by village and 编号, with any reply."""
    with uow.for_reading():
        own = require_township(uow)
        names = {p.code: p.name for p in uow.township.peers()}
        replies = {(r.village, r.number, r.escalated_at): r for r in uow.township.replies()}
        listed: list[EscalatedRequest] = []
        for request in _escalated(uow, own):
            asked = _asked(uow, request)
            key = (request.station_code, request.number, escalated_at(request))
            listed.append(
                EscalatedRequest(
                    village=request.station_code,
                    village_name=names.get(request.station_code, request.station_code),
                    number=request.number,
                    department=asked.department,
                    asked=asked.text,
                    since=request.progress.state_since,
                    reply=replies.get(key),
                )
            )
    return listed


def _not_escalated(number: str, village: str) -> NotFound:
    return NotFound(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Sync", "Village {village} has no request {number} escalated to the township."
            ),
            village=village,
            number=number,
        )
    )


def _reply_fields(
    text: str, by: str, department: str, at: str, clock: Clock, errors: Errors
) -> tuple[str, str, str, datetime | None]:
    """The reply's text, who replies, the department and the time, each checked (refusals go
    into ``errors`` under their fields)."""
    what = check_text(
        text,
        "text",
        errors,
        required=msg(CTX, QT_TRANSLATE_NOOP("Sync", "Write the township's reply.")),
        limit=MAX_CONTENT,
    )
    who = check_text(
        by,
        "by",
        errors,
        required=msg(CTX, QT_TRANSLATE_NOOP("Sync", "Name who replies.")),
        limit=MAX_NAME,
    )
    answering = check_text(department, "department", errors, required=None, limit=MAX_NAME)
    now = local_now(clock)
    moment = parse_moment(at, "at", errors, today=now.date(), now=now)
    return what, who, answering, moment


@service(
    Permission.WRITE_RECORDS,
    label=QT_TRANSLATE_NOOP("Services", "Reply to a village's escalated request"),
)
def reply_to_request(
    uow: TownshipRepliesUnitOfWork,
    *,
    village: str,
    number: str,
    text: str,
    by: str,
    department: str = "",
    at: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> TownshipReply:
    """Record the township's reply to a village's 上报 (replacing an earlier reply to the same
    上报); it goes out in the village's next receipt. ValidationError under ``text``, ``by``,
    ``department`` or ``at``; NotFound when the village has no such request escalated."""
    errors: Errors = {}
    what, who, answering, moment = _reply_fields(text, by, department, at, clock, errors)
    with uow:
        own = require_township(uow)
        found = [
            r
            for r in _escalated(uow, own)
            if r.station_code == village.strip() and r.number == number.strip()
        ]
        if not found:
            raise _not_escalated(number.strip(), village.strip())
        request = found[0]
        since = request.progress.state_since
        if moment is not None and since is not None and moment < since:
            problem = QT_TRANSLATE_NOOP(
                "Sync", "The reply is dated before the request was escalated ({time})."
            )
            errors.setdefault("at", []).append(msg(CTX, problem, time=since.strftime(_FORM_TIME)))
        if errors:
            raise ValidationError(errors)
        assert moment is not None
        reply = TownshipReply(
            village=request.station_code,
            number=request.number,
            escalated_at=escalated_at(request),
            text=what,
            department=answering or _asked(uow, request).department,
            by=who,
            replied_at=moment.strftime(_FORM_TIME),
            created_at=utc_stamp(),
        )
        uow.township.save_reply(reply)
        uow.commit()
    return reply


@service(Permission.SYNC, label=QT_TRANSLATE_NOOP("Services", "Gather the replies for a receipt"))
def receipt_replies(uow: TownshipRepliesUnitOfWork, village: str) -> tuple[EscalationReply, ...]:
    """The replies a village's receipt carries: those to its requests still escalated (as its
    last package showed them), inside the caller's unit of work."""
    own = uow.station.get()
    waiting = {
        (r.number, escalated_at(r))
        for r in _escalated(uow, own.code if own is not None else "")
        if r.station_code == village
    }
    return tuple(
        EscalationReply(r.number, r.text, r.department, r.by, r.replied_at)
        for r in uow.township.replies(village)
        if (r.number, r.escalated_at) in waiting
    )


@service(
    Permission.SYNC, label=QT_TRANSLATE_NOOP("Services", "Gather the calendar years for a receipt")
)
def receipt_calendar_years(uow: TownshipRepliesUnitOfWork) -> tuple[str, ...]:
    """Every holiday year the township added to its calendar, as holiday-cn documents."""
    return tuple(
        year.to_json()
        for year, source in uow.calendar.stored_years()
        if source is not YearSource.BUNDLED
    )
