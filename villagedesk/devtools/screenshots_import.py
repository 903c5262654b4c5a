"""Screenshots of the import wizard (导入党员花名册) on demo data: a roster as villages keep it (a
merged title row, an unknown column, members already on the roll with and without changes, new
members and a new branch, and refused rows: a duplicate, an ID number Excel damaged, a date in the
future, a wrong check digit), previewed, filtered to the refused rows, and imported.

``shoot_import(window, ctx, out)`` runs inside ``screenshots.shoot`` after the other screens.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize

from villagedesk.core.id_number import check_character
from villagedesk.core.importing.rows import ImportKind, RowOutcome
from villagedesk.core.members.model import Member
from villagedesk.core.members.roll import RollStatus
from villagedesk.devtools.screenshot_tools import save as _save
from villagedesk.devtools.screenshot_tools import settle as _settle
from villagedesk.ui.context import AppContext
from villagedesk.ui.importing.wizard import ImportWizard
from villagedesk.ui.main_window import MainWindow

HEADERS = ["序号", "姓名", "性别", "公民身份号码", "入党时间", "所在支部", "联系电话", "党内职务"]


def _id(birth: str, seq: str) -> str:
    first17 = "370323" + birth + seq
    return first17 + check_character(first17)


def _on_roll(ctx: AppContext, count: int) -> list[Member]:
    found: list[Member] = []
    with ctx.store.uow_factory() as uow:
        for member_id in range(1, 200):
            member = uow.members.get(member_id)
            if (
                member is not None
                and not member.voided
                and member.roll_status is RollStatus.ON_ROLL
            ):
                found.append(member)
            if len(found) == count:
                break
    return found


def _stored_row(member: Member, phone: str | None = None) -> list[Any]:
    v = member.values
    joined = v.joined_on.display() if v.joined_on else ""
    sex = "男" if v.sex.value == "male" else "女"
    return [v.name, sex, v.id_number, joined, member.branch_name, phone or v.phone, ""]


def write_roster(ctx: AppContext, path: Path) -> Path:
    import openpyxl

    stored = _on_roll(ctx, 3)
    new = [_id("19720304", "224"), _id("19880916", "335"), _id("19950228", "442")]
    rows: list[list[Any]] = [_stored_row(m) for m in stored[:2]]
    if len(stored) > 2:
        rows.append(_stored_row(stored[2], phone="13905330017"))
    branch = stored[0].branch_name if stored else "第一党支部"
    rows += [
        ["刘桂兰", "女", new[0], "1996.07", branch, "13853310021", "组织委员"],
        ["陈建国", "男", new[1], "2024.05", "第三党支部", "", ""],
        ["周海燕", "女", new[2], "2019年6月", "第三党支部", "15866720035", "宣传委员"],
        ["陈建国", "男", new[1], "2024.05", "第三党支部", "", ""],
        ["吴明", "男", float(_id("19670812", "517")), "1990.03", branch, "", ""],
        ["郑秀英", "女", _id("19760101", "628"), "2027.03", branch, "", ""],
        ["冯志强", "男", _id("19811111", "737")[:17] + "0", "2003.07", "第二党支部", "", ""],
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["东河村党员花名册（2026年）"])
    sheet.merge_cells(start_row=1, end_row=1, start_column=1, end_column=len(HEADERS))
    sheet.append(HEADERS)
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    sheet.append(["合计", f"{len(rows)}人"])
    book.save(path)
    return path


def shoot_import(window: MainWindow, ctx: AppContext, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="vd-import-shots-") as tmp:
        roster = write_roster(ctx, Path(tmp) / "东河村党员花名册.xlsx")
        wizard = ImportWizard(ctx, ImportKind.MEMBERS, window)
        wizard.resize(QSize(1180, 820))
        wizard.show()
        wizard.choose_page.path_edit.setText(str(roster))
        _settle(ctx)
        _save(wizard, "import_choose", out)
        wizard.read_file()
        _settle(ctx)
        _save(wizard, "import_preview", out)
        wizard.set_filter(RowOutcome.REFUSED)
        wizard.preview_page.table.selectRow(1)
        _settle(ctx)
        _save(wizard, "import_refused", out)
        wizard.set_filter(None)
        wizard.confirm()
        _settle(ctx)
        _save(wizard, "import_done", out)
        wizard.close()
