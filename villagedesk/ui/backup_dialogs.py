"""Backups from the File menu: to a USB drive, now, and restoring one (automatic or from a file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.store import backup
from villagedesk.store.backup import BackupInfo
from villagedesk.ui.context import AppContext
from villagedesk.ui.jobs import inform


def kind_label(kind: str) -> str:
    labels = {
        "daily": QCoreApplication.translate("Backup", "Daily"),
        "manual": QCoreApplication.translate("Backup", "Manual"),
        "pre-migration": QCoreApplication.translate("Backup", "Before upgrade"),
        "pre-restore": QCoreApplication.translate("Backup", "Before restore"),
    }
    return labels.get(kind, kind)


def size_label(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def save_to_drive(ctx: AppContext, parent: QWidget | None, folder: Path | None = None) -> None:
    """备份到U盘: write a verified backup into a folder the user picks (a USB stick)."""
    if folder is None:
        chosen = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("Backup", "Choose the USB drive or a folder")
        )
        if not chosen:
            return
        folder = Path(chosen)
    db_path, now = ctx.store.db_path, ctx.now()

    def done(path: Path) -> None:
        inform(
            parent,
            QCoreApplication.translate(
                "Backup",
                "The backup was written and checked:\n{path}\n\nYou can remove the USB drive now.",
            ).format(path=path),
        )

    ctx.jobs.run(
        lambda _p: backup.save_backup_to(db_path, folder, now=now),
        title=QCoreApplication.translate("Backup", "Backing up to the USB drive"),
        on_done=done,
        cancellable=False,
        parent=parent,
    )


def backup_now(ctx: AppContext, parent: QWidget | None) -> None:
    """立即备份: a manual backup in the data folder's backups/."""
    store, now = ctx.store, ctx.now()

    def done(path: Path) -> None:
        inform(
            parent,
            QCoreApplication.translate("Backup", "Backup created:\n{path}").format(path=path),
        )

    ctx.jobs.run(
        lambda _p: store.backup_now(now),
        title=QCoreApplication.translate("Backup", "Backing up"),
        on_done=done,
        cancellable=False,
        parent=parent,
    )


def confirm_restore(parent: QWidget | None, path: Path) -> bool:
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("Backup", "Restore a backup"),
        QCoreApplication.translate(
            "Backup",
            "The current data will be replaced by the backup\n{name}.\n\n"
            "A backup of the current data is taken first. Continue?",
        ).format(name=path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def run_restore(
    ctx: AppContext,
    parent: QWidget | None,
    path: Path,
    *,
    on_done: Callable[[], None] | None = None,
) -> None:
    """Restore ``path`` as a job, then refresh every screen."""
    store, now = ctx.store, ctx.now()

    def done(safety: Path) -> None:
        ctx.refresh_station()
        ctx.hub.publish_all()
        inform(
            parent,
            QCoreApplication.translate(
                "Backup", "The backup was restored. The data as it was before is kept in {name}."
            ).format(name=safety.name),
        )
        if on_done is not None:
            on_done()

    ctx.jobs.run(
        lambda _p: store.restore(path, now=now),
        title=QCoreApplication.translate("Backup", "Restoring the backup"),
        on_done=done,
        cancellable=False,
        parent=parent,
    )


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
        self.backups = backup.list_backups(self.ctx.store.backups_dir)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = [
                info.timestamp.strftime("%Y-%m-%d %H:%M"),
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
            QCoreApplication.translate("Backup", "VillageDesk backups (*.vdbak);;All files (*)"),
        )
        if name:
            self.restore(Path(name))

    def restore(self, path: Path) -> None:
        if confirm_restore(self, path):
            run_restore(self.ctx, self.parentWidget(), path, on_done=self.accept)
