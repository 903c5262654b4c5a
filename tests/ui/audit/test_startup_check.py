"""The start-up check of the audit log: silent while the chain holds; a warning naming the first
bad entry (without blocking the window) once a row was edited in the database."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from villagedesk.core.members.model import MemberDraft
from villagedesk.core.members.services import register_member
from villagedesk.ui.audit.startup_check import check_audit_log
from villagedesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _boxes(window: QWidget) -> list[QMessageBox]:
    """The visible message boxes over ``window`` (an earlier test's leftovers are not ours)."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.parentWidget() is window
    ]


def _write(ctx: AppContext, name: str = "刘芳", id_number: str = "110105198507120028") -> None:
    register_member(
        ctx.store.uow_factory(),
        today=ctx.today(),
        draft=MemberDraft(name=name, id_number=id_number),
    )


def test_a_sound_log_shows_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    _write(ctx)
    window = QWidget()
    qtbot.addWidget(window)
    handle = check_audit_log(ctx, window)
    qtbot.waitUntil(lambda: handle.is_done)
    assert handle.result is not None and handle.result.ok
    assert _boxes(window) == []


def test_an_edited_row_is_named_in_a_warning(ctx: AppContext, qtbot: QtBot, zh_cn: object) -> None:
    _write(ctx)
    _write(ctx, name="王强", id_number="110105199001011232")
    with sqlite3.connect(ctx.store.db_path) as raw:
        seq = raw.execute("SELECT min(seq) FROM audit_log WHERE kind = 'write'").fetchone()[0]
        raw.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        raw.execute(f"UPDATE audit_log SET device = 'elsewhere' WHERE seq = {seq}")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    handle = check_audit_log(ctx, window)
    qtbot.waitUntil(lambda: handle.is_done and bool(_boxes(window)))
    assert handle.result is not None and handle.result.bad_seq == seq
    (box,) = _boxes(window)
    assert f"操作日志第 {seq} 条在写入后被修改" in box.text()
    assert box.windowModality() == Qt.WindowModality.WindowModal  # the window goes on
    box.close()
