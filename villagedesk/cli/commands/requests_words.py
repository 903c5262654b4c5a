"""The words of ``villagedesk requests``: the Chinese names its options take for the core's
enums (one table per enum, built from the enum's own label as the window shows it, so there is
one spelling of each; the codes work too), and the option each service field comes from.
"""

from __future__ import annotations

import unicodedata
from typing import TypeVar

from villagedesk.core.requests.events import Resolution, Satisfaction
from villagedesk.core.requests.model import RequestType, Urgency
from villagedesk.core.requests.record import DueFilter
from villagedesk.core.requests.state import RequestState
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.i18n import enum_label, translate

Coded = TypeVar("Coded", RequestType, Urgency, Resolution, Satisfaction, RequestState, DueFilter)
Errors = dict[str, list[Message]]


def normal(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def choices(enum: type[Coded]) -> dict[str, Coded]:
    """The words that name each value of ``enum``: its label as the window shows it (in
    Chinese) and its code."""
    table: dict[str, Coded] = {}
    for item in enum:
        table[normal(enum_label(item.label))] = item
        table[item.value] = item
    return table


def words(enum: type[Coded]) -> list[str]:
    """The Chinese words of ``enum``'s values, in their order (for the help and the refusals)."""
    return [enum_label(item.label) for item in enum]


def pick(enum: type[Coded], text: str, key: str, errors: Errors) -> Coded | None:
    found = choices(enum).get(normal(text).lower()) or choices(enum).get(normal(text))
    if found is None:
        errors.setdefault(key, []).append(
            msg(
                "Cli",
                QT_TRANSLATE_NOOP("Cli", "“{value}” is not one of: {words}."),
                value=" ".join(text.split()),
                words="、".join(words(enum)),
            )
        )
    return found


def labels() -> dict[str, str]:
    """The option each service field comes from, for "field: message" on stderr."""
    by = translate("Cli", "Who (--by)")
    text = translate("Cli", "Text (--text)")
    requester = translate("Cli", "Requester (--requester)")
    return {
        "content": translate("Cli", "Content (--content)"),
        "kind": translate("Cli", "Type (--type)"),
        "urgency": translate("Cli", "Urgency (--urgency)"),
        "channel": translate("Cli", "Channel (--channel)"),
        "ticket": translate("Cli", "Ticket number (--ticket)"),
        "category": translate("Cli", "Category (--category)"),
        "requester": requester,
        "requester_kind": requester,
        "person_id": requester,
        "requester_name": requester,
        "household_id": requester,
        "requester_phone": translate("Cli", "Phone (--phone)"),
        "place": translate("Cli", "Place (--place)"),
        "received_by": translate("Cli", "Received by (--received-by)"),
        "received_at": translate("Cli", "Received (--received)"),
        "at": translate("Cli", "Time (--at)"),
        "assignee": translate("Cli", "Person responsible (--to)"),
        "helpers": translate("Cli", "Helper (--helper)"),
        "signer": by,
        "by": by,
        "text": text,
        "note": translate("Cli", "Note (--note)"),
        "resolution": translate("Cli", "Result (--result)"),
        "satisfaction": translate("Cli", "Satisfaction (--satisfaction)"),
        "follow_up": translate("Cli", "Follow-up"),
        "statement": translate("Cli", "Statement (--statement)"),
        "approved_by": translate("Cli", "Approved by (--approved-by)"),
        "reason": translate("Cli", "Reason (--reason)"),
        "into": translate("Cli", "Into (--into)"),
    }
