"""上报 (吹哨) round trip: a village escalates a request, its package brings it to the township's
to-do list, the township replies, and the receipt writes the reply into the village's request,
which is back in progress and counted on the start page as returned by the township. The
receipt also carries the holiday years the township added: the village counts its estimated
deadlines again and says how many changed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.sync.township_fixtures import Pair, make_pair, stamp
from villagedesk.core.calendar.ports import YearSource
from villagedesk.core.clock import FixedClock
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.requests import closing, escalation, handling, services
from villagedesk.core.requests.calendar_years import calendar_year, import_calendar_year
from villagedesk.core.requests.events import Escalation
from villagedesk.core.requests.model import Handler, RequestDraft
from villagedesk.core.requests.record import RequestDetail
from villagedesk.core.requests.state import Action, RequestState
from villagedesk.core.services.workbench import Tile, workbench
from villagedesk.core.township import request_replies
from villagedesk.core.township import services as sync_township
from villagedesk.core.township import village as sync_village
from villagedesk.core.township.ports import EscalationReply, FileRefused
from villagedesk.core.township.receipt_replies import apply_replies
from villagedesk.core.township.village_model import ReceiptResult

VILLAGE = "370323104203"
#: The village works on 2027-02-01 (a year the bundled calendar lacks), the township answers
#: the next day, and the receipt is imported the day after.
VILLAGE_CLOCK = FixedClock(datetime(2027, 2, 1, 1, 30, tzinfo=UTC))  # 09:30 at the station
TOWNSHIP_CLOCK = FixedClock(datetime(2027, 2, 2, 7, 0, tzinfo=UTC))  # 15:00
LATER = FixedClock(datetime(2027, 2, 3, 1, 0, tzinfo=UTC))
CADRE = Handler("李书记")
ANSWER = "已安排电工周三更换路灯。"

YEAR_2027 = {
    "year": 2027,
    "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": True},
        *({"name": "春节", "date": f"2027-02-{d:02d}", "isOffDay": True} for d in range(6, 13)),
        {"name": "春节", "date": "2027-02-20", "isOffDay": False},
    ],
}


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = make_pair(tmp_path)
    yield p
    p.close()


def _add(pair: Pair, *, kind: str = "help", received: str = "2027-02-01 08:00") -> int:
    request = RequestDraft(
        content="村东头路灯坏了三天。",
        kind=kind,
        channel="民情接待日",
        category="基础设施",
        received_at=received,
    )
    return services.add_request(pair.village.uow_factory(), draft=request, clock=VILLAGE_CLOCK).id


def _escalated(pair: Pair) -> tuple[int, str]:
    """A request assigned, signed and 上报 to the township's 供电所: (id, 编号)."""
    f = pair.village.uow_factory
    rid = _add(pair)
    handling.assign_request(f(), request_id=rid, assignee=CADRE, clock=VILLAGE_CLOCK)
    handling.sign_request(f(), request_id=rid, signer=CADRE, clock=VILLAGE_CLOCK)
    escalation.escalate_request(
        f(), request_id=rid, department="镇供电所", text="请协调更换路灯。", clock=VILLAGE_CLOCK
    )
    return rid, _detail(pair, rid).request.number


def _detail(pair: Pair, rid: int) -> RequestDetail:
    return services.get_request(pair.village.uow_factory(), request_id=rid)


def _send(pair: Pair) -> None:
    """The village's package imported at the township (on the receipt's day)."""
    report = sync_township.import_packages(
        pair.township.uow_factory(),
        codec=pair.tcodec,
        files=[pair.export()],
        dry_run=False,
        accept=pair.vcodec.fingerprint(),
        today=date(2027, 2, 3),
    )
    assert report.exit_code == 0, [f.message.render() for f in report.files]


def _write_receipt(pair: Pair) -> Path:
    return sync_township.write_receipt(
        pair.township.uow_factory(), codec=pair.tcodec, village_code=VILLAGE, out_dir=pair.out
    )


def _import(pair: Pair, path: Path) -> ReceiptResult:
    return sync_village.import_receipt(
        pair.village.uow_factory(), courier=pair.vcodec, path=str(path), now=stamp(), clock=LATER
    )


def _reply(pair: Pair, number: str, **changes: str) -> None:
    fields = {"text": ANSWER, "by": "王站长", "department": "镇供电所", **changes}
    request_replies.reply_to_request(
        pair.township.uow_factory(),
        village=VILLAGE,
        number=number,
        clock=TOWNSHIP_CLOCK,
        **fields,
    )


def _returned(pair: Pair) -> list[int]:
    f = pair.village.uow_factory
    bench = workbench(f(), clock=LATER)
    listed = services.list_requests(f(), query=Tile.RETURNED.query(), clock=LATER)
    assert len(listed) == bench.counts[Tile.RETURNED]
    return [r.id for r in listed]


