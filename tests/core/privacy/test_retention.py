"""The retention setting (months, 36 until set, 0 = for ever) and the people past it: residents
removed from their household and members transferred out, unless still live elsewhere."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.core.privacy.seed import NAME, SPOUSE, Seeded
from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.accounts.permissions import NotPermitted
from villagedesk.core.clock import FixedClock
from villagedesk.core.dates import PartialDate
from villagedesk.core.errors import ValidationError
from villagedesk.core.households import services as hs
from villagedesk.core.members.roll import RollChange, RollStatus
from villagedesk.core.privacy import retention
from villagedesk.core.privacy.model import MovedAwayRow, PersonKind, PersonRef
from villagedesk.store.station_store import StationStore


def _gone(kind: PersonKind, since: str, name: str = "王喆") -> MovedAwayRow:
    return MovedAwayRow(PersonRef(kind, 1), name, "210503199502202144", since)


def test_due_by_months() -> None:
    rows = [
        _gone(PersonKind.RESIDENT, "2023-05-19T08:00:00Z", "甲"),
        _gone(PersonKind.RESIDENT, "2023-05-21T08:00:00Z", "乙"),
        _gone(PersonKind.MEMBER, "2023-04", "丙"),  # a month: counted from its last day
    ]
    due = retention.due_of(rows, 36, date(2026, 5, 20))
    assert [(d.name, d.due_on) for d in due] == [
        ("丙", date(2026, 4, 30)),
        ("甲", date(2026, 5, 19)),
    ]
    assert due[0].masked_id == "210503********2144"
    assert [d.name for d in retention.due_of(rows, 12, date(2026, 5, 20))] == ["丙", "甲", "乙"]


def test_zero_keeps_everyone() -> None:
    rows = [_gone(PersonKind.RESIDENT, "1990-01-01T00:00:00Z")]
    assert retention.due_of(rows, 0, date(2026, 5, 20)) == []


def test_the_month_end_is_kept() -> None:
    assert retention.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert retention.add_months(date(2023, 12, 15), 36) == date(2026, 12, 15)


def test_the_setting_is_kept_and_checked(store: StationStore) -> None:
    f = store.uow_factory
    assert retention.retention_months(f()) == retention.DEFAULT_MONTHS
    retention.set_retention_months(f(), months=0)
    assert retention.retention_months(f()) == 0
    with pytest.raises(ValidationError):
        retention.set_retention_months(f(), months=-1)
    f.actor = Actor("小王", Role.CLERK, "pc")
    with pytest.raises(NotPermitted):
        retention.set_retention_months(f(), months=12)


def test_who_moved_away_is_listed_past_the_setting(store: StationStore, seeded: Seeded) -> None:
    f = store.uow_factory
    hs.void_resident(f(), resident_id=seeded.spouse_id, reason="迁往外地")
    with f() as uow:  # the member of the same number leaves the roll; the resident stays
        uow.members.add_event(seeded.member_id, RollChange.TRANSFER_OUT, PartialDate(2020, 3), "")
        uow.members.set_status(seeded.member_id, RollStatus.TRANSFERRED_OUT)
        uow.commit()
    later = FixedClock(datetime(2099, 1, 1, tzinfo=UTC))
    due = retention.retention_due(f(), clock=later)
    assert [d.name for d in due] == [SPOUSE]  # 爱新觉罗·启星 still lives here
    assert NAME not in [d.name for d in due]
    assert retention.retention_due(f()) == []  # removed today: not yet past 36 months
    retention.set_retention_months(f(), months=0)
    assert retention.retention_due(f(), clock=later) == []
