"""A station store with two households (one resident each) and a member; disputes written
straight through ``uow.disputes`` (the services are tested in tests/core/disputes)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from tests.store.conftest import add_member, id_number, member
from villagedesk.core.disputes.events import DisputeStep
from villagedesk.core.disputes.model import (
    DisputeSource,
    DisputeValues,
    MediationLevel,
    Party,
    PartyKind,
    PartyRole,
    RiskFactors,
)
from villagedesk.core.disputes.record import DisputeProgress
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.requests.model import Handler
from villagedesk.store.station_store import StationStore
from villagedesk.store.uow import SqlUnitOfWorkFactory

AT = datetime(2026, 5, 20, 9, 30)


class Village:
    """The store, its households, residents and member."""

    def __init__(self, store: StationStore) -> None:
        self.store = store
        self.f: SqlUnitOfWorkFactory = store.uow_factory
        self.households: list[int] = []
        self.residents: list[int] = []
        for i, (address, name) in enumerate(
            (("东河村3组12号", "张桂兰"), ("东河村5组2号", "王德福"))
        ):
            household = hs.create_household(self.f(), draft=HouseholdDraft(address=address)).id
            person = ResidentDraft(
                name=name, id_number=id_number(date(1958, 3, 15), 2 + i), relation="head"
            )
            resident = hs.add_resident(
                self.f(), household_id=household, draft=person, today=date(2026, 5, 20)
            ).id
            self.households.append(household)
            self.residents.append(resident)
        self.member_id = add_member(store, member("李建军", serial=31))

    def parties(self) -> tuple[Party, ...]:
        return (
            Party(
                PartyKind.RESIDENT,
                PartyRole.APPLICANT,
                "张桂兰",
                self.residents[0],
                "13812345678",
                id_number(date(1958, 3, 15), 2),
                "东河村3组12号",
            ),
            Party(PartyKind.MEMBER, PartyRole.RESPONDENT, "李建军", self.member_id),
            Party(PartyKind.NAMED, PartyRole.OTHER, "阿不都热合曼·买买提", phone="13900001111"),
        )

    def values(self, **changes: object) -> DisputeValues:
        base = DisputeValues(
            parties=self.parties(),
            dispute_type="宅基地",
            summary="两户因宅基地界址发生争执。",
            cause="翻建院墙",
            screened_on=date(2026, 5, 20),
            source=DisputeSource.SCREENING,
            people=3,
            risks=RiskFactors(threats=True, police_calls=2, failed_mediations=1),
            household_ids=(self.households[1],),
            level=MediationLevel.GROUP,
            owner=Handler("李建军", self.member_id),
            place="东河村3组",
            recorded_at=AT,
        )
        return replace(base, **changes)  # type: ignore[arg-type]

    def add(
        self,
        number: str,
        values: DisputeValues,
        progress: DisputeProgress | None = None,
        steps: tuple[DisputeStep, ...] = (),
    ) -> int:
        year, sequence = int(number.split("-")[2]), int(number.split("-")[3])
        with self.f() as uow:
            dispute_id = uow.disputes.records.add(
                number, year, sequence, values, progress or DisputeProgress(state_since=AT)
            )
            for step in steps:
                uow.disputes.history.add_step(dispute_id, step)
            uow.commit()
        return dispute_id


@pytest.fixture
def village(store: StationStore) -> Village:
    return Village(store)
