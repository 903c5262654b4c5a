"""工作台: the start page opens first, counts today's work in tiles that open their lists, tells
the next 民情接待日 and who is on duty, and walks a new station through its first steps."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from villagedesk.core.requests.handling import assign_request
from villagedesk.core.requests.model import Handler, RequestDraft
from villagedesk.core.requests.reception import ReceptionSchedule
from villagedesk.core.requests.reception_days import save_reception_schedule
from villagedesk.core.requests.services import add_request
from villagedesk.core.services.station_setup import set_up_station
from villagedesk.core.services.workbench import Tile
from villagedesk.core.station import StationDraft
from villagedesk.ui import navigation
from villagedesk.ui.context import AppContext
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.requests.page import RequestsPage
from villagedesk.ui.requests.record_dialog import RecordDialog
from villagedesk.ui.workbench.page import WorkbenchPage
from villagedesk.ui.workbench.schedule_dialog import ScheduleDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TODAY = date(2026, 6, 4)  # a Thursday, the 4th: 逢四说事


def _set_up(ctx: AppContext) -> None:
    draft = StationDraft(name="东河村党群服务站", code="370323104203", level="village")
    set_up_station(ctx.store.uow_factory(), draft=draft)
    ctx.refresh_station()
    ctx.set_today(TODAY)


def _request(ctx: AppContext, received: str, content: str) -> int:
    draft = RequestDraft(
        content=content,
        kind="help",
        channel="电话",
        category="基础设施",
        requester_kind="named",
        requester_name="赵大娘",
        received_by="李书记",
        received_at=received,
    )
    return add_request(ctx.store.uow_factory(), draft=draft).id


def _settled(ctx: AppContext) -> None:
    ctx.jobs.wait_idle()
    ctx.jobs.wait_idle()


def _window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    _settled(ctx)
    return window


def _start_page(window: MainWindow) -> WorkbenchPage:
    page = window.current_page()
    assert isinstance(page, WorkbenchPage)
    return page


def test_the_start_page_opens_first_and_a_tile_opens_its_list(
    ctx: AppContext, qtbot: QtBot
) -> None:
    _set_up(ctx)
    late = _request(ctx, "2026-05-06 09:00", "路灯坏了一个月")
    waiting = _request(ctx, "2026-06-04 08:00", "水管漏水")
    assign_request(ctx.store.uow_factory(), request_id=waiting, assignee=Handler("王主任"))
    window = _window(ctx, qtbot)
    page = _start_page(window)
    assert window.nav.currentRow() == 0
    assert page.tiles[Tile.OVERDUE].text().startswith("1\n")
    assert page.tiles[Tile.AWAITING_SIGNATURE].text().startswith("1\n")
    assert page.tiles[Tile.AWAITING_FOLLOW_UP].text().startswith("0\n")
    page.tiles[Tile.OVERDUE].click()
    _settled(ctx)
    shown = window.current_page()
    assert isinstance(shown, RequestsPage)
    assert [r.id for r in shown.requests] == [late]


def test_counts_follow_a_new_request(ctx: AppContext, qtbot: QtBot) -> None:
    _set_up(ctx)
    window = _window(ctx, qtbot)
    page = _start_page(window)
    assert page.tiles[Tile.OVERDUE].text().startswith("0\n")
    page.record_button.click()
    dialog = _requests(window).dialog
    assert isinstance(dialog, RecordDialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("电话"))
    dialog.requester_name.setText("赵大娘")
    dialog.kind.setCurrentIndex(dialog.kind.findData("help"))
    dialog.category.setCurrentIndex(dialog.category.findData("基础设施"))
    dialog.content.setPlainText("3组路灯坏了三盏")
    dialog.received_by.setText("李书记")
    dialog.received_at.setText("2026-05-06 09:00")
    dialog.accept()
    _settled(ctx)
    assert dialog.saved is not None
    assert page.tiles[Tile.OVERDUE].text().startswith("1\n")


def _requests(window: MainWindow) -> RequestsPage:
    page = window.current_page()
    assert isinstance(page, RequestsPage)
    return page


def test_the_reception_day_its_duty_and_a_visit_recorded(ctx: AppContext, qtbot: QtBot) -> None:
    _set_up(ctx)
    schedule = ReceptionSchedule(month_days=frozenset({4, 14, 24}), roster=("李书记",))
    save_reception_schedule(ctx.store.uow_factory(), schedule=schedule, today=TODAY)
    window = _window(ctx, qtbot)
    page = _start_page(window)
    assert "Today is a reception day" in page.reception_label.text()
    assert "李书记" in page.reception_label.text()
    assert page.visit_button.isEnabled()
    assert not page.visitors_button.isEnabled()
    page.visit_button.click()
    dialog = _requests(window).dialog
    assert isinstance(dialog, RecordDialog)
    assert dialog.channel.currentData() == "民情接待日"
    dialog.requester_name.setText("赵大娘")
    dialog.kind.setCurrentIndex(dialog.kind.findData("help"))
    dialog.category.setCurrentIndex(dialog.category.findData("基础设施"))
    dialog.content.setPlainText("低保复核材料不会填")
    dialog.received_by.setText("李书记")
    dialog.accept()
    _settled(ctx)
    assert dialog.saved is not None
    window.show_register(navigation.workbench_page)
    _settled(ctx)
    assert page.visitors_button.isEnabled() and "(1)" in page.visitors_button.text()
    page.visitors_button.click()
    _settled(ctx)
    assert [r.id for r in _requests(window).requests] == [dialog.saved.id]


def test_the_schedule_is_saved_and_bad_days_are_refused(ctx: AppContext, qtbot: QtBot) -> None:
    _set_up(ctx)
    window = _window(ctx, qtbot)
    page = _start_page(window)
    assert not page.visit_button.isEnabled()
    dialog = page.edit_schedule()
    assert isinstance(dialog, ScheduleDialog)
    dialog.month_days.setText("4, 41")
    dialog.roster.setPlainText("李书记\n王主任")
    dialog.accept()
    _settled(ctx)
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.errors.texts().get("month_days")
    dialog.month_days.setText("4、14、24")
    dialog.accept()
    _settled(ctx)
    assert dialog.saved is not None
    assert page.visit_button.isEnabled()  # today is the 4th
    assert "李书记" in page.reception_label.text()


def test_a_new_station_sees_its_first_steps(ctx: AppContext, qtbot: QtBot) -> None:
    _set_up(ctx)
    window = _window(ctx, qtbot)
    page = _start_page(window)
    assert page.steps_box.isVisible()
    assert page.step_buttons["station"].text().endswith("✓")
    assert not page.step_buttons["members"].text().endswith("✓")
