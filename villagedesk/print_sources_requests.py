"""What the request printouts show, gathered from the store for the GUI and ``villagedesk print``
alike: the rows of 民情台账 and 回访台账 (``print_sources.ledger_rows`` hands those two kinds
here), the 三率 of a period and one request's 民情办理单.

The two ledgers are public paper: every phone and ID number in them (the requesters' own, and
any a free text holds) is masked as the station's policy says (core.masking), and no run of 11
digits reaches the page. The 民情办理单 is filed, never posted: it prints the requester's ID number
and phone in full, as its writer says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path

from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.masking import MaskPolicy, mask_policy, mask_text
from villagedesk.core.requests.events import FollowUp, Note, Refusal, RequestEvent
from villagedesk.core.requests.figures import RateSheet, three_rates
from villagedesk.core.requests.model import RequesterKind
from villagedesk.core.requests.record import Request, RequestDetail, RequestQuery
from villagedesk.core.requests.register import due_value
from villagedesk.core.requests.services import find_request, get_request
from villagedesk.core.requests.state import Action, RequestState
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.i18n import translate as tr_default
from villagedesk.reports.request_attachments import attachment_files
from villagedesk.store.requests.people import requester_id_numbers
from villagedesk.store.station_store import StationStore
from villagedesk.store.uow import SqlUnitOfWork

REQUEST_LEDGERS = ("requests", "follow_ups")
"""The ledger kinds (``reports.ledger_kinds.LEDGERS``) whose rows this module gathers."""

Row = tuple[object, ...]
#: The steps the two ledgers print: the reply and the follow-ups, a refusal, the closing.
LEDGER_STEPS = frozenset({Action.REPLY, Action.FOLLOW_UP, Action.REFUSE, Action.CLOSE})


class Masker:
    """The station's masking policy applied to a request's texts (core.masking.mask_text)."""

    def __init__(self, policy: MaskPolicy) -> None:
        self.policy = policy

    def text(self, text: str, known: Iterable[str] = ()) -> str:
        return mask_text(text, self.policy, known)


def _known_numbers(request: Request, id_numbers: dict[int, str]) -> list[str]:
    v = request.values
    found = [v.requester.phone, id_numbers.get(request.id, "")]
    return found + [r.phone for r in request.co_requesters]


def requester_name(request: Request) -> str:
    who = request.values.requester
    if who.kind is RequesterKind.ANONYMOUS or not who.name:
        return tr_default("Enum", who.kind.label)
    return who.name


def _outcome(request: Request, events: Sequence[RequestEvent]) -> str:
    """办理结果: the last reply, else why it was refused, else the closing's statement."""
    for event in reversed(events):
        details = event.step.details
        if event.action is Action.REPLY and isinstance(details, Note):
            return details.text
        if event.action is Action.REFUSE and isinstance(details, Refusal):
            ground = tr_default("Enum", details.ground.label)
            return f"{ground}：{details.reason}" if details.reason else ground
    closing = [e for e in events if e.action is Action.CLOSE]
    statement = getattr(closing[-1].step.details, "statement", "") if closing else ""
    return str(statement)


def _matches(request: Request, needle: str) -> bool:
    if not needle:
        return True
    v, p = request.values, request.progress
    assignee = p.assignee.name if p.assignee else ""
    fields = (request.number, v.requester.name, v.content, v.channel, v.category, assignee)
    return any(needle.lower() in f.lower() for f in fields)


def _within(day: date, first: date | None, last: date | None) -> bool:
    return (first is None or day >= first) and (last is None or day <= last)


def _request_values(
    request: Request, events: Sequence[RequestEvent], public: Callable[[str], str]
) -> dict[str, object]:
    v, p = request.values, request.progress
    due = p.extended_to or p.due_at
    closed = p.closed_at if p.state is RequestState.CLOSED and p.closed_at else None
    return {
        "number": request.number,
        "received_on": v.received_at.date().isoformat(),
        "channel": v.channel,
        "requester": public(requester_name(request)),
        "summary": public(v.content),
        "assignee": p.assignee.name if p.assignee else "",
        "due": due_value(due, p.due_estimated and p.extended_to is None),
        "outcome": public(_outcome(request, events)),
        "follow_up": p.resolution.value if p.resolution else "",
        "satisfaction": p.satisfaction.value if p.satisfaction else "",
        "closed_on": closed.date().isoformat() if closed else "",
        "village": request.station_code,
    }


