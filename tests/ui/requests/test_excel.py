"""导出Excel and 导入民情台账 on the 民情诉求 page's functions: the filtered list goes to a workbook
in the 民情台账's columns with the phone masked, the same workbook read by the import wizard is
all unchanged, and a ledger kept by hand imports its new rows after confirming."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from villagedesk.core.importing.rows import ImportKind, RowOutcome
from villagedesk.core.in_service.model import InServiceSettings
from villagedesk.core.requests import services
from villagedesk.core.requests.model import RequestDraft, RequesterKind
from villagedesk.core.requests.record import RequestQuery
from villagedesk.ui.context import AppContext
from villagedesk.ui.importing.wizard import ImportWizard
from villagedesk.ui.requests.excel import export_requests, open_request_import

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
PHONE = "13912345678"


def _requests(ctx: AppContext) -> list[str]:
    f = ctx.store.uow_factory
    with f() as uow:
        uow.in_service.settings.save(InServiceSettings(1, "DHC"))
        uow.commit()
    numbers = []
    for at, content, name in (
        ("2024-06-03 08:15", f"村西路灯坏了，回电{PHONE}", "李大妈"),
        ("2024-06-12 15:40", "低保怎么申请", ""),
    ):
        draft = RequestDraft(
            content=content,
            kind="complaint",
            channel="电话",
            requester_kind=(RequesterKind.NAMED if name else RequesterKind.ANONYMOUS).value,
            requester_name=name,
            requester_phone=PHONE if name else "",
            received_at=at,
        )
        saved = services.add_request(f(), draft=draft)
        with f() as uow:
            found = uow.requests.records.get(saved.id)
            assert found is not None
            numbers.append(found.number)
    return numbers


def _rows(path: Path) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return rows


def _count(ctx: AppContext) -> int:
    return len(services.list_requests(ctx.store.uow_factory()))


def test_the_export_writes_the_filtered_list_with_phones_masked(
    ctx: AppContext, tmp_path: Path
) -> None:
    first, _second = _requests(ctx)
    target = tmp_path / "民情台账.xlsx"
    query = RequestQuery(received_to=date(2024, 6, 10))
    handle = export_requests(ctx, query, path=target, show_after_ms=0)
    assert handle is not None
    ctx.jobs.wait_idle()
    rows = _rows(target)
    assert rows[0][:5] == ("编号", "受理时间", "来源", "工单号", "诉求人")
    assert [r[0] for r in rows[1:]] == [first]
    assert rows[1][1] == "2024-06-03 08:15"
    assert PHONE not in str(rows)
    assert "139****5678" in str(rows)


def test_the_same_file_read_back_is_all_unchanged(ctx: AppContext, qtbot, tmp_path: Path) -> None:
    _requests(ctx)
    target = tmp_path / "all.xlsx"
    export_requests(ctx, RequestQuery(), path=target, show_after_ms=0)
    ctx.jobs.wait_idle()
    wizard = ImportWizard(ctx, ImportKind.REQUESTS)
    qtbot.addWidget(wizard)
    wizard.read_file(target)
    ctx.jobs.wait_idle()
    assert wizard.stack.currentWidget() is wizard.preview_page
    assert wizard.current is not None
    assert [r.outcome for r in wizard.current.preview.rows] == [RowOutcome.UNCHANGED] * 2
    assert not wizard.next_button.isEnabled()
    assert "民情台账" in wizard.windowTitle()
    assert not wizard.preview_page.unknown_note.isVisible()


def test_a_ledger_kept_by_hand_imports_after_confirming(
    ctx: AppContext, qtbot, tmp_path: Path
) -> None:
    _requests(ctx)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["受理日期", "来源", "诉求人", "联系电话", "诉求类型", "诉求内容"])
    sheet.append(["2024-06-01", "走访", "王大爷", PHONE, "求助", "屋顶漏雨"])
    sheet.append(["2024/6/2 9:30", "来访", "赵六", "", "咨询", "问问医保"])
    book.save(tmp_path / "hand.xlsx")
    wizard = open_request_import(ctx)
    qtbot.addWidget(wizard)
    wizard.read_file(tmp_path / "hand.xlsx")
    ctx.jobs.wait_idle()
    assert wizard.current is not None
    new, refused = wizard.current.preview.rows
    assert new.outcome is RowOutcome.NEW and refused.outcome is RowOutcome.REFUSED
    assert "来访" in refused.reasons[0].render()  # not one of the station's channels
    assert all(PHONE not in m.render() for r in (new, refused) for m in r.reasons + r.notes)
    assert _count(ctx) == 2  # nothing before confirming
    wizard.confirm()
    ctx.jobs.wait_idle()
    assert wizard.stack.currentWidget() is wizard.done_page
    assert _count(ctx) == 3
    [made] = ctx.store.backups_dir.glob("*.vdbak")
    assert made.exists()


def test_the_pages_print_menu_exports_the_list_as_filtered(
    ctx: AppContext, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from villagedesk.ui.requests import excel
    from villagedesk.ui.requests.page import RequestsPage

    numbers = _requests(ctx)
    page = RequestsPage(ctx)
    ctx.jobs.wait_idle()
    target = tmp_path / "民情台账.xlsx"
    monkeypatch.setattr(excel, "ask_path", lambda *_a, **_k: target)
    monkeypatch.setattr(excel, "inform", lambda *_a, **_k: None)
    menu = page.print_button.menu()
    assert menu is not None
    export = next(a for a in menu.actions() if a.text() == "Export this list to Excel…")
    export.trigger()
    ctx.jobs.wait_idle()
    cells = [str(c) for row in _rows(target) for c in row if c is not None]
    assert all(any(n in c for c in cells) for n in numbers)
    assert not any(PHONE in c for c in cells)
    page.deleteLater()
