"""One audit-log entry (操作日志), its kinds, and the canonical bytes its hash is taken over.

An entry says who (actor name, role, device), when (UTC stamp), what (kind, record type and
uuid, the fields changed with old and new values, a note such as an export's reason) and through
which service. Values are JSON scalars so that the same bytes come out at the village, in the
store and at the township. ID numbers and phones never appear in clear: the draft's values go
through :func:`villagedesk.core.audit.redact.redact_changes` when the entry is made.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum

from villagedesk.core.text import QT_TRANSLATE_NOOP

Scalar = str | int | float | bool | None
FieldChange = tuple[str, Scalar, Scalar]
"""(field, old value, new value); a value that did not exist before or after is None."""

GENESIS_HASH = "0" * 64
"""The ``prev_hash`` of the first entry of a station's log."""


class AuditKind(StrEnum):
    """What happened."""

    WRITE = "write"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    ACCOUNT_LOCKED = "account_locked"
    UNMASK = "unmask"
    EXPORT = "export"
    PRINT = "print"
    BACKUP = "backup"
    RESTORE = "restore"
    SYNC = "sync"
    AUTO_LOGIN_ON = "auto_login_on"
    AUTO_LOGIN_OFF = "auto_login_off"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    AuditKind.WRITE: QT_TRANSLATE_NOOP("Enum", "Record changed"),
    AuditKind.LOGIN: QT_TRANSLATE_NOOP("Enum", "Signed in"),
    AuditKind.LOGIN_FAILED: QT_TRANSLATE_NOOP("Enum", "Sign-in failed"),
    AuditKind.LOGOUT: QT_TRANSLATE_NOOP("Enum", "Signed out"),
    AuditKind.ACCOUNT_LOCKED: QT_TRANSLATE_NOOP("Enum", "Account locked"),
    AuditKind.UNMASK: QT_TRANSLATE_NOOP("Enum", "Full number shown"),
    AuditKind.EXPORT: QT_TRANSLATE_NOOP("Enum", "Personal data exported"),
    AuditKind.PRINT: QT_TRANSLATE_NOOP("Enum", "Personal data printed"),
    AuditKind.BACKUP: QT_TRANSLATE_NOOP("Enum", "Backup made"),
    AuditKind.RESTORE: QT_TRANSLATE_NOOP("Enum", "Backup restored"),
    AuditKind.SYNC: QT_TRANSLATE_NOOP("Enum", "Synced"),
    AuditKind.AUTO_LOGIN_ON: QT_TRANSLATE_NOOP("Enum", "Auto-login switched on"),
    AuditKind.AUTO_LOGIN_OFF: QT_TRANSLATE_NOOP("Enum", "Auto-login switched off"),
}


@dataclass(frozen=True)
class AuditDraft:
    """What a service records; :func:`villagedesk.core.audit.chain.append` numbers and chains it.

    ``role`` is the actor's :class:`~villagedesk.core.accounts.model.Role` value ("" when there
    is none, e.g. a failed sign-in under an unknown name); ``record_type`` is the table name
    (:mod:`villagedesk.core.registers`) and ``record_uuid`` the record's uuid, both "" for
    entries about no record (a sign-in, a backup).
    """

    at: str
    actor: str
    role: str
    device: str
    kind: AuditKind
    service: str
    record_type: str = ""
    record_uuid: str = ""
    fields: tuple[FieldChange, ...] = ()
    note: str = ""
    changes: int = 0
    """How many records the entry's transaction wrote (their rows: core/audit/changes.py)."""
    digest: str = ""
    """sha256 over those records' change lines, in order ("" when there are none)."""


@dataclass(frozen=True)
class AuditEntry:
    """A written entry: the draft's values, its number, the previous entry's hash and its own.

    ``kind`` is an :class:`AuditKind` value; it is typed as text so that a row read back with a
    kind this version does not know still verifies (or is reported as edited) instead of failing
    to load."""

    seq: int
    at: str
    actor: str
    role: str
    device: str
    kind: str
    service: str
    record_type: str
    record_uuid: str
    fields: tuple[FieldChange, ...]
    note: str
    prev_hash: str
    hash: str
    changes: int = 0
    digest: str = ""


def canonical(entry: AuditEntry) -> bytes:
    """Everything but ``hash`` as sorted-key compact JSON in UTF-8: the bytes the hash covers.

    The fields become ``[[field, old, new], …]``; JSON keeps ``1``, ``1.0``, ``true`` and ``"1"``
    apart, so no edit of a value's type goes unseen. Non-finite floats are refused (ValueError).
    """
    # Built by hand: dataclasses.asdict deep-copies every value, ten times the cost of the rest
    # for the thousands of entries an import writes.
    values = {
        "seq": entry.seq,
        "at": entry.at,
        "actor": entry.actor,
        "role": entry.role,
        "device": entry.device,
        "kind": str(entry.kind),
        "service": entry.service,
        "record_type": entry.record_type,
        "record_uuid": entry.record_uuid,
        "fields": [list(change) for change in entry.fields],
        "note": entry.note,
        "prev_hash": entry.prev_hash,
        "changes": entry.changes,
        "digest": entry.digest,
    }
    text = json.dumps(
        values, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def entry_hash(entry: AuditEntry) -> str:
    """sha256 over the previous hash and the canonical bytes, as 64 lowercase hex digits."""
    return hashlib.sha256(entry.prev_hash.encode("utf-8") + canonical(entry)).hexdigest()
