"""民情诉求 page filters: each one hides the requests it should (channel, type, category, 责任人,
receipt dates, household, a figure's ids, combined with the "show" views); a bad date is refused
beside its field in Chinese and the list stays as it was; the time left of each row is told in
words and colour."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.ui.requests.steps_setup import open_page, settle
from villagedesk.core.calendar.holidays import bundled_table
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.ownership import StationScope
from villagedesk.core.requests.handling import assign_request
from villagedesk.core.requests.model import (
    Handler,
    RequestDraft,
    Requester,
    RequesterKind,
    RequestType,
    RequestValues,
    Urgency,
)
from villagedesk.core.requests.record import Request, RequestProgress, RequestQuery
from villagedesk.core.requests.services import add_request
from villagedesk.core.requests.state import RequestState
from villagedesk.ui.context import AppContext
from villagedesk.ui.registers.rows_model import ALERT_COLOR
from villagedesk.ui.requests.page import RequestsPage
from villagedesk.ui.requests.request_model import (
    DUE_TODAY_COLOR,
    RequestsModel,
    ShownRequests,
)
from villagedesk.ui.requests.station_time import ContextClock

FOREGROUND = Qt.ItemDataRole.ForegroundRole


class Requests:
    """Four requests that differ in every filtered field."""

    def __init__(self, ctx: AppContext) -> None:
        f, clock = ctx.store.uow_factory, ContextClock(ctx)
        self.household = hs.create_household(f(), draft=HouseholdDraft(address="东河村3组12号")).id

        def add(**fields: object) -> int:
            values: dict[str, object] = {
                "content": "3组路灯坏了三盏",
                "requester_kind": "named",
                "requester_name": "赵大娘",
                "received_by": "李书记",
                **fields,
            }
            return add_request(f(), draft=RequestDraft(**values), clock=clock).id  # type: ignore[arg-type]

        self.lamp = add(
            kind="help", channel="电话", category="基础设施", received_at="2024-06-03 09:00"
        )
        self.noise = add(
            kind="complaint", channel="走访", category="邻里关系", received_at="2024-06-12 10:00"
        )
        self.road = add(
            kind="suggestion",
            channel="意见箱",
            category="基础设施",
            household_id=self.household,
            received_at="2024-05-20 08:30",
        )
        self.ask = add(
            kind="consultation", channel="电话", category="其他", received_at="2024-06-14 16:00"
        )
        assign_request(f(), request_id=self.lamp, assignee=Handler("王主任"), clock=clock)
        assign_request(f(), request_id=self.noise, assignee=Handler("刘网格员"), clock=clock)

    @property
    def all(self) -> set[int]:
        return {self.lamp, self.noise, self.road, self.ask}


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> RequestsPage:
    return open_page(ctx, qtbot)


@pytest.fixture
def made(page: RequestsPage, ctx: AppContext) -> Requests:
    made = Requests(ctx)
    ctx.hub.publish_all()
    settle(ctx)
    assert {r.id for r in page.requests} == made.all
    return made


def _shown(page: RequestsPage, ctx: AppContext) -> set[int]:
    settle(ctx)
    return {r.id for r in page.requests}


def _pick(page: RequestsPage, box_name: str, data: str) -> None:
    box = getattr(page.filters, box_name)
    index = box.findData(data)
    assert index >= 0, (box_name, data)
    box.setCurrentIndex(index)


def _type(field: QLineEdit, text: str) -> None:
    """Type ``text`` (QTest types ASCII only: the text is set) and press Enter."""
    field.setFocus()
    field.setText(text)
    QTest.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("box", "data", "left"),
    [
        ("channel_box", "电话", {"lamp", "ask"}),
        ("kind_box", RequestType.COMPLAINT.value, {"noise"}),
        ("category_box", "基础设施", {"lamp", "road"}),
    ],
)
def test_each_list_filter_hides_the_other_requests(
    page: RequestsPage, ctx: AppContext, made: Requests, box: str, data: str, left: set[str]
) -> None:
    _pick(page, box, data)
    assert _shown(page, ctx) == {getattr(made, name) for name in left}
    getattr(page.filters, box).setCurrentIndex(0)
    assert _shown(page, ctx) == made.all


def test_the_channels_and_categories_are_the_stations_lists(page: RequestsPage) -> None:
    channels = [
        page.filters.channel_box.itemData(i) for i in range(page.filters.channel_box.count())
    ]
    assert "12345转办" in channels and "逢四说事" in channels
    assert page.filters.category_box.findData("环境卫生") > 0


def test_the_person_responsible_shows_only_their_requests(
    page: RequestsPage, ctx: AppContext, made: Requests
) -> None:
    _type(page.filters.assignee, "王主任")
    assert _shown(page, ctx) == {made.lamp}
    completions = page.filters.assignee.completer().model()
    names = [completions.index(r, 0).data() for r in range(completions.rowCount())]
    assert names == ["王主任"]  # the names of the requests shown
    _type(page.filters.assignee, "")
    assert _shown(page, ctx) == made.all
    _type(page.filters.assignee, "刘网格员")
    assert _shown(page, ctx) == {made.noise}


def test_the_receipt_dates_bound_the_list_both_spellings(
    page: RequestsPage, ctx: AppContext, made: Requests
) -> None:
    _type(page.filters.date_from, "2024-06-01")
    assert _shown(page, ctx) == {made.lamp, made.noise, made.ask}
    _type(page.filters.date_to, "2024.06.12")
    assert _shown(page, ctx) == {made.lamp, made.noise}
    assert page.filters.date_error.isHidden()


def test_a_bad_date_is_refused_in_chinese_and_not_applied(
    page: RequestsPage, ctx: AppContext, made: Requests, zh_cn: object
) -> None:
    _type(page.filters.date_from, "2024-06-01")
    assert _shown(page, ctx) == {made.lamp, made.noise, made.ask}
    _type(page.filters.date_to, "2024-13-45")
    assert not page.filters.date_error.isHidden()
    assert "日期" in page.filters.date_error.text()
    assert _shown(page, ctx) == {made.lamp, made.noise, made.ask}  # as it was
    _type(page.filters.date_to, "2024.05.31")  # before the first day: refused too
    assert not page.filters.date_error.isHidden()
    assert _shown(page, ctx) == {made.lamp, made.noise, made.ask}
    _type(page.filters.date_to, "")
    assert page.filters.date_error.isHidden()


def test_the_household_page_shows_its_households_requests(
    page: RequestsPage, ctx: AppContext, made: Requests
) -> None:
    _pick(page, "channel_box", "电话")
    page.show_household(made.household, "东河村3组12号")
    assert _shown(page, ctx) == {made.road}  # the other filters cleared
    assert "东河村3组12号" in page.filters.household_label.text()
    assert page.filters.household_label.isVisible()
    page.filters.household_clear.click()
    assert _shown(page, ctx) == made.all
    assert not page.filters.household_label.isVisible()


def test_filters_combine_with_a_view_and_a_tile_list(
    page: RequestsPage, ctx: AppContext, made: Requests
) -> None:
    page.show_box.setCurrentIndex(page.show_box.findData("unassigned"))
    assert _shown(page, ctx) == {made.road, made.ask}
    _pick(page, "channel_box", "电话")
    assert _shown(page, ctx) == {made.ask}
    page.show_query(RequestQuery(ids=frozenset({made.lamp, made.road})), "解决率")
    assert _shown(page, ctx) == {made.lamp, made.road}
    assert page.show_box.currentText() == "解决率"
    assert page.filters.channel_box.currentIndex() == 0  # cleared by the tile's list


def _request(due_at: datetime, state: RequestState = RequestState.IN_PROGRESS) -> Request:
    values = RequestValues(
        content="路灯坏了",
        kind=RequestType.HELP,
        urgency=Urgency.NORMAL,
        channel="电话",
        ticket="",
        category="",
        requester=Requester(RequesterKind.ANONYMOUS),
        household_id=None,
        essential_service=False,
        place="",
        received_by="",
        received_at=datetime(2024, 6, 10, 9, 0),
    )
    progress = RequestProgress(state=state, assignee=Handler("王主任"), due_at=due_at)
    return Request(1, "DHC-2024-0001", values, progress)


def test_the_time_left_is_told_and_coloured(
    qtmodeltester: object, qapp: object, zh_cn: object
) -> None:
    now = datetime(2024, 6, 14, 10, 0)  # a Friday
    model = RequestsModel()
    rows = [
        _request(datetime(2024, 6, 14, 0, 0)),  # the 13th was the last day
        _request(datetime(2024, 6, 14, 12, 0)),  # 2 hours on
        _request(datetime(2024, 6, 18, 0, 0)),  # end of Monday 17th: next working day
        _request(datetime(2024, 6, 20, 0, 0)),  # end of Wednesday 19th
        _request(datetime(2024, 6, 20, 0, 0), RequestState.SUSPENDED),  # the clock stands
    ]
    model.set_requests(ShownRequests(rows, now, bundled_table()), StationScope())
    left = model.spec.keys.index("time_left")
    texts = [str(model.data(model.index(r, left))) for r in range(len(rows))]
    assert texts == ["超期 1 天", "剩 2 小时", "剩 1 个工作日", "剩 3 个工作日", ""]
    colors = [model.data(model.index(r, 0), FOREGROUND) for r in range(len(rows))]
    assert colors[:3] == [QColor(ALERT_COLOR), QColor(DUE_TODAY_COLOR), QColor(DUE_TODAY_COLOR)]
    assert colors[3:] == [None, None]
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_page_shows_the_time_left_column(
    page: RequestsPage, ctx: AppContext, made: Requests
) -> None:
    left = page.model.spec.keys.index("time_left")
    assert left == page.model.spec.keys.index("due") + 1
    row = [r.id for r in page.requests].index(made.lamp)
    assert page.model.text(row, left)  # assigned, held against its deadline
