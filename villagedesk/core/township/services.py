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
    villages_overview(uow) -> list[VillagePeer]
    not_reported(uow, *, days: int, today: date) -> list[VillagePeer]
    duplicate_id_numbers(uow) -> list[DuplicateIdNumber]

Every refusal of a whole file is a :class:`~villagedesk.core.township.model.PackageRefused` turned into
a FileResult with outcome REFUSED (exit 3) and nothing written. The receipt is handed to the
codec as a ``core.township.ports.Receipt`` (the same value the village's courier reads back).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import DomainError, NotFound
from villagedesk.core.ports import UnitOfWork
from villagedesk.core.progress import Progress
from villagedesk.core.station import StationLevel
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.core.township.model import (
    PackageHeader,
    PackageLogEntry,
    PackageRefused,
    RecordChange,
    TownshipCodec,
    TownshipReturn,
    Trust,
    TypeCounts,
    VillagePeer,
)
from villagedesk.core.township.ports import PackageStatus, Receipt, ReturnedRecord
from villagedesk.core.township.trust import (
    Continuity,
    ForkFound,
    check_continuity,
    key_elsewhere,
)
from villagedesk.core.township.validation import validate_records

CTX = "Sync"
#: An import may touch any syncable record type, so every screen refreshes.
SYNC_CHANGES = Changes(frozenset(Topic))


class FileOutcome(StrEnum):
    IMPORTED = "imported"
    PREVIEW = "preview"
    ALREADY_IMPORTED = "already_imported"
    OLDER = "older"
    HELD = "held"
    FORK = "fork"
    REFUSED = "refused"


@dataclass(frozen=True)
class FileResult:
    path: Path
    outcome: FileOutcome
    message: Message
    header: PackageHeader | None = None
    counts: dict[str, TypeCounts] = field(default_factory=dict)
    changes: list[RecordChange] = field(default_factory=list)
    fingerprint: str = ""
    reason: str = ""

    @property
    def refused_records(self) -> int:
        return sum(c.refused for c in self.counts.values())

    @property
    def exit_code(self) -> int:
        if self.outcome is FileOutcome.REFUSED:
            return 3
        if self.outcome in (FileOutcome.HELD, FileOutcome.FORK) or self.refused_records:
            return 1
        return 0


@dataclass(frozen=True)
class ImportReport:
    files: list[FileResult]
    changes: Changes = field(default_factory=Changes)

    @property
    def exit_code(self) -> int:
        return max((f.exit_code for f in self.files), default=0)


@dataclass(frozen=True)
class DuplicateIdNumber:
    """An ID number on live members of more than one village: [(village code, name), …]."""

    id_number: str
    holders: list[tuple[str, str]]


def _now() -> str:
    from datetime import UTC

    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _require_township(uow: UnitOfWork) -> str:
    station = uow.station.get()
    if station is None or station.level not in (StationLevel.TOWNSHIP, StationLevel.COUNTY):
        raise DomainError(
            msg(CTX, QT_TRANSLATE_NOOP("Sync", "This works only at a township station."))
        )
    return station.code


def write_enrolment_file(uow: UnitOfWork, *, codec: TownshipCodec, out: Path) -> Path:
    """Write the township's enrolment file (name, code, public keys, fingerprint) to ``out``."""
    with uow:
        _require_township(uow)
        station = uow.station.get()
        assert station is not None
    return codec.write_enrolment(out, station_code=station.code, station_name=station.name)


# -- import -------------------------------------------------------------------------------------


def _refusal(path: Path, error: PackageRefused | DomainError) -> FileResult:
    reason = getattr(error, "reason", "refused")
    fingerprint = getattr(error, "fingerprint", "")
    return FileResult(
        path, FileOutcome.REFUSED, error.message, reason=str(reason), fingerprint=fingerprint
    )


def _not_accepted(header: PackageHeader) -> PackageRefused:
    return PackageRefused(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Sync",
                "{name} ({code}) is a village not yet accepted here. Compare its key fingerprint {fingerprint} with the cover sheet; to accept it, import again with --accept {fingerprint}.",
            ),
            name=header.station_name,
            code=header.station_code,
            fingerprint=header.fingerprint,
        ),
        reason="unknown_sender",
        fingerprint=header.fingerprint,
    )


def _key_changed(header: PackageHeader, known: str) -> PackageRefused:
    return PackageRefused(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Sync",
                "{name} ({code}) signed this package with a different key (fingerprint {fingerprint}) from the accepted one ({known}). It is refused until the new key is accepted with --accept {fingerprint}.",
            ),
            name=header.station_name,
            code=header.station_code,
            fingerprint=header.fingerprint,
            known=known,
        ),
        reason="key_changed",
        fingerprint=header.fingerprint,
    )


def _sort_key(codec: TownshipCodec, path: Path) -> tuple[int, str, int, str]:
    try:
        header = codec.read_header(path)
    except (PackageRefused, DomainError):
        return (1, "", 0, str(path))
    return (0, header.station_code, header.seq, str(path))


