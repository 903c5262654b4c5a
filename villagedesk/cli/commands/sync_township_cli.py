"""The township side of ``villagedesk sync``: enrolment file, package import, returns, receipts.

Called from :mod:`villagedesk.cli.commands.sync` once the station's level says "township"; the
work is done by ``core.township.services`` over ``sync.township_codec``.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from villagedesk.cli.commands import unit_of_work
from villagedesk.cli.commands.sync_cli_common import REFUSED, data_dir, write_error
from villagedesk.cli.output import OK, USAGE, err, out, special_file, text
from villagedesk.cli.progress_bar import ProgressBar
from villagedesk.core.progress import Progress
from villagedesk.core.registers import field_labels, record_type_order, record_type_title
from villagedesk.core.township import services as sync_township
from villagedesk.core.township.model import PackageRefused
from villagedesk.core.township.services import FileResult
from villagedesk.i18n import translate
from villagedesk.reports.enrolment_sheet import (
    EnrolmentSheet,
    sheet_file_name,
    write_enrolment_sheet,
)
from villagedesk.store.station_store import StationStore
from villagedesk.sync.enrolment import read_enrolment
from villagedesk.sync.township_codec import ContainerCodec

NOT_REPORTED_DAYS = 30


def _codec(store: StationStore) -> ContainerCodec:
    return ContainerCodec(data_dir(store))


def run_enrol_file(args: argparse.Namespace, store: StationStore) -> int:
    """The enrolment file, then its printed sheet (next to it unless ``--sheet`` says where)."""
    target = Path(args.out).expanduser()
    codec = _codec(store)
    try:
        path = sync_township.write_enrolment_file(unit_of_work(store), codec=codec, out=target)
    except OSError as e:
        return write_error(target, e)
    out(str(path))
    enrolment = read_enrolment(path)  # the sheet shows what the file carries, read back
    sheet_path = Path(args.sheet).expanduser() if args.sheet else path.parent
    if sheet_path.is_dir():
        sheet_path = sheet_path / sheet_file_name(enrolment.station_code)
    sheet = EnrolmentSheet(
        township_name=enrolment.station_name,
        township_code=enrolment.station_code,
        fingerprint=enrolment.fingerprint,
        created_at=enrolment.created_at,
        file_name=path.name,
    )
    try:
        write_enrolment_sheet(sheet_path, sheet=sheet, translate=translate)
    except OSError as e:
        return write_error(sheet_path, e)
    out(str(sheet_path))
    err(translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=enrolment.fingerprint))
    return OK


def run_import(args: argparse.Namespace, store: StationStore) -> int:
    files: list[Path] = []
    refused = False
    for name in args.files:  # before anything opens them: a FIFO or a device never ends
        reason = special_file(Path(name).expanduser())
        if reason is None:
            files.append(Path(name).expanduser())
            continue
        err(translate("Cli", "{file}: refused: {message}").format(file=name, message=reason))
        refused = True
    if not files:
        return REFUSED
    progress = Progress()
    with ProgressBar(progress):
        report = sync_township.import_packages(
            unit_of_work(store),
            codec=_codec(store),
            files=files,
            dry_run=args.dry_run,
            accept=args.accept,
            today=date.today(),
            before_write=lambda: store.backup_now(datetime.now(), kind="pre-import"),
            progress=progress,
        )
    for result in report.files:
        _print_result(result, dry_run=args.dry_run)
    return max(report.exit_code, REFUSED) if refused else report.exit_code


def _print_result(result: FileResult, *, dry_run: bool) -> None:
    """One file's outcome, its counts per record type and the records worth listing."""
    line = translate("Cli", "{file}: {message}").format(
        file=result.path.name, message=text(result.message)
    )
    (err if result.exit_code == REFUSED else out)(line)
    if result.audit is not None:  # 操作日志连续, or where the village's log breaks
        out(f"  {text(result.audit)}")
    if result.fingerprint:
        err(
            translate("Cli", "Sender's fingerprint: {fingerprint}").format(
                fingerprint=result.fingerprint
            )
        )
    for record_type, c in sorted(result.counts.items(), key=lambda i: record_type_order(i[0])):
        out(
            translate(
                "Cli",
                "  {type}: {new} new, {updated} updated, {unchanged} unchanged, {refused} refused",
            ).format(
                type=record_type_title(record_type, translate),
                new=c.new,
                updated=c.updated,
                unchanged=c.unchanged,
                refused=c.refused,
            )
        )
    for change in result.changes:
        # Every refused record is listed with its reason, in a dry run and a real one.
        if change.status.value == "unchanged" or (not dry_run and change.status.value != "refused"):
            continue
        fields = "、".join(field_labels(change.record_type, change.fields, translate))
        kind = record_type_title(change.record_type, translate)
        status = translate("Enum", change.status.label)
        out(f"    {status}\t{kind}\t{change.label}\t{fields}\t{change.uuid}")
        for message in change.messages:
            out(f"      {text(message)}")


def run_return(args: argparse.Namespace, store: StationStore) -> int:
    returned = sync_township.return_record(
        unit_of_work(store), record_uuid=args.record, comment=args.comment
    )
    out(
        translate("Cli", "Returned to {village} for correction: {label}").format(
            village=returned.village, label=returned.summary or returned.record_uuid
        )
    )
    return OK


def run_receipt(args: argparse.Namespace, store: StationStore) -> int:
    folder = Path(args.out).expanduser()
    if not folder.is_dir():
        err(translate("Cli", "No such folder: {path}").format(path=folder))
        return USAGE
    try:
        path = sync_township.write_receipt(
            store.uow_factory(), codec=_codec(store), village_code=args.village, out_dir=folder
        )
    except PackageRefused as e:
        err(text(e.message))
        return USAGE
    except OSError as e:
        return write_error(folder, e)
    out(str(path))
    return OK


def run_status(store: StationStore, *, today: date) -> int:
    out(translate("Cli", "Mode: township station (imports packages, writes receipts)"))
    out(
        translate("Cli", "Fingerprint: {fingerprint}").format(
            fingerprint=_codec(store).fingerprint()
        )
    )
    villages = sync_township.villages_overview(unit_of_work(store))
    late = {
        p.code
        for p in sync_township.not_reported(
            unit_of_work(store), days=NOT_REPORTED_DAYS, today=today
        )
    }
    out(translate("Cli", "Villages accepted: {n}").format(n=len(villages)))
    forks = sync_township.forks(unit_of_work(store))
    for peer in villages:
        last = (peer.last_package_at or "")[:10] or "-"
        flags: list[str] = []
        if peer.code in late:
            flags.append(
                translate("Cli", "not reported for {days} days").format(days=NOT_REPORTED_DAYS)
            )
        if peer.epoch > 1:
            flags.append(translate("Cli", "re-installed ({n} times)").format(n=peer.epoch - 1))
        if forks.get(peer.code):
            flags.append(
                translate("Cli", "two different copies of its data: {n} package(s) held").format(
                    n=len(forks[peer.code])
                )
            )
        out("\t".join((peer.code, peer.name, f"{peer.last_seq}", last, peer.fingerprint, *flags)))
    return OK
