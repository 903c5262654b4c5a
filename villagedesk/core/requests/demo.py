"""Demo requests: a year of 民情诉求 in every state, written through the same services a
secretary uses (so every deadline, number and history is what the program would make), after
the demo's members and households are in.

Each request's steps are dated in the past, in order. Every fate occurs among the older
requests (so some open ones are overdue); the requests of the last days are still open, and
one received a week ago is due today, so every tile of the start page counts something on the
day the demo is made. Requesters are the demo's residents and members, some typed by name and
some anonymous; the 责任人 are the demo's cadres.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.progress import Progress
from villagedesk.core.requests import closing, escalation, handling, merging, services, timekeeping
from villagedesk.core.requests.model import (
    Handler,
    RequestDraft,
    RequesterKind,
    RequestType,
    Urgency,
)
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.timing import local_now
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

DEMO_REQUESTS = 80
CADRES = ("李书记", "王主任", "张委员", "刘网格员")
TYPED_NAMES = ("张桂兰", "王建国", "李秀英", "赵德胜", "阿依古丽·买买提")
MATTERS = (
    ("3组路灯坏了三盏，晚上出行不便", "基础设施", RequestType.HELP),
    ("村东头垃圾池满了没人清运", "环境卫生", RequestType.COMPLAINT),
    ("咨询城乡居民医保今年怎么缴费", "医疗", RequestType.CONSULTATION),
    ("邻居盖房占了我家的过道", "邻里关系", RequestType.HELP),
    ("建议在村委会门口装健身器材", "基础设施", RequestType.SUGGESTION),
    ("低保复核材料不知道交到哪里", "社会保障", RequestType.CONSULTATION),
    ("有人在河道里倒建筑垃圾", "环境卫生", RequestType.REPORT),
    ("承包地界址有争议，请村里出面", "土地", RequestType.HELP),
    ("孩子入学户籍证明怎么开", "教育", RequestType.CONSULTATION),
    ("想参加公益性岗位，问问有没有名额", "就业", RequestType.CONSULTATION),
)
CHANNELS = ("民情接待日", "走访", "电话", "逢四说事", "网格员", "意见箱", "民情恳谈")
#: The fates and their weights: how far a request got.
FATES = (
    ("closed", 52),
    ("awaiting_follow_up", 8),
    ("in_progress", 10),
    ("awaiting_signature", 6),
    ("unassigned", 5),
    ("suspended", 4),
    ("escalated", 3),
    ("returned", 3),
    ("followed_up", 3),
    ("refused", 3),
    ("reopened", 5),
    ("merged", 3),
)
#: A request walked to ``in_progress`` whose deadline (一般 求助: 7 calendar days from 受理,
#: the default rule) ends tonight.
DUE_TODAY = "due_today"
DUE_TODAY_DAYS = 7
#: Requests received this many days ago or less are still open.
RECENT_DAYS = 20

OPEN_FATES = frozenset(
    {"awaiting_follow_up", "in_progress", "awaiting_signature", "unassigned", "reopened"}
)

Factory = Callable[[], RequestsUnitOfWork]


@dataclass(frozen=True)
class DemoPeople:
    """Who the requests come from and go to: residents' and members' ids of the demo station,
    and the cadres who handle them. Empty: typed names and the cadres of :data:`CADRES`."""

    residents: tuple[int, ...] = ()
    members: tuple[int, ...] = ()
    cadres: tuple[Handler, ...] = ()

    def handlers(self) -> tuple[Handler, ...]:
        return self.cadres or tuple(Handler(name) for name in CADRES)


@dataclass
class _Timeline:
    """The moments of one request's steps: each later than the last, none in the future."""

    at: datetime
    now: datetime
    rng: random.Random

    def next(self) -> str:
        room = max((self.now - self.at).total_seconds() / 6, 60)
        self.at += timedelta(seconds=self.rng.uniform(60, min(room, 3 * 86400)))
        self.at = min(self.at, self.now - timedelta(minutes=1))
        return self.at.strftime("%Y-%m-%d %H:%M")


def _requester(rng: random.Random, people: DemoPeople) -> RequestDraft:
    """A draft with only its requester: mostly residents, then members, typed and anonymous."""
    roll = rng.random()
    if roll < 0.55 and people.residents:
        kind, person = RequesterKind.RESIDENT, rng.choice(people.residents)
        return RequestDraft(requester_kind=kind.value, person_id=person)
    if roll < 0.75 and people.members:
        kind, person = RequesterKind.MEMBER, rng.choice(people.members)
        return RequestDraft(requester_kind=kind.value, person_id=person)
    if roll < 0.9:
        phone = f"139{rng.randrange(10**8):08d}" if rng.random() < 0.5 else ""
        name = rng.choice(TYPED_NAMES)
        kind = RequesterKind.NAMED
        return RequestDraft(requester_kind=kind.value, requester_name=name, requester_phone=phone)
    return RequestDraft(requester_kind=RequesterKind.ANONYMOUS.value)


def _record(
    factory: Factory,
    rng: random.Random,
    people: DemoPeople,
    received: datetime,
    clock: Clock,
    *,
    due_today: bool = False,
) -> int:
    content, category, kind = MATTERS[0] if due_today else rng.choice(MATTERS)
    roll = rng.random()
    urgency = Urgency.URGENT if roll < 0.08 else Urgency.COMPLEX if roll < 0.18 else Urgency.NORMAL
    draft = replace(
        _requester(rng, people),
        content=content,
        kind=kind.value,
        urgency=Urgency.NORMAL.value if due_today else urgency.value,
        channel=rng.choice(CHANNELS),
        category=category,
        received_by=rng.choice(people.handlers()).name,
        received_at=received.strftime("%Y-%m-%d %H:%M"),
    )
    return services.add_request(factory(), draft=draft, clock=clock).id


