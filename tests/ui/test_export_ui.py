"""导出Excel on a register view: what is shown (search, columns, their order, the sort) is what
the file holds; 下载导入模板 from the File menu writes the template."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from villagedesk.core.importing.template import RESIDENT_TEMPLATE
from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.services.demo import fill_demo
from villagedesk.ui.context import AppContext
from villagedesk.ui.registers.excel_export import find_jobs, save_template, visible_keys
from villagedesk.ui.registers.register_view import RegisterView


@pytest.fixture
def view(ctx: AppContext, qtbot: QtBot) -> RegisterView:
    fill_demo(ctx.store.uow_factory(), members=120, today=ctx.today())
    v = RegisterView(MEMBER_REGISTER, ctx.store.member_reader, ctx.settings)
    v.jobs = ctx.jobs
    v.ctx = ctx  # type: ignore[attr-defined]  (a page holds it; the export logs through it)
    qtbot.addWidget(v)
    return v


def close_boxes() -> list[str]:
    texts = []
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            texts.append(w.text())
            w.close()
    return texts


def test_the_button_says_export_to_excel(view: RegisterView) -> None:
    assert view.export_button.text() == "Export to Excel…"


def test_export_holds_the_search_the_visible_columns_in_order_and_the_sort(
    ctx: AppContext, view: RegisterView, tmp_path: Path
) -> None:
    header = view.table.horizontalHeader()
    view.set_column_visible("ethnicity", False)
    view.set_column_visible("address", True)
    header.moveSection(header.visualIndex(MEMBER_REGISTER.keys.index("phone")), 0)
    view.table.sortByColumn(MEMBER_REGISTER.keys.index("birth_date"), Qt.SortOrder.DescendingOrder)
    view.search_box.setText("3")  # too short for a number search: a name search, or all
    view.search_now()
    ids = view.model.ids()
    keys = visible_keys(view)
    assert keys[0] == "phone" and "ethnicity" not in keys and "address" in keys

    path = tmp_path / "导出.xlsx"
    view.export_to(path, reason="核对")
    assert ctx.jobs.wait_idle()
    ws = load_workbook(path).active
    assert ws is not None
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == [
        str(view.model.headerData(MEMBER_REGISTER.keys.index(k), Qt.Orientation.Horizontal))
        for k in keys
    ]
    assert len(rows) == len(ids) + 1
    expected_ids = [r[0] for r in view.reader.rows(ids, ["id_number"]).values()]
    id_col = keys.index("id_number")
    assert sorted(r[id_col] for r in rows[1:]) == sorted(expected_ids)
    order = view.reader.rows(ids, ["id_number"])
    assert [r[id_col] for r in rows[1:]] == [order[i][0] for i in ids]  # the sort as shown
    messages = close_boxes()
    assert any(str(path) in m and str(len(ids)) in m for m in messages)


def test_a_search_that_finds_few_exports_few(
    ctx: AppContext, view: RegisterView, tmp_path: Path
) -> None:
    first = view.model.ids()[0]
    name = view.reader.rows([first], ["name"])[first][0]
    view.search_box.setText(name)
    view.search_now()
    view.export_to(tmp_path / "few.xlsx", reason="核对")
    assert ctx.jobs.wait_idle()
    close_boxes()
    ws = load_workbook(tmp_path / "few.xlsx").active
    assert ws is not None
    names = [row[0].value for row in ws.iter_rows(min_row=2)]
    assert names and all(name in str(n) for n in names)
    assert len(names) == view.model.rowCount()


def test_the_view_finds_the_context_job_runner(ctx: AppContext, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    page = QWidget()
    page.ctx = ctx  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    v = RegisterView(MEMBER_REGISTER, ctx.store.member_reader, parent=page)
    assert find_jobs(v) is ctx.jobs


def test_download_template_from_the_file_menu(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    from villagedesk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()[0].menu().actions()]  # type: ignore[union-attr]
    assert "Download import template" in titles
    assert window.resident_template_action.text() == "Residents and households…"
    path = tmp_path / "居民模板.xlsx"
    save_template(window, "residents", path, jobs=ctx.jobs)
    assert ctx.jobs.wait_idle()
    close_boxes()
    ws = load_workbook(path).worksheets[0]
    assert [c.value for c in ws[1]] == [f.header for f in RESIDENT_TEMPLATE]
