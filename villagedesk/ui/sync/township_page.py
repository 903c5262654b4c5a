"""The township's sync page: villages and their last packages, imports with a dry-run preview,
returned records, receipts, and ID numbers found in more than one village.

An import runs as a job twice: first a dry run whose preview the user confirms (after comparing
an unknown village's fingerprint with its cover sheet), then the real import with one backup.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes
from villagedesk.core.township import services as sync_township
from villagedesk.core.township.model import VillagePeer
from villagedesk.core.township.services import FileResult, ImportReport
from villagedesk.i18n import render
from villagedesk.sync.township_codec import ContainerCodec
from villagedesk.ui.context import AppContext
from villagedesk.ui.forms.service_op import run_change_job
from villagedesk.ui.jobs import inform
from villagedesk.ui.sync import township_jobs
from villagedesk.ui.sync.tables import fill, sync_table, type_name
from villagedesk.ui.sync.township_audit import TownshipAuditBox
from villagedesk.ui.sync.township_dialogs import ImportPreviewDialog, ReturnDialog, ask_accept_key
from villagedesk.ui.sync.township_disputes import TownshipDisputesBox
from villagedesk.ui.sync.township_replies import EscalatedBox

__all__ = ["REFUSED_SHOWN", "ImportPreviewDialog", "ReturnDialog", "TownshipSyncPage"]

#: Refused records listed after an import at most (the preview lists them all).
REFUSED_SHOWN = 30


class TownshipSyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.codec = ContainerCodec(ctx.data_dir)
        #: Hooks (tests replace them): ask to accept an unknown key; confirm the preview.
        self.ask_accept: Callable[[FileResult], bool] = lambda r: ask_accept_key(self, r)
        self.confirm_preview: Callable[[ImportReport], bool] = self._confirm_preview
        self.last_report: ImportReport | None = None

        layout = QVBoxLayout(self)
        self.fingerprint = QLabel()
        layout.addWidget(self.fingerprint)
        layout.addLayout(self._buttons())
        self.escalated = EscalatedBox(ctx, self)  # the 上报 to-do list, a tab beside the villages
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._villages_box(), self.tr("Villages"))
        self.tabs.addTab(self.escalated, self.tr("Escalated requests"))
        self.disputes = TownshipDisputesBox(ctx, self)  # the 红/橙 disputes and their 包案
        self.tabs.addTab(self.disputes, self.tr("Red and orange disputes"))
        self.tabs.addTab(TownshipAuditBox(ctx, self), self.tr("Village audit logs"))
        layout.addWidget(self.tabs, 2)
        layout.addWidget(self._duplicates_box(), 1)

        self.import_button.clicked.connect(self._choose_packages)
        self.receipt_button.clicked.connect(self._choose_receipt_folder)
        self.return_button.clicked.connect(self._return_record)
        self.enrol_button.clicked.connect(self._write_enrolment)
        self.days.valueChanged.connect(lambda _v: self.refresh())
        ctx.hub.changed.connect(self._on_changed)
        self.refresh()

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import packages…"))
        self.receipt_button = QPushButton(self.tr("Write receipt…"))
        self.return_button = QPushButton(self.tr("Return a record…"))
        self.enrol_button = QPushButton(self.tr("Write enrolment file…"))
        for b in (self.import_button, self.receipt_button, self.return_button, self.enrol_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        return buttons

    def _villages_box(self) -> QGroupBox:
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
        self.villages = sync_table(
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
        return villages

    def _duplicates_box(self) -> QGroupBox:
        dupes = QGroupBox(self.tr("ID numbers in more than one village"))
        dbox = QVBoxLayout(dupes)
        self.duplicates = sync_table([self.tr("ID number"), self.tr("Villages and names")])
        dbox.addWidget(self.duplicates)
        return dupes

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
        fill(self.villages, township_jobs.village_rows(peers, forks, self._note))
        late = sync_township.not_reported(factory(), days=self.days.value(), today=self.ctx.today())
        self.overdue.setText(
            self.tr("Not reported: {villages}").format(villages="、".join(p.name for p in late))
            if late
            else self.tr("Every village has reported.")
        )
        dupes = sync_township.duplicate_id_numbers(factory())
        fill(self.duplicates, township_jobs.duplicate_rows(dupes, peers))
        self.escalated.refresh()
        self.disputes.refresh()

    # -- import ---------------------------------------------------------------------------------

    def _choose_packages(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import packages"), "", self.tr("Data packages (*.vdpkg)")
        )
        if names:
            self.import_packages([Path(n) for n in names])

    def import_packages(self, files: list[Path], accept: str | None = None) -> None:
        """Dry run first; then ask about unknown keys, show the preview, import on confirm."""
        work = township_jobs.import_work(self.ctx, self.codec, files, accept, dry_run=True)
        self.ctx.jobs.run(
            work,
            title=self.tr("Checking packages"),
            on_done=lambda report: self._previewed(files, accept, report),
            parent=self,
        )

    def _previewed(self, files: list[Path], accept: str | None, report: ImportReport) -> None:
        self.last_report = report
        for result in report.files:
            unknown = result.reason in ("unknown_sender", "key_changed", "audit_rewritten")
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
        work = township_jobs.import_work(self.ctx, self.codec, files, accept, dry_run=False)
        run_change_job(
            self.ctx, work, title=self.tr("Importing packages"), on_done=self._imported, parent=self
        )

    def _imported(self, report: ImportReport) -> None:
        self.last_report = report
        self.refresh()
        lines = [township_jobs.file_line(f) for f in report.files]
        refused = [c for f in report.files for c in f.changes if c.status.value == "refused"]
        for change in refused[:REFUSED_SHOWN]:
            lines.append(
                self.tr("Refused: {type} {record}: {reasons}").format(
                    type=type_name(change.record_type),
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

    def _confirm_preview(self, report: ImportReport) -> bool:
        return ImportPreviewDialog(report, self).exec() == QDialog.DialogCode.Accepted

    # -- returns, receipts, enrolment -----------------------------------------------------------

    def _return_record(self) -> None:
        dialog = ReturnDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.return_record(dialog.record.text(), dialog.comment.text())

    def return_record(self, record_uuid: str, comment: str) -> None:
        work = township_jobs.return_work(self.ctx, record_uuid, comment)
        self.ctx.jobs.run(
            work,
            title=self.tr("Returning the record"),
            on_done=self._returned,
            parent=self,
        )

    def _returned(self, summary: str) -> None:
        inform(
            self,
            self.tr("{record} will be listed in the next receipt for correction.").format(
                record=summary
            ),
        )

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
        work = township_jobs.receipt_work(self.ctx, self.codec, village_code, folder)
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
        work = township_jobs.enrolment_work(self.ctx.store.uow_factory, self.codec, folder)

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
