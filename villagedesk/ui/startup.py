"""Start-up: open the store (lock, migrations); after the first paint check it and back it up."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from villagedesk.core.errors import DomainError
from villagedesk.i18n import render
from villagedesk.ui.context import AppContext, StationStore, describe_fault, open_store
from villagedesk.ui.jobs import open_box

if TYPE_CHECKING:
    from villagedesk.station_backups import BackupInfo
    from villagedesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def open_store_or_explain(data_dir: Path, parent: QWidget | None = None) -> StationStore | None:
    """Open the station's store with writes held; on failure explain why in a message box."""
    try:
        return open_store(data_dir, now=datetime.now(), hold_writes=True)
    except DomainError as e:  # another program on this folder, a newer database, …
        text = render(e.message)
    except Exception as e:
        log.error("could not open the data folder: %s", type(e).__name__)
        text = QCoreApplication.translate(
            "Startup", "The station's data in {path} could not be opened:\n{error}"
        ).format(path=data_dir, error=render(describe_fault(e, data_dir)))
    QMessageBox.critical(parent, QCoreApplication.translate("Startup", "VillageDesk"), text)
    return None


class StartupChecks(QObject):
    """quick_check (writes held until it passes), the daily backup, then the station set-up.

    The quick check reads every page of the database on a connection of its own, so it runs
    beside the database worker, not in its queue (``db=False``): on a station of 100,000
    members it takes a second or more, and the start page's counts, the sign-in and the first
    register would wait behind it. It only reads, and SQLite's WAL lets readers run side by
    side."""

    def __init__(
        self, ctx: AppContext, window: MainWindow, checked: list[str] | None = None
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.checked = checked  # the check already run (while the sign-in dialog was open)
        self.problems: list[str] | None = None
        self.daily_backup: Path | None = None
        self.offer_box: QMessageBox | None = None

    def start(self) -> None:
        if self.checked is not None:
            self._checked(self.checked)
            return
        store = self.ctx.store
        self.window.show_status(QCoreApplication.translate("Startup", "Checking the database…"))
        self.ctx.jobs.run(
            lambda _p: store.check(),
            title=QCoreApplication.translate("Startup", "Checking the database"),
            on_done=self._checked,
            cancellable=False,
            show_after_ms=2000,
            parent=self.window,
            db=False,  # beside the database worker (see the class's docstring)
        )

    def _checked(self, problems: list[str]) -> None:
        self.problems = problems
        if problems:
            log.error("the database failed its quick_check: %s", problems[:5])
            self.window.set_read_only(True)
            self.offer_newest_backup()
            return
        self.window.set_read_only(False)
        self.window.show_status(
            QCoreApplication.translate("Startup", "The database passed its check."), 5000
        )
        self.run_daily_backup()
        from villagedesk.ui.audit.startup_check import check_audit_log  # on use (start-up time)

        check_audit_log(self.ctx, self.window)
        self.window.ensure_station()

    def run_daily_backup(self) -> None:
        store, now = self.ctx.store, self.ctx.now()
        self.ctx.jobs.run(
            lambda _p: store.daily_backup_if_due(now),
            title=QCoreApplication.translate("Startup", "Daily backup"),
            on_done=self._backed_up,
            on_error=self._backup_failed,
            cancellable=False,
            show_after_ms=-1,  # in the background: never a dialog
        )

    def _backed_up(self, path: Path | None) -> None:
        self.daily_backup = path
        if path is not None:
            self.window.show_status(
                QCoreApplication.translate("Startup", "Today's backup was saved."), 5000
            )

    def _backup_failed(self, error: BaseException) -> None:
        log.error("the daily backup failed: %s", type(error).__name__)
        detail = (
            render(error.message)
            if isinstance(error, DomainError)
            else render(describe_fault(error, self.ctx.store.db_path.parent))
        )
        self.window.show_status(
            QCoreApplication.translate("Startup", "The daily backup failed: {error}").format(
                error=detail
            )
        )

    def offer_newest_backup(self) -> None:
        from villagedesk import station_backups  # on use: argon2 and the sealed format

        store = self.ctx.store
        self.ctx.jobs.run(
            lambda _p: station_backups.newest_good_backup(store),
            title=QCoreApplication.translate("Startup", "Looking for a sound backup"),
            on_done=self._offer,
            cancellable=False,
            db=False,
            parent=self.window,
        )

    def _offer(self, info: BackupInfo | None) -> None:
        if info is None:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("Startup", "VillageDesk"),
                QCoreApplication.translate(
                    "Startup",
                    "The database failed its check and no sound backup was found. VillageDesk "
                    "stays read-only. Please ask for help before entering data.",
                ),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
        else:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("Startup", "VillageDesk"),
                QCoreApplication.translate(
                    "Startup",
                    "The database failed its check, so VillageDesk is read-only.\n\n"
                    "The newest sound backup is from {date}. Restore it now? "
                    "The current data is backed up first.",
                ).format(date=info.timestamp.strftime("%Y.%m.%d %H:%M")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self.window,
            )
            box.setDefaultButton(QMessageBox.StandardButton.Yes)

            def clicked(button: QAbstractButton) -> None:
                if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                    from villagedesk.ui.backup.actions import run_restore

                    run_restore(self.ctx, self.window, info.path, on_done=self._restored)

            box.buttonClicked.connect(clicked)
        self.offer_box = open_box(box)

    def _restored(self) -> None:
        self.problems = []
        self.window.set_read_only(False)
        self.window.ensure_station()


def begin_after_first_paint(
    ctx: AppContext, window: MainWindow, *, checked: list[str] | None = None
) -> StartupChecks:
    """Schedule the start-up checks for right after the window has painted (``checked``: the
    database's quick check already ran, with these problems)."""
    checks = StartupChecks(ctx, window, checked)
    QTimer.singleShot(0, checks.start)
    return checks
