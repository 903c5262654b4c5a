"""The township's package import: the files in order, each through the named steps.

One ``with uow`` block (one transaction) per package; the steps are in
:mod:`villagedesk.core.township.import_steps`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from villagedesk.core.accounts.guard import current_service, service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.clock import utc_stamp
from villagedesk.core.errors import DomainError
from villagedesk.core.progress import Progress
from villagedesk.core.station import StationLevel
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.core.township import import_audit as audited
from villagedesk.core.township import import_steps as step
from villagedesk.core.township.audit_check import AuditVerdict
from villagedesk.core.township.audit_validators import split_records
from villagedesk.core.township.import_audit import AuditedTownshipUnitOfWork
from villagedesk.core.township.import_outcome import (
    CTX,
    WRITING,
    FileResult,
    ImportReport,
    refusal,
)
from villagedesk.core.township.model import PackageRefused, TownshipCodec
from villagedesk.core.township.ports import TownshipUnitOfWork
from villagedesk.core.township.trust import Continuity, ForkFound

#: An import may touch any syncable record type, so every screen refreshes.
SYNC_CHANGES = Changes(frozenset(Topic))


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Check this is a township station")
)
def require_township(uow: TownshipUnitOfWork) -> str:
    """The station's code; refused unless this is a township (or county) station."""
    station = uow.station.get()
    if station is None or station.level not in (StationLevel.TOWNSHIP, StationLevel.COUNTY):
        raise DomainError(
            msg(CTX, QT_TRANSLATE_NOOP("Sync", "This works only at a township station."))
        )
    return station.code


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Import the villages' packages"))
def import_packages(
    uow: AuditedTownshipUnitOfWork,
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
        require_township(uow)
    typed = (accept or "").strip().upper()
    session = step.Session(codec, dry_run, typed, today, now or utc_stamp(), before_write)
    ordered = sorted((Path(f) for f in files), key=lambda p: sort_key(codec, p))
    if progress is not None:
        progress.start(len(ordered))
    results: list[FileResult] = []
    for path in ordered:
        if progress is not None:
            progress.check()
        try:
            results.append(import_one(uow, session, path))
        except (PackageRefused, DomainError) as e:
            results.append(refusal(path, e))
        if progress is not None:
            progress.advance()
    wrote = any(r.outcome in WRITING for r in results)
    return ImportReport(results, SYNC_CHANGES if wrote and not dry_run else Changes())


def sort_key(codec: TownshipCodec, path: Path) -> tuple[int, str, int, str]:
    """Packages of one village in seq order; unreadable files last."""
    try:
        header = codec.read_header(path)
    except (PackageRefused, DomainError):
        return (1, "", 0, str(path))
    return (0, header.station_code, header.seq, str(path))


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Import one package"))
def import_one(uow: AuditedTownshipUnitOfWork, s: step.Session, path: Path) -> FileResult:
    """One package: trust → replay → hold → preview → apply → log, in one transaction."""
    with uow:
        found: list[Continuity] = []
        trust = step.trust_step(uow, s, found)
        try:
            early = step.replayed(uow, s, path, trust)
            if early is not None:
                return early
            header, opened = s.codec.open_package(path, trust=trust)
        except ForkFound as fork:
            return step.forked(uow, s, path, fork)
        state = found[-1]
        held = step.held(uow, s, path, header, state)
        if held is not None:
            return held
        records, audit = split_records(opened)
        verdict = audited.verdict_of(uow, s, header, audit, state)
        if verdict is not None and not verdict.ok:
            return audited.audit_held(uow, s, path, header, verdict, state)
        plan = step.preview(uow, s, header, records)
        if s.dry_run:
            return _with_audit(step.preview_result(path, header, plan), verdict)
        note = audited.import_note(header, records)
        summary = uow.audit.draft(AuditKind.SYNC, current_service() or "sync", note=note)
        step.apply(uow, s, header, plan, state, summary)
        audited.keep_audit(uow, s, header, verdict, state.peer.epoch)
        step.log_imported(uow, s, path, header, records)
        uow.commit()
    return _with_audit(step.imported_result(path, header, plan), verdict)


def _with_audit(result: FileResult, verdict: AuditVerdict | None) -> FileResult:
    return result if verdict is None else replace(result, audit=verdict.message())
