"""Content validators of the request record types (民情诉求, 办理记录, 诉求附件), for the township
import and the record check.

A request is rebuilt into the draft the village's form would have typed and run through the very
rules of :func:`core.requests.rules.check_request_fields` (the channel and category against the
names the row carries: each village keeps lists of its own); its progress is checked field by
field against the enums and times it is made of. A step's details are checked against the
dataclass of its action, an attachment by :func:`core.requests.attachments.check_attachment`
(only its metadata travels, never the file). Anything of the wrong type or outside an enum makes
the record malformed (the caller turns the exception into that message). References to other
records must be uuids; the applier refuses those that point nowhere.
"""

from __future__ import annotations

import json
from dataclasses import MISSING, fields
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import get_type_hints

from villagedesk.core.person_rules import check_name
from villagedesk.core.pinyin import MAX_KEY_CHARS
from villagedesk.core.requests.attachments import check_attachment
from villagedesk.core.requests.events import DETAILS_OF, Resolution, Satisfaction
from villagedesk.core.requests.model import (
    AttachmentDraft,
    AttachmentKind,
    ChannelOption,
    RequestDraft,
    RequesterKind,
    RequestLists,
)
from villagedesk.core.requests.rules import (
    MAX_CONTENT,
    MAX_NAME,
    MAX_TEXT,
    check_request_fields,
    check_text,
    request_number,
)
from villagedesk.core.requests.state import Action, RequestState
from villagedesk.core.text import Message
from villagedesk.core.township.record_rules import Row, bad_field, field_text, register_validator

Errors = dict[str, list[Message]]

#: The times of a request's progress (each None or an ISO time).
MOMENTS = (
    "state_since",
    "signed_at",
    "due_at",
    "extended_to",
    "replied_at",
    "followed_up_at",
    "round_start",
    "closed_at",
    "returned_at",
)
#: Who a request names: the people chosen from a register, by requester kind.
_CHOSEN = {
    RequesterKind.RESIDENT: "requester_resident_id",
    RequesterKind.MEMBER: "requester_member_id",
}
_FORM_TIME = "%Y-%m-%d %H:%M"


def _flat(errors: Errors) -> list[Message]:
    return [m for messages in errors.values() for m in messages]


def _int(row: Row, key: str, *, optional: bool = False, low: int = 0) -> int | None:
    value = row.get(key)
    if value is None and optional:
        return None
    if type(value) is not int or value < low:
        raise TypeError(key)
    return value


def _flag(row: Row, key: str, *, optional: bool = False) -> None:
    if _int(row, key, optional=optional) not in (None, 0, 1):
        raise ValueError(key)


def _moment(row: Row, key: str, *, required: bool = False) -> datetime | None:
    text = row.get(key)
    if text is None and not required:
        return None
    if not isinstance(text, str):
        raise TypeError(key)
    return datetime.fromisoformat(text)


def _ref(row: Row, key: str, *, required: bool = False) -> list[Message]:
    """A reference to another record travels as its uuid."""
    value = row.get(key)
    ok = isinstance(value, str) or (value is None and not required)
    return [] if ok else [bad_field(key)]


def _short(row: Row, key: str, limit: int, errors: Errors) -> str:
    return check_text(field_text(row, key), key, errors, required=None, limit=limit)


def _json(row: Row, key: str) -> object:
    return json.loads(field_text(row, key))


def _people(row: Row, key: str, *, requesters: bool) -> list[Message]:
    """协办人 or co-requesters: a list of objects, each with a short name."""
    people = _json(row, key)
    if not isinstance(people, list) or not all(isinstance(p, dict) for p in people):
        raise TypeError(key)
    errors: Errors = {}
    for person in people:
        name = person.get("name", "")
        if not isinstance(name, str):
            raise TypeError(key)
        check_text(name, key, errors, required=None, limit=MAX_NAME)
        if requesters:
            RequesterKind(person.get("kind"))
    return _flat(errors)


def _number(row: Row) -> list[Message]:
    """编号 ``DHC-2026-0012``: the short code, then the year and serial stored beside it."""
    year, serial = _int(row, "year", low=1), _int(row, "sequence", low=1)
    number = field_text(row, "number")
    code = number.rsplit("-", 2)[0]
    assert year is not None and serial is not None
    if len(number) > MAX_NAME or request_number(code, year, serial) != number:
        return [bad_field("number")]
    return []


def _requester(row: Row, kind: RequesterKind) -> list[Message]:
    """The chosen resident or member (a uuid, and only the one the kind names); the name."""
    problems: list[Message] = []
    for chosen_kind, key in _CHOSEN.items():
        given = row.get(key)
        wanted = isinstance(given, str) if chosen_kind is kind else given is None
        if not wanted:
            problems.append(bad_field(key))
    errors: Errors = {}
    if kind in _CHOSEN:  # the form left the name to the service: it is the person's own
        check_name(field_text(row, "requester_name"), errors, "requester_name")
    for key in ("requester_initials", "requester_pinyin"):
        _short(row, key, MAX_KEY_CHARS, errors)
    return problems + _flat(errors)


