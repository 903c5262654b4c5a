"""``villagedesk sync …`` at a village: status, enrolment, export, receipts."""

from __future__ import annotations

import argparse
from pathlib import Path

from villagedesk.cli.commands import unit_of_work
from villagedesk.cli.commands.sync_cli_common import (
    REFUSED,
    data_dir,
    package_state,
    refused,
    village_only,
    write_error,
)
from villagedesk.cli.output import ATTENTION, OK, USAGE, err, out, special_file, text
from villagedesk.cli.progress_bar import ProgressBar
from villagedesk.core.clock import utc_stamp_seconds
from villagedesk.core.faults import os_error_reason
from villagedesk.core.progress import Progress
from villagedesk.core.township import enrolment as sync_enrolment
from villagedesk.core.township import village as sync_village
from villagedesk.core.township.ports import FileRefused, PackageStatus
from villagedesk.core.township.receipt_replies import receipt_notes
from villagedesk.i18n import render, translate
from villagedesk.store.station_store import StationStore
from villagedesk.sync.errors import SyncRefused
from villagedesk.sync.village_codec import VillageCodec


def run_status(store: StationStore) -> int:
    codec = VillageCodec(data_dir(store))
    status = sync_village.village_status(unit_of_work(store), courier=codec)
    out(translate("Cli", "Mode: village station (exports packages, imports receipts)"))
    out(translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=status.fingerprint))
    if status.township is None:
        out(translate("Cli", "Township: not enrolled yet (see: villagedesk sync enrol FILE)"))
    else:
        t = status.township
        out(
            translate("Cli", "Township: {name} ({code}), fingerprint {fingerprint}").format(
                name=t.name, code=t.code, fingerprint=t.fingerprint
            )
        )
    last = status.last_package
    if last is None:
        out(translate("Cli", "Last package: none yet"))
    else:
        out(
            translate("Cli", "Last package: No. {seq}, {date}, {state}").format(
                seq=last.seq, date=last.created_at[:10], state=package_state(last.status)
            )
        )
    for p in status.packages[1:]:
        if p.status in (PackageStatus.HELD, PackageStatus.FORK, PackageStatus.AUDIT_HELD):
            out(
                translate("Cli", "Package No. {seq}, {date}, {state}").format(
                    seq=p.seq, date=p.created_at[:10], state=package_state(p.status)
                )
            )
    out(translate("Cli", "Confirmed counter: {n}").format(n=status.confirmed_counter))
    out(translate("Cli", "Changes not yet confirmed: {n}").format(n=status.pending_changes))
    out(translate("Cli", "Returned records to correct: {n}").format(n=len(status.todos)))
    return OK


def run_enrol(args: argparse.Namespace, store: StationStore) -> int:
    if (code := village_only(store)) is not None:
        return code
    codec = VillageCodec(data_dir(store))
    path = str(Path(args.file).expanduser())
    if (reason := special_file(path)) is not None:
        return refused(reason)
    try:
        check = sync_enrolment.check_enrolment(unit_of_work(store), courier=codec, path=path)
        found = check.enrolment
        if not args.accept:
            return show_enrolment(check)
        if check.change is sync_enrolment.EnrolmentChange.DIFFERENT and args.replace_township:
            err(
                translate(
                    "Cli",
                    "Warning: the township {name} ({code}, fingerprint {known}) will no longer be trusted. Packages go only to {new_name} ({new_code}) from now on, and the next package carries all the station's records.",
                ).format(
                    name=check.current.name if check.current else "",
                    code=check.current.code if check.current else "",
                    known=check.current.fingerprint if check.current else "",
                    new_name=found.name,
                    new_code=found.code,
                )
            )
        peer = sync_enrolment.enrol(
            unit_of_work(store),
            courier=codec,
            path=path,
            now=utc_stamp_seconds(),
            accept=args.accept,
            replace_township=args.replace_township,
        )
    except sync_enrolment.WrongFingerprint as e:
        err(text(e.message))
        return USAGE
    except (FileRefused, SyncRefused) as e:
        return refused(text(e.message))
    except OSError as e:
        err(
            translate("Cli", "Could not read {path}: {error}").format(
                path=args.file, error=render(os_error_reason(e))
            )
        )
        return USAGE
    out(translate("Cli", "Enrolled with {name} ({code}).").format(name=peer.name, code=peer.code))
    out(
        translate("Cli", "Township fingerprint: {fingerprint}").format(fingerprint=peer.fingerprint)
    )
    return OK


