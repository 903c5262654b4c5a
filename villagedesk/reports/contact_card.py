"""Contact cards (联系卡): credit-card size (85.6 × 54 mm), 10 per A4 sheet with crop marks.

The front shows the station and card title, the member's name, branch, claimed posts and phone,
the community contact and the card number; its QR code carries the community contact as a vCard
with a tel: number. That code is the same on every card, so it is encoded once and drawn as one
reusable PDF form. The optional back (the member's pledges) follows each sheet of fronts with its
columns mirrored, so that long-edge duplex printing puts each back behind its front.
"""

from __future__ import annotations

import io
import itertools
import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from villagedesk.core.printing import NO_OFFSETS, CardData, CardSet, PrinterOffsets, StationContact
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate, msg
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.glyphs import GlyphProblem
from villagedesk.reports.printed_text import Pen, check_texts, identity, new_canvas, start_page

CTX = "ContactCard"
CARD_W, CARD_H = 85.6 * mm, 54 * mm
COLUMNS, ROWS = 2, 5
PER_SHEET = COLUMNS * ROWS
SHEET_W, SHEET_H = A4
LEFT = (SHEET_W - COLUMNS * CARD_W) / 2
BOTTOM = (SHEET_H - ROWS * CARD_H) / 2
MARK_GAP, MARK_LEN = 1.5 * mm, 5 * mm
QR_SIZE = 19 * mm
QR_FORM = "vdContactQr"
DRAWING = msg(CTX, QT_TRANSLATE_NOOP("ContactCard", "Drawing the contact cards…"))
RED = colors.HexColor("#C8102E")
GREY = colors.HexColor("#555555")


def vcard(contact: StationContact) -> str:
    """The community contact as a vCard whose phone is a tel: URI ("" without a phone)."""
    phone = "".join(ch for ch in contact.contact_phone if ch.isdigit() or ch in "+-")
    if not phone:
        return ""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")

    name = esc(contact.contact_name or contact.station_name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"FN:{name}",
        f"N:{name};;;;",
        f"ORG:{esc(contact.station_name)}",
        f"TEL;VALUE=uri;TYPE=voice:tel:{phone}",
        "END:VCARD",
    ]
    return "\r\n".join(lines) + "\r\n"


def slot(index: int, *, back: bool = False) -> tuple[float, float]:
    """Lower-left corner of the card at ``index`` (0–9, row by row from the top left) on its
    sheet; on a back sheet the columns are mirrored."""
    row, col = divmod(index % PER_SHEET, COLUMNS)
    if back:
        col = COLUMNS - 1 - col
    return LEFT + col * CARD_W, BOTTOM + (ROWS - 1 - row) * CARD_H


def draw_crop_marks(canvas: Canvas) -> None:
    """Short hairlines outside the grid on every cut line."""
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.25)
    right, top = LEFT + COLUMNS * CARD_W, BOTTOM + ROWS * CARD_H
    for col in range(COLUMNS + 1):
        x = LEFT + col * CARD_W
        canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK_LEN)
        canvas.line(x, BOTTOM - MARK_GAP, x, BOTTOM - MARK_GAP - MARK_LEN)
    for row in range(ROWS + 1):
        y = BOTTOM + row * CARD_H
        canvas.line(LEFT - MARK_GAP - MARK_LEN, y, LEFT - MARK_GAP, y)
        canvas.line(right + MARK_GAP, y, right + MARK_GAP + MARK_LEN, y)


def define_qr_form(canvas: Canvas, value: str) -> bool:
    """Encode ``value`` once as a QR code in a reusable form; False when there is nothing.

    The modules are drawn as one path straight on the canvas (renderPDF would add an unembedded
    Helvetica to the file)."""
    if not value:
        return False
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    count = code.getModuleCount()
    border = 1
    box = QR_SIZE / (count + 2 * border)
    canvas.beginForm(QR_FORM, 0, 0, QR_SIZE, QR_SIZE)
    canvas.setFillColor(colors.black)
    path = canvas.beginPath()
    for r, row in enumerate(code.modules):
        c = 0
        for dark, run in itertools.groupby(bool(m) for m in row):
            n = len(list(run))
            if dark:
                path.rect((c + border) * box, QR_SIZE - (r + border + 1) * box, n * box, box)
            c += n
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.endForm()
    return True


