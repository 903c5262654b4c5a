"""The steps of importing one village package: trust → replay → hold → preview → apply → log.

Each step is a short function over the package's unit of work (already entered) and the
session's settings; :mod:`villagedesk.core.township.importing` runs them in that order.

- **trust**: the key is accepted (or typed with ``--accept``), then its history agrees
  (:func:`~villagedesk.core.township.trust.check_continuity`); a contradiction is a fork, held.
- **replay**: a package already imported, or older than what was imported, is verified but never
  decrypted, and changes nothing.
- **hold**: a package whose earlier data is missing is held, not imported.
- **preview**: the records are validated and planned; a dry run stops here.
- **apply**: the plan is written and the village's state moves on.
- **log**: every written outcome leaves an entry in the township's import log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.audit.entry import AuditDraft
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.core.township.audit_validators import check_audit_counts
from villagedesk.core.township.import_outcome import (
    FileOutcome,
    FileResult,
    already_message,
    done,
    held_message,
    imported_message,
    key_changed,
    not_accepted,
    older_message,
    preview_message,
)
from villagedesk.core.township.model import (
    ApplyPlan,
    PackageHeader,
    PackageLogEntry,
    Records,
    TownshipCodec,
    Trust,
)
from villagedesk.core.township.ports import PackageStatus, TownshipUnitOfWork
from villagedesk.core.township.trust import Continuity, ForkFound, check_continuity, key_elsewhere
from villagedesk.core.township.validation import validate_records


@dataclass
class Session:
    """What every package of one import shares; ``before_write`` runs once, before a write."""

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


# -- trust ---------------------------------------------------------------------------------------


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Check a package's key and history"))
def trust_step(uow: TownshipUnitOfWork, s: Session, found: list[Continuity]) -> Trust:
    """The trust callback: the key (accepted, or typed with --accept), then the history."""

    def trust(header: PackageHeader) -> None:
        check_audit_counts(header)  # before anything is decrypted
        peer = uow.township.peer(header.station_code)
        other = uow.township.code_of_key(header.fingerprint)
        if other is not None and other != header.station_code:
            raise key_elsewhere(header, other)
        accepting = peer is None or peer.fingerprint != header.fingerprint
        if accepting and s.accept != header.fingerprint.upper():
            if peer is None:
                raise not_accepted(header)
            raise key_changed(header, peer.fingerprint)

        def known(installation: str, line: int, learned: bool) -> dict[int, str]:
            return uow.township.known_hashes(
                header.station_code, installation=installation, line=line, learned=learned
            )

        found.append(
            check_continuity(header, peer=peer, accepting=accepting, known=known, now=s.now)
        )

    return trust


@service(
    Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Hold a package of a second copy of the data")
)
def forked(uow: TownshipUnitOfWork, s: Session, path: Path, fork: ForkFound) -> FileResult:
    """Hold a package that is a second copy of a village's history; log it (not in a dry run)."""
    header = s.codec.read_header(path)
    if not s.dry_run and uow.township.find_logged(header.station_code, header.package_hash) is None:
        s.write_once()
        entry = log_entry(header, path, s.now, PackageStatus.FORK)
        uow.township.add_log(replace(entry, note=fork.known_hash))
        uow.commit()
    return FileResult(
        path, FileOutcome.FORK, fork.message, header, fingerprint=header.fingerprint, reason="fork"
    )


# -- replay --------------------------------------------------------------------------------------


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Skip a package already imported"))
def replayed(uow: TownshipUnitOfWork, s: Session, path: Path, trust: Trust) -> FileResult | None:
    """Already imported or older: verified (and, if older, trusted), never decrypted."""
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
        return done(path, header, FileOutcome.ALREADY_IMPORTED, already_message(header, logged))
    trust(header)  # an older package must still agree with the history imported
    return done(path, header, FileOutcome.OLDER, older_message(header, peer))


# -- hold ----------------------------------------------------------------------------------------


@service(
    Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Hold a package whose earlier data is missing")
)
def held(
    uow: TownshipUnitOfWork, s: Session, path: Path, header: PackageHeader, state: Continuity
) -> FileResult | None:
    """Hold a package whose earlier data is missing (``None``: it follows on, go ahead)."""
    # counter_from is the (exclusive) counter the village's last receipt confirmed.
    if header.counter_from <= state.peer.last_counter:
        return None
    if not s.dry_run:
        s.write_once()
        save_state(uow, state)
        uow.township.add_log(log_entry(header, path, s.now, PackageStatus.HELD))
        uow.commit()
    return done(path, header, FileOutcome.HELD, held_message(header))


# -- preview -------------------------------------------------------------------------------------


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Preview a package's records"))
def preview(
    uow: TownshipUnitOfWork, s: Session, header: PackageHeader, records: Records
) -> ApplyPlan:
    """Validate the records and plan what applying them would change."""
    refused = validate_records(records, village=header.station_code, today=s.today)
    return uow.sync_apply.plan(records, village=header.station_code, refused=refused)


def preview_result(path: Path, header: PackageHeader, plan: ApplyPlan) -> FileResult:
    return FileResult(
        path, FileOutcome.PREVIEW, preview_message(header), header, plan.counts, plan.changes
    )


# -- apply ---------------------------------------------------------------------------------------


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Apply a package's records"))
def apply(
    uow: TownshipUnitOfWork,
    s: Session,
    header: PackageHeader,
    plan: ApplyPlan,
    state: Continuity,
    summary: AuditDraft | None = None,
) -> None:
    """Write the plan and move the village's state on to this package (``summary``: the one
    entry the township's log records for the whole write)."""
    s.write_once()
    uow.sync_apply.apply(plan, summary=summary)
    peer = state.peer
    moved = replace(
        peer,
        name=header.station_name,
        last_seq=max(peer.last_seq, header.seq),
        last_counter=max(peer.last_counter, header.counter_to),
        last_package_at=s.now,
    )
    save_state(uow, replace(state, peer=moved))


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Save a village's sync state"))
def save_state(uow: TownshipUnitOfWork, state: Continuity) -> None:
    peer = state.peer
    if state.adopted:
        uow.township.adopt_installation(peer.code, peer.installation)
    uow.township.save_peer(peer)


# -- log -----------------------------------------------------------------------------------------


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Log an imported package"))
def log_imported(
    uow: TownshipUnitOfWork, s: Session, path: Path, header: PackageHeader, records: Records
) -> None:
    """Log the imported package with its record count."""
    entry = log_entry(header, path, s.now, PackageStatus.IMPORTED)
    uow.township.add_log(replace(entry, record_count=sum(len(v) for v in records.values())))


def imported_result(path: Path, header: PackageHeader, plan: ApplyPlan) -> FileResult:
    return FileResult(
        path, FileOutcome.IMPORTED, imported_message(header), header, plan.counts, plan.changes
    )


def log_entry(
    header: PackageHeader, path: Path, now: str, status: PackageStatus
) -> PackageLogEntry:
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
