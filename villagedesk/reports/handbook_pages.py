"""The pages of the work handbook, each drawn on an A5 form by :mod:`reports.handbook`."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm

from villagedesk.core.in_service.model import Rating
from villagedesk.core.printing.model import HandbookData, LogLine, PostLine
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.reports.printed_text import Pen
from villagedesk.reports.text_fit import Kind, header_lines

CTX = "Handbook"
PAGE_W, PAGE_H = A5
SIDE, TOP, BOTTOM = 14 * mm, 16 * mm, 16 * mm
WIDTH = PAGE_W - 2 * SIDE
RED = colors.HexColor("#C8102E")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#999999")
LOG_COLUMNS = (18 * mm, 20 * mm, 46 * mm, 14 * mm, 22 * mm)
LOG_KINDS = (Kind.NUMBER, Kind.TEXT, Kind.TEXT, Kind.NUMBER, Kind.TEXT)
LOG_SIZE, LOG_LEADING = 8.0, 3.6 * mm
CELL_PAD = 1 * mm
PHOTO_W, PHOTO_H = 25 * mm, 35 * mm
"""The photo box: a 一寸 photo (25 × 35 mm)."""
EDGE_CLEAR, FOLD_CLEAR = 6 * mm, 8 * mm
"""How far the cover's colour keeps from the paper's edges (inside what a printer can print)
and from the fold (the cover is the right half of the outer sheet: the fold is its left edge)."""
COVER_BAND = (FOLD_CLEAR, PAGE_H - EDGE_CLEAR - 58 * mm, PAGE_W - FOLD_CLEAR - EDGE_CLEAR, 58 * mm)
"""The cover's red band on its A5 page: x, y, width, height."""


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
    pen.record = book.profile.name
    bx, by, bw, bh = COVER_BAND
    c.setFillColor(RED)
    c.rect(bx, by, bw, bh, stroke=0, fill=1)
    c.setFillColor(colors.white)
    centre, text_w = bx + bw / 2, bw - 8 * mm
    station = pen.fit(book.contact.station_name, text_w, 12, max_lines=1)
    pen.centred(centre, by + bh - 14 * mm, station.lines[0], station.size)
    pen.centred(centre, by + bh - 34 * mm, labels.title, 28)
    subtitle = pen.fit(labels.subtitle, text_w, 10.5, max_lines=1)
    pen.centred(centre, by + bh - 46 * mm, subtitle.lines[0], subtitle.size)
    c.setFillColor(colors.black)
    pen.centred(PAGE_W / 2, PAGE_H - 80 * mm, labels.year, 14)
    rows = [
        (labels.name, book.profile.name, Kind.NAME, 1),
        (labels.branch, book.profile.branch, Kind.TEXT, 2),
        (labels.card, book.profile.card_number, Kind.NUMBER, 1),
    ]
    y = 68 * mm
    left, right = SIDE + 10 * mm, PAGE_W - SIDE - 10 * mm
    c.setLineWidth(0.6)
    for label, value, kind, most in rows:
        head = pen.draw_w(left, y, f"{label}：", 11)
        width = right - left - head - 2 * mm
        fitted = pen.fit(value, width, 11, kind=kind, max_lines=most)
        for k, line in enumerate(fitted.lines):
            if k:
                y -= 6 * mm
            pen.draw(left + head + 2 * mm, y, line, fitted.size)
        c.line(left + head, y - 1.6 * mm, right, y - 1.6 * mm)
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


PROFILE_KINDS = (
    Kind.NAME,
    Kind.TEXT,
    Kind.NUMBER,
    Kind.TEXT,
    Kind.TEXT,
    Kind.TEXT,
    Kind.NUMBER,
    Kind.TEXT,
    Kind.TEXT,
    Kind.NUMBER,
    Kind.TEXT,
    Kind.NUMBER,
    Kind.NUMBER,
)
PROFILE_SIZE, PROFILE_STEP, PROFILE_ROW = 9.5, 4.6 * mm, 8 * mm


def draw_profile(pen: Pen, book: HandbookData, labels: Labels) -> None:
    """基本情况: a ruled table whose first rows sit beside the photo box; every value wraps in
    full (work unit, address), rows grow to fit."""
    c = pen.canvas
    p, translate = book.profile, labels.translate
    pen.record = p.name
    top = _heading(pen, labels.profile) + 4 * mm
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
    label_w = 24 * mm
    photo_col = PAGE_W - SIDE - PHOTO_W - 4 * mm
    photo_bottom = top - PHOTO_H - 4 * mm
    right = PAGE_W - SIDE
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    y = top
    rules: list[tuple[float, float]] = []  # (y, right end) of each row's bottom rule
    beside_end = top
    for label, value, kind in zip(labels.fields, values, PROFILE_KINDS, strict=True):
        beside = y > photo_bottom + 0.01
        end = photo_col if beside else right
        width = end - (SIDE + label_w) - 3 * mm
        fitted = pen.fit(value, width, PROFILE_SIZE, kind=kind)
        height = max(PROFILE_ROW, len(fitted.lines) * PROFILE_STEP + 3.4 * mm)
        pen.draw(SIDE + 1.5 * mm, y - 5.4 * mm, label, PROFILE_SIZE)
        for k, line in enumerate(fitted.lines):
            pen.draw(SIDE + label_w + 1.5 * mm, y - 5.4 * mm - k * PROFILE_STEP, line, fitted.size)
        y -= height
        if beside:
            beside_end = y
        rules.append((y, end))
    # the photo cell's bottom rule runs the full width
    rules = [(ry, right if abs(ry - beside_end) < 0.01 else end) for ry, end in rules]
    c.rect(SIDE, y, WIDTH, top - y, stroke=1, fill=0)
    for ry, end in rules[:-1]:
        c.line(SIDE, ry, end, ry)
    c.line(SIDE + label_w, y, SIDE + label_w, top)
    c.line(photo_col, beside_end, photo_col, top)
    cell_mid = (top + beside_end) / 2
    px = photo_col + (right - photo_col - PHOTO_W) / 2
    c.setStrokeColor(LIGHT)
    c.rect(px, cell_mid - PHOTO_H / 2, PHOTO_W, PHOTO_H, stroke=1, fill=0)
    c.setFillColor(LIGHT)
    pen.centred(px + PHOTO_W / 2, cell_mid, labels.photo, 9)
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)


