"""A station with two requests for the request printouts' tests: a resident's (her phone and ID
number also written into the content and the reply) handled, replied to, followed up and
closed; and a typed-in requester's with a landline, still waiting to be assigned."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tests.core.requests.support import CADRE, CLOCK, draft
from tests.store.conftest import id_number
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.in_service.model import InServiceSettings
from villagedesk.core.masking import MaskPolicy, save_mask_policy
from villagedesk.core.requests import closing, handling, services
from villagedesk.core.requests.model import RequesterKind
from villagedesk.store.station_store import StationStore, open_station_store
from villagedesk.store.uow import SqlUnitOfWorkFactory

NAME = "张桂兰"
PHONE = "13812345678"
ID_NUMBER = id_number(date(1958, 3, 15), 2)
TYPED_NAME = "欧阳娜娜"
LANDLINE = "0533-3216549"
#: A policy unlike the default (3 and 4 of a phone kept): only the last 4 digits shown.
POLICY = MaskPolicy(id_head=4, id_tail=2, phone_head=0, phone_tail=4)
FORMULA = "最近一次回访为“已解决”的件数÷已回访的件数"


@dataclass(frozen=True)
class RequestStation:
    closed: str
    waiting: str


def squeezed(text: str) -> str:
    """``text`` without white space: a cell wrapped over lines reads as one string again."""
    return re.sub(r"\s+", "", text)


def fill(store: StationStore) -> RequestStation:
    """The two requests, and the masking policy :data:`POLICY`."""
    f: SqlUnitOfWorkFactory = store.uow_factory
    with f() as uow:
        uow.in_service.settings.save(InServiceSettings(1, "DHC"))
        uow.commit()
    save_mask_policy(f(), policy=POLICY)
    household = hs.create_household(f(), draft=HouseholdDraft(address="东河村3组12号")).id
    person = ResidentDraft(name=NAME, id_number=ID_NUMBER, relation="head", phone=PHONE)
    resident = hs.add_resident(
        f(), household_id=household, draft=person, today=date(2026, 5, 20)
    ).id
    content = f"村东头路灯坏了三天，晚上看不见路。请回电{PHONE}，身份证{ID_NUMBER}。"
    closed = services.add_request(
        f(), draft=draft(person_id=resident, content=content), clock=CLOCK
    )
    handling.assign_request(f(), request_id=closed.id, assignee=CADRE, clock=CLOCK)
    handling.sign_request(f(), request_id=closed.id, signer=CADRE, clock=CLOCK)
    reply = f"已更换灯泡，已电话{PHONE}告知。"
    closing.reply_request(f(), request_id=closed.id, text=reply, by=CADRE.name, clock=CLOCK)
    closing.follow_up(
        f(),
        request_id=closed.id,
        resolution="solved",
        satisfaction="satisfied",
        by="王主任",
        clock=CLOCK,
    )
    closing.close_request(f(), request_id=closed.id, by=CADRE.name, clock=CLOCK)
    typed = draft(
        requester_kind=RequesterKind.NAMED.value,
        person_id=None,
        requester_name=TYPED_NAME,
        requester_phone=LANDLINE,
        content=f"建议在村委会门口装健身器材，电话{LANDLINE}。",
        kind="suggestion",
        received_at="2026-05-20 09:00",
    )
    waiting = services.add_request(f(), draft=typed, clock=CLOCK)
    return RequestStation(_number(store, closed.id), _number(store, waiting.id))


def _number(store: StationStore, request_id: int) -> str:
    return services.get_request(store.uow_factory(), request_id=request_id).request.number


def fill_folder(data_dir: Path) -> RequestStation:
    """:func:`fill` on the station in ``data_dir`` (closed again, for the command line)."""
    store = open_station_store(data_dir, now=datetime(2026, 5, 20, 10, 0))
    try:
        return fill(store)
    finally:
        store.close()
