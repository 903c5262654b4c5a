"""Accounts and the audit log on the command line: ``station init --admin``, ``--user``,
``users …`` and ``audit verify|list``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import STATION, Run

PASSWORD = "Secret-2026x"
MEMBER = ("members", "add", "--name", "欧阳娜娜", "--id-number", "210503198503121026")


@pytest.fixture
def admin(run: Run, monkeypatch: pytest.MonkeyPatch) -> Run:
    """A station set up with the 管理员 王书记 (the password in VILLAGEDESK_PASSWORD)."""
    monkeypatch.setenv("VILLAGEDESK_PASSWORD", PASSWORD)
    result = run(*STATION, "--admin", "王书记")
    assert result.code == 0, result.err
    return run


def test_init_with_admin_shows_the_recovery_code_once_and_keeps_only_its_hash(
    run: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VILLAGEDESK_PASSWORD", PASSWORD)
    result = run(*STATION, "--admin", "王书记")
    assert result.code == 0, result.err
    code = next(w for w in result.out.replace("：", " ").split() if w.count("-") == 4)
    stored = (data_dir / "villagedesk.db").read_bytes()
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert code.encode() not in path.read_bytes(), path
    assert PASSWORD.encode() not in stored


def test_a_station_with_accounts_refuses_a_command_without_user(admin: Run) -> None:
    result = admin("station", "show")
    assert result.code == 2
    assert "--user" in result.err


def test_a_wrong_password_is_refused_and_counted(
    admin: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VILLAGEDESK_PASSWORD", "wrong-password")
    for left in (4, 3, 2, 1):
        result = admin("--user", "王书记", "station", "show")
        assert result.code == 2 and str(left) in result.err
    result = admin("--user", "王书记", "station", "show")
    assert result.code == 2
    monkeypatch.setenv("VILLAGEDESK_PASSWORD", PASSWORD)
    assert admin("--user", "王书记", "station", "show").code == 2  # locked for ten minutes


def test_a_viewer_may_read_but_not_write(admin: Run, data_dir: Path) -> None:
    assert admin("--user", "王书记", "users", "add", "--name", "小李", "--role", "查看").code == 0
    assert admin("--user", "小李", "station", "show").code == 0
    result = admin("--user", "小李", *MEMBER)
    assert result.code == 2
    with sqlite3.connect(data_dir / "villagedesk.db") as raw:
        assert raw.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    assert admin("--user", "小李", "users", "list").code == 2
    assert admin("--user", "小李", "audit", "verify").code == 2


def test_users_list_lock_unlock(admin: Run) -> None:
    assert admin("--user", "王书记", "users", "add", "--name", "小张", "--role", "录入员").code == 0
    listed = json.loads(admin("--user", "王书记", "users", "list", "--json").out)
    assert {(u["name"], u["role"]) for u in listed} == {("王书记", "管理员"), ("小张", "录入员")}
    assert admin("--user", "王书记", "users", "lock", "小张").code == 0
    assert admin("--user", "小张", "station", "show").code == 2
    assert admin("--user", "王书记", "users", "unlock", "小张").code == 0
    assert admin("--user", "小张", "station", "show").code == 0


def test_audit_list_names_who_changed_what_without_the_id_number(admin: Run) -> None:
    assert admin("--user", "王书记", *MEMBER).code == 0
    listed = json.loads(admin("--user", "王书记", "audit", "list", "--json").out)
    writes = [e for e in listed if e["kind"] == "write" and e["actor"] == "王书记"]
    assert writes
    records = [r for e in writes for r in e.get("records", [])]
    assert any(r["record_type"] == "members" for r in records)
    assert "210503198503121026" not in json.dumps(listed, ensure_ascii=False)
    assert admin("--user", "王书记", "audit", "list", "--since", "not-a-day").code == 2


def test_audit_verify_names_the_first_bad_entry(admin: Run, data_dir: Path) -> None:
    assert admin("--user", "王书记", *MEMBER).code == 0
    assert admin("--user", "王书记", "audit", "verify").code == 0
    with sqlite3.connect(data_dir / "villagedesk.db") as raw:
        raw.execute("DROP TRIGGER audit_log_no_update")
        raw.execute("UPDATE audit_log SET actor = '别人' WHERE seq = 2")
    result = admin("--user", "王书记", "audit", "verify")
    assert result.code == 1
    assert "2" in result.out


def test_a_viewer_may_not_print_personal_data_a_clerks_print_is_logged(
    admin: Run, tmp_path: Path
) -> None:
    for name, role in (("小李", "查看"), ("小张", "录入员")):
        assert admin("--user", "王书记", "users", "add", "--name", name, "--role", role).code == 0
    refused = tmp_path / "refused.pdf"
    assert admin("--user", "小李", "print", "ledger", "members", "--out", str(refused)).code == 2
    assert not refused.exists()
    printed = tmp_path / "printed.pdf"
    assert admin("--user", "小张", "print", "ledger", "members", "--out", str(printed)).code == 0
    assert printed.exists()
    listed = json.loads(admin("--user", "王书记", "audit", "list", "--json").out)
    assert any(e["kind"] == "print" and e["actor"] == "小张" for e in listed)
    assert not any(e["kind"] == "print" and e["actor"] == "小李" for e in listed)


def _events(admin: Run) -> list[tuple[str, str, str]]:
    listed = json.loads(admin("--user", "王书记", "audit", "list", "--json").out)
    return [(e["kind"], e["actor"], e["note"]) for e in listed if e["kind"] != "write"]


def test_a_backup_and_a_restore_are_logged_and_a_clerk_may_do_neither(admin: Run) -> None:
    assert admin("--user", "王书记", "users", "add", "--name", "小张", "--role", "录入员").code == 0
    assert admin("--user", "小张", "backup", "create").code == 2
    made = admin("--user", "王书记", "backup", "create")
    assert made.code == 0, made.err
    name = Path(made.out.strip().splitlines()[-1].split()[-1]).name
    assert ("backup", "王书记", name) in _events(admin)
    assert admin("--user", "王书记", *MEMBER).code == 0
    assert admin("--user", "小张", "backup", "restore", name).code == 2
    restored = admin("--user", "王书记", "backup", "restore", name)
    assert restored.code == 0, restored.err
    # the restored log goes on from the copy's own entries, then says it was put back
    events = _events(admin)
    assert ("restore", "王书记", name) in events
    assert not any(actor == "小张" for kind, actor, _ in events if kind in ("backup", "restore"))
    assert admin("--user", "王书记", "audit", "verify").code == 0
