"""The villages' audit logs at the township: what it keeps, and who changed what in the
sensitive registers (requests, disputes, relief categories and residents' relief links).

The township keeps, per village, the entries its packages carried once they continued the head
verified last (:mod:`villagedesk.core.township.audit_check`), their change lines, and that head
(:class:`TownshipAuditRepository`, ``store/township/audit_trail.py``). The values are as the
village's log stored them: ID numbers and phones already masked (core/audit/redact.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.audit.chain import ChainHead
from villagedesk.core.audit.changes import parse_change_line
from villagedesk.core.audit.entry import AuditEntry, FieldChange
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.core.township.audit_validators import ChangeRow
from villagedesk.core.township.ports import TownshipUnitOfWork

#: The record types whose changes the township lists (the registers a village's residents are
#: most exposed in): table names, as the change lines name them.
SENSITIVE_TYPES = (
    "requests",
    "request_events",
    "request_attachments",
    "disputes",
    "dispute_events",
    "dispute_parties",
    "dispute_households",
    "relief_categories",
    "resident_relief",
)
DEFAULT_LIMIT = 1000


@dataclass(frozen=True)
class VillageAuditHead:
    """The last head of a village's log the township verified, in the village's epoch."""

    village: str
    epoch: int
    head: ChainHead
    checked_at: str


@dataclass(frozen=True)
class VillageChange:
    """One record a village changed: when, by whom (account and role), what and which fields."""

    village: str
    seq: int
    at: str
    actor: str
    role: str
    record_type: str
    record_uuid: str
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class StoredChange:
    """A change line as the township keeps it, with its entry's who and when."""

    village: str
    seq: int
    at: str
    actor: str
    role: str
    line: str


class TownshipAuditRepository(Protocol):
    def head(self, village: str) -> VillageAuditHead | None: ...
    def store(
        self,
        village: str,
        *,
        epoch: int,
        entries: Sequence[AuditEntry],
        lines: Mapping[int, Sequence[ChangeRow]],
        head: ChainHead,
        package_hash: str,
        at: str,
    ) -> None:
        """Keep ``entries`` (those after the head kept) and their lines; ``head`` becomes the head."""
        ...

    def changes(
        self, *, village: str | None, record_types: Sequence[str], limit: int
    ) -> list[StoredChange]:
        """The change lines of those record types, newest first."""
        ...


class TownshipAuditUnitOfWork(TownshipUnitOfWork, Protocol):
    @property
    def township_audit(self) -> TownshipAuditRepository: ...


def _change(stored: StoredChange) -> VillageChange:
    try:
        record_type, record_uuid, fields = parse_change_line(stored.line)
    except ValueError:  # checked when the package came; a row edited since reads as nothing
        record_type, record_uuid, fields = "", "", ()
    return VillageChange(
        village=stored.village,
        seq=stored.seq,
        at=stored.at,
        actor=stored.actor,
        role=stored.role,
        record_type=record_type,
        record_uuid=record_uuid,
        fields=fields,
    )


@service(
    Action.VIEW_AUDIT, label=QT_TRANSLATE_NOOP("Services", "List the villages' sensitive changes")
)
def sensitive_changes(
    uow: TownshipAuditUnitOfWork, *, village: str | None = None, limit: int = DEFAULT_LIMIT
) -> list[VillageChange]:
    """Who changed what in the villages' sensitive registers, newest first."""
    with uow.for_reading():
        stored = uow.township_audit.changes(
            village=village, record_types=SENSITIVE_TYPES, limit=limit
        )
    return [_change(s) for s in stored]


@service(
    Action.VIEW_AUDIT, label=QT_TRANSLATE_NOOP("Services", "Read the villages' audit log heads")
)
def village_heads(uow: TownshipAuditUnitOfWork, *, villages: Sequence[str]) -> dict[str, ChainHead]:
    """The audit head verified last per village (those with none are left out)."""
    with uow.for_reading():
        found = {code: uow.township_audit.head(code) for code in villages}
    return {code: h.head for code, h in found.items() if h is not None}
