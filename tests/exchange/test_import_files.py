"""Reading real roster files: .xlsx, .xls (made by LibreOffice), CSV in UTF-8 with BOM and GBK,
an unreadable file, and the error report of refused rows."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.exchange.roster_files import (
    HEADERS,
    LI,
    ZHANG,
    convert,
    member_rows,
    write_csv,
    write_member_roster,
)
from villagedesk.core.importing.rows import ImportKind, RowOutcome, RowResult
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.exchange.cells import read_import_file
from villagedesk.exchange.error_report import write_error_report
from villagedesk.exchange.raw_table import UnreadableFile
from villagedesk.exchange.readers import read_table

M = ImportKind.MEMBERS


def ids(path: Path) -> list[str]:
    return [r.get("id_number") for r in read_import_file(path, M).rows]


@pytest.fixture(scope="session")
def xls_roster(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("xls")
    return convert(write_member_roster(folder / "花名册.xlsx"), "xls", folder)


def test_an_xls_file_reads_like_the_xlsx(xls_roster: Path, tmp_path: Path) -> None:
    xlsx = read_import_file(write_member_roster(tmp_path / "r.xlsx"), M)
    xls = read_import_file(xls_roster, M)
    assert xls.mapping.header_row == xlsx.mapping.header_row
    assert [r.values for r in xls.rows] == [r.values for r in xlsx.rows]
    assert bool(xls.rows[4].cell_errors) and bool(xlsx.rows[4].cell_errors)  # the number-cell ID


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk", "gb18030"])
def test_csv_in_any_usual_encoding(tmp_path: Path, encoding: str) -> None:
    rows = [["东河村党员花名册"], HEADERS, *[[*r] for r in member_rows()[:2]]]
    loaded = read_import_file(write_csv(tmp_path / "r.csv", rows, encoding), M)
    assert [r.get("name") for r in loaded.rows] == ["张三", "李四"]
    assert [r.get("id_number") for r in loaded.rows] == [ZHANG, LI]
    assert loaded.rows[0].get("birth_date") == "1978.05.12"


def test_a_file_that_is_not_a_spreadsheet_is_unreadable(tmp_path: Path) -> None:
    bad = tmp_path / "roster.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableFile) as caught:
        read_table(bad)
    assert "save it as an Excel workbook (.xlsx)" in caught.value.message.render()
    with pytest.raises(UnreadableFile):
        read_table(tmp_path / "missing.xlsx")


def test_the_error_report_keeps_the_original_columns_and_adds_the_reason(tmp_path: Path) -> None:
    refused = RowResult(
        7, RowOutcome.REFUSED, "张三", ZHANG,
        reasons=(msg("Import", QT_TRANSLATE_NOOP("Import", "Same person as row {line}."), line=4),),
        cells=("4", "张三", "男", "汉族", "370323197805121317"),
    )  # fmt: skip
    path = write_error_report(tmp_path / "errors.xlsx", headers=HEADERS, rows=[refused])
    sheet = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[: len(HEADERS)] == HEADERS
    assert header[len(HEADERS) :] == ["Reason not imported", "Row in the file"]
    values = [c.value for c in sheet[2]]
    assert values[4] == "370323197805121317" and sheet.cell(2, 5).data_type == "s"
    assert values[len(HEADERS)] == "Same person as row 4."
    assert values[len(HEADERS) + 1] == 7
    assert not list(tmp_path.glob(".errors.xlsx.*"))  # no temp file left behind