def _follow_up_values(
    base: dict[str, object], events: Sequence[RequestEvent]
) -> Iterable[tuple[datetime, dict[str, object]]]:
    """One row per 回访 of the request: the reply before it, its answers and who asked."""
    replied: datetime | None = None
    for event in events:
        details = event.step.details
        if event.action is Action.REPLY:
            replied = event.at
        elif event.action is Action.FOLLOW_UP and isinstance(details, FollowUp):
            yield (
                event.at,
                {
                    **base,
                    "replied_on": replied.date().isoformat() if replied else "",
                    "followed_up_on": event.at.date().isoformat(),
                    "resolution": details.resolution.value,
                    "satisfaction": details.satisfaction.value,
                    "followed_up_by": event.step.by,
                },
            )


def request_ledger_rows(
    store: StationStore,
    which: str,
    keys: Sequence[str],
    *,
    search: str,
    first: date | None,
    last: date | None,
) -> list[Row]:
    """The raw rows (values in the order of ``keys``) of 民情台账 (``which`` "requests": the
    requests received in the period, oldest first) or 回访台账 ("follow_ups": the follow-ups made
    in the period, in the order made), as far as ``search`` keeps them; masked for the public."""
    masker = Masker(mask_policy(store.uow_factory()))
    needle = search.strip()
    ledger = which == "requests"
    query = RequestQuery(received_from=first, received_to=last) if ledger else RequestQuery()
    uow = store.uow_factory()
    with uow.for_reading():
        requests = [r for r in uow.requests.records.list(query) if _matches(r, needle)]
        if not ledger:
            requests = [r for r in requests if r.progress.followed_up_at or r.progress.reopened]
        requests.sort(key=lambda r: (r.values.received_at, r.number))
        histories = uow.requests.history.events_of((r.id for r in requests), LEDGER_STEPS)
        id_numbers = requester_id_numbers(uow.connection, requests)
    found: list[tuple[datetime, dict[str, object]]] = []
    for r in requests:
        known = _known_numbers(r, id_numbers)
        values = _request_values(r, histories[r.id], partial(masker.text, known=known))
        if ledger:
            found.append((r.values.received_at, values))
            continue
        for at, row in _follow_up_values(values, histories[r.id]):
            if _within(at.date(), first, last):
                found.append((at, row))
    if not ledger:
        found.sort(key=lambda pair: pair[0])
    return [tuple(values.get(k, "") for k in keys) for _at, values in found]


# -- the 民情办理单 and the 三率 ----------------------------------------------------------------


@dataclass(frozen=True)
class RequestSheetValues:
    """What ``reports.request_sheet.write_request_sheet`` takes besides the path: the request
    with its history, the station, each attachment's file, the requester's ID number (in full:
    the sheet is filed) and the household as the household page names it."""

    detail: RequestDetail
    station: str
    files: dict[int, Path]
    id_number: str
    household: str


def request_sheet(
    store: StationStore, *, number: str | None = None, request_id: int | None = None
) -> RequestSheetValues:
    """The 民情办理单 of the request of this 编号 (as typed) or id; raises ``NotFound``."""
    if request_id is not None:
        detail = get_request(store.uow_factory(), request_id=request_id)
    else:
        detail = find_request(store.uow_factory(), number=number or "")
    request = detail.request
    uow = store.uow_factory()
    with uow.for_reading():
        id_number = requester_id_numbers(uow.connection, [request]).get(request.id, "")
        household = _household_name(uow, request.values.household_id)
    station = store.read_station()
    return RequestSheetValues(
        detail=detail,
        station=station.name if station else "",
        files=attachment_files(request.attachments, store.db_path.parent),
        id_number=id_number,
        household=household,
    )


def _household_name(uow: SqlUnitOfWork, household_id: int | None) -> str:
    if household_id is None:
        return ""
    household = uow.households.get(household_id)
    if household is None:
        return ""
    if not household.head_name:
        return household.address
    text = QT_TRANSLATE_NOOP("RequestSheet", "{address} (head of household: {head})")
    return tr_default("RequestSheet", text).format(
        head=household.head_name, address=household.address
    )


@dataclass(frozen=True)
class RateSheetValues:
    """What ``reports.request_figures.write_rate_sheet`` takes besides the path."""

    sheet: RateSheet
    station: str


def rate_sheet(
    store: StationStore, *, first: date, last: date, clock: Clock = SYSTEM_CLOCK
) -> RateSheetValues:
    """三率 of the requests received ``first`` … ``last`` (both inclusive), judged now."""
    sheet = three_rates(store.uow_factory(), first=first, last=last, clock=clock)
    station = store.read_station()
    return RateSheetValues(sheet, station.name if station else "")
