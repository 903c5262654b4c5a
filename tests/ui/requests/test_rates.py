"""三率统计 from the requests page: a hand-computed figure (2 of the 3 followed up are solved →
66.7%), with its formula beside it; clicking the number lists exactly those requests on the
page; 打印… makes the period's 三率 sheet with the rates in it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from tests.ui.print_helpers import pdf_text
from tests.ui.requests.steps_setup import new_request, open_page, replied, settle
from villagedesk.core.requests.closing import follow_up
from villagedesk.core.requests.figures import RateKey
from villagedesk.ui.context import AppContext
from villagedesk.ui.printing.preview import PreviewDialog
from villagedesk.ui.requests.page import RequestsPage
from villagedesk.ui.requests.rates_dialog import RatesDialog, month_of
from villagedesk.ui.requests.station_time import ContextClock

SOLVED_ROW = list(RateKey).index(RateKey.SOLVED)
VALUE, COUNTED, OF, FORMULA = 1, 2, 3, 4


class Followed:
    """Three requests replied to and followed up (two solved, one not), one only recorded."""

    def __init__(self, ctx: AppContext) -> None:
        self.solved = (replied(ctx), replied(ctx))
        self.unsolved = replied(ctx)
        self.fresh = new_request(ctx)
        clock, f = ContextClock(ctx), ctx.store.uow_factory
        for rid in self.solved:
            follow_up(
                f(), request_id=rid, resolution="solved", satisfaction="satisfied", clock=clock
            )
        follow_up(
            f(),
            request_id=self.unsolved,
            resolution="unsolved",
            satisfaction="dissatisfied",
            clock=clock,
        )

    @property
    def followed(self) -> set[int]:
        return {*self.solved, self.unsolved}


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> Iterator[RequestsPage]:
    page = open_page(ctx, qtbot)
    yield page
    ctx.jobs.wait_idle()


@pytest.fixture
def followed(page: RequestsPage, ctx: AppContext) -> Followed:
    made = Followed(ctx)
    ctx.hub.publish_all()
    settle(ctx)
    return made


def _rates(page: RequestsPage, ctx: AppContext, qtbot: QtBot) -> RatesDialog:
    page.rates_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RatesDialog)
    settle(ctx)
    qtbot.waitUntil(lambda: dialog.sheet is not None)
    return dialog


def _click(qtbot: QtBot, table: QTableWidget, row: int, column: int) -> None:
    item = table.item(row, column)
    assert item is not None
    table.scrollToItem(item)
    point = table.visualItemRect(item).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def test_the_period_is_this_month_by_default(
    page: RequestsPage, ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = _rates(page, ctx, qtbot)
    assert dialog.period() == (date(2024, 6, 1), date(2024, 6, 30))
    assert month_of(date(2024, 2, 10)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert _text(dialog.overall, SOLVED_ROW, VALUE) == "—"  # nothing followed up yet


def test_the_resolution_rate_is_two_of_three_and_opens_its_requests(
    page: RequestsPage, ctx: AppContext, qtbot: QtBot, followed: Followed
) -> None:
    dialog = _rates(page, ctx, qtbot)
    table = dialog.overall
    assert _text(table, SOLVED_ROW, 0) == "Resolution rate"
    assert _text(table, SOLVED_ROW, VALUE) == "66.7%"
    assert (_text(table, SOLVED_ROW, COUNTED), _text(table, SOLVED_ROW, OF)) == ("2", "3")
    assert "÷ requests followed up" in _text(table, SOLVED_ROW, FORMULA)

    _click(qtbot, table, SOLVED_ROW, VALUE)
    settle(ctx)
    assert {r.id for r in page.requests} == set(followed.solved)
    assert "Resolution rate" in page.show_box.currentText()

    _click(qtbot, table, SOLVED_ROW, OF)
    settle(ctx)
    assert {r.id for r in page.requests} == followed.followed


def test_the_rates_per_channel_open_their_requests(
    page: RequestsPage, ctx: AppContext, qtbot: QtBot, followed: Followed
) -> None:
    dialog = _rates(page, ctx, qtbot)
    groups = dialog.groups
    assert groups.rowCount() == 1 and _text(groups, 0, 0) == "电话"
    solved = 2 + list(RateKey).index(RateKey.SOLVED)
    assert _text(groups, 0, 1) == "4"
    assert _text(groups, 0, solved) == "66.7% (2/3)"
    _click(qtbot, groups, 0, 1)
    settle(ctx)
    assert {r.id for r in page.requests} == followed.followed | {followed.fresh}
    dialog.group_box.setCurrentIndex(dialog.group_box.findData("assignee"))
    assert _text(groups, 0, 0) == "王主任" and _text(groups, 0, 1) == "3"


def test_printing_the_sheet_makes_a_pdf_with_the_rate(
    page: RequestsPage, ctx: AppContext, qtbot: QtBot, followed: Followed
) -> None:
    del followed
    dialog = _rates(page, ctx, qtbot)
    dialog.print_button.click()
    assert ctx.jobs.wait_idle()
    qtbot.waitUntil(lambda: page.print_actions().flow.preview is not None)
    preview = page.print_actions().flow.preview
    assert isinstance(preview, PreviewDialog)
    text = "".join(pdf_text(preview.path).split())
    assert "66.7%" in text
    assert "2024.06.01–2024.06.30" in text
    preview.reject()


def test_a_period_ending_before_it_starts_is_refused(
    page: RequestsPage, ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = _rates(page, ctx, qtbot)
    dialog.last.setDate(dialog.first.date().addDays(-1))
    assert not dialog.error.isHidden()
    assert not dialog.print_button.isEnabled()


def test_the_print_menu_prints_the_record_sheet_and_opens_the_ledgers(
    page: RequestsPage, ctx: AppContext, qtbot: QtBot, followed: Followed
) -> None:
    from villagedesk.ui.printing.dialogs import LedgerDialog

    assert not page.print_sheet_action.isEnabled()  # nothing selected
    assert page.select(followed.unsolved)
    assert page.print_sheet_action.isEnabled()
    page.print_sheet_action.trigger()
    assert ctx.jobs.wait_idle()
    qtbot.waitUntil(lambda: page.print_actions().flow.preview is not None)
    preview = page.print_actions().flow.preview
    assert isinstance(preview, PreviewDialog)
    number = page.current_request().number  # type: ignore[union-attr]
    assert number in "".join(pdf_text(preview.path).split())
    preview.reject()
    for which in ("requests", "follow_ups"):
        dialog = page.print_ledger(which)
        assert isinstance(dialog, LedgerDialog)
        dialog.reject()
