"""设置 › 账号与安全: 免登录 (with the warning that whoever sits at the computer then acts as
管理员, and that the audit log records it), the idle lock's minutes (1–60), and the way to
账号管理 / 设置管理员账号. ``save()`` writes only what was changed, through set_auto_login and
set_idle_lock (a 管理员's; the services refuse anyone else with 无权限)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.accounts.idle import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES
from villagedesk.core.accounts.permissions import Action, allowed
from villagedesk.core.accounts.services import set_auto_login, set_idle_lock, sign_in_mode
from villagedesk.core.changes import Changes
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label
from villagedesk.ui.forms.service_op import run_service
from villagedesk.ui.screen_fit import make_room

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

WARNING_STYLE = "color: #b45309;"


@dataclass(frozen=True)
class Applied:
    changes: Changes = field(default_factory=Changes)


class AccountSecurityForm(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.has_accounts = False
        self.loaded: tuple[bool, int] = (False, 0)
        self.auto_login = QCheckBox(
            QCoreApplication.translate("Accounts", "Sign in automatically (免登录)"), self
        )
        self.auto_warning = QLabel(
            QCoreApplication.translate(
                "Accounts",
                "With 免登录 on, VillageDesk opens without a password and whoever sits at this "
                "computer acts as 管理员, with every right. The audit log records their actions "
                "as 免登录. Only for a computer that one person uses.",
            ),
            self,
        )
        self.auto_warning.setWordWrap(True)
        self.auto_warning.setStyleSheet(WARNING_STYLE)
        self.no_accounts = note_label(
            QCoreApplication.translate(
                "Accounts",
                "This station has no accounts yet, so it always opens as 免登录. Set up a "
                "管理员 account to sign in with a password.",
            ),
            self,
        )
        self.idle = QSpinBox(self)
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setSuffix(QCoreApplication.translate("Accounts", " minutes"))
        self.idle.setMinimumWidth(110)
        self.idle.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.accounts_button = QPushButton(
            QCoreApplication.translate("Accounts", "Accounts…"), self
        )
        self.accounts_button.clicked.connect(lambda _c=False: self.open_accounts())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form, error_label(self))
        self.errors.add_row("", self.auto_login, "auto_login")
        form.addRow("", self.auto_warning)
        form.addRow("", self.no_accounts)
        self.errors.add_row(
            QCoreApplication.translate("Accounts", "Lock the screen after"), self.idle, "minutes"
        )
        form.addRow(
            "",
            note_label(
                QCoreApplication.translate(
                    "Accounts", "of no use; the password unlocks it, and nothing typed is lost."
                ),
                self,
            ),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.accounts_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.auto_login.toggled.connect(lambda _on: self._update())
        self.load()

    def load(self) -> None:
        has_accounts, auto_on, idle = sign_in_mode(self._ctx.store.uow_factory())
        self.has_accounts = has_accounts
        self.auto_login.setChecked(auto_on or not has_accounts)
        self.idle.setValue(idle.minutes)
        self.loaded = (self.auto_login.isChecked(), self.idle.value())
        self._update()

    def _update(self) -> None:
        admin = allowed(self._ctx.store.uow_factory.actor.role, Action.CHANGE_SETTINGS)
        self.auto_login.setEnabled(admin and self.has_accounts)
        self.idle.setEnabled(admin and self.has_accounts)
        self.accounts_button.setEnabled(
            allowed(self._ctx.store.uow_factory.actor.role, Action.MANAGE_ACCOUNTS)
        )
        self.auto_warning.setVisible(self.has_accounts and self.auto_login.isChecked())
        self.no_accounts.setVisible(not self.has_accounts)
        make_room(self)

    def open_accounts(self) -> None:
        from villagedesk.ui.accounts.users_dialog import UsersDialog

        dialog = UsersDialog(self._ctx, self)
        dialog.exec()
        self.load()

    def save(self) -> bool:
        """Keep what was changed; False (the reasons under the fields) when refused."""
        if not self.has_accounts:
            return True
        auto_on, minutes = self.auto_login.isChecked(), self.idle.value()
        was_on, was_minutes = self.loaded
        factory = self._ctx.store.uow_factory
        steps: list[Callable[[], Applied]] = []
        if auto_on != was_on:
            steps.append(lambda: _applied(set_auto_login(factory(), on=auto_on)))
        if minutes != was_minutes:
            steps.append(lambda: _applied(set_idle_lock(factory(), minutes=minutes)))
        for step in steps:
            if run_service(self._ctx, self.errors, step, parent=self) is None:
                make_room(self)
                return False
        self.loaded = (auto_on, minutes)
        return True


def _applied(_result: object) -> Applied:
    return Applied()