def test_an_escalated_request_goes_up_and_its_reply_comes_back(pair: Pair) -> None:
    rid, number = _escalated(pair)
    _send(pair)
    (listed,) = request_replies.escalated_requests(pair.township.uow_factory())
    assert (listed.village, listed.village_name, listed.number) == (
        VILLAGE,
        "东河村党群服务站",
        number,
    )
    assert (listed.department, listed.asked) == ("镇供电所", "请协调更换路灯。")
    assert listed.since == datetime(2027, 2, 1, 9, 30) and listed.reply is None

    _reply(pair, number)
    (answered,) = request_replies.escalated_requests(pair.township.uow_factory())
    assert answered.reply is not None and answered.reply.text == ANSWER
    assert _returned(pair) == []

    receipt = _write_receipt(pair)
    result = _import(pair, receipt)
    assert (result.replies.applied, result.replies.refused) == (1, ())
    detail = _detail(pair, rid)
    assert detail.request.state is RequestState.IN_PROGRESS
    last = detail.events[-1]
    assert last.action is Action.ESCALATION_REPLY
    assert last.at == datetime(2027, 2, 2, 15, 0) and last.step.by == "王站长"
    assert last.step.details == Escalation("镇供电所", ANSWER)
    assert _returned(pair) == [rid]

    again = _import(pair, receipt)  # the same receipt twice writes nothing twice
    assert again.already_imported and again.replies.already == 1
    assert len(_detail(pair, rid).events) == len(detail.events)

    # The village's next package shows the request answered: off the township's list, and no
    # reply in the next receipt.
    _send(pair)
    assert request_replies.escalated_requests(pair.township.uow_factory()) == []
    assert _import(pair, _write_receipt(pair)).replies.applied == 0

    closing.reply_request(
        pair.village.uow_factory(), request_id=rid, text="已告知。", by="李书记", clock=LATER
    )
    assert _returned(pair) == []  # answered to the requester: no longer "returned"


def test_the_township_refuses_a_reply_it_cannot_place(pair: Pair) -> None:
    _rid, number = _escalated(pair)
    _send(pair)
    with pytest.raises(NotFound):
        _reply(pair, "DH-2027-9999")
    with pytest.raises(ValidationError) as refused:
        _reply(pair, number, text=" ", by="", at="2027-02-01 09:00")
    assert set(refused.value.errors) == {"text", "by", "at"}  # "at": before the 上报
    assert request_replies.escalated_requests(pair.township.uow_factory())[0].reply is None


def test_a_reply_the_village_cannot_apply_is_reported_not_applied(pair: Pair) -> None:
    rid, number = _escalated(pair)
    _send(pair)
    _reply(pair, number)
    # Meanwhile the village wrote the department's answer by hand (a phone call).
    escalation.record_escalation_reply(
        pair.village.uow_factory(), request_id=rid, text="电话答复：已派人。", clock=LATER
    )
    before = _detail(pair, rid)
    result = _import(pair, _write_receipt(pair))
    assert result.replies.applied == 0
    (refused,) = result.replies.refused
    assert refused.number == number and number in refused.reason.render()
    assert _detail(pair, rid) == before

    unknown = EscalationReply("DH-2027-0999", ANSWER, "镇供电所", "王站长", "2027-02-02 15:00")
    done = apply_replies(pair.village.uow_factory(), [unknown], clock=LATER)
    assert done.applied == 0 and [r.number for r in done.refused] == ["DH-2027-0999"]


def test_a_tampered_receipt_is_refused_and_changes_nothing(pair: Pair) -> None:
    rid, number = _escalated(pair)
    _send(pair)
    _reply(pair, number)
    receipt = _write_receipt(pair)
    data = bytearray(receipt.read_bytes())
    data[-10] ^= 0x01
    receipt.write_bytes(bytes(data))
    with pytest.raises(FileRefused):
        _import(pair, receipt)
    assert _detail(pair, rid).request.state is RequestState.ESCALATED


def test_a_year_the_township_added_recounts_the_villages_estimated_deadlines(pair: Pair) -> None:
    rid = _add(pair, kind="complaint")  # 15 working days from 2027-02-01
    before = _detail(pair, rid).request.progress
    assert before.due_estimated and before.due_at == datetime(2027, 2, 23)

    document = json.dumps(YEAR_2027, ensure_ascii=False)
    import_calendar_year(pair.township.uow_factory(), document, source=YearSource.FILE)
    _send(pair)
    receipt = _write_receipt(pair)
    result = _import(pair, receipt)
    assert (result.calendar.years, result.calendar.changed) == ((2027,), 1)
    after = _detail(pair, rid).request.progress
    assert not after.due_estimated and after.due_at == datetime(2027, 2, 27)  # 春节 off
    shown = calendar_year(pair.village.uow_factory(), year=2027)
    assert shown.source is YearSource.TOWNSHIP

    again = _import(pair, receipt)
    assert again.calendar.years == () and again.already_imported
