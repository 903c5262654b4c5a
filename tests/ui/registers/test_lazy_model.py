"""The lazy register model: passes Qt's model tester on real data, pages rows, refreshes after writes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.members.services import get_member, update_member
from villagedesk.core.services.demo import fill_demo
from villagedesk.ui.context import AppContext
from villagedesk.ui.registers.lazy_model import ID_ROLE, RegisterModel


@pytest.fixture
def demo(ctx: AppContext) -> AppContext:
    fill_demo(ctx.store.uow_factory(), members=300, today=ctx.today())
    return ctx


def test_model_passes_the_model_tester(demo: AppContext, qtmodeltester) -> None:
    model = RegisterModel(MEMBER_REGISTER, demo.store.member_reader, page_size=50, max_pages=3)
    assert model.rowCount() > 250
    qtmodeltester.check(model)
    model.set_query("陈")
    qtmodeltester.check(model)


def test_a_long_cell_shows_its_whole_text_as_a_tooltip(demo: AppContext) -> None:
    model = RegisterModel(MEMBER_REGISTER, demo.store.member_reader)
    member_id = model.ids()[0]
    address = "东河村三组十二号院内东侧第二排平房靠北的那一间（原村小学旧址对面）"
    member = get_member(demo.store.uow_factory(), member_id=member_id)
    update_member(
        demo.store.uow_factory(),
        member_id=member_id,
        draft=replace(member.to_draft(), address=address),
        today=demo.today(),
    )
    model.refresh()
    cell = model.index(0, MEMBER_REGISTER.keys.index("address"))
    assert cell.data() == address
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == address


def test_rows_come_a_page_at_a_time_into_a_bounded_cache(demo: AppContext) -> None:
    model = RegisterModel(MEMBER_REGISTER, demo.store.member_reader, page_size=20, max_pages=3)
    for row in range(model.rowCount()):
        assert model.index(row, 0).data()  # every member has a name
    pages = -(-model.rowCount() // 20)
    assert model.fetch_count == pages
    assert model.cached_pages() == 3


def test_headers_alignment_and_id_role(demo: AppContext) -> None:
    model = RegisterModel(MEMBER_REGISTER, demo.store.member_reader)
    col = MEMBER_REGISTER.keys.index("sex")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.index(0, col).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignCenter.value
    )
    assert model.index(0, col).data() in {"Male", "Female"}
    assert model.index(3, 0).data(ID_ROLE) == model.ids()[3]


def test_sorting_happens_in_sql_and_keeps_the_selection(demo: AppContext) -> None:
    model = RegisterModel(MEMBER_REGISTER, demo.store.member_reader)
    col = MEMBER_REGISTER.keys.index("id_number")
    chosen = model.index(5, 0)
    chosen_id = chosen.data(ID_ROLE)
    kept = QPersistentModelIndex(chosen)
    model.sort(col, Qt.SortOrder.DescendingOrder)
    numbers = [model.values(r)[col] for r in range(model.rowCount())]  # shown masked
    assert numbers == sorted(numbers, reverse=True)
    assert kept.isValid() and kept.data(ID_ROLE) == chosen_id


def test_stale_rows_show_the_edit_without_a_reset(demo: AppContext, qtbot) -> None:
    model = RegisterModel(MEMBER_REGISTER, demo.store.member_reader)
    phone = MEMBER_REGISTER.keys.index("phone")
    member_id = model.ids()[0]
    before = model.index(0, phone).data()
    assert before != "13912345678"
    member = get_member(demo.store.uow_factory(), member_id=member_id)
    update_member(
        demo.store.uow_factory(),
        member_id=member_id,
        draft=replace(member.to_draft(), phone="13912345678"),
        today=demo.today(),
    )
    assert model.index(0, phone).data() == before  # cached until told
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged):
        model.refresh()  # the same ids: only marked stale
    assert resets == []
    assert model.row_of(member_id) == 0
    assert model.index(0, phone).data() == "139****5678"  # masked (ui/masked.py)
