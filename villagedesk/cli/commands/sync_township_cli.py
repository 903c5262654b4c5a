"""The township side of ``villagedesk sync``: enrolment file, package import, returns, receipts.

Called from :mod:`villagedesk.cli.commands.sync` once the station's level says "township"; the
work is done by ``core.services.sync_township`` over ``sync.township_codec``.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from villagedesk.cli.commands import unit_of_work
from villagedesk.cli.output import OK, USAGE, err, out, text
from villagedesk.cli.progress_bar import ProgressBar
from villagedesk.core.progress import Progress
from villagedesk.core.registers import field_labels, record_type_order, record_type_title
from villagedesk.core.services import sync_township
from villagedesk.core.township import PackageRefused
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore
from villagedesk.sync.township_codec import ContainerCodec

REFUSED = 3
NOT_REPORTED_DAYS = 30


def _codec(store: StationStore) -> ContainerCodec:
    return ContainerCodec(store.db_path.parent)


def run_enrol_file(args: argparse.Namespace, store: StationStore) -> int:
    target = Path(args.out).expanduser()
    try:
        path = sync_township.write_enrolment_file(
            unit_of_work(store), codec=_codec(store), out=target
        )
    except OSError as e:
        err(
            translate("Cli", "Could not write to {path}: {error}").format(
                path=target, error=e.strerror or e
            )
        )
        return USAGE
    out(str(path))
    err(
        translate("Cli", "Fingerprint: {fingerprint}").format(
            fingerprint=_codec(store).fingerprint()
        )
    )
    return OK


def run_import(args: argparse.Namespace, store: StationStore) -> int:
    progress = Progress()
    with ProgressBar(progress):
        report = sync_township.import_packages(
            unit_of_work(store),
            codec=_codec(store),
            files=[Path(f).expanduser() for f in args.files],
            dry_run=args.dry_run,
            accept=args.accept,
            today=date.today(),
            before_write=lambda: store.backup_now(datetime.now()),
            progress=progress,
        )
    for result in report.files:
        line = translate("Cli", "{file}: {message}").format(
            file=result.path.name, message=text(result.message)
        )
        (err if result.exit_code == REFUSED else out)(line)
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
        for change in result.changes if args.dry_run else ():
            if change.status.value == "unchanged":
                continue
            fields = "、".join(field_labels(change.record_type, change.fields, translate))
            kind = record_type_title(change.record_type, translate)
            status = translate("Enum", change.status.label)
            out(f"    {status}\t{kind}\t{change.label}\t{fields}\t{change.uuid}")
            for message in change.messages:
                out(f"      {text(message)}")
    return report.exit_code


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
            unit_of_work(store), codec=_codec(store), village_code=args.village, out_dir=folder
        )
    except PackageRefused as e:
        err(text(e.message))
        return USAGE
    except OSError as e:
        err(
            translate("Cli", "Could not write to {path}: {error}").format(
                path=folder, error=e.strerror or e
            )
        )
        return USAGE
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
    for peer in villages:
        last = (peer.last_package_at or "")[:10] or "-"
        flag = translate("Cli", "not reported for {days} days").format(days=NOT_REPORTED_DAYS)
        out(
            "\t".join(
                (peer.code, peer.name, f"{peer.last_seq}", last, peer.fingerprint)
                + ((flag,) if peer.code in late else ())
            )
        )
    return OK
