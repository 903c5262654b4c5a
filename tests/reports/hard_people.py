"""The long and rare real-world people of tests/fixtures/people_hard.csv (compound surnames,
names with "·", CJK Extension A and B characters, a 40-character work unit, a 60-character
address, a landline with an extension) as the plain values the writers print, plus 黄𫟹
(Extension D). Shared by the report tests and by anyone looking at the printouts."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from villagedesk.core.dates import PartialDate
from villagedesk.core.in_service.assessment_model import Rating
from villagedesk.core.members.model import Education, Sex, Standing
from villagedesk.core.printing.model import (
    AssessmentLine,
    CardData,
    CardSet,
    HandbookData,
    LogLine,
    PostLine,
    Profile,
    StationContact,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "people_hard.csv"
EXT_D = ("黄𫟹", "210503198001012153", "溪湖区水务局", "彩屯社区九组", "13704149999", "大专")
BRANCH = "中共本溪市溪湖区河西街道彩屯社区委员会第三网格党支部"
STATION = StationContact("溪湖区河西街道彩屯社区党群服务站", "赵丽华", "024-42812345-8021")
POSTS = (
    "政策宣传",
    "环境整治",
    "关爱老人",
    "助学帮扶",
    "矛盾纠纷调解",
    "平安巡逻",
    "文明实践志愿服务",
    "疫情防控应急值守",
)
PLEDGES = (
    "每月至少参加两次社区志愿服务活动，重点走访慰问第三网格内的独居老人、困难家庭和"
    "残疾人家庭，帮助解决实际困难。",
    "发挥本人专业特长，为社区居民提供法律咨询、政策解读和就业指导，每季度组织一次"
    "面向青少年的安全教育讲座。",
    "带头参与社区环境整治和垃圾分类宣传，积极配合网格员做好矛盾纠纷排查化解，守护村居平安。",
)
EDUCATION = {
    "研究生": Education.POSTGRADUATE,
    "大学本科": Education.BACHELOR,
    "大专": Education.COLLEGE,
    "高中": Education.HIGH_SCHOOL,
    "中专": Education.SECONDARY_VOCATIONAL,
    "初中": Education.JUNIOR_HIGH,
}


@dataclass(frozen=True)
class Person:
    name: str
    id_number: str
    work_unit: str
    address: str
    phone: str
    education: str

    @property
    def sex(self) -> Sex:
        return Sex.MALE if int(self.id_number[16]) % 2 else Sex.FEMALE

    @property
    def birth_date(self) -> date:
        n = self.id_number
        return date(int(n[6:10]), int(n[10:12]), int(n[12:14]))


def people() -> list[Person]:
    """Every person of the fixture, then 黄𫟹."""
    with FIXTURE.open(encoding="utf-8-sig", newline="") as f:
        rows = [tuple(r) for r in csv.reader(f)][1:]
    return [Person(*r) for r in [*rows, EXT_D]]  # type: ignore[arg-type]


def person(name: str) -> Person:
    return next(p for p in people() if p.name == name)


def hard_cards(*, posts: int = 8) -> CardSet:
    cards = tuple(
        CardData(
            member_id=i,
            name=p.name,
            branch=BRANCH,
            posts=POSTS[:posts],
            phone=p.phone,
            card_number=f"CTSQ-2026-{i:04d}",
            pledges=PLEDGES,
        )
        for i, p in enumerate(people(), 1)
    )
    return CardSet(STATION, 2026, cards)


def hard_handbook(name: str = "欧阳娜娜", records: int = 6) -> HandbookData:
    p = person(name)
    profile = Profile(
        name=p.name,
        sex=p.sex,
        birth_date=p.birth_date,
        ethnicity="维吾尔族" if "·" in p.name else "汉族",
        education=EDUCATION.get(p.education),
        standing=Standing.FULL,
        joined_on=PartialDate(2010, 7),
        branch=BRANCH,
        work_unit=p.work_unit,
        phone=p.phone,
        address=p.address,
        card_number="CTSQ-2026-0001",
        registered_on=date(2026, 1, 6),
    )
    posts = tuple(
        PostLine(
            post,
            "协助社区开展" + post + "工作",
            date(2026, 1, 10),
            None,
            "赵丽华",
            STATION.contact_phone,
        )
        for post in POSTS[:3]
    )
    log = tuple(
        LogLine(
            date(2026, 2 + i % 9, 1 + i % 27),
            "文明实践志愿服务（第三网格东山路北段）",
            "为第三网格东山路北段原钢铁公司第二宿舍区内的独居老人上门测量血压、"
            f"讲解医保政策并协助办理慢病报销手续（第{i + 1}次）",
            "2.5",
            "东山路北段原钢铁公司第二宿舍区十七号楼三单元独居老人王秀兰",
        )
        for i in range(records)
    )
    assessment = AssessmentLine(Rating.EXCELLENT, "服务积极，群众满意", None, "", "15", records)
    return HandbookData(1, STATION, 2026, profile, posts, PLEDGES, log, assessment)
