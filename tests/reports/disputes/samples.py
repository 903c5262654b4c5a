"""A dispute with long names, a long address and rare characters, driven by the services (on the
fake unit of work) from recording through a session, a written agreement, its performance and a
follow-up to 销号; and the station's papers of it, masked as print_sources_disputes masks them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tests.core.disputes.support import CLOCK, later, make_uow
from tests.store.conftest import id_number
from villagedesk.core.disputes import mediation, services, settling
from villagedesk.core.disputes.events import (
    Agreement,
    DisputeFollowUp,
    Outcome,
    Performance,
    PerformanceRecord,
    Session,
    SessionResult,
    Settlement,
)
from villagedesk.core.disputes.model import DisputeDraft, PartyDraft, RiskFactors
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.disputes.record import DisputeDetail
from villagedesk.core.masking import MaskPolicy
from villagedesk.core.requests.events import Satisfaction
from villagedesk.core.requests.model import Handler
from villagedesk.print_sources_disputes import masked_detail
from villagedesk.reports.dispute_papers_values import DisputePaperValues

STATION = "沂源县鲁村镇东河村党群服务站"
COMMITTEE = "东河村人民调解委员会"
RESIDENT = "张桂兰"
RESIDENT_ID_NUMBER = "370323195803150028"
LONG_NAME = "阿不都热合曼·买买提·艾力"
LONG_ID_NUMBER = id_number(date(1975, 8, 9), 17, region="653101")
LONG_PHONE = "13909981234"
RARE_NAME = "𠮷䶮明"
RARE_ID_NUMBER = id_number(date(1990, 1, 2), 33)
LONG_ADDRESS = (
    "新疆维吾尔自治区喀什地区喀什市多来特巴格乡阔纳巴格村三组幸福路东侧第十二巷东数第四户院内北房"
)
MEDIATOR = "古丽娜尔·吐尔逊"
TERMS = (
    "一、李家于2026年5月24日前自费疏通两家之间的排水沟，并在沟口加装铁篦子；"
    "二、张家负担材料费的一半，计人民币三百元整，于疏通完毕当日付清；"
    "三、双方今后共同维护排水沟，任何一方不得向沟内倾倒垃圾。" * 2
)
POLICY = MaskPolicy()


def sample_draft(resident_id: int = 11) -> DisputeDraft:
    """张桂兰 (a resident) against a long-named typed party, a third with rare characters."""
    return DisputeDraft(
        parties=(
            PartyDraft(kind="resident", role="applicant", person_id=resident_id),
            PartyDraft(
                kind="named",
                role="respondent",
                name=LONG_NAME,
                id_number=LONG_ID_NUMBER,
                phone=LONG_PHONE,
                address=LONG_ADDRESS,
            ),
            PartyDraft(kind="named", role="other", name=RARE_NAME, id_number=RARE_ID_NUMBER),
        ),
        dispute_type="邻里",
        summary="排水沟堵塞，雨水流进张家院子，两家多次争吵，" * 4,
        cause="排水沟年久失修。",
        risks=RiskFactors(criminal_risk=True),
        people=6,
        place=LONG_ADDRESS,
    )


def drive(f: Callable[[], DisputesUnitOfWork], draft: DisputeDraft) -> int:
    """Record ``draft`` and drive it through a session, a written agreement, its performance
    and a follow-up to 销号 (each service on a unit of work from ``f``); its id."""
    did = services.add_dispute(f(), CLOCK, draft=draft, by="王秀英").id
    session = Session(
        date(2026, 5, 20),
        "东河村村委会调解室",
        (Handler(MEDIATOR), Handler("王秀英")),
        (RESIDENT, LONG_NAME),
        "调解员听取双方陈述，查看现场，讲解《民法典》相邻关系的规定。" * 6,
        SessionResult.AGREED,
    )
    mediation.record_session(f(), CLOCK, dispute_id=did, session=session, by="王秀英")
    agreement = Agreement(
        "两家东西相邻，共用一条排水沟。",
        "排水沟堵塞，雨水流进张家院子。",
        TERMS,
        "当场疏通，现金支付",
        date(2026, 5, 25),
    )
    settlement = Settlement(Outcome.WRITTEN_AGREEMENT, agreement)
    settling.settle(f(), CLOCK, dispute_id=did, settlement=settlement, by="王秀英")
    record = PerformanceRecord(Performance.DONE, "已疏通，已付清。")
    settling.record_performance(f(), CLOCK, dispute_id=did, record=record, by="王秀英")
    follow = DisputeFollowUp(Performance.DONE, Satisfaction.SATISFIED, False, "双方和好。")
    settling.follow_up(f(), later(10), dispute_id=did, follow_up=follow, by=MEDIATOR)
    settling.close_dispute(f(), later(10), dispute_id=did, note="已销号")
    return did


def sample_detail() -> DisputeDetail:
    """The sample dispute driven to 销号 on the fake unit of work."""
    uow = make_uow()
    did = drive(lambda: uow, sample_draft())
    return services.get_dispute(uow, dispute_id=did)


def sample_values(detail: DisputeDetail | None = None) -> DisputePaperValues:
    full = detail or sample_detail()
    return DisputePaperValues(masked_detail(full, POLICY), full, STATION, COMMITTEE)
