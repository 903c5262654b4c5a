"""``villagedesk check`` runs the domain rules over every stored record and reports what fails:
an ID number with a wrong check digit, a roll event deleted straight in the database."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import Run
from villagedesk.datadir import DB_NAME

ID_NUMBER = re.compile(r"\d{17}[\dXx]")
PHONE = re.compile(r"1\d{10}")


@pytest.fixture
def demo(station: Run, zh: None) -> Run:
    assert station("demo", "--members", "40").code == 0
    return station


def edit(data_dir: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def one(data_dir: Path, sql: str) -> tuple[object, ...]:
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        row = conn.execute(sql).fetchone()
    finally:
        conn.close()
    assert row is not None
    return tuple(row)


def test_demo_data_follows_every_rule(demo: Run) -> None:
    result = demo("check")
    assert (result.code, result.lines) == (0, ["数据库检查通过", "所有记录都符合规则。"])


def test_a_wrong_check_digit_is_reported_not_fixed(demo: Run, data_dir: Path) -> None:
    member_id, name, number = one(
        data_dir, "SELECT id, name, id_number FROM members WHERE voided_at IS NULL LIMIT 1"
    )
    assert isinstance(number, str)
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    edit(data_dir, "UPDATE members SET id_number = ? WHERE id = ?", wrong, member_id)
    result = demo("check")
    assert result.code == 1
    assert result.lines[:2] == ["数据库检查通过", "有 1 条记录不符合规则（仅报告，未做任何修改）："]
    [line] = result.lines[2:]
    assert line.startswith(f"  党员 {name}（") and "校验码" in line
    assert not ID_NUMBER.search(result.out + result.err)
    assert not PHONE.search(result.out + result.err)
    assert one(data_dir, f"SELECT id_number FROM members WHERE id = {member_id}") == (wrong,)


def test_a_deleted_roll_event_is_reported(demo: Run, data_dir: Path) -> None:
    member_id, name = one(
        data_dir,
        "SELECT m.id, m.name FROM members m WHERE m.roll_status = 'transferred_out' "
        "AND m.voided_at IS NULL LIMIT 1",
    )
    edit(
        data_dir,
        "DELETE FROM member_events WHERE member_id = ? AND change = 'transfer_out'",
        member_id,
    )
    result = demo("check")
    assert result.code == 1
    [line] = result.lines[2:]
    assert line.startswith(f"  党员 {name}（")
    assert "党籍状态为“转出”，但党籍变更记录最后为“在册”" in line


def test_an_event_the_rules_do_not_allow_is_reported(demo: Run, data_dir: Path) -> None:
    (member_id,) = one(
        data_dir,
        "SELECT id FROM members WHERE roll_status = 'on_roll' AND voided_at IS NULL LIMIT 1",
    )
    event_uuid = "0f0e0d0c-0b0a-4908-8706-050403020100"
    edit(
        data_dir,
        "INSERT INTO member_events (uuid, station_code, version, created_at, updated_at, "
        "member_id, change, effective_on, reason, recorded_at) "
        "SELECT ?, station_code, 999999, created_at, updated_at, id, 'restored', '2026-01-01', "
        "'', created_at FROM members WHERE id = ?",
        event_uuid,
        member_id,
    )
    result = demo("check")
    assert result.code == 1
    assert any("“恢复党籍”出现在“在册”之后" in line for line in result.lines), result.out


def test_a_township_checks_its_villages_records_as_theirs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.cli.test_sync_trust_cli import _enrolled
    from tests.cli.test_sync_village_cli import _add_member, _export

    s, _fp = _enrolled(tmp_path, capsys)
    _add_member(s, "370323196005010016")
    package = _export(s)
    village_fp = s.village("sync", "fingerprint").out.strip()
    assert s.township("sync", "import", str(package), "--accept", village_fp).code == 0
    assert s.township("check").code == 0
    assert s.village("check").code == 0
