"""What the main window shows of the session: who is signed in (status bar: name and role, or
免登录), the 账号 menu (切换用户/退出登录, 修改密码…, 设置管理员账号… on a station without
accounts), and the greying of what the role may not do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from villagedesk.core.accounts.model import AUTO_LOGIN_NAME, Actor
from villagedesk.core.accounts.permissions import Action, allowed
from villagedesk.i18n import enum_label
from villagedesk.ui import navigation
from villagedesk.ui.accounts.role_gate import RoleGate
from villagedesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from villagedesk.ui.accounts.session import Session


#: The main window's actions by attribute name, and what each needs.
WINDOW_ACTIONS: dict[str, Action] = {
    "import_members_action": Action.IMPORT,
    "import_residents_action": Action.IMPORT,
    "save_to_drive_action": Action.BACKUP,
    "backup_now_action": Action.BACKUP,
    "restore_action": Action.RESTORE,
    "settings_action": Action.CHANGE_SETTINGS,
    "demo_action": Action.WRITE_RECORDS,
}


class AccountParts:
    def __init__(self, session: Session, window: MainWindow) -> None:
        self.session = session
        self.window = window
        self.gate = RoleGate(window)
        self.shown_actor: Actor | None = None
        for name, action in WINDOW_ACTIONS.items():
            target = getattr(window, name, None)
            if isinstance(target, QAction):
                self.gate.gate(target, action)
        self.user_label = QLabel(window)
        self.user_label.setObjectName("signedIn")
        self.user_label.setStyleSheet("padding: 0 12px; font-weight: bold;")
        window.statusBar().insertPermanentWidget(0, self.user_label)
        self._build_menu()
        window.stack.currentChanged.connect(self._page_shown)
        self.sync_row = _row_of(window, navigation.sync_page)

    def _build_menu(self) -> None:
        window = self.window
        menu = QMenu(QCoreApplication.translate("SignIn", "&Account"), window)
        self.sign_out_action = QAction(
            QCoreApplication.translate("SignIn", "Switch user / sign out"), window
        )
        self.sign_out_action.triggered.connect(lambda: self.session.sign_out())
        self.password_action = QAction(
            QCoreApplication.translate("SignIn", "Change my password…"), window
        )
        self.password_action.triggered.connect(self.change_password)
        self.set_up_action = QAction(
            QCoreApplication.translate("SignIn", "Set up the 管理员 account…"), window
        )
        self.set_up_action.triggered.connect(self.set_up_admin)
        self.lock_action = QAction(QCoreApplication.translate("SignIn", "Lock the screen"), window)
        self.lock_action.triggered.connect(lambda: self.session.lock())
        menu.addActions([self.sign_out_action, self.lock_action, self.password_action])
        menu.addSeparator()
        menu.addAction(self.set_up_action)
        bar = window.menuBar()
        menus = bar.actions()
        help_action = menus[-1] if menus else None
        self.menu_action = bar.insertMenu(help_action, menu) if help_action else bar.addMenu(menu)
        self.menu = menu

    def update(self) -> None:
        """After a sign-in, a sign-out or a change of mode."""
        actor = self.session.actor
        self.shown_actor = actor
        if actor.auto_login:
            self.user_label.setText(
                QCoreApplication.translate("SignIn", "Signed in automatically ({name})").format(
                    name=AUTO_LOGIN_NAME
                )
            )
        else:
            self.user_label.setText(
                QCoreApplication.translate("SignIn", "{name} ({role})").format(
                    name=actor.name, role=enum_label(actor.role.label)
                )
            )
        signed = not actor.auto_login
        self.sign_out_action.setVisible(signed)
        self.lock_action.setVisible(signed)
        self.password_action.setVisible(signed)
        self.set_up_action.setVisible(not self.session.has_accounts)
        self.gate.set_role(actor.role)
        self._grey_sync(allowed(actor.role, Action.SYNC))
        page = self.window.stack.currentWidget()
        if page is not None:
            self.gate.gate_page(page)

    def _page_shown(self, _index: int) -> None:
        page = self.window.stack.currentWidget()
        if page is not None:
            self.gate.gate_page(page)

    def _grey_sync(self, on: bool) -> None:
        item = self.window.nav.item(self.sync_row) if self.sync_row >= 0 else None
        if item is None:
            return
        flags = item.flags()
        enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item.setFlags(flags | enabled if on else flags & ~enabled)

    def change_password(self) -> None:
        from villagedesk.ui.accounts.change_password import ChangePasswordDialog

        ChangePasswordDialog(self.session.ctx, self.window).exec()

    def set_up_admin(self) -> None:
        self.session.offer_first_admin(later=False)


def _row_of(window: MainWindow, factory: object) -> int:
    """The navigation row of a register (the window lists them in the order of REGISTERS)."""
    rows = [i for i, (_title, made_by) in enumerate(navigation.REGISTERS) if made_by is factory]
    return rows[0] if rows and rows[0] < window.nav.count() else -1
