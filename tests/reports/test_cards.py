"""Contact cards: 10 per A4 sheet, names and contact searchable, fonts embedded, the QR code
drawn once as a form, backs mirrored for duplex, no scaling, rare characters reported."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.reports.printing_support import (
    card,
    card_set,
    fonts_embedded,
    need_poppler,
    pages,
    run,
)
from villagedesk.core.printing.model import PrinterOffsets
from villagedesk.reports.card_qr import vcard
from villagedesk.reports.card_sheet import CARD_H, CARD_W, slot
from villagedesk.reports.contact_card import write_cards

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂建华志国红梅玉德福海燕"


@pytest.fixture(autouse=True)
def _poppler() -> None:
    need_poppler()


def _names(count: int) -> list[str]:
    return [
        SURNAMES[i % len(SURNAMES)] + GIVEN[i * 7 % len(GIVEN)] + GIVEN[i * 13 % len(GIVEN)]
        for i in range(count)
    ]


def test_a_thousand_cards_fill_a_hundred_sheets_and_stay_small(tmp_path: Path) -> None:
    cards = [card(i + 1, name) for i, name in enumerate(_names(1000))]
    pdf = tmp_path / "cards.pdf"
    assert write_cards(pdf, cards=card_set(cards)) == []
    assert pages(pdf) == 100
    assert pdf.stat().st_size < 600 * 1024
    assert [p.name for p in tmp_path.iterdir()] == ["cards.pdf"]
    raw = pdf.read_bytes()
    assert raw.count(b"/Subtype /Form") == 1  # the QR code: encoded once, reused
    assert b"/PrintScaling /None" in raw


def test_front_shows_member_station_and_contact(tmp_path: Path) -> None:
    pdf = tmp_path / "cards.pdf"
    write_cards(pdf, cards=card_set([card(1, "高强民"), card(2, "孙丽娟", posts=("关爱老人",))]))
    text = run("pdftotext", pdf, "-")
    for expected in (
        "高强民",
        "孙丽娟",
        "东河村党群服务站",
        "王秀英",
        "13905331234",
        "DHC-2026-0001",
        "第一党支部",
        "政策宣传",
        "关爱老人",
        "13643624779",
    ):
        assert expected in text
    fonts = fonts_embedded(pdf)
    assert fonts and all(emb == "yes" for _name, emb in fonts)


def test_backs_follow_each_sheet_with_mirrored_columns(tmp_path: Path) -> None:
    pdf = tmp_path / "cards.pdf"
    write_cards(pdf, cards=card_set([card(i + 1) for i in range(12)]), backs=True)
    assert pages(pdf) == 4  # front, back, front, back
    back = run("pdftotext", "-f", "2", "-l", "2", pdf, "-")
    assert "每季度走访1次独居老人" in back
    assert "每季度走访1次独居老人" not in run("pdftotext", "-f", "1", "-l", "1", pdf, "-")
    # long-edge duplex: the back of the left card is printed on the right, same row
    for i in range(10):
        (fx, fy), (bx, by) = slot(i), slot(i, back=True)
        assert by == fy and abs((fx + bx + CARD_W) - 595.2756) < 0.01


def test_cards_sit_inside_the_sheet_and_do_not_overlap() -> None:
    corners = [slot(i) for i in range(10)]
    assert len(set(corners)) == 10
    for x, y in corners:
        assert x > 10 * 2.8346 and x + CARD_W < 595.2756 - 10 * 2.8346
        assert y > 7 * 2.8346 and y + CARD_H < 841.89 - 7 * 2.8346


def test_printer_offsets_move_the_cards(tmp_path: Path) -> None:
    plain, moved = tmp_path / "a.pdf", tmp_path / "b.pdf"
    cards = card_set([card(1, "高强民")])
    write_cards(plain, cards=cards)
    write_cards(moved, cards=cards, offsets=PrinterOffsets(10, 20))

    def position(pdf: Path) -> tuple[float, float]:
        html = run("pdftotext", "-bbox", pdf, "-")
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>高强民<', html)
        assert m, html[:500]
        return float(m[1]), float(m[2])

    (x0, y0), (x1, y1) = position(plain), position(moved)
    assert abs(x1 - x0 - 28.35) < 0.1 and abs(y1 - y0 - 56.69) < 0.1


def test_qr_code_carries_the_contact_as_a_vcard_with_a_tel_number() -> None:
    text = vcard(card_set([]).contact)
    assert text.startswith("BEGIN:VCARD\r\n") and text.endswith("END:VCARD\r\n")
    assert "FN:王秀英" in text
    assert "TEL;VALUE=uri;TYPE=voice:tel:+86-139-0533-1234\r\n" in text


def test_rare_characters_are_drawn_or_reported(tmp_path: Path) -> None:
    pdf = tmp_path / "cards.pdf"
    problems = write_cards(
        pdf, cards=card_set([card(1, "王䶮"), card(2, "李堃喆赟"), card(3, "𠇔明")])
    )
    text = run("pdftotext", pdf, "-")
    for drawn in ("䶮", "堃", "喆", "赟"):
        assert drawn in text
    assert problems == [] and "𠇔明" in text  # Extension B: the bundled HanaMinB
