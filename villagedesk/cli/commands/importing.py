"""``villagedesk import members|residents FILE [--dry-run] [--report ERRORS.xlsx]``.

Reads the file (exchange), previews and writes through ``core.services.importing`` after a
backup, prints the counts. Exit 0: every row imported or unchanged; 1: some rows refused (the
valid ones are still written unless ``--dry-run``); 2: the file cannot be read, nothing written.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from villagedesk.cli.commands import unit_of_work
from villagedesk.cli.output import ATTENTION, OK, USAGE, err, out, text
from villagedesk.cli.progress_bar import ProgressBar
from villagedesk.core.errors import DomainError
from villagedesk.core.import_rows import ImportKind, RowResult
from villagedesk.core.progress import Progress
from villagedesk.core.services.importing import ImportPreview, apply_import, preview_import
from villagedesk.exchange.cells import read_import_file
from villagedesk.exchange.error_report import write_error_report
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore


def register(commands: Any) -> None:
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


def _row_line(r: RowResult) -> str:
    reasons = "；".join(text(m) for m in r.reasons)
    return translate("Cli", "Row {line} {name}: {reasons}").format(
        line=r.line, name=r.name, reasons=reasons
    )


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
    try:
        loaded = read_import_file(path, kind)
    except DomainError as e:
        err(text(e.message))
        return USAGE
    if loaded.mapping.unknown:
        err(
            translate("Cli", "Columns not imported: {columns}").format(
                columns="、".join(h for _, h in loaded.mapping.unknown)
            )
        )
    progress = Progress()
    today = date.today()
    with ProgressBar(progress):
        if args.dry_run:
            preview = preview_import(
                unit_of_work(store), kind=kind, rows=loaded.rows, today=today, progress=progress
            )
        else:
            preview = apply_import(
                unit_of_work(store),
                kind=kind,
                rows=loaded.rows,
                today=today,
                before_write=lambda: store.backup_now(datetime.now()),
                progress=progress,
            ).preview
    _print(preview, dry_run=args.dry_run)
    if args.report and preview.refused:
        target = Path(args.report).expanduser()
        try:
            write_error_report(
                target, headers=loaded.mapping.headers, rows=preview.refused, translate=translate
            )
        except OSError as e:
            err(
                translate("Cli", "Could not write to {path}: {error}").format(
                    path=target, error=e.strerror or e
                )
            )
            return ATTENTION
        out(translate("Cli", "Refused rows written to {path}").format(path=target))
    return ATTENTION if preview.refused else OK
