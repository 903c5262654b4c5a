"""The settings screen's service: campaign year start, card short code, households per cadre."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.fakes import FakeDb, FakeUnitOfWork
from villagedesk.core.errors import ValidationError
from villagedesk.core.households.links import DEFAULT_LINK_LIMIT
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.settings import save_station_rules, station_rules
from villagedesk.core.station import Station, StationLevel


@pytest.fixture
def db() -> FakeDb:
    db = FakeDb()
    db.station.station = Station(
        "370323104203", "沂源县鲁村镇东河村党群服务站", StationLevel.VILLAGE
    )
    return db


def test_defaults_are_january_the_derived_code_and_ten_households(db: FakeDb) -> None:
    rules = station_rules(FakeUnitOfWork(db))
    assert rules.year_start_month == 1
    assert rules.short_code == ""
    assert rules.derived_code == rules.effective_code == "DHC"
    assert rules.link_limit == DEFAULT_LINK_LIMIT == 10


def test_all_three_are_saved_together(db: FakeDb) -> None:
    save_station_rules(FakeUnitOfWork(db), year_start_month=7, short_code=" dh ", link_limit=12)
    rules = station_rules(FakeUnitOfWork(db))
    assert (rules.year_start_month, rules.short_code, rules.link_limit) == (7, "DH", 12)
    # The campaign year now starts in July: 2026-05-20 belongs to the 2025 campaign.
    assert svc.current_campaign_year(FakeUnitOfWork(db), today=date(2026, 5, 20)) == 2025
    assert svc.short_code(FakeUnitOfWork(db)) == "DH"


def test_an_empty_code_goes_back_to_the_derived_one(db: FakeDb) -> None:
    save_station_rules(FakeUnitOfWork(db), year_start_month=1, short_code="XY", link_limit=10)
    save_station_rules(FakeUnitOfWork(db), year_start_month=1, short_code="", link_limit=10)
    assert svc.short_code(FakeUnitOfWork(db)) == "DHC"


@pytest.mark.parametrize("code", ["D", "DHCUN", "D1", "东河", "D-H"])
def test_a_bad_short_code_is_refused(db: FakeDb, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        save_station_rules(FakeUnitOfWork(db), year_start_month=1, short_code=code, link_limit=10)
    assert set(caught.value.errors) == {"short_code"}
    assert "2 to 4 letters" in caught.value.errors["short_code"][0].text


def test_every_bad_value_is_named_at_once_and_nothing_is_written(db: FakeDb) -> None:
    with pytest.raises(ValidationError) as caught:
        save_station_rules(FakeUnitOfWork(db), year_start_month=13, short_code="X", link_limit=0)
    assert set(caught.value.errors) == {"year_start_month", "short_code", "link_limit"}
    # a good code with a bad limit writes nothing either
    with pytest.raises(ValidationError):
        save_station_rules(FakeUnitOfWork(db), year_start_month=3, short_code="XY", link_limit=999)
    rules = station_rules(FakeUnitOfWork(db))
    assert (rules.year_start_month, rules.short_code, rules.link_limit) == (1, "", 10)


def test_saving_the_same_values_reports_no_change(db: FakeDb) -> None:
    first = save_station_rules(FakeUnitOfWork(db), year_start_month=3, short_code="", link_limit=8)
    again = save_station_rules(FakeUnitOfWork(db), year_start_month=3, short_code="", link_limit=8)
    assert first.changes and not again.changes
