"""What the ledgers show, from a demo village: the registration ledger in the standard layout
in the order members reported, the service records by date."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from tests.reports.zh import zh
from villagedesk import print_sources as src
from villagedesk.core.services.demo import fill_demo
from villagedesk.reports.ledger_kinds import LEDGERS
from villagedesk.store.station_store import StationStore, open_station_store

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> StationStore:
    folder: Path = tmp_path_factory.mktemp("village")
    opened = open_station_store(folder, now=datetime.now())
    fill_demo(opened.uow_factory(), members=60, seed=2026, today=TODAY)
    return opened


def _rows(store: StationStore, which: str) -> src.LedgerRows:
    return src.ledger_rows(store, LEDGERS[which], search="", first=None, last=None, today=TODAY)


def test_the_registration_ledger_has_the_standard_columns_in_reporting_order(
    store: StationStore,
) -> None:
    data = _rows(store, "registrations")
    heads = [zh("Columns", c.header) for c in data.columns]
    assert ["序号", *heads] == [
        "序号",
        "姓名",
        "性别",
        "所在单位",
        "联系电话",
        "报到时间",
        "认领岗位",
        "备注",
        "本人签字",
    ]
    assert zh("Ledger", "No.") == "序号"
    assert len(data.rows) > 3
    days = [row[4] for row in data.rows]
    assert days == sorted(days)
    assert all(row[1] in ("male", "female") for row in data.rows)
    assert any(row[5] for row in data.rows)  # the posts each member holds


def test_the_service_ledger_is_in_date_order(store: StationStore) -> None:
    data = _rows(store, "service")
    days = [row[0] for row in data.rows]
    assert len(days) > 10 and days == sorted(days)


def test_branch_names_come_in_the_register_order(store: StationStore) -> None:
    names = src.branch_names(store)
    assert names and len(names) == len(set(names))
