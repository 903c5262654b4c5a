"""The pages of the work handbook, each drawn on an A5 form by :mod:`reports.handbook`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm

from villagedesk.core.in_service import Rating
from villagedesk.core.printing import HandbookData, LogLine, PostLine
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.reports.printed_text import Pen

CTX = "Handbook"
PAGE_W, PAGE_H = A5
SIDE, TOP, BOTTOM = 14 * mm, 16 * mm, 16 * mm
WIDTH = PAGE_W - 2 * SIDE
RED = colors.HexColor("#C8102E")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#999999")
LOG_COLUMNS = (18 * mm, 20 * mm, 48 * mm, 12 * mm, 22 * mm)
LOG_SIZE, LOG_LEADING = 8.0, 3.6 * mm


class Labels:
    """The handbook's words, translated once per handbook."""

    def __init__(self, tr: Translate, year: int) -> None:
        def t(text: str) -> str:
            return tr(CTX, text)

        self.translate = tr
        self.title = t(QT_TRANSLATE_NOOP("Handbook", "Work handbook"))
        self.subtitle = t(
            QT_TRANSLATE_NOOP("Handbook", "In-service Party members serving the community")
        )
        self.year = t(QT_TRANSLATE_NOOP("Handbook", "Campaign year {year}")).format(year=year)
        self.contents = t(QT_TRANSLATE_NOOP("Handbook", "Contents"))
        self.profile = t(QT_TRANSLATE_NOOP("Handbook", "Profile"))
        self.posts = t(QT_TRANSLATE_NOOP("Handbook", "Posts claimed"))
        self.pledges = t(QT_TRANSLATE_NOOP("Handbook", "My pledges"))
        self.log = t(QT_TRANSLATE_NOOP("Handbook", "Service log"))
        self.assessment = t(QT_TRANSLATE_NOOP("Handbook", "Assessment"))
        self.name = t(QT_TRANSLATE_NOOP("Handbook", "Name"))
        self.card = t(QT_TRANSLATE_NOOP("Handbook", "Card No."))
        self.branch = t(QT_TRANSLATE_NOOP("Handbook", "Branch"))
        self.photo = t(QT_TRANSLATE_NOOP("Handbook", "Photo"))
        self.fields = [
            t(QT_TRANSLATE_NOOP("Handbook", "Name")),
            t(QT_TRANSLATE_NOOP("Handbook", "Sex")),
            t(QT_TRANSLATE_NOOP("Handbook", "Born")),
            t(QT_TRANSLATE_NOOP("Handbook", "Ethnic group")),
            t(QT_TRANSLATE_NOOP("Handbook", "Education")),
            t(QT_TRANSLATE_NOOP("Handbook", "Standing")),
            t(QT_TRANSLATE_NOOP("Handbook", "Joined the Party")),
            t(QT_TRANSLATE_NOOP("Handbook", "Branch")),
            t(QT_TRANSLATE_NOOP("Handbook", "Work unit")),
            t(QT_TRANSLATE_NOOP("Handbook", "Phone")),
            t(QT_TRANSLATE_NOOP("Handbook", "Address")),
            t(QT_TRANSLATE_NOOP("Handbook", "Card No.")),
            t(QT_TRANSLATE_NOOP("Handbook", "Reported on")),
        ]
        self.claimed = t(QT_TRANSLATE_NOOP("Handbook", "Claimed on {date}"))
        self.ended = t(QT_TRANSLATE_NOOP("Handbook", "ended on {date}"))
        self.contact = t(QT_TRANSLATE_NOOP("Handbook", "Contact"))
        self.no_posts = t(QT_TRANSLATE_NOOP("Handbook", "No post claimed yet."))
        self.no_pledges = t(QT_TRANSLATE_NOOP("Handbook", "No pledges recorded yet."))
        self.pledger = t(QT_TRANSLATE_NOOP("Handbook", "Signature"))
        self.date = t(QT_TRANSLATE_NOOP("Handbook", "Date"))
        self.log_heads = [
            t(QT_TRANSLATE_NOOP("Handbook", "Date")),
            t(QT_TRANSLATE_NOOP("Handbook", "Post")),
            t(QT_TRANSLATE_NOOP("Handbook", "What was done")),
            t(QT_TRANSLATE_NOOP("Handbook", "Hours")),
            t(QT_TRANSLATE_NOOP("Handbook", "For whom")),
        ]
        self.evidence = t(
            QT_TRANSLATE_NOOP("Handbook", "Service records: {records}    Hours of service: {hours}")
        )
        self.community = t(QT_TRANSLATE_NOOP("Handbook", "Community's rating"))
        self.unit = t(QT_TRANSLATE_NOOP("Handbook", "Work unit's rating"))
        self.comment = t(QT_TRANSLATE_NOOP("Handbook", "Comments"))
        self.community_stamp = t(
            QT_TRANSLATE_NOOP("Handbook", "Community Party organisation (stamp)")
        )
        self.unit_stamp = t(QT_TRANSLATE_NOOP("Handbook", "Work unit Party organisation (stamp)"))
        self.ymd = t(QT_TRANSLATE_NOOP("Handbook", "Year    Month    Day"))


