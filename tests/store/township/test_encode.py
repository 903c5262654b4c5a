"""The store's encoded changes (JSON lines built by SQLite) hold exactly the collected records."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Boolean, Column, Float, Integer, MetaData, Table, Text, text
from sqlalchemy.schema import SchemaItem

from tests.store.conftest import add_branch, add_member, member
from villagedesk.core.dates import PartialDate
from villagedesk.core.members.roll import RollChange
from villagedesk.core.township.ports import Records
from villagedesk.store.station_store import StationStore
from villagedesk.store.syncable import SYNCABLE
from villagedesk.store.township import collect as sync_collect
from villagedesk.store.township.collect import collect_changes, encode_changes, sql_encodable

AWKWARD = '引号" 反斜杠\\ 换行\n 回车\r 制表\t 控制\x01\x1f 表情😀 ／ \u2028'


def _decoded(store: StationStore, since: int) -> Records:
    with store.engine.connect() as conn:
        found = encode_changes(conn, since=since)
        out: Records = {}
        for record_type in found.types:
            rows: list[dict[str, object]] = []
            for block in found.lines(record_type):
                assert block.endswith(b"\n")
                rows.extend(json.loads(line) for line in block.decode("utf-8").split("\n")[:-1])
            out[record_type] = rows
        return out


def _collected(store: StationStore, since: int) -> Records:
    with store.engine.connect() as conn:
        return collect_changes(conn, since=since)


def _fill(store: StationStore) -> int:
    """A branch, members (one voided, one without a branch, awkward text), roll events."""
    branch_id = add_branch(store, "第一党支部")
    ids = [
        add_member(store, member(f"党员{i}", serial=i, branch_id=branch_id if i else None))
        for i in range(3)
    ]
    with store.uow_factory() as uow:
        for member_id in ids:
            uow.members.add_event(member_id, RollChange.REGISTERED, PartialDate(2026, 1, 1), "")
        uow.commit()
        middle = uow.sync_source.counter()
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE members SET address = :a, voided_at = :v, version = version + 1000 "
                "WHERE id = :id"
            ),
            {"a": AWKWARD, "v": "2026-02-01T00:00:00.000Z", "id": ids[1]},
        )
    return middle


@pytest.mark.parametrize("in_sql", [True, False], ids=["built by SQLite", "built in Python"])
def test_encoded_lines_decode_to_the_collected_records(
    store: StationStore, monkeypatch: pytest.MonkeyPatch, in_sql: bool
) -> None:
    if not in_sql:
        monkeypatch.setattr(sync_collect, "sql_encodable", lambda table: False)
    middle = _fill(store)
    everything = _decoded(store, 0)
    assert list(everything) == list(SYNCABLE)
    assert everything == _collected(store, 0)
    awkward = [r for r in everything["members"] if r["address"] == AWKWARD]
    assert len(awkward) == 1 and awkward[0]["voided_at"] is not None
    assert [r["branch_id"] is None for r in everything["members"]].count(True) == 1
    changed = _decoded(store, middle)
    assert changed == _collected(store, middle)
    assert [r["uuid"] for r in changed["members"]] == [awkward[0]["uuid"]]


def test_only_integer_and_text_columns_are_encoded_by_sqlite() -> None:
    meta = MetaData()

    def table(*extra: SchemaItem) -> Table:
        return Table(f"t{len(meta.tables)}", meta, Column("id", Integer, primary_key=True), *extra)

    assert sql_encodable(table(Column("name", Text), Column("n", Integer)))
    assert not sql_encodable(table(Column("ratio", Float)))
    assert not sql_encodable(table(Column("flag", Boolean)))
    wide = [Column(f"c{i}", Text) for i in range(sync_collect.MAX_JSON_COLUMNS + 1)]
    assert not sql_encodable(table(*wide))
