"""账号管理: the 管理员's list of accounts (name, role, state, created) with 添加账号…, 停用/启用
and 重设密码…; on an upgraded station without accounts, 设置管理员账号… creates the first 管理员
and shows its recovery code to print. Everything goes through the core services, which refuse
a non-管理员 (无权限); a refusal shows above the list."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.accounts import lockout
from villagedesk.core.accounts.model import Account, Actor
from villagedesk.core.accounts.services import list_accounts, set_locked
from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.exchange.audit_csv import local_time
from villagedesk.i18n import enum_label, render
from villagedesk.ui.accounts.account_forms import AddAccountDialog, ResetPasswordDialog
from villagedesk.ui.accounts.calls import wait_on_db
from villagedesk.ui.forms.fields import error_label, note_label
from villagedesk.ui.jobs import show_error

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

CTX = "Accounts"
HEADERS = (
    QT_TRANSLATE_NOOP("Accounts", "Account"),
    QT_TRANSLATE_NOOP("Accounts", "Role"),
    QT_TRANSLATE_NOOP("Accounts", "State"),
    QT_TRANSLATE_NOOP("Accounts", "Created"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def state_text(account: Account, now: datetime) -> str:
    """正常, 已停用 or 密码错误锁定中."""
    if account.disabled:
        return QCoreApplication.translate("Accounts", "Disabled")
    if lockout.is_locked(account, now):
        return QCoreApplication.translate("Accounts", "Locked after wrong passwords")
    return QCoreApplication.translate("Accounts", "Active")


class UsersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.accounts: list[Account] = []
        self.setWindowTitle(QCoreApplication.translate("Accounts", "Accounts"))
        self.resize(620, 420)
        self.general = error_label(self)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([_tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for section, width in enumerate((130, 100, 150)):
            self.table.horizontalHeader().resizeSection(section, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.no_accounts = note_label(
            QCoreApplication.translate(
                "Accounts",
                "This station has no accounts yet: whoever uses the computer acts as 免登录 "
                "with every right. Set up a 管理员 account to sign in with a password.",
            ),
            self,
        )
        self.no_accounts.hide()
        self.add_button = QPushButton(
            QCoreApplication.translate("Accounts", "Add an account…"), self
        )
        self.lock_button = QPushButton(QCoreApplication.translate("Accounts", "Disable"), self)
        self.reset_button = QPushButton(
            QCoreApplication.translate("Accounts", "Reset the password…"), self
        )
        self.first_admin_button = QPushButton(
            QCoreApplication.translate("Accounts", "Set up the 管理员 account…"), self
        )
        self.add_button.clicked.connect(lambda _c=False: self.add())
        self.lock_button.clicked.connect(lambda _c=False: self.toggle_locked())
        self.reset_button.clicked.connect(lambda _c=False: self.reset())
        self.first_admin_button.clicked.connect(lambda _c=False: self.set_up_admin())
        actions = QHBoxLayout()
        for button in (self.add_button, self.lock_button, self.reset_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.first_admin_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(self.no_accounts)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.reload()

    # -- the list -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the accounts (list_accounts) and show them; a refusal shows above the list."""
        factory = self.ctx.store.uow_factory
        outcome = wait_on_db(self.ctx.jobs, lambda: list_accounts(factory()), parent=self)
        if outcome.error is not None:
            self._refused(outcome.error)
            self.accounts = []
        else:
            self.general.hide()
            self.accounts = outcome.value or []
        self._fill()

    def _fill(self) -> None:
        now = datetime.now(UTC)
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            values = (
                account.name,
                enum_label(account.role.label),
                state_text(account, now),
                local_time(account.created_at) if account.created_at else "",
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        refused = not self.general.isHidden()
        empty = not self.accounts and not refused
        self.no_accounts.setVisible(empty)
        self.first_admin_button.setVisible(empty)
        self.add_button.setEnabled(bool(self.accounts))
        self._update_buttons()

    def selected(self) -> Account | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.accounts[rows.pop()] if len(rows) == 1 else None

    def select(self, name: str) -> None:
        for row, account in enumerate(self.accounts):
            if account.name == name:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        account = self.selected()
        self.lock_button.setEnabled(account is not None)
        self.reset_button.setEnabled(account is not None)
        self.lock_button.setText(
            QCoreApplication.translate("Accounts", "Enable")
            if account is not None and account.disabled
            else QCoreApplication.translate("Accounts", "Disable")
        )

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.general.setText(render(error.message))
            self.general.show()
        else:
            show_error(self, error)

    # -- the actions --------------------------------------------------------------------------
    def add(self) -> AddAccountDialog:
        dialog = AddAccountDialog(self.ctx, self)
        dialog.accepted.connect(
            lambda: self._saved(dialog.saved.account.name if dialog.saved else "")
        )
        dialog.open()
        return dialog

    def reset(self) -> ResetPasswordDialog | None:
        account = self.selected()
        if account is None:
            return None
        dialog = ResetPasswordDialog(self.ctx, account.name, self)
        dialog.accepted.connect(lambda: self._saved(account.name))
        dialog.open()
        return dialog

    def toggle_locked(self) -> None:
        account = self.selected()
        if account is None:
            return
        factory, name, locked = self.ctx.store.uow_factory, account.name, not account.disabled
        outcome = wait_on_db(
            self.ctx.jobs, lambda: set_locked(factory(), name=name, locked=locked), parent=self
        )
        if outcome.error is not None:
            self._refused(outcome.error)
            return
        self._saved(name)

    def _saved(self, name: str) -> None:
        self.reload()
        self.select(name)

    def set_up_admin(self) -> None:
        """The first 管理员 (FirstAdminDialog); whoever made it acts as it from now on, and is
        shown the recovery code once, to print (ui/accounts/recover.show_new_code)."""
        from villagedesk.ui.accounts.first_admin import FirstAdminDialog
        from villagedesk.ui.accounts.recover import show_new_code

        dialog = FirstAdminDialog(self.ctx, self, later=False)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.made is None:
            return
        made, factory = dialog.made, self.ctx.store.uow_factory
        factory.actor = Actor.of(made.account, device=factory.actor.device)
        show_new_code(self.ctx, self, made.account.name, made.recovery_code)
        self._saved(made.account.name)


def open_users_dialog(ctx: AppContext, parent: QWidget | None = None) -> UsersDialog:
    """账号管理 (the settings' 账号与安全 tab opens it; a menu may too)."""
    dialog = UsersDialog(ctx, parent)
    dialog.open()
    return dialog
