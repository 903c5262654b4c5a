"""Every file from outside is hostile: spreadsheet bombs, damaged .xls files, oversized CSV cells,
FIFOs; an error report that must not run formulas; full-width punctuation kept in free text."""

from __future__ import annotations

import os
import random
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.exchange import hostile_files as hf
from tests.exchange.roster_files import HEADERS, LI, ZHANG, convert, write_member_roster
from villagedesk.core.importing.rows import ImportKind, RowOutcome, RowResult
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.exchange import raw_table
from villagedesk.exchange.cells import read_import_file
from villagedesk.exchange.error_report import write_error_report
from villagedesk.exchange.raw_table import UnreadableFile
from villagedesk.exchange.readers import read_table

M = ImportKind.MEMBERS
HEAD = ["姓名", "公民身份号码", "家庭住址"]


def refusal(path: Path) -> str:
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    return caught.value.message.render()


# -- .xlsx bombs -----------------------------------------------------------------------------------
def test_one_cell_at_xfd_in_every_row_reads_only_the_roster_columns(tmp_path: Path) -> None:
    """A 1 MB file with a cell at XFD in 200,000 rows ran 188 s to 3.8 GB: every row came back
    16,384 cells wide. Now only the header's columns and a margin are read."""
    rows = hf.header_rows(HEAD, ["张三", ZHANG, "一组"])
    rows += [f'<row r="{n}"><c r="XFD{n}"><v>1</v></c></row>' for n in range(3, 3003)]
    path = hf.write_xlsx(tmp_path / "wide.xlsx", rows)
    started = time.perf_counter()
    table = read_table(path)
    assert time.perf_counter() - started < 10
    assert len(table.rows) == 3002
    assert max(len(r) for r in table.rows) <= len(HEAD) + raw_table.COLUMN_MARGIN
    assert table.rows[1] == ["张三", ZHANG, "一组"]


def test_a_huge_shared_string_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """One 1.5 GB shared string ran to 3.2 GB. The unpacked size of the part is checked first."""
    size = raw_table.MAX_PART_BYTES + (1 << 20)
    rows = [*hf.header_rows(HEAD), '<row r="2"><c r="A2" t="s"><v>0</v></c></row>']
    path = hf.write_xlsx(tmp_path / "strings.xlsx", rows, huge_string=size)
    assert path.stat().st_size < 2 * 1024 * 1024
    started = time.perf_counter()
    text = refusal(path)
    assert time.perf_counter() - started < 5
    assert "sharedStrings.xml" in text and "66 MB" in text


def test_a_declared_dimension_past_the_row_limit_is_refused_unread(tmp_path: Path) -> None:
    path = hf.write_xlsx(tmp_path / "tall.xlsx", hf.header_rows(HEAD), dimension="A1:C1048576")
    assert "200,000" in refusal(path)


def test_more_rows_than_the_limit_are_refused_not_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows past the limit were dropped without a word; now the file is refused."""
    monkeypatch.setattr(raw_table, "MAX_ROWS", 50)
    rows = hf.header_rows(HEAD) + [hf.row_xml(n, ["张三", ZHANG]) for n in range(2, 60)]
    assert "50" in refusal(hf.write_xlsx(tmp_path / "rows.xlsx", rows))
    csv = tmp_path / "rows.csv"
    csv.write_text("\n".join(["姓名,公民身份号码", *["张三,1"] * 60]), encoding="utf-8")
    assert "50" in refusal(csv)


def test_a_header_wider_than_the_column_limit_is_refused(tmp_path: Path) -> None:
    wide = [f"列{i}" for i in range(raw_table.MAX_COLUMNS + 5)]
    path = hf.write_xlsx(tmp_path / "cols.xlsx", hf.header_rows(HEAD + wide))
    assert str(raw_table.MAX_COLUMNS) in refusal(path)


def test_a_cell_longer_than_excel_allows_is_refused(tmp_path: Path) -> None:
    rows = hf.header_rows(HEAD, ["张三", ZHANG, "长" * (raw_table.MAX_CELL_CHARS + 1)])
    text = refusal(hf.write_xlsx(tmp_path / "cell.xlsx", rows))
    assert "32,767" in text and "2" in text


def test_xml_with_entities_is_refused(tmp_path: Path) -> None:
    """A billion-laughs DOCTYPE has no place in a workbook."""
    head = '<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    path = hf.write_xlsx(tmp_path / "lol.xlsx", hf.header_rows(HEAD), head=head)
    assert "sheet1.xml" in refusal(path)


def test_a_normal_workbook_still_reads(tmp_path: Path) -> None:
    loaded = read_import_file(write_member_roster(tmp_path / "花名册.xlsx"), M)
    assert [r.get("id_number") for r in loaded.rows][:2] == [ZHANG, LI]


# -- .csv ------------------------------------------------------------------------------------------
def test_a_million_columns_of_csv_are_refused_quickly(tmp_path: Path) -> None:
    """A 4 MB CSV with a million columns took 106 s and printed 4 MB of column names."""
    path = tmp_path / "wide.csv"
    path.write_text("姓名,公民身份号码," + "x," * 1_000_000 + "\n张三,1\n", encoding="utf-8")
    started = time.perf_counter()
    text = refusal(path)
    assert time.perf_counter() - started < 10
    assert str(raw_table.MAX_COLUMNS) in text


def test_csv_data_rows_are_cut_to_the_header_width(tmp_path: Path) -> None:
    """Below the rows where the header is looked for, columns past it and a margin are cut."""
    path = tmp_path / "tail.csv"
    wide = "张三," + ZHANG + "," + "y," * 5000
    lines = ["姓名,公民身份号码", *[f"张三,{ZHANG}"] * raw_table.HEAD_ROWS, *[wide] * 40]
    path.write_text("\n".join(lines), encoding="utf-8")
    table = read_table(path)
    assert len(table.rows) == len(lines)
    assert max(len(r) for r in table.rows) == 2 + raw_table.COLUMN_MARGIN


@pytest.mark.parametrize("length", [raw_table.MAX_CELL_CHARS + 1, 128 * 1024 + 10])
def test_a_csv_cell_over_the_limit_is_refused_with_its_row(tmp_path: Path, length: int) -> None:
    """A cell over the csv module's 128 KB limit raised _csv.Error out of the import."""
    path = tmp_path / "cell.csv"
    path.write_text(f"姓名,公民身份号码\n张三,{ZHANG}\n李四,{'长' * length}\n", encoding="utf-8")
    text = refusal(path)
    assert "32,767" in text and "3" in text


