"""The village profile page: read as a job, it shows the totals, each group's row with its
numbers (the long group name whole, 未关联户 and 合计 last), the relief groups; it reads again
when a household changes; 打印… makes the one-page sheet in the print preview."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from tests.store.conftest import STATION
from tests.store.village_profile.seed import LONG_GROUP, seed
from tests.ui.print_helpers import pdf_pages, pdf_text
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.ui.context import AppContext
from villagedesk.ui.village_profile.page import VillageProfilePage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _rows(table: QTableWidget) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in range(table.rowCount()):
        cells = [table.item(r, c) for c in range(table.columnCount())]
        texts = [c.text() if c is not None else "" for c in cells]
        out[texts[0]] = texts[1:]
    return out


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> VillageProfilePage:
    with ctx.store.uow_factory() as uow:
        uow.station.save(STATION)
        uow.commit()
    seed(ctx.store)
    shown = VillageProfilePage(ctx)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.shown is not None and not ctx.jobs.busy)
    return shown


def test_the_page_shows_each_group_row_with_its_numbers(page: VillageProfilePage) -> None:
    rows = _rows(page.groups)
    assert list(rows) == ["1组", "2组", LONG_GROUP, "No group", "No household", "Total"]
    assert rows["1组"] == ["2", "3", "1", "2", "2", "1", "1", "0"]
    assert rows["No household"] == ["0", "0", "0", "0", "1", "0", "1", "0"]
    assert rows["Total"] == ["5", "6", "2", "3", "3", "1", "2", "1"]
    assert [f.text() for f in page.figures] == ["5", "6", "3", "3", "3", "1", "2", "1"]
    assert "东河村党群服务站" in page.summary.text()
    relief = _rows(page.relief)
    assert relief["低保对象"] == ["2"] and relief["留守老人"] == ["2"]


def test_a_new_household_is_counted_after_the_change(
    page: VillageProfilePage, ctx: AppContext, qtbot: QtBot
) -> None:
    hs.create_household(
        ctx.store.uow_factory(), draft=HouseholdDraft(address="东河村3组1号", grid="3组")
    )
    ctx.hub.publish(Changes.of(Topic.HOUSEHOLDS))
    qtbot.waitUntil(lambda: "3组" in _rows(page.groups) and not ctx.jobs.busy)
    assert _rows(page.groups)["3组"][0] == "1"
    assert page.figures[0].text() == "6"


def test_print_makes_the_one_page_sheet(
    page: VillageProfilePage, ctx: AppContext, qtbot: QtBot
) -> None:
    page.print_button.click()
    flow = page.print_actions().flow
    qtbot.waitUntil(lambda: flow.preview is not None, timeout=20000)
    assert flow.last_path is not None
    assert pdf_pages(flow.last_path) == 1
    assert "1组" in pdf_text(flow.last_path)
    flow.preview.close()
