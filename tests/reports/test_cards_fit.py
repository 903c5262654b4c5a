"""Contact cards from the long and rare people of tests/fixtures: every word printed (wrapped,
shrunk to no less than 6 pt, "等N个岗位" only when truly out of room, and then reported), gutters
with per-card crop marks, colour 2 mm inside the trim, duplex backs behind their fronts, and a
QR code that decodes to a vCard with a global tel: URI."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.reports.hard_people import BRANCH, PLEDGES, POSTS, STATION, hard_cards
from tests.reports.printing_support import (
    MM,
    joined,
    need_poppler,
    page_texts,
    red_pixels,
    region_text,
    smallest_text,
    words,
)
from tests.reports.zh import zh
from villagedesk.core.printing.model import CardSet
from villagedesk.reports import card_sheet as sheet
from villagedesk.reports.card_qr import tel_uri
from villagedesk.reports.contact_card import write_cards


@pytest.fixture(autouse=True)
def _poppler() -> None:
    need_poppler()


@pytest.fixture(scope="module")
def hard_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[object]]:
    pdf = tmp_path_factory.mktemp("cards") / "cards.pdf"
    problems = write_cards(pdf, cards=hard_cards(), backs=True, translate=zh)
    return pdf, list(problems)


def test_the_front_prints_the_whole_branch_and_every_post(
    hard_pdf: tuple[Path, list[object]],
) -> None:
    pdf, problems = hard_pdf
    assert "…" not in page_texts(pdf)[0]
    for i, card in enumerate(hard_cards().cards[:10]):
        flat = joined(region_text(pdf, 1, (*sheet.slot(i), sheet.CARD_W, sheet.CARD_H)))
        assert card.name in flat
        assert BRANCH in flat  # "第三网格党支部" too
        assert "、".join(POSTS) in flat
    assert problems == []
    assert smallest_text(pdf, 1) >= 6 * 0.99


def test_the_back_prints_every_pledge_in_full(hard_pdf: tuple[Path, list[object]]) -> None:
    pdf, _problems = hard_pdf
    assert "…" not in page_texts(pdf)[1]
    for i in range(10):
        back = joined(region_text(pdf, 2, (*sheet.slot(i, back=True), sheet.CARD_W, sheet.CARD_H)))
        for pledge in PLEDGES:
            assert pledge in back
    assert smallest_text(pdf, 2) >= 6 * 0.99


def test_too_many_posts_end_in_deng_n_and_are_reported(tmp_path: Path) -> None:
    posts = tuple(f"第{n}号网格楼栋长联络服务岗位" for n in range(1, 41))
    base = hard_cards().cards[0]
    card = type(base)(**{**base.__dict__, "posts": posts})
    pdf = tmp_path / "cards.pdf"
    problems = write_cards(pdf, cards=CardSet(STATION, 2026, (card,)), translate=zh)
    text = joined(region_text(pdf, 1, (*sheet.slot(0), sheet.CARD_W, sheet.CARD_H)))
    assert "等40个岗位" in text and "…" not in text
    assert posts[0] in text  # as many posts as fit come first
    fit = [p for p in problems if p.is_fit]
    assert len(fit) == 1 and fit[0].record == base.name and posts[-1] in fit[0].detail
    assert str(fit[0]).startswith(base.name)


def test_long_pledges_shrink_but_never_below_6_pt_and_are_reported(tmp_path: Path) -> None:
    base = hard_cards().cards[0]
    long_card = type(base)(**{**base.__dict__, "pledges": PLEDGES * 6})
    pdf = tmp_path / "cards.pdf"
    problems = write_cards(
        pdf, cards=CardSet(STATION, 2026, (long_card,)), backs=True, translate=zh
    )
    assert smallest_text(pdf, 2) >= 6 * 0.99
    assert [p.record for p in problems if p.is_fit] == [base.name]


def test_cards_have_gutters_and_per_card_crop_marks_clear_of_every_card() -> None:
    rects = [(x, y, x + sheet.CARD_W, y + sheet.CARD_H) for x, y in map(sheet.slot, range(10))]
    xs = sorted({r[0] for r in rects})
    ys = sorted({r[1] for r in rects})
    assert 3 * MM <= xs[1] - (xs[0] + sheet.CARD_W) <= 4 * MM + 0.01
    for low, high in itertools.pairwise(ys):
        assert 3 * MM - 0.01 <= high - (low + sheet.CARD_H) <= 4 * MM + 0.01
    marks = sheet.crop_marks()
    for x0, y0, x1, y1 in marks:
        assert min(x0, x1) > 0 and max(x0, x1) < sheet.SHEET_W
        assert min(y0, y1) > 0 and max(y0, y1) < sheet.SHEET_H
        for rx0, ry0, rx1, ry1 in rects:  # never on a card
            overlap_x = min(max(x0, x1), rx1) - max(min(x0, x1), rx0)
            overlap_y = min(max(y0, y1), ry1) - max(min(y0, y1), ry0)
            assert overlap_x < 0 or overlap_y < 0 or (overlap_x == 0 and overlap_y == 0)
    for rx0, ry0, rx1, ry1 in rects:  # each card's four cut lines are marked
        for cx in (rx0, rx1):
            assert any(x0 == x1 == cx for x0, _y0, x1, _y1 in marks)
        for cy in (ry0, ry1):
            assert any(y0 == y1 == cy for _x0, y0, _x1, y1 in marks)


@pytest.mark.parametrize("page", [1, 2])
def test_colour_keeps_2_mm_inside_the_trim(hard_pdf: tuple[Path, list[object]], page: int) -> None:
    pdf, _problems = hard_pdf
    red = red_pixels(pdf, page, dpi=100)
    assert red
    inner = [
        (x + 2 * MM, y + 2 * MM, x + sheet.CARD_W - 2 * MM, y + sheet.CARD_H - 2 * MM)
        for x, y in (sheet.slot(i, back=page == 2) for i in range(10))
    ]
    pixel = 72 / 100
    outside = [
        (px, py)
        for px, py in red
        if not any(
            x0 - pixel <= px <= x1 + pixel and y0 - pixel <= py <= y1 + pixel
            for x0, y0, x1, y1 in inner
        )
    ]
    assert outside == []


def test_duplex_backs_line_up_behind_their_fronts(hard_pdf: tuple[Path, list[object]]) -> None:
    for i in range(10):
        (fx, fy), (bx, by) = sheet.slot(i), sheet.slot(i, back=True)
        assert by == fy and abs(fx + bx + sheet.CARD_W - sheet.SHEET_W) < 0.01
    pdf, _problems = hard_pdf
    # the back of the first card (欧阳娜娜, top left) is printed top right: its number is there
    number = next(w for w in words(pdf, 2) if w.text == "CTSQ-2026-0001")
    assert number.x0 > sheet.SHEET_W / 2 and number.y1 < sheet.CARD_H + sheet.BOTTOM + 1


def test_tel_uris_are_global_with_the_extension_apart() -> None:
    assert tel_uri("024-42812345-8021") == "tel:+86-24-42812345;ext=8021"
    assert tel_uri("0533-3212429") == "tel:+86-533-3212429"
    assert tel_uri("010 6512 3456") == "tel:+86-10-65123456"
    assert tel_uri("13905331234") == "tel:+86-139-0533-1234"
    assert tel_uri("+86 139 0533 1234") == "tel:+86-139-0533-1234"
    assert tel_uri("") == ""


def test_the_qr_code_decodes_to_the_community_contact(
    hard_pdf: tuple[Path, list[object]], tmp_path: Path
) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    from tests.reports.printing_support import run

    pdf, _problems = hard_pdf
    run("pdftoppm", "-r", "300", "-f", "1", "-l", "1", "-png", pdf, tmp_path / "p")
    image = Image.open(next(tmp_path.glob("p*.png")))
    found = zxingcpp.read_barcodes(image)
    texts = {b.text for b in found}
    assert len(found) == 10 and len(texts) == 1
    vcard = texts.pop()
    assert vcard.startswith("BEGIN:VCARD") and "FN:赵丽华" in vcard
    assert "ORG:溪湖区河西街道彩屯社区党群服务站" in vcard
    assert "TEL;VALUE=uri;TYPE=voice:tel:+86-24-42812345;ext=8021" in vcard
    label = [w for w in words(pdf, 1) if w.text == "扫码保存社区联系人"]
    assert len(label) == 10 and min(w.y1 - w.y0 for w in label) >= 6 * 0.99
