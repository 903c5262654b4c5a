"""The member import service on a real station database: preview, apply, re-import, cancel."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.exchange.roster_files import LI, SUN, TODAY, WANG, ZHANG, ZHAO, write_member_roster
from villagedesk.core.importing.rows import ImportKind, RowOutcome, SourceRow
from villagedesk.core.importing.services import apply_import, preview_import
from villagedesk.core.members.model import Standing
from villagedesk.core.progress import Cancelled, Progress
from villagedesk.core.station import Station, StationLevel
from villagedesk.exchange.cells import read_import_file
from villagedesk.store.station_store import StationStore, open_station_store

M = ImportKind.MEMBERS


@pytest.fixture
def store(tmp_path: Path) -> Iterator[StationStore]:
    s = open_station_store(tmp_path / "data", now=datetime(2026, 1, 15, 9, 0))
    with s.uow_factory() as uow:
        uow.station.save(Station(code="370323104203", name="东河村", level=StationLevel.VILLAGE))
        uow.commit()
    yield s
    s.close()


def rows(tmp_path: Path) -> list[SourceRow]:
    return read_import_file(write_member_roster(tmp_path / "roster.xlsx"), M).rows


def row(line: int, **values: str) -> SourceRow:
    return SourceRow(line, tuple(values.values()), values)


def member(store: StationStore, number: str):  # type: ignore[no-untyped-def]
    with store.uow_factory() as uow:
        return uow.members.find_by_id_number(number)


def test_the_preview_shows_each_row_and_writes_nothing(store: StationStore, tmp_path: Path) -> None:
    preview = preview_import(store.uow_factory(), kind=M, rows=rows(tmp_path), today=TODAY)
    by_line = {r.line: r for r in preview.rows}
    assert [by_line[n].outcome for n in (4, 5, 6, 9)] == [RowOutcome.NEW] * 4
    assert by_line[4].name == "张三"
    assert by_line[6].name == "WANG五"  # full-width letters normalised
    assert by_line[7].outcome is RowOutcome.REFUSED
    assert [m.render() for m in by_line[7].reasons] == ["Same person as row 4."]
    assert by_line[8].outcome is RowOutcome.REFUSED  # the ID typed into a number cell
    assert "Set the ID number column to text" in by_line[8].reasons[0].render()
    assert by_line[10].outcome is RowOutcome.REFUSED  # …000: rounded by Excel
    assert "Set the ID number column to text" in by_line[10].reasons[0].render()
    assert preview.new_branches == ("第一党支部", "第二党支部", "新建支部")
    assert preview.counts.new == 4 and preview.counts.refused == 3
    with store.uow_factory() as uow:
        assert uow.members.count() == 0


def test_values_are_read_as_people_type_them(store: StationStore, tmp_path: Path) -> None:
    apply_import(store.uow_factory(), kind=M, rows=rows(tmp_path), today=TODAY)
    zhang, li, wang = member(store, ZHANG), member(store, LI), member(store, WANG)
    assert zhang.values.joined_on.display() == "1999.07"  # a month stays a month
    assert zhang.values.full_member_on.display() == "2000.07"
    assert zhang.values.education.value == "bachelor"
    assert zhang.branch_name == "第一党支部"
    assert li.values.phone == "13905331235"  # full-width digits
    assert li.values.joined_on.display() == "2001.07.01"
    assert li.values.education.value == "secondary_vocational"  # 中等专科 = 中专
    assert wang.values.ethnicity == "回族"  # 回 = 回族
    assert wang.values.full_member_on.display() == "1986.07"


def test_the_default_standing_is_shown_in_the_preview(store: StationStore, tmp_path: Path) -> None:
    preview = preview_import(store.uow_factory(), kind=M, rows=rows(tmp_path), today=TODAY)
    sun = next(r for r in preview.rows if r.id_number == SUN)
    assert "Probationary member" in " ".join(n.render() for n in sun.notes)
    apply_import(store.uow_factory(), kind=M, rows=rows(tmp_path), today=TODAY)
    assert member(store, SUN).values.standing is Standing.PROBATIONARY  # joined 2025.10
    assert member(store, ZHANG).values.standing is Standing.FULL


def test_apply_writes_once_after_the_backup_and_a_second_import_changes_nothing(
    store: StationStore, tmp_path: Path
) -> None:
    calls: list[Path] = []

    def backup() -> None:
        calls.append(store.backup_now(datetime(2026, 1, 15, 9, 30)))

    first = apply_import(
        store.uow_factory(), kind=M, rows=rows(tmp_path), today=TODAY, before_write=backup
    )
    assert first.wrote and len(calls) == 1 and calls[0].is_file()
    again = apply_import(
        store.uow_factory(), kind=M, rows=rows(tmp_path), today=TODAY, before_write=backup
    )
    assert not again.wrote and len(calls) == 1
    assert again.preview.counts.unchanged == 4 and again.preview.counts.new == 0
    with store.uow_factory() as uow:
        assert uow.members.count() == 4
        assert len(uow.branches.list()) == 3


def test_an_update_lists_the_changed_fields_and_a_blank_cell_erases_nothing(
    store: StationStore, tmp_path: Path
) -> None:
    apply_import(store.uow_factory(), kind=M, rows=rows(tmp_path), today=TODAY)
    changed = [row(2, name="张三", id_number=ZHANG, phone="13800000000", address="")]
    preview = preview_import(store.uow_factory(), kind=M, rows=changed, today=TODAY)
    (result,) = preview.rows
    assert result.outcome is RowOutcome.UPDATE
    assert [(c.header, c.old, c.new) for c in result.changes] == [
        ("联系电话", "13905331234", "13800000000")
    ]
    apply_import(store.uow_factory(), kind=M, rows=changed, today=TODAY)
    zhang = member(store, ZHANG)
    assert zhang.values.phone == "13800000000"
    assert zhang.values.address == "东河村一组"  # blank cell: kept
    assert zhang.values.joined_on.display() == "1999.07"


def test_refusals_use_the_form_rules_and_name_the_column(store: StationStore) -> None:
    bad = [
        row(
            2, name="", id_number=ZHAO, joined_on="2030.01", education="幼儿园", standing="积极分子"
        ),
    ]
    (result,) = preview_import(store.uow_factory(), kind=M, rows=bad, today=TODAY).rows
    texts = [m.render() for m in result.reasons]
    assert "姓名: Enter the name." in texts
    assert "入党时间: The date is in the future." in texts
    assert any(t.startswith("学历: Unknown education level") for t in texts)
    assert "党员身份: Write 正式党员 or 预备党员." in texts


def test_a_disagreeing_sex_column_is_a_warning_and_the_id_number_wins(store: StationStore) -> None:
    rows_ = [row(2, name="张三", id_number=ZHANG, sex="女", birth_date="1978.05.12")]
    (result,) = preview_import(store.uow_factory(), kind=M, rows=rows_, today=TODAY).rows
    assert result.outcome is RowOutcome.NEW
    assert len(result.warnings) == 1 and "ID number is taken" in result.warnings[0].render()


def test_cancel_leaves_nothing_written(store: StationStore, tmp_path: Path) -> None:
    progress = Progress()

    def cancel_at_backup() -> None:
        progress.cancel()

    with pytest.raises(Cancelled):
        apply_import(
            store.uow_factory(), kind=M, rows=rows(tmp_path), today=TODAY,
            before_write=cancel_at_backup, progress=progress,
        )  # fmt: skip
    with store.uow_factory() as uow:
        assert uow.members.count() == 0
        assert uow.branches.list() == []
