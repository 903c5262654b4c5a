"""Fill an empty station with demo data, as a job with progress and cancel (all or nothing).

The members, households and in-service campaign go in first; then, when asked for, a year of
requests from the demo's residents and members, handled by its cadres, written through the
request services on the demo's one transaction (core.services.demo_requests), and with them a
year of disputes between those people, mediated by the same cadres (core.disputes.demo)."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol

from villagedesk.core.accounts.guard import current_service, service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.accounts.ports import AuditSink
from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.disputes.demo import JoinedDisputesUnitOfWork, fill_disputes_demo
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.errors import DomainError
from villagedesk.core.households.demo import fill_households_demo
from villagedesk.core.households.ports import HouseholdsUnitOfWork
from villagedesk.core.in_service.demo import fill_in_service_demo
from villagedesk.core.in_service.ports import InServiceUnitOfWork
from villagedesk.core.members import demo
from villagedesk.core.members.branch import BranchDraft, BranchKind
from villagedesk.core.members.model import MemberValues
from villagedesk.core.members.ports import MembersUnitOfWork
from villagedesk.core.members.roll import RollChange, RollStatus
from villagedesk.core.progress import Progress
from villagedesk.core.requests.demo import fill_requests_demo
from villagedesk.core.requests.joined import JoinedUnitOfWork
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.services.demo_requests import demo_people
from villagedesk.core.station import Station, StationLevel
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

CTX = "Demo"
CHUNK = 2000
DEFAULT_MEMBERS = 60
#: More than a township has (the benchmarks use 100,000); a bigger number is a typing error.
MAX_MEMBERS = 200_000
#: What the command line and the GUI make: a year of a village's requests.
DEFAULT_REQUESTS = 100
#: Each request walks through the services step by step; more is a typing error.
MAX_REQUESTS = 20_000

DEMO_CHANGES = Changes.of(
    Topic.STATION,
    Topic.MEMBERS,
    Topic.BRANCHES,
    Topic.IN_SERVICE,
    Topic.HOUSEHOLDS,
    Topic.REQUESTS,
    Topic.DISPUTES,
)


DEMO_NOTE = "演示数据"
"""The audit log's note for a demo fill (stored data, the same in every language)."""


class DemoUnitOfWork(
    MembersUnitOfWork,
    HouseholdsUnitOfWork,
    InServiceUnitOfWork,
    RequestsUnitOfWork,
    DisputesUnitOfWork,
    Protocol,
):
    """The demo fills the member roll, the households, the in-service campaign, the requests
    and the disputes at once."""

    @property
    def audit(self) -> AuditSink: ...


@dataclass(frozen=True)
class DemoResult:
    members: int
    """Every member made, including those the demo then moved off the roll."""
    branches: int
    station_created: bool
    changes: Changes = DEMO_CHANGES
    transferred_out: int = 0
    deceased: int = 0
    requests: int = 0
    disputes: int = 0

    @property
    def on_roll(self) -> int:
        """The members the roll lists ("共 N 人"): made, less those transferred out or dead."""
        return self.members - self.transferred_out - self.deceased


def _branch(uow: DemoUnitOfWork, draft: BranchDraft) -> int:
    found = uow.branches.find_by_name(draft.name)
    return found.id if found else uow.branches.add(draft)


def _check_counts(members: int, requests: int) -> None:
    if members < 1:
        text = QT_TRANSLATE_NOOP("Demo", "The number of members must be at least 1.")
        raise DomainError(msg(CTX, text))
    if members > MAX_MEMBERS:
        text = QT_TRANSLATE_NOOP("Demo", "Demo data has at most {most} members.")
        raise DomainError(msg(CTX, text, most=f"{MAX_MEMBERS:,}"))
    if not 0 <= requests <= MAX_REQUESTS:
        text = QT_TRANSLATE_NOOP("Demo", "Demo data has between 0 and {most} requests.")
        raise DomainError(msg(CTX, text, most=f"{MAX_REQUESTS:,}"))


