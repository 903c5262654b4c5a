"""The dispute store on the real station database: a dispute with its parties, households,
progress and every kind of step read back equal; the register's filters and counts in SQL;
the serials that are never reused; the station's settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import update

from tests.store.disputes.conftest import AT, Village
from villagedesk.core.disputes.events import (
    Agreement,
    CaseExtension,
    DisputeDetails,
    DisputeFollowUp,
    DisputeNote,
    DisputeStep,
    LevelChange,
    LevelMove,
    LevelReason,
    Outcome,
    OwnerChange,
    Performance,
    PerformanceRecord,
    Session,
    SessionResult,
    Settlement,
)
from villagedesk.core.disputes.model import MediationLevel, PartyKind, WarningLevel
from villagedesk.core.disputes.record import DisputeProgress, DisputeQuery
from villagedesk.core.disputes.settings import DisputeSettings, WarningRules
from villagedesk.core.disputes.state import DisputeAction as A
from villagedesk.core.disputes.state import DisputeState as S
from villagedesk.core.requests.events import Satisfaction
from villagedesk.core.requests.model import Handler
from villagedesk.store.disputes import tables as td

MEDIATOR = Handler("赵调解", None)
AGREEMENT = Agreement("两户相邻。", "界址不清。", "以原界桩为界。", "当场履行", date(2026, 6, 30))
WRITTEN = replace(AGREEMENT, number="（2026）DHC人调字第7号")


def every_step() -> tuple[DisputeStep, ...]:
    t = datetime(2026, 5, 21, 10, 0)
    details: tuple[tuple[A, DisputeDetails], ...] = (
        (A.LEVEL, LevelChange(WarningLevel.ORANGE, None, (LevelReason("threats"),))),
        (A.LEVEL, LevelChange(WarningLevel.RED, WarningLevel.ORANGE, manual=True, note="升级")),
        (
            A.SESSION,
            Session(
                date(2026, 5, 21),
                "村委会",
                (MEDIATOR, Handler("李建军", 1)),
                ("张桂兰", "阿不都热合曼·买买提"),
                "双方各执一词。",
                SessionResult.FAILED,
            ),
        ),
        (A.ESCALATE, LevelMove(MediationLevel.GROUP, MediationLevel.COMMITTEE, "调解未果")),
        (A.EXTEND, CaseExtension(date(2026, 7, 20), "双方同意", ("张桂兰", "李建军"))),
        (A.HAND_OVER, OwnerChange(MEDIATOR, "换人")),
        (A.TAKE_OVER, OwnerChange(Handler("镇司法所"))),
        (A.SETTLE, Settlement(Outcome.WRITTEN_AGREEMENT, WRITTEN)),
        (A.SETTLE, Settlement(Outcome.FAILED, note="已告知诉讼、仲裁途径")),
        (A.PERFORM, PerformanceRecord(Performance.PARTLY, "尚欠部分")),
        (A.FOLLOW_UP, DisputeFollowUp(Performance.DONE, Satisfaction.SATISFIED, False, "好")),
        (A.FOLLOW_UP, DisputeFollowUp(None, Satisfaction.DISSATISFIED, True)),
        (A.CLOSE, DisputeNote("销号")),
        (A.REOPEN, DisputeNote("未履行", automatic=True)),
    )
    return tuple(
        DisputeStep(action, t.replace(minute=i), "李书记", d)
        for i, (action, d) in enumerate(details)
    )


FULL_PROGRESS = DisputeProgress(
    state=S.AWAITING_FOLLOW_UP,
    state_since=AT,
    warning=WarningLevel.RED,
    warning_reasons=(LevelReason("failed_mediations", 3), LevelReason("criminal_risk")),
    warning_manual=True,
    mediation_level=MediationLevel.COMMITTEE,
    level_since=AT,
    level_due=date(2026, 6, 4),
    case_due=date(2026, 6, 22),
    extended=True,
    owner=Handler("李建军", None),
    township_owner="镇司法所王所长",
    sessions=3,
    failed_sessions=2,
    last_session_failed=True,
    outcome=Outcome.WRITTEN_AGREEMENT,
    agreement_number="（2026）DHC人调字第7号",
    performance_due=date(2026, 6, 30),
    performance=Performance.PARTLY,
    followed_up_at=datetime(2026, 7, 2, 15, 0),
    satisfaction=Satisfaction.BASICALLY_SATISFIED,
    hidden_risk=False,
    reopened=1,
    closed_at=None,
)


def test_a_dispute_with_every_kind_of_step_reads_back_equal(village: Village) -> None:
    values = village.values()
    steps = every_step()
    assert {s.action for s in steps} == set(A)
    did = village.add("DHC-调-2026-0001", values, FULL_PROGRESS, steps)
    with village.f().for_reading() as uow:
        got = uow.disputes.records.get(did)
        events = uow.disputes.history.events(did)
        by_number = uow.disputes.records.find_by_number("DHC-调-2026-0001")
        some = uow.disputes.history.events_of([did], [A.SETTLE, A.CLOSE])
    assert got is not None and by_number == got
    assert got.number == "DHC-调-2026-0001" and got.station_code == "370323104203"
    assert got.values == values
    assert got.progress == FULL_PROGRESS
    assert tuple(e.step for e in events) == steps
    assert [e.action for e in some[did]] == [A.SETTLE, A.SETTLE, A.CLOSE]


def test_a_new_dispute_with_no_owner_and_a_typed_party_reads_back(village: Village) -> None:
    values = village.values(owner=None, household_ids=(), request_id=None)
    did = village.add("DHC-调-2026-0002", values)
    with village.f().for_reading() as uow:
        got = uow.disputes.records.get(did)
    assert got is not None and got.values == values
    assert got.progress == DisputeProgress(state_since=AT)
    assert got.progress.shown_warning is WarningLevel.YELLOW


@pytest.fixture
def ledger(village: Village) -> dict[str, int]:
    """Five disputes of different states, colours, levels, types, people and days."""
    v, r0, r1 = village, village.residents[0], village.residents[1]
    one = v.parties()[:2]
    other_parties = (replace(one[0], name="王德福", person_id=r1), one[1])
    made = {
        "red": (v.values(), DisputeProgress(warning=WarningLevel.RED, level_due=date(2026, 6, 4))),
        "closed_red": (
            v.values(screened_on=date(2026, 3, 1), dispute_type="邻里", household_ids=()),
            DisputeProgress(state=S.CLOSED, warning=WarningLevel.RED),
        ),
        "orange_township": (
            v.values(parties=other_parties, household_ids=(), summary="欠款纠纷"),
            DisputeProgress(
                warning=WarningLevel.ORANGE,
                mediation_level=MediationLevel.TOWNSHIP,
                level_due=date(2026, 6, 1),
            ),
        ),
        "waiting": (
            v.values(screened_on=date(2026, 4, 10), household_ids=()),
            DisputeProgress(state=S.AWAITING_FOLLOW_UP, performance_due=date(2026, 6, 30)),
        ),
        "performing": (
            v.values(parties=other_parties, screened_on=date(2026, 5, 1), household_ids=()),
            DisputeProgress(
                state=S.AWAITING_PERFORMANCE,
                performance_due=date(2026, 7, 15),
                level_due=date(2026, 5, 1),
            ),
        ),
    }
    del r0
    return {
        key: v.add(f"DHC-调-2026-{i + 1:04d}", values, progress)
        for i, (key, (values, progress)) in enumerate(made.items())
    }


def _found(village: Village, query: DisputeQuery) -> set[str]:
    with village.f().for_reading() as uow:
        found = uow.disputes.records.list(query)
        counted = uow.disputes.records.count(query)
    assert counted == len(found)
    return {d.number for d in found}


def _keys(ledger: dict[str, int], village: Village, query: DisputeQuery) -> set[str]:
    numbers = _found(village, query)
    with village.f().for_reading() as uow:
        return {
            k
            for k, i in ledger.items()
            if (d := uow.disputes.records.get(i)) and d.number in numbers
        }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (DisputeQuery(), {"red", "closed_red", "orange_township", "waiting", "performing"}),
        (DisputeQuery(states=frozenset({S.CLOSED})), {"closed_red"}),
        (DisputeQuery(levels=frozenset({WarningLevel.RED})), {"red"}),
        (DisputeQuery(levels=frozenset({WarningLevel.GREEN})), {"closed_red"}),
        (
            DisputeQuery(levels=frozenset({WarningLevel.YELLOW, WarningLevel.ORANGE})),
            {"orange_township", "waiting", "performing"},
        ),
        (
            DisputeQuery(mediation_levels=frozenset({MediationLevel.TOWNSHIP})),
            {"orange_township"},
        ),
        (DisputeQuery(dispute_type="邻里"), {"closed_red"}),
        (DisputeQuery(first=date(2026, 4, 10), last=date(2026, 5, 1)), {"waiting", "performing"}),
        (DisputeQuery(level_due_by=date(2026, 6, 4)), {"red"}),
        (DisputeQuery(level_due_by=date(2026, 6, 3)), set()),
        (DisputeQuery(awaiting_follow_up_on=date(2026, 7, 1)), {"waiting"}),
        (DisputeQuery(awaiting_follow_up_on=date(2026, 6, 30)), set()),
        (DisputeQuery(awaiting_follow_up_on=date(2026, 7, 16)), {"waiting", "performing"}),
        (DisputeQuery(text="欠款"), {"orange_township"}),
        (DisputeQuery(text="王德福"), {"orange_township", "performing"}),
        (DisputeQuery(text="调-2026-0002"), {"closed_red"}),
        (DisputeQuery(text="100%"), set()),
    ],
)
def test_the_register_filters_in_sql(
    village: Village, ledger: dict[str, int], query: DisputeQuery, expected: set[str]
) -> None:
    assert _keys(ledger, village, query) == expected


def test_the_household_and_person_filters(village: Village, ledger: dict[str, int]) -> None:
    first, second = village.households
    everyone = set(ledger)
    # The first household: its resident 张桂兰 is a party of red, closed_red and waiting.
    assert _keys(ledger, village, DisputeQuery(household_id=first)) == {
        "red",
        "closed_red",
        "waiting",
    }
    # The second: its resident is a party of two, and "red" names it.
    assert _keys(ledger, village, DisputeQuery(household_id=second)) == {
        "red",
        "orange_township",
        "performing",
    }
    resident = village.residents[1]
    assert _keys(ledger, village, DisputeQuery(person_id=resident)) >= {"orange_township"}
    by_resident = DisputeQuery(person_id=resident, person_kind=PartyKind.RESIDENT)
    assert _keys(ledger, village, by_resident) == {"orange_township", "performing"}
    by_member = DisputeQuery(person_id=village.member_id, person_kind=PartyKind.MEMBER)
    assert _keys(ledger, village, by_member) == everyone
    assert _keys(ledger, village, DisputeQuery(household_id=second + 99)) == set()


def test_red_comes_first_then_the_newest_and_a_limit_counts_as_listed(
    village: Village, ledger: dict[str, int]
) -> None:
    with village.f().for_reading() as uow:
        listed = [d.id for d in uow.disputes.records.list(DisputeQuery())]
        two = uow.disputes.records.list(DisputeQuery(limit=2))
        assert uow.disputes.records.count(DisputeQuery(limit=2)) == 2
        ids = frozenset({ledger["waiting"], ledger["closed_red"]})
        assert {d.id for d in uow.disputes.records.list(DisputeQuery(ids=ids))} == ids
        screened = uow.disputes.records.screened_between(date(2026, 4, 1), date(2026, 5, 1))
    assert listed[0] == ledger["red"]
    assert listed[-1] == ledger["closed_red"]  # the oldest 排查日期
    assert [d.id for d in two] == listed[:2]
    assert [d.id for d in screened] == [ledger["waiting"], ledger["performing"]]


def test_serials_count_voided_disputes_and_every_agreement(
    village: Village, ledger: dict[str, int]
) -> None:
    settle = DisputeStep(A.SETTLE, AT, "", Settlement(Outcome.WRITTEN_AGREEMENT, WRITTEN))
    village.add("DHC-调-2026-0009", village.values(), steps=(settle,))
    with village.f() as uow:
        oral = Settlement(Outcome.ORAL_AGREEMENT, AGREEMENT)
        uow.disputes.history.add_step(ledger["red"], DisputeStep(A.SETTLE, AT, "", oral))
        progress = replace(FULL_PROGRESS, agreement_number="（2026）DHC人调字第3号")
        uow.disputes.records.save_progress(ledger["red"], progress)
        uow.connection.execute(
            update(td.disputes)
            .where(td.disputes.c.number == "DHC-调-2026-0009")
            .values(voided_at="2026-05-21T00:00:00Z")
        )
        uow.commit()
    with village.f().for_reading() as uow:
        records = uow.disputes.records
        assert records.max_sequence(2026) == 9
        assert records.max_sequence(2025) == 0
        assert records.find_by_number("DHC-调-2026-0009") is None
        assert records.max_agreement_sequence(2026) == 7  # the voided one's number stays given
        assert records.max_agreement_sequence(2027) == 0
        assert records.count(DisputeQuery()) == 5
        saved = records.get(ledger["red"])
    assert saved is not None and saved.progress.agreement_number.endswith("第3号")


def test_settings_start_with_the_defaults_and_round_trip(village: Village) -> None:
    with village.f().for_reading() as uow:
        assert uow.disputes.settings.get() == DisputeSettings()
    changed = DisputeSettings(
        types=("邻里", "宅基地", "山林"),
        rules=WarningRules(red_failed=4, orange_people=6, orange_on_weapons=False),
        level_days=20,
    )
    with village.f() as uow:
        uow.disputes.settings.save(changed)
        uow.commit()
    with village.f().for_reading() as uow:
        assert uow.disputes.settings.get() == changed