def show_enrolment(check: sync_enrolment.EnrolmentCheck) -> int:
    """Without --accept: show whom the file would make this station trust; write nothing."""
    found = check.enrolment
    out(translate("Cli", "Township: {name} ({code})").format(name=found.name, code=found.code))
    out(
        translate("Cli", "Township fingerprint: {fingerprint}").format(
            fingerprint=found.fingerprint
        )
    )
    if check.change is sync_enrolment.EnrolmentChange.SAME:
        out(translate("Cli", "This township is trusted already; nothing to do."))
        return OK
    if check.change is sync_enrolment.EnrolmentChange.ROTATION:
        assert check.current is not None
        out(
            translate(
                "Cli",
                "This is a new key of the township trusted now, signed by its old key ({known}).",
            ).format(known=check.current.fingerprint)
        )
    if check.change is sync_enrolment.EnrolmentChange.DIFFERENT:
        assert check.current is not None
        err(
            translate(
                "Cli",
                "Warning: this station trusts another township key now: {name} ({code}), fingerprint {known}.",
            ).format(
                name=check.current.name, code=check.current.code, known=check.current.fingerprint
            )
        )
    err(
        translate(
            "Cli",
            "Nothing was written. Compare the fingerprint with the township's printed enrolment sheet, group by group; if it is the same, run again with --accept {fingerprint}.",
        ).format(fingerprint=found.fingerprint)
    )
    return ATTENTION


def run_export(args: argparse.Namespace, store: StationStore) -> int:
    if (code := village_only(store)) is not None:
        return code
    folder = Path(args.out).expanduser()
    if not folder.is_dir():
        err(translate("Cli", "No such folder: {path}").format(path=folder))
        return USAGE
    codec = VillageCodec(data_dir(store))
    progress = Progress()
    try:
        with ProgressBar(progress):
            result = sync_village.export_package(
                unit_of_work(store),
                courier=codec,
                folder=str(folder),
                now=utc_stamp_seconds(),
                full=args.full,
                progress=progress,
            )
    except FileRefused as e:
        err(text(e.message))
        return USAGE
    except OSError as e:
        return write_error(folder, e)
    # The change numbers count every edit (a record edited twice used two), so they are not
    # the number of records: the line says which is which.
    err(
        translate(
            "Cli",
            "Package No. {seq}: {n} records (change numbers {start}–{end}: every edit takes a "
            "number, so a record edited several times counts once).",
        ).format(
            seq=result.seq, n=result.total, start=result.counter_from + 1, end=result.counter_to
        )
    )
    err(translate("Cli", "Written, read back and verified. The USB stick can be safely removed."))
    out(result.path)
    return OK


def import_receipts(args: argparse.Namespace, store: StationStore) -> int:
    codec = VillageCodec(data_dir(store))
    worst = OK
    for name in args.files:
        path = Path(name).expanduser()
        if (reason := special_file(path)) is not None:
            err(translate("Cli", "{file}: refused: {message}").format(file=name, message=reason))
            worst = max(worst, REFUSED)
            continue
        try:
            result = sync_village.import_receipt(
                store.uow_factory(), courier=codec, path=str(path), now=utc_stamp_seconds()
            )
        except (FileRefused, SyncRefused) as e:
            err(
                translate("Cli", "{file}: refused: {message}").format(
                    file=path.name, message=text(e.message)
                )
            )
            worst = max(worst, REFUSED)
            continue
        except OSError as e:
            err(
                translate("Cli", "Could not read {path}: {error}").format(
                    path=path, error=render(os_error_reason(e))
                )
            )
            worst = max(worst, USAGE)
            continue
        if result.already_imported:
            out(
                translate("Cli", "{file}: already imported; nothing changed.").format(
                    file=path.name
                )
            )
            continue
        seqs = ", ".join(str(s) for s in result.confirmed) or "-"
        out(
            translate(
                "Cli",
                "{file}: receipt from {township}: packages confirmed: {seqs}; returned records: {n}.",
            ).format(file=path.name, township=result.township.name, seqs=seqs, n=result.todos_added)
        )
        if result.held or result.forks:
            err(
                translate(
                    "Cli",
                    "{file}: the township holds {held} package(s) of this station with data missing before them, and {forks} as another copy of this station's data. See: villagedesk sync status",
                ).format(file=path.name, held=result.held, forks=result.forks)
            )
            worst = max(worst, ATTENTION)
        if result.audit_held:
            err(
                translate(
                    "Cli",
                    "{file}: the township holds {n} package(s) of this station because its audit log does not continue from the one the township last saw (after a restore from a backup, or an edited log). Call the township: it sees where the log breaks.",
                ).format(file=path.name, n=result.audit_held)
            )
            worst = max(worst, ATTENTION)
        done, problems = receipt_notes(result.replies, result.calendar, result.takeovers)
        for note in done:
            out(translate("Cli", "{file}: {message}").format(file=path.name, message=text(note)))
        for problem in problems:
            err(translate("Cli", "{file}: {message}").format(file=path.name, message=text(problem)))
            worst = max(worst, ATTENTION)
    return worst