def _post_lines(pen: Pen, post: PostLine, width: float, labels: Labels) -> list[tuple[str, float]]:
    lines: list[tuple[str, float]] = [(s, 11) for s in pen.wrap(post.name, width, 11)]
    lines += [(s, 9) for s in pen.wrap(post.description, width, 9)] if post.description else []
    when = labels.claimed.format(date=post.claimed_on.strftime("%Y.%m.%d"))
    if post.ended_on:
        when += "，" + labels.ended.format(date=post.ended_on.strftime("%Y.%m.%d"))
    lines += [(s, 9) for s in pen.wrap(when, width, 9)]
    if post.contact_name or post.contact_phone:
        contact = f"{labels.contact}：{post.contact_name}  {post.contact_phone}"
        lines += [(s, 9) for s in pen.wrap(contact, width, 9)]
    return lines


def post_height(pen: Pen, post: PostLine, width: float, labels: Labels) -> float:
    """The height of a post's box on the posts page, and the space after it."""
    return float(len(_post_lines(pen, post, width - 6 * mm, labels)) * 5 * mm + 9 * mm)


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
    cells: tuple[tuple[str, ...], ...]
    height: float


def log_header(pen: Pen, labels: Labels) -> tuple[tuple[tuple[str, ...], float], ...]:
    """Each column's header lines and size: one line, or two broken before the parenthesis
    ("时长" / "（小时）"), so that no header crosses its column's rules."""
    return tuple(
        (fitted.lines, fitted.size)
        for head, width in zip(labels.log_heads, LOG_COLUMNS, strict=True)
        for fitted in (header_lines(head, width - 2 * CELL_PAD, LOG_SIZE, pen.width),)
    )


def log_header_height(pen: Pen, labels: Labels) -> float:
    lines = max(len(lines) for lines, _size in log_header(pen, labels))
    return float(max(8 * mm, lines * LOG_LEADING + 3.6 * mm))


def log_row(pen: Pen, line: LogLine) -> LogRow:
    """One service record: every cell wrapped in full (dates and hours never break)."""
    texts = (
        line.served_on.strftime("%Y.%m.%d"),
        line.post,
        line.what,
        line.hours,
        line.beneficiary,
    )
    cells = tuple(
        tuple(pen.fit(text, width - 2 * CELL_PAD, LOG_SIZE, kind=kind).lines) if text else ("",)
        for text, width, kind in zip(texts, LOG_COLUMNS, LOG_KINDS, strict=True)
    )
    lines = max(len(cell) for cell in cells)
    return LogRow(cells, max(7.5 * mm, lines * LOG_LEADING + 3.5 * mm))


def log_columns() -> list[tuple[float, float]]:
    """Each column of the service log as (left, right) on its A5 page."""
    xs = [SIDE]
    for w in LOG_COLUMNS:
        xs.append(xs[-1] + w)
    return list(itertools.pairwise(xs))


def draw_log(pen: Pen, rows: Sequence[LogRow], blank: int, labels: Labels) -> None:
    c = pen.canvas
    top = _heading(pen, labels.log)
    xs = [SIDE]
    for w in LOG_COLUMNS:
        xs.append(xs[-1] + w)
    head_h = log_header_height(pen, labels)
    c.setFillColor(colors.HexColor("#EEEEEE"))
    c.rect(SIDE, top - head_h, WIDTH, head_h, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for (lines, size), x, w in zip(log_header(pen, labels), xs, LOG_COLUMNS, strict=False):
        block = len(lines) * LOG_LEADING
        first = top - (head_h - block) / 2 - LOG_LEADING + 1 * mm
        for k, text in enumerate(lines):
            pen.centred(x + w / 2, first - k * LOG_LEADING, text, size)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    y = top - head_h
    c.line(SIDE, top, PAGE_W - SIDE, top)
    c.line(SIDE, y, PAGE_W - SIDE, y)
    for row in rows:
        for cell, x in zip(row.cells, xs, strict=False):
            for k, text in enumerate(cell):
                pen.draw(x + CELL_PAD, y - 4.6 * mm - k * LOG_LEADING, text, LOG_SIZE)
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
        for text in pen.fit(comment, WIDTH - 6 * mm, 9, max_lines=5).lines[:5]:
            line_y -= 5 * mm
            pen.draw(SIDE + 3 * mm, line_y, text, 9)
        pen.right(PAGE_W - SIDE - 3 * mm, y - box_h + 14 * mm, stamp, 9)
        pen.right(PAGE_W - SIDE - 3 * mm, y - box_h + 7 * mm, labels.ymd, 9)
        y -= box_h + 4 * mm
