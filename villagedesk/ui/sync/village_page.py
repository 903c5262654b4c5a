"""The village's sync page: fingerprint, enrolment, export to a USB stick, receipts, to-do list.

Every database step runs as a job; the export writes atomically into the chosen folder, reads the
file back and verifies it, and only then tells the user the stick can be removed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.township.enrolment import EnrolmentCheck
from villagedesk.core.township.ports import FileRefused, Peer
from villagedesk.core.township.village import ExportResult, ReceiptResult, VillageStatus
from villagedesk.i18n import render
from villagedesk.sync import keystore
from villagedesk.sync.village_codec import VillageCodec
from villagedesk.ui.context import AppContext
from villagedesk.ui.forms.service_op import run_change_job
from villagedesk.ui.jobs import inform, show_error
from villagedesk.ui.sync import village_jobs
from villagedesk.ui.sync.enrolment_dialog import EnrolmentDialog
from villagedesk.ui.sync.tables import fill
from villagedesk.ui.sync.village_jobs import SyncDone
from villagedesk.ui.sync.village_messages import (
    export_text,
    package_state,
    receipt_text,
    township_text,
)
from villagedesk.ui.sync.village_view import VillageSyncView

TOPICS = frozenset(Topic) - {Topic.STATION}


class VillageSyncPage(VillageSyncView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.codec = VillageCodec(ctx.data_dir)
        self.status: VillageStatus | None = None
        self.last_export: ExportResult | None = None
        self.enrol_button.clicked.connect(self.choose_enrolment)
        self.new_keys_button.clicked.connect(self.ask_new_keys)
        self.export_button.clicked.connect(self.choose_export_folder)
        self.cover_button.clicked.connect(self.choose_cover_sheet)
        self.receipt_button.clicked.connect(self.choose_receipt)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.todos.itemSelectionChanged.connect(self._update_buttons)
        ctx.hub.changed.connect(self._on_changed)
        self._update_buttons()
        self.refresh()

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        codec, factory = self.codec, self.ctx.store.uow_factory
        self.ctx.jobs.run(
            village_jobs.status_work(factory, codec),
            title=self.tr("Reading the sync status"),
            on_done=self.show_status,
            on_error=self._status_failed,
            show_after_ms=-1,
            parent=self,
        )

    def _status_failed(self, error: BaseException) -> None:
        """Keys this computer cannot open (a copied data folder): say so, offer new keys."""
        if isinstance(error, FileRefused) and error.reason == "keys_unavailable":
            self.fingerprint.setText("—")
            self.summary.setText(render(error.message))
            self.new_keys_button.setVisible(True)
            self.export_button.setEnabled(False)
            self.receipt_button.setEnabled(False)
            return
        show_error(self, error)

    def ask_new_keys(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Make new keys"),
            self.tr(
                "This station gets new keys and starts a new installation. The township must "
                "accept it again by the fingerprint on the next package's cover sheet. Restoring "
                "the encrypted USB backup instead keeps the station's keys. Continue?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.make_new_keys()

    def make_new_keys(self) -> None:
        data_dir = self.ctx.data_dir

        def done(fingerprint: str) -> None:
            self.codec = VillageCodec(data_dir)
            self.new_keys_button.setVisible(False)
            inform(
                self, self.tr("New key fingerprint: {fingerprint}").format(fingerprint=fingerprint)
            )
            self.refresh()

        self.ctx.jobs.run(
            lambda _p: keystore.new_identity(data_dir).fingerprint,
            title=self.tr("Making new keys"),
            on_done=done,
            db=False,
            parent=self,
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.topics & TOPICS or Topic.SYNC in changes.topics:
            self.refresh()

    def show_status(self, status: VillageStatus) -> None:
        self.status = status
        self.fingerprint.setText(status.fingerprint)
        self.township.setText(township_text(status.township))
        self.summary.setText(
            self.tr(
                "Changes not yet confirmed by the township: {pending}. Confirmed up to change {counter}."
            ).format(pending=status.pending_changes, counter=status.confirmed_counter)
        )
        fill(self.packages, village_jobs.package_rows(status.packages, package_state))
        for row in range(self.packages.rowCount()):
            for col in (0, 3):
                item = self.packages.item(row, col)
                if item is not None:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
        todos = village_jobs.todo_rows(status.todos)
        fill(self.todos, [cells for _id, cells in todos])
        for row, (todo_id, cells) in enumerate(todos):
            for col in range(len(cells)):
                item = self.todos.item(row, col)
                if item is not None:
                    item.setData(Qt.ItemDataRole.UserRole, todo_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        enrolled = self.status is not None and self.status.township is not None
        self.export_button.setEnabled(enrolled)
        self.receipt_button.setEnabled(enrolled)
        self.cover_button.setEnabled(self.last_export is not None)
        self.done_button.setEnabled(bool(self.todos.selectedItems()))

    # -- actions --------------------------------------------------------------------------------

    def choose_enrolment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import enrolment file"), "", self.tr("Enrolment files (*.vdenrol)")
        )
        if path:
            self.enrol_from(Path(path))

    def enrol_from(self, path: Path) -> None:
        """Read the file and show its fingerprint; nothing is written until it is confirmed."""
        codec, factory = self.codec, self.ctx.store.uow_factory
        self.ctx.jobs.run(
            village_jobs.check_work(factory, codec, path),
            title=self.tr("Reading the enrolment file"),
            on_done=lambda check: self._confirm_enrolment(path, check),
            parent=self,
        )

    def _confirm_enrolment(self, path: Path, check: EnrolmentCheck) -> None:
        dialog = EnrolmentDialog(check, self)
        self.enrolment_dialog = dialog

        def confirmed() -> None:
            self._enrol(path, check.enrolment.fingerprint, dialog.replace_township)

        dialog.accepted.connect(confirmed)
        dialog.open()

    def _enrol(self, path: Path, fingerprint: str, replace_township: str | None) -> None:
        codec, factory = self.codec, self.ctx.store.uow_factory

        def done(enrolled: SyncDone[Peer]) -> None:
            peer = enrolled.value
            inform(
                self,
                self.tr(
                    "Enrolled with {name} ({code}). Township fingerprint: {fingerprint}"
                ).format(name=peer.name, code=peer.code, fingerprint=peer.fingerprint),
            )

        run_change_job(
            self.ctx,
            village_jobs.enrol_work(factory, codec, path, fingerprint, replace_township),
            title=self.tr("Importing the enrolment file"),
            on_done=done,
            parent=self,
        )

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or folder"))
        if folder:
            self.export_to(Path(folder), full=self.full.isChecked())

    def export_to(self, folder: Path, *, full: bool = False) -> None:
        codec, factory = self.codec, self.ctx.store.uow_factory

        work = village_jobs.export_work(factory, codec, folder, full=full)
        run_change_job(
            self.ctx,
            work,
            title=self.tr("Exporting the sync package"),
            on_done=self._exported,
            show_after_ms=0,
            parent=self,
        )

    def _exported(self, exported: SyncDone[ExportResult]) -> None:
        result = exported.value
        self.last_export = result
        self._update_buttons()
        inform(self, export_text(result))

    def choose_cover_sheet(self) -> None:
        if self.last_export is None:
            return
        default = str(Path(self.last_export.path).with_suffix(".pdf"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save cover sheet"), default, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_cover_sheet(Path(path))

    def save_cover_sheet(self, path: Path) -> None:
        result = self.last_export
        assert result is not None

        def done(written: Path) -> None:
            inform(self, self.tr("Cover sheet saved: {path}").format(path=written))

        self.ctx.jobs.run(
            village_jobs.cover_sheet_work(result, path),
            title=self.tr("Writing the cover sheet"),
            on_done=done,
            db=False,
            parent=self,
        )

    def choose_receipt(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import receipt"), "", self.tr("Receipts (*.vdrcpt);;All files (*)")
        )
        if path:
            self.import_receipt(Path(path))

    def import_receipt(self, path: Path) -> None:
        codec, factory = self.codec, self.ctx.store.uow_factory

        def done(imported: SyncDone[ReceiptResult]) -> None:
            inform(self, receipt_text(imported.value))

        run_change_job(
            self.ctx,
            village_jobs.receipt_work(factory, codec, path),
            title=self.tr("Importing the receipt"),
            on_done=done,
            parent=self,
        )

    def mark_selected_done(self) -> None:
        items = self.todos.selectedItems()
        if not items:
            return
        todo_id = int(items[0].data(Qt.ItemDataRole.UserRole))
        factory = self.ctx.store.uow_factory
        run_change_job(
            self.ctx,
            village_jobs.todo_done_work(factory, todo_id),
            title=self.tr("Marking as corrected"),
            parent=self,
        )
