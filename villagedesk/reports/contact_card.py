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
import re
from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from villagedesk.core.printing.model import (
    NO_OFFSETS,
    CardData,
    CardSet,
    PrinterOffsets,
    StationContact,
)
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate, msg
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.glyphs import GlyphProblem
from villagedesk.reports.printed_text import Pen, check_texts, identity, new_canvas, start_page
from villagedesk.reports.text_fit import Kind, fit_block, wrap

CTX = "ContactCard"
CARD_W, CARD_H = 85.6 * mm, 54 * mm
COLUMNS, ROWS = 2, 5
PER_SHEET = COLUMNS * ROWS
SHEET_W, SHEET_H = A4
GUTTER_X, GUTTER_Y = 4 * mm, 3 * mm
"""The gaps between cards, across and down: each card is cut out on its own four lines."""
PITCH_X, PITCH_Y = CARD_W + GUTTER_X, CARD_H + GUTTER_Y
GRID_W = COLUMNS * CARD_W + (COLUMNS - 1) * GUTTER_X
GRID_H = ROWS * CARD_H + (ROWS - 1) * GUTTER_Y
LEFT = (SHEET_W - GRID_W) / 2
BOTTOM = (SHEET_H - GRID_H) / 2
SAFE = 2 * mm
"""Colour keeps this far inside the trim, so a cut a little off never leaves a sliver."""
MARK_GAP, MARK_LEN = 0.75 * mm, 4 * mm
PAD = 4 * mm
BAND_H = 10.5 * mm
QR_SIZE = 19 * mm
QR_FORM = "vdContactQr"
MIN_SIZE = 6.0
DRAWING = msg(CTX, QT_TRANSLATE_NOOP("ContactCard", "Drawing the contact cards…"))
RED = colors.HexColor("#C8102E")
GREY = colors.HexColor("#555555")

_MOBILE = re.compile(r"^(?:\+?86|0086)?(1[3-9]\d{9})$")
_LANDLINE = re.compile(r"^0(10|2\d|[3-9]\d\d)-?([1-9]\d{6,7})(?:(?:-|转|#)(\d{1,6}))?$")


def tel_uri(phone: str) -> str:
    """A phone as a global RFC 3966 tel: URI: ``tel:+86-139-0533-1234`` for a mobile,
    ``tel:+86-24-42812345;ext=8021`` for a landline (area code without its 0, the extension as
    ``;ext=``); "" without digits. A number with no area code keeps ``;phone-context=+86``."""
    text = "".join(phone.split()).replace("（", "(").replace("）", ")")
    text = re.sub(r"^\((0\d{2,3})\)", r"\1-", text)
    if not any(ch.isdigit() for ch in text):
        return ""
    plain = text.replace("-", "")
    mobile = _MOBILE.match(plain)
    if mobile:
        n = mobile[1]
        return f"tel:+86-{n[:3]}-{n[3:7]}-{n[7:]}"
    landline = _LANDLINE.match(text)
    if landline:
        area, local, ext = landline.groups()
        return f"tel:+86-{area}-{local}" + (f";ext={ext}" if ext else "")
    if text.startswith("+"):
        return "tel:+" + "".join(ch for ch in text if ch.isdigit() or ch == "-").lstrip("-")
    digits = "".join(ch for ch in text if ch.isdigit())
    return f"tel:{digits};phone-context=+86"


def vcard(contact: StationContact) -> str:
    """The community contact as a vCard 4.0 whose phone is a global tel: URI ("" without one)."""
    uri = tel_uri(contact.contact_phone)
    if not uri:
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
        f"TEL;VALUE=uri;TYPE=voice:{uri}",
        "END:VCARD",
    ]
    return "\r\n".join(lines) + "\r\n"


def slot(index: int, *, back: bool = False) -> tuple[float, float]:
    """Lower-left corner of the card at ``index`` (0–9, row by row from the top left) on its
    sheet; on a back sheet the columns are mirrored (the sheet turns over its long edge, so a
    back lands behind its front whatever the gutters)."""
    row, col = divmod(index % PER_SHEET, COLUMNS)
    x = LEFT + col * PITCH_X
    if back:
        x = SHEET_W - x - CARD_W
    return x, BOTTOM + (ROWS - 1 - row) * PITCH_Y


Segment = tuple[float, float, float, float]


def crop_marks() -> list[Segment]:
    """Every crop mark as (x0, y0, x1, y1): along each card's four cut lines, outside the grid
    (``MARK_LEN`` long) and across the gutters, always ``MARK_GAP`` clear of every card."""
    xs = sorted({LEFT + c * PITCH_X + d for c in range(COLUMNS) for d in (0.0, CARD_W)})
    ys = sorted({BOTTOM + r * PITCH_Y + d for r in range(ROWS) for d in (0.0, CARD_H)})
    right, top = LEFT + GRID_W, BOTTOM + GRID_H
    marks: list[Segment] = []
    for x in xs:
        marks.append((x, top + MARK_GAP, x, top + MARK_GAP + MARK_LEN))
        marks.append((x, BOTTOM - MARK_GAP, x, BOTTOM - MARK_GAP - MARK_LEN))
        for r in range(ROWS - 1):  # across each gutter between two rows
            low = BOTTOM + r * PITCH_Y + CARD_H
            marks.append((x, low + MARK_GAP, x, low + GUTTER_Y - MARK_GAP))
    for y in ys:
        marks.append((LEFT - MARK_GAP - MARK_LEN, y, LEFT - MARK_GAP, y))
        marks.append((right + MARK_GAP, y, right + MARK_GAP + MARK_LEN, y))
        for c in range(COLUMNS - 1):  # across each gutter between two columns
            edge = LEFT + c * PITCH_X + CARD_W
            marks.append((edge + MARK_GAP, y, edge + GUTTER_X - MARK_GAP, y))
    return marks


