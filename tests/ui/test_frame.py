"""The main window and its start-up: Chinese, first-start set-up, status bar, lock, backups."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from villagedesk.core.errors import DomainError, WritesHeld
from villagedesk.core.search import parse_search
from villagedesk.core.services.station_setup import set_up_station
from villagedesk.core.station import StationDraft
from villagedesk.store import backup
from villagedesk.store.station_store import CHECKING, READ_ONLY, open_station_store
from villagedesk.ui.backup.actions import run_restore
from villagedesk.ui.backup.restore_dialog import RestoreDialog
from villagedesk.ui.context import AppContext, make_context
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.settings import Settings
from villagedesk.ui.settings_dialog import SettingsDialog
from villagedesk.ui.startup import StartupChecks, begin_after_first_paint
from villagedesk.ui.station_dialog import StationDialog

# The offscreen platform warns whenever a dialog is shown; that says nothing about our code.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def _set_up(ctx: AppContext) -> None:
    draft = StationDraft(name="东河村党群服务站", code="370323104203", level="village")
    set_up_station(ctx.store.uow_factory(), draft=draft)
    ctx.refresh_station()


def _started(ctx: AppContext, window: MainWindow, qtbot: QtBot) -> StartupChecks:
    ctx.store.uow_factory.hold(CHECKING)  # as run_gui opens the store
    window.show()
    checks = begin_after_first_paint(ctx, window)
    qtbot.waitUntil(lambda: checks.problems is not None)
    return checks


def _visible_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_main_window_opens_in_chinese(ctx: AppContext, qtbot: QtBot, zh_cn: object) -> None:
    window = _window(ctx, qtbot)
    assert window.windowTitle() == "村级党群服务站工作台"
    assert window.nav_titles() == [
        "工作台",
        "党员花名册",
        "党支部/党小组",
        "户籍与居民",
        "包村联户",
        "民情诉求",
        "矛盾纠纷",
        "村情档案",
        "操作日志",
        "在职党员报到",
        "统计",
        "数据同步",
    ]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "打印(&P)", "工具(&T)", "帮助(&H)"]


def test_status_bar_shows_the_data_folder_and_station(ctx: AppContext, qtbot: QtBot) -> None:
    _set_up(ctx)
    window = _window(ctx, qtbot)
    labels = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert any(str(ctx.data_dir) in text for text in labels)
    assert any("东河村党群服务站" in t and "370323104203" in t for t in labels)


def test_pages_are_created_on_first_visit(ctx: AppContext, qtbot: QtBot) -> None:
    window = _window(ctx, qtbot)
    assert window.pages[0] is not None and window.pages[2] is None
    window.nav.setCurrentRow(2)
    assert window.pages[2] is not None
    assert window.stack.currentWidget() is window.pages[2]


def test_first_start_asks_for_the_station_and_saves_it(ctx: AppContext, qtbot: QtBot) -> None:
    window = _window(ctx, qtbot)
    _started(ctx, window, qtbot)
    qtbot.waitUntil(lambda: window.station_dialog is not None and window.station_dialog.isVisible())
    dialog = window.station_dialog
    assert dialog is not None

    dialog.save_button.click()  # nothing filled in
    qtbot.waitUntil(lambda: _error_shown(dialog, "code"))
    assert _error_shown(dialog, "name")  # all errors at once
    assert dialog.isVisible()

    dialog.name.setText("东河村党群服务站")
    dialog.code.setText("370323104203")
    dialog.contact_name.setText("王秀英")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: window.station_dialog is None)
    station = ctx.station()
    assert station is not None and station.code == "370323104203"
    assert "东河村党群服务站" in window.station_label.text()


def test_cancelling_the_first_start_set_up_closes_the_window(ctx: AppContext, qtbot: QtBot) -> None:
    window = _window(ctx, qtbot)
    _started(ctx, window, qtbot)
    qtbot.waitUntil(lambda: window.station_dialog is not None and window.station_dialog.isVisible())
    assert window.station_dialog is not None
    window.station_dialog.reject()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_daily_backup_runs_after_the_window_is_shown(ctx: AppContext, qtbot: QtBot) -> None:
    _set_up(ctx)
    window = _window(ctx, qtbot)
    assert backup.list_backups(ctx.store.backups_dir) == []
    checks = _started(ctx, window, qtbot)
    qtbot.waitUntil(lambda: checks.daily_backup is not None)
    kinds = [b.kind for b in backup.list_backups(ctx.store.backups_dir)]
    assert kinds == ["daily"]
    assert window.station_dialog is None  # the station exists: no set-up dialog
    with ctx.store.uow_factory():  # writes were released: no WritesHeld
        pass


def test_a_failed_check_keeps_the_program_read_only(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_up(ctx)
    store = ctx.store
    real_check = store.check

    def broken() -> list[str]:
        real_check()
        store.problems = ["*** in database main *** Page 7: btreeInitPage() returns error code 11"]
        store.uow_factory.hold(READ_ONLY)
        return store.problems

    monkeypatch.setattr(store, "check", broken)
    window = _window(ctx, qtbot)
    checks = _started(ctx, window, qtbot)
    assert checks.problems
    assert window.read_only_label.isVisible()
    assert not window.demo_action.isEnabled()
    with pytest.raises(WritesHeld), store.uow_factory():
        pass
    qtbot.waitUntil(lambda: checks.offer_box is not None and checks.offer_box.isVisible())
    assert checks.daily_backup is None
    checks.offer_box.close()  # type: ignore[union-attr]


def test_the_database_is_read_while_the_quick_check_runs(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big station's quick check takes seconds: the start page's reads (database jobs) do not
    wait behind it."""
    _set_up(ctx)
    store = ctx.store
    real_check = store.check
    entered, release = threading.Event(), threading.Event()

    def slow() -> list[str]:
        entered.set()
        release.wait(10)
        return real_check()

    monkeypatch.setattr(store, "check", slow)
    window = _window(ctx, qtbot)
    ctx.store.uow_factory.hold(CHECKING)
    window.show()
    checks = begin_after_first_paint(ctx, window)
    qtbot.waitUntil(entered.is_set)
    read: list[int] = []
    ctx.jobs.run(
        lambda _p: len(ctx.readers.members().search_ids(parse_search(""))),
        title="",
        on_done=read.append,
        show_after_ms=-1,
    )
    try:
        qtbot.waitUntil(lambda: read != [], timeout=5000)
        assert checks.problems is None  # the check was still running
    finally:
        release.set()
    qtbot.waitUntil(lambda: checks.problems is not None)
    assert checks.problems == []