def _branches(uow: DemoUnitOfWork, members: int) -> tuple[list[int], list[int]]:
    """The demo's branches and, under them, its groups: their ids."""
    parent_ids = [_branch(uow, BranchDraft(name=n)) for n in demo.branch_names(members)]
    names = demo.group_names(members)
    group_ids = [
        _branch(
            uow,
            BranchDraft(
                name=n,
                kind=BranchKind.GROUP.value,
                parent_id=parent_ids[i * len(parent_ids) // len(names)],
            ),
        )
        for i, n in enumerate(names)
    ]
    return parent_ids, group_ids


def _add_members(
    uow: DemoUnitOfWork,
    gen: demo.DemoGenerator,
    members: int,
    group_ids: list[int],
    today: date,
    progress: Progress,
) -> list[tuple[str, str]]:
    """Write the members in chunks; return (ID number, fate) of those to move off the roll."""
    fates: list[tuple[str, str]] = []
    batch: list[MemberValues] = []
    for dm in gen.members(members, len(group_ids)):
        batch.append(replace(dm.values, branch_id=group_ids[dm.group_index]))
        if dm.fate:
            fates.append((dm.values.id_number, dm.fate))
        if len(batch) >= CHUNK:
            uow.members.add_many(batch, status=RollStatus.ON_ROLL, registered_on=today)
            progress.advance(len(batch))
            batch = []
    if batch:
        uow.members.add_many(batch, status=RollStatus.ON_ROLL, registered_on=today)
        progress.advance(len(batch))
    return fates


def _move_off_roll(
    uow: DemoUnitOfWork,
    fates: list[tuple[str, str]],
    rng: random.Random,
    today: date,
    progress: Progress,
) -> None:
    """The members whose fate is to be transferred out or to die, moved off the roll."""
    for id_number, fate in fates:
        progress.check()
        member = uow.members.find_by_id_number(id_number)
        assert member is not None
        change = RollChange(fate if fate == "deceased" else "transfer_out")
        result = change.result
        assert result is not None
        reason = "迁居外地，组织关系转出" if fate == "transferred_out" else "病故"
        uow.members.add_event(member.id, change, demo.fate_date(rng, today), reason)
        uow.members.set_status(member.id, result)


def demo_station() -> Station:
    return Station(
        code=demo.STATION_CODE,
        name=demo.STATION_NAME,
        level=StationLevel.VILLAGE,
        contact_name="王秀英",
        contact_phone="13905331234",
        address="沂源县鲁村镇东河村村委会",
    )


def _fill_casework(
    uow: DemoUnitOfWork, seed: int, requests: int, clock: Clock, progress: Progress
) -> int:
    """A year of ``requests`` requests and of disputes between the same people, handled by
    the same cadres, inside the demo's transaction; returns how many disputes were made."""
    joined, people = JoinedUnitOfWork(uow), demo_people(uow)
    fill_requests_demo(
        lambda: joined, seed=seed, count=requests, people=people, clock=clock, progress=progress
    )
    with_disputes = JoinedDisputesUnitOfWork(uow)
    return fill_disputes_demo(
        lambda: with_disputes, seed=seed, people=people, clock=clock, progress=progress
    )


@service(
    Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Fill the station with demo data")
)
def fill_demo(
    uow: DemoUnitOfWork,
    *,
    members: int = DEFAULT_MEMBERS,
    seed: int = 1,
    today: date,
    requests: int = 0,
    clock: Clock = SYSTEM_CLOCK,
    progress: Progress | None = None,
) -> DemoResult:
    """Create branches and ``members`` realistic members, their households and ``requests``
    requests of the past year (judged from ``clock``), in one transaction. Refuses a station
    that already has members. Sets up the demo station if there is none."""
    _check_counts(members, requests)
    progress = progress or Progress()
    progress.start(members, msg(CTX, QT_TRANSLATE_NOOP("Demo", "Creating demo members…")))
    gen = demo.DemoGenerator(seed=seed, today=today)
    rng = random.Random(seed + 1)
    with uow:
        if uow.members.count(include_voided=True) > 0:
            raise DomainError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Demo",
                        "This station already has members; demo data goes only into an empty station.",
                    ),
                )
            )
        # Invented people, not the station's work: one log entry for the whole fill, not a
        # line for each of the thousands of records.
        uow.audit.summarize(uow.audit.draft(AuditKind.WRITE, current_service(), note=DEMO_NOTE))
        station_created = False
        if uow.station.get() is None:
            uow.station.save(demo_station())
            station_created = True
        parent_ids, group_ids = _branches(uow, members)
        fates = _add_members(uow, gen, members, group_ids, today, progress)
        _move_off_roll(uow, fates, rng, today, progress)
        progress.check()
        fill_in_service_demo(uow, seed=seed, today=today, progress=progress)
        fill_households_demo(uow, seed=seed, today=today, progress=progress)
        disputes = _fill_casework(uow, seed, requests, clock, progress) if requests else 0
        uow.commit()
    return DemoResult(
        members,
        len(parent_ids) + len(group_ids),
        station_created,
        transferred_out=sum(1 for _, fate in fates if fate == "transferred_out"),
        deceased=sum(1 for _, fate in fates if fate == "deceased"),
        requests=requests,
        disputes=disputes,
    )
