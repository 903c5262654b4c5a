"""Roster files written the way village secretaries keep them, for the import tests: a merged title
row, a header row with aliases, every date form, full-width characters, damaged ID numbers, a
duplicate, a totals row; plus CSV in GBK and UTF-8 with BOM, and .xls through LibreOffice."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from villagedesk.core.id_number import check_character


def make_id(birth: str = "19780512", seq: str = "123", region: str = "370323") -> str:
    first17 = region + birth + seq
    return first17 + check_character(first17)


ZHANG = make_id("19780512", "131")
LI = make_id("19800101", "242")
WANG = make_id("19650303", "351")
ZHAO = make_id("19701010", "462")
SUN = make_id("19850720", "571")
ZHOU = make_id("19900101", "682")

HEADERS = ["序号", "姓 名", "性别", "民族", "身份证号码", "出生年月", "入党时间", "转正时间",
           "所在支部", "文化程度", "手机号码", "家庭住址", "备注"]  # fmt: skip


def member_rows() -> list[list[Any]]:
    """Data rows in every form people type; row 4 of the data repeats row 1's person."""
    return [
        [1, "张  三", "男", "汉", ZHANG, datetime(1978, 5, 12), "1999.07", "2000年7月",
         "第一党支部", "大学本科", "13905331234", "东河村一组", ""],
        [2, "李　四", "1", "汉族", LI, "1980/1/1", "2001-07-01", "",
         "第一党支部", "中等专科", "１３９０５３３１２３５", "东河村二组", ""],
        [3, "ＷＡＮＧ五", "女", "回", WANG, "19650303", "19850701", "198607",
         "第二党支部", "高中", "", "东河村三组", ""],
        [4, "张三", "男", "汉族", ZHANG, "1978.05.12", "1999.07", "2000.07",
         "第一党支部", "本科", "13905331234", "东河村一组", "重复"],
        [5, "赵六", "男", "汉族", float(ZHAO), "1970年10月10日", 36342, "",
         "第一党支部", "初中", "", "东河村四组", "号码被Excel改成数字"],
        [6, "孙七", "2", "汉族", SUN, "1985.07", "2025.10", "",
         "新建支部", "大专", "", "东河村五组", ""],
        [7, "周八", "男", "汉族", "110105197805120000", "", "2015.06", "",
         "", "", "", "", "尾数变成000"],
        [None, None, None],
        ["合计", "7人"],
    ]  # fmt: skip


def write_member_roster(path: Path) -> Path:
    """The member roster as an .xlsx file with a merged title row and a date-note row."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["东河村党员花名册"])
    sheet.merge_cells(start_row=1, end_row=1, start_column=1, end_column=len(HEADERS))
    sheet.append(["填报单位：东河村党支部", None, None, None, None, None, "填报日期：2026年1月"])
    sheet.append(HEADERS)
    for row in member_rows():
        sheet.append(row)
    for r in range(4, sheet.max_row + 1):  # ID numbers typed into text cells, as they should be
        cell = sheet.cell(r, 5)
        if isinstance(cell.value, str):
            cell.number_format = "@"
    book.save(path)
    return path


RESIDENT_HEADERS = ["户号", "姓名", "与户主关系", "公民身份号码", "性别", "联系电话", "家庭住址",
                    "村民小组", "备注"]  # fmt: skip


def resident_rows() -> list[list[Any]]:
    return [
        ["1", "张三", "户主", ZHANG, "男", "13905331234", "东河村一组8号", "一组", ""],
        ["1", "李四", "妻", LI, "女", "", "", "", ""],
        ["1", "张小五", "长子", WANG, "男", "", "", "", "在外务工"],
        ["2", "赵六", "户主", ZHAO, "男", "", "东河村二组3号", "二组", ""],
        ["2", "孙七", "儿媳", SUN, "女", "", "", "", ""],
    ]


def write_csv(path: Path, rows: list[list[Any]], encoding: str) -> Path:
    lines = [",".join("" if v is None else str(v) for v in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def soffice() -> str:
    """LibreOffice's command; under CI=true its absence fails the test instead of skipping."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (libreoffice-calc-nogui) is not installed")
        pytest.skip("LibreOffice is not installed")
    return found


def convert(source: Path, fmt: str, out_dir: Path) -> Path:
    """Convert ``source`` with LibreOffice headless (own profile, so runs never collide)."""
    profile = out_dir / "lo-profile"
    subprocess.run(
        [soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         fmt, "--outdir", str(out_dir), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return out_dir / (source.stem + "." + fmt.split(":")[0])


TODAY = date(2026, 1, 15)
