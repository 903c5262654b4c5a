"""Township sync services: enrolment file, package import, returns, receipts, village views.

Signatures (the CLI ``sync`` group and the township page call these; ``uow`` is one unit of work,
used for one ``with`` block per package; ``codec`` is ``villagedesk.sync.township_codec
.ContainerCodec(keys)`` or any :class:`~villagedesk.core.township.model.TownshipCodec`)::

    write_enrolment_file(uow, *, codec, out: Path) -> Path
    import_packages(uow, *, codec, files: Sequence[Path], dry_run: bool, accept: str | None,
                    today: date, now: str | None = None,
                    before_write: Callable[[], object] | None = None,
                    progress: Progress | None = None) -> ImportReport
        ImportReport.files: list[FileResult], one per file (packages of one village are taken in
        seq order); FileResult.outcome (FileOutcome), .message (Message to print), .exit_code,
        .header, .counts (record type → TypeCounts), .changes (RecordChange list; in a dry run
        the preview), .fingerprint (sender's, shown when an unknown/changed key is refused).
        ImportReport.exit_code: 0 done, 1 records refused or a package held, 3 a file refused
        (worst wins). ``before_write`` runs once, before the first package is written (the
        caller takes the session's one backup there). ``accept`` is a fingerprint: a package
        whose unknown (or changed) village key has exactly that fingerprint is accepted.
    return_record(uow, *, record_uuid: str, comment: str, now: str | None = None)
        -> TownshipReturn
    write_receipt(uow, *, codec, village_code: str, out_dir: Path, now: str | None = None) -> Path
    escalated_requests(uow) -> list[EscalatedRequest]   (request_replies: the 上报 to-do list)
    reply_to_request(uow, *, village, number, text, by, department="", at="", clock)
        -> TownshipReply
    village_disputes(uow) -> list[VillageDispute]   (dispute_takeovers: the 红/橙 to-do list)
    take_over_dispute(uow, *, village, number, by, at="", clock) -> TakeoverRecorded
    villages_overview(uow) -> list[VillagePeer]
    not_reported(uow, *, days: int, today: date) -> list[VillagePeer]
    duplicate_id_numbers(uow) -> list[DuplicateIdNumber]

The import itself runs in :mod:`~villagedesk.core.township.importing`, through the named steps
of :mod:`~villagedesk.core.township.import_steps`; this module is the public entry. Every refusal
of a whole file is a :class:`~villagedesk.core.township.model.PackageRefused` turned into
a FileResult with outcome REFUSED (exit 3) and nothing written. The receipt is handed to the
codec as a ``core.township.ports.Receipt`` (the same value the village's courier reads back).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.calendar.ports import CalendarRepository
from villagedesk.core.clock import utc_stamp
from villagedesk.core.errors import DomainError, NotFound
from villagedesk.core.requests.ports import RequestRepositories
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.core.township.dispute_takeovers import (
    TownshipDisputesUnitOfWork,
    receipt_takeovers,
)
from villagedesk.core.township.import_outcome import (
    CTX,
    FileOutcome,
    FileResult,
    ImportReport,
)
from villagedesk.core.township.importing import SYNC_CHANGES, import_packages, require_township
from villagedesk.core.township.model import (
    PackageLogEntry,
    TownshipCodec,
    TownshipReturn,
    VillagePeer,
)
from villagedesk.core.township.ports import (
    AUDIT_HOLD_NOTE,
    PackageStatus,
    Receipt,
    ReturnedRecord,
    TownshipUnitOfWork,
)
from villagedesk.core.township.request_replies import (
    receipt_calendar_years,
    receipt_replies,
)

__all__ = [
    "SYNC_CHANGES",
    "DuplicateIdNumber",
    "FileOutcome",
    "FileResult",
    "ImportReport",
    "duplicate_id_numbers",
    "forks",
    "import_packages",
    "not_reported",
    "return_record",
    "villages_overview",
    "write_enrolment_file",
    "write_receipt",
]


@dataclass(frozen=True)
class DuplicateIdNumber:
    """An ID number on live members of more than one village: [(village code, name), …]."""

    id_number: str
    holders: list[tuple[str, str]]


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Write the enrolment file"))
def write_enrolment_file(uow: TownshipUnitOfWork, *, codec: TownshipCodec, out: Path) -> Path:
    """Write the township's enrolment file (name, code, public keys, fingerprint) to ``out``."""
    with uow:
        require_township(uow)
        station = uow.station.get()
        assert station is not None
    return codec.write_enrolment(out, station_code=station.code, station_name=station.name)


# -- returns, receipts, views -------------------------------------------------------------------


