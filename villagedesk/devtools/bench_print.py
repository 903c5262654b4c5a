"""``make bench`` figures of issue 5 (printing), each against a baseline measured in the same run.

- bench_cards: 1,000 contact cards vs the same strings on a bare ReportLab canvas with the QR
  code drawn once as a form (≤ 1.5×), and the size of the 1,000 cards (< 600 KiB).
- bench_ledger: a 10,000-row member ledger vs the same cell strings on a bare canvas (≤ 1.5×)
  and vs LibreOffice headless converting the same rows from an xlsx (≥ 2× faster).

ReportLab and the report writers are imported inside the benches, so that ``bench.py`` loads them
only when it reaches these figures.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from villagedesk.devtools.bench_report import best_time, report_figure, timed

if TYPE_CHECKING:
    from villagedesk.core.columns import Column
    from villagedesk.core.printing.model import CardData, CardSet
    from villagedesk.reports.contact_card import CardLabels
    from villagedesk.reports.glyphs import FontSet

CARD_COUNT = 1000
LEDGER_ROWS = 10_000
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂建华志国红梅玉德福海燕"


def _name(i: int) -> str:
    """The ``i``-th of the benches' made-up names."""
    return SURNAMES[i % len(SURNAMES)] + GIVEN[i * 7 % len(GIVEN)] + GIVEN[i * 13 % len(GIVEN)]


# -- contact cards -------------------------------------------------------------------------------


def _card_set() -> CardSet:
    """1,000 cards of one station and campaign year."""
    from villagedesk.core.printing.model import CardData, CardSet, StationContact

    cards = tuple(
        CardData(
            member_id=i,
            name=_name(i),
            branch=f"第{i % 9 + 1}党小组",
            posts=("政策宣传", "环境整治") if i % 2 else ("关爱老人",),
            phone=f"139{i:08d}",
            card_number=f"DHC-2026-{i:04d}",
        )
        for i in range(1, CARD_COUNT + 1)
    )
    return CardSet(StationContact("东河村党群服务站", "王秀英", "13905331234"), 2026, cards)


def _card_strings(card_set: CardSet, card: CardData, labels: CardLabels) -> tuple[str, ...]:
    """What a card's front says, as plain strings."""
    contact = card_set.contact
    return (
        contact.station_name,
        labels.title,
        card.name,
        f"{labels.branch}：",
        card.branch,
        f"{labels.posts}：",
        "、".join(card.posts),
        f"{labels.phone}：",
        card.phone,
        f"{labels.contact}：{contact.contact_name}  {contact.contact_phone}",
        f"{labels.number}：{card.card_number}",
        labels.scan,
    )


def _bare_cards(card_set: CardSet, labels: CardLabels) -> None:
    """The cards' strings drawn on a bare canvas, the QR code drawn once as a form."""
    from reportlab.lib.pagesizes import A4

    from villagedesk.reports import contact_card as cc
    from villagedesk.reports.printed_text import new_canvas

    canvas = new_canvas(io.BytesIO(), A4, title="bench", author="bench")
    cc.define_qr_form(canvas, cc.vcard(card_set.contact))
    cards = card_set.cards
    for first in range(0, CARD_COUNT, cc.PER_SHEET):
        for i, card in enumerate(cards[first : first + cc.PER_SHEET]):
            x, y = cc.slot(i)
            canvas.setFont("WQYMicroHei", 7)
            for k, text in enumerate(_card_strings(card_set, card, labels)):
                canvas.drawString(x + 10, y + 10 + k * 10, text)
            canvas.saveState()
            canvas.translate(x + 180, y + 20)
            canvas.doForm(cc.QR_FORM)
            canvas.restoreState()
        canvas.showPage()
    canvas.save()


def bench_cards() -> None:
    """1,000 cards (fronts) through the writer vs the same strings on a bare canvas."""
    from villagedesk.core.printing.model import PrinterOffsets
    from villagedesk.reports import contact_card as cc

    card_set = _card_set()
    labels = cc.CardLabels(lambda _c, t: t, card_set.campaign_year)
    size = 0

    def writer() -> None:
        nonlocal size
        buf = io.BytesIO()
        cc.draw_cards(
            buf, cards=card_set, backs=False, offsets=PrinterOffsets(), translate=lambda _c, t: t
        )
        size = len(buf.getvalue())

    writer()  # warm up: fonts registered, glyph tables read
    ours, base = best_time(timed(writer)), best_time(timed(lambda: _bare_cards(card_set, labels)))
    report_figure(
        "1,000 contact cards",
        f"{ours:.2f} s",
        f"{base:.2f} s",
        ours / base,
        "≤ 1.5× bare canvas",
        ours <= 1.5 * base,
    )
    report_figure(
        "size of 1,000 cards", f"{size / 1024:.0f} KiB", "", None, "< 600 KiB", size < 600 * 1024
    )


