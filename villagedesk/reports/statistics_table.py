"""党员基本情况统计表: the statistics page (core.members.statistics) printed as one table on A4
portrait: each group (sex, age, ethnicity, …) a block of rows with its counts and shares, the
total on top, a signature line below. Written atomically; characters checked first."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from villagedesk.core.members.statistics import Bucket, MemberStatistics, StatGroup
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.a4_document import a4_portrait
from villagedesk.reports.glyphs import FontSet, GlyphProblem, font_set, markup
from villagedesk.reports.printed_text import PrintCanvas

CTX = "StatisticsTable"


def _identity(context: str, text: str) -> str:
    del context
    return text


MULTIPLE = QT_TRANSLATE_NOOP("StatisticsTable", "{group} (more than one may apply)")
HEADERS = (
    QT_TRANSLATE_NOOP("StatisticsTable", "Item"),
    QT_TRANSLATE_NOOP("StatisticsTable", "Group"),
    QT_TRANSLATE_NOOP("StatisticsTable", "Members"),
    QT_TRANSLATE_NOOP("StatisticsTable", "Share"),
)
_NUMERALS = {ch: n for n, ch in enumerate("零一二三四五六七八九", 0)}


def _chinese_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十三 → 23 (up to 99)."""
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _NUMERALS.get(tens, 1) * 10 + (_NUMERALS.get(ones, 0) if ones else 0)
    return _NUMERALS.get(text, 0)


def natural_key(name: str) -> tuple[object, ...]:
    """A branch name's sort key: numbers (Arabic or Chinese, 第一 < 第二 < 第十) by value."""
    parts = re.findall(r"\d+|[零一二三四五六七八九十]+|[^\d零一二三四五六七八九十]+", name)
    return tuple(
        (0, int(p))
        if p.isdigit()
        else (0, _chinese_number(p))
        if p[0] in "零一二三四五六七八九十"
        else (1, p)
        for p in parts
    )


def ordered_buckets(group: StatGroup, branch_order: Sequence[str] = ()) -> tuple[Bucket, ...]:
    """A group's buckets as printed: the branches in the register's order (``branch_order``,
    names) or else by name (第一 before 第二), never by count; every other group as given."""
    if group.key != "branch":
        return group.buckets
    rank = {name: i for i, name in enumerate(branch_order)}

    def key(b: Bucket) -> tuple[object, ...]:
        name = b.label.text
        return (b.label.context != "Data", rank.get(name, len(rank)), natural_key(name))

    return tuple(sorted(group.buckets, key=key))


def statistics_rows(
    stats: MemberStatistics, translate: Translate, branch_order: Sequence[str] = ()
) -> list[tuple[str, str, int]]:
    """(group title, bucket label, count) for every bucket, in the page's order. A group whose
    counts add up to more than all members (a member may be in several categories) says so."""
    rows: list[tuple[str, str, int]] = []
    for g in stats.groups:
        title = g.title.render(translate)
        if sum(b.count for b in g.buckets) > stats.total:
            title = translate(CTX, MULTIPLE).format(group=title)
        for b in ordered_buckets(g, branch_order):
            rows.append((title, b.label.render(translate), b.count))
    return rows


class _Styles:
    """The page's paragraph styles, all in the primary font."""

    def __init__(self, sans: str) -> None:
        self.sans = sans
        self.body, self.num = self.of(8.8), self.of(8.8, TA_RIGHT)
        self.center = self.of(8.8, TA_CENTER)

    def of(self, size: float, align: int = 0) -> ParagraphStyle:
        return ParagraphStyle(
            f"st{size}{align}",
            fontName=self.sans,
            fontSize=size,
            leading=size * 1.3,
            wordWrap="CJK",
            alignment=align,
        )