@service(
    Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Return a record for correction")
)
def return_record(
    uow: TownshipUnitOfWork, *, record_uuid: str, comment: str, now: str | None = None
) -> TownshipReturn:
    """Mark a record received from a village as returned for correction, with a comment."""
    comment = comment.strip()
    if not comment:
        raise DomainError(
            msg(CTX, QT_TRANSLATE_NOOP("Sync", "Write a comment saying what to correct."))
        )
    with uow:
        own = require_township(uow)
        found = uow.township.find_record(record_uuid.strip())
        if found is None or found[1] == own:
            raise NotFound(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Sync", "No record received from a village has the id {uuid}."
                    ),
                    uuid=record_uuid,
                )
            )
        record_type, village, label = found
        returned = TownshipReturn(
            record_uuid=record_uuid.strip(),
            record_type=record_type,
            village=village,
            comment=comment,
            created_at=now or utc_stamp(),
            summary=label,
        )
        uow.township.add_return(returned)
        uow.commit()
    return returned


class TownshipReceiptUnitOfWork(TownshipDisputesUnitOfWork, Protocol):
    """What a receipt reads: the replies to the requests, the calendar and the take-overs of
    disputes (:class:`TownshipRepliesUnitOfWork` with the disputes)."""

    @property
    def requests(self) -> RequestRepositories: ...
    @property
    def calendar(self) -> CalendarRepository: ...


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Write a village's receipt"))
def write_receipt(
    uow: TownshipReceiptUnitOfWork,
    *,
    codec: TownshipCodec,
    village_code: str,
    out_dir: Path,
    now: str | None = None,
) -> Path:
    """Write the signed receipt for a village: packages received, counter, returned records,
    the replies to its 上报 requests, the holiday years the township added and who at the
    township took over its disputes (包案)."""
    at = now or utc_stamp()
    with uow:
        own = require_township(uow)
        peer = uow.township.peer(village_code.strip())
        if peer is None:
            raise NotFound(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP("Sync", "No accepted village has the code {code}."),
                    code=village_code,
                )
            )
        log = [e for e in uow.township.log(peer.code) if e.installation == peer.installation]
        imported = [e for e in log if e.status is PackageStatus.IMPORTED]
        returned = tuple(
            ReturnedRecord(r.record_uuid, r.record_type, r.comment, r.created_at, r.summary)
            for r in uow.township.returns(peer.code)
        )
        receipt = Receipt(
            township_code=own,
            village_code=peer.code,
            confirmed_counter=peer.last_counter,
            packages=tuple(sorted({e.seq for e in imported if e.line == peer.line})),
            returned=returned,
            created_at=at,
            installation=peer.installation,
            hashes=tuple(e.package_hash for e in imported),
            held=tuple(e.package_hash for e in log if e.status is PackageStatus.HELD),
            forks=tuple(e.package_hash for e in log if e.status is PackageStatus.FORK),
            audit_held=tuple(
                e.package_hash
                for e in log
                if e.status is PackageStatus.FORK and e.note.startswith(AUDIT_HOLD_NOTE)
            ),
            replies=receipt_replies(uow, peer.code),
            calendar_years=receipt_calendar_years(uow),
            takeovers=receipt_takeovers(uow, peer.code),
        )
        station = uow.station.get()
        name = station.name if station is not None else own
        path = codec.write_receipt(Path(out_dir), village=peer, receipt=receipt, township_name=name)
        uow.township.mark_returns_sent(peer.code, at=at)
        uow.township.mark_replies_sent(peer.code, at=at)
        uow.township.mark_takeovers_sent(peer.code, at=at)
        uow.commit()
    return path


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List the villages"))
def villages_overview(uow: TownshipUnitOfWork) -> list[VillagePeer]:
    """The accepted villages, by code, with their last package number and date."""
    with uow.for_reading():
        return sorted(uow.township.peers(), key=lambda p: p.code)


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "List the villages with no recent package"),
)
def not_reported(uow: TownshipUnitOfWork, *, days: int, today: date) -> list[VillagePeer]:
    """Villages with no package in the last ``days`` days (or none ever)."""
    limit = (today - timedelta(days=days)).isoformat()
    return [
        p
        for p in villages_overview(uow)
        if p.last_package_at is None or p.last_package_at[:10] < limit
    ]


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "List the packages held as second copies"),
)
def forks(uow: TownshipUnitOfWork) -> dict[str, list[PackageLogEntry]]:
    """Packages held as a second copy of a village's data, by village code."""
    with uow.for_reading():
        found: dict[str, list[PackageLogEntry]] = {}
        for entry in uow.township.log():
            if entry.status is PackageStatus.FORK:
                found.setdefault(entry.village, []).append(entry)
    return found


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "List ID numbers held in two villages"),
)
def duplicate_id_numbers(uow: TownshipUnitOfWork) -> list[DuplicateIdNumber]:
    """ID numbers held by live members of more than one village."""
    with uow.for_reading():
        found = uow.township.duplicate_id_numbers()
    return [DuplicateIdNumber(number, holders) for number, holders in found]
