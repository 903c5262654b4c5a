"""The audit log as the store writes it: every committed change, in the same transaction, by
the acting user, redacted; nothing for a rollback; a 查看's write refused; tampering found."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from tests.store.conftest import add_member, member
from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.accounts.permissions import NotPermitted
from villagedesk.core.audit.chain import ChainProblem
from villagedesk.core.audit.changes import is_listed, parse_change_line
from villagedesk.core.audit.entry import AuditEntry, AuditKind, FieldChange
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.audit.services import check_log, verify_log
from villagedesk.core.members.roll import RollStatus
from villagedesk.store.station_store import StationStore

PHONE = "13904141234"


def _db(store: StationStore) -> Path:
    return store.db_path


def _audit_text(store: StationStore) -> str:
    with sqlite3.connect(_db(store)) as raw:
        rows = raw.execute("SELECT * FROM audit_log").fetchall()
        rows += raw.execute("SELECT * FROM audit_changes").fetchall()
    return repr(rows)


def _entries(store: StationStore) -> list[AuditEntry]:
    uow = store.uow_factory()
    with uow.for_reading():
        return uow.audit_log.entries(AuditFilter())


def test_a_committed_write_is_one_entry_by_the_actor_with_its_records(
    store: StationStore,
) -> None:
    store.uow_factory.actor = Actor("小王", Role.CLERK, device="pc-1")
    values_in = member("欧阳娜娜", serial=21, phone=PHONE, birth=date(1985, 3, 12))
    number = values_in.id_number
    add_member(store, values_in)
    entry = _entries(store)[0]
    assert (entry.actor, entry.role, entry.device, entry.kind) == ("小王", "clerk", "pc-1", "write")
    uow = store.uow_factory()
    with uow.for_reading():
        lines = [parse_change_line(line) for line in uow.audit_log.changes(entry.seq)]
    members = [fields for kind, _, fields in lines if kind == "members"]
    assert members, lines
    values = {field: new for field, _, new in members[0]}
    assert values["name"] == "欧阳娜娜"
    assert values["id_number"] != number and str(values["id_number"]).endswith(number[-4:])
    assert values["birth_date"] == "1985-**-**"
    text = _audit_text(store)
    assert number not in text and PHONE not in text and "19850312" not in text


def test_a_rolled_back_write_leaves_no_entry(store: StationStore) -> None:
    before = len(_entries(store))
    uow = store.uow_factory()
    with uow:
        uow.members.add(member("张三", serial=31), status=RollStatus.ON_ROLL)
        uow.rollback()
    with uow:
        pass
    assert len(_entries(store)) == before


def test_a_viewer_changes_nothing_whatever_the_path(store: StationStore) -> None:
    store.uow_factory.actor = Actor("查看员", Role.VIEWER, device="pc-1")
    before = len(_entries(store))
    with pytest.raises(NotPermitted):
        add_member(store, member("李四", serial=41))
    with sqlite3.connect(_db(store)) as raw:
        assert raw.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    assert len(_entries(store)) == before


def test_an_event_travels_with_no_record_change(store: StationStore) -> None:
    store.uow_factory.actor = Actor("查看员", Role.VIEWER, device="pc-1")
    uow = store.uow_factory()
    with uow:
        uow.audit.record(uow.audit.draft(AuditKind.PRINT, "reports.notice", note="公示"))
        uow.commit()
    entry = _entries(store)[0]
    assert (entry.kind, entry.actor, entry.note, entry.changes) == ("print", "查看员", "公示", 0)


def test_the_program_cannot_rewrite_the_log(store: StationStore) -> None:
    add_member(store, member("王五", serial=51))
    uow = store.uow_factory()
    with uow, pytest.raises(DBAPIError):
        uow.connection.exec_driver_sql("UPDATE audit_log SET actor = 'x'")
    with uow, pytest.raises(DBAPIError):
        uow.connection.exec_driver_sql("DELETE FROM audit_changes")


def _tamper(store: StationStore, *statements: str) -> None:
    with sqlite3.connect(_db(store)) as raw:
        for trigger in ("audit_log_no_update", "audit_log_no_delete"):
            raw.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for trigger in ("audit_changes_no_update", "audit_changes_no_delete"):
            raw.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for statement in statements:
            raw.execute(statement)


def _three_writes(store: StationStore) -> None:
    for serial, name in ((61, "甲"), (62, "乙"), (63, "丙")):
        add_member(store, member(f"赵{name}", serial=serial))


def test_an_intact_log_verifies(store: StationStore) -> None:
    _three_writes(store)
    check = verify_log(store.uow_factory())
    assert check.ok and check.checked == len(_entries(store))


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("UPDATE audit_log SET actor = '别人' WHERE seq = 2", ChainProblem.EDITED),
        (
            "UPDATE audit_changes SET change = replace(change, '赵乙', '赵丁') WHERE seq = 3",
            ChainProblem.EDITED,
        ),
        ("DELETE FROM audit_changes WHERE seq = 3", ChainProblem.EDITED),
        (
            "INSERT INTO audit_changes SELECT seq, position + 100, record_type, record_uuid, "
            "change FROM audit_changes WHERE seq = 2",
            ChainProblem.EDITED,
        ),
        ("UPDATE audit_changes SET record_uuid = 'x' WHERE seq = 3", ChainProblem.EDITED),
        ("DELETE FROM audit_log WHERE seq = 3", ChainProblem.MISSING),
    ],
)
def test_an_edit_a_deleted_change_or_entry_is_found(
    store: StationStore, statement: str, problem: ChainProblem
) -> None:
    _three_writes(store)
    _tamper(store, statement)
    uow = store.uow_factory()
    with uow.for_reading():
        check = check_log(uow.audit_log)
    assert not check.ok
    assert check.problem is problem
    assert check.bad_seq is not None and check.bad_seq <= 3


def test_cutting_off_the_newest_entries_is_found_by_the_head(store: StationStore) -> None:
    _three_writes(store)
    last = _entries(store)[0].seq
    _tamper(
        store,
        f"DELETE FROM audit_log WHERE seq = {last}",
        f"DELETE FROM audit_changes WHERE seq = {last}",
    )
    uow = store.uow_factory()
    with uow.for_reading():
        check = check_log(uow.audit_log)
    assert check.problem is ChainProblem.MISSING and check.bad_seq == last


def test_summary_mode_writes_one_entry_for_many_records(store: StationStore) -> None:
    before = len(_entries(store))
    uow = store.uow_factory()
    with uow:
        uow.audit.summarize(uow.audit.draft(AuditKind.SYNC, "township.import", note="东河村"))
        for serial in range(71, 76):
            uow.members.add(member(f"孙{serial}", serial=serial), status=RollStatus.ON_ROLL)
        uow.commit()
    entries = _entries(store)
    assert len(entries) == before + 1
    assert (entries[0].kind, entries[0].note, entries[0].changes) == ("sync", "东河村", 0)
    assert verify_log(store.uow_factory()).ok


def _lines(store: StationStore, seq: int) -> list[tuple[str, str, tuple[FieldChange, ...]]]:
    uow = store.uow_factory()
    with uow.for_reading():
        return [parse_change_line(line) for line in uow.audit_log.changes(seq)]


def test_listed_inserts_name_new_records_only_and_updates_keep_their_fields(
    store: StationStore,
) -> None:
    """An import's transaction: its new records listed by uuid (their values are the file's),
    its update with the fields old and new; the triggers are back for the next write."""
    old_id = add_member(store, member("钱甲", serial=81))
    uow = store.uow_factory()
    with uow:
        uow.audit.list_inserts("花名册.xlsx sha256:ab12")
        uow.members.add_many(
            [member(f"孙{s}", serial=s) for s in range(82, 85)],
            status=RollStatus.ON_ROLL,
            registered_on=date(2026, 3, 1),
        )
        found = uow.members.get(old_id)
        assert found is not None
        uow.members.update(old_id, replace(found.values, name="钱乙"))
        uow.commit()
    entry = _entries(store)[0]
    assert entry.note == "花名册.xlsx sha256:ab12" and entry.changes == 7
    lines = _lines(store, entry.seq)
    listed = [(kind, uuid) for kind, uuid, fields in lines if is_listed(fields)]
    assert [kind for kind, _ in listed].count("members") == 3
    assert [kind for kind, _ in listed].count("member_events") == 3
    with sqlite3.connect(_db(store)) as raw:
        rows = raw.execute("SELECT uuid FROM members WHERE name LIKE '孙%'").fetchall()
    uuids = {uuid for (uuid,) in rows}
    assert {uuid for kind, uuid in listed if kind == "members"} == uuids
    [update] = [fields for _, _, fields in lines if not is_listed(fields)]
    assert ("name", "钱甲", "钱乙") in update
    assert verify_log(store.uow_factory()).ok
    add_member(store, member("周丙", serial=85))
    [(_, _, fields)] = [x for x in _lines(store, _entries(store)[0].seq) if x[0] == "members"]
    assert ("name", None, "周丙") in fields  # an ordinary write lists its values again


def test_a_rolled_back_listing_leaves_the_triggers_in_place(store: StationStore) -> None:
    uow = store.uow_factory()
    with uow:
        uow.audit.list_inserts("x")
        uow.members.add(member("吴丁", serial=91), status=RollStatus.ON_ROLL)
        uow.rollback()
    add_member(store, member("郑戊", serial=92))
    lines = _lines(store, _entries(store)[0].seq)
    assert any(("name", None, "郑戊") in fields for kind, _, fields in lines if kind == "members")


def test_a_new_record_that_takes_a_freed_rowid_is_listed_too(store: StationStore) -> None:
    """SQLite gives a new row the highest rowid plus one: once the top row is deleted, a new
    one takes its number, below the mark noted when the listing began."""
    add_member(store, member("冯甲", serial=93))
    top = add_member(store, member("陈乙", serial=94))
    uow = store.uow_factory()
    with uow:
        uow.audit.list_inserts("x")
        conn = uow.connection
        conn.exec_driver_sql("DELETE FROM member_events WHERE member_id = ?", (top,))
        conn.exec_driver_sql("DELETE FROM members WHERE id = ?", (top,))
        uow.members.add_many(
            [member("褚丙", serial=95)], status=RollStatus.ON_ROLL, registered_on=date(2026, 3, 1)
        )
        uow.commit()
    with sqlite3.connect(_db(store)) as raw:
        rowid, uuid = raw.execute("SELECT id, uuid FROM members WHERE name = '褚丙'").fetchone()
    assert rowid == top
    lines = _lines(store, _entries(store)[0].seq)
    assert ("members", uuid) in [(kind, u) for kind, u, fields in lines if is_listed(fields)]
    deleted = [fields for kind, _, fields in lines if kind == "members" and not is_listed(fields)]
    assert any(("name", "陈乙", None) in fields for fields in deleted)
