"""矛盾纠纷排查化解月报 on a hand-built month: five disputes screened in May, counted by type,
source, level and result; 防止民转刑 counts the cases with a 民转刑 risk settled by agreement in
May and their people, 防止群体性上访 those with signs of petitions (a June settlement, a failed
mediation and a case still being mediated do not count); then the sheet as printed, and the
same figures from the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.disputes.support import CLOCK, add, later, make_uow, written
from tests.reports.disputes.station import DisputeStation
from tests.reports.printing_support import joined, need_poppler, run
from tests.reports.zh import zh
from villagedesk.core.disputes import settling
from villagedesk.core.disputes.events import Agreement, Outcome, Settlement
from villagedesk.core.disputes.figures import month_figures
from villagedesk.core.disputes.model import RiskFactors
from villagedesk.core.disputes.record import DisputeQuery
from villagedesk.print_sources_disputes import month_sheet
from villagedesk.reports.dispute_month import MonthFigures, write_month_sheet
from villagedesk.store.station_store import StationStore

MAY = (date(2026, 5, 1), date(2026, 5, 31))


def _may() -> MonthFigures:
    uow = make_uow()
    criminal = add(uow, people=6, risks=RiskFactors(criminal_risk=True))
    settling.settle(uow, CLOCK, dispute_id=criminal, settlement=written())
    petition = add(uow, dispute_type="合同", people=12, risks=RiskFactors(petition_signs=True))
    oral = Agreement("", "", "归还农具。", "当面", date(2026, 5, 22))
    settle = Settlement(Outcome.ORAL_AGREEMENT, oral)
    settling.settle(uow, CLOCK, dispute_id=petition, settlement=settle)
    add(uow, dispute_type="宅基地", people=3, risks=RiskFactors(criminal_risk=True))
    june = add(uow, people=4, risks=RiskFactors(criminal_risk=True, petition_signs=True))
    settling.settle(uow, later(20), dispute_id=june, settlement=written(date(2026, 6, 30)))
    failed = add(uow, dispute_type="其他", risks=RiskFactors(criminal_risk=True))
    no = Settlement(Outcome.FAILED, note="已告知可以向人民法院起诉。")
    settling.settle(uow, CLOCK, dispute_id=failed, settlement=no)
    with uow.for_reading():
        everyone = uow.disputes.records.list(DisputeQuery())
        screened = uow.disputes.records.list(DisputeQuery(first=MAY[0], last=MAY[1]))
        events = uow.disputes.history.events_of([d.id for d in everyone])
    return month_figures(screened, everyone, events, first=MAY[0], last=MAY[1], say=zh)


def test_the_month_is_counted_by_type_source_level_and_result() -> None:
    f = _may()
    assert (f.cases, f.people) == (5, 6 + 12 + 3 + 4 + 2)
    assert dict((label, (n, p)) for label, n, p in f.by_type) == {
        "邻里": (2, 10),
        "合同": (1, 12),
        "宅基地": (1, 3),
        "其他": (1, 2),
    }
    assert f.by_source == (("排查发现", 5, 27),)
    assert f.by_warning == (("红", 5, 27),)  # each has a 民转刑 risk or signs of petitions
    assert f.by_level == (("村（居）调解委员会", 5, 27),)
    assert dict((label, n) for label, n, _p in f.by_result) == {
        "达成书面协议": 2,
        "达成口头协议": 1,
        "调解中": 1,
        "调解不成": 1,
    }


def test_prevention_counts_the_agreements_of_the_month() -> None:
    f = _may()
    assert f.settled == 2  # the June settlement and the failed mediation are not counted
    assert (f.criminal_cases, f.criminal_people) == (1, 6)
    assert f.petition_cases == 1


def test_the_sheet_prints_the_figures(tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "month.pdf"
    assert write_month_sheet(pdf, figures=_may(), station="东河村党群服务站", translate=zh) == []
    flat = joined(run("pdftotext", pdf, "-"))
    assert "矛盾纠纷排查化解月报" in flat and "统计期间：2026.05.01至2026.05.31" in flat
    assert "防止民转刑1件6人" in flat and "防止群体性上访1件" in flat
    for head in ("按纠纷类型", "按来源", "按预警等级", "按调解层级", "按调解结果"):
        assert head in flat
    assert "宅基地13" in flat and "合计527" in flat


@pytest.mark.parametrize("month", [MAY, (date(2026, 6, 1), date(2026, 6, 30))])
def test_the_store_gives_the_same_figures(
    filled: tuple[StationStore, DisputeStation], month: tuple[date, date]
) -> None:
    store, _numbers = filled
    figures, station = month_sheet(store, first=month[0], last=month[1])
    assert station
    if month == MAY:
        assert (figures.cases, figures.people, figures.settled) == (2, 18, 2)
        assert (figures.criminal_cases, figures.criminal_people, figures.petition_cases) == (
            1,
            6,
            1,
        )
    else:
        assert (figures.cases, figures.settled, figures.criminal_cases) == (0, 0, 0)