class _Labels:
    def __init__(self, tr: Translate, year: int) -> None:
        self.title = tr(
            CTX, QT_TRANSLATE_NOOP("ContactCard", "In-service Party member contact card")
        )
        self.branch = tr(CTX, QT_TRANSLATE_NOOP("ContactCard", "Branch"))
        self.posts = tr(CTX, QT_TRANSLATE_NOOP("ContactCard", "Posts"))
        self.phone = tr(CTX, QT_TRANSLATE_NOOP("ContactCard", "Phone"))
        self.contact = tr(CTX, QT_TRANSLATE_NOOP("ContactCard", "Community contact"))
        self.number = tr(CTX, QT_TRANSLATE_NOOP("ContactCard", "Card No."))
        self.scan = tr(CTX, QT_TRANSLATE_NOOP("ContactCard", "Scan to save the contact"))
        self.pledges = tr(CTX, QT_TRANSLATE_NOOP("ContactCard", "My pledges for {year}")).format(
            year=year
        )
        self.no_pledges = tr(CTX, QT_TRANSLATE_NOOP("ContactCard", "No pledges recorded."))
        self.sign = tr(CTX, QT_TRANSLATE_NOOP("ContactCard", "Holder's signature"))


def _front(
    pen: Pen, x: float, y: float, card: CardData, contact: StationContact, labels: _Labels, qr: bool
) -> None:
    c = pen.canvas
    band = 10.5 * mm
    c.setFillColor(RED)
    c.rect(x, y + CARD_H - band, CARD_W, band, stroke=0, fill=1)
    c.setFillColor(colors.white)
    pad = 3.5 * mm
    pen.draw(x + pad, y + CARD_H - 4.3 * mm, contact.station_name, 6.5)
    pen.draw(x + pad, y + CARD_H - 8.8 * mm, labels.title, 9.5)
    c.setFillColor(colors.black)
    text_w = CARD_W - 2 * pad - QR_SIZE - 2 * mm
    top = y + CARD_H - band - 6.2 * mm
    pen.draw(x + pad, top, card.name, 12)
    size, step = 7, 3.6 * mm
    line = top - 5.2 * mm
    rows = [
        (labels.branch, card.branch, 1),
        (labels.posts, "、".join(card.posts), 2),
        (labels.phone, card.phone, 1),
    ]
    for label, value, most in rows:
        head = f"{label}："
        head_w = pen.draw_w(x + pad, line, head, size)
        for part in pen.fit(value, text_w - head_w, size, most) if value else [""]:
            pen.draw(x + pad + head_w, line, part, size)
            line -= step
    c.setFillColor(GREY)
    pen.draw(
        x + pad,
        y + 7.2 * mm,
        f"{labels.contact}：{contact.contact_name}  {contact.contact_phone}",
        size,
    )
    pen.draw(x + pad, y + 3.2 * mm, f"{labels.number}：{card.card_number}", 6.5)
    c.setFillColor(colors.black)
    if qr:
        qx, qy = x + CARD_W - pad - QR_SIZE, y + 7 * mm
        c.saveState()
        c.translate(qx, qy)
        c.doForm(QR_FORM)
        c.restoreState()
        c.setFillColor(GREY)
        pen.centred(qx + QR_SIZE / 2, y + 3.2 * mm, labels.scan, 5.5)
        c.setFillColor(colors.black)


