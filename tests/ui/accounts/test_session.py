"""The session in the window: who is signed in, the idle lock (typed text survives it), signing
out back to the sign-in dialog, and what a role may not do greyed out."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from villagedesk.ui import bench_probe, navigation
from villagedesk.ui.accounts.change_password import ChangePasswordDialog
from villagedesk.ui.accounts.idle_lock import Cover
from villagedesk.ui.accounts.session import Session
from villagedesk.ui.accounts.sign_in import SignInDialog
from villagedesk.ui.context import AppContext

from .conftest import (
    ADMIN,
    ADMIN_PASSWORD,
    CLERK,
    CLERK_PASSWORD,
    VIEWER,
    VIEWER_PASSWORD,
    when_modal,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0)

    def __call__(self) -> datetime:
        return self.now


def _started(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, name: str, password: str
) -> tuple[Session, FakeClock]:
    """A session signed in as ``name`` (the benchmark's automatic sign-in, no dialog)."""
    monkeypatch.setenv(bench_probe.BENCH_USER, name)
    monkeypatch.setenv(bench_probe.BENCH_PASSWORD, password)
    clock = FakeClock()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    session = Session(ctx, app, clock=clock)
    assert session.start()
    assert session.window is not None
    qtbot.addWidget(session.window)
    monkeypatch.delenv(bench_probe.BENCH_USER)
    return session, clock


def _covers() -> list[Cover]:
    return [
        c for w in QApplication.topLevelWidgets() for c in w.findChildren(Cover) if c.isVisible()
    ]


def test_the_status_bar_names_who_is_signed_in(
    accounts: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, _clock = _started(accounts, qtbot, monkeypatch, CLERK, CLERK_PASSWORD)
    assert session.parts is not None
    assert session.parts.user_label.text() == f"{CLERK} (Data-entry clerk)"
    assert session.parts.sign_out_action.isVisible()


def test_idle_lock_covers_and_unlocks_without_losing_typed_text(
    accounts: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, clock = _started(accounts, qtbot, monkeypatch, ADMIN, ADMIN_PASSWORD)
    window = session.window
    assert window is not None
    dialog = ChangePasswordDialog(accounts, window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.passwords.first, "half-typed new")

    clock.now += timedelta(minutes=9)
    assert session.watch.check() is False  # not yet: ten minutes by default
    clock.now += timedelta(minutes=1)
    assert session.watch.check() is True
    lock = session.lock_dialog
    assert lock is not None and lock.isVisible() and lock.name.isReadOnly()
    covered = {c.parentWidget() for c in _covers()}
    assert window in covered and dialog in covered
    assert all(c.geometry() == c.parentWidget().rect() for c in _covers())

    qtbot.keyClicks(lock.password, "wrong-password")
    qtbot.mouseClick(lock.sign_in_button, Qt.MouseButton.LeftButton)
    error = lock.errors.label_for("password")
    assert error is not None and "4 tries left" in error.text()
    assert _covers() and lock.isVisible()

    lock.password.clear()
    qtbot.keyClicks(lock.password, ADMIN_PASSWORD)
    qtbot.mouseClick(lock.sign_in_button, Qt.MouseButton.LeftButton)
    assert _covers() == [] and session.lock_dialog is None
    assert dialog.isVisible() and dialog.passwords.first.text() == "half-typed new"
    assert accounts.store.uow_factory.actor.name == ADMIN


def test_input_keeps_the_screen_unlocked(
    accounts: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, clock = _started(accounts, qtbot, monkeypatch, ADMIN, ADMIN_PASSWORD)
    assert session.window is not None
    clock.now += timedelta(minutes=8)
    qtbot.keyClick(session.window.nav, Qt.Key.Key_Down)
    clock.now += timedelta(minutes=8)
    assert session.watch.check() is False and _covers() == []


def test_sign_out_returns_to_the_sign_in_dialog(
    accounts: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, _clock = _started(accounts, qtbot, monkeypatch, ADMIN, ADMIN_PASSWORD)
    window = session.window
    assert window is not None and window.settings_action.isEnabled()
    seen: dict[str, bool] = {}

    def sign_in_as_viewer(dialog: SignInDialog) -> None:
        seen["window hidden"] = not window.isVisible()
        dialog.name.setText(VIEWER)
        qtbot.keyClicks(dialog.password, VIEWER_PASSWORD)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    when_modal(SignInDialog, sign_in_as_viewer)
    session.parts.sign_out_action.trigger()  # type: ignore[union-attr]
    assert seen == {"window hidden": True}
    assert window.isVisible()
    assert accounts.store.uow_factory.actor.name == VIEWER
    assert session.parts is not None and VIEWER in session.parts.user_label.text()
    # A 查看 account may not import, back up, restore, change settings or write records.
    for action in (
        window.import_members_action,
        window.backup_now_action,
        window.restore_action,
        window.settings_action,
    ):
        assert not action.isEnabled()
    page = window.show_register(navigation.members_page)
    add_button = page.add_button  # type: ignore[attr-defined]
    assert not add_button.isEnabled()
    add_button.setEnabled(True)  # as the page does when a row is selected
    assert not add_button.isEnabled()
    sync_row = navigation.REGISTERS.index(
        next(r for r in navigation.REGISTERS if r[1] is navigation.sync_page)
    )
    assert not window.nav.item(sync_row).flags() & Qt.ItemFlag.ItemIsEnabled


def test_quitting_the_sign_in_after_sign_out_closes_the_window(
    accounts: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, _clock = _started(accounts, qtbot, monkeypatch, CLERK, CLERK_PASSWORD)
    window = session.window
    assert window is not None
    when_modal(SignInDialog, lambda d: d.done_rejected())
    session.sign_out()
    assert not window.isVisible()


def test_auto_login_goes_straight_in_without_a_lock(ctx: AppContext, qtbot: QtBot) -> None:
    from .conftest import set_up

    set_up(ctx)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    clock = FakeClock()
    session = Session(ctx, app, clock=clock)
    assert session.start()
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert session.parts is not None and "免登录" in session.parts.user_label.text()
    assert not session.parts.sign_out_action.isVisible()
    assert session.parts.set_up_action.isVisible()  # an upgraded station: offered, not forced
    clock.now += timedelta(hours=1)
    assert session.watch.check() is False
