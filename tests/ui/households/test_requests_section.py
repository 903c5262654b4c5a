"""The household page's 民情诉求 section: the household's requests with their state, overdue ones
in red, and requests recorded from the page for the household or for one of its residents."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.ui.households.village import village
from villagedesk.core.households.services import household_residents
from villagedesk.core.requests.model import RequestDraft, RequesterKind, RequestType
from villagedesk.core.requests.services import add_request, get_request
from villagedesk.ui.context import AppContext
from villagedesk.ui.households.household_page import HouseholdPageDialog
from villagedesk.ui.registers.rows_model import ALERT_COLOR
from villagedesk.ui.requests.record_dialog import RecordDialog
from villagedesk.ui.requests.station_time import ContextClock


def _add(ctx: AppContext, draft: RequestDraft) -> str:
    saved = add_request(ctx.store.uow_factory(), draft=draft, clock=ContextClock(ctx))
    return get_request(ctx.store.uow_factory(), request_id=saved.id).request.number


TYPED = RequestDraft(
    content="院墙裂缝，雨天漏水",
    kind="help",
    channel="电话",
    requester_kind="named",
    requester_name="赵大娘",
    received_by="李书记",
)


def _page(ctx: AppContext, qtbot: QtBot, hid: int) -> HouseholdPageDialog:
    page = HouseholdPageDialog(ctx, hid)
    qtbot.addWidget(page)
    page.show()
    return page


def _column(page: HouseholdPageDialog, key: str) -> list[str]:
    model = page.requests.model
    column = model.spec.keys.index(key)
    return [model.text(row, column) for row in range(model.rowCount())]


def _fill(dialog: RecordDialog) -> None:
    dialog.channel.setCurrentIndex(dialog.channel.findData("电话"))
    dialog.kind.setCurrentIndex(dialog.kind.findData(RequestType.HELP.value))
    dialog.content.setPlainText("门前排水沟堵了")
    dialog.received_by.setText("李书记")


def test_the_page_lists_the_households_requests_and_a_new_one(
    ctx: AppContext, qtbot: QtBot
) -> None:
    hid = village(ctx)
    spouse = household_residents(ctx.store.uow_factory(), household_id=hid)[1]
    late = _add(
        ctx,
        replace(
            TYPED,
            requester_kind="resident",
            person_id=spouse.id,
            requester_name="",
            kind="consultation",
            received_at="2024-05-06 09:00",
        ),
    )
    _add(ctx, TYPED)  # nobody's household: not on the page
    page = _page(ctx, qtbot, hid)
    assert page.requests.numbers() == [late]
    assert "Residents' requests (1)" in page.requests.title()
    assert _column(page, "state") == ["To be assigned"]
    assert _column(page, "summary") == ["院墙裂缝，雨天漏水"]
    headers = [
        page.requests.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(page.requests.model.columnCount())
    ]
    assert headers == ["Number", "Received on", "Summary", "State", "Responsible", "Time limit"]
    overdue = page.requests.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert overdue == QColor(ALERT_COLOR)  # 咨询 of 3 working days, received in May

    page.requests.record_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RecordDialog)
    dialog.requester_name.setText("过路人")
    _fill(dialog)
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    ctx.jobs.wait_idle()
    assert len(page.requests.numbers()) == 2 and page.requests.numbers()[1] == late
    assert "Residents' requests (2)" in page.requests.title()
    assert _column(page, "summary")[0] == "门前排水沟堵了"
    fresh = page.requests.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert fresh != QColor(ALERT_COLOR)


def test_the_residents_action_presets_the_requester(ctx: AppContext, qtbot: QtBot) -> None:
    hid = village(ctx)
    spouse = household_residents(ctx.store.uow_factory(), household_id=hid)[1]
    page = _page(ctx, qtbot, hid)
    assert not page.resident_request_button.isEnabled()  # no resident chosen yet
    page.views["residents"].selectRow(1)
    assert page.resident_request_button.isEnabled()
    page.resident_request_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RecordDialog)
    assert dialog.requester.kind() is RequesterKind.RESIDENT
    assert dialog.requester.residents.chosen_id() == spouse.id
    assert dialog.requester.residents.search.text().startswith("李秀英")
    _fill(dialog)
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    ctx.jobs.wait_idle()
    request = get_request(ctx.store.uow_factory(), request_id=dialog.saved.id).request
    assert request.values.requester.name == "李秀英"
    assert request.values.household_id == hid
    assert page.requests.numbers() == [request.number]
