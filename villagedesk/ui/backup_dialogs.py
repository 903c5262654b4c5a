"""Backups from the File menu: to a USB drive (encrypted with a passphrase), now, and restoring
one (automatic, a .vdbak file, or an encrypted .vdsafe from a USB drive)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.errors import DomainError
from villagedesk.core.passphrase import passphrase_problem, strength, strength_label
from villagedesk.core.progress import Progress
from villagedesk.core.text import Message
from villagedesk.i18n import render
from villagedesk.store import backup, sealed_backup
from villagedesk.store.backup import BackupInfo
from villagedesk.store.sealed_backup import SealedBackup
from villagedesk.store.station_store import StationStore
from villagedesk.sync import keystore
from villagedesk.ui.context import AppContext
from villagedesk.ui.jobs import inform


def kind_label(kind: str) -> str:
    labels = {
        "daily": QCoreApplication.translate("Backup", "Daily"),
        "manual": QCoreApplication.translate("Backup", "Manual"),
        "pre-migration": QCoreApplication.translate("Backup", "Before upgrade"),
        "pre-restore": QCoreApplication.translate("Backup", "Before restore"),
        "pre-import": QCoreApplication.translate("Backup", "Before import"),
    }
    return labels.get(kind, kind)


def size_label(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class PassphraseDialog(QDialog):
    """The passphrase of a USB backup: typed twice, with a strength hint; OK only when usable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Backup", "Passphrase of the backup"))
        self.resize(460, 260)
        layout = QVBoxLayout(self)
        note = QLabel(
            QCoreApplication.translate(
                "Backup",
                "The backup on the USB drive is encrypted, so that nobody who finds the drive can "
                "read it. Choose a passphrase of at least 8 characters and keep it in a safe "
                "place: without the passphrase the backup cannot be restored, by anyone.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self.update_state)
        form.addRow(QCoreApplication.translate("Backup", "Passphrase:"), self.first)
        form.addRow(QCoreApplication.translate("Backup", "Type it again:"), self.second)
        layout.addLayout(form)
        self.show_text = QCheckBox(QCoreApplication.translate("Backup", "Show the passphrase"))
        self.show_text.toggled.connect(self._show)
        layout.addWidget(self.show_text)
        self.strength = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.strength)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.update_state()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def passphrase(self) -> str:
        return self.first.text()

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.first, self.second):
            edit.setEchoMode(mode)

    def update_state(self) -> None:
        text, again = self.first.text(), self.second.text()
        self.strength.setText(
            QCoreApplication.translate("Backup", "Strength: {level}").format(
                level=render(strength_label(strength(text)))
            )
        )
        problem = passphrase_problem(text)
        if problem is not None:
            hint = render(problem)
        elif text != again:
            hint = QCoreApplication.translate("Backup", "The two passphrases are not the same.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.ok_button.setEnabled(problem is None and text == again)

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()


def ask_new_passphrase(parent: QWidget | None) -> str | None:
    """The passphrase for a new USB backup, or None when the user cancelled."""
    dialog = PassphraseDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


def ask_passphrase(parent: QWidget | None, path: Path) -> str | None:
    """The passphrase of the encrypted backup ``path``, or None when the user cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Backup", "Open the encrypted backup"),
        QCoreApplication.translate("Backup", "Passphrase of the backup {name}:").format(
            name=path.name
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def _extras(data_dir: Path) -> tuple[dict[str, Any], Message | None]:
    """The station's identity for the backup, or nothing and why (keys not usable here)."""
    try:
        return {sealed_backup.IDENTITY: keystore.export_identity(data_dir)}, None
    except DomainError as e:
        return {}, e.message


def save_to_drive(
    ctx: AppContext,
    parent: QWidget | None,
    folder: Path | None = None,
    passphrase: str | None = None,
) -> None:
    """备份到U盘: write an encrypted, verified backup into a folder the user picks (a USB stick)."""
    if folder is None:
        chosen = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("Backup", "Choose the USB drive or a folder")
        )
        if not chosen:
            return
        folder = Path(chosen)
    if passphrase is None:
        passphrase = ask_new_passphrase(parent)
        if passphrase is None:
            return
    db_path, now, data_dir = ctx.store.db_path, ctx.now(), ctx.data_dir
    station = ctx.station()
    code, name = (station.code, station.name) if station is not None else ("", "")
    secret = passphrase

    def job(progress: Progress) -> tuple[Path, Message | None]:
        extras, without_keys = _extras(data_dir)
        written = sealed_backup.save_sealed_backup(
            db_path,
            folder,
            passphrase=secret,
            extras=extras,
            station_code=code,
            station_name=name,
            now=now,
            work_dir=data_dir,
            progress=progress,
        )
        return written, without_keys

    def done(result: tuple[Path, Message | None]) -> None:
        path, without_keys = result
        text = QCoreApplication.translate(
            "Backup",
            "The encrypted backup was written and checked:\n{path}\n\nKeep the passphrase in a "
            "safe place: without it the backup cannot be restored. You can remove the USB drive "
            "now.",
        ).format(path=path)
        if without_keys is not None:
            text += "\n\n" + QCoreApplication.translate(
                "Backup", "The backup carries the data without the station keys: {reason}"
            ).format(reason=render(without_keys))
        inform(parent, text)

    ctx.jobs.run(
        job,
        title=QCoreApplication.translate("Backup", "Backing up to the USB drive"),
        on_done=done,
        cancellable=True,
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


@dataclass
class OpenedBackup:
    """A decrypted USB backup waiting for the user's word, and whose keys it carries."""

    sealed: SealedBackup
    identity: Any = field(repr=False)  # secret keys: never in a log line
    fingerprint: str | None
    current: str | None

    @property
    def changes_station(self) -> bool:
        """Restoring it replaces this station's keys with another station's."""
        return (
            self.fingerprint is not None
            and self.current is not None
            and self.fingerprint != self.current
        )


@dataclass(frozen=True)
class Restored:
    safety: Path
    fingerprint: str | None
    keys_problem: str | None


def open_backup(path: Path, passphrase: str, data_dir: Path, progress: Progress) -> OpenedBackup:
    """Decrypt and check ``path`` (a job): a DomainError for a wrong passphrase or a bad file."""
    sealed = sealed_backup.open_sealed_backup(
        path, passphrase=passphrase, work_dir=data_dir, progress=progress
    )
    try:
        try:
            backup.verify_backup(sealed.db_path)
        except DomainError as e:  # name the user's file, not the decrypted temp copy
            params = {**e.message.params, "path": str(path)}
            raise DomainError(dataclasses.replace(e.message, params=params)) from None
        identity = sealed.extras.get(sealed_backup.IDENTITY)
        fingerprint: str | None = None
        if identity is not None:
            try:
                fingerprint = keystore.identity_fingerprint(identity)
            except ValueError:
                raise sealed_backup.damaged(path) from None
        return OpenedBackup(sealed, identity, fingerprint, keystore.current_fingerprint(data_dir))
    except BaseException:
        sealed.close()
        raise


def confirm_other_station(parent: QWidget | None, opened: OpenedBackup) -> bool:
    """Restoring makes this computer another station: show whose keys these are and ask."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("Backup", "A backup of another station"),
        QCoreApplication.translate(
            "Backup",
            "This backup belongs to the station {name} ({code}), key fingerprint:\n{fingerprint}\n\n"
            "This station's key fingerprint is {current}.\n\nRestoring it makes this computer "
            "that station: its keys replace this station's, and the township takes this "
            "computer's packages as that station's. Compare the fingerprint with the station's "
            "before you go on.\n\nA backup of the current data is taken first. Restore it?",
        ).format(
            name=opened.sealed.station_name,
            code=opened.sealed.station_code,
            fingerprint=opened.fingerprint,
            current=opened.current,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def install_backup(
    store: StationStore, data_dir: Path, opened: OpenedBackup, now: datetime
) -> Restored:
    """Restore the decrypted data, then install the keys it carries (a job); removes the copy."""
    try:
        safety = store.restore(opened.sealed.db_path, now=now)
    finally:
        opened.sealed.close()
    if opened.identity is None:
        return Restored(safety, None, None)
    try:
        installed = keystore.import_identity(data_dir, opened.identity)
    except DomainError as e:
        return Restored(safety, None, render(e.message))
    except (OSError, ValueError) as e:
        return Restored(safety, None, str(e))
    return Restored(safety, installed, None)


def restore_sealed(
    ctx: AppContext,
    parent: QWidget | None,
    path: Path,
    *,
    on_done: Callable[[], None] | None = None,
    passphrase: str | None = None,
) -> None:
    """从备份恢复 a .vdsafe: passphrase, decrypt (a job), confirm (whose keys), restore (a job)."""
    if passphrase is None:
        passphrase = ask_passphrase(parent, path)
        if passphrase is None:
            return
    store, data_dir, secret = ctx.store, ctx.data_dir, passphrase

    def restored(result: Restored) -> None:
        ctx.refresh_station()
        ctx.hub.publish_all()
        text = QCoreApplication.translate(
            "Backup", "The backup was restored. The data as it was before is kept in {name}."
        ).format(name=result.safety.name)
        if result.fingerprint is not None:
            text += "\n\n" + QCoreApplication.translate(
                "Backup",
                "The station keys of the backup were installed (fingerprint {fingerprint}).",
            ).format(fingerprint=result.fingerprint)
        elif result.keys_problem is not None:
            text += "\n\n" + QCoreApplication.translate(
                "Backup", "The station keys of the backup could not be installed: {error}"
            ).format(error=result.keys_problem)
        inform(parent, text)
        if on_done is not None:
            on_done()

    def decrypted(opened: OpenedBackup) -> None:
        agreed = (
            confirm_other_station(parent, opened)
            if opened.changes_station
            else confirm_restore(parent, path)
        )
        if not agreed:
            opened.sealed.close()
            return
        now = ctx.now()
        ctx.jobs.run(
            lambda _p: install_backup(store, data_dir, opened, now),
            title=QCoreApplication.translate("Backup", "Restoring the backup"),
            on_done=restored,
            cancellable=False,
            parent=parent,
        )

    ctx.jobs.run(
        lambda progress: open_backup(path, secret, data_dir, progress),
        title=QCoreApplication.translate("Backup", "Decrypting the backup"),
        on_done=decrypted,
        cancellable=True,
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
        if sealed_backup.is_sealed_backup(path):
            restore_sealed(self.ctx, self.parentWidget(), path, on_done=self.accept)
        elif confirm_restore(self, path):
            run_restore(self.ctx, self.parentWidget(), path, on_done=self.accept)