@dataclass
class _Session:
    codec: TownshipCodec
    dry_run: bool
    accept: str
    today: date
    now: str
    before_write: Callable[[], object] | None
    wrote: bool = False

    def write_once(self) -> None:
        if not self.wrote and self.before_write is not None:
            self.before_write()
        self.wrote = True


def import_packages(
    uow: UnitOfWork,
    *,
    codec: TownshipCodec,
    files: Sequence[Path],
    dry_run: bool,
    accept: str | None = None,
    today: date,
    now: str | None = None,
    before_write: Callable[[], object] | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import (or preview, with ``dry_run``) village packages; one transaction per package."""
    with uow:
        _require_township(uow)
    session = _Session(
        codec, dry_run, (accept or "").strip().upper(), today, now or _now(), before_write
    )
    ordered = sorted((Path(f) for f in files), key=lambda p: _sort_key(codec, p))
    if progress is not None:
        progress.start(len(ordered))
    results: list[FileResult] = []
    for path in ordered:
        if progress is not None:
            progress.check()
        try:
            results.append(_import_one(uow, session, path))
        except (PackageRefused, DomainError) as e:
            results.append(_refusal(path, e))
        if progress is not None:
            progress.advance()
    wrote = any(
        r.outcome in (FileOutcome.IMPORTED, FileOutcome.HELD, FileOutcome.FORK) for r in results
    )
    return ImportReport(results, SYNC_CHANGES if wrote and not dry_run else Changes())


def _trust_step(uow: UnitOfWork, s: _Session, found: list[Continuity]) -> Trust:
    """The trust callback: the key (accepted, or typed with --accept), then the history."""

    def trust(header: PackageHeader) -> None:
        peer = uow.township.peer(header.station_code)
        other = uow.township.code_of_key(header.fingerprint)
        if other is not None and other != header.station_code:
            raise key_elsewhere(header, other)
        accepting = peer is None or peer.fingerprint != header.fingerprint
        if accepting and s.accept != header.fingerprint.upper():
            if peer is None:
                raise _not_accepted(header)
            raise _key_changed(header, peer.fingerprint)

        def known(installation: str, line: int, learned: bool) -> dict[int, str]:
            return uow.township.known_hashes(
                header.station_code, installation=installation, line=line, learned=learned
            )

        found.append(
            check_continuity(header, peer=peer, accepting=accepting, known=known, now=s.now)
        )

    return trust


def _import_one(uow: UnitOfWork, s: _Session, path: Path) -> FileResult:
    with uow:
        found: list[Continuity] = []
        trust = _trust_step(uow, s, found)
        try:
            # A replay or an older package is verified (signature, recipient, key, payload
            # hash) but never decrypted: it changes nothing.
            early = _replayed(uow, s, path, trust)
            if early is not None:
                return early
            header, records = s.codec.open_package(path, trust=trust)
        except ForkFound as fork:
            return _forked(uow, s, path, fork)
        state = found[-1]
        peer = state.peer
        # counter_from is the (exclusive) counter the village's last receipt confirmed.
        if header.counter_from > peer.last_counter:
            if not s.dry_run:
                s.write_once()
                _save_state(uow, state)
                uow.township.add_log(_log(header, path, s.now, PackageStatus.HELD))
                uow.commit()
            return _done(path, header, FileOutcome.HELD, _held(header))
        refused = validate_records(records, village=header.station_code, today=s.today)
        plan = uow.sync_apply.plan(records, village=header.station_code, refused=refused)
        if s.dry_run:
            message = msg(
                CTX,
                QT_TRANSLATE_NOOP("Sync", "Package {seq} from {name}: preview, nothing written."),
                seq=header.seq,
                name=header.station_name,
            )
            return FileResult(path, FileOutcome.PREVIEW, message, header, plan.counts, plan.changes)
        s.write_once()
        uow.sync_apply.apply(plan)
        _save_state(
            uow,
            replace(
                state,
                peer=replace(
                    peer,
                    name=header.station_name,
                    last_seq=max(peer.last_seq, header.seq),
                    last_counter=max(peer.last_counter, header.counter_to),
                    last_package_at=s.now,
                ),
            ),
        )
        entry = _log(header, path, s.now, PackageStatus.IMPORTED)
        uow.township.add_log(replace(entry, record_count=sum(len(v) for v in records.values())))
        uow.commit()
    message = msg(
        CTX,
        QT_TRANSLATE_NOOP("Sync", "Package {seq} from {name} imported."),
        seq=header.seq,
        name=header.station_name,
    )
    return FileResult(path, FileOutcome.IMPORTED, message, header, plan.counts, plan.changes)


def _save_state(uow: UnitOfWork, state: Continuity) -> None:
    peer = state.peer
    if state.adopted:
        uow.township.adopt_installation(peer.code, peer.installation)
    uow.township.save_peer(peer)


def _forked(uow: UnitOfWork, s: _Session, path: Path, fork: ForkFound) -> FileResult:
    """Hold a package that is a second copy of a village's history; log it (not in a dry run)."""
    header = s.codec.read_header(path)
    if not s.dry_run and uow.township.find_logged(header.station_code, header.package_hash) is None:
        s.write_once()
        entry = _log(header, path, s.now, PackageStatus.FORK)
        uow.township.add_log(replace(entry, note=fork.known_hash))
        uow.commit()
    return FileResult(
        path, FileOutcome.FORK, fork.message, header, fingerprint=header.fingerprint, reason="fork"
    )


def _replayed(uow: UnitOfWork, s: _Session, path: Path, trust: Trust) -> FileResult | None:
    header = s.codec.read_header(path)
    peer = uow.township.peer(header.station_code)
    if peer is None or peer.fingerprint != header.fingerprint:
        return None
    logged = uow.township.find_logged(header.station_code, header.package_hash)
    imported = logged is not None and logged.status is PackageStatus.IMPORTED
    same_line = header.installation == peer.installation and header.line == peer.line
    older = same_line and header.counter_to <= peer.last_counter and header.seq <= peer.last_seq
    if not (imported or older):
        return None
    header = s.codec.verify(path)
    if logged is not None and imported:
        return _done(path, header, FileOutcome.ALREADY_IMPORTED, _already(header, logged))
    trust(header)  # an older package must still agree with the history imported
    return _done(path, header, FileOutcome.OLDER, _older(header, peer))


def _done(path: Path, header: PackageHeader, outcome: FileOutcome, message: Message) -> FileResult:
    return FileResult(path, outcome, message, header)


def _log(header: PackageHeader, path: Path, now: str, status: PackageStatus) -> PackageLogEntry:
    return PackageLogEntry(
        village=header.station_code,
        seq=header.seq,
        counter_from=header.counter_from,
        counter_to=header.counter_to,
        package_hash=header.package_hash,
        file_name=path.name,
        created_at=header.created_at,
        imported_at=now,
        status=status,
        installation=header.installation,
        line=header.line,
        previous_hash=header.previous_hash or "",
        links=header.links,
    )


def _already(header: PackageHeader, logged: PackageLogEntry) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Sync", "Package {seq} from {name} was already imported on {date}; nothing changed."
        ),
        seq=header.seq,
        name=header.station_name,
        date=logged.imported_at[:10],
    )


