"""``villagedesk members add|search``."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from tests.cli.helpers import Run
from villagedesk.cli.commands import unit_of_work
from villagedesk.core.id_number import check_character
from villagedesk.core.members.model import Category, mask_to_categories
from villagedesk.core.members.roll import RollChange
from villagedesk.core.members.services import change_roll_status
from villagedesk.core.search import parse_search
from villagedesk.store.station_store import open_station_store

ZHANG = "370323198501011236"


def _id(base: str) -> str:
    return base + check_character(base)


def _add(run: Run, name: str, id_number: str, *extra: str) -> None:
    result = run("members", "add", "--name", name, "--id-number", id_number, *extra)
    assert result.code == 0, result.err


def test_add_creates_an_unknown_branch_and_says_so(station: Run) -> None:
    result = station(
        "members",
        "add",
        "--name",
        "张 伟",
        "--id-number",
        ZHANG,
        "--branch",
        "第一党支部",
        "--phone",
        "13905331111",
    )
    assert result.code == 0
    assert result.lines == ["已新建支部：第一党支部", "已登记党员：张 伟"]
    again = station(
        "members",
        "add",
        "--name",
        "李娜",
        "--id-number",
        _id("37032319900315452"),
        "--branch",
        "第一党支部",
    )
    assert again.lines == ["已登记党员：李娜"]


def test_search_prints_tab_separated_rows_without_header(station: Run) -> None:
    _add(
        station,
        "张伟",
        ZHANG,
        "--branch",
        "第一党支部",
        "--phone",
        "13905331111",
        "--joined-on",
        "2010.05",
    )
    result = station("members", "search", "zw")
    assert result.code == 0
    # ID number and phone masked as on a notice: the output ends up in terminals and logs.
    assert result.lines == ["张伟\t370323********1236\t139****1111\t第一党支部\t正式党员\t在册"]
    assert station("members", "search", "1236").lines == result.lines


def test_search_without_a_match_prints_nothing_and_exits_0(station: Run) -> None:
    _add(station, "张伟", ZHANG)
    result = station("members", "search", "王")
    assert (result.code, result.out, result.err) == (0, "", "")


def test_search_finds_members_no_longer_on_the_roll(station: Run, data_dir: Path) -> None:
    _add(station, "张伟", ZHANG)
    store = open_station_store(data_dir, now=datetime.now())
    try:
        [member_id] = store.member_reader.search_ids(parse_search(ZHANG))
        change_roll_status(
            unit_of_work(store),
            member_id=member_id,
            change=RollChange.TRANSFER_OUT,
            effective_on="2024.01",
            reason="迁居外地",
            today=date.today(),
        )
    finally:
        store.close()
    assert station("members", "search", "张伟").lines[0].endswith("\t转出")


def test_categories_accept_codes_and_chinese_names(station: Run, data_dir: Path) -> None:
    _add(
        station,
        "张伟",
        ZHANG,
        "--category",
        "流动党员",
        "--category",
        "retired",
        "--education",
        "大专",
    )
    store = open_station_store(data_dir, now=datetime.now())
    try:
        ids = store.member_reader.search_ids(parse_search("张伟"))
        [(mask, education)] = store.member_reader.rows(ids, ["categories", "education"]).values()
    finally:
        store.close()
    assert mask_to_categories(mask) == {Category.MOBILE, Category.RETIRED}
    assert education == "college"


def test_invalid_input_lists_every_problem_and_writes_nothing(station: Run) -> None:
    result = station(
        "members",
        "add",
        "--name",
        "张伟",
        "--id-number",
        "370323198501011234",
        "--phone",
        "123",
        "--joined-on",
        "去年",
        "--category",
        "积极分子",
    )
    assert result.code == 2
    assert result.out == ""
    lines = result.err.splitlines()
    # The ID number's own words name the field: "公民身份号码：公民身份号码校验码…" said it twice.
    assert lines[0] == "公民身份号码校验码不正确，可能有输入错误，请核对。"
    fields = [line.split("：", 1)[0] for line in lines[1:]]
    assert fields == ["联系电话", "入党时间", "党员分类"]
    assert "积极分子" in result.err
    assert station("members", "search", "").out == ""


def test_a_duplicate_id_number_is_refused(station: Run) -> None:
    _add(station, "张伟", ZHANG)
    result = station("members", "add", "--name", "张卫", "--id-number", ZHANG)
    assert result.code == 2
    assert result.err.startswith("公民身份号码：") and "张伟" in result.err
    assert len(station("members", "search", "").lines) == 1


def test_warnings_go_to_stderr_and_the_member_is_saved(station: Run) -> None:
    unknown_region = _id("71010119850101123")
    result = station("members", "add", "--name", "赵敏", "--id-number", unknown_region)
    assert result.code == 0
    assert result.err.startswith("注意：") and "710101" in result.err
    assert result.lines == ["已登记党员：赵敏"]
    assert len(station("members", "search", "赵敏").lines) == 1
