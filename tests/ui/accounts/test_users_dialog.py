"""账号管理: the 管理员 lists, adds, disables and re-enables accounts and resets a password; refusals
show under the fields; a non-管理员 sees 无权限; a station without accounts sets up its 管理员 and
is shown the recovery code."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from villagedesk.core.accounts.lockout import LoginRefused
from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.accounts.services import create_first_admin, sign_in
from villagedesk.ui.accounts.account_forms import AddAccountDialog
from villagedesk.ui.accounts.users_dialog import UsersDialog
from villagedesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PASSWORD = "Secret-2026x"


@pytest.fixture
def admin_ctx(ctx: AppContext) -> AppContext:
    create_first_admin(
        ctx.store.uow_factory(), name="王书记", password=PASSWORD, now=datetime.now(UTC)
    )
    ctx.store.uow_factory.actor = Actor("王书记", Role.ADMIN, device="pc-1")
    return ctx


def _dialog(ctx: AppContext, qtbot: QtBot) -> UsersDialog:
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _rows(dialog: UsersDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _fill(form: AddAccountDialog, name: str, role: Role, first: str, second: str) -> None:
    form.name.setText(name)
    form.role.setCurrentIndex(form.role.findData(role.value))
    form.passwords.first.setText(first)
    form.passwords.second.setText(second)


def _error(form: AddAccountDialog, key: str) -> str:
    label = form.errors._labels[key]
    return label.text() if not label.isHidden() else ""


def test_the_list_shows_name_role_state_and_created(admin_ctx: AppContext, qtbot: QtBot) -> None:
    dialog = _dialog(admin_ctx, qtbot)
    ((name, role, state, created),) = _rows(dialog)
    assert (name, role, state) == ("王书记", "Administrator", "Active")
    assert created.startswith(f"{datetime.now():%Y-%m-%d}")
    assert dialog.first_admin_button.isHidden()


def test_adding_an_account_checks_the_fields_then_lists_it(
    admin_ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = _dialog(admin_ctx, qtbot)
    form = dialog.add()
    qtbot.addWidget(form)
    _fill(form, "小李", Role.VIEWER, "Another-2026", "Another-2027")
    form.accept()
    assert form.isVisible() and "not the same" in _error(form, "again")

    _fill(form, "王书记", Role.VIEWER, "short", "short")
    form.accept()
    assert form.isVisible()
    assert "exists" in _error(form, "name")
    assert "at least 8" in _error(form, "password")
    assert "Strength" in form.passwords.strength.text()

    _fill(form, "小李", Role.VIEWER, "Another-2026", "Another-2026")
    form.accept()
    assert not form.isVisible()
    assert _rows(dialog)[1][:3] == ["小李", "Read-only viewer", "Active"]


def test_disable_then_enable_an_account(admin_ctx: AppContext, qtbot: QtBot) -> None:
    dialog = _dialog(admin_ctx, qtbot)
    form = dialog.add()
    qtbot.addWidget(form)
    _fill(form, "小李", Role.CLERK, "Another-2026", "Another-2026")
    form.accept()
    dialog.select("小李")
    assert dialog.lock_button.text() == "Disable"
    dialog.toggle_locked()
    assert _rows(dialog)[1][2] == "Disabled" and dialog.lock_button.text() == "Enable"
    with pytest.raises(LoginRefused):
        sign_in(
            admin_ctx.store.uow_factory(),
            name="小李",
            password="Another-2026",
            now=datetime.now(UTC),
            device="pc-1",
        )
    dialog.toggle_locked()
    assert _rows(dialog)[1][2] == "Active"

    dialog.select("王书记")
    dialog.toggle_locked()
    assert "your own account" in dialog.general.text() and not dialog.general.isHidden()


def test_a_locked_out_account_shows_so_and_a_reset_password_signs_in(
    admin_ctx: AppContext, qtbot: QtBot
) -> None:
    factory, now = admin_ctx.store.uow_factory, datetime.now(UTC)
    dialog = _dialog(admin_ctx, qtbot)
    form = dialog.add()
    qtbot.addWidget(form)
    _fill(form, "小李", Role.CLERK, "Another-2026", "Another-2026")
    form.accept()
    actor = factory.actor
    for _ in range(5):
        with pytest.raises(LoginRefused):
            sign_in(factory(), name="小李", password="wrong-one!", now=now, device="pc-1")
    factory.actor = actor
    dialog.reload()
    assert _rows(dialog)[1][2] == "Locked after wrong passwords"

    dialog.select("小李")
    reset = dialog.reset()
    assert reset is not None
    qtbot.addWidget(reset)
    reset.passwords.first.setText("Fresh-pass-26")
    reset.passwords.second.setText("Fresh-pass-26")
    reset.accept()
    assert not reset.isVisible()
    assert _rows(dialog)[1][2] == "Active"
    signed = sign_in(factory(), name="小李", password="Fresh-pass-26", now=now, device="pc-1")
    assert signed.role is Role.CLERK


def test_a_clerk_is_refused(admin_ctx: AppContext, qtbot: QtBot) -> None:
    admin_ctx.store.uow_factory.actor = Actor("小李", Role.CLERK, device="pc-1")
    dialog = _dialog(admin_ctx, qtbot)
    assert dialog.general.text() == "No permission."
    assert _rows(dialog) == []
    assert dialog.first_admin_button.isHidden()


def test_a_station_without_accounts_sets_up_its_admin_and_sees_the_code(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from villagedesk.ui.accounts import first_admin, recovery

    shown: list[str] = []

    def fill_and_create(self: first_admin.FirstAdminDialog) -> int:
        self.name.setText("王书记")
        self.passwords.first.setText(PASSWORD)
        self.passwords.second.setText(PASSWORD)
        self.create_admin()
        return int(self.result())

    def note_code(self: recovery.RecoveryCodeDialog) -> int:
        shown.append(self.code_label.text())
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(first_admin.FirstAdminDialog, "exec", fill_and_create)
    monkeypatch.setattr(recovery.RecoveryCodeDialog, "exec", note_code)
    dialog = _dialog(ctx, qtbot)
    assert not dialog.no_accounts.isHidden() and not dialog.first_admin_button.isHidden()
    assert not dialog.add_button.isEnabled()
    dialog.set_up_admin()
    assert shown, dialog.general.text()
    assert [r[:2] for r in _rows(dialog)] == [["王书记", "Administrator"]]
    (code,) = shown
    assert code.count("-") == 4
    assert dialog.first_admin_button.isHidden()
