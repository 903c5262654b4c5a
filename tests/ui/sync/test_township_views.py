"""The township's screens: every village's members (and households, residents, branches, in-service
registers) with a village column and filter, a village's records read-only; the township page's late villages and
duplicates; the import preview names changed fields by their headers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.store.township.scene import (
    BRANCH,
    EAST,
    SHARED,
    UNIT,
    WEST,
    Scene,
    link_shared,
    two_villages,
)
from tests.sync.township_fixtures import TOWNSHIP
from villagedesk.core.households.link_services import link_household
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.services import create_household
from villagedesk.core.members.branch import BranchDraft
from villagedesk.core.members.branches import add_branch
from villagedesk.core.members.model import MemberDraft
from villagedesk.core.members.services import register_member
from villagedesk.core.text import msg
from villagedesk.core.township.model import RecordChange, RecordStatus, TypeCounts
from villagedesk.core.township.services import FileOutcome, FileResult, ImportReport
from villagedesk.store.households.reader import SqlHouseholdReader
from villagedesk.ui.branches_page import BranchesPage
from villagedesk.ui.context import AppContext
from villagedesk.ui.households.cadres_page import CadresPage
from villagedesk.ui.households.household_page import HouseholdPageDialog
from villagedesk.ui.households.page import HouseholdsPage
from villagedesk.ui.in_service.page import InServicePage
from villagedesk.ui.members.page import MembersPage
from villagedesk.ui.registers.register_view import RegisterView
from villagedesk.ui.sync.township_page import ImportPreviewDialog, TownshipSyncPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def scene(ctx: AppContext, tmp_path: Path) -> Iterator[Scene]:
    with ctx.store.uow_factory() as uow:
        uow.station.save(TOWNSHIP)
        uow.commit()
    ctx.refresh_station()
    s = two_villages(tmp_path / "villages", township=ctx.store, data_dir=ctx.data_dir)
    yield s
    s.close()


def _column(view: RegisterView, key: str) -> list[str]:
    model, col = view.model, view.spec.keys.index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_members_of_every_village_with_a_village_column_and_filter(
    ctx: AppContext, scene: Scene, qtbot: QtBot
) -> None:
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    view = page.view
    assert view.township and view.is_column_visible("village")
    header = view.table.horizontalHeader()
    assert header.visualIndex(view.spec.keys.index("village")) == 1  # right after the name
    assert view.model.headerData(view.spec.keys.index("village"), Qt.Orientation.Horizontal) == (
        "Village / community"
    )
    assert sorted(_column(view, "village")) == sorted([EAST.name] * 4 + [WEST.name] * 3)

    combo = view.village_box
    assert combo.isVisibleTo(page)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All villages / communities",
        EAST.name,
        WEST.name,
    ]
    combo.setCurrentIndex(2)
    assert _column(view, "village") == [WEST.name] * 3
    view.search_box.setText(SHARED.name)
    view.search_now()
    assert _column(view, "name") == [SHARED.name]
    view.set_village(None)
    assert sorted(_column(view, "village")) == [EAST.name, WEST.name]  # search across villages


def test_a_village_member_is_read_only_the_township_own_is_not(
    ctx: AppContext, scene: Scene, qtbot: QtBot
) -> None:
    own = register_member(
        ctx.store.uow_factory(),
        draft=MemberDraft(
            name="周镇", id_number=SHARED.id_number, ethnicity="汉族", standing="full"
        ),
        today=ctx.today(),
    )
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    view = page.view
    village_row = next(r for r, v in enumerate(_column(view, "village")) if v == WEST.name)
    view.table.selectRow(village_row)
    assert not page.edit_button.isEnabled()
    assert not page.roll_button.isEnabled()
    assert not page.void_button.isEnabled()
    assert page.detail_button.isEnabled()
    assert "read-only" in page.edit_button.toolTip()

    own_row = view.model.row_of(own.id)
    assert own_row is not None
    view.table.selectRow(own_row)
    assert page.edit_button.isEnabled() and page.void_button.isEnabled()
    assert _column(view, "village")[own_row] == TOWNSHIP.name


def test_households_register_shows_the_village_column(
    ctx: AppContext, scene: Scene, qtbot: QtBot
) -> None:
    from villagedesk.core.households.register import HOUSEHOLD_REGISTER

    view = RegisterView(HOUSEHOLD_REGISTER, SqlHouseholdReader(ctx.store.engine), ctx.settings)
    qtbot.addWidget(view)
    assert view.township
    assert sorted(_column(view, "village")) == [EAST.name, WEST.name]


def test_a_village_station_has_no_village_column(ctx: AppContext, qtbot: QtBot) -> None:
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    assert not page.view.township
    assert "village" not in page.view.spec.keys
    assert not page.view.village_box.isVisibleTo(page)


def test_township_page_lists_late_villages_and_duplicates(
    ctx: AppContext, scene: Scene, qtbot: QtBot
) -> None:
    with ctx.store.uow_factory() as uow:
        west = uow.township.peer(WEST.code)
        assert west is not None
        uow.township.save_peer(replace(west, last_package_at="2024-04-01T08:00:00.000Z"))
        east = uow.township.peer(EAST.code)
        assert east is not None
        uow.township.save_peer(replace(east, last_package_at="2024-06-10T08:00:00.000Z"))
        uow.commit()
    page = TownshipSyncPage(ctx)  # today is 2024-06-15
    qtbot.addWidget(page)
    page.days.setValue(30)
    assert WEST.name in page.overdue.text() and EAST.name not in page.overdue.text()
    page.days.setValue(3)
    assert WEST.name in page.overdue.text() and EAST.name in page.overdue.text()
    page.days.setValue(100)
    assert page.overdue.text() == "Every village has reported."

    assert page.duplicates.rowCount() == 1
    assert page.duplicates.item(0, 0).text() == SHARED.id_number
    holders = page.duplicates.item(0, 1).text()
    assert f"{EAST.name} {SHARED.name}" in holders and f"{WEST.name} {SHARED.name}" in holders


def test_preview_lists_changed_fields_by_their_headers(ctx: AppContext, qtbot: QtBot) -> None:
    change = RecordChange(
        "members", "u1", SHARED.name, RecordStatus.UPDATED, ("phone", "name_pinyin", "branch_id")
    )
    report = ImportReport(
        [
            FileResult(
                Path("x.vdpkg"),
                FileOutcome.PREVIEW,
                msg("Sync", "Preview"),
                counts={"members": TypeCounts(updated=1)},
                changes=[change],
            )
        ]
    )
    dialog = ImportPreviewDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.records.item(0, 3).text() == "Phone、Branch"


# -- branches, in-service registers, households at a township -----------------------------------


def _tree_column(page: BranchesPage, col: int) -> list[str]:
    tree = page.tree
    return [tree.topLevelItem(i).text(col) for i in range(tree.topLevelItemCount())]


def test_branch_list_shows_every_village_read_only(
    ctx: AppContext, scene: Scene, qtbot: QtBot
) -> None:
    own = add_branch(ctx.store.uow_factory(), draft=BranchDraft(name="镇机关党支部"))
    page = BranchesPage(ctx)
    qtbot.addWidget(page)
    assert page.tree.headerItem().text(1) == "Village / community"
    assert sorted(_tree_column(page, 1)) == sorted([EAST.name, WEST.name, TOWNSHIP.name])
    assert sorted(_tree_column(page, 0)) == sorted([BRANCH, BRANCH, "镇机关党支部"])

    assert page.village_box.isVisibleTo(page)
    page.village_box.set_code(WEST.code)
    assert _tree_column(page, 1) == [WEST.name]
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    assert not page.edit_button.isEnabled() and not page.void_button.isEnabled()
    assert "read-only" in page.edit_button.toolTip()
    assert page.edit_branch() is None

    page.village_box.set_code(None)
    page.select(own.id)
    assert page.edit_button.isEnabled() and page.void_button.isEnabled()
    dialog = page.add_branch()  # parents to choose from: the township's own branches only
    parents = [dialog.parent_branch.itemText(i) for i in range(dialog.parent_branch.count())]
    assert parents == ["", "镇机关党支部"]
    dialog.reject()


def _rows(model: Any, key: str) -> list[Any]:
    col = model.spec.keys.index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _select_first(table: QTableView) -> None:
    table.selectRow(0)
    assert table.selectionModel().selectedRows()


def test_in_service_registers_show_every_village_read_only(
    ctx: AppContext, scene: Scene, qtbot: QtBot
) -> None:
    page = InServicePage(ctx)
    qtbot.addWidget(page)
    page.set_year(2026)
    both = [EAST.name, WEST.name]
    expected, registration, posts_tab = page.expected, page.registration, page.posts
    records, assessment = page.records, page.assessment
    assert page.village_box.isVisibleTo(page)
    assert not expected.view.village_box.isVisibleTo(page)  # the page's filter drives the tabs
    assert sorted(_rows(expected.view.model, "village")) == both
    assert _rows(expected.counts, "village") == both  # per village and work unit, not mixed
    assert _rows(expected.counts, "work_unit") == [UNIT, UNIT]
    assert sorted(_rows(registration.view.model, "village")) == both
    assert sorted(_rows(posts_tab.post_model, "village")) == both
    assert sorted(_rows(records.view.model, "village")) == both
    assert sorted(_rows(records.by_post, "village")) == both
    assert sorted(_rows(assessment.model, "village")) == both
    header = posts_tab.post_table.horizontalHeader()
    assert header.visualIndex(posts_tab.post_model.spec.keys.index("village")) == 1

    page.village_box.set_code(WEST.code)
    for model in (
        expected.view.model,
        expected.counts,
        registration.view.model,
        posts_tab.post_model,
        records.view.model,
        records.by_post,
        records.by_member,
        assessment.model,
    ):
        assert _rows(model, "village") == [WEST.name]
    assert "1 expected, 1 reported" in expected.summary.text()
    assert records.total_label.text().startswith("1 records")

    # A village's rows are read-only: every button that would change one is disabled.
    expected.view.table.selectRow(0)
    registration.view.table.selectRow(0)
    records.view.table.selectRow(0)
    _select_first(posts_tab.post_table)
    _select_first(posts_tab.claim_table)
    _select_first(assessment.table)
    for button in (
        expected.remove_button,
        registration.pledges_button,
        posts_tab.edit_button,
        posts_tab.claim_button,
        posts_tab.end_button,
        records.void_button,
        assessment.rate_button,
    ):
        assert not button.isEnabled(), button.text()
    assert "read-only" in records.void_button.toolTip()
    assert assessment.rate() is None and registration.edit_pledges() is None
    # Forms pick among the township's own members only (it has none in service).
    dialog = registration.register()
    assert dialog.member.shown_ids() == []  # the search offers nobody
    dialog.reject()

    page.village_box.set_code(None)
    assert sorted(_rows(assessment.model, "village")) == both


def test_in_service_page_at_a_village_has_no_village_column(ctx: AppContext, qtbot: QtBot) -> None:
    page = InServicePage(ctx)
    qtbot.addWidget(page)
    assert not page.village_box.isVisibleTo(page)
    assert "village" not in page.posts.post_model.spec.keys
    assert "village" not in page.expected.view.spec.keys
    assert page.posts.claim_button.isEnabled()


def test_households_page_disables_editing_a_village_household(
    ctx: AppContext, scene: Scene, qtbot: QtBot
) -> None:
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    view = page.households
    assert sorted(_column(view, "village")) == [EAST.name, WEST.name]
    view.table.selectRow(0)
    assert page.open_button.isEnabled()
    assert not page.edit_button.isEnabled() and not page.void_button.isEnabled()
    assert "read-only" in page.void_button.toolTip()
    page.tabs.setCurrentWidget(page.residents)
    page.residents.table.selectRow(0)
    assert page.open_button.isEnabled() and not page.edit_button.isEnabled()

    household_id = view.current_id()
    assert household_id is not None
    dialog = HouseholdPageDialog(ctx, household_id)
    qtbot.addWidget(dialog)
    for button in (
        dialog.edit_button,
        dialog.add_resident_button,
        dialog.edit_resident_button,
        dialog.void_resident_button,
    ):
        assert not button.isEnabled()
    assert dialog.edit_household() is None


def test_cadre_links_show_every_village_read_only(
    ctx: AppContext, scene: Scene, qtbot: QtBot
) -> None:
    link_shared(scene.east)
    link_shared(scene.west)
    own = register_member(
        ctx.store.uow_factory(),
        draft=MemberDraft(name="周镇", id_number="37032319700101003X"),
        today=ctx.today(),
    )
    house = create_household(ctx.store.uow_factory(), draft=HouseholdDraft(address="镇政府宿舍1号"))
    link_household(
        ctx.store.uow_factory(),
        cadre_id=own.id,
        household_id=house.id,
        reason="poor",
        today=ctx.today(),
    )
    page = CadresPage(ctx)
    qtbot.addWidget(page)
    model = page.cadre_model
    village = model.spec.keys.index("village")
    assert model.headerData(village, Qt.Orientation.Horizontal) == "Village / community"
    assert page.cadre_view.horizontalHeader().visualIndex(village) == 1  # after the name
    assert sorted(_rows(model, "village")) == sorted([EAST.name, WEST.name, TOWNSHIP.name])
    assert sorted(_rows(model, "name")) == sorted([SHARED.name, SHARED.name, "周镇"])

    assert page.village_box.isVisibleTo(page)
    page.village_box.set_code(WEST.code)
    assert _rows(model, "village") == [WEST.name]
    assert page.current_cadre() is not None  # the village's cadre, chosen
    page.link_view.selectRow(0)
    assert page.current_link() is not None and page.open_button.isEnabled()
    assert not page.link_button.isEnabled() and not page.end_button.isEnabled()
    assert "read-only" in page.end_button.toolTip()
    assert page.link() is None and page.end() is None
    assert page.limit_box.isEnabled() and page.limit_save.isEnabled()  # the township's own

    page.village_box.set_code(None)
    page.cadre_view.selectRow(_rows(model, "name").index("周镇"))
    page.link_view.selectRow(0)
    assert page.link_button.isEnabled() and page.end_button.isEnabled()
    assert page.end_button.toolTip() == ""


def test_the_cadre_page_at_a_village_has_no_village_column(ctx: AppContext, qtbot: QtBot) -> None:
    page = CadresPage(ctx)
    qtbot.addWidget(page)
    assert "village" not in page.cadre_model.spec.keys
    assert not page.village_box.isVisibleTo(page)
    assert page.link_button.isEnabled()
