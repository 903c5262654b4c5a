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
from villagedesk.core.requests.figures import RateSheet, three_rates
from villagedesk.core.requests.ledger_row import OUTCOME_STEPS, LedgerRow, LedgerStep
from villagedesk.core.requests.model import RequesterKind
from villagedesk.core.requests.record import RequestDetail
from villagedesk.core.requests.register import due_value
from villagedesk.core.requests.services import find_request, get_request
from villagedesk.core.requests.state import Action, RequestState
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.i18n import translate as tr_default
from villagedesk.reports.request_attachments import attachment_files
from villagedesk.store.requests.ledger import ledger_rows
from villagedesk.store.requests.people import requester_id_numbers
from villagedesk.store.station_store import StationStore
from villagedesk.store.uow import SqlUnitOfWork

REQUEST_LEDGERS = ("requests", "follow_ups")
"""The ledger kinds (``reports.ledger_kinds.LEDGERS``) whose rows this module gathers."""

Row = tuple[object, ...]


class Masker:
    """The station's masking policy applied to a request's texts (core.masking.mask_text)."""

    def __init__(self, policy: MaskPolicy) -> None:
        self.policy = policy

    def text(self, text: str, known: Iterable[str] = ()) -> str:
        return mask_text(text, self.policy, known)


def _known_numbers(row: LedgerRow) -> list[str]:
    return [row.requester_phone, row.id_number, *row.co_phones]


def requester_name(row: LedgerRow) -> str:
    if row.requester_kind is RequesterKind.ANONYMOUS or not row.requester_name:
        return tr_default("Enum", row.requester_kind.label)
    return row.requester_name


def _outcome(steps: Sequence[LedgerStep]) -> str:
    """办理结果: the last reply, else why it was refused, else the closing's statement."""
    for step in reversed(steps):
        if step.action is Action.REPLY:
            return step.text
        if step.action is Action.REFUSE and step.ground is not None:
            ground = tr_default("Enum", step.ground.label)
            return f"{ground}：{step.text}" if step.text else ground
    closing = [s for s in steps if s.action is Action.CLOSE]
    return closing[-1].text if closing else ""


def _matches(row: LedgerRow, needle: str) -> bool:
    if not needle:
        return True
    fields = (row.number, row.requester_name, row.content, row.channel, row.category, row.assignee)
    return any(needle.lower() in f.lower() for f in fields)


def _within(day: date, first: date | None, last: date | None) -> bool:
    return (first is None or day >= first) and (last is None or day <= last)


def _request_values(row: LedgerRow, public: Callable[[str], str]) -> dict[str, object]:
    due = row.extended_to or row.due_at
    closed = row.closed_at if row.state is RequestState.CLOSED and row.closed_at else None
    return {
        "number": row.number,
        "received_on": row.received_at.date().isoformat(),
        "channel": row.channel,
        "requester": public(requester_name(row)),
        "summary": public(row.content),
        "assignee": row.assignee,
        "due": due_value(due, row.due_estimated and row.extended_to is None),
        "outcome": public(_outcome(row.steps)),
        "follow_up": row.resolution.value if row.resolution else "",
        "satisfaction": row.satisfaction.value if row.satisfaction else "",
        "closed_on": closed.date().isoformat() if closed else "",
        "village": row.station_code,
    }


def _follow_up_values(
    base: dict[str, object], steps: Sequence[LedgerStep]
) -> Iterable[tuple[datetime, dict[str, object]]]:
    """One row per 回访 of the request: the reply before it, its answers and who asked."""
    replied: datetime | None = None
    for step in steps:
        if step.action is Action.REPLY:
            replied = step.at
        elif step.action is Action.FOLLOW_UP and step.resolution and step.satisfaction:
            yield (
                step.at,
                {
                    **base,
                    "replied_on": replied.date().isoformat() if replied else "",
                    "followed_up_on": step.at.date().isoformat(),
                    "resolution": step.resolution.value,
                    "satisfaction": step.satisfaction.value,
                    "followed_up_by": step.by,
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
    uow = store.uow_factory()
    with uow.for_reading():
        if ledger:  # its 办理结果 is all it prints of the history
            read = ledger_rows(uow.connection, first=first, last=last, actions=OUTCOME_STEPS)
        else:
            read = ledger_rows(uow.connection, first=None, last=None, followed_up_only=True)
    found: list[tuple[datetime, dict[str, object]]] = []
    for r in read:
        if not _matches(r, needle):
            continue
        values = _request_values(r, partial(masker.text, known=_known_numbers(r)))
        if ledger:
            found.append((r.received_at, values))
            continue
        for at, row in _follow_up_values(values, r.steps):
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
