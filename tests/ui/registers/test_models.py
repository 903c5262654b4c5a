"""The lazy register model (ui/registers/lazy_model.py) under Qt's model tester: with rows loaded
(paged, searched, sorted, narrowed to a village) and empty. The small-table model has its own
tests (test_rows_model.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.services.demo import fill_demo
from villagedesk.ui.context import AppContext
from villagedesk.ui.registers.lazy_model import RegisterModel


def test_a_loaded_model_passes_the_model_tester(
    ctx: AppContext,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    fill_demo(ctx.store.uow_factory(), members=60, seed=5, today=ctx.today())
    model = RegisterModel(MEMBER_REGISTER, ctx.store.member_reader, page_size=16, max_pages=2)
    assert model.rowCount() > 40
    qtmodeltester.check(model)
    for row in range(3):  # every cell's tooltip is its whole text; an empty cell has none
        for column in range(model.columnCount()):
            cell = model.index(row, column)
            assert cell.data(Qt.ItemDataRole.ToolTipRole) == (cell.data() or None)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_include_inactive(True)
    qtmodeltester.check(model)
    model.refresh()  # same ids: the rows are marked stale, not reset
    qtmodeltester.check(model)


def test_a_township_model_narrowed_to_a_village_passes_the_model_tester(
    ctx: AppContext,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    fill_demo(ctx.store.uow_factory(), members=20, seed=5, today=ctx.today())
    model = RegisterModel(MEMBER_REGISTER, ctx.store.member_reader, township=True)
    assert model.columnCount() == len(MEMBER_REGISTER.for_mode(township=True).columns)
    qtmodeltester.check(model)
    model.set_village("000000000000")  # no such village: nothing
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_an_empty_model_passes_the_model_tester(
    ctx: AppContext,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    model = RegisterModel(MEMBER_REGISTER, ctx.store.member_reader)
    assert model.rowCount() == 0
    qtmodeltester.check(model)
    model.set_query("陈")
    qtmodeltester.check(model)
