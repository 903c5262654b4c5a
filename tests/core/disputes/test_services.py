"""Recording a dispute (its 编号, its computed level and the times), the level raised after
failed sessions and changed by hand with history rows, a request turned into a dispute,
township data read-only, the township's 包案, and the settings."""

from __future__ import annotations

import copy
from datetime import date, datetime

import pytest

from tests.core.chinese import chinese
from tests.core.disputes.support import CLOCK, add, draft, get, make_uow
from tests.core.requests.support import RESIDENT_ID
from tests.core.requests.support import add as add_request
from villagedesk.core.disputes import from_request, levels, mediation, services
from villagedesk.core.disputes.events import LevelChange, LevelReason, Session, SessionResult
from villagedesk.core.disputes.model import (
    DisputeSource,
    PartyDraft,
    PartyKind,
    PartyRole,
    RiskFactors,
    WarningLevel,
)
from villagedesk.core.disputes.record import DisputeQuery
from villagedesk.core.disputes.settings import DisputeSettings
from villagedesk.core.disputes.state import DisputeAction
from villagedesk.core.errors import DomainError, NotFound, ValidationError
from villagedesk.core.requests.model import Handler


def levels_of(uow: object, did: int) -> list[LevelChange]:
    detail = services.get_dispute(uow, dispute_id=did)  # type: ignore[arg-type]
    return [e.step.details for e in detail.events if isinstance(e.step.details, LevelChange)]


def test_a_recorded_dispute_gets_its_number_level_and_times() -> None:
    uow = make_uow()
    did = add(uow)
    d = get(uow, did)
    assert d.number == "DHC-调-2026-0001"
    assert d.values.parties[0].name == "张桂兰"  # read from the register
    assert d.values.parties[0].id_number == "370323195803150028"
    assert d.values.household_ids == (7,)
    assert d.values.people == 2
    p = d.progress
    assert (p.warning, p.warning_reasons) == (WarningLevel.YELLOW, ())
    assert p.level_due == date(2026, 6, 4)  # 15 days counted from the next day
    assert p.case_due == date(2026, 6, 22)  # 06-20 is a Saturday: the next working day
    assert levels_of(uow, did) == [LevelChange(WarningLevel.YELLOW, None)]
    assert add(uow) == did + 1 and get(uow, did + 1).number.endswith("-0002")


@pytest.mark.parametrize(
    ("risks", "people", "level"),
    [
        (RiskFactors(criminal_risk=True), None, WarningLevel.RED),
        (RiskFactors(police_calls=3), None, WarningLevel.RED),
        (RiskFactors(threats=True), None, WarningLevel.ORANGE),
        (RiskFactors(), 5, WarningLevel.ORANGE),
        (RiskFactors(), 10, WarningLevel.RED),
        (RiskFactors(failed_mediations=1), 4, WarningLevel.YELLOW),
    ],
)
def test_the_level_is_computed_when_recorded(
    risks: RiskFactors, people: int | None, level: WarningLevel
) -> None:
    uow = make_uow()
    did = add(uow, risks=risks, people=people)
    assert get(uow, did).progress.warning is level
    assert levels_of(uow, did)[0].level is level


def _failed(uow: object, did: int) -> None:
    s = Session(date(2026, 5, 20), "", (Handler("王调解"),), (), "各执一词。", SessionResult.FAILED)
    mediation.record_session(uow, CLOCK, dispute_id=did, session=s)  # type: ignore[arg-type]


def test_failed_sessions_raise_the_level_with_its_reason() -> None:
    uow = make_uow()
    did = add(uow, risks=RiskFactors(failed_mediations=1))
    _failed(uow, did)
    p = get(uow, did).progress
    assert (p.failed_sessions, p.warning, p.last_session_failed) == (1, WarningLevel.ORANGE, True)
    assert p.warning_reasons == (LevelReason("failed_mediations", 2),)
    _failed(uow, did)
    assert get(uow, did).progress.warning is WarningLevel.RED
    assert [c.level for c in levels_of(uow, did)] == [
        WarningLevel.YELLOW,
        WarningLevel.ORANGE,
        WarningLevel.RED,
    ]


def test_a_level_set_by_hand_is_a_history_row_and_needs_a_reason() -> None:
    uow = make_uow()
    did = add(uow, risks=RiskFactors(criminal_risk=True))
    before = copy.deepcopy(uow.dispute_state)
    with pytest.raises(ValidationError) as refused:
        levels.set_level(uow, CLOCK, dispute_id=did, level="yellow", note="")
    assert chinese(refused.value.errors["note"][0]) == "降低红色预警必须写明理由。"
    assert uow.dispute_state == before
    levels.set_level(uow, CLOCK, dispute_id=did, level="orange", note="双方已和解意向明确")
    p = get(uow, did).progress
    assert (p.warning, p.warning_manual) == (WarningLevel.ORANGE, True)
    change = levels_of(uow, did)[-1]
    assert (change.previous, change.manual, change.note) == (
        WarningLevel.RED,
        True,
        "双方已和解意向明确",
    )


