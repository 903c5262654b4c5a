"""从备份恢复: the automatic backups, newest first, or a file chosen from a USB drive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk import station_backups
from villagedesk.core.backup_kinds import short_label
from villagedesk.i18n import render
from villagedesk.station_backups import BackupInfo
from villagedesk.ui.backup.actions import confirm_restore, restore_sealed, run_restore
from villagedesk.ui.context import AppContext


def kind_label(kind: str) -> str:
    return render(short_label(kind))


def size_label(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class RestoreDialog(QDialog):
    """从备份恢复: the automatic backups, newest first, or a file chosen from a USB drive."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("Backup", "Restore from a backup"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        note = QLabel(
            QCoreApplication.translate(
                "Backup", "Choose a backup to restore. The current data is backed up first."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Backup", "Date"),
                QCoreApplication.translate("Backup", "Kind"),
                QCoreApplication.translate("Backup", "Size"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.restore_selected)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(
            QCoreApplication.translate("Backup", "Restore the selected backup")
        )
        self.file_button = QPushButton(QCoreApplication.translate("Backup", "Choose file…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.choose_file)
        layout.addWidget(buttons)
        self.backups: list[BackupInfo] = []
        self.reload()

    def reload(self) -> None:
        self.backups = station_backups.list_backups(self.ctx.store)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = [
                info.timestamp.strftime("%Y.%m.%d %H:%M"),
                kind_label(info.kind),
                size_label(info.size),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if self.backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.backups))

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.restore(self.backups[rows[0].row()].path)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Backup", "Choose a backup file"),
            "",
            QCoreApplication.translate(
                "Backup", "VillageDesk backups (*.vdsafe *.vdbak);;All files (*)"
            ),
        )
        if name:
            self.restore(Path(name))

    def restore(self, path: Path) -> None:
        if station_backups.is_sealed_backup(path):
            restore_sealed(self.ctx, self.parentWidget(), path, on_done=self.accept)
        elif confirm_restore(self, path):
            run_restore(self.ctx, self.parentWidget(), path, on_done=self.accept)
