"""The township's sync page: villages and their last packages, imports with a dry-run preview,
returned records, receipts, and ID numbers found in more than one village.

An import runs as a job twice: first a dry run whose preview the user confirms (after comparing
an unknown village's fingerprint with its cover sheet), then the real import with one backup.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes
from villagedesk.core.dates import display_stamp_day
from villagedesk.core.progress import Progress
from villagedesk.core.registers import field_labels
from villagedesk.core.township import services as sync_township
from villagedesk.core.township.model import VillagePeer
from villagedesk.core.township.services import FileOutcome, FileResult, ImportReport
from villagedesk.i18n import render, translate
from villagedesk.reports.cover_sheet import record_type_label
from villagedesk.reports.enrolment_sheet import (
    EnrolmentSheet,
    sheet_file_name,
    write_enrolment_sheet,
)
from villagedesk.sync.enrolment import read_enrolment
from villagedesk.sync.township_codec import ContainerCodec
from villagedesk.ui.context import AppContext
from villagedesk.ui.jobs import inform

#: Rows of the preview's record list shown at most (the counts cover every record).
PREVIEW_ROWS = 2000


REFUSED_SHOWN = 30


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))


def _type(record_type: str) -> str:
    return record_type_label(record_type, translate)


class ImportPreviewDialog(QDialog):
    """The dry run's result: per file and record type new/updated/unchanged/refused, then the
    records with their changed fields. Accepting the dialog confirms the import."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import preview"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Nothing has been written yet. Check, then import.")))
        self.files = _table([self.tr("File"), self.tr("Result")])
        _fill(self.files, [[f.path.name, render(f.message)] for f in report.files])
        self.files.setMaximumHeight(120)
        layout.addWidget(self.files)
        self.counts = _table(
            [
                self.tr("File"),
                self.tr("Record type"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Refused"),
            ]
        )
        rows = [
            [f.path.name, _type(kind), str(c.new), str(c.updated), str(c.unchanged), str(c.refused)]
            for f in report.files
            for kind, c in f.counts.items()
            if c.new or c.updated or c.unchanged or c.refused
        ]
        _fill(self.counts, rows)
        self.counts.setMaximumHeight(220)
        layout.addWidget(self.counts)
        self.records = _table(
            [self.tr("Record type"), self.tr("Record"), self.tr("Action"), self.tr("Fields")]
        )
        record_rows: list[list[str]] = []
        for f in report.files:
            for change in f.changes[:PREVIEW_ROWS]:
                detail = (
                    "；".join(render(m) for m in change.messages)
                    if change.messages
                    else "、".join(field_labels(change.record_type, change.fields, translate))
                )
                record_rows.append(
                    [
                        _type(change.record_type),
                        change.label,
                        translate("Enum", change.status.label),
                        detail,
                    ]
                )
        _fill(self.records, record_rows[:PREVIEW_ROWS])
        layout.addWidget(self.records, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(any(f.outcome is FileOutcome.PREVIEW for f in report.files))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ReturnDialog(QDialog):
    """Return a received record to its village: the record's id and a comment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return a record for correction"))
        form = QFormLayout(self)
        self.record = QLineEdit()
        self.comment = QLineEdit()
        form.addRow(self.tr("Record ID (UUID)"), self.record)
        form.addRow(self.tr("What to correct"), self.comment)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class TownshipSyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.codec = ContainerCodec(ctx.data_dir)
        #: Hooks (tests replace them): ask to accept an unknown key; confirm the preview.
        self.ask_accept: Callable[[FileResult], bool] = self._ask_accept
        self.confirm_preview: Callable[[ImportReport], bool] = self._confirm_preview
        self.last_report: ImportReport | None = None

        layout = QVBoxLayout(self)
        self.fingerprint = QLabel()
        layout.addWidget(self.fingerprint)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import packages…"))
        self.receipt_button = QPushButton(self.tr("Write receipt…"))
        self.return_button = QPushButton(self.tr("Return a record…"))
        self.enrol_button = QPushButton(self.tr("Write enrolment file…"))
        for b in (self.import_button, self.receipt_button, self.return_button, self.enrol_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        villages = QGroupBox(self.tr("Villages"))
        vbox = QVBoxLayout(villages)
        days_row = QHBoxLayout()
        days_row.addWidget(QLabel(self.tr("Not reported for more than")))
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        days_row.addWidget(self.days)
        self.overdue = QLabel()
        days_row.addWidget(self.overdue, 1)
        vbox.addLayout(days_row)
        self.villages = _table(
            [
                self.tr("Code"),
                self.tr("Village"),
                self.tr("Last package"),
                self.tr("Last package date"),
                self.tr("Fingerprint"),
                self.tr("Note"),
            ]
        )
        vbox.addWidget(self.villages)
        layout.addWidget(villages, 2)

        dupes = QGroupBox(self.tr("ID numbers in more than one village"))
        dbox = QVBoxLayout(dupes)
        self.duplicates = _table([self.tr("ID number"), self.tr("Villages and names")])
        dbox.addWidget(self.duplicates)
        layout.addWidget(dupes, 1)

        self.import_button.clicked.connect(self._choose_packages)
        self.receipt_button.clicked.connect(self._choose_receipt_folder)
        self.return_button.clicked.connect(self._return_record)
        self.enrol_button.clicked.connect(self._write_enrolment)
        self.days.valueChanged.connect(lambda _v: self.refresh())
        ctx.hub.changed.connect(self._on_changed)
        self.refresh()

    # -- views ----------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes:
            self.refresh()

    def _note(self, peer: VillagePeer, forks: int) -> str:
        notes = []
        if peer.epoch > 1:
            notes.append(self.tr("Re-installed ({n} times)").format(n=peer.epoch - 1))
        if forks:
            notes.append(
                self.tr("Two different copies of its data: {n} package(s) held").format(n=forks)
            )
        return "；".join(notes)

    def refresh(self) -> None:
        self.fingerprint.setText(
            self.tr("This township's key fingerprint: {fingerprint}").format(
                fingerprint=self.codec.fingerprint()
            )
        )
        factory = self.ctx.store.uow_factory
        peers = sync_township.villages_overview(factory())
        self.peers = peers
        forks = sync_township.forks(factory())
        _fill(
            self.villages,
            [
                [
                    p.code,
                    p.name,
                    str(p.last_seq) if p.last_seq else "",
                    display_stamp_day(p.last_package_at),
                    p.fingerprint,
                    self._note(p, len(forks.get(p.code, []))),
                ]
                for p in peers
            ],
        )
        late = sync_township.not_reported(factory(), days=self.days.value(), today=self.ctx.today())
        self.overdue.setText(
            self.tr("Not reported: {villages}").format(villages="、".join(p.name for p in late))
            if late
            else self.tr("Every village has reported.")
        )
        dupes = sync_township.duplicate_id_numbers(factory())
        villages = {p.code: p.name for p in peers}
        _fill(
            self.duplicates,
            [
                [d.id_number, "；".join(f"{villages.get(c, c)} {name}" for c, name in d.holders)]
                for d in dupes
            ],
        )

    # -- import ---------------------------------------------------------------------------------

    def _choose_packages(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import packages"), "", self.tr("Data packages (*.vdpkg)")
        )
        if names:
            self.import_packages([Path(n) for n in names])

    def import_packages(self, files: list[Path], accept: str | None = None) -> None:
        """Dry run first; then ask about unknown keys, show the preview, import on confirm."""

        def work(progress: Progress) -> ImportReport:
            return sync_township.import_packages(
                self.ctx.store.uow_factory(),
                codec=self.codec,
                files=files,
                dry_run=True,
                accept=accept,
                today=self.ctx.today(),
                progress=progress,
            )

        self.ctx.jobs.run(
            work,
            title=self.tr("Checking packages"),
            on_done=lambda report: self._previewed(files, accept, report),
            parent=self,
        )

    def _previewed(self, files: list[Path], accept: str | None, report: ImportReport) -> None:
        self.last_report = report
        for result in report.files:
            unknown = result.reason in ("unknown_sender", "key_changed")
            if (
                unknown
                and result.fingerprint
                and result.fingerprint != accept
                and self.ask_accept(result)
            ):
                self.import_packages(files, accept=result.fingerprint)
                return
        if self.confirm_preview(report):
            self._import(files, accept)

    def _import(self, files: list[Path], accept: str | None) -> None:
        def work(progress: Progress) -> ImportReport:
            return sync_township.import_packages(
                self.ctx.store.uow_factory(),
                codec=self.codec,
                files=files,
                dry_run=False,
                accept=accept,
                today=self.ctx.today(),
                before_write=lambda: self.ctx.store.backup_now(self.ctx.now(), kind="pre-import"),
                progress=progress,
            )

        self.ctx.jobs.run(
            work, title=self.tr("Importing packages"), on_done=self._imported, parent=self
        )

    def _imported(self, report: ImportReport) -> None:
        self.last_report = report
        self.ctx.hub.publish(report.changes)
        self.refresh()
        lines = [render(f.message) for f in report.files]
        refused = [c for f in report.files for c in f.changes if c.status.value == "refused"]
        for change in refused[:REFUSED_SHOWN]:
            lines.append(
                self.tr("Refused: {type} {record}: {reasons}").format(
                    type=_type(change.record_type),
                    record=change.label,
                    reasons="；".join(render(m) for m in change.messages),
                )
            )
        if len(refused) > REFUSED_SHOWN:
            lines.append(
                self.tr("{n} more refused records: see the import preview.").format(
                    n=len(refused) - REFUSED_SHOWN
                )
            )
        inform(self, "\n".join(lines))

    def _ask_accept(self, result: FileResult) -> bool:
        text = self.tr(
            "{message}\n\nDoes the fingerprint {fingerprint} match the one printed on the "
            "village's cover sheet? Accept this village's key only if it does."
        ).format(message=render(result.message), fingerprint=result.fingerprint)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("New village key"), text, parent=self)
        accept = box.addButton(
            self.tr("Fingerprints match: accept"), QMessageBox.ButtonRole.YesRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept

    def _confirm_preview(self, report: ImportReport) -> bool:
        return ImportPreviewDialog(report, self).exec() == QDialog.DialogCode.Accepted

    # -- returns, receipts, enrolment -----------------------------------------------------------

    def _return_record(self) -> None:
        dialog = ReturnDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.return_record(dialog.record.text(), dialog.comment.text())

    def return_record(self, record_uuid: str, comment: str) -> None:
        def work(progress: Progress) -> str:
            del progress
            returned = sync_township.return_record(
                self.ctx.store.uow_factory(), record_uuid=record_uuid, comment=comment
            )
            return returned.summary

        self.ctx.jobs.run(
            work,
            title=self.tr("Returning the record"),
            on_done=self._returned,
            parent=self,
        )

    def _returned(self, summary: str) -> None:
        text = self.tr("{record} will be listed in the next receipt for correction.")
        inform(self, text.format(record=summary))

    def _receipt_written(self, path: Path) -> None:
        inform(self, self.tr("The receipt was written and checked: {path}").format(path=path))

    def selected_village(self) -> VillagePeer | None:
        row = self.villages.currentRow()
        return self.peers[row] if 0 <= row < len(self.peers) else None

    def _choose_receipt_folder(self) -> None:
        village = self.selected_village()
        if village is None:
            inform(self, self.tr("Select a village first."))
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write the receipt to"))
        if folder:
            self.write_receipt(village.code, Path(folder))

    def write_receipt(self, village_code: str, folder: Path) -> None:
        def work(progress: Progress) -> Path:
            del progress
            return sync_township.write_receipt(
                self.ctx.store.uow_factory(),
                codec=self.codec,
                village_code=village_code,
                out_dir=folder,
            )

        self.ctx.jobs.run(
            work,
            title=self.tr("Writing the receipt"),
            on_done=self._receipt_written,
            parent=self,
        )

    def _write_enrolment(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Write the enrolment file and its printed sheet to")
        )
        if folder:
            self.write_enrolment(Path(folder))

    def write_enrolment(self, folder: Path) -> None:
        """The enrolment file and its printed sheet (``<code>-enrolment-sheet.pdf``) in ``folder``,
        as a job; then say where both are."""
        codec, factory = self.codec, self.ctx.store.uow_factory

        def work(progress: Progress) -> tuple[Path, Path]:
            del progress
            path = sync_township.write_enrolment_file(factory(), codec=codec, out=folder)
            enrolment = read_enrolment(path)  # the sheet shows what the file carries
            sheet = EnrolmentSheet(
                township_name=enrolment.station_name,
                township_code=enrolment.station_code,
                fingerprint=enrolment.fingerprint,
                created_at=enrolment.created_at,
                file_name=path.name,
            )
            sheet_path = path.with_name(sheet_file_name(enrolment.station_code))
            return path, write_enrolment_sheet(sheet_path, sheet=sheet, translate=translate)

        def done(paths: tuple[Path, Path]) -> None:
            text = self.tr(
                "The enrolment file was written: {path}\n\nIts enrolment sheet: {sheet}\n\n"
                "Print the sheet, sign and stamp it, and give it to each village with the file. "
                "A village enrols only after comparing the fingerprint with the sheet."
            )
            inform(self, text.format(path=paths[0], sheet=paths[1]))

        self.ctx.jobs.run(
            work,
            title=self.tr("Writing the enrolment file"),
            on_done=done,
            parent=self,
        )
