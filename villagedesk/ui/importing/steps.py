"""The import wizard's work, as the jobs it runs on the database worker: read a file and preview
every row, preview again with a corrected mapping, write the valid rows after a backup, save the
error report. Each function reads what it needs on the GUI thread and returns the job's function,
which touches no widget."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from villagedesk.core.importing.rows import (
    ColumnMapping,
    ImportKind,
    ImportSource,
    RowResult,
    SourceRow,
)
from villagedesk.core.importing.services import (
    ImportPreview,
    ImportResult,
    apply_import,
    preview_import,
)
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.exchange.cells import display_text, is_skipped, source_rows
from villagedesk.exchange.error_report import write_error_report
from villagedesk.exchange.headers import detect_header
from villagedesk.exchange.raw_table import RawTable
from villagedesk.exchange.readers import read_table

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


@dataclass(frozen=True)
class Previewed:
    """A preview and what it was made from (the rows are what a confirm writes)."""

    mapping: ColumnMapping
    rows: list[SourceRow]
    preview: ImportPreview
    table: RawTable | None = None


def examples(table: RawTable, header_row: int) -> list[str]:
    """The first data row's cells below the header row, as text (for the mapping view)."""
    for row in table.rows[header_row + 1 :]:
        if not is_skipped(row):
            return [display_text(v) for v in row]
    return []


def reading(ctx: AppContext, kind: ImportKind, file: Path) -> Callable[[Progress], Previewed]:
    """Read ``file``, find its header row and preview every row (nothing is written)."""
    uow_factory, today = ctx.store.uow_factory, ctx.today()

    def work(progress: Progress) -> Previewed:
        progress.set_label(
            msg("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "Reading the file…"))
        )
        table = read_table(file)
        progress.check()
        mapping = detect_header(table, kind)
        rows = source_rows(table, mapping)
        progress.check()
        preview = preview_import(
            uow_factory(), kind=kind, rows=rows, today=today, progress=progress
        )
        return Previewed(mapping, rows, preview, table)

    return work


def remapping(
    ctx: AppContext, kind: ImportKind, table: RawTable, mapping: ColumnMapping
) -> Callable[[Progress], Previewed]:
    """Preview the table's rows again under a corrected ``mapping`` (nothing is written)."""
    uow_factory, today = ctx.store.uow_factory, ctx.today()

    def work(progress: Progress) -> Previewed:
        rows = source_rows(table, mapping)
        preview = preview_import(
            uow_factory(), kind=kind, rows=rows, today=today, progress=progress
        )
        return Previewed(mapping, rows, preview, table)

    return work


def importing(
    ctx: AppContext,
    kind: ImportKind,
    rows: Sequence[SourceRow],
    backups: list[Path],
    source: ImportSource | None = None,
) -> Callable[[Progress], ImportResult]:
    """Write the valid ``rows`` (read from ``source``) in one transaction; the backup made just
    before writing is appended to ``backups``. Cancelled, it writes nothing (and makes no
    backup)."""
    uow_factory, today = ctx.store.uow_factory, ctx.today()

    def before_write() -> None:
        backups.append(ctx.store.backup_now(ctx.now(), kind="pre-import"))

    def work(progress: Progress) -> ImportResult:
        return apply_import(
            uow_factory(),
            kind=kind,
            rows=rows,
            today=today,
            before_write=before_write,
            progress=progress,
            source=source,
        )

    return work


def reporting(
    target: Path, headers: Sequence[str], refused: Sequence[RowResult]
) -> Callable[[Progress], Path]:
    """Write the refused rows (their original columns and a reason column) to ``target``."""

    def work(_progress: Progress) -> Path:
        return write_error_report(
            target, headers=headers, rows=refused, translate=QCoreApplication.translate
        )

    return work
