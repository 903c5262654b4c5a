"""The per-table planners of the township import: order, one planner per table, the checks."""

from __future__ import annotations

from villagedesk.core.township.model import RecordChange, RecordStatus
from villagedesk.store.syncable import SYNCABLE
from villagedesk.store.township.apply_planner import (
    LABEL_KEYS,
    Decisions,
    ParentCheck,
    TablePlan,
    label,
    parents_ok,
    planner_for,
    table_order,
    version,
)


def test_every_syncable_table_comes_after_its_parents() -> None:
    order = [t.name for t in table_order()]
    assert sorted(order) == sorted(SYNCABLE)
    for table in table_order():
        for parent in planner_for(table).fks.values():
            if parent is not table:
                assert order.index(parent.name) < order.index(table.name)


def test_one_planner_per_table_knows_its_columns() -> None:
    members = SYNCABLE["members"]
    planner = planner_for(members)
    assert planner_for(members) is planner
    assert "id" not in planner.names and "uuid" in planner.names
    assert planner.fks == {"branch_id": SYNCABLE["branches"]}
    assert planner.label_keys == [k for k in LABEL_KEYS if k in planner.nameset]


def test_the_newest_row_of_a_uuid_wins_and_a_row_without_one_is_refused() -> None:
    planner = planner_for(SYNCABLE["branches"])
    decided = Decisions()
    rows = [
        {"uuid": "a", "version": 2, "name": "二"},
        {"uuid": "a", "version": 1, "name": "一"},
        {"uuid": "b", "version": 1},
        {"version": 9, "name": "无"},
    ]
    latest = planner.latest(rows, decided)
    assert latest == {"a": rows[0], "b": rows[2]}
    [change] = decided.changes
    assert change.status is RecordStatus.REFUSED and change.label == "无"
    assert decided.counts["branches"].refused == 1


def test_a_row_is_placed_new_updated_or_unchanged() -> None:
    planner = planner_for(SYNCABLE["branches"])
    tp = TablePlan(planner.table, planner.names, planner.fks)
    changes: list[RecordChange] = []
    row = {n: None for n in planner.names} | {"uuid": "a", "version": 3, "name": "支部"}
    assert planner.place(tp, "a", row, None, changes)
    old = dict(row, version=2, name="旧")
    assert planner.place(tp, "a", row, old, changes)
    assert not planner.place(tp, "a", row, dict(row), changes)  # same version: unchanged
    voided = dict(old, voided_at="2026-01-01T00:00:00.000Z")
    assert not planner.place(tp, "a", row, voided, changes)  # a tombstone stays
    assert [c.status for c in changes] == [RecordStatus.NEW, RecordStatus.UPDATED]
    assert changes[1].fields == ("name",)
    assert tp.inserts == [row] and tp.updates == [row]


def test_parents_must_be_stored_for_the_village_or_in_the_package() -> None:
    checks: list[ParentCheck] = [("parent_id", {"p1": "V1", "p2": "V2"}, {"p3"}, False)]
    assert parents_ok({"parent_id": None}, checks, "V1")
    assert parents_ok({"parent_id": "p1"}, checks, "V1")
    assert not parents_ok({"parent_id": "p2"}, checks, "V1")  # another village's
    assert parents_ok({"parent_id": "p3"}, checks, "V1")  # written in this package
    assert not parents_ok({"parent_id": "p4"}, checks, "V1")
    assert not parents_ok({"parent_id": 4}, checks, "V1")
    self_checks: list[ParentCheck] = [("parent_id", {}, set(), True)]
    assert parents_ok({"parent_id": "later"}, self_checks, "V1")  # set in the second pass


def test_labels_and_versions_of_odd_rows() -> None:
    assert label({"uuid": "0123456789", "name": ""}) == "01234567"
    assert label({"title": "题", "name": "名"}) == "名"
    assert version({"version": "3"}) == -1 and version({}) == -1
