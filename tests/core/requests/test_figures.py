"""三率 on a hand-computed example: nine requests of May 2026, counted on 2026-05-20 09:30."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from tests.core.chinese import chinese, translate
from tests.core.requests.support import CLOCK, follow, make_uow, reach
from villagedesk.core.requests.events import Resolution, Satisfaction
from villagedesk.core.requests.figures import RateKey, rate_sheet, three_rates
from villagedesk.core.requests.model import (
    Handler,
    Requester,
    RequesterKind,
    RequestType,
    RequestValues,
    Urgency,
)
from villagedesk.core.requests.record import Request, RequestProgress
from villagedesk.core.requests.state import RequestState

S = RequestState
R = RateKey
AS_OF = datetime(2026, 5, 20, 9, 30)
LI, WANG = Handler("李书记"), Handler("王主任")


def request(
    rid: int,
    received: str,
    channel: str,
    category: str,
    *,
    urgency: Urgency = Urgency.NORMAL,
    **progress: object,
) -> Request:
    values = RequestValues(
        content="…",
        kind=RequestType.HELP,
        urgency=urgency,
        channel=channel,
        ticket="",
        category=category,
        requester=Requester(RequesterKind.ANONYMOUS),
        household_id=None,
        essential_service=False,
        place="",
        received_by="",
        received_at=datetime.fromisoformat(received),
    )
    return Request(rid, f"DHC-2026-{rid:04d}", values, replace(RequestProgress(), **progress))  # type: ignore[arg-type]


def may() -> list[Request]:
    due = datetime.fromisoformat
    return [
        request(1, "2026-05-02 08:00", "电话", "基础设施", state=S.CLOSED, assignee=LI,
                signed_on_time=True, due_at=due("2026-05-10"), replied_at=due("2026-05-06"),
                replied_on_time=True, resolution=Resolution.SOLVED,
                satisfaction=Satisfaction.SATISFIED),
        request(2, "2026-05-03 08:00", "电话", "环境卫生", state=S.IN_PROGRESS, assignee=LI,
                signed_on_time=False, due_at=due("2026-05-28"), replied_at=due("2026-05-12"),
                replied_on_time=False, resolution=Resolution.UNSOLVED,
                satisfaction=Satisfaction.DISSATISFIED, reopened=1),
        request(3, "2026-05-05 08:00", "走访", "基础设施", urgency=Urgency.URGENT,
                state=S.FOLLOWED_UP, assignee=WANG, signed_on_time=True,
                due_at=due("2026-05-05 10:00"), replied_at=due("2026-05-05 09:00"),
                replied_on_time=True, resolution=Resolution.PARTLY_SOLVED,
                satisfaction=Satisfaction.BASICALLY_SATISFIED),
        # replied to by nobody, past its deadline: due to be completed, not in time
        request(4, "2026-05-10 08:00", "走访", "基础设施", state=S.IN_PROGRESS, assignee=WANG,
                signed_on_time=True, due_at=due("2026-05-18")),
        # came in yesterday at 10:00: its response limit has not run out yet
        request(5, "2026-05-19 10:00", "电话", "其他", due_at=due("2026-05-27")),
        # nobody signed within 24 hours: due a response, not in time
        request(6, "2026-05-18 08:00", "电话", "其他", due_at=due("2026-05-26")),
        request(7, "2026-05-04 08:00", "电话", "其他", state=S.REFUSED),
        request(8, "2026-04-30 08:00", "电话", "其他", state=S.CLOSED, signed_on_time=False),
        # suspended past its old deadline: the clock stands still, not counted as late
        request(9, "2026-05-06 08:00", "走访", "土地", state=S.SUSPENDED, assignee=WANG,
                signed_on_time=True, due_at=due("2026-05-15")),
    ]  # fmt: skip


def test_the_five_rates_by_hand() -> None:
    sheet = rate_sheet(may(), first=date(2026, 5, 1), last=date(2026, 5, 31), as_of=AS_OF)
    overall = sheet.overall
    assert overall.requests == (1, 2, 3, 4, 5, 6, 9)
    expected = {
        R.RESPONDED_ON_TIME: ((1, 3, 4, 9), (1, 2, 3, 4, 6, 9), 66.7),
        R.HANDLED_ON_TIME: ((1, 3), (1, 2, 3, 4), 50.0),
        R.SOLVED: ((1,), (1, 2, 3), 33.3),
        R.SATISFIED: ((1, 3), (1, 2, 3), 66.7),
        R.REOPENED: ((2,), (1, 2, 3), 33.3),
    }
    for key, (above, below, percent) in expected.items():
        rate = overall.rate(key)
        assert (rate.numerator, rate.denominator, rate.percent) == (above, below, percent), key
    assert overall.rate(R.HANDLED_ON_TIME).text() == "50%"
    assert sheet.as_of == AS_OF


def test_per_channel_category_and_person() -> None:
    sheet = rate_sheet(may(), first=date(2026, 5, 1), last=date(2026, 5, 31), as_of=AS_OF)
    channels = {g.name: g for g in sheet.by_channel}
    assert set(channels) == {"电话", "走访"}
    visit = channels["走访"]
    assert visit.requests == (3, 4, 9)
    assert visit.rate(R.RESPONDED_ON_TIME).percent == 100.0
    assert visit.rate(R.HANDLED_ON_TIME).numerator == (3,)
    assert visit.rate(R.HANDLED_ON_TIME).denominator == (3, 4)
    categories = {g.name: g.requests for g in sheet.by_category}
    assert categories == {"基础设施": (1, 3, 4), "环境卫生": (2,), "其他": (5, 6), "土地": (9,)}
    people = {g.name: g for g in sheet.by_assignee}
    assert set(people) == {"李书记", "王主任"}
    li = people["李书记"]
    assert li.rate(R.RESPONDED_ON_TIME).percent == 50.0
    assert li.rate(R.SATISFIED).numerator == (1,) and li.rate(R.REOPENED).percent == 50.0
    land = {g.name: g for g in sheet.by_category}["土地"]
    assert land.rate(R.SOLVED).percent is None and land.rate(R.SOLVED).text() == "—"


def test_a_past_period_is_judged_at_its_end() -> None:
    sheet = rate_sheet(may(), first=date(2026, 5, 1), last=date(2026, 5, 10), as_of=AS_OF)
    assert sheet.as_of == datetime(2026, 5, 11)
    assert sheet.overall.requests == (1, 2, 3, 4, 9)
    assert sheet.overall.rate(R.HANDLED_ON_TIME).denominator == (1, 2, 3)  # 4 not yet late


def test_each_rate_has_its_name_and_formula_in_chinese() -> None:
    names = [translate("Figures", key.label) for key in RateKey]
    assert names == ["按时响应率", "按时办结率", "解决率", "满意率", "重办率"]
    response = chinese(R.RESPONDED_ON_TIME.formula)
    assert "紧急诉求为受理后 2 小时" in response and "其他诉求为 24 小时" in response
    assert chinese(R.SATISFIED.formula) == (
        "最近一次回访为“满意”或“基本满意”的件数 ÷ 已回访的件数。"
    )


def test_three_rates_reads_the_period_from_the_store() -> None:
    uow = make_uow()
    solved = reach(uow, RequestState.AWAITING_FOLLOW_UP)
    follow(uow, solved, "solved", "satisfied")
    unhappy = reach(uow, RequestState.AWAITING_FOLLOW_UP)
    follow(uow, unhappy, "solved", "dissatisfied")
    refused = reach(uow, RequestState.REFUSED)
    sheet = three_rates(uow, first=date(2026, 5, 1), last=date(2026, 5, 31), clock=CLOCK)
    assert refused not in sheet.overall.requests
    assert sheet.overall.rate(R.SATISFIED).numerator == (solved,)
    assert sheet.overall.rate(R.REOPENED).numerator == (unhappy,)
    assert sheet.overall.rate(R.RESPONDED_ON_TIME).percent == 100.0
