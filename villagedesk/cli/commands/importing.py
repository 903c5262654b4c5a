"""``villagedesk import members|residents FILE [--dry-run] [--report ERRORS.xlsx]``.

Reads the file (exchange), previews and writes through ``core.importing.services`` after a
backup, prints the counts. Exit 0: every row imported or unchanged; 1: some rows refused (the
valid ones are still written unless ``--dry-run``); 2: the file cannot be read, nothing written.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from villagedesk.cli.output import ATTENTION, OK, USAGE, err, file_error, out, refuse_new_file, text
from villagedesk.cli.parser import Commands
from villagedesk.cli.progress_bar import ProgressBar
from villagedesk.core.errors import DomainError
from villagedesk.core.importing.rows import ImportKind, RowResult
from villagedesk.core.importing.services import ImportPreview, apply_import, preview_import
from villagedesk.core.progress import Progress
from villagedesk.exchange.cells import read_import_file
from villagedesk.exchange.error_report import write_error_report
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore


def register(commands: Commands) -> None:
    parser = commands.add_parser(
        "import",
        help=translate("Cli", "Import members or residents from a spreadsheet."),
        description=translate(
            "Cli",
            "Import members or residents from an Excel file (.xlsx, .xls) or a CSV file. "
            "The valid rows are written at once, after a backup; refused rows are listed.",
        ),
    )
    parser.add_argument(
        "kind",
        choices=[k.value for k in ImportKind],
        help=translate("Cli", "What the file holds."),
    )
    parser.add_argument("file", metavar="FILE", help=translate("Cli", "The file to import."))
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "Only check the file and show what would change; write nothing."),
    )
    parser.add_argument(
        "--report",
        metavar="ERRORS.xlsx",
        help=translate("Cli", "Write the refused rows with their reasons to this Excel file."),
    )
    parser.set_defaults(func=run_import)


#: Unknown columns named on stderr; the rest are counted.
SHOWN_COLUMNS = 20


def _row_line(r: RowResult) -> str:
    """One refused row: its reasons joined by "；", each without its own full stop."""
    reasons = "；".join(text(m).rstrip("。.") for m in r.reasons)
    return translate("Cli", "Row {line} {name}: {reasons}").format(
        line=r.line, name=r.name, reasons=reasons
    )


def _unknown_columns(names: list[str]) -> str:
    shown = "、".join(names[:SHOWN_COLUMNS])
    if len(names) <= SHOWN_COLUMNS:
        return shown
    return translate("Cli", "{names} and {count} more").format(
        names=shown, count=len(names) - SHOWN_COLUMNS
    )


def _report_target(value: str | None) -> Path | int | None:
    """The --report file, checked before anything is imported (USAGE when it cannot be one)."""
    if not value:
        return None
    target = Path(value).expanduser()
    refused = refuse_new_file(target)
    return target if refused is None else refused


def _print(preview: ImportPreview, *, dry_run: bool) -> None:
    c = preview.counts
    out(
        translate(
            "Cli", "New: {new}  Updated: {updated}  Unchanged: {unchanged}  Refused: {refused}"
        ).format(new=c.new, updated=c.updated, unchanged=c.unchanged, refused=c.refused)
    )
    if preview.new_branches:
        out(translate("Cli", "New branches: {names}").format(names="、".join(preview.new_branches)))
    if preview.new_households:
        out(translate("Cli", "New households: {count}").format(count=preview.new_households))
    for r in preview.refused:
        err(_row_line(r))
    if dry_run:
        out(translate("Cli", "Dry run: nothing was written."))


def run_import(args: argparse.Namespace, store: StationStore) -> int:
    kind = ImportKind(args.kind)
    path = Path(args.file).expanduser()
    target = _report_target(args.report)
    if isinstance(target, int):
        return target
    try:
        loaded = read_import_file(path, kind)
    except DomainError as e:
        err(text(e.message))
        return USAGE
    if loaded.mapping.unknown:
        err(
            translate("Cli", "Columns not imported: {columns}").format(
                columns=_unknown_columns([h for _, h in loaded.mapping.unknown])
            )
        )
    progress = Progress()
    today = date.today()
    with ProgressBar(progress):
        if args.dry_run:
            preview = preview_import(
                store.uow_factory(), kind=kind, rows=loaded.rows, today=today, progress=progress
            )
        else:
            preview = apply_import(
                store.uow_factory(),
                kind=kind,
                rows=loaded.rows,
                today=today,
                before_write=lambda: store.backup_now(datetime.now(), kind="pre-import"),
                progress=progress,
                source=loaded.source,
            ).preview
    _print(preview, dry_run=args.dry_run)
    if target is not None and preview.refused:
        try:
            write_error_report(
                target, headers=loaded.mapping.headers, rows=preview.refused, translate=translate
            )
        except OSError as e:  # the valid rows are written already: say so by the exit code
            file_error(target, e)
            return ATTENTION
        out(translate("Cli", "Refused rows written to {path}").format(path=target))
    return ATTENTION if preview.refused else OK
