"""The receipt a township sends a village: its plain value and its ``receipt.json`` form."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

#: At most this many holiday years and replies in one receipt (a damaged one is refused).
MAX_CALENDAR_YEARS = 100
MAX_REPLIES = 10_000
MAX_TAKEOVERS = 10_000


@dataclass(frozen=True)
class ReturnedRecord:
    """A record the township returned for correction, as a receipt lists it."""

    record_uuid: str
    record_type: str
    comment: str
    created_at: str
    summary: str = ""


@dataclass(frozen=True)
class EscalationReply:
    """The township's reply to a request the village 上报 to it (吹哨), by the request's 编号.

    ``replied_at`` is station time as typed (``2026-11-20 15:30``)."""

    number: str
    text: str
    department: str
    by: str
    replied_at: str


@dataclass(frozen=True)
class DisputeTakeover:
    """Who at the township took over (包案) one of the village's disputes, by its 编号.

    ``taken_at`` is station time as typed (``2026-11-20 15:30``)."""

    number: str
    owner_name: str
    taken_at: str


@dataclass(frozen=True)
class Receipt:
    """A verified receipt's content: what the township received and confirms."""

    township_code: str
    village_code: str
    confirmed_counter: int
    packages: tuple[int, ...]
    returned: tuple[ReturnedRecord, ...] = ()
    created_at: str = ""
    installation: str = ""
    """The village installation this receipt answers ("" from older townships)."""
    hashes: tuple[str, ...] = ()
    """The package hashes imported: a package is confirmed by its hash, never by its number."""
    held: tuple[str, ...] = ()
    forks: tuple[str, ...] = ()
    """Package hashes the township holds: a gap before them, or a second copy of the history."""
    audit_held: tuple[str, ...] = ()
    """Those of the ``forks`` held because the village's 操作日志 does not continue from the
    head the township last saw (still listed in ``forks``: an older village holds them too)."""
    replies: tuple[EscalationReply, ...] = ()
    """The township's replies to this village's 上报 requests still waiting for one."""
    calendar_years: tuple[str, ...] = ()
    """Every holiday year the township added, as holiday-cn JSON documents (read as hostile)."""
    takeovers: tuple[DisputeTakeover, ...] = ()
    """Who at the township took over this village's open disputes (包案), not yet shown by the
    village's packages."""


_REPLY_KEYS = ("number", "text", "department", "by", "replied_at")
_TAKEOVER_KEYS = ("number", "owner_name", "taken_at")


def receipt_to_json(receipt: Receipt) -> dict[str, object]:
    """The receipt's ``receipt.json`` entry (both ends use this pair, so they agree)."""
    return {
        "township_code": receipt.township_code,
        "village_code": receipt.village_code,
        "confirmed_counter": receipt.confirmed_counter,
        "packages": list(receipt.packages),
        "returned": [
            {
                "record_uuid": r.record_uuid,
                "record_type": r.record_type,
                "comment": r.comment,
                "created_at": r.created_at,
                "summary": r.summary,
            }
            for r in receipt.returned
        ],
        "created_at": receipt.created_at,
        "installation": receipt.installation,
        "hashes": list(receipt.hashes),
        "held": list(receipt.held),
        "forks": list(receipt.forks),
        "audit_held": list(receipt.audit_held),
        "replies": [
            {
                "number": r.number,
                "text": r.text,
                "department": r.department,
                "by": r.by,
                "replied_at": r.replied_at,
            }
            for r in receipt.replies
        ],
        "calendar_years": [json.loads(document) for document in receipt.calendar_years],
        "takeovers": [
            {"number": t.number, "owner_name": t.owner_name, "taken_at": t.taken_at}
            for t in receipt.takeovers
        ],
    }


def _hashes(obj: Mapping[str, object], key: str) -> tuple[str, ...]:
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(h, str) and len(h) == 64 for h in value):
        raise ValueError(key)
    return tuple(value)


def _replies(obj: Mapping[str, object]) -> tuple[EscalationReply, ...]:
    value = obj.get("replies", [])
    if not isinstance(value, list) or len(value) > MAX_REPLIES:
        raise ValueError("replies")
    replies: list[EscalationReply] = []
    for item in value:
        if not isinstance(item, dict):
            raise ValueError("replies")
        fields = [item.get(k) for k in _REPLY_KEYS]
        if not all(isinstance(f, str) for f in fields) or not item.get("number"):
            raise ValueError("replies")
        number, text, department, by, replied_at = (str(f) for f in fields)
        replies.append(EscalationReply(number, text, department, by, replied_at))
    return tuple(replies)


def _takeovers(obj: Mapping[str, object]) -> tuple[DisputeTakeover, ...]:
    value = obj.get("takeovers", [])
    if not isinstance(value, list) or len(value) > MAX_TAKEOVERS:
        raise ValueError("takeovers")
    takeovers: list[DisputeTakeover] = []
    for item in value:
        if not isinstance(item, dict):
            raise ValueError("takeovers")
        fields = [item.get(k) for k in _TAKEOVER_KEYS]
        if not all(isinstance(f, str) for f in fields) or not item.get("number"):
            raise ValueError("takeovers")
        number, owner_name, taken_at = (str(f) for f in fields)
        takeovers.append(DisputeTakeover(number, owner_name, taken_at))
    return tuple(takeovers)


def _calendar_years(obj: Mapping[str, object]) -> tuple[str, ...]:
    """The documents as JSON text: the village reads each with every check of a file's."""
    value = obj.get("calendar_years", [])
    if not isinstance(value, list) or len(value) > MAX_CALENDAR_YEARS:
        raise ValueError("calendar_years")
    if not all(isinstance(item, dict) for item in value):
        raise ValueError("calendar_years")
    return tuple(json.dumps(item, ensure_ascii=False) for item in value)


def receipt_from_json(obj: object) -> Receipt:
    """Parse ``receipt.json``; ValueError when anything is off."""
    if not isinstance(obj, dict):
        raise ValueError("receipt must be an object")
    counter = obj.get("confirmed_counter")
    packages = obj.get("packages")
    returned = obj.get("returned")
    if not isinstance(counter, int) or isinstance(counter, bool) or counter < 0:
        raise ValueError("confirmed_counter")
    if not isinstance(packages, list) or not all(
        isinstance(p, int) and not isinstance(p, bool) for p in packages
    ):
        raise ValueError("packages")
    if not isinstance(returned, list):
        raise ValueError("returned")
    items: list[ReturnedRecord] = []
    for r in returned:
        if not isinstance(r, dict):
            raise ValueError("returned")
        keys = ("record_uuid", "record_type", "comment", "created_at", "summary")
        values = {k: r.get(k, "") for k in keys}
        if not all(isinstance(v, str) for v in values.values()) or not values["record_uuid"]:
            raise ValueError("returned")
        items.append(ReturnedRecord(**values))
    codes = [
        obj.get("township_code"),
        obj.get("village_code"),
        obj.get("created_at", ""),
        obj.get("installation", ""),
    ]
    if not all(isinstance(c, str) for c in codes):
        raise ValueError("codes")
    return Receipt(
        township_code=codes[0],
        village_code=codes[1],
        confirmed_counter=counter,
        packages=tuple(packages),
        returned=tuple(items),
        created_at=codes[2],
        installation=codes[3],
        hashes=_hashes(obj, "hashes"),
        held=_hashes(obj, "held"),
        forks=_hashes(obj, "forks"),
        audit_held=_hashes(obj, "audit_held"),
        replies=_replies(obj),
        calendar_years=_calendar_years(obj),
        takeovers=_takeovers(obj),
    )
