"""The station's rule table of time limits: a saved table gives its limit to the requests
received after it and never moves a deadline already counted; a table some request would fall
through, or with a bad row, is refused by row with nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.core.chinese import chinese
from tests.store.conftest import NOW, STATION, id_number
from tests.store.requests.conftest import Village
from villagedesk.core.calendar.deadline_rules import DEFAULT_RULES, DeadlineRule, Urgency
from villagedesk.core.calendar.deadlines import LimitUnit, TimeLimit
from villagedesk.core.calendar.rule_services import (
    deadline_rules,
    reset_deadline_rules,
    rules_from_data,
    save_deadline_rules,
)
from villagedesk.core.changes import Topic
from villagedesk.core.errors import ValidationError
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.in_service.model import InServiceSettings
from villagedesk.store.station_store import StationStore, open_station_store

#: A Friday; the Monday after it (2024-06-10, 端午节) is a day off.
RECEIVED = "2024-06-07 09:00"


@pytest.fixture
def village(tmp_path: Path) -> Iterator[Village]:
    store: StationStore = open_station_store(tmp_path / "data", now=NOW)
    f = store.uow_factory
    with f() as uow:
        uow.station.save(STATION)
        uow.in_service.settings.save(InServiceSettings(1, "DHC"))
        uow.commit()
    household_id = hs.create_household(f(), draft=HouseholdDraft(address="东河村3组12号")).id
    person = ResidentDraft(
        name="张桂兰", id_number=id_number(date(1958, 3, 15), 2), relation="head"
    )
    resident_id = hs.add_resident(
        f(), household_id=household_id, draft=person, today=date(2026, 5, 20)
    ).id
    yield Village(store, household_id, resident_id)


def five_working_days() -> tuple[DeadlineRule, ...]:
    """The defaults with the catch-all (一般 and the rest) at 5 working days instead of 7 days."""
    last = replace(DEFAULT_RULES[-1], limit=TimeLimit(5, LimitUnit.WORKING_DAYS))
    return (*DEFAULT_RULES[:-1], last)


def test_a_saved_table_applies_to_requests_received_after_it_only(village: Village) -> None:
    before = village.add(received_at=RECEIVED)
    saved = save_deadline_rules(village.f(), rules=five_working_days())
    after = village.add(received_at=RECEIVED)
    village.assign(before)  # a later step counts the earlier request on its own rule

    assert Topic.REQUESTS in saved.changes.topics
    assert deadline_rules(village.f()) == five_working_days()
    # 7 days from Friday 06-07 end on Friday 06-14; 5 working days skip 端午 and end 06-17.
    assert village.get(before).progress.due_at == datetime(2024, 6, 15)
    assert village.get(after).progress.due_at == datetime(2024, 6, 18)


def test_reset_brings_the_defaults_back_for_new_requests(village: Village) -> None:
    save_deadline_rules(village.f(), rules=five_working_days())
    changed = village.add(received_at=RECEIVED)
    reset_deadline_rules(village.f())
    again = village.add(received_at=RECEIVED)

    assert deadline_rules(village.f()) == DEFAULT_RULES
    assert village.get(changed).progress.due_at == datetime(2024, 6, 18)
    assert village.get(again).progress.due_at == datetime(2024, 6, 15)


def _refusal(village: Village, rules: tuple[DeadlineRule, ...]) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as refused:
        save_deadline_rules(village.f(), rules=rules)
    assert deadline_rules(village.f()) == DEFAULT_RULES  # nothing written
    return {key: [chinese(m) for m in ms] for key, ms in refused.value.errors.items()}


def test_a_table_without_a_catch_all_last_rule_is_refused(village: Village) -> None:
    rules = DEFAULT_RULES[:-1]  # 一般 求助 would have no limit
    errors = _refusal(village, rules)
    assert list(errors) == [f"rule.{len(rules)}"]
    assert "最后一条规则" in errors[f"rule.{len(rules)}"][0]
    assert list(_refusal(village, ())) == ["rules"]


def test_a_bad_row_is_refused_by_its_number(village: Village) -> None:
    unknown = DeadlineRule(TimeLimit(3, LimitUnit.HOURS), urgency="very")
    errors = _refusal(village, (unknown, *DEFAULT_RULES))
    assert list(errors) == ["rule.1"]
    assert errors["rule.1"] == ["紧急程度无法识别。"]


def test_rows_from_a_file_are_read_as_hostile() -> None:
    good = [r.to_data() for r in DEFAULT_RULES]
    assert rules_from_data(good) == DEFAULT_RULES
    for data, key in (
        ({"amount": 7}, "rules"),
        ([*good[:2], "x"], "rule.3"),
        ([{**good[0], "amount": 0}, *good[1:]], "rule.1"),
        ([{**good[0], "unit": "weeks"}, *good[1:]], "rule.1"),
        ([good[-1]] * 101, "rules"),
    ):
        with pytest.raises(ValidationError) as refused:
            rules_from_data(data)
        assert list(refused.value.errors) == [key], data
    assert rules_from_data([{**good[-1], "urgency": Urgency.NORMAL}])[0].urgency == "normal"