def test_changed_risks_recompute_the_level_but_not_below_a_manual_one() -> None:
    uow = make_uow()
    did = add(uow)
    levels.update_risks(uow, CLOCK, dispute_id=did, risks=RiskFactors(weapons=True), people=2)
    assert get(uow, did).progress.warning is WarningLevel.ORANGE
    assert get(uow, did).values.risks.weapons
    levels.set_level(uow, CLOCK, dispute_id=did, level="red", note="扬言持刀")
    rows = len(levels_of(uow, did))
    levels.update_risks(uow, CLOCK, dispute_id=did, risks=RiskFactors(), people=2)
    assert get(uow, did).progress.warning is WarningLevel.RED
    assert len(levels_of(uow, did)) == rows  # the level did not change: no row


def test_bad_input_is_refused_under_the_field_and_nothing_is_written() -> None:
    uow = make_uow()
    one = (PartyDraft(kind="named", role="applicant", name="李大山"),)
    with pytest.raises(ValidationError) as refused:
        services.add_dispute(uow, CLOCK, draft=draft(parties=one, dispute_type="打架"))
    assert set(refused.value.errors) >= {"parties", "dispute_type"}
    with pytest.raises(ValidationError) as refused:
        services.add_dispute(uow, CLOCK, draft=draft(owner=Handler("李大山")))
    assert "当事人" in chinese(refused.value.errors["owner"][0])
    gone = (
        PartyDraft(kind="resident", role="applicant", person_id=999),
        PartyDraft(kind="named", role="respondent", name="李大山"),
    )
    with pytest.raises(ValidationError) as refused:
        services.add_dispute(uow, CLOCK, draft=draft(parties=gone))
    assert "parties.0.name" in refused.value.errors
    assert uow.dispute_state.rows == {} and uow.dispute_state.events == []


def test_a_request_turned_into_a_dispute_makes_its_requester_the_applicant() -> None:
    uow = make_uow()
    rid = add_request(uow)
    other = (PartyDraft(kind="named", role="respondent", name="李大山"),)
    did = from_request.dispute_from_request(
        uow, CLOCK, request_id=rid, draft=draft(parties=other, summary="")
    ).id
    d = get(uow, did)
    first = d.values.parties[0]
    assert (first.kind, first.role, first.person_id) == (
        PartyKind.RESIDENT,
        PartyRole.APPLICANT,
        RESIDENT_ID,
    )
    assert (d.values.source, d.values.request_id) == (DisputeSource.FROM_REQUEST, rid)
    assert d.values.summary.startswith("村东头路灯坏了")
    with pytest.raises(NotFound):
        from_request.dispute_from_request(uow, CLOCK, request_id=99, draft=draft())


def test_township_data_is_read_only() -> None:
    uow = make_uow()
    did = add(uow)
    uow.db.owners[("disputes", did)] = "370323104202"
    uow.db.village_names["370323104202"] = "西河村"
    before = copy.deepcopy(uow.dispute_state)
    with pytest.raises(DomainError) as refused:
        mediation.escalate(uow, CLOCK, dispute_id=did, reason="上移")
    assert refused.value.message.params["village"] == "西河村"
    with pytest.raises(DomainError):
        levels.set_level(uow, CLOCK, dispute_id=did, level="red", note="升级")
    assert uow.dispute_state == before
    assert services.get_dispute(uow, dispute_id=did).dispute.id == did  # still readable


def test_the_township_takes_a_case_over_once() -> None:
    uow = make_uow()
    did = add(uow)
    at = datetime(2026, 5, 21, 10, 0)
    assert mediation.take_over(uow, CLOCK, dispute_id=did, owner_name="刘镇长", at=at)
    assert mediation.take_over(uow, CLOCK, dispute_id=did, owner_name="刘镇长", at=at) is None
    assert mediation.take_over(uow, CLOCK, dispute_id=404, owner_name="刘镇长", at=at) is None
    assert get(uow, did).progress.township_owner == "刘镇长"
    actions = [e.action for e in uow.dispute_state.events]
    assert actions.count(DisputeAction.TAKE_OVER) == 1


def test_find_and_list() -> None:
    uow = make_uow()
    calm = add(uow)
    hot = add(uow, risks=RiskFactors(criminal_risk=True))
    assert services.find_dispute(uow, number=" dhc-调-2026-0002 ").dispute.id == hot
    with pytest.raises(NotFound) as missing:
        services.find_dispute(uow, number="DHC-调-2026-0099")
    assert "DHC-调-2026-0099" in chinese(missing.value.message)
    assert [d.id for d in services.list_disputes(uow, DisputeQuery())] == [hot, calm]
    red = DisputeQuery(levels=frozenset({WarningLevel.RED}))
    assert [d.id for d in services.list_disputes(uow, red)] == [hot]
    with pytest.raises(NotFound) as gone:
        services.get_dispute(uow, dispute_id=404)
    assert chinese(gone.value.message) == "未找到该纠纷。"


def test_settings_are_saved_and_checked() -> None:
    uow = make_uow()
    services.save_dispute_settings(
        uow, settings=DisputeSettings(types=(" 邻里 ", "其他"), level_days=10)
    )
    assert services.dispute_settings(uow).types == ("邻里", "其他")
    with pytest.raises(ValidationError) as refused:
        services.save_dispute_settings(
            uow, settings=DisputeSettings(types=("邻里", "邻里"), level_days=0)
        )
    assert set(refused.value.errors) == {"types", "level_days"}
    assert services.dispute_settings(uow).level_days == 10