def draw_crop_marks(canvas: Canvas) -> None:
    """Hairlines on every card's cut lines, in the margins and the gutters (:func:`crop_marks`)."""
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.25)
    for x0, y0, x1, y1 in crop_marks():
        canvas.line(x0, y0, x1, y1)


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
        self.scan = tr(CTX, QT_TRANSLATE_NOOP("ContactCard", "Scan to save the community contact"))
        self.pledges = tr(CTX, QT_TRANSLATE_NOOP("ContactCard", "My pledges for {year}")).format(
            year=year
        )
        self.no_pledges = tr(CTX, QT_TRANSLATE_NOOP("ContactCard", "No pledges recorded."))
        self.sign = tr(CTX, QT_TRANSLATE_NOOP("ContactCard", "Holder's signature"))
        self.more_posts = tr(
            CTX, QT_TRANSLATE_NOOP("ContactCard", "{posts} and others, {count} posts in all")
        )
        self.posts_cut = tr(
            CTX, QT_TRANSLATE_NOOP("ContactCard", "not every post fits on the card: {posts}")
        )
        self.pledges_cut = tr(
            CTX, QT_TRANSLATE_NOOP("ContactCard", "the pledges do not fit on the back of the card")
        )


SEP = "、"
LABEL_SIZE = 7.0
LEADING = 1.3


def _fit_rows(
    pen: Pen, rows: list[tuple[str, str, Kind]], width: float, height: float
) -> tuple[list[tuple[str, tuple[str, ...]]], float, bool]:
    """The front's labelled rows, each value wrapped beside its label, at the largest size from
    7 pt down to 6 pt at which they all fit in ``height``."""
    size = LABEL_SIZE
    while True:
        laid: list[tuple[str, tuple[str, ...]]] = []
        cut = False
        for label, value, kind in rows:
            head = f"{label}："
            lines, broke = wrap(value, width - pen.width(head, size), size, pen.width, kind)
            laid.append((head, tuple(lines)))
            cut = cut or broke
        used = sum(len(lines) for _, lines in laid) * size * LEADING
        if (not cut and used <= height + 1e-6) or size <= MIN_SIZE:
            return laid, size, not cut and used <= height + 1e-6
        size = max(MIN_SIZE, size - 0.25)


def _posts_rows(
    pen: Pen, card: CardData, labels: _Labels, width: float, height: float
) -> tuple[list[tuple[str, tuple[str, ...]]], float]:
    """The branch, posts and phone rows; when even 6 pt is too big for every post, as many posts
    as fit followed by "等N个岗位", reported as a problem (never a silent "…")."""

    def rows(posts_text: str) -> list[tuple[str, str, Kind]]:
        return [
            (labels.branch, card.branch, Kind.TEXT),
            (labels.posts, posts_text, Kind.LIST),
            (labels.phone, card.phone, Kind.NUMBER),
        ]

    laid, size, ok = _fit_rows(pen, rows(SEP.join(card.posts)), width, height)
    if ok:
        return laid, size
    total = len(card.posts)
    for kept in range(total - 1, -1, -1):
        shown = labels.more_posts.format(posts=SEP.join(card.posts[:kept]), count=total)
        laid, size, ok = _fit_rows(pen, rows(shown.lstrip(SEP)), width, height)
        if ok:
            break
    pen.report(labels.posts_cut.format(posts=SEP.join(card.posts)))
    if not ok:
        pen.report_unfitted(card.branch)
    return laid, size