def _older(header: PackageHeader, peer: VillagePeer) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Sync",
            "Package {seq} from {name} is older than the data already imported (up to package {last}); nothing changed.",
        ),
        seq=header.seq,
        name=header.station_name,
        last=peer.last_seq,
    )


def _held(header: PackageHeader) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Sync",
            "Package {seq} from {name} is held, not imported: the data before package {seq} is missing. Ask the village for a full export (sync export --full).",
        ),
        seq=header.seq,
        name=header.station_name,
    )


# -- returns, receipts, views -------------------------------------------------------------------


def return_record(
    uow: UnitOfWork, *, record_uuid: str, comment: str, now: str | None = None
) -> TownshipReturn:
    """Mark a record received from a village as returned for correction, with a comment."""
    comment = comment.strip()
    if not comment:
        raise DomainError(
            msg(CTX, QT_TRANSLATE_NOOP("Sync", "Write a comment saying what to correct."))
        )
    with uow:
        own = _require_township(uow)
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
            created_at=now or _now(),
            summary=label,
        )
        uow.township.add_return(returned)
        uow.commit()
    return returned


def write_receipt(
    uow: UnitOfWork,
    *,
    codec: TownshipCodec,
    village_code: str,
    out_dir: Path,
    now: str | None = None,
) -> Path:
    """Write the signed receipt for a village: packages received, counter, returned records."""
    at = now or _now()
    with uow:
        own = _require_township(uow)
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
        )
        station = uow.station.get()
        name = station.name if station is not None else own
        path = codec.write_receipt(Path(out_dir), village=peer, receipt=receipt, township_name=name)
        uow.township.mark_returns_sent(peer.code, at=at)
        uow.commit()
    return path


def villages_overview(uow: UnitOfWork) -> list[VillagePeer]:
    """The accepted villages, by code, with their last package number and date."""
    with uow:
        return sorted(uow.township.peers(), key=lambda p: p.code)


def not_reported(uow: UnitOfWork, *, days: int, today: date) -> list[VillagePeer]:
    """Villages with no package in the last ``days`` days (or none ever)."""
    limit = (today - timedelta(days=days)).isoformat()
    return [
        p
        for p in villages_overview(uow)
        if p.last_package_at is None or p.last_package_at[:10] < limit
    ]


def forks(uow: UnitOfWork) -> dict[str, list[PackageLogEntry]]:
    """Packages held as a second copy of a village's data, by village code."""
    with uow:
        found: dict[str, list[PackageLogEntry]] = {}
        for entry in uow.township.log():
            if entry.status is PackageStatus.FORK:
                found.setdefault(entry.village, []).append(entry)
    return found


def duplicate_id_numbers(uow: UnitOfWork) -> list[DuplicateIdNumber]:
    """ID numbers held by live members of more than one village."""
    with uow:
        found = uow.township.duplicate_id_numbers()
    return [DuplicateIdNumber(number, holders) for number, holders in found]
