"""Content validators of the dispute record types (矛盾纠纷, 当事人, 涉及户, 纠纷处理记录), for the
township import and the record check.

The JSON a dispute row carries (its risk factors, the warning reasons, a step's details) is
read back with :func:`villagedesk.core.json_values.load`, the very reader the village's store
uses: a wrong type, an unknown field or enum value makes the record malformed (the caller turns
the exception into that message). Texts are held to the bounds of the village's forms, a party
to the person rules, the 编号 to the shape the services give. References to other records must
be uuids; the applier refuses those that point nowhere.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date, datetime

from villagedesk.core.disputes.events import DETAILS_OF, LevelReason, Outcome, Performance
from villagedesk.core.disputes.model import (
    DisputeSource,
    MediationLevel,
    PartyKind,
    PartyRole,
    RiskFactors,
    WarningLevel,
)
from villagedesk.core.disputes.numbers import dispute_number
from villagedesk.core.disputes.state import DisputeAction, DisputeState
from villagedesk.core.disputes.warning import REASON_CODES
from villagedesk.core.errors import DomainError
from villagedesk.core.id_number import check_id_number
from villagedesk.core.json_values import load, load_all
from villagedesk.core.person_rules import check_name, check_optional_phone
from villagedesk.core.pinyin import MAX_KEY_CHARS
from villagedesk.core.requests.events import Satisfaction
from villagedesk.core.requests.rules import MAX_CONTENT, MAX_NAME, MAX_TEXT, check_text
from villagedesk.core.text import Message
from villagedesk.core.township.record_rules import Row, bad_field, field_text, register_validator

Errors = dict[str, list[Message]]

_MOMENTS = ("recorded_at", "state_since", "level_since", "followed_up_at", "closed_at")
_DAYS = ("screened_on", "level_due", "case_due", "performance_due")
_COUNTS = ("sessions", "failed_sessions", "reopened")
_FLAGS = ("warning_manual", "extended", "last_session_failed")
_TEXTS = {
    "dispute_type": MAX_NAME,
    "summary": MAX_CONTENT,
    "cause": MAX_CONTENT,
    "place": MAX_TEXT,
    "party_names": MAX_CONTENT,
    "township_owner": MAX_NAME,
    "agreement_number": MAX_TEXT,
}
_MAX_PEOPLE = 99_999


def _flat(errors: Errors) -> list[Message]:
    return [m for messages in errors.values() for m in messages]


def _int(row: Row, key: str, *, low: int = 0, optional: bool = False) -> int | None:
    value = row.get(key)
    if value is None and optional:
        return None
    if type(value) is not int or value < low:
        raise TypeError(key)
    return value


def _ref(row: Row, key: str, *, required: bool = False) -> list[Message]:
    """A reference to another record travels as its uuid."""
    value = row.get(key)
    ok = isinstance(value, str) or (value is None and not required)
    return [] if ok else [bad_field(key)]


def _long_texts(value: object, key: str) -> list[Message]:
    """Every text inside a read-back value within the bound of a form's free text."""
    if isinstance(value, str):
        return [bad_field(key)] if len(value) > MAX_CONTENT else []
    if isinstance(value, tuple):
        return [m for item in value for m in _long_texts(item, key)]
    if is_dataclass(value) and not isinstance(value, type):
        return [m for f in fields(value) for m in _long_texts(getattr(value, f.name), key)]
    return []


def _number(row: Row) -> list[Message]:
    """编号 ``DHC-调-2026-0012``: the short code, then the year and serial stored beside it."""
    year, serial = _int(row, "year", low=1), _int(row, "sequence", low=1)
    number = field_text(row, "number")
    code = number.rsplit("-", 3)[0]
    assert year is not None and serial is not None
    if len(number) > MAX_NAME or dispute_number(code, year, serial) != number:
        return [bad_field("number")]
    return []


def _enums(row: Row) -> None:
    DisputeSource(field_text(row, "source"))
    MediationLevel(field_text(row, "first_level"))
    MediationLevel(field_text(row, "mediation_level"))
    DisputeState(field_text(row, "state"))
    if WarningLevel(field_text(row, "warning")) is WarningLevel.GREEN:
        raise ValueError("warning")  # green is only ever shown, never kept
    for key, enum in (("outcome", Outcome), ("performance", Performance)):
        if row.get(key) is not None:
            enum(field_text(row, key))
    if row.get("satisfaction") is not None:
        Satisfaction(field_text(row, "satisfaction"))