def _heading(pen: Pen, title: str) -> float:
    """The page's title and rule; returns the y below them."""
    c = pen.canvas
    y = PAGE_H - TOP
    c.setFillColor(RED)
    pen.draw(SIDE, y, title, 14)
    c.setStrokeColor(RED)
    c.setLineWidth(1.2)
    c.line(SIDE, y - 3 * mm, PAGE_W - SIDE, y - 3 * mm)
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)
    return float(y - 11 * mm)


def draw_cover(pen: Pen, book: HandbookData, labels: Labels) -> None:
    c = pen.canvas
    c.setFillColor(RED)
    c.rect(0, PAGE_H - 62 * mm, PAGE_W, 62 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    pen.centred(PAGE_W / 2, PAGE_H - 24 * mm, book.contact.station_name, 12)
    pen.centred(PAGE_W / 2, PAGE_H - 42 * mm, labels.title, 28)
    pen.centred(PAGE_W / 2, PAGE_H - 53 * mm, labels.subtitle, 10.5)
    c.setFillColor(colors.black)
    pen.centred(PAGE_W / 2, PAGE_H - 80 * mm, labels.year, 14)
    rows = [
        (labels.name, book.profile.name),
        (labels.branch, book.profile.branch),
        (labels.card, book.profile.card_number),
    ]
    y = 62 * mm
    left = SIDE + 14 * mm
    c.setLineWidth(0.6)
    for label, value in rows:
        head = pen.draw_w(left, y, f"{label}：", 11)
        pen.draw(left + head + 2 * mm, y, pen.fit(value, WIDTH - 30 * mm - head, 11, 1)[0], 11)
        c.line(left + head, y - 1.6 * mm, PAGE_W - SIDE - 14 * mm, y - 1.6 * mm)
        y -= 11 * mm


def draw_contents(pen: Pen, entries: Sequence[tuple[str, int]], labels: Labels) -> None:
    c = pen.canvas
    y = _heading(pen, labels.contents) - 4 * mm
    for title, page in entries:
        end = pen.draw_w(SIDE, y, title, 11)
        number = str(page)
        pen.right(PAGE_W - SIDE, y, number, 11)
        c.setDash(1, 2)
        c.setLineWidth(0.6)
        c.setStrokeColor(LIGHT)
        c.line(SIDE + end + 2 * mm, y, PAGE_W - SIDE - pen.width(number, 11) - 2 * mm, y)
        c.setDash()
        c.setStrokeColor(colors.black)
        y -= 10 * mm


def draw_profile(pen: Pen, book: HandbookData, labels: Labels) -> None:
    c = pen.canvas
    p, translate = book.profile, labels.translate
    top = _heading(pen, labels.profile)
    photo_w, photo_h = 25 * mm, 32 * mm
    c.setStrokeColor(LIGHT)
    c.rect(PAGE_W - SIDE - photo_w, top - photo_h, photo_w, photo_h, stroke=1, fill=0)
    c.setFillColor(LIGHT)
    pen.centred(PAGE_W - SIDE - photo_w / 2, top - photo_h / 2, labels.photo, 9)
    c.setFillColor(colors.black)
    values = [
        p.name,
        translate("Enum", p.sex.label),
        p.birth_date.strftime("%Y.%m"),
        p.ethnicity,
        translate("Enum", p.education.label) if p.education else "",
        translate("Enum", p.standing.label),
        p.joined_on.display() if p.joined_on else "",
        p.branch,
        p.work_unit,
        p.phone,
        p.address,
        p.card_number,
        p.registered_on.strftime("%Y.%m.%d") if p.registered_on else "",
    ]
    row_h, label_w = 9 * mm, 26 * mm
    y = top - photo_h - 4 * mm
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.line(SIDE, y, PAGE_W - SIDE, y)
    for label, value in zip(labels.fields, values, strict=True):
        pen.draw(SIDE + 1.5 * mm, y - 6 * mm, label, 9.5)
        text = pen.fit(value, WIDTH - label_w - 3 * mm, 9.5, 1)[0]
        pen.draw(SIDE + label_w + 1.5 * mm, y - 6 * mm, text, 9.5)
        y -= row_h
        c.line(SIDE, y, PAGE_W - SIDE, y)
    c.line(SIDE + label_w, y, SIDE + label_w, top - photo_h - 4 * mm)


def _post_lines(pen: Pen, post: PostLine, width: float, labels: Labels) -> list[tuple[str, float]]:
    lines: list[tuple[str, float]] = [(post.name, 11)]
    lines += [(s, 9) for s in pen.wrap(post.description, width, 9)] if post.description else []
    when = labels.claimed.format(date=post.claimed_on.strftime("%Y.%m.%d"))
    if post.ended_on:
        when += "，" + labels.ended.format(date=post.ended_on.strftime("%Y.%m.%d"))
    lines.append((when, 9))
    if post.contact_name or post.contact_phone:
        lines.append((f"{labels.contact}：{post.contact_name}  {post.contact_phone}", 9))
    return lines


def post_height(pen: Pen, post: PostLine, width: float) -> float:
    return float((len(pen.wrap(post.description, width - 6 * mm, 9)) + 3) * 5 * mm + 9 * mm)


def draw_posts(pen: Pen, book: HandbookData, chunk: Sequence[int], labels: Labels) -> None:
    y = _heading(pen, labels.posts)
    if not book.posts:
        pen.draw(SIDE, y, labels.no_posts, 10)
        return
    c = pen.canvas
    for i in chunk:
        lines = _post_lines(pen, book.posts[i], WIDTH - 6 * mm, labels)
        height = len(lines) * 5 * mm + 4 * mm
        c.setStrokeColor(LIGHT)
        c.roundRect(SIDE, y - height, WIDTH, height, 2 * mm, stroke=1, fill=0)
        line_y = y - 6 * mm
        for text, size in lines:
            pen.draw(SIDE + 3 * mm, line_y, text, size)
            line_y -= 5 * mm
        y -= height + 5 * mm


def draw_pledges(pen: Pen, book: HandbookData, labels: Labels) -> None:
    c = pen.canvas
    y = _heading(pen, labels.pledges)
    if not book.pledges:
        pen.draw(SIDE, y, labels.no_pledges, 10)
        y -= 8 * mm
    for n, pledge in enumerate(book.pledges, start=1):
        pen.draw(SIDE, y, f"{n}.", 10.5)
        for line in pen.wrap(pledge, WIDTH - 6 * mm, 10.5):
            pen.draw(SIDE + 6 * mm, y, line, 10.5)
            y -= 6 * mm
        y -= 4 * mm
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    for label, x in ((labels.pledger, SIDE), (labels.date, SIDE + WIDTH / 2 + 4 * mm)):
        w = pen.draw_w(x, BOTTOM + 14 * mm, f"{label}：", 10)
        c.line(x + w, BOTTOM + 13 * mm, x + w + 30 * mm, BOTTOM + 13 * mm)


@dataclass(frozen=True)
class LogRow:
    cells: tuple[list[str], ...]
    height: float


def log_row(pen: Pen, line: LogLine) -> LogRow:
    texts = (
        line.served_on.strftime("%Y.%m.%d"),
        line.post,
        line.what,
        line.hours,
        line.beneficiary,
    )
    cells = tuple(
        pen.fit(text, width - 2 * mm, LOG_SIZE, 3) if text else [""]
        for text, width in zip(texts, LOG_COLUMNS, strict=True)
    )
    lines = max(len(cell) for cell in cells)
    return LogRow(cells, max(7.5 * mm, lines * LOG_LEADING + 3.5 * mm))


def draw_log(pen: Pen, rows: Sequence[LogRow], blank: int, labels: Labels) -> None:
    c = pen.canvas
    top = _heading(pen, labels.log)
    xs = [SIDE]
    for w in LOG_COLUMNS:
        xs.append(xs[-1] + w)
    c.setFillColor(colors.HexColor("#EEEEEE"))
    c.rect(SIDE, top - 8 * mm, WIDTH, 8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for head, x, w in zip(labels.log_heads, xs, LOG_COLUMNS, strict=False):
        pen.centred(x + w / 2, top - 5.4 * mm, head, LOG_SIZE)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    y = top - 8 * mm
    c.line(SIDE, top, PAGE_W - SIDE, top)
    c.line(SIDE, y, PAGE_W - SIDE, y)
    for row in rows:
        for cell, x in zip(row.cells, xs, strict=False):
            for k, text in enumerate(cell):
                pen.draw(x + 1 * mm, y - 4.6 * mm - k * LOG_LEADING, text, LOG_SIZE)
        y -= row.height
        c.line(SIDE, y, PAGE_W - SIDE, y)
    for _ in range(blank):
        y -= 7.5 * mm
        c.line(SIDE, y, PAGE_W - SIDE, y)
    for x in xs:
        c.line(x, top, x, y)


def _rating_row(pen: Pen, x: float, y: float, chosen: Rating | None, translate: Translate) -> None:
    c = pen.canvas
    for rating in Rating:
        box = 3.2 * mm
        c.rect(x, y - 0.6 * mm, box, box, stroke=1, fill=0)
        if rating is chosen:
            c.setLineWidth(1.1)
            c.line(x + 0.6 * mm, y + 1.1 * mm, x + 1.4 * mm, y + 0.1 * mm)
            c.line(x + 1.4 * mm, y + 0.1 * mm, x + 2.8 * mm, y + 2.4 * mm)
            c.setLineWidth(0.5)
        x += (
            box
            + 1 * mm
            + pen.draw_w(x + box + 1 * mm, y, translate("Enum", rating.label), 9)
            + 4 * mm
        )


def draw_assessment(pen: Pen, book: HandbookData, labels: Labels) -> None:
    c = pen.canvas
    a = book.assessment
    y = _heading(pen, labels.assessment)
    pen.draw(SIDE, y, labels.evidence.format(records=a.records, hours=a.hours), 10)
    y -= 8 * mm
    box_h = 68 * mm
    for title, rating, comment, stamp in (
        (labels.community, a.community_rating, a.community_comment, labels.community_stamp),
        (labels.unit, a.unit_rating, a.unit_comment, labels.unit_stamp),
    ):
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.rect(SIDE, y - box_h + 4 * mm, WIDTH, box_h, stroke=1, fill=0)
        pen.draw(SIDE + 3 * mm, y - 2 * mm, title, 11)
        _rating_row(pen, SIDE + 3 * mm, y - 10 * mm, rating, labels.translate)
        line_y = y - 18 * mm
        pen.draw(SIDE + 3 * mm, line_y, f"{labels.comment}：", 9)
        for text in pen.fit(comment, WIDTH - 6 * mm, 9, 5):
            line_y -= 5 * mm
            pen.draw(SIDE + 3 * mm, line_y, text, 9)
        pen.right(PAGE_W - SIDE - 3 * mm, y - box_h + 14 * mm, stamp, 9)
        pen.right(PAGE_W - SIDE - 3 * mm, y - box_h + 7 * mm, labels.ymd, 9)
        y -= box_h + 4 * mm