def write_statistics_table(
    path: str | os.PathLike[str],
    *,
    stats: MemberStatistics,
    station: str,
    translate: Translate = _identity,
    fonts: FontSet | None = None,
    branch_order: Sequence[str] = (),
) -> list[GlyphProblem]:
    """Write the table to ``path``; returns the characters no font covers (drawn as a box).
    ``branch_order``: the branches' names in the register's order (default: by name)."""
    fonts = fonts or font_set()
    say = translate
    title = say(CTX, QT_TRANSLATE_NOOP("StatisticsTable", "Basic statistics of Party members"))
    rows = statistics_rows(stats, say, branch_order)
    problems = fonts.check([(station, station)] + [(f"{g} / {b}", f"{g}{b}") for g, b, _ in rows])
    styles = _Styles(fonts.primary)
    buf = io.BytesIO()
    doc = a4_portrait(
        buf,
        title=title,
        author=station,
        font=fonts.primary,
        side=18 * mm,
        top=15 * mm,
        bottom=15 * mm,
    )
    story = _heading(title, station, stats, say, fonts, styles, doc.width)
    story += [
        _table(stats, rows, say, fonts, styles, doc.width),
        Spacer(1, 6 * mm),
        Paragraph(_signatures(say), styles.body),
    ]
    doc.build(story, canvasmaker=PrintCanvas)
    atomic_write_bytes(Path(path), buf.getvalue())
    return problems


def _heading(
    title: str,
    station: str,
    stats: MemberStatistics,
    say: Translate,
    fonts: FontSet,
    styles: _Styles,
    width: float,
) -> list[Flowable]:
    """The title, then the station (left) and the day counted (right) on one line."""
    as_of = say(CTX, QT_TRANSLATE_NOOP("StatisticsTable", "As of {date}")).format(
        date=stats.on.strftime("%Y.%m.%d")
    )
    station_line = say(CTX, QT_TRANSLATE_NOOP("StatisticsTable", "Station: {name}")).format(
        name=station
    )
    return [
        Paragraph(markup(title, fonts), styles.of(18, TA_CENTER)),
        Spacer(1, 4 * mm),
        Table(
            [[Paragraph(markup(station_line, fonts), styles.body), Paragraph(as_of, styles.num)]],
            colWidths=[width * 0.6, width * 0.4],
            style=[
                ("FONTNAME", (0, 0), (-1, -1), styles.sans),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ],
        ),
        Spacer(1, 2 * mm),
    ]


def _table(
    stats: MemberStatistics,
    rows: list[tuple[str, str, int]],
    say: Translate,
    fonts: FontSet,
    styles: _Styles,
    width: float,
) -> Table:
    """The header, the total, then each group's rows under one spanning cell naming it."""
    body, num, center = styles.body, styles.num, styles.center
    data: list[list[Paragraph]] = [[Paragraph(say(CTX, h), center) for h in HEADERS]]
    total_label = say(CTX, QT_TRANSLATE_NOOP("StatisticsTable", "All members"))
    data.append(
        [
            Paragraph(total_label, center),
            Paragraph("", body),
            Paragraph(str(stats.total), num),
            Paragraph("100%" if stats.total else "", num),
        ]
    )
    spans: list[tuple[object, ...]] = [("SPAN", (0, 1), (1, 1))]
    start = len(data)
    previous = None
    for group, label, count in rows:
        if group != previous and previous is not None:
            spans.append(("SPAN", (0, start), (0, len(data) - 1)))
            spans.append(("LINEABOVE", (0, len(data)), (-1, len(data)), 0.9, colors.black))
            start = len(data)
        previous = group
        share = f"{count * 100 / stats.total:.1f}%" if stats.total else ""
        data.append(
            [
                Paragraph(markup(group, fonts), center),
                Paragraph(markup(label, fonts), body),
                Paragraph(str(count), num),
                Paragraph(share, num),
            ]
        )
    if previous is not None:
        spans.append(("SPAN", (0, start), (0, len(data) - 1)))
    widths = [width * w for w in (0.2, 0.44, 0.18, 0.18)]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.sans),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#444444")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4),
                *spans,
            ]
        )
    )
    return table


def _signatures(say: Translate) -> str:
    """填表人, 审核人 and 日期, each with a line to write on."""
    return "　　　　".join(
        say(CTX, label) + "：＿＿＿＿＿＿＿＿"
        for label in (
            QT_TRANSLATE_NOOP("StatisticsTable", "Filled in by"),
            QT_TRANSLATE_NOOP("StatisticsTable", "Checked by"),
            QT_TRANSLATE_NOOP("StatisticsTable", "Date"),
        )
    )
