"""Demo requests: a year of 民情诉求 in every state, written through the same services a
secretary uses (so every deadline, number and history is what the program would make), after
the demo's members and households are in.

Each request's steps are dated in the past, in order; the requests of the last days are still
open, so the start page has something due today, overdue, awaiting 签收 and 回访.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.progress import Progress
from villagedesk.core.requests import closing, escalation, handling, merging, services, timekeeping
from villagedesk.core.requests.model import DEFAULT_CATEGORIES, Handler, RequestDraft, RequestType
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.timing import local_now
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

DEMO_REQUESTS = 80
CADRES = ("李书记", "王主任", "张委员", "刘网格员")
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
    ("escalated", 4),
    ("refused", 3),
    ("reopened", 5),
    ("merged", 3),
)

OPEN_FATES = frozenset(
    {"awaiting_follow_up", "in_progress", "awaiting_signature", "unassigned", "reopened"}
)

Factory = Callable[[], RequestsUnitOfWork]


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


def _record(factory: Factory, rng: random.Random, received: datetime, clock: Clock) -> int:
    content, category, kind = rng.choice(MATTERS)
    draft = RequestDraft(
        content=content,
        kind=kind.value,
        channel=rng.choice(CHANNELS),
        category=category if category in DEFAULT_CATEGORIES else "其他",
        requester_kind="named",
        requester_name=rng.choice(("张桂兰", "王建国", "李秀英", "赵德胜", "阿依古丽·买买提")),
        requester_phone="",
        received_by=rng.choice(CADRES),
        received_at=received.strftime("%Y-%m-%d %H:%M"),
    )
    return services.add_request(factory(), draft=draft, clock=clock).id


def _handle(factory: Factory, rid: int, fate: str, t: _Timeline, clock: Clock) -> None:
    """Walk request ``rid`` to ``fate``."""
    who = Handler(t.rng.choice(CADRES))
    if fate == "refused":
        closing.refuse_request(
            factory(),
            ground="outside_remit",
            reason="属于法院受理范围",
            at=t.next(),
            request_id=rid,
            clock=clock,
        )
        return
    if fate == "unassigned":
        return
    handling.assign_request(
        factory(), assignee=who, at=t.next(), by="李书记", request_id=rid, clock=clock
    )
    if fate == "awaiting_signature":
        return
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
        return
    if fate == "escalated":
        escalation.escalate_request(
            factory(),
            department="镇农业农村办",
            text="需镇里协调",
            at=t.next(),
            request_id=rid,
            clock=clock,
        )
        return
    if fate == "in_progress":
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
        by="王主任",
        at=t.next(),
        request_id=rid,
        clock=clock,
    )
    if fate == "closed":
        closing.close_request(factory(), by=who.name, at=t.next(), request_id=rid, clock=clock)


def fill_requests_demo(
    factory: Factory,
    *,
    seed: int = 1,
    count: int = DEMO_REQUESTS,
    clock: Clock = SYSTEM_CLOCK,
    progress: Progress | None = None,
) -> int:
    """Write ``count`` requests of the past year; return how many were written."""
    progress = progress or Progress()
    progress.set_label(msg("Demo", QT_TRANSLATE_NOOP("Demo", "Creating demo requests…")))
    rng = random.Random(seed + 13)
    now = local_now(clock)
    fates = [name for name, weight in FATES for _ in range(weight)]
    previous: int | None = None
    for index in range(count):
        progress.check()
        days_ago = 360 * (count - index) / count  # oldest first, so numbers run with dates
        received = now - timedelta(days=days_ago, hours=rng.uniform(0, 8))
        fate = rng.choice(fates) if days_ago > 20 else rng.choice(fates[52:])
        rid = _record(factory, rng, received, clock)
        if fate == "merged" and previous is not None:
            merging.merge_requests(factory(), request_id=rid, into_id=previous, clock=clock)
            continue
        _handle(factory, rid, fate, _Timeline(received, now, rng), clock)
        if fate in OPEN_FATES:
            previous = rid
    return count
