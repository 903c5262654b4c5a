"""The village's sync page: fingerprint, enrolment, export to a USB stick, receipts, to-do list.

Every database step runs as a job; the export writes atomically into the chosen folder, reads the
file back and verifies it, and only then tells the user the stick can be removed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.change_numbers import CHANGE_NUMBERS_NOTE, change_range
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.dates import display_stamp_day
from villagedesk.core.progress import Progress
from villagedesk.core.township import enrolment as sync_enrolment
from villagedesk.core.township import village as sync_village
from villagedesk.core.township.enrolment import EnrolmentCheck
from villagedesk.core.township.ports import FileRefused, PackageStatus, Peer
from villagedesk.core.township.village import (
    ExportResult,
    ReceiptResult,
    VillageStatus,
)
from villagedesk.i18n import render, translate
from villagedesk.reports.cover_sheet import cover_sheet_of, record_type_label, write_cover_sheet
from villagedesk.sync import keystore
from villagedesk.sync.village_codec import VillageCodec
from villagedesk.ui.context import AppContext
from villagedesk.ui.jobs import inform, show_error
from villagedesk.ui.sync.enrolment_dialog import EnrolmentDialog

TOPICS = frozenset(Topic) - {Topic.STATION}


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class VillageSyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.codec = VillageCodec(ctx.data_dir)
        self.status: VillageStatus | None = None
        self.last_export: ExportResult | None = None

        self.fingerprint = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.township = QLabel()
        self.township.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.enrol_button = QPushButton(self.tr("Import enrolment file…"))
        self.enrol_button.clicked.connect(self.choose_enrolment)
        self.new_keys_button = QPushButton(self.tr("Make new keys…"))
        self.new_keys_button.setVisible(False)
        self.new_keys_button.clicked.connect(self.ask_new_keys)
        self.export_button = QPushButton(self.tr("Export sync package to USB stick…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_export_folder)
        self.full = QCheckBox(self.tr("Export everything (full package)"))
        self.cover_button = QPushButton(self.tr("Save cover sheet (PDF)…"))
        self.cover_button.clicked.connect(self.choose_cover_sheet)
        self.receipt_button = QPushButton(self.tr("Import receipt…"))
        self.receipt_button.clicked.connect(self.choose_receipt)
        self.done_button = QPushButton(self.tr("Mark as corrected"))
        self.done_button.clicked.connect(self.mark_selected_done)

        self.packages = _table(
            [
                self.tr("No."),
                self.tr("Exported"),
                self.tr("Change numbers"),
                self.tr("Records"),
                self.tr("Status"),
            ]
        )
        self.todos = _table(
            [self.tr("Record"), self.tr("Type"), self.tr("Returned on"), self.tr("Comment")]
        )
        self.todos.itemSelectionChanged.connect(self._update_buttons)

        top = QGroupBox(self.tr("This station"))
        grid = QGridLayout(top)
        grid.addWidget(QLabel(self.tr("Key fingerprint:")), 0, 0)
        grid.addWidget(self.fingerprint, 0, 1)
        grid.addWidget(QLabel(self.tr("Township:")), 1, 0)
        grid.addWidget(self.township, 1, 1)
        grid.addWidget(self.enrol_button, 1, 2)
        grid.addWidget(self.new_keys_button, 0, 2)
        grid.addWidget(self.summary, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)

        actions = QHBoxLayout()
        for w in (self.export_button, self.full, self.cover_button, self.receipt_button):
            actions.addWidget(w)
        actions.addStretch(1)

        packages_box = QGroupBox(self.tr("Packages"))
        packages_layout = QVBoxLayout(packages_box)
        packages_layout.addWidget(self.packages)
        self.change_note = QLabel(render(CHANGE_NUMBERS_NOTE))
        self.change_note.setWordWrap(True)
        self.change_note.setObjectName("change_note")
        packages_layout.addWidget(self.change_note)
        header = self.packages.horizontalHeaderItem(2)
        if header is not None:
            header.setToolTip(self.change_note.text())
        todo_box = QGroupBox(self.tr("Returned for correction (to do)"))
        todo_layout = QVBoxLayout(todo_box)
        todo_layout.addWidget(self.todos)
        todo_row = QHBoxLayout()
        todo_row.addStretch(1)
        todo_row.addWidget(self.done_button)
        todo_layout.addLayout(todo_row)

        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addLayout(actions)
        layout.addWidget(packages_box, 1)
        layout.addWidget(todo_box, 1)
        ctx.hub.changed.connect(self._on_changed)
        self._update_buttons()
        self.refresh()

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        codec, factory = self.codec, self.ctx.store.uow_factory
        self.ctx.jobs.run(
            lambda _p: sync_village.village_status(factory(), courier=codec),
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
        self.township.setText(self._township_text(status.township))
        self.summary.setText(
            self.tr(
                "Changes not yet confirmed by the township: {pending}. Confirmed up to change {counter}."
            ).format(pending=status.pending_changes, counter=status.confirmed_counter)
        )
        self.packages.setRowCount(len(status.packages))
        for row, p in enumerate(status.packages):
            state = self._state(p.status)
            cells = [
                str(p.seq),
                display_stamp_day(p.created_at),
                change_range(p.counter_from, p.counter_to),
                str(p.record_count),
                state,
            ]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col in (0, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.packages.setItem(row, col, item)
        self.todos.setRowCount(len(status.todos))
        for row, t in enumerate(status.todos):
            kind = record_type_label(t.record_type, translate)
            cells = [t.summary or t.record_uuid, kind, display_stamp_day(t.created_at), t.comment]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, t.id)
                self.todos.setItem(row, col, item)
        self._update_buttons()

    def _state(self, status: PackageStatus) -> str:
        if status is PackageStatus.CONFIRMED:
            return self.tr("Confirmed")
        if status is PackageStatus.HELD:
            return self.tr("Held by the township: data before it missing")
        if status is PackageStatus.FORK:
            return self.tr("Held by the township: another copy of this station's data reported")
        return self.tr("Not yet confirmed")

    def _township_text(self, peer: Peer | None) -> str:
        if peer is None:
            return self.tr("Not enrolled yet: import the enrolment file from the township.")
        return self.tr("{name} ({code}), key fingerprint {fingerprint}").format(
            name=peer.name, code=peer.code, fingerprint=peer.fingerprint
        )

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
            lambda _p: sync_enrolment.check_enrolment(factory(), courier=codec, path=str(path)),
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

        def done(peer: Peer) -> None:
            self.ctx.hub.publish(sync_village.SYNC_CHANGES)
            inform(
                self,
                self.tr(
                    "Enrolled with {name} ({code}). Township fingerprint: {fingerprint}"
                ).format(name=peer.name, code=peer.code, fingerprint=peer.fingerprint),
            )

        self.ctx.jobs.run(
            lambda _p: sync_enrolment.enrol(
                factory(),
                courier=codec,
                path=str(path),
                now=now_iso(),
                accept=fingerprint,
                replace_township=replace_township,
            ),
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

        def work(progress: Progress) -> ExportResult:
            return sync_village.export_package(
                factory(),
                courier=codec,
                folder=str(folder),
                now=now_iso(),
                full=full,
                progress=progress,
            )

        self.ctx.jobs.run(
            work,
            title=self.tr("Exporting the sync package"),
            on_done=self._exported,
            show_after_ms=0,
            parent=self,
        )

    def _exported(self, result: ExportResult) -> None:
        self.last_export = result
        self.ctx.hub.publish(sync_village.SYNC_CHANGES)
        self._update_buttons()
        inform(
            self,
            self.tr(
                "Package No. {seq} ({n} records) was written to {path}, read back and verified. "
                "The USB stick can be safely removed."
            ).format(seq=result.seq, n=result.total, path=result.path),
        )

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
            lambda _p: write_cover_sheet(path, sheet=cover_sheet_of(result), translate=translate),
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

        def done(result: ReceiptResult) -> None:
            self.ctx.hub.publish(sync_village.SYNC_CHANGES)
            if result.already_imported:
                text = self.tr("This receipt was already imported; nothing changed.")
            else:
                seqs = ", ".join(str(s) for s in result.confirmed) or "-"
                text = self.tr(
                    "Receipt from {township}: packages confirmed: {seqs}; records returned for correction: {n}."
                ).format(township=result.township.name, seqs=seqs, n=result.todos_added)
                if result.forks:
                    text += "\n\n" + self.tr(
                        "The township holds {n} package(s) of this station because another copy of "
                        "this station's data (a copied data folder or key file) reported too. Call "
                        "the township: only one computer may report for this station."
                    ).format(n=result.forks)
            inform(self, text)

        self.ctx.jobs.run(
            lambda _p: sync_village.import_receipt(
                factory(), courier=codec, path=str(path), now=now_iso()
            ),
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
        self.ctx.jobs.run(
            lambda _p: sync_village.mark_todo_done(factory(), todo_id=todo_id, now=now_iso()),
            title=self.tr("Marking as corrected"),
            on_done=self.ctx.hub.publish,
            parent=self,
        )
