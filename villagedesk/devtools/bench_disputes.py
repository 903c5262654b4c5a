"""``make bench``'s dispute figure: 矛盾纠纷排查化解台账 of 5,000 disputes through the print path
(print_sources' rows, the ledger kinds' formatting and the ledger writer) vs the same cell
strings drawn bare on a canvas (≤ 1.5×, like the other ledgers).

The disputes are written straight through ``uow.disputes`` in one transaction (a bench set-up,
not the services: the figure measures the print path), their parties the station's residents
and typed people with long names, in every state, level and result.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from villagedesk.core.disputes.events import (
    DisputeFollowUp,
    DisputeStep,
    LevelChange,
    Outcome,
    Performance,
    Settlement,
)
from villagedesk.core.disputes.model import (
    DEFAULT_DISPUTE_TYPES,
    DisputeSource,
    DisputeValues,
    MediationLevel,
    Party,
    PartyKind,
    PartyRole,
    RiskFactors,
    WarningLevel,
)
from villagedesk.core.disputes.numbers import dispute_number
from villagedesk.core.disputes.record import DisputeProgress, DisputeQuery
from villagedesk.core.disputes.state import DisputeAction, DisputeState
from villagedesk.core.requests.events import Satisfaction
from villagedesk.core.requests.model import Handler
from villagedesk.devtools.bench_print import bare_ledger
from villagedesk.devtools.bench_report import best_time, report_figure, timed

LEDGER_DISPUTES = 5_000
_NAMES = ("阿不都热合曼·买买提", "欧阳明月", "司马相如", "王德福", "张桂兰", "李建军")
_STATES = tuple(DisputeState)
_LEVELS = (WarningLevel.YELLOW, WarningLevel.YELLOW, WarningLevel.ORANGE, WarningLevel.RED)


def _residents(store: object) -> list[tuple[int, str]]:
    from sqlalchemy import select

    from villagedesk.store.households.tables import residents
    from villagedesk.store.station_store import StationStore

    assert isinstance(store, StationStore)
    with store.engine.connect() as conn:
        chosen = select(residents.c.id, residents.c.name).limit(2_000)
        return [(row.id, row.name) for row in conn.execute(chosen)]


def _dispute(i: int, people: list[tuple[int, str]], first: date) -> DisputeValues:
    rid, name = people[i % len(people)] if people else (None, _NAMES[i % 6])
    parties = (
        Party(PartyKind.RESIDENT if rid else PartyKind.NAMED, PartyRole.APPLICANT, name, rid),
        Party(PartyKind.NAMED, PartyRole.RESPONDENT, _NAMES[i % len(_NAMES)]),
    )
    screened = first + timedelta(days=i % 360)
    return DisputeValues(
        parties=parties,
        dispute_type=DEFAULT_DISPUTE_TYPES[i % len(DEFAULT_DISPUTE_TYPES)],
        summary="两户因宅基地界址、排水沟和院墙翻建发生争执，多次协商未果。",
        cause="翻建院墙",
        screened_on=screened,
        source=tuple(DisputeSource)[i % len(DisputeSource)],
        people=2 + i % 9,
        risks=RiskFactors(police_calls=i % 4, failed_mediations=i % 3),
        household_ids=(),
        level=MediationLevel.COMMITTEE,
        owner=Handler("刘书记"),
        place="东河村3组",
        recorded_at=datetime.combine(screened, datetime.min.time()) + timedelta(hours=9),
    )


def _progress(i: int, values: DisputeValues) -> tuple[DisputeProgress, tuple[DisputeStep, ...]]:
    at = values.recorded_at
    state = _STATES[i % len(_STATES)]
    settled = state is not DisputeState.MEDIATING
    outcome = tuple(Outcome)[i % len(Outcome)] if settled else None
    progress = DisputeProgress(
        state=state,
        state_since=at,
        warning=_LEVELS[i % len(_LEVELS)],
        mediation_level=tuple(MediationLevel)[i % 3],
        level_since=at,
        level_due=at.date() + timedelta(days=15),
        case_due=at.date() + timedelta(days=30),
        owner=values.owner,
        outcome=outcome,
        performance=Performance.DONE if state in (DisputeState.FOLLOWED_UP,) else None,
        followed_up_at=at + timedelta(days=40) if state is DisputeState.FOLLOWED_UP else None,
        closed_at=at + timedelta(days=45) if state is DisputeState.CLOSED else None,
    )
    steps = [DisputeStep(DisputeAction.LEVEL, at, "刘书记", LevelChange(progress.warning, None))]
    if outcome is not None:
        steps.append(
            DisputeStep(
                DisputeAction.SETTLE, at + timedelta(days=10), "刘书记", Settlement(outcome)
            )
        )
    if progress.followed_up_at is not None:
        follow = DisputeFollowUp(Performance.DONE, Satisfaction.SATISFIED, hidden_risk=False)
        steps.append(
            DisputeStep(DisputeAction.FOLLOW_UP, progress.followed_up_at, "刘书记", follow)
        )
    return progress, tuple(steps)


def fill_disputes_bulk(data_dir: Path, count: int = LEDGER_DISPUTES) -> None:
    """``count`` disputes on the station in ``data_dir`` (nothing when it holds some already)."""
    from villagedesk.store.station_store import open_station_store

    store = open_station_store(data_dir, now=datetime.now())
    started = datetime.now()
    try:
        people = _residents(store)
        first = date.today() - timedelta(days=365)
        with store.uow_factory() as uow:
            records = uow.disputes.records
            if records.count(DisputeQuery()) >= count:
                return
            year = date.today().year
            for i in range(count):
                values = _dispute(i, people, first)
                progress, steps = _progress(i, values)
                number = dispute_number("BEN", year, i + 1)
                dispute_id = records.add(number, year, i + 1, values, progress)
                for step in steps:
                    uow.disputes.history.add_step(dispute_id, step)
            uow.commit()
    finally:
        store.close()
    seconds = (datetime.now() - started).total_seconds()
    report_figure(f"set-up: {count:,} disputes (bench only)", f"{seconds:.1f} s", target="reported")


def bench_dispute_ledger(data_dir: Path) -> None:
    """The dispute ledger of the bench's disputes through the print path vs bare canvas."""
    from villagedesk import print_sources as src
    from villagedesk.reports.glyphs import font_set
    from villagedesk.reports.ledger import LedgerDocument, render_ledger
    from villagedesk.reports.ledger_kinds import LEDGERS, format_rows
    from villagedesk.store.station_store import open_station_store

    fonts = font_set()
    kind = LEDGERS["disputes"]
    last = date.today()
    first = last - timedelta(days=400)
    store = open_station_store(data_dir, now=datetime.now())
    cells: list[list[str]] = []

    def ours() -> None:
        nonlocal cells
        data = src.ledger_rows(store, kind, search="", first=first, last=last, today=last)
        cells = format_rows(data.columns, data.rows, lambda _c, t: t)
        doc = LedgerDocument(
            "矛盾纠纷排查化解台账", "东河村党群服务站", data.columns, cells, period=data.period
        )
        render_ledger(doc, fonts=fonts)

    try:
        ours()  # warm up: fonts registered, glyph tables read
        mine = best_time(timed(ours))
    finally:
        store.close()
    base = best_time(timed(lambda: bare_ledger(cells, fonts)))
    report_figure(
        f"dispute ledger {len(cells):,} disputes vs bare canvas",
        f"{mine:.2f} s",
        f"{base:.2f} s",
        mine / base,
        "≤ 1.5×",
        mine / base <= 1.5,
    )
