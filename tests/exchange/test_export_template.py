"""下载导入模板: the headers the importer expects, an example row, drop-down lists, text cells."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from villagedesk.core.ethnicity import ETHNICITIES
from villagedesk.core.importing.template import EXAMPLE_ROWS, MEMBER_TEMPLATE, RESIDENT_TEMPLATE
from villagedesk.exchange.template import LISTS_SHEET, template_register, write_template


def plain(context: str, text: str) -> str:
    del context
    return text


def test_member_template_has_the_headers_an_example_and_text_columns(tmp_path: Path) -> None:
    wb = load_workbook(write_template(tmp_path / "t.xlsx", kind="members", translate=plain))
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == [f.header for f in MEMBER_TEMPLATE]
    example = EXAMPLE_ROWS["members"]
    assert [c.value or "" for c in ws[2]] == [example[f.key] for f in MEMBER_TEMPLATE]
    assert ws.max_row == 2
    assert ws.freeze_panes == "A2"
    id_column = [f.key for f in MEMBER_TEMPLATE].index("id_number") + 1
    assert ws.cell(row=2, column=id_column).data_type == "s"
    assert ws.column_dimensions["B"].number_format == "@"  # typed IDs stay 18 digits
    assert wb[LISTS_SHEET].sheet_state == "hidden"


def drop_downs(ws: object) -> dict[str, str]:
    """Column letter → the list formula of its drop-down."""
    found: dict[str, str] = {}
    for dv in ws.data_validations.dataValidation:  # type: ignore[attr-defined]
        assert dv.type == "list"
        ref = str(dv.sqref).split(":")[0]
        found[ref.rstrip("0123456789")] = dv.formula1
    return found


def test_fields_with_fixed_values_have_drop_down_lists(tmp_path: Path) -> None:
    wb = load_workbook(write_template(tmp_path / "t.xlsx", kind="members", translate=plain))
    ws = wb.worksheets[0]
    lists = drop_downs(ws)
    headers = [c.value for c in ws[1]]
    with_choices = {f.header for f in MEMBER_TEMPLATE if f.choices}
    assert {headers[ord(c) - ord("A")] for c in lists} == with_choices
    ethnicity = "ABCDEFGHIJKLMN"[headers.index("民族")]
    _sheet, cells = lists[ethnicity].split("!")
    first, last = cells.replace("$", "").split(":")
    values = [c.value for row in wb[LISTS_SHEET][first:last] for c in row]
    assert values == list(ETHNICITIES)


def test_resident_template_and_its_relation_list(tmp_path: Path) -> None:
    wb = load_workbook(write_template(tmp_path / "r.xlsx", kind="residents", translate=plain))
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == [f.header for f in RESIDENT_TEMPLATE]
    assert "与户主关系" in [c.value for c in ws[1]]
    assert len(drop_downs(ws)) == sum(1 for f in RESIDENT_TEMPLATE if f.choices)
    assert len(wb.sheetnames) == 3  # the template, how to fill it in, the hidden lists


def test_template_register_matches_the_template() -> None:
    spec = template_register("members")
    assert [c.header for c in spec.columns] == [f.header for f in MEMBER_TEMPLATE]
    assert spec.column("id_number").width >= 18
