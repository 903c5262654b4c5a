"""A dispute's fields and its steps' rules: refused in Chinese under the field, every problem
at once, never repeating an ID number or a phone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from tests.core.chinese import chinese
from villagedesk.core.disputes.events import (
    Agreement,
    DisputeFollowUp,
    Outcome,
    Performance,
    Session,
    SessionResult,
    Settlement,
)
from villagedesk.core.disputes.model import (
    DEFAULT_DISPUTE_TYPES,
    DisputeDraft,
    Party,
    PartyDraft,
    PartyKind,
    PartyRole,
    RiskFactors,
)
from villagedesk.core.disputes.record import DisputeProgress
from villagedesk.core.disputes.rules import (
    check_close,
    check_dispute_fields,
    check_follow_up,
    check_session,
    check_settlement,
)
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.requests.events import Satisfaction
from villagedesk.core.requests.model import Handler

TODAY = date(2026, 6, 10)
A = PartyDraft(kind="named", role="applicant", name="张三")
B = PartyDraft(kind="named", role="respondent", name="阿不都热合曼·买买提")
DRAFT = DisputeDraft(parties=(A, B), dispute_type="邻里", summary="排水沟堵塞引发争执")
PARTIES = (
    Party(PartyKind.NAMED, PartyRole.APPLICANT, "张三"),
    Party(PartyKind.MEMBER, PartyRole.RESPONDENT, "李四", person_id=7),
)
BAD_ID = "11010519491231002X"[:-1] + "5"  # a wrong check digit
BAD_PHONE = "1381234567"


def fields(draft: DisputeDraft) -> dict[str, list[str]]:
    errors = check_dispute_fields(draft, today=TODAY, types=DEFAULT_DISPUTE_TYPES)
    return {key: [chinese(m) for m in messages] for key, messages in errors.items()}


def test_a_good_draft_passes() -> None:
    assert fields(DRAFT) == {}
    assert fields(replace(DRAFT, people=2, screened_on="2026年6月1日")) == {}


def test_fewer_than_two_parties_is_refused() -> None:
    assert fields(replace(DRAFT, parties=(A,)))["parties"] == [
        "纠纷至少有两名当事人，请补充其他当事人。"
    ]


def test_every_problem_at_once() -> None:
    shown = fields(
        DisputeDraft(
            parties=(replace(A, name=""), replace(B, phone=BAD_PHONE, id_number=BAD_ID)),
            dispute_type="吵架",
            summary=" ",
            screened_on="2026-07-01",
            people=1,
            risks=RiskFactors(police_calls=1000, failed_mediations=-1),
            level="moon",
            source="rumour",
        )
    )
    assert set(shown) == {
        "parties.0.name",
        "parties.1.phone",
        "parties.1.id_number",
        "dispute_type",
        "summary",
        "screened_on",
        "people",
        "risks.police_calls",
        "risks.failed_mediations",
        "level",
        "source",
    }
    assert shown["people"] == ["涉及人数不能少于当事人人数（2 人），最多 99999 人。"]
    assert shown["screened_on"] == ["日期晚于今天。"]
    assert shown["summary"] == ["请填写纠纷简要情况。"]
    for messages in shown.values():
        for text in messages:
            assert BAD_ID not in text and BAD_PHONE not in text


def test_a_chosen_party_needs_its_record() -> None:
    shown = fields(replace(DRAFT, parties=(A, PartyDraft(kind="resident", role="respondent"))))
    assert shown == {"parties.1.name": ["请在搜索框中选择当事人。"]}


def test_a_party_as_the_case_owner_is_refused() -> None:
    shown = fields(replace(DRAFT, owner=Handler("张三")))
    assert shown == {"owner": ["张三是本纠纷的当事人，不能担任调解员或包案人。"]}


def session(**changes: object) -> Session:
    base = Session(
        TODAY, "村委会", (Handler("王调解"),), ("张三",), "双方陈述", SessionResult.FAILED
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_party_as_mediator_is_refused() -> None:
    errors = check_session(
        session(mediators=(Handler("王调解"), Handler("李四", member_id=7))),
        PARTIES,
        today=TODAY,
        screened_on=date(2026, 6, 1),
    )
    assert [chinese(m) for m in errors["mediators"]] == [
        "李四是本纠纷的当事人，不能担任调解员或包案人。"
    ]


def test_a_session_needs_its_day_a_mediator_and_what_was_said() -> None:
    errors = check_session(
        session(held_on=date(2026, 5, 1), mediators=(), said=""),
        PARTIES,
        today=TODAY,
        screened_on=date(2026, 6, 1),
    )
    assert set(errors) == {"held_on", "mediators", "said"}
    ok = check_session(session(), PARTIES, today=TODAY, screened_on=date(2026, 6, 1))
    assert ok == {}


AGREEMENT = Agreement("邻里", "排水沟", "张三清理水沟", "一次性", date(2026, 6, 30))


def test_an_agreement_without_its_time_limit_is_refused() -> None:
    late = Settlement(Outcome.WRITTEN_AGREEMENT, replace(AGREEMENT, due=date(2026, 6, 9)))
    assert [chinese(m) for m in check_settlement(late, today=TODAY)["due"]] == [
        "履行期限不能早于今天。"
    ]
    none = Settlement(Outcome.ORAL_AGREEMENT)
    assert "agreement" in check_settlement(none, today=TODAY)
    assert check_settlement(Settlement(Outcome.WRITTEN_AGREEMENT, AGREEMENT), today=TODAY) == {}


def test_a_written_agreement_needs_every_part_and_a_failure_its_note() -> None:
    bare = Settlement(Outcome.WRITTEN_AGREEMENT, replace(AGREEMENT, facts="", manner=" "))
    assert set(check_settlement(bare, today=TODAY)) == {"facts", "manner"}
    failed = check_settlement(Settlement(Outcome.FAILED), today=TODAY)
    assert set(failed) == {"note"}
    assert check_settlement(Settlement(Outcome.TERMINATED, note="当事人起诉"), today=TODAY) == {}


AGREED = DisputeProgress(
    state=DisputeState.AWAITING_FOLLOW_UP,
    outcome=Outcome.WRITTEN_AGREEMENT,
    performance_due=date(2026, 6, 30),
)
VISIT = DisputeFollowUp(Performance.DONE, Satisfaction.SATISFIED, hidden_risk=False)


def test_a_follow_up_before_the_agreed_date_is_refused() -> None:
    errors = check_follow_up(AGREED, datetime(2026, 6, 30, 17, 0), VISIT)
    assert [chinese(m) for m in errors["at"]] == ["回访须在履行期限（2026-06-30）届满之后进行。"]
    assert check_follow_up(AGREED, datetime(2026, 7, 1, 9, 0), VISIT) == {}


def test_a_follow_up_says_how_an_agreement_was_kept_and_only_then() -> None:
    unsaid = replace(VISIT, performance=None)
    assert "performance" in check_follow_up(AGREED, datetime(2026, 7, 1, 9, 0), unsaid)
    failed = DisputeProgress(state=DisputeState.AWAITING_FOLLOW_UP, outcome=Outcome.FAILED)
    assert "performance" in check_follow_up(failed, datetime(2026, 7, 1, 9, 0), VISIT)
    assert check_follow_up(failed, datetime(2026, 7, 1, 9, 0), unsaid) == {}


def test_closing_before_the_follow_up_is_refused() -> None:
    assert [chinese(m) for m in check_close(AGREED)["state"]] == ["纠纷须经回访后才能销号。"]
    visited = replace(AGREED, state=DisputeState.FOLLOWED_UP, performance=Performance.DONE)
    assert check_close(visited) == {}
    unkept = replace(visited, performance=Performance.NOT_DONE)
    assert "state" in check_close(unkept)


def test_an_id_number_damaged_by_a_spreadsheet_is_not_repeated() -> None:
    damaged = "1.10105E+17"
    shown = fields(replace(DRAFT, parties=(A, replace(B, id_number=damaged))))
    assert shown == {"parties.1.id_number": ["身份证号码不正确，请核对后重新输入。"]}
