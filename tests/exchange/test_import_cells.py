"""Cells as people type them, the header row below title rows, and the column mapping."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from tests.exchange.roster_files import ZHANG, write_member_roster
from villagedesk.core.dates import PartialDate
from villagedesk.core.importing.rows import ImportKind
from villagedesk.core.importing.template import MEMBER_TEMPLATE, template_field
from villagedesk.exchange.cells import (
    date_text,
    field_text,
    is_skipped,
    normalize_name,
    read_import_file,
    source_rows,
)
from villagedesk.exchange.headers import NoHeaderRow, detect_header, map_headers
from villagedesk.exchange.raw_table import RawTable


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1978-05-12", PartialDate(1978, 5, 12)),
        ("1978/5/12", PartialDate(1978, 5, 12)),
        ("1978.05.12", PartialDate(1978, 5, 12)),
        ("1978年5月12日", PartialDate(1978, 5, 12)),
        ("1978年5月12号", PartialDate(1978, 5, 12)),
        ("19780512", PartialDate(1978, 5, 12)),
        ("１９７８．０５．１２", PartialDate(1978, 5, 12)),
        ("1978-05-12 00:00:00", PartialDate(1978, 5, 12)),
        (19780512, PartialDate(1978, 5, 12)),
        (28622, PartialDate(1978, 5, 12)),  # an Excel date serial
        (28622.0, PartialDate(1978, 5, 12)),
        ("28622", PartialDate(1978, 5, 12)),
        (datetime(1978, 5, 12), PartialDate(1978, 5, 12)),
        (date(1978, 5, 12), PartialDate(1978, 5, 12)),
        ("1978.05", PartialDate(1978, 5)),
        ("1978年5月", PartialDate(1978, 5)),
        ("197805", PartialDate(1978, 5)),
        (197805, PartialDate(1978, 5)),
        (1978.05, PartialDate(1978, 5)),
        ("1978-05", PartialDate(1978, 5)),
    ],
)
def test_every_date_form_reads_and_a_month_stays_a_month(
    typed: object, expected: PartialDate
) -> None:
    assert PartialDate.parse(date_text(typed)) == expected  # type: ignore[arg-type]


def test_full_width_and_stray_spaces_are_normalised() -> None:
    name = template_field("members", "name")
    phone = template_field("members", "phone")
    assert field_text(name, "  张  三 ")[0] == "张三"
    assert normalize_name("Ａｌｉ　Ｋｅｒｉｍ") == "Ali Kerim"
    assert field_text(phone, "１３９０５３３１２３４")[0] == "13905331234"
    assert field_text(phone, 13905331234.0)[0] == "13905331234"


def test_an_id_number_in_a_number_cell_is_refused_with_the_fix() -> None:
    f = template_field("members", "id_number")
    text, problem = field_text(f, 1.10105197805120e17)
    assert text == "110105197805120000"
    assert problem is not None
    rendered = problem.render()
    assert "15 significant digits" in rendered
    assert "Set the ID number column to text" in rendered
    # A whole number written by a program (not rounded) is kept.
    assert field_text(f, int(ZHANG)) == (ZHANG, None)
    assert field_text(f, " ３７０３２３１９７８０５１２１３１７ ")[0] == ZHANG.upper()
    # A negative number of 18 characters (found by Hypothesis) is refused, not a traceback.
    text, problem = field_text(f, -10_000_000_000_000_000)
    assert text == "-10000000000000000" and problem is not None


def test_blank_rows_and_a_totals_row_are_skipped() -> None:
    assert is_skipped([None, "", "  "])
    assert is_skipped(["合计", "7人"])
    assert is_skipped([None, "总计：35"])
    assert not is_skipped([1, "张三"])


def test_the_header_row_is_found_below_a_merged_title(tmp_path: Path) -> None:
    loaded = read_import_file(write_member_roster(tmp_path / "r.xlsx"), ImportKind.MEMBERS)
    m = loaded.mapping
    assert m.header_row == 2
    by_key = {k: m.headers[c] for c, k in m.fields.items()}
    assert by_key["name"] == "姓 名"
    assert by_key["id_number"] == "身份证号码"
    assert by_key["education"] == "文化程度"
    assert by_key["phone"] == "手机号码"
    assert [h for _, h in m.unknown] == ["备注"]  # shown, not silently dropped
    assert [r.line for r in loaded.rows] == [4, 5, 6, 7, 8, 9, 10]  # blank and 合计 rows skipped


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("名字", "name"),
        ("身份证号", "id_number"),
        ("公民身份号码", "id_number"),
        ("身份证号码（18位）", "id_number"),
        ("出生日期", "birth_date"),
        ("入党日期", "joined_on"),
        ("转正时间", "full_member_on"),
        ("手机", "phone"),
        ("联系电话", "phone"),
        ("支部", "branch"),
        ("学历", "education"),
        ("工作单位", "work_unit"),
        ("现居住地", "address"),
        ("*姓名", "name"),
    ],
)
def test_aliases_map_to_fields(header: str, key: str) -> None:
    m = map_headers(ImportKind.MEMBERS, 0, ["序号", header])
    assert dict(m.fields) == {1: key}


def test_the_user_can_correct_the_mapping() -> None:
    table = RawTable(
        Path("x.csv"), "x", [["姓名", "身份证", "电话号", "住"], ["张三", ZHANG, "139", "一组"]]
    )
    m = detect_header(table, ImportKind.MEMBERS)
    assert [h for _, h in m.unknown] == ["电话号", "住"]
    fixed = m.with_field(2, "phone").with_field(3, "address")
    assert fixed.unknown == []
    rows = source_rows(table, fixed)
    assert rows[0].get("phone") == "139" and rows[0].get("address") == "一组"
    moved = fixed.with_field(3, "phone")  # a field has one column
    assert moved.column_of("phone") == 3 and 2 not in moved.fields
    assert fixed.with_field(3, None).unknown == [(3, "住")]


def test_a_file_without_a_header_row_is_refused() -> None:
    table = RawTable(Path("x.csv"), "x", [["a", "b"], ["1", "2"]])
    with pytest.raises(NoHeaderRow):
        detect_header(table, ImportKind.MEMBERS)


def test_every_template_header_maps_to_its_own_field() -> None:
    m = map_headers(ImportKind.MEMBERS, 0, [f.header for f in MEMBER_TEMPLATE])
    assert list(m.fields.values()) == [f.key for f in MEMBER_TEMPLATE]
