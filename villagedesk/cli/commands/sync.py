"""``villagedesk sync …``: keys, enrolment, packages to the township and receipts back.

The station's level decides the side: a village exports packages and imports receipts, a township
(or county) writes enrolment files, imports packages, returns records and writes receipts.
Exit codes: 0 done, 1 records refused or packages held, 2 usage, 3 a file refused (worst wins).
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from villagedesk.cli.commands import unit_of_work
from villagedesk.cli.output import ATTENTION, OK, USAGE, err, out, special_file, text
from villagedesk.cli.parser import add_commands
from villagedesk.cli.progress_bar import ProgressBar
from villagedesk.core.faults import os_error_reason
from villagedesk.core.progress import Progress
from villagedesk.core.station import Station
from villagedesk.core.township import enrolment as sync_enrolment
from villagedesk.core.township import village as sync_village
from villagedesk.core.township.ports import FileRefused, PackageStatus, SyncMode, mode_of
from villagedesk.i18n import render, translate
from villagedesk.store.station_store import StationStore
from villagedesk.sync import keystore
from villagedesk.sync.errors import SyncRefused
from villagedesk.sync.village_codec import VillageCodec

REFUSED = 3
"""A file was refused as a whole; nothing of it was written."""


def register(commands: Any) -> None:
    group = commands.add_parser(
        "sync",
        help=translate("Cli", "Data sync with the township by USB stick."),
        description=translate(
            "Cli",
            "Data sync with the township by USB stick: a village exports packages and imports "
            "receipts; a township imports packages and writes receipts.",
        ),
    )
    actions = add_commands(group, required=True)

    def add(name: str, help_text: str, func: Any) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(
            name, help=help_text, description=help_text
        )
        parser.set_defaults(func=func)
        return parser

    p = add(
        "enrol-file",
        translate("Cli", "Write this township's enrolment file for its villages (township)."),
        run_enrol_file,
    )
    p.add_argument(
        "--out", required=True, metavar="FILE", help=translate("Cli", "The file to write.")
    )
    p.add_argument(
        "--sheet",
        metavar="FILE.pdf",
        help=translate(
            "Cli",
            "Where to write the printed enrolment sheet (default: next to the enrolment file).",
        ),
    )
    p = add(
        "enrol",
        translate("Cli", "Import the township's enrolment file (village)."),
        run_enrol,
    )
    p.add_argument("file", metavar="FILE", help=translate("Cli", "The enrolment file."))
    p.add_argument(
        "--accept",
        metavar="FINGERPRINT",
        help=translate(
            "Cli",
            "Enrol, after comparing the township's fingerprint with its printed enrolment sheet.",
        ),
    )
    p.add_argument(
        "--replace-township",
        metavar="FINGERPRINT",
        help=translate(
            "Cli",
            "Replace the township trusted now (give its fingerprint): its key is no longer trusted.",
        ),
    )
    add(
        "new-keys",
        translate(
            "Cli",
            "Make new keys for this station (when its keys cannot be opened on this computer).",
        ),
        run_new_keys,
    )
    add("fingerprint", translate("Cli", "Print this station's key fingerprint."), run_fingerprint)
    add(
        "rotate-keys",
        translate(
            "Cli",
            "Give this township new keys; its next enrolment file is signed by the old ones too (township).",
        ),
        run_rotate_keys,
    )
    p = add(
        "export",
        translate("Cli", "Export the changes not yet confirmed into a package (village)."),
        run_export,
    )
    p.add_argument(
        "--out", required=True, metavar="DIR", help=translate("Cli", "The folder to write to.")
    )
    p.add_argument(
        "--full",
        action="store_true",
        help=translate("Cli", "Export every record, not only the changes since the last receipt."),
    )
    p = add(
        "import",
        translate("Cli", "Import packages (township) or receipts (village). Never asks questions."),
        run_import,
    )
    p.add_argument(
        "files", nargs="+", metavar="FILE", help=translate("Cli", "The files to import.")
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "Only show what would change (township)."),
    )
    p.add_argument(
        "--accept",
        metavar="FINGERPRINT",
        help=translate(
            "Cli", "Accept a new or changed village key with this fingerprint (township)."
        ),
    )
    p = add(
        "return",
        translate("Cli", "Return a received record to its village for correction (township)."),
        run_return,
    )
    p.add_argument(
        "--record", required=True, metavar="UUID", help=translate("Cli", "The record's UUID.")
    )
    p.add_argument(
        "--comment", required=True, metavar="TEXT", help=translate("Cli", "What to correct.")
    )
    p = add(
        "receipt",
        translate("Cli", "Write a signed receipt for a village (township)."),
        run_receipt,
    )
    p.add_argument(
        "--village", required=True, metavar="CODE", help=translate("Cli", "The village's code.")
    )
    p.add_argument(
        "--out", required=True, metavar="DIR", help=translate("Cli", "The folder to write to.")
    )
    add("status", translate("Cli", "Show the sync status."), run_status)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _data_dir(store: StationStore) -> Path:
    return store.db_path.parent


def _station(store: StationStore) -> Station | None:
    return store.read_station()


def _mode(store: StationStore) -> SyncMode:
    station = _station(store)
    return mode_of(station.level) if station is not None else SyncMode.VILLAGE


def _refused(message: str) -> int:
    err(translate("Cli", "Refused: {message}").format(message=message))
    return REFUSED


def _township_only(store: StationStore) -> int | None:
    if _mode(store) is SyncMode.TOWNSHIP:
        return None
    err(translate("Cli", "This command works only at a township station."))
    return USAGE


def _village_only(store: StationStore) -> int | None:
    if _mode(store) is SyncMode.VILLAGE:
        return None
    err(translate("Cli", "This command works only at a village station."))
    return USAGE


def _write_error(folder: Path, e: OSError) -> int:
    err(
        translate("Cli", "Could not write to {path}: {error}").format(
            path=folder, error=render(os_error_reason(e))
        )
    )
    return USAGE


# -- both sides ---------------------------------------------------------------------------------


def package_state(status: PackageStatus) -> str:
    """How a village's package stands, as the township's receipts said."""
    labels = {
        PackageStatus.CONFIRMED: translate("Cli", "confirmed"),
        PackageStatus.HELD: translate("Cli", "held by the township (data before it missing)"),
        PackageStatus.FORK: translate(
            "Cli", "held by the township: another copy of this station's data reported too"
        ),
    }
    return labels.get(status, translate("Cli", "not yet confirmed"))


def run_fingerprint(args: argparse.Namespace, store: StationStore) -> int:
    del args
    out(VillageCodec(_data_dir(store)).fingerprint())
    return OK


def run_status(args: argparse.Namespace, store: StationStore) -> int:
    del args
    if _mode(store) is SyncMode.TOWNSHIP:
        return _township_status(store)
    codec = VillageCodec(_data_dir(store))
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
        if p.status in (PackageStatus.HELD, PackageStatus.FORK):
            out(
                translate("Cli", "Package No. {seq}, {date}, {state}").format(
                    seq=p.seq, date=p.created_at[:10], state=package_state(p.status)
                )
            )
    out(translate("Cli", "Confirmed counter: {n}").format(n=status.confirmed_counter))
    out(translate("Cli", "Changes not yet confirmed: {n}").format(n=status.pending_changes))
    out(translate("Cli", "Returned records to correct: {n}").format(n=len(status.todos)))
    return OK


# -- village ------------------------------------------------------------------------------------


def run_enrol(args: argparse.Namespace, store: StationStore) -> int:
    if (code := _village_only(store)) is not None:
        return code
    codec = VillageCodec(_data_dir(store))
    path = str(Path(args.file).expanduser())
    if (reason := special_file(path)) is not None:
        return _refused(reason)
    try:
        check = sync_enrolment.check_enrolment(unit_of_work(store), courier=codec, path=path)
        found = check.enrolment
        if not args.accept:
            return _show_enrolment(check)
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
            now=now_iso(),
            accept=args.accept,
            replace_township=args.replace_township,
        )
    except sync_enrolment.WrongFingerprint as e:
        err(text(e.message))
        return USAGE
    except (FileRefused, SyncRefused) as e:
        return _refused(text(e.message))
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


def _show_enrolment(check: sync_enrolment.EnrolmentCheck) -> int:
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


def run_new_keys(args: argparse.Namespace, store: StationStore) -> int:
    del args
    identity = keystore.new_identity(_data_dir(store))
    out(translate("Cli", "New fingerprint: {fingerprint}").format(fingerprint=identity.fingerprint))
    err(
        translate(
            "Cli",
            "The township must accept this station again: compare this fingerprint with the cover sheet of the next package.",
        )
    )
    return OK


def run_export(args: argparse.Namespace, store: StationStore) -> int:
    if (code := _village_only(store)) is not None:
        return code
    folder = Path(args.out).expanduser()
    if not folder.is_dir():
        err(translate("Cli", "No such folder: {path}").format(path=folder))
        return USAGE
    codec = VillageCodec(_data_dir(store))
    progress = Progress()
    try:
        with ProgressBar(progress):
            result = sync_village.export_package(
                unit_of_work(store),
                courier=codec,
                folder=str(folder),
                now=now_iso(),
                full=args.full,
                progress=progress,
            )
    except FileRefused as e:
        err(text(e.message))
        return USAGE
    except OSError as e:
        return _write_error(folder, e)
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


def _import_receipts(args: argparse.Namespace, store: StationStore) -> int:
    codec = VillageCodec(_data_dir(store))
    worst = OK
    for name in args.files:
        path = Path(name).expanduser()
        if (reason := special_file(path)) is not None:
            err(translate("Cli", "{file}: refused: {message}").format(file=name, message=reason))
            worst = max(worst, REFUSED)
            continue
        try:
            result = sync_village.import_receipt(
                unit_of_work(store), courier=codec, path=str(path), now=now_iso()
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
    return worst


def run_import(args: argparse.Namespace, store: StationStore) -> int:
    if _mode(store) is SyncMode.VILLAGE:
        return _import_receipts(args, store)
    from villagedesk.cli.commands import sync_township_cli

    return sync_township_cli.run_import(args, store)


# -- township -----------------------------------------------------------------------------------


def run_enrol_file(args: argparse.Namespace, store: StationStore) -> int:
    if (code := _township_only(store)) is not None:
        return code
    from villagedesk.cli.commands import sync_township_cli

    return sync_township_cli.run_enrol_file(args, store)


def run_rotate_keys(args: argparse.Namespace, store: StationStore) -> int:
    del args
    if (code := _township_only(store)) is not None:
        return code
    old = keystore.current_fingerprint(_data_dir(store))
    identity = keystore.new_identity(_data_dir(store))
    out(translate("Cli", "New fingerprint: {fingerprint}").format(fingerprint=identity.fingerprint))
    err(
        translate(
            "Cli",
            "The old key ({old}) is kept to open packages still addressed to it and to sign the new enrolment file. Write it with: villagedesk sync enrol-file, and give it and its sheet to every village.",
        ).format(old=old or "—")
    )
    return OK


def run_return(args: argparse.Namespace, store: StationStore) -> int:
    if (code := _township_only(store)) is not None:
        return code
    from villagedesk.cli.commands import sync_township_cli

    return sync_township_cli.run_return(args, store)


def run_receipt(args: argparse.Namespace, store: StationStore) -> int:
    if (code := _township_only(store)) is not None:
        return code
    from villagedesk.cli.commands import sync_township_cli

    return sync_township_cli.run_receipt(args, store)


def _township_status(store: StationStore) -> int:
    from villagedesk.cli.commands import sync_township_cli

    return sync_township_cli.run_status(store, today=date.today())
