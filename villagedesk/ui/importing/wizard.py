"""导入花名册: choose a file, read it as a job, preview every row (the mapping can be corrected and
re-runs the preview), then write the valid rows in one transaction after a backup, with progress
and cancel, and offer the refused rows as an error report. Nothing is written before confirming."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.importing.rows import ColumnMapping, ImportKind, RowOutcome, SourceRow
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
from villagedesk.exchange.headers import cell_text, detect_header, map_headers
from villagedesk.exchange.readers import RawTable, read_table
from villagedesk.ui.context import AppContext
from villagedesk.ui.importing import summary
from villagedesk.ui.importing.pages import ChoosePage, DonePage, PreviewPage
from villagedesk.ui.jobs import JobHandle, inform, show_error

FILE_FILTER = QT_TRANSLATE_NOOP("ImportWizard", "Spreadsheets (*.xlsx *.xls *.csv);;All files (*)")


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


class ImportWizard(QDialog):
    """The import of one kind of roster (members, or residents with their households)."""

    def __init__(self, ctx: AppContext, kind: ImportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.table: RawTable | None = None
        self.current: Previewed | None = None
        self.imported: ImportResult | None = None
        self.backup: Path | None = None
        self.handle: JobHandle[Any] | None = None
        self.report_path: Path | None = None
        self._generation = 0
        self.setWindowTitle(
            self.tr("Import the Party member roll")
            if kind is ImportKind.MEMBERS
            else self.tr("Import residents and households")
        )
        self.setSizeGripEnabled(True)
        self.resize(1120, 780)

        self.choose_page = ChoosePage(kind, self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        self.stack = QStackedWidget(self)
        for page in (self.choose_page, self.preview_page, self.done_page):
            self.stack.addWidget(page)

        self.back_button = QPushButton(self.tr("« Choose another file"), self)
        self.report_button = QPushButton(self.tr("Save error report…"), self)
        self.next_button = QPushButton(self.tr("Read the file »"), self)
        self.next_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.back_button, self.report_button, self.next_button, self.close_button):
            button.setMinimumHeight(40)
            button.setMinimumWidth(120)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.report_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)

        self.choose_page.browse_button.clicked.connect(lambda: self.browse())
        self.choose_page.path_edit.returnPressed.connect(lambda: self.read_file())
        self.back_button.clicked.connect(self.show_choose)
        self.next_button.clicked.connect(self._next)
        self.report_button.clicked.connect(lambda: self.save_error_report())
        self.done_page.report_button.clicked.connect(lambda: self.save_error_report())
        self.close_button.clicked.connect(self.reject)
        self.preview_page.header_row.valueChanged.connect(self._header_row_changed)
        self.preview_page.mapping.field_chosen.connect(self.choose_field)
        self.preview_page.filter_group.buttonClicked.connect(self._filter_clicked)
        self.show_choose()

    # -- steps --------------------------------------------------------------------------------
    def show_choose(self) -> None:
        self.stack.setCurrentWidget(self.choose_page)
        self.back_button.hide()
        self.report_button.hide()
        self.next_button.show()
        self.next_button.setText(self.tr("Read the file »"))
        self.next_button.setEnabled(True)
        self.close_button.setText(self.tr("Cancel"))

    def _next(self) -> None:
        if self.stack.currentWidget() is self.choose_page:
            self.read_file()
        elif self.stack.currentWidget() is self.preview_page:
            self.confirm()

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the roster to import"),
            self.choose_page.path_edit.text() or str(Path.home()),
            self.tr(FILE_FILTER),
        )
        if path:
            self.choose_page.path_edit.setText(path)
            self.read_file()

    def _busy(self, busy: bool) -> None:
        """While a job runs the pages and buttons wait (the progress dialog has Cancel)."""
        for widget in (self.stack, self.back_button, self.report_button, self.next_button):
            widget.setEnabled(not busy)

    def _run(
        self,
        fn: Any,
        *,
        title: str,
        on_done: Any,
        on_cancelled: Any = None,
        **kw: Any,
    ) -> JobHandle[Any]:
        self._busy(True)

        def done(value: Any) -> None:
            self._busy(False)
            on_done(value)

        def failed(error: BaseException) -> None:
            self._busy(False)
            if self.stack.currentWidget() is self.preview_page and self.current is not None:
                self._show_preview()
            show_error(self, error)

        def cancelled() -> None:
            self._busy(False)
            if on_cancelled is not None:
                on_cancelled()

        self.handle = self.ctx.jobs.run(
            fn,
            title=title,
            on_done=done,
            on_error=failed,
            on_cancelled=cancelled,
            parent=self,
            **kw,
        )
        return self.handle

    # -- reading and previewing ---------------------------------------------------------------
    def read_file(self, path: Path | str | None = None) -> JobHandle[Any] | None:
        """Read ``path`` (or the chosen one) as a job, then show the preview."""
        if path is not None:
            self.choose_page.path_edit.setText(str(path))
        text = self.choose_page.path_edit.text().strip()
        if not text:
            self.browse()
            return None
        file = Path(text)
        kind, uow_factory, today = self.kind, self.ctx.store.uow_factory, self.ctx.today()

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

        return self._run(work, title=self.tr("Reading the file"), on_done=self._read)

    def _read(self, previewed: Previewed) -> None:
        self.table = previewed.table
        self.current = previewed
        self._generation += 1
        self._show_preview()

    def remap(self, mapping: ColumnMapping) -> JobHandle[Any] | None:
        """Run the preview again with a corrected mapping (nothing is written)."""
        table = self.table
        if table is None:
            return None
        self._generation += 1
        generation = self._generation
        kind, uow_factory, today = self.kind, self.ctx.store.uow_factory, self.ctx.today()

        def work(progress: Progress) -> Previewed:
            rows = source_rows(table, mapping)
            preview = preview_import(
                uow_factory(), kind=kind, rows=rows, today=today, progress=progress
            )
            return Previewed(mapping, rows, preview, table)

        def done(previewed: Previewed) -> None:
            if generation == self._generation:
                self.current = previewed
                self._show_preview()

        return self._run(
            work,
            title=self.tr("Checking the rows again"),
            on_done=done,
            on_cancelled=self._show_preview,
        )

    def choose_field(self, column: int, key: str | None) -> JobHandle[Any] | None:
        """The user picked the field a column fills (None: not imported)."""
        if self.current is None:
            return None
        return self.remap(self.current.mapping.with_field(column, key))

    def _header_row_changed(self, row: int) -> None:
        if self.table is None or self.current is None:
            return
        index = row - 1
        if index == self.current.mapping.header_row or index >= len(self.table.rows):
            return
        headers = [cell_text(v) for v in self.table.rows[index]]
        self.remap(map_headers(self.kind, index, headers))

    def _show_preview(self) -> None:
        current = self.current
        if current is None or self.table is None:
            return
        page, preview, mapping = self.preview_page, current.preview, current.mapping
        self.stack.setCurrentWidget(page)
        page.file_label.setText(
            self.tr("{file} — sheet “{sheet}”").format(
                file=self.table.path.name, sheet=self.table.sheet
            )
        )
        page.header_row.blockSignals(True)
        page.header_row.setMaximum(max(1, min(30, len(self.table.rows))))
        page.header_row.setValue(mapping.header_row + 1)
        page.header_row.blockSignals(False)
        page.header_note.setText(summary.header_note(mapping))
        page.header_note.setVisible(bool(page.header_note.text()))
        page.mapping.set_mapping(mapping, examples(self.table, mapping.header_row))
        page.unknown_note.setText(summary.unknown_note(mapping))
        page.unknown_note.setVisible(bool(mapping.unknown))
        page.counts_label.setText(summary.counts_text(preview))
        page.standing_label.setText(summary.standing_text(preview))
        page.standing_label.setVisible(bool(page.standing_label.text()))
        page.created_label.setText(summary.created_text(preview))
        page.created_label.setVisible(bool(page.created_label.text()))
        counts = preview.counts
        page.set_counts(
            {
                None: counts.total,
                RowOutcome.NEW: counts.new,
                RowOutcome.UPDATE: counts.updated,
                RowOutcome.UNCHANGED: counts.unchanged,
                RowOutcome.REFUSED: counts.refused,
            }
        )
        page.model.set_results(preview.rows)
        page.clear_details()
        self.back_button.show()
        self.report_button.setVisible(counts.refused > 0)
        self.next_button.show()
        self.next_button.setEnabled(counts.writes > 0)
        self.next_button.setText(
            self.tr("Import {count} rows").format(count=counts.writes)
            if counts.writes
            else self.tr("Nothing to import")
        )
        self.close_button.setText(self.tr("Cancel"))

    def _filter_clicked(self, button: QPushButton) -> None:
        for outcome, candidate in self.preview_page.filter_buttons.items():
            if candidate is button:
                self.set_filter(outcome)

    def set_filter(self, outcome: RowOutcome | None) -> None:
        """Show only the rows with ``outcome`` (None: all)."""
        self.preview_page.filter_buttons[outcome].setChecked(True)
        self.preview_page.model.set_filter(outcome)
        self.preview_page.clear_details()

    # -- writing ------------------------------------------------------------------------------
    def confirm(self) -> JobHandle[Any] | None:
        """Write the valid rows in one transaction, after a backup; Cancel writes nothing."""
        current = self.current
        if current is None or current.preview.counts.writes == 0:
            return None
        ctx, kind, rows = self.ctx, self.kind, current.rows
        uow_factory, today = ctx.store.uow_factory, ctx.today()
        made: list[Path] = []

        def before_write() -> None:
            made.append(ctx.store.backup_now(ctx.now(), kind="pre-import"))

        def work(progress: Progress) -> ImportResult:
            return apply_import(
                uow_factory(),
                kind=kind,
                rows=rows,
                today=today,
                before_write=before_write,
                progress=progress,
            )

        def done(result: ImportResult) -> None:
            self.imported = result
            self.backup = made[0] if made else None
            if result.changes:
                ctx.hub.publish(result.changes)
            self._show_done()

        def cancelled() -> None:
            inform(self, self.tr("Cancelled. Nothing was written."))

        return self._run(
            work,
            title=self.tr("Importing"),
            on_done=done,
            on_cancelled=cancelled,
            show_after_ms=0,
        )

    def _show_done(self) -> None:
        result = self.imported
        if result is None:
            return
        page = self.done_page
        counts = result.preview.counts
        page.title.setText(
            self.tr("Import finished") if result.wrote else self.tr("Nothing was imported")
        )
        page.counts_label.setText(summary.done_text(result))
        page.refused_label.setText(summary.refused_text(counts.refused))
        page.refused_label.setVisible(counts.refused > 0)
        page.report_button.setVisible(counts.refused > 0)
        page.report_note.setVisible(False)
        page.backup_label.setText(
            self.tr("A backup of the database was made before writing: {file}").format(
                file=self.backup.name
            )
            if self.backup is not None
            else ""
        )
        self.stack.setCurrentWidget(page)
        self.back_button.hide()
        self.report_button.hide()
        self.next_button.hide()
        self.close_button.setText(self.tr("Close"))

    # -- error report -------------------------------------------------------------------------
    def _refused_source(self) -> tuple[tuple[str, ...], list[Any]]:
        preview = self.imported.preview if self.imported is not None else None
        if preview is None and self.current is not None:
            preview = self.current.preview
        headers = self.current.mapping.headers if self.current is not None else ()
        return headers, (preview.refused if preview is not None else [])

    def save_error_report(self, path: Path | str | None = None) -> JobHandle[Any] | None:
        """Save the refused rows (original columns plus a reason column) as an xlsx file."""
        headers, refused = self._refused_source()
        if not refused:
            return None
        if path is None:
            stem = self.table.path.stem if self.table is not None else "import"
            suggested = str(
                Path(self.choose_page.path_edit.text()).with_name(
                    self.tr("{name} - rows not imported.xlsx").format(name=stem)
                )
            )
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save error report"),
                suggested,
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")

        def work(_progress: Progress) -> Path:
            return write_error_report(
                target, headers=headers, rows=refused, translate=QCoreApplication.translate
            )

        def done(written: Path) -> None:
            self.report_path = written
            text = self.tr("The error report was saved: {path}").format(path=written)
            self.done_page.report_note.setText(text)
            self.done_page.report_note.setVisible(True)
            inform(self, text)

        return self._run(work, title=self.tr("Saving the error report"), on_done=done, db=False)


def open_import_wizard(
    ctx: AppContext, kind: ImportKind, parent: QWidget | None = None
) -> ImportWizard:
    """Open the wizard (window-modal, deleted when closed) and return it."""
    from PySide6.QtCore import Qt

    wizard = ImportWizard(ctx, kind, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