def test_a_second_program_on_the_same_folder_is_refused(ctx: AppContext) -> None:
    with pytest.raises(DomainError) as refused:
        open_station_store(ctx.data_dir, now=datetime.now())
    assert str(ctx.data_dir) in str(refused.value.message.params["path"])
    ctx.close()
    reopened = open_station_store(ctx.data_dir, now=datetime.now())  # free once closed
    reopened.close()


def test_window_geometry_is_remembered(data_dir: Path, qtbot: QtBot) -> None:
    first = make_context(data_dir)
    try:
        window = MainWindow(first)
        qtbot.addWidget(window)
        window.resize(760, 520)
        window.show()
        window.close()
    finally:
        first.close()
    second = make_context(data_dir)
    try:
        again = MainWindow(second)
        qtbot.addWidget(again)
        assert (again.width(), again.height()) == (760, 520)
    finally:
        second.close()


def test_restoring_a_backup_brings_the_old_data_back(ctx: AppContext, qtbot: QtBot) -> None:
    _set_up(ctx)
    saved = ctx.store.backup_now(datetime(2024, 6, 14, 9, 0))
    draft = StationDraft(name="西河村党群服务站", code="370323104204", level="village")
    set_up_station(ctx.store.uow_factory(), draft=draft)
    ctx.refresh_station()
    window = _window(ctx, qtbot)
    dialog = RestoreDialog(ctx, window)
    assert dialog.table.rowCount() == 1
    published: list[object] = []
    ctx.hub.changed.connect(published.append)
    run_restore(ctx, window, saved)
    assert ctx.jobs.wait_idle()
    station = ctx.station()
    assert station is not None and station.name == "东河村党群服务站"
    assert published  # every screen was told
    assert "东河村党群服务站" in window.station_label.text()
    kinds = {b.kind for b in backup.list_backups(ctx.store.backups_dir)}
    assert "pre-restore" in kinds
    for box in _visible_boxes():
        box.close()


def test_settings_dialog_stores_the_language(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert Settings(ctx.data_dir).language.value == "en"


def test_check_database_reports_records_that_break_a_rule(ctx: AppContext, qtbot: QtBot) -> None:
    import sqlite3

    from villagedesk.core.services.demo import fill_demo

    _set_up(ctx)
    fill_demo(ctx.store.uow_factory(), members=12, seed=7, today=ctx.today())
    window = _window(ctx, qtbot)
    window.check_database()
    qtbot.waitUntil(lambda: bool(_visible_boxes()))
    [passed] = _visible_boxes()
    assert "every record follows the rules" in passed.text()
    passed.close()

    conn = sqlite3.connect(ctx.store.db_path)
    try:
        name, number = conn.execute("SELECT name, id_number FROM members LIMIT 1").fetchone()
        wrong = number[:17] + ("0" if number[17] != "0" else "1")
        conn.execute("UPDATE members SET id_number = ? WHERE name = ?", (wrong, name))
        conn.commit()
    finally:
        conn.close()
    window.check_database()
    qtbot.waitUntil(lambda: bool(_visible_boxes()))
    [box] = _visible_boxes()
    assert box.objectName() == "record_problems"
    assert "1 records break a rule" in box.text() and name in box.informativeText()
    assert wrong not in box.informativeText() + box.detailedText()
    assert not window.read_only  # a record that breaks a rule is not damage: work goes on
    box.close()


def _error_shown(dialog: StationDialog, key: str) -> bool:
    label = dialog.errors.label_for(key)
    return label is not None and label.isVisible()
