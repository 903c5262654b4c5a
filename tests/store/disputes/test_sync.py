"""Disputes travel in the village's package: the dispute, its parties, households and steps
arrive at the township under the village, their people and households linked to the
village's own rows (foreign keys travel as uuids), and read back there as the village wrote
them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.store.disputes.conftest import Village
from tests.store.disputes.test_store import FULL_PROGRESS, every_step
from tests.sync.township_fixtures import Pair, make_pair, snapshot
from villagedesk.core.disputes.record import DisputeQuery
from villagedesk.core.search import parse_search
from villagedesk.store.disputes import tables as td
from villagedesk.store.disputes.reader import SqlDisputeReader

VILLAGE = "370323104203"
KINDS = ("disputes", "dispute_parties", "dispute_households", "dispute_events")


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = make_pair(tmp_path)
    yield p
    p.close()


def test_a_villages_disputes_travel_whole_to_the_township(pair: Pair) -> None:
    village = Village(pair.village)
    values = village.values()
    did = village.add("DHC-调-2026-0001", values, FULL_PROGRESS, every_step())
    sent = snapshot(pair.village)
    assert [len(sent[k]) for k in KINDS] == [1, 3, 1, len(every_step())]

    assert pair.import_(pair.export()).exit_code == 0
    arrived = snapshot(pair.township, VILLAGE)
    for kind in KINDS:
        assert arrived[kind] == sent[kind], kind
    (dispute,) = arrived["disputes"].values()
    assert (
        dispute["owner_member_id"] is None
        and dispute["first_owner_member_id"] in arrived["members"]
    )
    parties = sorted(arrived["dispute_parties"].values(), key=lambda r: int(str(r["position"])))
    assert parties[0]["resident_id"] in arrived["residents"]
    assert parties[1]["member_id"] in arrived["members"]
    assert parties[2]["resident_id"] is None and parties[2]["member_id"] is None
    (named,) = arrived["dispute_households"].values()
    assert named["household_id"] in arrived["households"]

    with pair.township.uow_factory().for_reading() as uow:
        (there,) = uow.disputes.records.list(DisputeQuery())
        steps = uow.disputes.history.events(there.id)
        local_ids = uow.connection.execute(select(td.disputes.c.id)).scalars().all()
    assert there.number == "DHC-调-2026-0001" and there.station_code == VILLAGE
    assert there.progress == FULL_PROGRESS
    assert [p.name for p in there.values.parties] == [p.name for p in values.parties]
    assert there.values.household_ids != () and local_ids == [there.id]
    assert tuple(e.step for e in steps) == every_step()
    del did

    reader = SqlDisputeReader(pair.township.engine)
    ids = reader.search_ids(parse_search("买买提"), village=VILLAGE)
    rows = reader.rows(ids, ["number", "level", "village"])
    assert list(rows.values()) == [("DHC-调-2026-0001", "red", "东河村党群服务站")]
