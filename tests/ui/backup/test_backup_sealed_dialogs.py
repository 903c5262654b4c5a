"""备份到U盘 with a passphrase, and 从备份恢复 of an encrypted .vdsafe (keys and trust)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from villagedesk.core.services.station_setup import set_up_station
from villagedesk.core.station import StationDraft
from villagedesk.store import backup, sealed_backup
from villagedesk.sync import keystore
from villagedesk.ui.backup import actions as backup_dialogs
from villagedesk.ui.backup import passphrase as passphrases
from villagedesk.ui.backup.passphrase import PassphraseDialog
from villagedesk.ui.backup.restore_dialog import RestoreDialog
from villagedesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PASSPHRASE = "Dong-He-村-2026"
HOME = StationDraft(name="东河村党群服务站", code="370323104203", level="village")
OTHER = StationDraft(name="西河村党群服务站", code="370323104204", level="village")


def _close_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def _station(ctx: AppContext, draft: StationDraft) -> None:
    set_up_station(ctx.store.uow_factory(), draft=draft)
    ctx.refresh_station()


def _saved(ctx: AppContext, usb: Path) -> Path:
    backup_dialogs.save_to_drive(ctx, None, folder=usb, passphrase=PASSPHRASE)
    assert ctx.jobs.wait_idle()
    [written] = usb.iterdir()
    return written


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_ok_stays_disabled_until_the_passphrase_is_usable_and_typed_twice(
    qtbot: QtBot, english: None
) -> None:
    dialog = PassphraseDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.first, "short")
    qtbot.keyClicks(dialog.second, "short")
    assert not dialog.ok_button.isEnabled()
    assert "8" in dialog.hint.text()
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE + "x")
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "The two passphrases are not the same."
    dialog.second.setText(PASSPHRASE)
    assert dialog.ok_button.isEnabled() and dialog.hint.text() == ""
    assert dialog.passphrase() == PASSPHRASE
    assert dialog.strength.text() == "Strength: Strong"
    dialog.first.setText("12345678")
    assert dialog.strength.text() == "Strength: Weak"
    assert not dialog.ok_button.isEnabled()  # no longer the same as the second
    size = dialog.sizeHint()
    assert size.width() <= 1024 and size.height() <= 768


def test_the_dialog_shows_the_strength_in_chinese(qtbot: QtBot, zh_cn: object) -> None:
    dialog = PassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.first.setText("abcdefgh")
    assert dialog.strength.text() == "强度：弱"
    dialog.show_text.setChecked(True)
    assert dialog.first.echoMode() == dialog.first.EchoMode.Normal


def test_backup_to_a_drive_is_encrypted_and_checked(ctx: AppContext, tmp_path: Path) -> None:
    _station(ctx, HOME)
    usb = tmp_path / "usb"
    written = _saved(ctx, usb)
    assert written.suffix == ".vdsafe" and sealed_backup.is_sealed_backup(written)
    assert b"SQLite format 3" not in written.read_bytes()
    [text] = _close_boxes()
    assert str(written) in text
    assert _leftovers(ctx.data_dir) == []


def test_cancelling_the_passphrase_writes_nothing(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(passphrases, "ask_new_passphrase", lambda _parent: None)
    usb = tmp_path / "usb"
    backup_dialogs.save_to_drive(ctx, None, folder=usb)
    assert ctx.jobs.wait_idle()
    assert not usb.exists()


class Answers:
    """Stands in for the user at QInputDialog.getText and QMessageBox.warning."""

    def __init__(self, passphrase: str, agree: bool) -> None:
        self.passphrase, self.agree = passphrase, agree
        self.warnings: list[str] = []

    def get_text(self, *_args: Any, **_kw: Any) -> tuple[str, bool]:
        return self.passphrase, True

    def warning(self, _parent: Any, _title: str, text: str, *_rest: Any) -> Any:
        self.warnings.append(text)
        return QMessageBox.StandardButton.Yes if self.agree else QMessageBox.StandardButton.No


def _answer(monkeypatch: pytest.MonkeyPatch, passphrase: str, agree: bool) -> Answers:
    answers = Answers(passphrase, agree)
    monkeypatch.setattr(passphrases.QInputDialog, "getText", answers.get_text)
    monkeypatch.setattr(backup_dialogs.QMessageBox, "warning", answers.warning)
    return answers


def test_restoring_a_vdsafe_through_the_dialog(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _station(ctx, HOME)
    written = _saved(ctx, tmp_path / "usb")
    _close_boxes()
    _station(ctx, OTHER)
    mine = keystore.current_fingerprint(ctx.data_dir)
    answers = _answer(monkeypatch, PASSPHRASE, agree=True)
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.restore(written)
    assert ctx.jobs.wait_idle()
    station = ctx.station()
    assert station is not None and station.name == HOME.name
    [asked] = answers.warnings
    assert written.name in asked  # the usual "replace the current data?" question
    [text] = _close_boxes()
    assert mine is not None and mine in text  # the keys it carried (the same) were installed
    assert keystore.current_fingerprint(ctx.data_dir) == mine
    assert "pre-restore" in {b.kind for b in backup.list_backups(ctx.store.backups_dir)}
    assert _leftovers(ctx.data_dir) == []


def test_a_wrong_passphrase_is_shown_and_changes_nothing(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _station(ctx, HOME)
    written = _saved(ctx, tmp_path / "usb")
    _close_boxes()
    _station(ctx, OTHER)
    answers = _answer(monkeypatch, "not-the-passphrase", agree=True)
    backup_dialogs.restore_sealed(ctx, None, written)
    assert ctx.jobs.wait_idle()
    [text] = _close_boxes()
    assert "passphrase is not correct" in text
    assert answers.warnings == []
    station = ctx.station()
    assert station is not None and station.name == OTHER.name
    assert backup.list_backups(ctx.store.backups_dir) == []
    assert _leftovers(ctx.data_dir) == []


def _foreign_backup(ctx: AppContext, tmp_path: Path) -> tuple[Path, str]:
    """A backup of this station's data carrying the keys of a station on another computer."""
    elsewhere = tmp_path / "elsewhere"
    identity = keystore.export_identity(elsewhere)
    written = sealed_backup.save_sealed_backup(
        ctx.store.db_path,
        tmp_path / "usb",
        passphrase=PASSPHRASE,
        extras={sealed_backup.IDENTITY: identity},
        station_code="370323104299",
        station_name="南河村党群服务站",
        now=datetime(2024, 6, 14, 9, 0),
        work_dir=ctx.data_dir,
    )
    return written, keystore.identity_fingerprint(identity)


@pytest.mark.parametrize("agree", [False, True])
def test_another_stations_keys_are_shown_and_need_a_yes(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, agree: bool
) -> None:
    _station(ctx, HOME)
    mine = keystore.load_or_create_identity(ctx.data_dir).fingerprint
    written, theirs = _foreign_backup(ctx, tmp_path)
    _station(ctx, OTHER)
    answers = _answer(monkeypatch, PASSPHRASE, agree=agree)
    backup_dialogs.restore_sealed(ctx, None, written)
    assert ctx.jobs.wait_idle()
    [asked] = answers.warnings
    assert "南河村党群服务站" in asked and "370323104299" in asked
    assert theirs in asked and mine in asked
    station = ctx.station()
    assert station is not None
    if agree:
        assert station.name == HOME.name
        assert keystore.current_fingerprint(ctx.data_dir) == theirs
        [text] = _close_boxes()
        assert theirs in text
    else:
        assert station.name == OTHER.name
        assert keystore.current_fingerprint(ctx.data_dir) == mine
        assert backup.list_backups(ctx.store.backups_dir) == []
        assert _close_boxes() == []
    assert _leftovers(ctx.data_dir) == []