def _received_errors(row: Row, kind: RequesterKind, today: date) -> list[Message]:
    """What came in, through the rules of the village's form."""
    received = _moment(row, "received_at", required=True)
    assert received is not None
    channel, category = field_text(row, "channel"), field_text(row, "category")
    draft = RequestDraft(
        content=field_text(row, "content"),
        kind=field_text(row, "kind"),
        urgency=field_text(row, "urgency"),
        channel=channel,
        ticket=field_text(row, "ticket"),
        category=category,
        requester_kind=kind.value,
        person_id=0 if kind in _CHOSEN else None,
        requester_name="" if kind in _CHOSEN else field_text(row, "requester_name"),
        requester_phone=field_text(row, "requester_phone"),
        place=field_text(row, "place"),
        received_by=field_text(row, "received_by"),
        received_at=received.strftime(_FORM_TIME),
    )
    lists = RequestLists((ChannelOption(" ".join(channel.split())),), (category,))
    errors = check_request_fields(draft, today=today, lists=lists)[1]
    _short(row, "channel", MAX_NAME, errors)
    _short(row, "category", MAX_NAME, errors)
    _short(row, "deadline_rule", MAX_TEXT, errors)
    return _flat(errors)


def _progress_errors(row: Row) -> list[Message]:
    """Where it stands: the state and the follow-up's answers, times, flags and counts."""
    RequestState(field_text(row, "state"))
    for key, enum in (("resolution", Resolution), ("satisfaction", Satisfaction)):
        if row.get(key) is not None:
            enum(field_text(row, key))
    for key in MOMENTS:
        _moment(row, key)
    for key in ("essential_service", "due_estimated"):
        _flag(row, key)
    for key in ("signed_on_time", "replied_on_time"):
        _flag(row, key, optional=True)
    _int(row, "reopened")
    errors: Errors = {}
    if row.get("assignee_name") is None:
        if row.get("assignee_member_id") is not None:
            return [bad_field("assignee_member_id")]
    else:
        _short(row, "assignee_name", MAX_NAME, errors)
    return _flat(errors) + _people(row, "helpers", requesters=False)


@register_validator("requests")
def validate_request(row: Row, today: date) -> list[Message]:
    kind = RequesterKind(field_text(row, "requester_kind"))
    refs = [*_ref(row, "household_id"), *_ref(row, "assignee_member_id"), *_ref(row, "merged_into")]
    return (
        refs
        + _number(row)
        + _requester(row, kind)
        + _received_errors(row, kind, today)
        + _progress_errors(row)
        + _people(row, "co_requesters", requesters=True)
    )


@cache
def _details_fields(action: Action) -> tuple[frozenset[str], frozenset[str], dict[str, object]]:
    """A step's details: every field, the required ones, and each field's type."""
    cls = DETAILS_OF[action]
    every = fields(cls)
    required = {f.name for f in every if f.default is MISSING and f.default_factory is MISSING}
    return frozenset(f.name for f in every), frozenset(required), dict(get_type_hints(cls))


def _details(row: Row, action: Action) -> list[Message]:
    """The details hold the fields of the action's kind, texts within bounds, enums known."""
    details = _json(row, "details")
    if not isinstance(details, dict):
        raise TypeError("details")
    names, required, hints = _details_fields(action)
    if not required <= details.keys() <= names:
        return [bad_field("details")]
    errors: Errors = {}
    for key, value in details.items():
        hint = hints[key]
        if isinstance(hint, type) and issubclass(hint, Enum):
            hint(value)
        elif hint is str:
            if not isinstance(value, str):
                raise TypeError(key)
            check_text(value, "details", errors, required=None, limit=MAX_CONTENT)
    return _flat(errors)


@register_validator("request_events")
def validate_request_event(row: Row, today: date) -> list[Message]:
    del today
    action = Action(field_text(row, "action"))
    _moment(row, "at", required=True)
    errors: Errors = {}
    _short(row, "actor", MAX_NAME, errors)
    return _ref(row, "request_id", required=True) + _flat(errors) + _details(row, action)


@register_validator("request_attachments")
def validate_request_attachment(row: Row, today: date) -> list[Message]:
    del today
    size = _int(row, "size")
    assert size is not None
    stored_kind = AttachmentKind(field_text(row, "kind"))
    errors: Errors = {}
    name = _short(row, "name", MAX_TEXT, errors)
    draft = AttachmentDraft(field_text(row, "path"), size, name=name)
    checked, problems = check_attachment(draft)
    if checked is not None and checked.kind is not stored_kind:
        problems.append(bad_field("kind"))
    refs = _ref(row, "request_id", required=True) + _ref(row, "event_id")
    return refs + _flat(errors) + problems
