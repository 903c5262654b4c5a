"""Who uses the window: the start (sign in, or 免登录, or the first 管理员 on a new station), the
idle lock, signing out and back in, and what the status bar and the 账号 menu show.

On a station with accounts and 免登录 off the sign-in dialog comes before the main window. The
store's quick check runs meanwhile on the database worker (a sign-in writes, so it waits for the
check in the worker's queue) and its result is handed to the start-up checks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from villagedesk.core.accounts.model import Actor
from villagedesk.core.accounts.services import sign_in_mode
from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.changes import Changes, Topic
from villagedesk.ui.accounts.idle_lock import Covers, IdleWatch
from villagedesk.ui.accounts.sign_in import SignInDialog
from villagedesk.ui.accounts.window_parts import AccountParts
from villagedesk.ui.context import AppContext
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.startup import begin_after_first_paint

log = logging.getLogger(__name__)


class Session(QObject):
    """The signed-in session of one run of the program (see the module's docstring)."""

    def __init__(
        self, ctx: AppContext, app: QApplication, *, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        super().__init__(app)
        self.ctx = ctx
        self.app = app
        self.window: MainWindow | None = None
        self.parts: AccountParts | None = None
        self.checked: list[str] | None = None
        self.has_accounts, self.auto_login, idle = sign_in_mode(ctx.store.uow_factory())
        self.watch = IdleWatch(app, idle, clock=clock)
        self.watch.idle.connect(self.lock)
        self.covers = Covers()
        self.lock_dialog: SignInDialog | None = None
        self.first_admin_pending = False

    @property
    def actor(self) -> Actor:
        return self.ctx.store.uow_factory.actor

    @property
    def needs_sign_in(self) -> bool:
        return self.has_accounts and not self.auto_login

    # the start ----------------------------------------------------------------------------
    def start(self) -> bool:
        """Sign in where needed, then show the main window; False: the user quit instead."""
        if self.needs_sign_in:
            self._check_meanwhile()
            if not self.sign_in():
                return False
        elif not self.has_accounts and self.ctx.station() is None:
            self.first_admin_pending = True  # a new station: after its set-up, its 管理员
        window = MainWindow(self.ctx)
        self.window = window
        self.parts = AccountParts(self, window)
        window.show()
        begin_after_first_paint(self.ctx, window, checked=self.checked)
        self.ctx.hub.changed.connect(self._on_changed)
        self._signed_in()
        return True

    def _check_meanwhile(self) -> None:
        store = self.ctx.store

        def done(problems: list[str]) -> None:
            self.checked = problems

        self.ctx.jobs.run(
            lambda _p: store.check(),
            title="",
            on_done=done,
            on_error=lambda e: log.error("start-up check failed: %s", type(e).__name__),
            cancellable=False,
            show_after_ms=-1,
            db=False,  # beside the database worker, as ui/startup.StartupChecks runs it
        )

    def sign_in(self, parent: QWidget | None = None) -> bool:
        """The sign-in dialog (or the benchmark's automatic sign-in); True once signed in."""
        from villagedesk.ui import bench_probe

        if bench_probe.sign_in_for_bench(self.ctx):
            return True
        dialog = SignInDialog(self.ctx, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _signed_in(self) -> None:
        if self.parts is not None:
            self.parts.update()
        if self.actor.auto_login:
            self.watch.pause()
        else:
            self.watch.resume()

    def refresh_mode(self) -> None:
        self.has_accounts, self.auto_login, self.watch.setting = sign_in_mode(
            self.ctx.store.uow_factory()
        )

    # a new station's 管理员 ---------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if self.parts is not None and self.actor != self.parts.shown_actor:
            self.refresh_mode()  # the 管理员 was set up elsewhere (账号管理)
            self._signed_in()
        window = self.window
        if not self.first_admin_pending or Topic.STATION not in changes.topics or window is None:
            return
        self.first_admin_pending = False
        dialog = window.station_dialog
        if dialog is not None and dialog.isVisible():
            dialog.finished.connect(lambda _r: QTimer.singleShot(0, self.offer_first_admin))
        else:
            QTimer.singleShot(0, self.offer_first_admin)

    def offer_first_admin(self, *, later: bool = True) -> bool:
        """The 管理员 dialog; then its recovery code. Declined on a new station: 免登录."""
        from villagedesk.ui.accounts.first_admin import FirstAdminDialog
        from villagedesk.ui.accounts.recover import show_new_code

        dialog = FirstAdminDialog(self.ctx, self.window, later=later)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.made is None:
            if later:
                self._switch_auto_login_on()
            return False
        made = dialog.made
        self.ctx.store.uow_factory.actor = Actor.of(made.account, device=self.actor.device)
        self.refresh_mode()
        self._signed_in()
        show_new_code(self.ctx, self.window, made.account.name, made.recovery_code)
        return True

    def _switch_auto_login_on(self) -> None:
        from villagedesk.core.accounts.services import set_auto_login

        uow = self.ctx.store.uow_factory()
        self.ctx.jobs.run(lambda _p: set_auto_login(uow, on=True), title="", show_after_ms=-1)

    # the idle lock ------------------------------------------------------------------------
    def lock(self) -> None:
        """Cover every window and ask the account's password (not for 免登录)."""
        if self.actor.auto_login or self.covers.on or self.window is None:
            return
        dialog = SignInDialog(self.ctx, self.window, locked_name=self.actor.name)
        self.covers.put_on()
        dialog.accepted.connect(self.unlock)
        dialog.switch_user.connect(self._switch_from_lock)
        self.lock_dialog = dialog
        dialog.open()

    def unlock(self) -> None:
        self.covers.take_off()
        if self.lock_dialog is not None:
            self.lock_dialog.deleteLater()
            self.lock_dialog = None
        self._signed_in()

    def _switch_from_lock(self) -> None:
        dialog = self.lock_dialog
        self.lock_dialog = None
        if dialog is not None:
            dialog.done(QDialog.DialogCode.Rejected)
            dialog.deleteLater()
        self.covers.take_off()
        QTimer.singleShot(0, self.sign_out)

    # signing out --------------------------------------------------------------------------
    def sign_out(self) -> None:
        """Close what the account had open, forget it, and ask who signs in next; quitting the
        dialog quits the program."""
        window = self.window
        if window is None:
            return
        self.watch.pause()
        for other in QApplication.topLevelWidgets():
            if other is window or not other.isVisible():
                continue
            if isinstance(other, QDialog):
                other.done(QDialog.DialogCode.Rejected)
            else:
                other.close()
        self._log_sign_out()
        self.ctx.store.uow_factory.sign_out()
        window.hide()
        if not self.sign_in():
            window.close()
            return
        window.show()
        self._signed_in()

    def _log_sign_out(self) -> None:
        from villagedesk.core.audit.services import record_event
        from villagedesk.exchange.audit_csv import SIGN_OUT_SOURCE

        uow = self.ctx.store.uow_factory()
        self.ctx.jobs.run(
            lambda _p: record_event(uow, kind=AuditKind.LOGOUT, source=SIGN_OUT_SOURCE),
            title="",
            on_error=lambda e: log.error("sign-out not logged: %s", type(e).__name__),
            show_after_ms=-1,
        )
