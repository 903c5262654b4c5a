"""The roll-history replay of ``check``: in recording order, undone events left out."""

from __future__ import annotations

from typing import Any

from villagedesk.core.services.record_check import roll_problems

M = "11111111-1111-4111-8111-111111111111"


def event(change: str, version: int, *, undone: bool = False) -> dict[str, Any]:
    return {
        "member_id": M,
        "change": change,
        "version": version,
        "voided_at": "2026-01-02T00:00:00" if undone else None,
    }


def member(status: str, *, voided: bool = False) -> dict[str, Any]:
    return {"uuid": M, "roll_status": status, "voided_at": "x" if voided else None}


def texts(found: dict[str, list[Any]]) -> list[str]:
    return [m.render() for messages in found.values() for m in messages]


def test_a_consistent_history_has_no_problem() -> None:
    events = [event("registered", 1), event("transfer_out", 5), event("transfer_in", 9)]
    assert roll_problems([member("on_roll")], events) == {}


def test_an_undone_event_does_not_count() -> None:
    events = [event("registered", 1), event("deceased", 5, undone=True)]
    assert roll_problems([member("on_roll")], events) == {}
    assert texts(roll_problems([member("deceased")], events)) == [
        "The roll status is “Deceased”, but the roll history ends in “On roll”."
    ]


def test_events_replay_in_recording_order_not_list_order() -> None:
    events = [event("deceased", 7), event("registered", 2)]
    assert roll_problems([member("deceased")], events) == {}


def test_a_void_keeps_the_status_and_a_voided_member_is_not_checked() -> None:
    events = [event("registered", 1), event("voided", 3)]
    assert roll_problems([member("on_roll")], events) == {}
    assert roll_problems([member("deceased", voided=True)], []) == {}


def test_no_history_or_a_bad_order_is_reported() -> None:
    assert texts(roll_problems([member("on_roll")], [])) == ["The roll history is empty."]
    found = texts(roll_problems([member("on_roll")], [event("restored", 1)]))
    assert found == ["The roll history does not start with the registration."]
    found = texts(
        roll_problems([member("on_roll")], [event("registered", 1), event("restored", 2)])
    )
    assert found == ["The roll history has “Membership restored” after “On roll”."]
