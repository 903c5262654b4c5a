"""The resident import: people grouped into households, the head's uniqueness, re-import."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.exchange.roster_files import (
    LI,
    RESIDENT_HEADERS,
    SUN,
    TODAY,
    WANG,
    ZHANG,
    ZHAO,
    ZHOU,
    resident_rows,
    write_csv,
)
from villagedesk.core.households.model import Relation
from villagedesk.core.importing.rows import ImportKind, RowOutcome, SourceRow
from villagedesk.core.importing.services import apply_import, preview_import
from villagedesk.core.station import Station, StationLevel
from villagedesk.exchange.cells import read_import_file
from villagedesk.store.station_store import StationStore, open_station_store

R = ImportKind.RESIDENTS


@pytest.fixture
def store(tmp_path: Path) -> Iterator[StationStore]:
    s = open_station_store(tmp_path / "data", now=datetime(2026, 1, 15, 9, 0))
    with s.uow_factory() as uow:
        uow.station.save(Station(code="370323104203", name="东河村", level=StationLevel.VILLAGE))
        uow.commit()
    yield s
    s.close()


def row(line: int, **values: str) -> SourceRow:
    return SourceRow(line, tuple(values.values()), values)


def households(store: StationStore) -> dict[str, list[tuple[str, Relation]]]:
    """Household address → its residents (name, relation), the head first."""
    with store.uow_factory() as uow:
        out: dict[str, list[tuple[str, Relation]]] = {}
        for number in (ZHANG, LI, WANG, ZHAO, SUN, ZHOU):
            r = uow.residents.find_by_id_number(number)
            if r is not None and r.household_address not in out:
                out[r.household_address] = [
                    (p.name, p.values.relation) for p in uow.residents.in_household(r.household_id)
                ]
        return out


def test_a_gbk_csv_groups_people_by_household_number(store: StationStore, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "居民.csv", [RESIDENT_HEADERS, *resident_rows()], "gbk")
    loaded = read_import_file(path, R)
    preview = preview_import(store.uow_factory(), kind=R, rows=loaded.rows, today=TODAY)
    assert preview.counts.new == 5 and preview.new_households == 2
    apply_import(store.uow_factory(), kind=R, rows=loaded.rows, today=TODAY)
    assert households(store) == {
        "东河村一组8号": [
            ("张三", Relation.HEAD), ("李四", Relation.SPOUSE), ("张小五", Relation.SON)
        ],
        "东河村二组3号": [("赵六", Relation.HEAD), ("孙七", Relation.OTHER)],
    }  # fmt: skip
    again = apply_import(store.uow_factory(), kind=R, rows=loaded.rows, today=TODAY)
    assert not again.wrote and again.preview.counts.unchanged == 5


def test_grouped_by_the_heads_id_number_or_by_order(store: StationStore) -> None:
    rows = [
        row(2, name="张三", relation="户主", id_number=ZHANG, address="一组1号"),
        row(3, name="李四", relation="配偶", id_number=LI, head_id_number=ZHANG),
        row(4, name="赵六", relation="户主", id_number=ZHAO, address="二组2号"),
        row(5, name="孙七", relation="长女", id_number=SUN),  # follows her head
    ]
    apply_import(store.uow_factory(), kind=R, rows=rows, today=TODAY)
    assert households(store) == {
        "一组1号": [("张三", Relation.HEAD), ("李四", Relation.SPOUSE)],
        "二组2号": [("赵六", Relation.HEAD), ("孙七", Relation.DAUGHTER)],
    }


def test_rows_that_cannot_be_placed_or_a_second_head_are_refused(store: StationStore) -> None:
    rows = [
        row(2, name="孙七", relation="女", id_number=SUN),  # no head before her
        row(3, name="张三", relation="户主", id_number=ZHANG, household_no="1"),
        row(4, name="李四", relation="户主", id_number=LI, household_no="1"),
        row(5, name="赵六", relation="户主", id_number=ZHAO, household_no="2"),  # no address
        row(6, name="王五", relation="", id_number=WANG, household_no="1"),
    ]
    preview = preview_import(store.uow_factory(), kind=R, rows=rows, today=TODAY)
    outcome = {r.line: r for r in preview.rows}
    assert "Cannot tell which household" in outcome[2].reasons[0].render()
    assert outcome[3].outcome is RowOutcome.REFUSED  # household 1 has no address either
    assert "家庭住址" in outcome[3].reasons[0].render()
    assert outcome[6].reasons[0].render() == "与户主关系: Choose the relation to the head."


def test_a_second_head_is_refused_and_an_update_changes_the_address(store: StationStore) -> None:
    first = [
        row(2, name="张三", relation="户主", id_number=ZHANG, household_no="1", address="一组1号")
    ]
    apply_import(store.uow_factory(), kind=R, rows=first, today=TODAY)
    later = [
        row(2, name="张三", relation="户主", id_number=ZHANG, household_no="1", address="一组9号"),
        row(3, name="李四", relation="户主", id_number=LI, household_no="1"),
        row(4, name="张小五", relation="子", id_number=WANG, household_no="1"),
    ]
    preview = preview_import(store.uow_factory(), kind=R, rows=later, today=TODAY)
    head, second, son = preview.rows
    assert head.outcome is RowOutcome.UPDATE
    assert [(c.header, c.old, c.new) for c in head.changes] == [("家庭住址", "一组1号", "一组9号")]
    assert second.outcome is RowOutcome.REFUSED
    assert "already has a head: 张三" in second.reasons[0].render()
    assert son.outcome is RowOutcome.NEW
    apply_import(store.uow_factory(), kind=R, rows=later, today=TODAY)
    assert households(store) == {"一组9号": [("张三", Relation.HEAD), ("张小五", Relation.SON)]}
