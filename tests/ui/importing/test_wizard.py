"""The import wizard: the preview shows every row (refused ones with their reasons), nothing is
written before confirming, confirming writes after a backup, a corrected mapping re-runs the
preview, and cancelling writes nothing."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.id_number import check_character
from villagedesk.core.importing.rows import ImportKind, RowOutcome
from villagedesk.core.progress import Progress
from villagedesk.ui.context import AppContext
from villagedesk.ui.importing.preview_model import DETAILS, OUTCOME, PreviewModel
from villagedesk.ui.importing.wizard import ImportWizard
from villagedesk.ui.members.page import MembersPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _id(birth: str, seq: str) -> str:
    first17 = "370323" + birth + seq
    return first17 + check_character(first17)


ZHANG, LI, WANG, ZHAO = (
    _id("19780512", "131"),
    _id("19800101", "242"),
    _id("19650303", "351"),
    _id("19701010", "462"),
)
HEADERS = ["序号", "姓名", "身份证号码", "参加党组织时间", "所在支部", "联系电话"]
JOIN_COLUMN = 3


def write_roster(path: Path) -> Path:
    """A roster as villages keep it: merged title, one unknown column, a duplicate, a damaged ID
    number (typed into a number cell) and a totals row."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["东河村党员花名册"])
    sheet.merge_cells(start_row=1, end_row=1, start_column=1, end_column=len(HEADERS))
    sheet.append(HEADERS)
    for row in (
        [1, "张三", ZHANG, "1999.07", "第一党支部", "13905331234"],
        [2, "李四", LI, "2001.07", "第一党支部", ""],
        [3, "王五", WANG, "2030.01", "第二党支部", ""],
        [4, "张三", ZHANG, "1999.07", "第一党支部", ""],
        [5, "赵六", float(ZHAO), "1995.01", "第一党支部", ""],
        ["合计", "5人"],
    ):
        sheet.append(row)
    book.save(path)
    return path


def member_count(ctx: AppContext) -> int:
    with ctx.store.uow_factory() as uow:
        return uow.members.count()


@pytest.fixture
def wizard(ctx: AppContext, qtbot, tmp_path: Path) -> ImportWizard:
    dialog = ImportWizard(ctx, ImportKind.MEMBERS)
    qtbot.addWidget(dialog)
    dialog.read_file(write_roster(tmp_path / "花名册.xlsx"))
    ctx.jobs.wait_idle()
    assert dialog.stack.currentWidget() is dialog.preview_page
    return dialog


def _shown(dialog: ImportWizard, column: int) -> list[str]:
    model = dialog.preview_page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_preview_shows_refused_rows_with_their_reasons(
    wizard: ImportWizard, ctx: AppContext
) -> None:
    page = wizard.preview_page
    assert page.model.rowCount() == 5  # the totals row is not data
    assert "3 new, 0 to update, 0 unchanged, 2 refused" in page.counts_label.text()
    assert page.filter_buttons[RowOutcome.REFUSED].text() == "Refused (2)"
    wizard.set_filter(RowOutcome.REFUSED)
    assert _shown(wizard, OUTCOME) == ["Refused", "Refused"]
    same, damaged = _shown(wizard, DETAILS)
    assert same == "Same person as row 3."
    assert "damaged by Excel" in damaged and "Text" in damaged
    page.table.selectRow(1)
    assert "damaged by Excel" in page.details.text()
    # The unknown column is shown, not dropped; new branches and the standing default are told.
    assert "参加党组织时间" in page.unknown_note.text()
    assert page.mapping.combos[JOIN_COLUMN].currentData() is None
    assert "第一党支部" in page.created_label.text()
    assert "no standing" in page.standing_label.text()
    assert wizard.next_button.text() == "Import 3 rows"
    assert member_count(ctx) == 0  # nothing is written before confirming


def test_confirming_writes_after_a_backup_and_the_register_shows_the_rows(
    wizard: ImportWizard, ctx: AppContext, qtbot, tmp_path: Path
) -> None:
    roll = MembersPage(ctx)
    qtbot.addWidget(roll)
    assert roll.view.model.rowCount() == 0
    wizard.confirm()
    ctx.jobs.wait_idle()
    assert wizard.stack.currentWidget() is wizard.done_page
    assert member_count(ctx) == 3
    assert roll.view.model.rowCount() == 3  # the change hub told the register
    [made] = ctx.store.backups_dir.glob("*.vdbak")
    assert made.name.endswith("-导入前.vdbak")
    assert wizard.backup is not None and wizard.backup.name in wizard.done_page.backup_label.text()
    assert "2 rows were refused" in wizard.done_page.refused_label.text()
    # The log's entry names the file the rows came from, by its digest.
    digest = hashlib.sha256((tmp_path / "花名册.xlsx").read_bytes()).hexdigest()
    uow = ctx.store.uow_factory()
    with uow.for_reading():
        notes = [e.note for e in uow.audit_log.entries(AuditFilter())]
    assert f"花名册.xlsx sha256:{digest}" in notes

    wizard.save_error_report(tmp_path / "errors.xlsx")
    ctx.jobs.wait_idle()
    sheet = openpyxl.load_workbook(tmp_path / "errors.xlsx").worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][: len(HEADERS)] == tuple(HEADERS)
    assert [r[1] for r in rows[1:]] == ["张三", "赵六"]
    assert "Same person as row 3." in str(rows[1][len(HEADERS)])


