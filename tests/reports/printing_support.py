"""Shared by the card and handbook tests: poppler on the path (a failure under CI=true), reading
a PDF back, and sample plain values."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from villagedesk.core.dates import PartialDate
from villagedesk.core.in_service import Rating
from villagedesk.core.member import Education, Sex, Standing
from villagedesk.core.printing import (
    AssessmentLine,
    CardData,
    CardSet,
    HandbookData,
    LogLine,
    PostLine,
    Profile,
    StationContact,
)

CONTACT = StationContact("东河村党群服务站", "王秀英", "13905331234")


def need_poppler() -> None:
    """Poppler's tools must be there; on CI their absence fails the test instead of skipping."""
    if all(shutil.which(t) for t in ("pdftotext", "pdfinfo", "pdffonts")):
        return
    if os.environ.get("CI") == "true":
        pytest.fail("poppler-utils is missing (make deps installs it)")
    pytest.skip("needs poppler-utils")


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def pages(pdf: Path) -> int:
    for line in run("pdfinfo", pdf).splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("no page count")


def fonts_embedded(pdf: Path) -> list[tuple[str, str]]:
    """(font name, emb column) of every font in the file."""
    rows = run("pdffonts", pdf).splitlines()[2:]
    return [(r.split()[0], r.split()[-5]) for r in rows]


def card(n: int, name: str = "", **kw: object) -> CardData:
    values: dict[str, object] = {
        "member_id": n,
        "name": name or f"张{n}",
        "branch": "第一党支部",
        "posts": ("政策宣传", "环境整治"),
        "phone": "13643624779",
        "card_number": f"DHC-2026-{n:04d}",
        "pledges": ("每季度走访1次独居老人", "参加夜间巡逻，守护村居平安"),
    }
    values.update(kw)
    return CardData(**values)  # type: ignore[arg-type]


def card_set(cards: list[CardData]) -> CardSet:
    return CardSet(CONTACT, 2026, tuple(cards))


def handbook(name: str = "高强民", records: int = 8, member_id: int = 1) -> HandbookData:
    profile = Profile(
        name=name,
        sex=Sex.MALE,
        birth_date=date(1985, 6, 3),
        ethnicity="汉族",
        education=Education.BACHELOR,
        standing=Standing.FULL,
        joined_on=PartialDate(2010, 7),
        branch="第三党小组",
        work_unit="鲁村镇卫生院",
        phone="13643624779",
        address="东河村6组28号",
        card_number="DHC-2026-0001",
        registered_on=date(2026, 1, 6),
    )
    posts = (
        PostLine("助学帮扶", "辅导留守儿童功课", date(2026, 1, 10), None, "孙丽娟", "13905331235"),
    )
    log = tuple(
        LogLine(
            date(2026, 2, 1 + i % 27), "助学帮扶", f"辅导留守儿童作业第{i + 1}次", "2", "村民小组"
        )
        for i in range(records)
    )
    assessment = AssessmentLine(Rating.EXCELLENT, "服务积极，群众满意", None, "", "16", records)
    return HandbookData(
        member_id, CONTACT, 2026, profile, posts, ("每季度走访1次独居老人",), log, assessment
    )
