"""Signing in: success sets who acts; refusals are shown under the password; the fifth wrong
password locks the account and says for how long; 忘记密码… resets the 管理员's password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.accounts.passwords import normalize_recovery_code
from villagedesk.ui.accounts.recover import ForgotPasswordDialog
from villagedesk.ui.accounts.recovery import RecoveryCodeDialog
from villagedesk.ui.accounts.sign_in import SignInDialog
from villagedesk.ui.context import AppContext

from .conftest import ADMIN, CLERK, CLERK_PASSWORD, when_modal


def _dialog(ctx: AppContext, qtbot: QtBot) -> SignInDialog:
    dialog = SignInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(dialog: SignInDialog, qtbot: QtBot, name: str, password: str) -> str:
    dialog.name.setText(name)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    label = dialog.errors.label_for("password")
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_the_right_password_signs_in(accounts: AppContext, qtbot: QtBot) -> None:
    dialog = _dialog(accounts, qtbot)
    assert _try(dialog, qtbot, CLERK, CLERK_PASSWORD) == ""
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    actor = accounts.store.uow_factory.actor
    assert (actor.name, actor.role) == (CLERK, Role.CLERK)


def test_a_wrong_password_is_refused_under_the_field(accounts: AppContext, qtbot: QtBot) -> None:
    dialog = _dialog(accounts, qtbot)
    assert _try(dialog, qtbot, CLERK, "wrong-password") == "Wrong name or password. 4 tries left."
    assert _try(dialog, qtbot, "nobody", "wrong-password") == "Wrong name or password."
    assert dialog.isVisible()
    assert accounts.store.uow_factory.actor.name != CLERK


def test_five_wrong_passwords_lock_the_account_and_say_how_long(
    accounts: AppContext, qtbot: QtBot, zh_cn: object
) -> None:
    dialog = _dialog(accounts, qtbot)
    for _ in range(4):
        _try(dialog, qtbot, CLERK, "wrong-password")
    fifth = _try(dialog, qtbot, CLERK, "wrong-password")
    assert "10" in fifth and "锁定" in fifth
    # Now even the right password is refused until the ten minutes are over.
    refused = _try(dialog, qtbot, CLERK, CLERK_PASSWORD)
    assert "10" in refused and "分钟" in refused
    assert dialog.isVisible()


def test_forgot_password_resets_with_the_code_and_shows_a_new_one(
    accounts: AppContext, qtbot: QtBot
) -> None:
    factory = accounts.store.uow_factory
    code = _known_code(accounts)
    dialog = ForgotPasswordDialog(accounts, name=ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, "WRONG-CODE")
    qtbot.keyClicks(dialog.passwords.first, "New-pass-2026")
    qtbot.keyClicks(dialog.passwords.second, "New-pass-2026")
    dialog.submit()
    code_error = dialog.errors.label_for("code")
    assert code_error is not None and "not right" in code_error.text()
    dialog.code.setText(code.lower().replace("-", " "))
    shown: list[str] = []
    when_modal(RecoveryCodeDialog, lambda d: (shown.append(d.code_label.text()), d.accept()))
    dialog.submit()
    assert len(shown) == 1 and normalize_recovery_code(shown[0]) != normalize_recovery_code(code)
    sign_in = _dialog(accounts, qtbot)
    assert _try(sign_in, qtbot, ADMIN, "New-pass-2026") == ""
    assert factory.actor.name == ADMIN


def _known_code(ctx: AppContext) -> str:
    """Reset the 管理员's recovery code to one this test knows (through the store's accounts)."""
    from dataclasses import replace

    from villagedesk.core.accounts.passwords import hash_recovery_code

    code = "7KQ2-M9TB-ABCD-EFGH-JKMN"
    ctx.store.uow_factory.actor = Actor(name=ADMIN, role=Role.ADMIN)
    uow = ctx.store.uow_factory()
    ctx.store.uow_factory.sign_out()
    with uow:
        account = uow.accounts.by_name(ADMIN)
        assert account is not None
        uow.accounts.save(replace(account, recovery_hash=hash_recovery_code(code)))
        uow.commit()
    return code
