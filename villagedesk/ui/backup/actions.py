"""Backups from the File menu: to a USB drive (encrypted with a passphrase), now, and restoring
one (automatic, a .vdbak file, or an encrypted .vdsafe from a USB drive).

The work runs as jobs on ``villagedesk.station_backups``; a restore's result carries
``Changes.everything()``, which ``run_change_job`` publishes so that every screen reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from villagedesk import station_backups
from villagedesk.core.changes import Changes
from villagedesk.core.progress import Progress
from villagedesk.core.services import backups
from villagedesk.core.text import Message
from villagedesk.i18n import render
from villagedesk.station_backups import OpenedBackup, Restored
from villagedesk.ui.backup import passphrase as passphrases
from villagedesk.ui.context import AppContext
from villagedesk.ui.forms.service_op import run_change_job
from villagedesk.ui.jobs import inform

EVERYTHING = Changes.everything()


@dataclass(frozen=True)
class RestoreDone:
    """A finished restore: anything on any screen may have changed."""

    restored: Restored
    changes: Changes = EVERYTHING


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
        passphrase = passphrases.ask_new_passphrase(parent)
        if passphrase is None:
            return
    store, now, data_dir, target = ctx.store, ctx.now(), ctx.data_dir, folder
    station = ctx.station()
    code, name = (station.code, station.name) if station is not None else ("", "")
    secret = passphrase

    def job(progress: Progress) -> tuple[Path, Message | None]:
        return backups.back_up(
            store.uow_factory,
            lambda: station_backups.save_to_drive(
                store,
                data_dir,
                target,
                passphrase=secret,
                station_code=code,
                station_name=name,
                now=now,
                progress=progress,
            ),
            note=lambda made: f"sealed backup {made[0].name}",
        )

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
        lambda _p: backups.back_up(
            store.uow_factory, lambda: store.backup_now(now), note=lambda path: path.name
        ),
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


def _restored_text(restored: Restored) -> str:
    text = QCoreApplication.translate(
        "Backup", "The backup was restored. The data as it was before is kept in {name}."
    ).format(name=restored.safety.name)
    if restored.fingerprint is not None:
        text += "\n\n" + QCoreApplication.translate(
            "Backup",
            "The station keys of the backup were installed (fingerprint {fingerprint}).",
        ).format(fingerprint=restored.fingerprint)
    elif restored.keys_problem is not None:
        problem = restored.keys_problem
        text += "\n\n" + QCoreApplication.translate(
            "Backup", "The station keys of the backup could not be installed: {error}"
        ).format(error=problem if isinstance(problem, str) else render(problem))
    return text


def _restore_job(
    ctx: AppContext,
    parent: QWidget | None,
    work: Callable[[Progress], RestoreDone],
    on_done: Callable[[], None] | None,
) -> None:
    def done(result: RestoreDone) -> None:
        ctx.refresh_station()
        inform(parent, _restored_text(result.restored))
        if on_done is not None:
            on_done()

    run_change_job(
        ctx,
        work,
        title=QCoreApplication.translate("Backup", "Restoring the backup"),
        on_done=done,
        cancellable=False,
        parent=parent,
    )


def run_restore(
    ctx: AppContext,
    parent: QWidget | None,
    path: Path,
    *,
    on_done: Callable[[], None] | None = None,
) -> None:
    """Restore ``path`` as a job, then refresh every screen."""
    store, now = ctx.store, ctx.now()

    def work(_p: Progress) -> RestoreDone:
        return backups.restore(
            store.uow_factory,
            lambda: RestoreDone(Restored(store.restore(path, now=now), None, None)),
            note=lambda _done: path.name,
        )

    _restore_job(ctx, parent, work, on_done)


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
            name=opened.station_name,
            code=opened.station_code,
            fingerprint=opened.fingerprint,
            current=opened.current,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


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
        passphrase = passphrases.ask_passphrase(parent, path)
        if passphrase is None:
            return
    store, data_dir, secret = ctx.store, ctx.data_dir, passphrase

    def decrypted(opened: OpenedBackup) -> None:
        agreed = (
            confirm_other_station(parent, opened)
            if opened.changes_station
            else confirm_restore(parent, path)
        )
        if not agreed:
            opened.close()
            return
        now = ctx.now()

        def work(_p: Progress) -> RestoreDone:
            return backups.restore(
                store.uow_factory,
                lambda: RestoreDone(station_backups.install_backup(store, data_dir, opened, now)),
                note=lambda _done: path.name,
            )

        _restore_job(ctx, parent, work, on_done)

    ctx.jobs.run(
        lambda progress: station_backups.open_backup(path, secret, data_dir, progress),
        title=QCoreApplication.translate("Backup", "Decrypting the backup"),
        on_done=decrypted,
        cancellable=True,
        parent=parent,
    )
