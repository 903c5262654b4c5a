"""``audit export --out FILE.csv``: the log's entries as CSV (UTF-8 with BOM), filtered by day,
user or record, the ID number masked; the export is itself logged; a non-管理员 is refused."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.cli.helpers import STATION, PendingCatalogue, Run
from tests.exchange.roster_files import RESIDENT_HEADERS, resident_rows, write_csv
from villagedesk.core.accounts.guard import service_label
from villagedesk.core.audit.changes import LISTED_TEXT

PASSWORD = "Secret-2026x"
ID_NUMBER = "210503198503121026"
MEMBER = ("members", "add", "--name", "欧阳娜娜", "--id-number", ID_NUMBER)


@pytest.fixture
def admin(run: Run, monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setenv("VILLAGEDESK_PASSWORD", PASSWORD)
    result = run(*STATION, "--admin", "王书记")
    assert result.code == 0, result.err
    assert run("--user", "王书记", *MEMBER).code == 0
    return run


def _rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(data.decode("utf-8-sig").splitlines()))


def test_export_writes_every_entry_with_the_id_number_masked(admin: Run, tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    result = admin("--user", "王书记", "audit", "export", "--out", str(target))
    assert result.code == 0, result.err
    rows = _rows(target)
    header, body = rows[0], rows[1:]
    assert len(header) == 13
    label = service_label("members.services.register_member")
    assert label is not None
    said = PendingCatalogue().translate("Services", label)
    assert said and not said.isascii()  # the service in Chinese, not the code's name
    writes = [r for r in body if r[6] == said]
    assert any(r[11] == "欧阳娜娜" for r in writes)
    id_cells = [r[11] for r in writes if r[11].startswith("210503")]
    assert id_cells and all("*" in c for c in id_cells)
    assert ID_NUMBER.encode() not in target.read_bytes()
    count = len({r[0] for r in body})
    assert str(count) in result.out

    listed = admin("--user", "王书记", "audit", "list", "--json")
    assert '"kind": "export"' in listed.out


def test_export_filters_by_user_and_day(admin: Run, tmp_path: Path) -> None:
    target = tmp_path / "mine.csv"
    result = admin("--user", "王书记", "audit", "export", "--out", str(target), "--user", "免登录")
    assert result.code == 0, result.err
    assert {r[2] for r in _rows(target)[1:]} == {"免登录"}
    old = tmp_path / "old.csv"
    result = admin(
        "--user", "王书记", "audit", "export", "--out", str(old), "--until", "2001-01-01"
    )
    assert result.code == 0, result.err
    assert len(_rows(old)) == 1  # the header only


def test_export_refuses_a_viewer_and_bad_input(admin: Run, tmp_path: Path) -> None:
    assert admin("--user", "王书记", "users", "add", "--name", "小李", "--role", "查看").code == 0
    target = tmp_path / "log.csv"
    refused = admin("--user", "小李", "audit", "export", "--out", str(target))
    assert refused.code == 2 and "无权限" in refused.err
    assert not target.exists()
    bad_day = admin("--user", "王书记", "audit", "export", "--out", str(target), "--since", "x")
    assert bad_day.code == 2 and "--since" in bad_day.err
    not_csv = admin("--user", "王书记", "audit", "export", "--out", str(tmp_path / "a.xlsx"))
    assert not_csv.code == 2


def test_an_imports_new_records_are_one_row_each_saying_so(admin: Run, tmp_path: Path) -> None:
    roster = write_csv(tmp_path / "居民.csv", [RESIDENT_HEADERS, *resident_rows()], "gbk")
    assert admin("--user", "王书记", "import", "residents", str(roster)).code == 0
    target = tmp_path / "log.csv"
    assert admin("--user", "王书记", "audit", "export", "--out", str(target)).code == 0
    said = PendingCatalogue().translate("Audit", LISTED_TEXT)
    assert said and not said.isascii()
    listed = [r for r in _rows(target)[1:] if r[11] == said]
    assert len(listed) == 7  # 5 residents and their 2 households, one row each
    assert all(r[9] == r[10] == "" and r[12].startswith("居民.csv sha256:") for r in listed)
