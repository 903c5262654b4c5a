"""A station store with a household, its resident and the short code ``DHC``; the request
services driven on it with the fixed clock of the core tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.requests.support import CADRE, CLOCK, draft
from tests.store.conftest import id_number
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.in_service.model import InServiceSettings
from villagedesk.core.requests import closing, handling, services
from villagedesk.core.requests.record import Request
from villagedesk.store.station_store import StationStore
from villagedesk.store.uow import SqlUnitOfWorkFactory


class Village:
    """The store and the ids of its household and resident."""

    def __init__(self, store: StationStore, household_id: int, resident_id: int) -> None:
        self.store = store
        self.f: SqlUnitOfWorkFactory = store.uow_factory
        self.household_id = household_id
        self.resident_id = resident_id

    def add(self, **changes: object) -> int:
        fields: dict[str, object] = {"person_id": self.resident_id, **changes}
        return services.add_request(self.f(), draft=draft(**fields), clock=CLOCK).id

    def get(self, request_id: int) -> Request:
        return services.get_request(self.f(), request_id=request_id).request

    def assign(self, request_id: int) -> None:
        handling.assign_request(self.f(), request_id=request_id, assignee=CADRE, clock=CLOCK)

    def sign(self, request_id: int) -> None:
        handling.sign_request(self.f(), request_id=request_id, signer=CADRE, clock=CLOCK)

    def reply(self, request_id: int) -> None:
        closing.reply_request(
            self.f(), request_id=request_id, text="已更换灯泡。", by="李书记", clock=CLOCK
        )

    def follow(self, request_id: int, resolution: str, satisfaction: str) -> None:
        closing.follow_up(
            self.f(),
            request_id=request_id,
            resolution=resolution,
            satisfaction=satisfaction,
            clock=CLOCK,
        )


@pytest.fixture
def village(store: StationStore) -> Village:
    f = store.uow_factory
    with f() as uow:
        uow.in_service.settings.save(InServiceSettings(1, "DHC"))
        uow.commit()
    household_id = hs.create_household(f(), draft=HouseholdDraft(address="东河村3组12号")).id
    person = ResidentDraft(
        name="张桂兰",
        id_number=id_number(date(1958, 3, 15), 2),
        relation="head",
        phone="13812345678",
    )
    resident_id = hs.add_resident(
        f(), household_id=household_id, draft=person, today=date(2026, 5, 20)
    ).id
    return Village(store, household_id, resident_id)
