"""The branches page: add with errors under fields, groups beneath their branch, void refused
while members remain."""

from __future__ import annotations

import pytest

from villagedesk.core.members.model import MemberDraft
from villagedesk.core.members.services import register_member
from villagedesk.ui.branches_page import BranchesPage
from villagedesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _names(page: BranchesPage) -> list[str]:
    return [item.text(0) for item in page._all_items()]


def test_add_a_branch_and_a_group_beneath_it(ctx: AppContext, qtbot) -> None:
    page = BranchesPage(ctx)
    qtbot.addWidget(page)
    dialog = page.add_branch()
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.errors.texts()["name"]  # a name is required
    dialog.name.setText("东河村党支部")
    dialog.grid.setText("第一网格")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert _names(page) == ["东河村党支部"]

    group = page.add_branch()
    group.name.setText("第一党小组")
    group.kind.setCurrentIndex(group.kind.findData("group"))
    group.parent_branch.setCurrentIndex(group.parent_branch.findText("东河村党支部"))
    group.buttons.accepted.emit()
    assert not group.isVisible()
    top = page.tree.topLevelItem(0)
    assert page.tree.topLevelItemCount() == 1
    assert top.child(0).text(0) == "第一党小组"
    assert top.text(2) == "第一网格"

    again = page.add_branch()
    again.name.setText("东河村党支部")
    again.buttons.accepted.emit()
    assert again.isVisible()
    assert again.errors.texts()["name"]


def test_void_is_refused_while_members_remain(ctx: AppContext, qtbot) -> None:
    register_member(
        ctx.store.uow_factory(),
        today=ctx.today(),
        draft=MemberDraft(name="刘芳", id_number="110105198507120028", branch_name="西岭党支部"),
    )
    page = BranchesPage(ctx)
    qtbot.addWidget(page)
    assert page.tree.topLevelItem(0).text(4) == "1"
    page.select(page.branches[0].id)
    dialog = page.void_branch()
    assert dialog is not None
    dialog.reason.setText("合并")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "still has 1 members" in dialog.errors.texts()[""]
    dialog.reject()

    empty = page.add_branch()
    empty.name.setText("临时支部")
    empty.buttons.accepted.emit()
    assert "临时支部" in _names(page)
    target = next(b for b in page.branches if b.name == "临时支部")
    voiding = page.void_branch(target.id)
    assert voiding is not None
    voiding.reason.setText("录入错误")
    voiding.buttons.accepted.emit()
    assert not voiding.isVisible()
    assert _names(page) == ["西岭党支部"]