def _front(
    pen: Pen, x: float, y: float, card: CardData, contact: StationContact, labels: _Labels, qr: bool
) -> None:
    c = pen.canvas
    pen.record = card.name
    inner_w = CARD_W - 2 * SAFE
    c.setFillColor(RED)
    c.rect(x + SAFE, y + CARD_H - SAFE - BAND_H, inner_w, BAND_H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    band_text_w = CARD_W - 2 * PAD
    station = pen.fit(contact.station_name, band_text_w, 6.5, max_lines=1)
    pen.draw(x + PAD, y + CARD_H - SAFE - 3.6 * mm, station.lines[0], station.size)
    title = pen.fit(labels.title, band_text_w, 9.5, max_lines=1)
    pen.draw(x + PAD, y + CARD_H - SAFE - 8.2 * mm, title.lines[0], title.size)
    c.setFillColor(colors.black)
    text_w = CARD_W - 2 * PAD - QR_SIZE - 2 * mm
    top = y + CARD_H - SAFE - BAND_H - 5.6 * mm
    name = pen.fit(card.name, text_w, 12, kind=Kind.NAME, max_lines=1)
    pen.draw(x + PAD, top, name.lines[0], name.size)
    first = top - 4.6 * mm  # the first row's baseline
    bottom = y + 10.2 * mm  # the lowest baseline above the contact line
    laid, size = _posts_rows(pen, card, labels, text_w, first - bottom + size_line(LABEL_SIZE))
    step = size * LEADING
    line = first
    for head, lines in laid:
        head_w = pen.draw_w(x + PAD, line, head, size)
        for part in lines or ("",):
            if line >= bottom - 0.01:
                pen.draw(x + PAD + head_w, line, part, size)
            line -= step
    c.setFillColor(GREY)
    contact_text = f"{labels.contact}：{contact.contact_name}  {contact.contact_phone}"
    shown = pen.fit(contact_text, text_w, 7, max_lines=1)
    pen.draw(x + PAD, y + 6.6 * mm, shown.lines[0], shown.size)
    number = pen.fit(f"{labels.number}：{card.card_number}", text_w, 6.5, max_lines=1)
    number_w = pen.draw_w(x + PAD, y + 3.2 * mm, number.lines[0], number.size)
    c.setFillColor(colors.black)
    if qr:
        qx, qy = x + CARD_W - PAD - QR_SIZE, y + 6.6 * mm
        c.saveState()
        c.translate(qx, qy)
        c.doForm(QR_FORM)
        c.restoreState()
        c.setFillColor(GREY)
        # under the code, ending at its right edge; as wide as the card number leaves room for
        room = CARD_W - 2 * PAD - number_w - 3 * mm
        scan = pen.fit(labels.scan, room, 6.5, max_lines=1)
        label_w = pen.width(scan.lines[0], scan.size)
        centre = min(qx + QR_SIZE / 2, x + CARD_W - PAD - label_w / 2)
        pen.centred(centre, y + 3.2 * mm, scan.lines[0], scan.size)
        c.setFillColor(colors.black)


def size_line(size: float) -> float:
    """The height one line at ``size`` takes (its leading)."""
    return size * LEADING


def _back(
    pen: Pen, x: float, y: float, card: CardData, contact: StationContact, labels: _Labels
) -> None:
    c = pen.canvas
    pen.record = card.name
    c.setFillColor(RED)
    c.rect(x + SAFE, y + CARD_H - SAFE - 1.6 * mm, CARD_W - 2 * SAFE, 1.6 * mm, stroke=0, fill=1)
    pen.draw(x + PAD, y + CARD_H - 8 * mm, labels.pledges, 9)
    c.setFillColor(colors.black)
    number_w = 4 * mm
    width = CARD_W - 2 * PAD - number_w
    first = y + CARD_H - 12.5 * mm  # the first line's baseline
    bottom = y + 8.2 * mm  # the lowest baseline above the signature line
    if not card.pledges:
        pen.draw(x + PAD, first, labels.no_pledges, 7)
    else:
        gap = 0.8 * mm
        height = first - bottom + size_line(7.5)
        paragraphs = [(p, Kind.TEXT) for p in card.pledges]
        laid, size, ok = fit_block(
            paragraphs, width, height, 7.5, pen.width, leading=LEADING, gap=gap
        )
        if not ok:
            pen.report(labels.pledges_cut)
        line = first
        for n, lines in enumerate(laid, start=1):
            if line >= bottom - 0.01:
                pen.draw(x + PAD, line, f"{n}.", size)
            for part in lines:
                if line >= bottom - 0.01:
                    pen.draw(x + PAD + number_w, line, part, size)
                line -= size * LEADING
            line -= gap
    c.setFillColor(GREY)
    sign_w = pen.draw_w(x + PAD, y + 4 * mm, f"{labels.sign}：", 6.5)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(x + PAD + sign_w + 1 * mm, y + 3.6 * mm, x + PAD + sign_w + 30 * mm, y + 3.6 * mm)
    pen.right(x + CARD_W - PAD, y + 4 * mm, card.card_number, 6.5)
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
    its sheet of backs when ``backs``. Returns the characters no font covers (drawn as □) and
    the texts that could not be printed in full (fit problems).

    ``progress`` counts the cards drawn; a cancel raises :class:`~villagedesk.core.progress.
    Cancelled` at the next card and no file is written (nor any temp file left)."""
    problems = check_texts(card_texts(cards, backs=backs))
    buf = io.BytesIO()
    problems += draw_cards(
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
) -> list[GlyphProblem]:
    """Draw the cards on a new canvas writing to ``target``; returns the texts that did not fit
    (fit problems, each with the member's name)."""
    labels = _Labels(translate, cards.campaign_year)
    if progress is not None:
        progress.start(len(cards.cards) * (2 if backs else 1), DRAWING)
    canvas = new_canvas(target, A4, title=labels.title, author=cards.contact.station_name)
    pen = Pen(canvas, translate=translate)
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
    return pen.problems