def _back(
    pen: Pen, x: float, y: float, card: CardData, contact: StationContact, labels: _Labels
) -> None:
    c = pen.canvas
    pad = 4 * mm
    c.setFillColor(RED)
    c.rect(x, y + CARD_H - 2 * mm, CARD_W, 2 * mm, stroke=0, fill=1)
    pen.draw(x + pad, y + CARD_H - 7.5 * mm, labels.pledges, 9)
    c.setFillColor(colors.black)
    size, step = 7, 3.7 * mm
    line = y + CARD_H - 13 * mm
    width = CARD_W - 2 * pad - 4 * mm
    if not card.pledges:
        pen.draw(x + pad, line, labels.no_pledges, size)
    for n, pledge in enumerate(card.pledges[:2], start=1):
        pen.draw(x + pad, line, f"{n}.", size)
        for part in pen.fit(pledge, width, size, 3):
            pen.draw(x + pad + 4 * mm, line, part, size)
            line -= step
        line -= 1 * mm
    c.setFillColor(GREY)
    sign_w = pen.draw_w(x + pad, y + 4 * mm, f"{labels.sign}：", 6.5)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(x + pad + sign_w + 1 * mm, y + 3.6 * mm, x + pad + sign_w + 30 * mm, y + 3.6 * mm)
    pen.right(x + CARD_W - pad, y + 4 * mm, card.card_number, 6.5)
    c.setFillColor(colors.black)


def card_texts(cards: CardSet, *, backs: bool) -> list[tuple[str, str]]:
    """(record, text) of everything the cards print, for the glyph check."""
    items = [
        (cards.contact.station_name, f"{cards.contact.station_name}{cards.contact.contact_name}")
    ]
    for card in cards.cards:
        texts = [card.name, card.branch, *card.posts, card.phone, card.card_number]
        if backs:
            texts += card.pledges
        items.append((card.name, "".join(texts)))
    return items


def write_cards(
    path: str | os.PathLike[str],
    *,
    cards: CardSet,
    backs: bool = False,
    offsets: PrinterOffsets = NO_OFFSETS,
    translate: Translate = identity,
    progress: Progress | None = None,
) -> list[GlyphProblem]:
    """Write the cards to an A4 PDF at ``path`` atomically: sheets of 10 fronts, each followed by
    its sheet of backs when ``backs``. Returns the characters no font covers (drawn as □).

    ``progress`` counts the cards drawn; a cancel raises :class:`~villagedesk.core.progress.
    Cancelled` at the next card and no file is written (nor any temp file left)."""
    problems = check_texts(card_texts(cards, backs=backs))
    buf = io.BytesIO()
    draw_cards(
        buf, cards=cards, backs=backs, offsets=offsets, translate=translate, progress=progress
    )
    if progress is not None:
        progress.check()
    atomic_write_bytes(Path(path), buf.getvalue())
    return problems


def draw_cards(
    target: io.BytesIO,
    *,
    cards: CardSet,
    backs: bool,
    offsets: PrinterOffsets,
    translate: Translate,
    progress: Progress | None = None,
) -> None:
    labels = _Labels(translate, cards.campaign_year)
    if progress is not None:
        progress.start(len(cards.cards) * (2 if backs else 1), DRAWING)
    canvas = new_canvas(target, A4, title=labels.title, author=cards.contact.station_name)
    pen = Pen(canvas)
    qr = define_qr_form(canvas, vcard(cards.contact))
    all_cards: Sequence[CardData] = cards.cards
    for first in range(0, max(len(all_cards), 1), PER_SHEET):
        sheet = all_cards[first : first + PER_SHEET]
        start_page(canvas, offsets)
        draw_crop_marks(canvas)
        for i, card in enumerate(sheet):
            x, y = slot(i)
            _front(pen, x, y, card, cards.contact, labels, qr)
            if progress is not None:
                progress.advance()  # raises Cancelled once the user cancelled
        canvas.showPage()
        if backs:
            start_page(canvas, offsets)
            draw_crop_marks(canvas)
            for i, card in enumerate(sheet):
                x, y = slot(i, back=True)
                _back(pen, x, y, card, cards.contact, labels)
                if progress is not None:
                    progress.advance()
            canvas.showPage()
    canvas.save()
