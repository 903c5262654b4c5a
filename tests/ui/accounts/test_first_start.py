"""A new station's first start creates its 管理员; the recovery code is shown once and never
written to any file."""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from villagedesk.core.accounts.passwords import normalize_recovery_code
from villagedesk.core.accounts.services import list_accounts, sign_in_mode
from villagedesk.ui.accounts.first_admin import FirstAdminDialog
from villagedesk.ui.accounts.recovery import RecoveryCodeDialog, RecoverySheet, draw_sheet
from villagedesk.ui.accounts.session import Session
from villagedesk.ui.context import AppContext

from .conftest import ADMIN, ADMIN_PASSWORD, when_modal


def _walk(root: Path) -> list[Path]:
    """Every file under ``root``; folders that another process removes meanwhile are skipped."""
    found: list[Path] = []
    for folder, _dirs, files in os.walk(root, onerror=lambda _error: None):
        found.extend(Path(folder) / name for name in files)
    return found


def _files_holding(text: str, roots: list[Path], since: float) -> list[Path]:
    needles = [text.encode(), normalize_recovery_code(text).encode()]
    found = []
    for root in roots:
        for path in _walk(root):
            try:
                if not path.is_file() or path.stat().st_mtime < since - 1:
                    continue
                if path.stat().st_size > 50_000_000:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if any(n in data for n in needles):
                found.append(path)
    return found


def test_first_start_creates_the_admin_and_shows_the_code_once(
    station: AppContext, qtbot: QtBot
) -> None:
    started = time.time()
    session = Session(station, QApplication.instance())  # type: ignore[arg-type]
    shown: dict[str, str] = {}

    def fill(dialog: FirstAdminDialog) -> None:
        dialog.name.setText(ADMIN)  # keyClicks types Latin-1 only
        qtbot.keyClicks(dialog.passwords.first, "abc")
        shown["weak"] = dialog.passwords.strength.text()
        qtbot.keyClicks(dialog.passwords.first, ADMIN_PASSWORD[3:] + "-Qz9!")
        shown["strong"] = dialog.passwords.strength.text()
        qtbot.keyClicks(dialog.passwords.second, "abc" + ADMIN_PASSWORD[3:] + "-Qz9!")
        when_modal(RecoveryCodeDialog, read_code)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    def read_code(dialog: RecoveryCodeDialog) -> None:
        shown["code"] = dialog.code_label.text()
        dialog.reject()  # Esc does not close it: the code must be printed or copied first
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.copied_button, Qt.MouseButton.LeftButton)

    when_modal(FirstAdminDialog, fill)
    assert session.offer_first_admin() is True

    assert shown["weak"] != shown["strong"]
    assert len(normalize_recovery_code(shown["code"])) == 20
    names = [a.name for a in list_accounts(station.store.uow_factory())]
    assert names == [ADMIN]
    assert station.store.uow_factory.actor.name == ADMIN
    has_accounts, auto_login, _ = sign_in_mode(station.store.uow_factory())
    assert has_accounts and not auto_login
    station.jobs.wait_idle()
    roots = [station.data_dir, Path(tempfile.gettempdir())]
    assert _files_holding(shown["code"], roots, started) == []


def test_first_start_shows_every_problem_under_its_field(station: AppContext, qtbot: QtBot) -> None:
    dialog = FirstAdminDialog(station)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passwords.first, "short")
    qtbot.keyClicks(dialog.passwords.second, "short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    name_error = dialog.errors.label_for("name")
    password_error = dialog.errors.label_for("password")
    assert name_error is not None and "name" in name_error.text()
    assert password_error is not None and "8 characters" in password_error.text()
    qtbot.keyClicks(dialog.passwords.second, "x")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    again = dialog.errors.label_for("again")
    assert again is not None and "not the same" in again.text()
    assert dialog.isVisible() and list_accounts(station.store.uow_factory()) == []


def test_declining_on_a_new_station_switches_on_auto_login(
    station: AppContext, qtbot: QtBot
) -> None:
    session = Session(station, QApplication.instance())  # type: ignore[arg-type]
    when_modal(
        FirstAdminDialog, lambda d: qtbot.mouseClick(d.later_button, Qt.MouseButton.LeftButton)
    )
    assert session.offer_first_admin() is False
    station.jobs.wait_idle()
    assert sign_in_mode(station.store.uow_factory())[:2] == (False, True)


def test_the_printed_sheet_carries_the_code(qapp: QApplication) -> None:
    sheet = RecoverySheet(
        station="东河村党群服务站",
        account=ADMIN,
        code="7KQ2-M9TB-ABCD-EFGH-JKMN",
        day=date(2026, 1, 5),
    )
    page = QImage(595, 842, QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    draw_sheet(painter, sheet)
    painter.end()
    inked = sum(
        1 for y in range(0, 842, 4) for x in range(0, 595, 4) if page.pixelColor(x, y).value() < 128
    )
    assert inked > 100


def test_a_new_station_asks_for_its_admin_after_its_set_up(ctx: AppContext, qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    session = Session(ctx, app)
    assert session.start()
    window = session.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.station_dialog is not None and window.station_dialog.isVisible())
    dialog = window.station_dialog
    assert dialog is not None
    dialog.name.setText("东河村党群服务站")
    dialog.code.setText("370323104203")
    sheets: list[RecoverySheet] = []

    def fill(admin: FirstAdminDialog) -> None:
        admin.name.setText(ADMIN)
        qtbot.keyClicks(admin.passwords.first, ADMIN_PASSWORD)
        qtbot.keyClicks(admin.passwords.second, ADMIN_PASSWORD)
        when_modal(RecoveryCodeDialog, lambda d: (sheets.append(d.sheet), d.accept()))
        qtbot.mouseClick(admin.create_button, Qt.MouseButton.LeftButton)

    when_modal(FirstAdminDialog, fill)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(sheets))
    assert sheets[0].station == "东河村党群服务站" and sheets[0].account == ADMIN
    assert session.parts is not None and ADMIN in session.parts.user_label.text()
    assert not session.parts.set_up_action.isVisible()
