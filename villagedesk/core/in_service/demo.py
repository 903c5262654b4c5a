"""Demo data for 在职党员进社区: posts, the expected list, registrations, claims, pledges, a year
of service records and assessments, for the in-service members the member demo created.

Deterministic with the seed; written with the repositories' bulk inserts (100,000 members run in
seconds); honours ``progress.check()``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.in_service.assessment_model import AssessmentValues, Rating
from villagedesk.core.in_service.model import (
    ExpectedValues,
    PostValues,
    RecordValues,
    RegistrationValues,
)
from villagedesk.core.in_service.ports import InServiceUnitOfWork
from villagedesk.core.in_service.rules import (
    MAX_PLACES,
    campaign_year_bounds,
    campaign_year_of,
    card_number,
)
from villagedesk.core.in_service.settings import short_code_in
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

POSTS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "政策宣传",
        "向居民宣讲惠民政策，发放宣传资料",
        "王秀英",
        ("宣讲医保政策", "发放惠农政策明白纸", "解答养老保险问题"),
    ),
    (
        "环境整治",
        "清理卫生死角，引导垃圾分类",
        "李建国",
        ("清理村内卫生死角", "垃圾分类入户引导", "清理河道漂浮物"),
    ),
    (
        "治安巡逻",
        "夜间巡逻，排查安全隐患",
        "张志强",
        ("夜间治安巡逻", "排查消防安全隐患", "检查独居老人用电安全"),
    ),
    (
        "关爱老人",
        "走访独居老人，代购代办",
        "刘桂芳",
        ("走访独居老人", "为老人代购生活用品", "陪同老人就医"),
    ),
    (
        "文明劝导",
        "劝导不文明行为，宣传移风易俗",
        "赵德福",
        ("劝导乱堆乱放", "宣传移风易俗", "引导文明停车"),
    ),
    (
        "助学帮扶",
        "辅导留守儿童功课，结对帮扶困难学生",
        "孙丽娟",
        ("辅导留守儿童作业", "走访结对困难学生", "组织暑期读书活动"),
    ),
)
PLEDGES = (
    "每月参加社区志愿服务不少于2次",
    "结对帮扶1户困难家庭",
    "带头做好垃圾分类，影响身边群众",
    "每季度走访1次独居老人",
    "为居民讲解医保、养老政策",
    "协助调解邻里纠纷，不让矛盾上交",
    "参加夜间巡逻，守护村居平安",
)
BENEFICIARIES = (
    "1组村民",
    "2组村民",
    "3组独居老人",
    "留守儿童",
    "村民小组",
    "全村群众",
    "困难家庭",
)
COMMENTS = {
    Rating.EXCELLENT: "积极参加社区服务，群众评价好",
    Rating.COMPETENT: "按时参加活动，完成认领岗位任务",
    Rating.BASICALLY_COMPETENT: "参加活动次数偏少",
    Rating.INCOMPETENT: "未履行报到承诺",
}


@service(
    Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Fill in demo in-service reporting")
)
def fill_in_service_demo(
    uow: InServiceUnitOfWork, *, seed: int, today: date, progress: Progress | None = None
) -> int:
    """Fill the campaign year of ``today`` inside the caller's unit of work; return how many
    members reported."""
    progress = progress or Progress()
    progress.set_label(
        msg("Demo", QT_TRANSLATE_NOOP("Demo", "Creating in-service reporting data…"))
    )
    rng = random.Random(seed + 2)
    repos = uow.in_service
    roster = sorted(repos.roster.members(), key=lambda r: r.member_id)
    if not roster:
        return 0
    start_month = repos.settings.get().year_start_month
    year = campaign_year_of(today, start_month)
    first, _last = campaign_year_bounds(year, start_month)
    span = max(0, (today - first).days)

    def day_after(base: date, most: int) -> date:
        return min(today, base + timedelta(days=rng.randint(0, max(0, most))))

    # Never more places than the post form accepts (a large demo station would exceed it).
    per_post = min(MAX_PLACES, max(3, len(roster) * 3 // (2 * len(POSTS)) + 2))
    post_ids = []
    for i, (name, description, contact, _) in enumerate(POSTS):
        phone = f"1390533{1200 + i * 7:04d}"
        post_ids.append(repos.posts.add(PostValues(name, description, per_post, contact, phone)))
    progress.check()

    expected: list[ExpectedValues] = []
    reg_plan: list[tuple[date, int, str]] = []
    for entry in roster:
        notice = day_after(first, min(span, 20))
        if rng.random() < 0.85:
            expected.append(ExpectedValues(entry.member_id, year, entry.work_unit, notice))
            if rng.random() < 0.9:
                reg_plan.append(
                    (day_after(notice, min(span, 60)), entry.member_id, entry.work_unit)
                )
        elif rng.random() < 0.3:
            reg_plan.append((day_after(first, min(span, 60)), entry.member_id, entry.work_unit))
    repos.expected.add_many(expected)
    progress.check()

    code = short_code_in(uow)
    sequence = repos.registrations.max_sequence(year)
    registrations: list[RegistrationValues] = []
    for day, member_id, work_unit in sorted(reg_plan):
        sequence += 1
        registrations.append(
            RegistrationValues(
                member_id,
                year,
                day,
                card_number(code, year, sequence),
                sequence,
                work_unit,
                rng.random() < 0.8,
            )
        )
    repos.registrations.add_many(registrations)
    repos.pledges.add_many(
        [
            (r.member_id, year, text)
            for r in registrations
            for text in rng.sample(PLEDGES, rng.choice((1, 2, 2)))
        ]
    )
    progress.check()

    held = [0] * len(POSTS)
    claims: list[tuple[int, int, date, date | None]] = []
    records: list[RecordValues] = []
    for r in registrations:
        chosen = rng.sample(range(len(POSTS)), rng.choice((1, 1, 2)))
        for index in chosen:
            if held[index] >= per_post:
                continue
            claimed = day_after(r.registered_on, 7)
            ended = None
            if rng.random() < 0.05 and claimed < today:
                ended = day_after(claimed, (today - claimed).days)
            else:
                held[index] += 1
            claims.append((r.member_id, post_ids[index], claimed, ended))
            stop = ended or today
            for _ in range(rng.randint(2, 8)):
                served = day_after(claimed, (stop - claimed).days)
                records.append(
                    RecordValues(
                        r.member_id,
                        post_ids[index],
                        served,
                        rng.choice(POSTS[index][3]),
                        rng.choice((2, 2, 3, 4, 4, 6, 8)),
                        rng.choice(BENEFICIARIES),
                    )
                )
    repos.claims.add_many(claims)
    progress.check()
    repos.records.add_many(records)
    progress.check()

    ratings = list(Rating)
    assessments: list[AssessmentValues] = []
    for r in registrations:
        if rng.random() < 0.7:
            community = rng.choices(ratings, (3, 6, 1, 0.2))[0]
            unit_rating: Rating | None = (
                rng.choices(ratings, (3, 6, 1, 0.2))[0] if rng.random() < 0.5 else None
            )
            assessments.append(
                AssessmentValues(
                    r.member_id,
                    year,
                    community,
                    COMMENTS[community],
                    unit_rating,
                    "" if unit_rating is None else COMMENTS[unit_rating],
                )
            )
    repos.assessments.add_many(assessments)
    progress.check()
    return len(registrations)
