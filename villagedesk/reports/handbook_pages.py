"""The pages of the work handbook but its service log (reports.handbook_log): the cover, the
contents, the profile with its photo box, the posts claimed, the pledges and the assessment, each
drawn on an A5 form by :mod:`reports.handbook`."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm

from villagedesk.core.in_service.assessment_model import Rating
from villagedesk.core.printing.model import HandbookData, PostLine
from villagedesk.core.text import Translate
from villagedesk.reports.handbook_labels import Labels
from villagedesk.reports.handbook_style import (
    BOTTOM,
    GREY,
    LIGHT,
    PAGE_H,
    PAGE_W,
    RED,
    SIDE,
    WIDTH,
    draw_heading,
)
from villagedesk.reports.printed_text import Pen
from villagedesk.reports.text_fit import Kind

PHOTO_W, PHOTO_H = 25 * mm, 35 * mm
"""The photo box: a 一寸 photo (25 × 35 mm)."""
EDGE_CLEAR, FOLD_CLEAR = 6 * mm, 8 * mm
"""How far the cover's colour keeps from the paper's edges (inside what a printer can print)
and from the fold (the cover is the right half of the outer sheet: the fold is its left edge)."""
COVER_BAND = (FOLD_CLEAR, PAGE_H - EDGE_CLEAR - 58 * mm, PAGE_W - FOLD_CLEAR - EDGE_CLEAR, 58 * mm)
"""The cover's red band on its A5 page: x, y, width, height."""


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
    y = draw_heading(pen, labels.contents) - 4 * mm
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
    top = draw_heading(pen, labels.profile) + 4 * mm
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
    y = draw_heading(pen, labels.posts)
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
    y = draw_heading(pen, labels.pledges)
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
    y = draw_heading(pen, labels.assessment)
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
