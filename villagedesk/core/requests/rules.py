"""The rules a request must satisfy when it comes in, field by field, all problems at once
(the ones that need the database, such as the chosen resident, live in the services). The
requester's name and phone are checked as every person's are (core.person_rules)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar

from villagedesk.core.in_service.rules import card_number
from villagedesk.core.person_rules import check_name, check_optional_phone
from villagedesk.core.requests.attachments import check_attachments
from villagedesk.core.requests.model import (
    RequestDraft,
    Requester,
    RequesterKind,
    RequestLists,
    RequestType,
    RequestValues,
    Urgency,
)
from villagedesk.core.requests.moments import parse_moment
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg, tidy

CTX = "Request"
MAX_CONTENT = 2000
MAX_TEXT = 200
MAX_NAME = 40

Errors = dict[str, list[Message]]
E = TypeVar("E", RequestType, Urgency, RequesterKind)


def request_number(short_code: str, year: int, serial: int) -> str:
    """编号 ``DHC-2026-0012``: the station's short code, the year received, the serial of that
    year (the same form as the contact card's number, never 11 digits in a row)."""
    return card_number(short_code, year, serial)


def tidy_block(text: str) -> str:
    """Free text: each line's spaces tidied, blank lines at the ends dropped."""
    return "\n".join(tidy(line) for line in text.strip().splitlines())


def too_long(limit: int) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP("Request", "The text is too long: at most {limit} characters."),
        limit=limit,
    )


def check_text(
    text: str, key: str, errors: Errors, *, required: Message | None, limit: int = MAX_TEXT
) -> str:
    """``text`` tidied (line breaks kept); a message under ``key`` when it is empty and
    ``required`` is given, or longer than ``limit``."""
    clean = tidy_block(text)
    if not clean and required is not None:
        errors.setdefault(key, []).append(required)
    elif len(clean) > limit:
        errors.setdefault(key, []).append(too_long(limit))
    return clean


def _choice(enum: type[E], code: str, key: str, problem: Message, errors: Errors) -> E | None:
    try:
        return enum(code.strip())
    except ValueError:
        errors.setdefault(key, []).append(problem)
        return None


def _check_channel(draft: RequestDraft, lists: RequestLists, errors: Errors) -> tuple[str, str]:
    name = tidy(draft.channel)
    ticket = tidy(draft.ticket)
    option = lists.channel(name)
    if not name:
        errors["channel"] = [msg(CTX, QT_TRANSLATE_NOOP("Request", "Choose the channel."))]
    elif option is None:
        errors["channel"] = [
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Request", "“{name}” is not one of the station's channels."),
                name=name,
            )
        ]
    elif option.ticket and not ticket:
        errors["ticket"] = [
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Request", "Enter the ticket number of the request passed down by {channel}."
                ),
                channel=name,
            )
        ]
    if len(ticket) > MAX_NAME:
        errors.setdefault("ticket", []).append(too_long(MAX_NAME))
    return name, ticket


def _check_category(text: str, lists: RequestLists, errors: Errors) -> str:
    name = tidy(text)
    if name and name not in lists.categories:
        errors["category"] = [
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Request", "“{name}” is not one of the station's categories."),
                name=name,
            )
        ]
    return name


def check_requester(draft: RequestDraft, errors: Errors) -> Requester | None:
    """The requester as far as it can be told without the database (a chosen resident's or
    member's name and phone are filled in by the service)."""
    kind = _choice(
        RequesterKind,
        draft.requester_kind,
        "requester_kind",
        msg(CTX, QT_TRANSLATE_NOOP("Request", "Say who raised the request.")),
        errors,
    )
    phone = check_optional_phone(draft.requester_phone, errors, key="requester_phone")
    if kind is RequesterKind.NAMED:
        return Requester(
            kind, None, check_name(draft.requester_name, errors, "requester_name"), phone
        )
    if kind is RequesterKind.ANONYMOUS:
        if tidy(draft.requester_name):
            errors["requester_name"] = [
                msg(CTX, QT_TRANSLATE_NOOP("Request", "An anonymous request has no name."))
            ]
        return Requester(kind, None, "", phone)
    if kind is not None and draft.person_id is None:
        errors["person_id"] = [
            msg(CTX, QT_TRANSLATE_NOOP("Request", "Choose the requester from the search box."))
        ]
    return Requester(kind, draft.person_id, "", phone) if kind is not None else None


def check_request_fields(
    draft: RequestDraft,
    *,
    today: date,
    now: datetime | None = None,
    lists: RequestLists | None = None,
) -> tuple[RequestValues | None, Errors]:
    """The request's values, or None with every problem at once (field → messages). An empty
    receipt time means ``now`` when it is given; ``lists`` are the station's (default lists
    when None)."""
    errors: Errors = {}
    known = lists or RequestLists()
    content = check_text(
        draft.content,
        "content",
        errors,
        required=msg(CTX, QT_TRANSLATE_NOOP("Request", "Write what the request is about.")),
        limit=MAX_CONTENT,
    )
    kind = _choice(
        RequestType,
        draft.kind,
        "kind",
        msg(CTX, QT_TRANSLATE_NOOP("Request", "Choose the type of request.")),
        errors,
    )
    urgency = _choice(
        Urgency,
        draft.urgency,
        "urgency",
        msg(CTX, QT_TRANSLATE_NOOP("Request", "Choose how urgent it is.")),
        errors,
    )
    channel, ticket = _check_channel(draft, known, errors)
    category = _check_category(draft.category, known, errors)
    requester = check_requester(draft, errors)
    place = check_text(draft.place, "place", errors, required=None)
    received_by = check_text(
        draft.received_by, "received_by", errors, required=None, limit=MAX_NAME
    )
    received_at = parse_moment(draft.received_at, "received_at", errors, today=today, now=now)
    check_attachments(draft.attachments, errors)  # checked here, written by the service
    if errors:
        return None, errors
    assert kind and urgency and requester and received_at
    values = RequestValues(
        content=content,
        kind=kind,
        urgency=urgency,
        channel=channel,
        ticket=ticket,
        category=category,
        requester=requester,
        household_id=draft.household_id,
        essential_service=draft.essential_service and kind is RequestType.HELP,
        place=place,
        received_by=received_by,
        received_at=received_at,
    )
    return values, errors


def give_reason() -> Message:
    return msg(CTX, QT_TRANSLATE_NOOP("Request", "Give the reason."))
