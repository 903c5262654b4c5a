"""A station with two disputes for the dispute printouts' tests on the real store: the sample
dispute (long names, rare characters, a resident party whose ID number and phone the register
holds) driven to 销号 with a written agreement, and a dispute with signs of petitions settled by
an oral agreement. The station masks by :data:`POLICY`, unlike the default."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tests.core.disputes.support import CLOCK
from tests.reports.disputes.samples import RESIDENT, drive, sample_draft
from tests.store.conftest import id_number
from villagedesk.core.disputes import services, settling
from villagedesk.core.disputes.events import Agreement, Outcome, Settlement
from villagedesk.core.disputes.model import DisputeDraft, PartyDraft, RiskFactors
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.in_service.model import InServiceSettings
from villagedesk.core.masking import MaskPolicy, save_mask_policy
from villagedesk.store.station_store import StationStore, open_station_store
from villagedesk.store.uow import SqlUnitOfWorkFactory

RESIDENT_PHONE = "13812345678"
RESIDENT_ID_NUMBER = id_number(date(1958, 3, 15), 2)
#: Only the last 4 digits of a phone and 4 + 2 of an ID number shown.
POLICY = MaskPolicy(id_head=4, id_tail=2, phone_head=0, phone_tail=4)
ORAL_TERMS = "王五当面向李大山赔礼道歉，归还借用的农具。"


@dataclass(frozen=True)
class DisputeStation:
    written: str
    oral: str


def fill(store: StationStore) -> DisputeStation:
    f: SqlUnitOfWorkFactory = store.uow_factory
    with f() as uow:
        uow.in_service.settings.save(InServiceSettings(1, "DHC"))
        uow.commit()
    save_mask_policy(f(), policy=POLICY)
    household = hs.create_household(f(), draft=HouseholdDraft(address="东河村3组12号")).id
    person = ResidentDraft(
        name=RESIDENT, id_number=RESIDENT_ID_NUMBER, relation="head", phone=RESIDENT_PHONE
    )
    resident = hs.add_resident(
        f(), household_id=household, draft=person, today=date(2026, 5, 20)
    ).id
    written = drive(f, sample_draft(resident))
    oral_draft = DisputeDraft(
        parties=(
            PartyDraft(kind="named", role="applicant", name="李大山"),
            PartyDraft(kind="named", role="respondent", name="王五"),
        ),
        dispute_type="合同",
        summary="借用农具未还，双方争吵，扬言集体上访。",
        risks=RiskFactors(petition_signs=True),
        people=12,
    )
    oral = services.add_dispute(f(), CLOCK, draft=oral_draft, by="王秀英").id
    agreement = Agreement("", "", ORAL_TERMS, "当面归还", date(2026, 5, 22))
    settlement = Settlement(Outcome.ORAL_AGREEMENT, agreement)
    settling.settle(f(), CLOCK, dispute_id=oral, settlement=settlement, by="王秀英")
    return DisputeStation(_number(store, written), _number(store, oral))


def _number(store: StationStore, dispute_id: int) -> str:
    return services.get_dispute(store.uow_factory(), dispute_id=dispute_id).dispute.number


def fill_folder(data_dir: Path) -> DisputeStation:
    """:func:`fill` on the station in ``data_dir`` (closed again, for the command line)."""
    store = open_station_store(data_dir, now=datetime(2026, 5, 20, 10, 0))
    try:
        return fill(store)
    finally:
        store.close()
