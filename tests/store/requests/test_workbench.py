"""The start page's counts on the store: each tile counts what its list shows, judged now."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.core.requests.support import CLOCK, NOW
from tests.store.conftest import add_member, member
from tests.store.requests.conftest import Village
from villagedesk.core.errors import ValidationError
from villagedesk.core.requests import services
from villagedesk.core.requests.reception import ReceptionSchedule
from villagedesk.core.requests.reception_days import (
    next_reception,
    reception_schedule,
    save_reception_schedule,
)
from villagedesk.core.services.workbench import Tile, workbench


def _fill(village: Village) -> dict[str, int]:
    ids = {
        "due_today": village.add(urgency="urgent"),  # 2 hours from 08:00: due 10:00 today
        "overdue": village.add(received_at="2026-05-01 09:00"),
        "waiting": village.add(received_at="2026-05-19 09:00"),
        "answered": village.add(received_at="2026-05-19 10:00"),
    }
    village.assign(ids["waiting"])
    for step in (village.assign, village.sign, village.reply):
        step(ids["answered"])
    return ids


def test_each_tile_counts_the_requests_its_list_shows(village: Village) -> None:
    ids = _fill(village)
    bench = workbench(village.f(), clock=CLOCK)
    assert bench.counts[Tile.DUE_TODAY] == 1
    assert bench.counts[Tile.OVERDUE] == 1
    assert bench.counts[Tile.AWAITING_SIGNATURE] == 1
    assert bench.counts[Tile.AWAITING_FOLLOW_UP] == 1
    assert bench.counts[Tile.REOPENED] == 0
    for tile in Tile:
        listed = services.list_requests(village.f(), query=tile.query(), clock=CLOCK)
        assert len(listed) == bench.counts[tile], tile
    overdue = services.list_requests(village.f(), query=Tile.OVERDUE.query(), clock=CLOCK)
    assert [r.id for r in overdue] == [ids["overdue"]]
    with village.f() as uow:
        later = replace(Tile.DUE_TODAY.query(), now=NOW.replace(hour=11))
        assert uow.requests.records.count(later) == 0  # 10:00 has passed: overdue now


def test_a_station_without_members_is_shown_its_first_steps(village: Village) -> None:
    steps = workbench(village.f(), clock=CLOCK).first_steps
    assert steps is not None and not steps.members_added
    add_member(village.store, member())
    assert workbench(village.f(), clock=CLOCK).first_steps is None


def test_the_next_reception_day_and_who_is_on_duty(village: Village) -> None:
    assert workbench(village.f(), clock=CLOCK).reception is None
    schedule = ReceptionSchedule(
        month_days=frozenset({4, 14, 24}), roster=("李书记", " 王主任 "), place="村委会"
    )
    save_reception_schedule(village.f(), schedule=schedule, today=date(2026, 5, 20))
    assert reception_schedule(village.f()).roster == ("李书记", "王主任")
    coming = next_reception(village.f(), today=date(2026, 5, 20))
    # the 24th is a Sunday: a reception day on a day off is skipped
    assert coming is not None and coming.day == date(2026, 6, 4)
    bench = workbench(village.f(), clock=CLOCK)
    assert bench.reception == coming and bench.reception.place == "村委会"
    assert coming.on_duty == "李书记"  # the roster counts from the day it was saved


def test_a_roster_without_days_is_refused_and_nothing_kept(village: Village) -> None:
    with pytest.raises(ValidationError) as refused:
        save_reception_schedule(
            village.f(), schedule=ReceptionSchedule(roster=("李书记",)), today=date(2026, 5, 20)
        )
    assert "days" in refused.value.errors
    assert reception_schedule(village.f()).empty