# -- the member ledger ---------------------------------------------------------------------------


def _ledger_rows() -> list[list[str]]:
    return [
        [
            _name(i),
            f"37032319{60 + i % 40}0{1 + i % 9}1{i % 10}{i % 1000:03d}{i % 10}",
            "男" if i % 3 else "女",
            "汉族",
            f"19{60 + i % 40}.0{1 + i % 9}.1{i % 10}",
            "高中" if i % 4 else "大学本科",
            f"东河村第{i % 12 + 1}党小组",
            "沂源县供电公司" if i % 3 == 0 else "",
            "在职党员、老党员" if i % 5 == 0 else "",
            "正式党员",
            "在册",
            f"139{i:08d}",
            f"20{i % 25:02d}.07",
        ]
        for i in range(LEDGER_ROWS)
    ]


def bare_ledger(rows: Sequence[Sequence[str]], fonts: FontSet) -> None:
    """The ledger's cell strings drawn bare on A4 landscape, 28 rows a page."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=landscape(A4), invariant=1, initialFontName=fonts.primary)
    per_page = 28
    for n, row in enumerate(rows):
        if n % per_page == 0:
            if n:
                c.showPage()
            c.setFont(fonts.primary, 8.5)
        y = 520 - (n % per_page) * 17
        x = 40.0
        for text in row:
            c.drawString(x, y, text)
            x += 70
    c.save()


def _libreoffice_seconds(
    soffice: str, columns: Sequence[Column], rows: Sequence[Sequence[str]]
) -> float:
    """LibreOffice headless converting the same rows from an xlsx to PDF (best of 2; the first
    start, which creates its profile, not counted)."""
    import subprocess
    import tempfile

    from openpyxl import Workbook

    with tempfile.TemporaryDirectory(prefix="vd-bench-lo-") as tmp:
        folder = Path(tmp)
        book = Workbook(write_only=True)
        sheet = book.create_sheet("党员花名册")
        sheet.append([c.header for c in columns])
        for row in rows:
            sheet.append(row)
        xlsx = folder / "roll.xlsx"
        book.save(xlsx)
        profile = (folder / "profile").as_uri()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless"]
        command += ["--convert-to", "pdf", "--outdir", str(folder), str(xlsx)]

        def libreoffice() -> None:
            subprocess.run(command, check=True, capture_output=True)

        libreoffice()  # the first start creates the profile: not counted
        return best_time(timed(libreoffice), runs=2)


def bench_ledger() -> None:
    """A 10,000-row member ledger vs the same cell strings drawn bare on a canvas (≤ 1.5×), and vs
    LibreOffice headless converting the same rows from an xlsx (≥ 2× faster)."""
    import shutil

    from villagedesk.reports.glyphs import font_set
    from villagedesk.reports.ledger import LedgerDocument, render_ledger
    from villagedesk.reports.ledger_kinds import LEDGERS

    fonts = font_set()
    rows = _ledger_rows()
    columns = LEDGERS["members"].columns()
    doc = LedgerDocument("党员花名册", "东河村党群服务站", columns, rows, period="2026")
    ours = best_time(timed(lambda: render_ledger(doc, fonts=fonts)))
    base = best_time(timed(lambda: bare_ledger(rows, fonts)))
    report_figure(
        "ledger 10,000 rows vs bare canvas",
        f"{ours:.2f} s",
        f"{base:.2f} s",
        ours / base,
        "≤ 1.5×",
        ours / base <= 1.5,
    )
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        report_figure("ledger 10,000 rows vs LibreOffice", f"{ours:.2f} s", "no soffice")
        return
    lo = _libreoffice_seconds(soffice, columns, rows)
    report_figure(
        "ledger 10,000 rows vs LibreOffice xlsx→pdf",
        f"{ours:.2f} s",
        f"{lo:.2f} s",
        lo / ours,
        "≥ 2× faster",
        lo / ours >= 2,
    )
