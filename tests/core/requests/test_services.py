"""Request services on in-memory ports: numbering, the requester, the deadline, the filters,
hand-overs, escalation, merging, the station's lists and another station's requests."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.core.chinese import chinese
from tests.core.fakes_requests import CalendarDayDeadlines
from tests.core.requests.support import (
    CADRE,
    CLOCK,
    HOUSEHOLD_ID,
    OTHER,
    RESIDENT_ID,
    add,
    assign,
    draft,
    get,
    make_db,
    make_uow,
    reach,
    sign,
)
from villagedesk.core.changes import Topic
from villagedesk.core.errors import DomainError, NotFound, ValidationError
from villagedesk.core.members.model import Category, Education, MemberValues, Sex, Standing
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.requests import escalation, handling, merging, services, timekeeping
from villagedesk.core.requests.events import Escalation, MergeLink
from villagedesk.core.requests.model import (
    AttachmentDraft,
    ChannelOption,
    Handler,
    Requester,
    RequesterKind,
    RequestLists,
)
from villagedesk.core.requests.record import DueFilter, RequestQuery
from villagedesk.core.requests.state import Action, RequestState


def test_numbers_run_per_year_and_are_never_reused() -> None:
    uow = make_uow()
    first = add(uow)
    second = add(uow)
    last_year = add(uow, received_at="2025-12-31 23:50")
    uow.state.burnt[2026] = 9  # a request the store voided kept its number
    after = add(uow)
    numbers = [get(uow, i).number for i in (first, second, last_year, after)]
    assert numbers == ["DHC-2026-0001", "DHC-2026-0002", "DHC-2025-0001", "DHC-2026-0010"]
    saved = services.add_request(uow, draft=draft(), clock=CLOCK)
    assert saved.changes.topics == frozenset({Topic.REQUESTS})
    found = services.find_request(uow, number=" dhc-2026-0011 ")
    assert found.request.id == saved.id


def test_the_short_code_is_derived_from_the_station_when_not_set() -> None:
    db = make_db()
    db.in_service.settings = type(db.in_service.settings)(1, "")
    uow = make_uow(db)
    assert get(uow, add(uow)).number == "DHC-2026-0001"


def test_a_resident_requester_brings_name_phone_and_household() -> None:
    uow = make_uow()
    values = get(uow, add(uow)).values
    assert values.requester == Requester(
        RequesterKind.RESIDENT, RESIDENT_ID, "张桂兰", "13812345678"
    )
    assert values.household_id == HOUSEHOLD_ID
    assert values.received_at == datetime(2026, 5, 20, 8, 0)
    assert values.deadline_rule == "7 days"


def test_a_member_requester_lives_where_their_resident_record_is() -> None:
    db = make_db()
    member_values = MemberValues(
        name="张桂兰",
        id_number="370323195803150028",
        sex=Sex.FEMALE,
        birth_date=date(1958, 3, 15),
        ethnicity="汉族",
        education=Education.JUNIOR_HIGH,
        phone="",
        joined_on=None,
        full_member_on=None,
        standing=Standing.FULL,
        branch_id=None,
        work_unit="",
        address="东河村",
        categories=frozenset({Category.VETERAN}),
    )
    uow = make_uow(db)
    member_id = uow.members.add(member_values, status=RollStatus.ON_ROLL)
    values = get(uow, add(uow, requester_kind="member", person_id=member_id)).values
    assert values.requester.name == "张桂兰" and values.household_id == HOUSEHOLD_ID


def test_typed_and_anonymous_requesters() -> None:
    uow = make_uow()
    typed = get(
        uow,
        add(
            uow,
            requester_kind="named",
            person_id=None,
            requester_name=" 刘 大爷 ",
            requester_phone="138 1234 5678",
        ),
    ).values
    assert typed.requester == Requester(RequesterKind.NAMED, None, "刘 大爷", "13812345678")
    anonymous = get(uow, add(uow, requester_kind="anonymous", person_id=None)).values
    assert anonymous.requester == Requester(RequesterKind.ANONYMOUS)
    assert anonymous.household_id is None


def test_requester_and_household_that_do_not_exist_are_refused_together() -> None:
    uow = make_uow()
    with pytest.raises(ValidationError) as caught:
        add(uow, person_id=999)
    assert chinese(caught.value.errors["person_id"][0]) == "找不到该居民。"
    with pytest.raises(ValidationError) as caught:
        add(uow, requester_kind="anonymous", person_id=None, household_id=404)
    assert chinese(caught.value.errors["household_id"][0]) == "找不到该户。"
    assert uow.state.rows == {}


def test_the_deadline_counts_from_signing_when_the_rule_says_so() -> None:
    deadlines = CalendarDayDeadlines(from_signing=True)
    uow = make_uow(deadlines=deadlines)
    rid = add(uow, urgency="urgent", received_at="2026-05-20 07:00")
    assert get(uow, rid).progress.due_at is None
    assign(uow, rid)
    sign(uow, rid)
    progress = get(uow, rid).progress
    assert progress.due_at == datetime(2026, 5, 20, 11, 30)
    assert progress.signed_on_time is False  # urgent: by 09:00, signed 09:30


def test_a_suspension_moves_the_deadline_by_its_length() -> None:
    uow = make_uow()
    rid = add(uow, urgency="urgent", received_at="2026-05-20 08:00")
    handling.assign_request(uow, request_id=rid, assignee=CADRE, at="2026-05-20 08:05", clock=CLOCK)
    handling.sign_request(uow, request_id=rid, signer=CADRE, at="2026-05-20 08:10", clock=CLOCK)
    assert get(uow, rid).progress.signed_on_time is True
    timekeeping.suspend_request(
        uow, request_id=rid, reason="停电抢修", at="2026-05-20 08:30", clock=CLOCK
    )
    timekeeping.resume_request(uow, request_id=rid, at="2026-05-20 09:15", clock=CLOCK)
    assert get(uow, rid).progress.due_at == datetime(2026, 5, 20, 10, 45)


def test_an_estimated_deadline_is_marked() -> None:
    uow = make_uow(deadlines=CalendarDayDeadlines(known_through=2025))
    progress = get(uow, add(uow)).progress
    assert progress.due_estimated is True


def test_hand_over_needs_a_reason_and_a_new_person_and_a_new_signature() -> None:
    uow = make_uow()
    rid = reach(uow, RequestState.IN_PROGRESS)
    with pytest.raises(ValidationError) as caught:
        handling.hand_over(uow, request_id=rid, assignee=CADRE, reason="", clock=CLOCK)
    assert set(caught.value.errors) == {"assignee", "reason"}
    handling.hand_over(
        uow, request_id=rid, assignee=OTHER, helpers=[CADRE], reason="工作调整", clock=CLOCK
    )
    progress = get(uow, rid).progress
    assert progress.state is RequestState.AWAITING_SIGNATURE
    assert (
        progress.assignee == OTHER and progress.helpers == (CADRE,) and progress.signed_at is None
    )
    handling.sign_request(uow, request_id=rid, signer=OTHER, clock=CLOCK)
    assert get(uow, rid).state is RequestState.IN_PROGRESS


def test_one_person_responsible_and_helpers_named_once() -> None:
    uow = make_uow()
    rid = add(uow)
    with pytest.raises(ValidationError) as caught:
        handling.assign_request(
            uow,
            request_id=rid,
            assignee=Handler(" "),
            helpers=[OTHER, Handler("王主任")],
            clock=CLOCK,
        )
    assert set(caught.value.errors) == {"assignee", "helpers"}
    assert chinese(caught.value.errors["helpers"][0]) == "王主任重复填写。"


def test_the_township_reply_names_the_department_it_was_sent_to() -> None:
    uow = make_uow()
    rid = reach(uow, RequestState.ESCALATED)
    escalation.record_escalation_reply(uow, request_id=rid, text="已派人维修。", clock=CLOCK)
    events = services.get_request(uow, request_id=rid).events
    assert events[-1].step.details == Escalation("镇供电所", "已派人维修。")
    assert get(uow, rid).state is RequestState.IN_PROGRESS


def test_merging_moves_requester_and_attachments_and_links_both() -> None:
    uow = make_uow()
    photo = AttachmentDraft("requests/2026/a.png", 100, head=b"\x89PNG\r\n\x1a\nxx")
    source = add(
        uow, attachments=(photo,), requester_kind="named", person_id=None, requester_name="刘强"
    )
    target = add(uow)
    merging.merge_requests(uow, request_id=source, into_id=target, by="李书记", clock=CLOCK)
    merged, kept = get(uow, source), get(uow, target)
    assert merged.state is RequestState.MERGED and merged.progress.merged_into == target
    assert merged.attachments == () and [a.values.path for a in kept.attachments] == [
        "requests/2026/a.png"
    ]
    assert kept.co_requesters == (Requester(RequesterKind.NAMED, None, "刘强"),)
    last = services.get_request(uow, request_id=target).events[-1].step
    assert last.action is Action.MERGE_IN
    assert last.details == MergeLink(source, merged.number, merged.values.requester)
    with pytest.raises(ValidationError) as caught:
        merging.merge_requests(uow, request_id=target, into_id=target, clock=CLOCK)
    assert chinese(caught.value.errors["into"][0]) == "诉求不能合并到它自己。"


def test_list_filters() -> None:
    uow = make_uow()
    due_today = add(uow, urgency="urgent", received_at="2026-05-20 08:00")  # due 10:00
    overdue = add(uow, urgency="urgent", received_at="2026-05-20 06:00")  # due 08:00
    mine = reach(uow, RequestState.IN_PROGRESS)
    waiting = reach(uow, RequestState.AWAITING_FOLLOW_UP)
    other_channel = add(uow, channel="电话", kind="complaint", category="环境卫生")
    last_year = add(uow, received_at="2025-03-01 10:00")

    def ids(**filters: object) -> set[int]:
        query = RequestQuery(**filters)  # type: ignore[arg-type]
        return {r.id for r in services.list_requests(uow, query=query, clock=CLOCK)}

    assert ids(due=DueFilter.TODAY) == {due_today}
    assert ids(due=DueFilter.OVERDUE) == {overdue, last_year}
    assert ids(assignee=Handler("李书记")) == {mine, waiting}
    assert ids(unassigned=True) == {due_today, overdue, other_channel, last_year}
    assert ids(awaiting_follow_up=True) == {waiting}
    assert ids(channel="电话") == ids(category="环境卫生") == {other_channel}
    assert ids(state=RequestState.IN_PROGRESS) == {mine}
    assert ids(received_to=date(2025, 12, 31)) == {last_year}
    assert ids(household_id=HOUSEHOLD_ID, received_from=date(2026, 1, 1)) == {
        due_today,
        overdue,
        mine,
        waiting,
        other_channel,
    }


def test_another_stations_request_is_read_only() -> None:
    uow = make_uow()
    rid = add(uow)
    uow.db.owners[("requests", rid)] = "370323104299"
    uow.db.village_names["370323104299"] = "西河村"
    with pytest.raises(DomainError) as caught:
        assign(uow, rid)
    assert "西河村" in str(caught.value)
    assert services.get_request(uow, request_id=rid).request.id == rid


def test_unknown_requests() -> None:
    uow = make_uow()
    with pytest.raises(NotFound):
        services.get_request(uow, request_id=5)
    with pytest.raises(NotFound) as caught:
        services.find_request(uow, number="DHC-2026-0099")
    assert chinese(caught.value.message) == "没有编号为 DHC-2026-0099 的诉求。"


def test_the_lists_the_station_keeps() -> None:
    uow = make_uow()
    with pytest.raises(ValidationError) as caught:
        add(uow, channel="12345转办")
    assert chinese(caught.value.errors["ticket"][0]) == "请填写12345转办的工单号。"
    assert get(uow, add(uow, channel="12345转办", ticket="GD20260519001")).values.ticket
    lists = RequestLists((ChannelOption("电话"), ChannelOption("电话")), ())
    with pytest.raises(ValidationError) as caught:
        services.save_request_lists(uow, lists=lists)
    assert set(caught.value.errors) == {"channels", "categories"}
    services.save_request_lists(uow, lists=RequestLists((ChannelOption(" 热线 "),), ("道路",)))
    assert services.request_lists(uow) == RequestLists((ChannelOption("热线"),), ("道路",))
    with pytest.raises(ValidationError) as caught:
        add(uow)
    assert chinese(caught.value.errors["channel"][0]) == "“民情接待日”不在本站的来源渠道列表中。"
