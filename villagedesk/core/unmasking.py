"""显示 (a full number shown), exports with full numbers and prints of personal data, each logged.

Every screen shows ID numbers and phones masked (core/masking.py, the station's policy; the
GUI's one display rule is ``ui/masked.py``). A 录入员 or 管理员 sees one record's full numbers
through :func:`reveal`, :func:`reveal_record` or :func:`reveal_member_of`, which read them and
log an UNMASK entry naming the record and the fields, never the values. A 查看 is refused (无权限) by the declaration.

An export holding full ID numbers needs a reason (:func:`log_export`, refused without one); a
printed ledger of personal data is logged by :func:`log_print`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from villagedesk.core.accounts.guard import current_service, service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.accounts.ports import AuditSink
from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.masking import number_kind
from villagedesk.core.ports import Transaction
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

CTX = "Masking"
REASON_LIMIT = 200
"""The longest reason an export keeps (the log's note)."""


class RecordNumbers(Protocol):
    """``uow.record_numbers``: a stored record's numbers by its type (syncable table) and key."""

    def uuid_of(self, record_type: str, record_id: int) -> str | None:
        """The record's uuid; None when there is no such record."""
        ...

    def values(self, record_type: str, record_uuid: str, fields: Sequence[str]) -> list[str] | None:
        """The stored text of ``fields`` (number fields only) in order; None: no such record."""
        ...

    def member_of(self, record_type: str, record_id: int) -> int | None:
        """The id of the member a record is about (its ``member_id``); None: no such record."""
        ...


class UnmaskUnitOfWork(Transaction, Protocol):
    """The narrow port these services need (any store unit of work has it)."""

    @property
    def record_numbers(self) -> RecordNumbers: ...
    @property
    def audit(self) -> AuditSink: ...


@dataclass(frozen=True)
class Revealed:
    """One record's full numbers, field → value, and the record's uuid."""

    record_uuid: str
    values: dict[str, str]


def _check_fields(fields: Sequence[str]) -> None:
    wrong = [f for f in fields if number_kind(f) is None]
    if wrong or not fields:
        raise ValueError(f"not a number field: {wrong or fields}")


def _not_found() -> NotFound:
    return NotFound(msg(CTX, QT_TRANSLATE_NOOP("Masking", "The record no longer exists.")))


def _reveal(
    uow: UnmaskUnitOfWork, record_type: str, record_uuid: str, fields: Sequence[str]
) -> dict[str, str]:
    """Inside an open unit of work: read the numbers and log one UNMASK entry."""
    values = uow.record_numbers.values(record_type, record_uuid, fields)
    if values is None:
        raise _not_found()
    uow.audit.record(
        uow.audit.draft(
            AuditKind.UNMASK,
            current_service(),
            record_type=record_type,
            record_uuid=record_uuid,
            note=",".join(fields),
        )
    )
    uow.commit()
    return dict(zip(fields, values, strict=True))


@service(Action.UNMASK, label=QT_TRANSLATE_NOOP("Services", "Show a full number"))
def reveal(uow: UnmaskUnitOfWork, *, record_type: str, record_uuid: str, field: str) -> str:
    """The full stored ``field`` (an ID number or a phone) of one record; logged (UNMASK)."""
    _check_fields([field])
    with uow:
        return _reveal(uow, record_type, record_uuid, [field])[field]


@service(Action.UNMASK, label=QT_TRANSLATE_NOOP("Services", "Show a record's full numbers"))
def reveal_record(
    uow: UnmaskUnitOfWork, *, record_type: str, record_id: int, fields: Sequence[str]
) -> Revealed:
    """One record's full numbers (显示 on a register row or a detail page): one UNMASK entry
    naming the record and every field shown."""
    _check_fields(fields)
    with uow:
        record_uuid = uow.record_numbers.uuid_of(record_type, record_id)
        if record_uuid is None:
            raise _not_found()
        return Revealed(record_uuid, _reveal(uow, record_type, record_uuid, list(fields)))


@service(Action.UNMASK, label=QT_TRANSLATE_NOOP("Services", "Show a member's full numbers"))
def reveal_member_of(
    uow: UnmaskUnitOfWork, *, record_type: str, record_id: int, fields: Sequence[str]
) -> Revealed:
    """The full numbers of the member a row is about (显示 on an in-service registration or an
    应报到名单 line, which show the member's phone): one UNMASK entry naming the member."""
    _check_fields(fields)
    with uow:
        member_id = uow.record_numbers.member_of(record_type, record_id)
        record_uuid = (
            None if member_id is None else uow.record_numbers.uuid_of("members", member_id)
        )
        if record_uuid is None:
            raise _not_found()
        return Revealed(record_uuid, _reveal(uow, "members", record_uuid, list(fields)))


def holds_full_ids(keys: Sequence[str]) -> bool:
    """Whether an export of the fields ``keys`` holds full ID numbers (then it needs a reason)."""
    return any(number_kind(k) == "id_number" for k in keys)


def check_reason(reason: str) -> str:
    """The reason an export of full numbers gives, trimmed; refused (key ``reason``) when empty."""
    reason = " ".join(reason.split())
    if not reason:
        text = QT_TRANSLATE_NOOP(
            "Masking", "Give the reason for exporting full ID numbers (for the audit log)."
        )
        raise ValidationError({"reason": [msg(CTX, text)]})
    if len(reason) > REASON_LIMIT:
        text = QT_TRANSLATE_NOOP("Masking", "Keep the reason under 200 characters.")
        raise ValidationError({"reason": [msg(CTX, text)]})
    return reason


def _log(uow: UnmaskUnitOfWork, kind: AuditKind, record_type: str, note: str) -> None:
    with uow:
        uow.audit.record(
            uow.audit.draft(kind, current_service(), record_type=record_type, note=note)
        )
        uow.commit()


@service(
    Action.EXPORT_PERSONAL, label=QT_TRANSLATE_NOOP("Services", "Log an export with full numbers")
)
def log_export(uow: UnmaskUnitOfWork, *, record_type: str, reason: str) -> str:
    """Before an export with full numbers is written: check the reason and log it (EXPORT, the
    reason in the note). Returns the reason as kept. Refused without a reason."""
    kept = check_reason(reason)
    _log(uow, AuditKind.EXPORT, record_type, kept)
    return kept


@service(Action.PRINT_PERSONAL, label=QT_TRANSLATE_NOOP("Services", "Log a print of personal data"))
def log_print(uow: UnmaskUnitOfWork, *, document: str) -> None:
    """A document with personal data is being printed (a 台账, a card): log it (PRINT)."""
    _log(uow, AuditKind.PRINT, "", document)
