"""Township import: household and in-service records go through the same core rules as the forms."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.store.township.scene import fill_village
from tests.sync.township_fixtures import TODAY, Pair, make_pair, snapshot
from villagedesk.core.errors import DomainError
from villagedesk.core.id_number import check_id_number
from villagedesk.core.in_service.rules import parse_day, parse_hours
from villagedesk.core.text import Message
from villagedesk.core.township.validation import validate_records


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = make_pair(tmp_path)
    fill_village(p.village, seed=1, count=3)
    yield p
    p.close()


def _edit(pair: Pair, sql: str) -> None:
    with pair.village.engine.begin() as conn:
        conn.exec_driver_sql(sql)


def _refused(pair: Pair, record_type: str) -> list[tuple[str, tuple[Message, ...]]]:
    (result,) = pair.import_(pair.export(), dry_run=True).files
    return [
        (c.uuid, c.messages)
        for c in result.changes
        if c.record_type == record_type and c.status.value == "refused"
    ]


def test_resident_with_a_wrong_check_digit_is_refused_with_the_id_message(pair: Pair) -> None:
    (resident,) = snapshot(pair.village)["residents"].values()
    number = resident["id_number"]
    wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
    _edit(pair, f"UPDATE residents SET id_number = '{wrong}'")
    with pytest.raises(DomainError) as core:
        check_id_number(wrong, today=TODAY)
    assert _refused(pair, "residents") == [(resident["uuid"], (core.value.message,))]
    report = pair.import_(pair.export())
    (result,) = report.files
    assert report.exit_code == 1
    assert result.counts["residents"].refused == 1
    township = snapshot(pair.township)
    assert township["residents"] == {}
    assert len(township["members"]) == 4 and len(township["households"]) == 1


def test_service_record_of_30_hours_is_refused_the_rest_imported(pair: Pair) -> None:
    (record,) = snapshot(pair.village)["service_records"].values()
    _edit(pair, "UPDATE service_records SET half_hours = 60")
    expected: dict[str, list[Message]] = {}
    parse_hours("30", expected)
    assert _refused(pair, "service_records") == [(record["uuid"], tuple(expected["hours"]))]
    (result,) = pair.import_(pair.export()).files
    assert result.counts["service_records"].refused == 1
    township = snapshot(pair.township)
    assert township["service_records"] == {}
    assert len(township["registrations"]) == 1 and len(township["residents"]) == 1


def test_service_record_dated_after_the_import_day_is_refused(pair: Pair) -> None:
    _edit(pair, "UPDATE service_records SET served_on = '2026-11-22'")
    expected: dict[str, list[Message]] = {}
    parse_day("2026-11-22", "served_on", expected, today=TODAY)
    ((_, messages),) = _refused(pair, "service_records")
    assert messages == tuple(expected["served_on"])


def test_authentic_scene_passes_every_validator(pair: Pair) -> None:
    records = {k: list(v.values()) for k, v in snapshot(pair.village).items()}
    assert validate_records(records, village="370323104203", today=TODAY) == {}


@pytest.mark.parametrize(
    ("record_type", "change"),
    [
        ("residents", {"relation": "cousin"}),
        ("residents", {"phone": "12345"}),
        ("residents", {"sex": "female"}),
        ("households", {"address": "  "}),
        ("households", {"tags": 1 << 20}),
        ("household_links", {"reason": "friend"}),
        ("registrations", {"card_number": "DH-2026-12"}),
        ("registrations", {"registered_on": "2027-01-01"}),
        ("service_posts", {"places": 0}),
        ("service_records", {"half_hours": 0}),
        ("pledges", {"text": "诺" * 201}),
        ("assessments", {"community_rating": "great"}),
        ("post_claims", {"claimed_on": "not a date"}),
        ("expected_registrations", {"notified_on": "2030-01-01"}),
    ],
)
def test_each_rule_refuses_its_bad_value(
    pair: Pair, record_type: str, change: dict[str, object]
) -> None:
    records = {k: list(v.values()) for k, v in snapshot(pair.village).items()}
    if record_type == "assessments":
        records["assessments"] = [_assessment(records)]
    elif record_type == "pledges":
        records["pledges"] = [_pledge(records)]
    elif record_type == "household_links":
        records["household_links"] = [_link(records)]
    records[record_type][0] = {**records[record_type][0], **change}
    refused = validate_records(records, village="370323104203", today=TODAY)
    assert list(refused) == [(record_type, records[record_type][0]["uuid"])]


def _base(records: dict[str, list[dict[str, object]]], uuid: str) -> dict[str, object]:
    member = records["members"][0]
    return {
        **{k: member[k] for k in ("station_code", "version", "created_at", "updated_at")},
        "uuid": uuid,
        "voided_at": None,
        "member_id": member["uuid"],
    }


def _assessment(records: dict[str, list[dict[str, object]]]) -> dict[str, object]:
    return {
        **_base(records, "00000000-0000-4000-8000-000000000001"),
        "campaign_year": 2026,
        "community_rating": "excellent",
        "community_comment": "",
        "unit_rating": None,
        "unit_comment": "",
    }


def _pledge(records: dict[str, list[dict[str, object]]]) -> dict[str, object]:
    return {
        **_base(records, "00000000-0000-4000-8000-000000000002"),
        "campaign_year": 2026,
        "text": "每月走访一次",
    }


def _link(records: dict[str, list[dict[str, object]]]) -> dict[str, object]:
    return {
        **_base(records, "00000000-0000-4000-8000-000000000003"),
        "household_id": records["households"][0]["uuid"],
        "reason": "poor",
        "note": "",
        "started_on": date(2026, 3, 1).isoformat(),
        "ended_on": None,
        "end_reason": "",
    }
