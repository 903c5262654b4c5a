"""Request services: record a request (受理), read one or a filtered list, and the station's
channel and category lists. The steps of handling are in ``handling.py`` and ``closing.py``."""

from __future__ import annotations

from dataclasses import replace

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.in_service.rules import derive_short_code
from villagedesk.core.requests.attachments import check_attachments
from villagedesk.core.requests.deadlines import DeadlineKey
from villagedesk.core.requests.model import (
    ChannelOption,
    RequestDraft,
    RequesterKind,
    RequestLists,
    RequestValues,
)
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.record import Request, RequestDetail, RequestProgress, RequestQuery
from villagedesk.core.requests.rules import Errors, check_request_fields, request_number
from villagedesk.core.requests.steps import REQUEST_CHANGES, load_request, recount
from villagedesk.core.requests.timing import local_now
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg, tidy

CTX = "Request"
MAX_LIST_NAME = 20


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "Read the short code of request numbers"),
)
def short_code(uow: RequestsUnitOfWork) -> str:
    """The station's short code in front of every 编号 (the card's, by default derived from
    the station's name), inside ``uow``'s block."""
    code = uow.in_service.settings.get().short_code
    if code:
        return code
    station = uow.station.get()
    return derive_short_code(station.name if station else "")


def _not_found(key: str, text: str, errors: Errors) -> None:
    errors.setdefault(key, []).append(msg(CTX, text))


def _resolve_requester(
    uow: RequestsUnitOfWork, values: RequestValues, errors: Errors
) -> RequestValues:
    """The chosen resident's or member's name and phone (a typed phone wins); the household
    follows from the resident (or from the member's resident record)."""
    who = values.requester
    household_id = values.household_id
    if who.kind is RequesterKind.RESIDENT and who.person_id is not None:
        resident = uow.residents.get(who.person_id)
        if resident is None or resident.voided:
            _not_found(
                "person_id", QT_TRANSLATE_NOOP("Request", "The resident was not found."), errors
            )
            return values
        who = replace(who, name=resident.name, phone=who.phone or resident.values.phone)
        household_id = resident.household_id
    elif who.kind is RequesterKind.MEMBER and who.person_id is not None:
        member = uow.members.get(who.person_id)
        if member is None or member.voided:
            _not_found(
                "person_id", QT_TRANSLATE_NOOP("Request", "The member was not found."), errors
            )
            return values
        who = replace(who, name=member.name, phone=who.phone or member.values.phone)
        same = uow.residents.find_by_id_number(member.id_number)
        household_id = same.household_id if same is not None else household_id
    if household_id is not None and household_id == values.household_id:
        household = uow.households.get(household_id)
        if household is None or household.voided:
            _not_found(
                "household_id", QT_TRANSLATE_NOOP("Request", "The household was not found."), errors
            )
    return replace(values, requester=who, household_id=household_id)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Register a request"))
def add_request(
    uow: RequestsUnitOfWork, *, draft: RequestDraft, clock: Clock = SYSTEM_CLOCK
) -> Saved:
    """受理: record a request with its next 编号 of the year it came in (never reused) and its
    deadline; the request waits to be assigned."""
    now = local_now(clock)
    with uow:
        records = uow.requests.records
        values, errors = check_request_fields(
            draft, today=now.date(), now=now, lists=uow.requests.lists.get()
        )
        if values is not None:
            values = _resolve_requester(uow, values, errors)
        if errors or values is None:
            raise ValidationError(errors)
        rule = uow.deadlines.rule_for(DeadlineKey.of(values))
        values = replace(values, deadline_rule=rule)
        year = values.received_at.year
        serial = records.max_sequence(year) + 1
        number = request_number(short_code(uow), year, serial)
        progress = recount(uow, values, RequestProgress(state_since=values.received_at), ())
        new_id = records.add(number, year, serial, values, progress)
        for attachment in check_attachments(draft.attachments, {}):
            uow.requests.history.add_attachment(new_id, attachment)
        uow.commit()
    return Saved(new_id, REQUEST_CHANGES)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Open a request"))
def get_request(uow: RequestsUnitOfWork, *, request_id: int) -> RequestDetail:
    """One request with its history (a township reads its villages' too)."""
    with uow.for_reading():
        request = load_request(uow, request_id)
        return RequestDetail(request, tuple(uow.requests.history.events(request_id)))


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Find a request by its number"))
def find_request(uow: RequestsUnitOfWork, *, number: str) -> RequestDetail:
    """The request of this 编号 (as typed: spaces and case do not matter)."""
    with uow.for_reading():
        request = uow.requests.records.find_by_number("".join(number.split()).upper())
        if request is None:
            raise NotFound(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP("Request", "There is no request numbered {number}."),
                    number=number.strip(),
                )
            )
        return RequestDetail(request, tuple(uow.requests.history.events(request.id)))


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List the requests"))
def list_requests(
    uow: RequestsUnitOfWork, *, query: RequestQuery | None = None, clock: Clock = SYSTEM_CLOCK
) -> list[Request]:
    """The requests passing every filter of ``query``; due today and overdue are judged now."""
    asked = replace(query or RequestQuery(), now=local_now(clock))
    with uow.for_reading():
        return uow.requests.records.list(asked)


# -- the station's lists ------------------------------------------------------------------------


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Read the channels and categories")
)
def request_lists(uow: RequestsUnitOfWork) -> RequestLists:
    with uow.for_reading():
        return uow.requests.lists.get()


def _check_names(names: list[str], key: str, errors: Errors) -> None:
    if not names:
        _not_found(key, QT_TRANSLATE_NOOP("Request", "The list needs at least one entry."), errors)
    if any(not n or len(n) > MAX_LIST_NAME for n in names):
        _not_found(key, QT_TRANSLATE_NOOP("Request", "Each entry has 1 to 20 characters."), errors)
    if len(set(names)) != len(names):
        _not_found(key, QT_TRANSLATE_NOOP("Request", "An entry is listed twice."), errors)


@service(
    Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Save the channels and categories")
)
def save_request_lists(uow: RequestsUnitOfWork, *, lists: RequestLists) -> Saved:
    """Replace the station's channels and categories. Requests keep the names they were given."""
    channels = tuple(ChannelOption(tidy(c.name), c.ticket) for c in lists.channels)
    categories = tuple(tidy(c) for c in lists.categories)
    errors: Errors = {}
    _check_names([c.name for c in channels], "channels", errors)
    _check_names(list(categories), "categories", errors)
    if errors:
        raise ValidationError(errors)
    with uow:
        uow.requests.lists.save(RequestLists(channels, categories))
        uow.commit()
    return Saved(0, REQUEST_CHANGES)