def test_a_file_over_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(raw_table, "MAX_FILE_BYTES", 1024)
    path = tmp_path / "big.csv"
    path.write_text("姓名,公民身份号码\n" + f"张三,{ZHANG}\n" * 100, encoding="utf-8")
    assert "MB" in refusal(path)


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    """Opening a FIFO for reading waits for a writer for ever."""
    fifo = tmp_path / "roster.csv"
    os.mkfifo(fifo)
    assert "not a file" in refusal(fifo)
    assert "folder" in refusal(tmp_path)


# -- damaged .xls ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def xls_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("xls")
    return convert(write_member_roster(folder / "花名册.xlsx"), "xls", folder).read_bytes()


def _damaged(data: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    b = bytearray(data)
    kind = seed % 3
    if kind == 0:
        for _ in range(20):
            b[rng.randrange(512, len(b))] = rng.randrange(256)
    elif kind == 1:
        del b[rng.randrange(1024, len(b)) :]
    else:
        start = rng.randrange(512, len(b) - 64)
        b[start : start + 64] = bytes(rng.randrange(256) for _ in range(64))
    return bytes(b)


def test_sixty_damaged_xls_files_are_read_or_refused_never_raise(
    xls_bytes: bytes, tmp_path: Path
) -> None:
    """A third of them raised from ``sheet_by_index`` and the loop, outside the try."""
    refused = 0
    for seed in range(60):
        path = tmp_path / f"d{seed}.xls"
        path.write_bytes(_damaged(xls_bytes, seed))
        try:
            read_table(path)
        except UnreadableFile as e:
            refused += 1
            assert "d" in e.message.render()
    assert refused >= 30


# -- the error report ------------------------------------------------------------------------------
def test_the_error_report_writes_formulas_as_text(tmp_path: Path) -> None:
    """A header or cell starting with = + - @ was copied as a live formula."""
    hostile = ['=HYPERLINK("http://x","点我")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
    refused = RowResult(
        3,
        RowOutcome.REFUSED,
        "张三",
        ZHANG,
        reasons=(msg("Import", QT_TRANSLATE_NOOP("Import", "Same person as row {line}."), line=2),),
        cells=("张三\x07", *hostile),
    )
    path = write_error_report(
        tmp_path / "errors.xlsx", headers=["=cmd|'/c calc'!A1", *HEADERS[:6]], rows=[refused]
    )
    with zipfile.ZipFile(path) as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet["A1"].value == "=cmd|'/c calc'!A1" and sheet["A1"].data_type == "s"
    assert sheet["A2"].value == "张三"  # what xlsx cannot hold is dropped, not fatal
    for column, text in enumerate(hostile, start=2):
        cell = sheet.cell(2, column)
        assert (cell.value, cell.data_type) == (text, "s")


# -- full-width punctuation ------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk"])
def test_csv_keeps_full_width_punctuation_in_free_text(tmp_path: Path, encoding: str) -> None:
    """，（）：were turned into ASCII; digits and letters typed full-width still are not kept."""
    path = tmp_path / "r.csv"
    lines = [
        "姓名,公民身份号码,所在支部,手机号码,家庭住址,工作单位",
        f"张三,{ZHANG},第一党支部（东片）,１３９０５３３１２３４,东河村（一组），３号,"
        "东河村委会：会计；出纳！",
    ]
    path.write_bytes("\n".join(lines).encode(encoding))
    [row] = read_import_file(path, M).rows
    assert row.get("branch") == "第一党支部（东片）"
    assert row.get("address") == "东河村（一组），3号"
    assert row.get("work_unit") == "东河村委会：会计；出纳！"
    assert row.get("phone") == "13905331234"
