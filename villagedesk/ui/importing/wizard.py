"""导入花名册: choose a file, read it as a job, preview every row (the mapping can be corrected and
re-runs the preview), then write the valid rows in one transaction after a backup, with progress
and cancel, and offer the refused rows as an error report. Nothing is written before confirming.

The dialog holds the steps and the buttons; the pages show them (pages.py, preview_page.py) and
the jobs' work is in steps.py, how they run in wizard_jobs.py (the import through
``run_change_job``, which publishes what it changed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.importing.rows import ColumnMapping, ImportKind, RowOutcome
from villagedesk.core.importing.services import ImportResult
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.exchange.cells import table_source
from villagedesk.exchange.headers import cell_text, map_headers
from villagedesk.exchange.raw_table import RawTable
from villagedesk.ui.context import AppContext
from villagedesk.ui.importing import steps
from villagedesk.ui.importing.error_report import ask_report_path, refused_rows, xlsx_path
from villagedesk.ui.importing.pages import ChoosePage, DonePage
from villagedesk.ui.importing.preview_page import PreviewPage
from villagedesk.ui.importing.steps import Previewed
from villagedesk.ui.importing.wizard_jobs import WizardJobs
from villagedesk.ui.jobs import JobHandle, inform

FILE_FILTER = QT_TRANSLATE_NOOP("ImportWizard", "Spreadsheets (*.xlsx *.xls *.csv);;All files (*)")


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
        self.handle: JobHandle[Previewed] | JobHandle[ImportResult] | JobHandle[Path] | None = None
        self.report_path: Path | None = None
        self._generation = 0
        self.setSizeGripEnabled(True)
        self.resize(1120, 780)
        self.choose_page = ChoosePage(kind, self)
        self.setWindowTitle(self.choose_page.title.text())
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        self.stack = QStackedWidget(self)
        for page in (self.choose_page, self.preview_page, self.done_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._button_bar())
        self.jobs = WizardJobs(
            ctx,
            self,
            (self.stack, self.back_button, self.report_button, self.next_button),
            on_failure=self._after_failure,
        )
        self._connect()
        self.show_choose()

    def _button_bar(self) -> QHBoxLayout:
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
        return bar

    def _connect(self) -> None:
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

    def _after_failure(self) -> None:
        if self.stack.currentWidget() is self.preview_page and self.current is not None:
            self._show_preview()  # the preview as it was before the job

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

    # -- reading and previewing ---------------------------------------------------------------
    def read_file(self, path: Path | str | None = None) -> JobHandle[Previewed] | None:
        """Read ``path`` (or the chosen one) as a job, then show the preview."""
        if path is not None:
            self.choose_page.path_edit.setText(str(path))
        text = self.choose_page.path_edit.text().strip()
        if not text:
            self.browse()
            return None
        work = steps.reading(self.ctx, self.kind, Path(text))
        self.handle = handle = self.jobs.run(
            work, title=self.tr("Reading the file"), on_done=self._read
        )
        return handle

    def _read(self, previewed: Previewed) -> None:
        self.table = previewed.table
        self.current = previewed
        self._generation += 1
        self._show_preview()

    def remap(self, mapping: ColumnMapping) -> JobHandle[Previewed] | None:
        """Run the preview again with a corrected mapping (nothing is written)."""
        table = self.table
        if table is None:
            return None
        self._generation += 1
        generation = self._generation

        def done(previewed: Previewed) -> None:
            if generation == self._generation:
                self.current = previewed
                self._show_preview()

        self.handle = handle = self.jobs.run(
            steps.remapping(self.ctx, self.kind, table, mapping),
            title=self.tr("Checking the rows again"),
            on_done=done,
            on_cancelled=self._show_preview,
        )
        return handle

    def choose_field(self, column: int, key: str | None) -> JobHandle[Previewed] | None:
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
        self.stack.setCurrentWidget(self.preview_page)
        self.preview_page.show_preview(self.table, current)
        counts = current.preview.counts
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
    def confirm(self) -> JobHandle[ImportResult] | None:
        """Write the valid rows in one transaction, after a backup; Cancel writes nothing."""
        current = self.current
        if current is None or current.preview.counts.writes == 0:
            return None
        made: list[Path] = []

        def done(result: ImportResult) -> None:
            self.imported = result
            self.backup = made[0] if made else None
            self._show_done()

        def cancelled() -> None:
            inform(self, self.tr("Cancelled. Nothing was written."))

        self.handle = handle = self.jobs.run_change(
            steps.importing(
                self.ctx,
                self.kind,
                current.rows,
                made,
                source=table_source(self.table) if self.table is not None else None,
            ),
            title=self.tr("Importing"),
            on_done=done,
            on_cancelled=cancelled,
        )
        return handle

    def _show_done(self) -> None:
        if self.imported is None:
            return
        self.done_page.show_result(self.imported, self.backup)
        self.stack.setCurrentWidget(self.done_page)
        self.back_button.hide()
        self.report_button.hide()
        self.next_button.hide()
        self.close_button.setText(self.tr("Close"))

    # -- error report -------------------------------------------------------------------------
    def save_error_report(self, path: Path | str | None = None) -> JobHandle[Path] | None:
        """Save the refused rows (original columns plus a reason column) as an xlsx file."""
        headers, refused = refused_rows(self.imported, self.current)
        if not refused:
            return None
        if path is None:
            stem = self.table.path.stem if self.table is not None else "import"
            target = ask_report_path(self, self.choose_page.path_edit.text(), stem)
            if target is None:
                return None
        else:
            target = xlsx_path(path)

        def done(written: Path) -> None:
            self.report_path = written
            text = self.tr("The error report was saved: {path}").format(path=written)
            self.done_page.report_note.setText(text)
            self.done_page.report_note.setVisible(True)
            inform(self, text)

        self.handle = handle = self.jobs.run(
            steps.reporting(target, headers, refused),
            title=self.tr("Saving the error report"),
            on_done=done,
            db=False,
        )
        return handle


def open_import_wizard(
    ctx: AppContext, kind: ImportKind, parent: QWidget | None = None
) -> ImportWizard:
    """Open the wizard (window-modal, deleted when closed) and return it."""
    wizard = ImportWizard(ctx, kind, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