def _refuse(factory: Factory, rid: int, t: _Timeline, clock: Clock) -> None:
    closing.refuse_request(
        factory(),
        ground="outside_remit",
        reason="属于法院受理范围",
        at=t.next(),
        request_id=rid,
        clock=clock,
    )


def _work(factory: Factory, rid: int, fate: str, t: _Timeline, who: Handler, clock: Clock) -> bool:
    """Sign and work request ``rid``; suspend or escalate it if that is its fate. True when
    the fate goes on to a reply."""
    handling.sign_request(factory(), signer=who, at=t.next(), request_id=rid, clock=clock)
    handling.record_work(
        factory(),
        text="已到现场查看并联系相关人员",
        by=who.name,
        at=t.next(),
        request_id=rid,
        clock=clock,
    )
    if fate == "suspended":
        timekeeping.suspend_request(
            factory(), reason="等待施工队排期", at=t.next(), request_id=rid, clock=clock
        )
    elif fate in {"escalated", "returned"}:
        escalation.escalate_request(
            factory(),
            department="镇农业农村办",
            text="需镇里协调",
            at=t.next(),
            request_id=rid,
            clock=clock,
        )
    if fate == "returned":  # the township's reply came back: the village goes on
        escalation.record_escalation_reply(
            factory(), text="已协调施工单位下周进场", at=t.next(), request_id=rid, clock=clock
        )
    return fate not in {"suspended", "escalated", "returned", "in_progress", DUE_TODAY}


def _handle(
    factory: Factory, rid: int, fate: str, t: _Timeline, people: DemoPeople, clock: Clock
) -> None:
    """Walk request ``rid`` to ``fate``."""
    if fate == "refused":
        _refuse(factory, rid, t, clock)
        return
    if fate == "unassigned":
        return
    handlers = people.handlers()
    who, head, caller = t.rng.choice(handlers), handlers[0], handlers[1 % len(handlers)]
    handling.assign_request(
        factory(), assignee=who, at=t.next(), by=head.name, request_id=rid, clock=clock
    )
    if fate == "awaiting_signature" or not _work(factory, rid, fate, t, who, clock):
        return
    closing.reply_request(
        factory(),
        text="已处理完毕并告知诉求人",
        by=who.name,
        at=t.next(),
        request_id=rid,
        clock=clock,
    )
    if fate == "awaiting_follow_up":
        return
    unhappy = fate == "reopened"
    closing.follow_up(
        factory(),
        resolution="unsolved" if unhappy else "solved",
        satisfaction="dissatisfied"
        if unhappy
        else t.rng.choice(("satisfied", "basically_satisfied")),
        by=caller.name,
        at=t.next(),
        request_id=rid,
        clock=clock,
    )
    if fate == "closed":
        closing.close_request(factory(), by=who.name, at=t.next(), request_id=rid, clock=clock)


def plan_requests(rng: random.Random, count: int, now: datetime) -> list[tuple[datetime, str]]:
    """When each request came in, oldest first (so numbers run with dates), and its fate.

    Every fate occurs among the requests older than :data:`RECENT_DAYS` when there are enough
    of them; one request received :data:`DUE_TODAY_DAYS` days ago is due today."""
    moments = [
        now - timedelta(days=360 * (count - i) / count, hours=rng.uniform(0, 8))
        for i in range(count)
    ]
    due_day = now.date() - timedelta(days=DUE_TODAY_DAYS)
    due_moment = datetime.combine(due_day, time(9, 30))
    if count >= 2:
        moments = sorted([*moments[:-1], due_moment])
    weighted = [name for name, weight in FATES for _ in range(weight)]
    recent = weighted[FATES[0][1] :]  # the fates a request of the last days may have: not closed
    fates = [
        rng.choice(weighted) if now - at > timedelta(days=RECENT_DAYS) else rng.choice(recent)
        for at in moments
    ]
    old = [i for i, at in enumerate(moments) if now - at > timedelta(days=RECENT_DAYS)]
    for name, _ in FATES:
        counts = Counter(fates[i] for i in old)
        spare = [i for i in old[1:] if counts[fates[i]] > 1]
        if counts[name] == 0 and spare:
            fates[rng.choice(spare)] = name
    if count >= 2:
        fates[moments.index(due_moment)] = DUE_TODAY
    return list(zip(moments, fates, strict=True))


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Fill in demo requests"))
def fill_requests_demo(
    factory: Factory,
    *,
    seed: int = 1,
    count: int = DEMO_REQUESTS,
    people: DemoPeople | None = None,
    clock: Clock = SYSTEM_CLOCK,
    progress: Progress | None = None,
) -> int:
    """Write ``count`` requests of the past year; return how many were written."""
    progress = progress or Progress()
    progress.start(count, msg("Demo", QT_TRANSLATE_NOOP("Demo", "Creating demo requests…")))
    people = people or DemoPeople()
    rng = random.Random(seed + 13)
    now = local_now(clock)
    previous: tuple[int, datetime] | None = None  # an open request and its last step
    for received, fate in plan_requests(rng, count, now):
        progress.check()
        rid = _record(factory, rng, people, received, clock, due_today=fate == DUE_TODAY)
        if fate == "merged" and previous is None:
            fate = "in_progress"
        t = _Timeline(received, now, rng)
        if fate == "merged" and previous is not None:
            t.at = max(t.at, previous[1])  # after the last step of the one it joins
            at = t.next()
            merging.merge_requests(
                factory(), request_id=rid, into_id=previous[0], at=at, clock=clock
            )
            previous = (previous[0], t.at)
        else:
            _handle(factory, rid, fate, t, people, clock)
            if fate in OPEN_FATES:
                previous = (rid, t.at)
        progress.advance()
    return count
