"""The township checks every incoming dispute row with the rules of the village's own forms and
the reader of its store: a village's own disputes pass, and each bad value refuses its row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.store.disputes.conftest import Village
from tests.store.disputes.test_store import FULL_PROGRESS, every_step
from tests.sync.township_fixtures import TODAY, Pair, make_pair, snapshot
from villagedesk.core.township.validation import validate_records

VILLAGE = "370323104203"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = make_pair(tmp_path)
    village = Village(p.village)
    village.add("DHC-调-2026-0001", village.values(), FULL_PROGRESS, every_step())
    yield p
    p.close()


def _records(pair: Pair) -> dict[str, list[dict[str, object]]]:
    return {k: [dict(r) for r in v.values()] for k, v in snapshot(pair.village).items()}


def test_a_villages_own_disputes_pass_every_validator(pair: Pair) -> None:
    records = _records(pair)
    assert {k: len(records[k]) for k in ("disputes", "dispute_parties", "dispute_events")} == {
        "disputes": 1,
        "dispute_parties": 3,
        "dispute_events": len(every_step()),
    }
    assert validate_records(records, village=VILLAGE, today=TODAY) == {}


@pytest.mark.parametrize(
    ("record_type", "change"),
    [
        ("disputes", {"number": "DHC-调-2026-0009"}),
        ("disputes", {"state": "forgotten"}),
        ("disputes", {"warning": "green"}),
        ("disputes", {"warning": "purple"}),
        ("disputes", {"mediation_level": "supreme_court"}),
        ("disputes", {"people": 0}),
        ("disputes", {"people": True}),
        ("disputes", {"risks": '{"criminal_risk": "yes"}'}),
        ("disputes", {"risks": '{"police_calls": -1}'}),
        ("disputes", {"risks": '{"unknown_factor": true}'}),
        ("disputes", {"warning_reasons": '[{"code": "astrology", "count": 0}]'}),
        ("disputes", {"level_due": "soon"}),
        ("disputes", {"summary": "吵" * 2001}),
        ("disputes", {"owner_member_id": 7}),
        ("disputes", {"sessions": "3"}),
        ("dispute_parties", {"role": "judge"}),
        ("dispute_parties", {"phone": "12345"}),
        ("dispute_parties", {"id_number": "110101199001011234"}),
        ("dispute_parties", {"name": ""}),
        ("dispute_parties", {"kind": "named", "resident_id": "a-uuid"}),
        ("dispute_households", {"household_id": None}),
        ("dispute_events", {"action": "duel"}),
        ("dispute_events", {"details": '{"text": 1}'}),
        ("dispute_events", {"details": "not json"}),
        ("dispute_events", {"at": None}),
    ],
)
def test_each_dispute_rule_refuses_its_bad_value(
    pair: Pair, record_type: str, change: dict[str, object]
) -> None:
    records = _records(pair)
    rows = sorted(records[record_type], key=lambda r: str(r.get("position", r["uuid"])))
    target = rows[0]
    if record_type == "dispute_parties" and "kind" in change:
        target = next(r for r in rows if r["kind"] == "resident")
    records[record_type] = [{**target, **change}, *[r for r in rows if r is not target]]
    refused = validate_records(records, village=VILLAGE, today=TODAY)
    assert list(refused) == [(record_type, target["uuid"])]
    text = " ".join(m.render() for m in refused[(record_type, target["uuid"])])
    assert "110101199001011234" not in text and "12345" not in text
