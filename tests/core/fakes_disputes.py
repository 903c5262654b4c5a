"""In-memory disputes (``uow.disputes``) and an empty stored calendar (``uow.calendar``: the
bundled holiday years only) on the requests' fake unit of work, for the dispute services'
tests. The SQL filters are tested on the real store."""

from __future__ import annotations

import builtins
import copy
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Self

from tests.core.fakes import FakeDb
from tests.core.fakes_requests import FakeRequestsUnitOfWork, RequestsState
from villagedesk.core.calendar.deadline_rules import DeadlineRule
from villagedesk.core.calendar.document import HolidayYear
from villagedesk.core.calendar.ports import YearSource
from villagedesk.core.disputes.events import DisputeEvent, DisputeStep, Settlement
from villagedesk.core.disputes.model import DisputeValues, RiskFactors
from villagedesk.core.disputes.record import Dispute, DisputeProgress, DisputeQuery
from villagedesk.core.disputes.settings import DisputeSettings
from villagedesk.core.disputes.state import DisputeAction


@dataclass
class StoredDispute:
    number: str
    year: int
    serial: int
    values: DisputeValues
    progress: DisputeProgress
    station_code: str = ""


@dataclass
class DisputesState:
    rows: dict[int, StoredDispute] = field(default_factory=dict)
    events: list[DisputeEvent] = field(default_factory=list)
    settings: DisputeSettings = field(default_factory=DisputeSettings)

    def restore(self, saved: DisputesState) -> None:
        self.__dict__.update(copy.deepcopy(saved.__dict__))


def _matches(d: Dispute, q: DisputeQuery) -> bool:
    p = d.progress
    return (
        (not q.states or p.state in q.states)
        and (not q.levels or p.shown_warning in q.levels)
        and (not q.mediation_levels or p.mediation_level in q.mediation_levels)
        and (not q.dispute_type or d.values.dispute_type == q.dispute_type)
        and (q.household_id is None or q.household_id in d.values.household_ids)
        and (not q.ids or d.id in q.ids)
        and (not q.text or q.text in d.values.summary or q.text in d.number)
    )


class FakeDisputeRecords:
    def __init__(self, state: DisputesState) -> None:
        self.s = state

    def add(
        self,
        number: str,
        year: int,
        sequence: int,
        values: DisputeValues,
        progress: DisputeProgress,
    ) -> int:
        new_id = max(self.s.rows, default=0) + 1
        self.s.rows[new_id] = StoredDispute(number, year, sequence, values, progress)
        return new_id

    def get(self, dispute_id: int) -> Dispute | None:
        row = self.s.rows.get(dispute_id)
        if row is None:
            return None
        return Dispute(dispute_id, row.number, row.values, row.progress, row.station_code)

    def find_by_number(self, number: str) -> Dispute | None:
        return next((self.get(i) for i, r in self.s.rows.items() if r.number == number), None)

    def max_sequence(self, year: int) -> int:
        return max((r.serial for r in self.s.rows.values() if r.year == year), default=0)

    def max_agreement_sequence(self, year: int) -> int:
        mark = f"（{year}）"
        numbers = [
            e.step.details.agreement.number
            for e in self.s.events
            if isinstance(e.step.details, Settlement) and e.step.details.agreement is not None
        ]
        serials = [int(n.split("第")[1].rstrip("号")) for n in numbers if n.startswith(mark)]
        return max(serials, default=0)

    def save_progress(self, dispute_id: int, progress: DisputeProgress) -> None:
        self.s.rows[dispute_id].progress = progress

    def save_risks(self, dispute_id: int, risks: RiskFactors, people: int) -> None:
        row = self.s.rows[dispute_id]
        row.values = replace(row.values, risks=risks, people=people)

    def all(self) -> builtins.list[Dispute]:
        found = (self.get(i) for i in self.s.rows)
        return [d for d in found if d is not None]

    def list(self, query: DisputeQuery) -> builtins.list[Dispute]:
        hits = [d for d in self.all() if _matches(d, query)]
        hits.sort(key=lambda d: (d.values.screened_on, d.id), reverse=True)
        hits.sort(key=lambda d: d.progress.shown_warning.rank, reverse=True)
        return hits[: query.limit] if query.limit is not None else hits

    def count(self, query: DisputeQuery) -> int:
        return len(self.list(query))

    def screened_between(self, first: date, last: date) -> builtins.list[Dispute]:
        return [d for d in self.all() if first <= d.values.screened_on <= last]


class FakeDisputeHistory:
    def __init__(self, state: DisputesState) -> None:
        self.s = state

    def add_step(self, dispute_id: int, step: DisputeStep) -> int:
        new_id = len(self.s.events) + 1
        self.s.events.append(DisputeEvent(new_id, dispute_id, step))
        return new_id

    def events(self, dispute_id: int) -> builtins.list[DisputeEvent]:
        mine = [e for e in self.s.events if e.dispute_id == dispute_id]
        return sorted(mine, key=lambda e: (e.at, e.id))

    def events_of(
        self, dispute_ids: Iterable[int], actions: Collection[DisputeAction] | None = None
    ) -> dict[int, builtins.list[DisputeEvent]]:
        return {
            i: [e for e in self.events(i) if actions is None or e.action in actions]
            for i in set(dispute_ids)
        }


class FakeDisputeSettings:
    def __init__(self, state: DisputesState) -> None:
        self.s = state

    def get(self) -> DisputeSettings:
        return self.s.settings

    def save(self, settings: DisputeSettings) -> None:
        self.s.settings = settings


class FakeDisputeRepos:
    def __init__(self, state: DisputesState) -> None:
        self.records = FakeDisputeRecords(state)
        self.history = FakeDisputeHistory(state)
        self.settings = FakeDisputeSettings(state)


class FakeCalendar:
    """No years added to the bundled ones, the default rule table."""

    def stored_years(self) -> list[tuple[HolidayYear, YearSource]]:
        return []

    def save_year(self, year: HolidayYear, source: YearSource) -> None:
        raise AssertionError("the dispute services never save a calendar year")

    def rules(self) -> tuple[DeadlineRule, ...] | None:
        return None

    def save_rules(self, rules: Sequence[DeadlineRule]) -> None:
        raise AssertionError("the dispute services never save the rule table")


class FakeDisputesUnitOfWork(FakeRequestsUnitOfWork):
    """The requests' fake unit of work with the disputes and the calendar; the disputes'
    state is kept on commit and restored otherwise, like the rest."""

    def __init__(self, db: FakeDb, state: DisputesState | None = None) -> None:
        super().__init__(db, RequestsState())
        self.dispute_state = state or DisputesState()
        self.disputes = FakeDisputeRepos(self.dispute_state)
        self.calendar = FakeCalendar()

    def __enter__(self) -> Self:
        super().__enter__()
        self._saved_disputes = copy.deepcopy(self.dispute_state)
        return self

    def rollback(self) -> None:
        super().rollback()
        self.dispute_state.restore(self._saved_disputes)