def test_correcting_the_mapping_runs_the_preview_again(
    wizard: ImportWizard, ctx: AppContext
) -> None:
    page = wizard.preview_page
    page.mapping.choose(JOIN_COLUMN, "joined_on")
    ctx.jobs.wait_idle()
    assert wizard.current is not None
    assert wizard.current.mapping.fields[JOIN_COLUMN] == "joined_on"
    assert page.mapping.combos[JOIN_COLUMN].currentData() == "joined_on"
    assert not page.unknown_note.isVisible()
    assert "2 new, 0 to update, 0 unchanged, 3 refused" in page.counts_label.text()
    wizard.set_filter(RowOutcome.REFUSED)
    assert any("入党时间" in d and "future" in d for d in _shown(wizard, DETAILS))
    # And back: not imported again, the join date is no longer checked.
    page.mapping.choose(JOIN_COLUMN, None)
    ctx.jobs.wait_idle()
    assert "3 new" in page.counts_label.text()
    assert member_count(ctx) == 0


def test_cancelling_the_import_writes_nothing(wizard: ImportWizard, ctx: AppContext) -> None:
    gate = threading.Event()

    def hold(_progress: Progress) -> None:  # keeps the database worker busy until released
        gate.wait(10)

    ctx.jobs.run(hold, title="hold", show_after_ms=-1)
    handle = wizard.confirm()
    assert handle is not None
    handle.cancel()
    gate.set()
    ctx.jobs.wait_idle()
    assert member_count(ctx) == 0
    assert not list(ctx.store.backups_dir.glob("*导入前.vdbak"))
    assert wizard.stack.currentWidget() is wizard.preview_page
    assert wizard.next_button.isEnabled()


def test_an_unreadable_file_stays_on_the_first_page(ctx: AppContext, qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "花名册.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog = ImportWizard(ctx, ImportKind.MEMBERS)
    qtbot.addWidget(dialog)
    dialog.read_file(broken)
    ctx.jobs.wait_idle()
    assert dialog.stack.currentWidget() is dialog.choose_page
    assert dialog.next_button.isEnabled()


def test_the_preview_model_is_a_sound_table_model(wizard: ImportWizard, qtmodeltester) -> None:
    model: Any = wizard.preview_page.model
    assert isinstance(model, PreviewModel)
    qtmodeltester.check(model)
    wizard.set_filter(RowOutcome.NEW)
    qtmodeltester.check(model)


def test_residents_are_imported_with_their_households(
    ctx: AppContext, qtbot, tmp_path: Path
) -> None:
    from villagedesk.ui.households.page import HouseholdsPage

    path = tmp_path / "户籍.csv"
    lines = [
        "户号,姓名,与户主关系,公民身份号码,家庭住址",
        f"1,张三,户主,{ZHANG},东河村一组8号",
        f"1,李四,妻,{LI},",
        f"2,王五,户主,{WANG},东河村二组3号",
        f"2,王五,子,{WANG},",
    ]
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    households = HouseholdsPage(ctx)
    qtbot.addWidget(households)
    dialog = households.import_roster()
    assert isinstance(dialog, ImportWizard) and dialog.kind is ImportKind.RESIDENTS
    dialog.read_file(path)
    ctx.jobs.wait_idle()
    assert "3 new, 0 to update, 0 unchanged, 1 refused" in dialog.preview_page.counts_label.text()
    assert "New households to be created: 2." in dialog.preview_page.created_label.text()
    dialog.confirm()
    ctx.jobs.wait_idle()
    assert households.households.model.rowCount() == 2
    assert households.residents.model.rowCount() == 3
    dialog.close()


def test_the_file_menu_and_the_member_page_open_the_wizard(ctx: AppContext, qtbot) -> None:
    from villagedesk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.import_members_action.trigger()
    window.import_residents_action.trigger()
    kinds = [w.kind for w in window.findChildren(ImportWizard)]
    assert kinds == [ImportKind.MEMBERS, ImportKind.RESIDENTS]
    for wizard in window.findChildren(ImportWizard):
        wizard.close()
    roll = MembersPage(ctx)
    qtbot.addWidget(roll)
    roll.import_button.click()
    assert isinstance(roll.dialog, ImportWizard) and roll.dialog.kind is ImportKind.MEMBERS
    roll.dialog.close()
