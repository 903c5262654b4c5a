"""包案 round trip: a village's 红 dispute comes to the township in its package, first on the
township's to-do list; the township names who there takes it over; the signed receipt writes
the take-over into the village's dispute (its township_owner and a TAKE_OVER step), once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.sync.township_fixtures import Pair, make_pair, stamp
from villagedesk.core.clock import FixedClock
from villagedesk.core.disputes.model import DisputeDraft, PartyDraft, RiskFactors
from villagedesk.core.disputes.record import DisputeDetail
from villagedesk.core.disputes.services import add_dispute, get_dispute
from villagedesk.core.disputes.state import DisputeAction, DisputeState
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.township import dispute_takeovers as takeovers
from villagedesk.core.township import services as sync_township
from villagedesk.core.township import village as sync_village
from villagedesk.core.township.receipt import DisputeTakeover
from villagedesk.core.township.receipt_replies import receipt_notes
from villagedesk.core.township.receipt_takeovers import TakeoversApplied, apply_takeovers
from villagedesk.core.township.village_model import ReceiptResult

VILLAGE = "370323104203"
VILLAGE_CLOCK = FixedClock(datetime(2026, 11, 20, 1, 30, tzinfo=UTC))  # 09:30 at the station
TOWNSHIP_CLOCK = FixedClock(datetime(2026, 11, 21, 7, 0, tzinfo=UTC))  # 15:00
LATER = FixedClock(datetime(2026, 11, 22, 1, 0, tzinfo=UTC))
NO_RISK = RiskFactors()


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = make_pair(tmp_path)
    yield p
    p.close()


def _add(pair: Pair, first: str, second: str, risks: RiskFactors = NO_RISK) -> int:
    draft = DisputeDraft(
        parties=(
            PartyDraft(kind="named", role="applicant", name=first),
            PartyDraft(kind="named", role="respondent", name=second),
        ),
        dispute_type="宅基地",
        summary="宅基地边界争执，多次报警。",
        risks=risks,
    )
    return add_dispute(pair.village.uow_factory(), VILLAGE_CLOCK, draft=draft).id


def _detail(pair: Pair, did: int) -> DisputeDetail:
    return get_dispute(pair.village.uow_factory(), dispute_id=did)


def _send(pair: Pair) -> None:
    report = sync_township.import_packages(
        pair.township.uow_factory(),
        codec=pair.tcodec,
        files=[pair.export()],
        dry_run=False,
        accept=pair.vcodec.fingerprint(),
        today=date(2026, 11, 22),
    )
    assert report.exit_code == 0, [f.message.render() for f in report.files]


def _receipt(pair: Pair) -> Path:
    return sync_township.write_receipt(
        pair.township.uow_factory(), codec=pair.tcodec, village_code=VILLAGE, out_dir=pair.out
    )


def _import(pair: Pair, path: Path) -> ReceiptResult:
    return sync_village.import_receipt(
        pair.village.uow_factory(), courier=pair.vcodec, path=str(path), now=stamp(), clock=LATER
    )


def _take_over(pair: Pair, number: str, by: str = "王副镇长", at: str = "") -> str:
    done = takeovers.take_over_dispute(
        pair.township.uow_factory(),
        village=VILLAGE,
        number=number,
        by=by,
        at=at,
        clock=TOWNSHIP_CLOCK,
    )
    return done.replaced


@pytest.fixture
def sent(pair: Pair) -> tuple[int, int]:
    """A 红 dispute, an 橙 one (five people) and a 黄 one, sent to the township: (red, orange)."""
    _add(pair, "赵一", "钱二")
    orange = _add(pair, "孙三", "周四", RiskFactors(failed_mediations=2))
    red = _add(pair, "阿不都热合曼·买买提", "吴五", RiskFactors(criminal_risk=True))
    _send(pair)
    return red, orange


def test_a_red_dispute_is_taken_over_and_its_receipt_names_the_owner(
    pair: Pair, sent: tuple[int, int]
) -> None:
    red, orange = sent
    red_no, orange_no = _detail(pair, red).dispute.number, _detail(pair, orange).dispute.number
    listed = takeovers.village_disputes(pair.township.uow_factory())
    assert [(d.number, d.level.value) for d in listed] == [(red_no, "red"), (orange_no, "orange")]
    first = listed[0]
    assert (first.village, first.village_name) == (VILLAGE, "东河村党群服务站")
    assert first.parties == ("阿不都热合曼·买买提", "吴五")
    assert first.rung.value == "committee" and first.takeover is None and first.reasons

    assert _take_over(pair, red_no, by="张镇长") == ""
    assert _take_over(pair, red_no) == "张镇长"  # a second take-over replaces the name
    (taken,) = [d for d in takeovers.village_disputes(pair.township.uow_factory()) if d.takeover]
    assert taken.takeover is not None and taken.takeover.owner_name == "王副镇长"
    assert taken.takeover.taken_at == "2026-11-21 15:00" and taken.takeover.sent_in_receipt is None

    receipt = _receipt(pair)
    result = _import(pair, receipt)
    assert (result.takeovers.applied, result.takeovers.refused) == (1, ())
    done, problems = receipt_notes(result.replies, result.calendar, result.takeovers)
    assert problems == [] and "1 dispute(s) taken over by the township" in done[0].render()
    detail = _detail(pair, red)
    assert detail.dispute.progress.township_owner == "王副镇长"
    last = detail.events[-1]
    assert last.action is DisputeAction.TAKE_OVER and last.at == datetime(2026, 11, 21, 15, 0)
    assert _detail(pair, orange).dispute.progress.township_owner == ""

    again = _import(pair, receipt)  # the same receipt twice writes nothing twice
    assert again.already_imported and again.takeovers == TakeoversApplied(0, 1, ())
    assert len(_detail(pair, red).events) == len(detail.events)

    # The village's next package shows the take-over: the next receipt carries none.
    _send(pair)
    (shown, _orange) = takeovers.village_disputes(pair.township.uow_factory())
    assert shown.township_owner == "王副镇长"
    assert _import(pair, _receipt(pair)).takeovers.applied == 0


def test_the_township_refuses_a_take_over_it_cannot_place(
    pair: Pair, sent: tuple[int, int]
) -> None:
    red, _orange = sent
    number = _detail(pair, red).dispute.number
    with pytest.raises(NotFound):
        _take_over(pair, "DH-调-2026-9999")
    with pytest.raises(ValidationError) as refused:
        _take_over(pair, number, by=" ", at="明天")
    assert set(refused.value.errors) == {"by", "at"}
    assert all(d.takeover is None for d in takeovers.village_disputes(pair.township.uow_factory()))


def test_an_unknown_or_closed_dispute_is_reported_and_skipped(
    pair: Pair, sent: tuple[int, int]
) -> None:
    red, _orange = sent
    number = _detail(pair, red).dispute.number
    unknown = DisputeTakeover("DH-调-2026-0999", "王副镇长", "2026-11-21 15:00")
    done = apply_takeovers(pair.village.uow_factory(), [unknown], clock=LATER)
    assert done.applied == 0 and [r.number for r in done.refused] == ["DH-调-2026-0999"]
    assert "DH-调-2026-0999" in done.refused[0].reason.render()

    _take_over(pair, number)
    before = _detail(pair, red)
    with pair.village.uow_factory() as uow:  # closed (销号) at the village meanwhile
        closed = replace(before.dispute.progress, state=DisputeState.CLOSED)
        uow.disputes.records.save_progress(red, closed)
        uow.commit()
    result = _import(pair, _receipt(pair))
    assert result.takeovers.applied == 0 and len(result.takeovers.refused) == 1
    assert _detail(pair, red).dispute.progress.township_owner == ""
