"""操作日志 page: entries appear after a write, the filters narrow them, the detail pane shows the
change lines with the ID number masked, 校验 finds a tampered row, 导出… writes a CSV and is
logged, and a role without VIEW_AUDIT sees 无权限."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.exchange.roster_files import RESIDENT_HEADERS, resident_rows, write_csv
from villagedesk.core.accounts.guard import service_label
from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.audit.services import record_event
from villagedesk.core.importing.rows import ImportKind
from villagedesk.core.importing.services import apply_import
from villagedesk.core.members.model import MemberDraft
from villagedesk.core.members.services import register_member
from villagedesk.exchange.audit_csv import SIGN_OUT_SOURCE
from villagedesk.exchange.cells import read_import_file
from villagedesk.ui.audit.entries_model import AuditEntriesModel
from villagedesk.ui.audit.page import AuditPage
from villagedesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ID_NUMBER = "110105198507120028"


def _add_member(ctx: AppContext, name: str = "刘芳", id_number: str = ID_NUMBER) -> None:
    saved = register_member(
        ctx.store.uow_factory(),
        today=ctx.today(),
        draft=MemberDraft(name=name, id_number=id_number),
    )
    ctx.hub.publish(saved.changes)


def _page(ctx: AppContext, qtbot: QtBot) -> AuditPage:
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    _settle(ctx, qtbot)
    return page


def _settle(ctx: AppContext, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not ctx.jobs.busy)


def _column(page: AuditPage, column: int) -> list[str]:
    model = page.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def _tamper(ctx: AppContext, statement: str) -> None:
    with sqlite3.connect(ctx.store.db_path) as raw:
        raw.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        raw.execute(statement)


def test_a_write_appears_newest_first_with_who_and_what(ctx: AppContext, qtbot: QtBot) -> None:
    page = _page(ctx, qtbot)
    before = page.model.rowCount()
    _add_member(ctx)
    _settle(ctx, qtbot)
    assert page.model.rowCount() == before + 1
    newest = page.model.entry(0)
    assert newest is not None and newest.kind == AuditKind.WRITE
    assert _column(page, 2)[0] == "免登录"
    assert _column(page, 3)[0] == "Administrator"
    assert _column(page, 5)[0] == "Record changed"
    label = service_label("members.services.register_member")
    assert label is not None and _column(page, 6)[0] == label  # what it did, not the code's name
    seqs = [int(s) for s in _column(page, 0)]
    assert seqs == sorted(seqs, reverse=True)


def test_the_service_column_is_chinese(ctx: AppContext, qtbot: QtBot, zh_cn: object) -> None:
    _add_member(ctx)
    record_event(ctx.store.uow_factory(), kind=AuditKind.LOGOUT, source=SIGN_OUT_SOURCE)
    page = _page(ctx, qtbot)
    services = [text for text in _column(page, 6) if text != "—"]
    assert services
    assert not [text for text in services if any("a" <= c.lower() <= "z" for c in text)]


def test_the_detail_pane_shows_the_masked_id_number_never_the_full_one(
    ctx: AppContext, qtbot: QtBot
) -> None:
    _add_member(ctx)
    page = _page(ctx, qtbot)
    page.select_row(0)
    _settle(ctx, qtbot)
    cells = page.detail.cells()
    assert any(row[2] == "Name" and row[4] == "刘芳" for row in cells), cells
    assert any(row[2] == "Sex" and row[4] == "Female" for row in cells), cells  # not "female"
    birth = next(row for row in cells if row[2] == "Date of birth")
    assert birth[4] == "1985-**-**"  # the log's redacted date, shown as it is
    id_row = next(row for row in cells if row[4].startswith("110105"))
    assert "*" in id_row[4]
    assert all(ID_NUMBER not in cell for row in cells for cell in row)
    assert all(ID_NUMBER not in text for text in _column(page, 7))


def test_the_detail_pane_says_an_imports_new_records_came_from_its_file(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, zh_cn: object
) -> None:
    path = write_csv(tmp_path / "居民.csv", [RESIDENT_HEADERS, *resident_rows()], "gbk")
    loaded = read_import_file(path, ImportKind.RESIDENTS)
    apply_import(
        ctx.store.uow_factory(),
        kind=ImportKind.RESIDENTS,
        rows=loaded.rows,
        today=ctx.today(),
        source=loaded.source,
    )
    page = _page(ctx, qtbot)
    page.select_row(0)
    _settle(ctx, qtbot)
    rows = [row for row in page.detail.cells() if row[0] == "居民"]
    assert len(rows) == 5
    assert all(row[2] == "导入新建，各项的值即导入文件中的值" for row in rows), rows
    assert page.detail.table.columnSpan(0, 2) == 3  # across the field and both values
    caption = page.detail.caption.text().replace("\u200b", "")
    assert f"居民.csv sha256:{hashlib.sha256(path.read_bytes()).hexdigest()}" in caption


def test_the_filters_narrow_the_entries(ctx: AppContext, qtbot: QtBot) -> None:
    _add_member(ctx)
    ctx.store.uow_factory.actor = Actor("小李", Role.CLERK, device="pc-2")
    _add_member(ctx, name="王强", id_number="110105199001011232")
    ctx.store.uow_factory.actor = Actor("王书记", Role.ADMIN, device="pc-1")
    page = _page(ctx, qtbot)
    assert set(_column(page, 2)) >= {"免登录", "小李"}

    page.filters.account.setCurrentText("小李")
    page.filters.account_edit.editingFinished.emit()
    _settle(ctx, qtbot)
    assert _column(page, 2) == ["小李"]

    page.filters.clear()
    _settle(ctx, qtbot)
    page.select_row(0)
    _settle(ctx, qtbot)
    uuid = next(row[1] for row in page.detail.cells() if row[0] == "Party members")
    page.filters.record.setText(uuid)
    page.filters.record.editingFinished.emit()
    _settle(ctx, qtbot)
    assert _column(page, 2) == ["小李"]

    page.filters.clear()
    page.filters.days.first.setText("2001-01-01")
    page.filters.days.last.setText("2001-01-31")
    page.filters.days.last.editingFinished.emit()
    _settle(ctx, qtbot)
    assert page.model.rowCount() == 0


def test_verify_says_complete_then_names_the_edited_entry(
    ctx: AppContext, qtbot: QtBot, zh_cn: object
) -> None:
    _add_member(ctx)
    page = _page(ctx, qtbot)
    page.verify()
    _settle(ctx, qtbot)
    assert page.check_label.text() == "操作日志完整"

    entry = page.model.entry(0)
    assert entry is not None
    _tamper(ctx, f"UPDATE audit_log SET actor = '别人' WHERE seq = {entry.seq}")
    page.verify()
    _settle(ctx, qtbot)
    assert page.last_check is not None and not page.last_check.ok
    assert page.last_check.bad_seq == entry.seq
    assert f"第 {entry.seq} 条" in page.check_label.text()


def test_export_writes_the_filtered_entries_and_logs_the_export(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _add_member(ctx)
    page = _page(ctx, qtbot)
    shown = page.model.rowCount()
    target = tmp_path / "操作日志.csv"
    page.export_to(target)
    _settle(ctx, qtbot)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["No.", "Time", "Account"]
    assert {row[0] for row in rows[1:]} == {str(e.seq) for e in page.model.entries[-shown:]}
    assert any(row[9] == "Name" and row[11] == "刘芳" for row in rows[1:])
    assert ID_NUMBER.encode() not in data
    assert not list(tmp_path.glob(".*"))  # no temp file left behind
    newest = page.model.entry(0)
    assert newest is not None and newest.kind == AuditKind.EXPORT
    assert newest.note == str(shown)


def test_a_clerk_sees_no_permission(ctx: AppContext, qtbot: QtBot) -> None:
    _add_member(ctx)
    ctx.store.uow_factory.actor = Actor("小李", Role.CLERK, device="pc-2")
    page = _page(ctx, qtbot)
    assert page.stack.currentWidget() is page.refused
    assert page.model.rowCount() == 0


def test_the_model_reads_page_after_page(ctx: AppContext, qtbot: QtBot, qtmodeltester) -> None:
    from villagedesk.ui.audit import entries_model

    for i in range(5):
        record_event(ctx.store.uow_factory(), kind=AuditKind.PRINT, source="test", note=str(i))
    model = AuditEntriesModel(ctx)
    old_page, entries_model.PAGE = entries_model.PAGE, 2
    try:
        model.reload()
        _settle(ctx, qtbot)
        assert model.rowCount() == 2 and model.canFetchMore()
        while model.canFetchMore():
            model.fetchMore()
            _settle(ctx, qtbot)
        seqs = [e.seq for e in model.entries]
        assert seqs == sorted(seqs, reverse=True) and len(seqs) == len(set(seqs)) >= 5
        qtmodeltester.check(model)
    finally:
        entries_model.PAGE = old_page
