"""Shared by the card and handbook tests: poppler on the path (a failure under CI=true), reading
a PDF back, and sample plain values."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

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


# -- measuring a PDF ------------------------------------------------------------------------------

MM = 72 / 25.4


@dataclass(frozen=True)
class Word:
    """A word as poppler's ``pdftotext -bbox`` finds it, in points from the page's top left."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def words(pdf: Path, page: int = 1) -> list[Word]:
    """Every word of ``page`` with its box (poppler ``pdftotext -bbox``)."""
    out = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-")
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        out,
    )
    return [
        Word(html.unescape(t), float(a), float(b), float(c), float(d)) for a, b, c, d, t in found
    ]


def page_texts(pdf: Path) -> list[str]:
    """Each page's text (``pdftotext -layout``)."""
    return run("pdftotext", "-layout", pdf, "-").split("\f")[: pages(pdf)]


def joined(text: str) -> str:
    """``text`` without any white space: a wrapped cell reads as one string again."""
    return "".join(text.split())


def smallest_text(pdf: Path, page: int = 1) -> float:
    """The smallest text height on ``page`` in points (a word's box is as tall as its size)."""
    return min(w.y1 - w.y0 for w in words(pdf, page))


def render(pdf: Path, page: int, dpi: int = 100) -> tuple[int, int, bytes]:
    """``page`` rendered to RGB by pdftoppm: (width, height, pixels)."""
    data = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), str(pdf)],
        check=True,
        capture_output=True,
    ).stdout
    m = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
    assert m, data[:20]
    return int(m[1]), int(m[2]), data[m.end() :]


def red_pixels(pdf: Path, page: int, dpi: int = 100) -> list[tuple[float, float]]:
    """The centres of the red pixels of ``page``, in points from the page's bottom left."""
    width, height, pixels = render(pdf, page, dpi)
    scale = 72 / dpi
    out = []
    for i in range(0, len(pixels), 3):
        r, g, b = pixels[i], pixels[i + 1], pixels[i + 2]
        if r > 150 and g < 90 and b < 90:
            n = i // 3
            x, y = n % width, n // width
            out.append(((x + 0.5) * scale, (height - y - 0.5) * scale))
    return out


def region_text(pdf: Path, page: int, box: tuple[float, float, float, float]) -> str:
    """The text inside ``box`` (x, y, width, height in points from the page's BOTTOM left)."""
    info = run("pdfinfo", "-f", str(page), "-l", str(page), pdf)
    size = re.search(r"Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)", info) or re.search(
        r"Page size:\s+([\d.]+) x ([\d.]+)", info
    )
    assert size, info
    page_h = float(size[2])
    x, y, w, h = box
    top = page_h - y - h
    return run(
        "pdftotext",
        "-layout",
        "-f",
        str(page),
        "-l",
        str(page),
        "-x",
        str(int(x)),
        "-y",
        str(int(top)),
        "-W",
        str(int(w + 1)),
        "-H",
        str(int(h + 1)),
        pdf,
        "-",
    )