def _times(row: Row) -> None:
    datetime.fromisoformat(field_text(row, "recorded_at"))
    for key in _MOMENTS:
        if row.get(key) is not None:
            datetime.fromisoformat(field_text(row, key))
    date.fromisoformat(field_text(row, "screened_on"))
    for key in _DAYS[1:]:
        if row.get(key) is not None:
            date.fromisoformat(field_text(row, key))


def _figures(row: Row) -> list[Message]:
    """Counts, flags, the risk factors and the warning reasons."""
    for key in _COUNTS:
        _int(row, key)
    for key in _FLAGS:
        if _int(row, key) not in (0, 1):
            raise ValueError(key)
    if _int(row, "hidden_risk", optional=True) not in (None, 0, 1):
        raise ValueError("hidden_risk")
    people = _int(row, "people", low=1)
    assert people is not None
    risks = load(RiskFactors, field_text(row, "risks"))
    problems = [bad_field("people")] if people > _MAX_PEOPLE else []
    if (
        max(risks.police_calls, risks.failed_mediations) > 999
        or min(risks.police_calls, risks.failed_mediations) < 0
    ):
        problems.append(bad_field("risks"))
    reasons = load_all(LevelReason, field_text(row, "warning_reasons") or "[]")
    if any(r.code not in REASON_CODES or r.count < 0 for r in reasons):
        problems.append(bad_field("warning_reasons"))
    return problems


def _owner(row: Row, errors: Errors) -> list[Message]:
    problems: list[Message] = []
    for name_key, member_key in (
        ("owner_name", "owner_member_id"),
        ("first_owner_name", "first_owner_member_id"),
    ):
        problems += _ref(row, member_key)
        if row.get(name_key) is None:
            if row.get(member_key) is not None:
                problems.append(bad_field(member_key))
        else:
            check_text(field_text(row, name_key), name_key, errors, required=None, limit=MAX_NAME)
    return problems


@register_validator("disputes")
def validate_dispute(row: Row, today: date) -> list[Message]:
    del today
    _enums(row)
    _times(row)
    errors: Errors = {}
    for key, limit in _TEXTS.items():
        check_text(field_text(row, key), key, errors, required=None, limit=limit)
    if not field_text(row, "dispute_type").strip() or not field_text(row, "summary").strip():
        errors.setdefault("summary", []).append(bad_field("summary"))
    problems = _number(row) + _figures(row) + _owner(row, errors) + _ref(row, "request_id")
    return problems + _flat(errors)


_CHOSEN = {PartyKind.RESIDENT: "resident_id", PartyKind.MEMBER: "member_id"}


@register_validator("dispute_parties")
def validate_dispute_party(row: Row, today: date) -> list[Message]:
    """A party: its kind names the register it was chosen from (only that one's uuid), a name
    by the person rules, a phone and an ID number that pass the forms' checks."""
    kind = PartyKind(field_text(row, "kind"))
    PartyRole(field_text(row, "role"))
    _int(row, "position")
    problems = _ref(row, "dispute_id", required=True)
    for chosen_kind, key in _CHOSEN.items():
        given = row.get(key)
        if not (isinstance(given, str) if chosen_kind is kind else given is None):
            problems.append(bad_field(key))
    errors: Errors = {}
    check_name(field_text(row, "name"), errors, "name")
    check_optional_phone(field_text(row, "phone"), errors, "phone")
    for key in ("name_initials", "name_pinyin"):
        check_text(field_text(row, key), key, errors, required=None, limit=MAX_KEY_CHARS)
    check_text(field_text(row, "address"), "address", errors, required=None, limit=MAX_TEXT)
    number = field_text(row, "id_number")
    if number:
        try:
            check_id_number(number, today=today)
        except DomainError:
            problems.append(bad_field("id_number"))  # the message never repeats the number
    return problems + _flat(errors)


@register_validator("dispute_households")
def validate_dispute_household(row: Row, today: date) -> list[Message]:
    del today
    _int(row, "position")
    return _ref(row, "dispute_id", required=True) + _ref(row, "household_id", required=True)


@register_validator("dispute_events")
def validate_dispute_event(row: Row, today: date) -> list[Message]:
    del today
    action = DisputeAction(field_text(row, "action"))
    datetime.fromisoformat(field_text(row, "at"))
    errors: Errors = {}
    check_text(field_text(row, "actor"), "actor", errors, required=None, limit=MAX_NAME)
    details = load(DETAILS_OF[action], field_text(row, "details"))
    return _ref(row, "dispute_id", required=True) + _flat(errors) + _long_texts(details, "details")
