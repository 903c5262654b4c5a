"""What one contact card (联系卡) shows: the front (station band, name, branch, claimed posts,
phone, community contact, card number, the QR code) and the back (the member's pledges and a
line to sign on), each fitted to the card by the print rules and drawn at a slot of the sheet."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm

from villagedesk.core.printing.model import CardData, StationContact
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.reports.card_qr import QR_FORM, QR_SIZE
from villagedesk.reports.card_sheet import CARD_H, CARD_W, SAFE
from villagedesk.reports.printed_text import Pen
from villagedesk.reports.text_fit import Kind, fit_block, wrap

CTX = "ContactCard"
PAD = 4 * mm
BAND_H = 10.5 * mm
MIN_SIZE = 6.0
RED = colors.HexColor("#C8102E")
GREY = colors.HexColor("#555555")
SEP = "、"
LABEL_SIZE = 7.0
LEADING = 1.3


class CardLabels:
    """The card's words, translated once per batch."""

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
    pen: Pen, card: CardData, labels: CardLabels, width: float, height: float
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


def draw_front(
    pen: Pen,
    x: float,
    y: float,
    card: CardData,
    contact: StationContact,
    labels: CardLabels,
    qr: bool,
) -> None:
    """The card's front with its lower-left corner at (x, y); ``qr``: the code's form exists."""
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


def draw_back(
    pen: Pen, x: float, y: float, card: CardData, contact: StationContact, labels: CardLabels
) -> None:
    """The card's back (its pledges, numbered) with its lower-left corner at (x, y)."""
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
