"""The printable cover sheet (上报封面) of a sync package: one A4 page to sign and stamp.

Built from plain values (a :class:`CoverSheet`, usually filled from the package's manifest) by
the caller; labels are English sources translated through ``translate`` (pass
``villagedesk.i18n.translate`` at the edge). Written atomically; every font is embedded.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

import villagedesk
from villagedesk.core.change_numbers import CHANGE_NUMBERS_NOTE, change_range
from villagedesk.core.registers import record_type_order, record_type_title
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.core.township.village import ExportResult
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.fonts import register_fonts
from villagedesk.reports.printed_text import PrintCanvas

CTX = "CoverSheet"
SEAL_ROW_H = 48 * mm
"""The stamp's box: half the text width (85 mm) by this, beside the three signature rows; room
for a Ø42 mm seal."""
SMALL_SIZE = 9.0
"""The smallest text on the sheet (the hash and the instruction): never shrunk."""


def _identity(context: str, text: str) -> str:
    del context
    return text


@dataclass(frozen=True)
class CoverSheet:
    """What the cover sheet shows; all plain values."""

    station_name: str
    station_code: str
    seq: int
    created_at: str
    counter_from: int
    counter_to: int
    counts: Mapping[str, int]
    village_fingerprint: str
    township_fingerprint: str
    township_name: str = ""
    package_hash: str = ""
    file_name: str = ""
    program_version: str = field(default=villagedesk.__version__)


def cover_sheet_of(result: ExportResult) -> CoverSheet:
    """The cover sheet's plain values for a package the village has just exported."""
    return CoverSheet(
        station_name=result.station.name,
        station_code=result.station.code,
        seq=result.seq,
        created_at=result.created_at,
        counter_from=result.counter_from,
        counter_to=result.counter_to,
        counts=result.counts,
        village_fingerprint=result.fingerprint,
        township_fingerprint=result.township.fingerprint,
        township_name=result.township.name,
        package_hash=result.package_hash,
        file_name=Path(result.path).name,
    )


def local_time(iso: str) -> str:
    """An ISO timestamp as the secretary reads it: local time to the minute (2026-11-21 17:30)."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def record_type_label(record_type: str, translate: Translate = _identity) -> str:
    return record_type_title(record_type, translate)


def write_cover_sheet(
    path: str | os.PathLike[str], *, sheet: CoverSheet, translate: Translate = _identity
) -> Path:
    """Render ``sheet`` to an A4 PDF at ``path`` (atomically); returns the path."""
    sans, mono = register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=14 * mm,
        bottomMargin=12 * mm,
        title=translate(CTX, QT_TRANSLATE_NOOP("CoverSheet", "Sync package cover sheet")),
        author=sheet.station_name,
        creator=f"VillageDesk {sheet.program_version}",
        initialFontName=sans,
        initialFontSize=10,
    )
    story = _story(sheet, translate, sans, mono, doc.width)
    doc.build(story, canvasmaker=PrintCanvas)  # one page at full size: nothing is shrunk
    target = Path(path)
    atomic_write_bytes(target, buf.getvalue())
    return target


def _story(sheet: CoverSheet, tr: Translate, sans: str, mono: str, width: float) -> list[Flowable]:
    def t(text: str) -> str:
        return tr(CTX, text)

    def style(size: float, *, font: str = sans, center: bool = False) -> ParagraphStyle:
        return ParagraphStyle(
            f"s{size}{font}{center}",
            fontName=font,
            fontSize=size,
            leading=size * 1.35,
            wordWrap="CJK",
            alignment=TA_CENTER if center else 0,
        )

    body, small = style(10.5), style(SMALL_SIZE)
    number = ParagraphStyle("number", parent=body, alignment=TA_RIGHT)
    grid = colors.HexColor("#555555")
    story: list[Flowable] = [
        Paragraph(
            _esc(t(QT_TRANSLATE_NOOP("CoverSheet", "Sync package cover sheet"))),
            style(22, center=True),
        ),
        Spacer(1, 2 * mm),
        Paragraph(_esc(sheet.station_name), style(15, center=True)),
        Spacer(1, 5 * mm),
    ]
    package_no = t(QT_TRANSLATE_NOOP("CoverSheet", "No. {seq}")).format(seq=sheet.seq)
    info = [
        (QT_TRANSLATE_NOOP("CoverSheet", "Station"), sheet.station_name),
        (QT_TRANSLATE_NOOP("CoverSheet", "Division code"), sheet.station_code),
        (QT_TRANSLATE_NOOP("CoverSheet", "Package number"), package_no),
        (QT_TRANSLATE_NOOP("CoverSheet", "Created"), local_time(sheet.created_at)),
        (
            QT_TRANSLATE_NOOP("CoverSheet", "Change numbers"),
            change_range(sheet.counter_from, sheet.counter_to),
        ),
    ]
    if sheet.township_name:
        info.append((QT_TRANSLATE_NOOP("CoverSheet", "Sent to"), sheet.township_name))
    if sheet.file_name:
        info.append((QT_TRANSLATE_NOOP("CoverSheet", "File name"), sheet.file_name))
    rows = [[Paragraph(_esc(t(k)), body), Paragraph(_esc(v), body)] for k, v in info]
    story += [
        _table(rows, [width * 0.3, width * 0.7], sans, grid, label_col=True),
        Spacer(1, 1.5 * mm),
        Paragraph(_esc(CHANGE_NUMBERS_NOTE.render(tr)), small),
        Spacer(1, 3.5 * mm),
    ]

    # the record types two to a row (type, records | type, records), the total below
    head = [
        Paragraph(_esc(t(QT_TRANSLATE_NOOP("CoverSheet", "Record type"))), body),
        Paragraph(_esc(t(QT_TRANSLATE_NOOP("CoverSheet", "Records"))), number),
    ]
    cells = [
        [
            Paragraph(_esc(record_type_label(record_type, tr)), body),
            Paragraph(str(sheet.counts[record_type]), number),
        ]
        for record_type in sorted(sheet.counts, key=record_type_order)
    ]
    half = -(-len(cells) // 2)
    blank = [Paragraph("", body), Paragraph("", body)]
    counts = [head + head]
    for i in range(half):
        right = cells[half + i] if half + i < len(cells) else blank
        counts.append(cells[i] + right)
    counts.append(
        [
            Paragraph(_esc(t(QT_TRANSLATE_NOOP("CoverSheet", "Total"))), body),
            Paragraph("", body),
            Paragraph("", body),
            Paragraph(str(sum(sheet.counts.values())), number),
        ]
    )
    widths = [width * 0.34, width * 0.16] * 2
    story += [
        _table(counts, widths, sans, grid, header=True, total=True, span_total=True),
        Spacer(1, 5 * mm),
    ]

    # the two fingerprints side by side, large, to compare group by group
    fp_big = style(18, font=mono, center=True)
    pairs = (
        (QT_TRANSLATE_NOOP("CoverSheet", "Village key fingerprint"), sheet.village_fingerprint),
        (
            QT_TRANSLATE_NOOP("CoverSheet", "Township key fingerprint (recipient)"),
            sheet.township_fingerprint,
        ),
    )
    fingerprints = Table(
        [
            [Paragraph(_esc(t(label)), style(10.5, center=True)) for label, _ in pairs],
            [Paragraph(_esc(value), fp_big) for _, value in pairs],
        ],
        colWidths=[width / 2] * 2,
        style=[
            ("FONTNAME", (0, 0), (-1, -1), sans),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    story += [fingerprints, Spacer(1, 3 * mm)]
    if sheet.package_hash:
        story += [
            Paragraph(
                _esc(t(QT_TRANSLATE_NOOP("CoverSheet", "Package hash")))
                + "  "
                + f'<font name="{mono}">{_esc(sheet.package_hash)}</font>',
                small,
            )
        ]
    story += [
        Spacer(1, 2 * mm),
        Paragraph(
            _esc(
                t(
                    QT_TRANSLATE_NOOP(
                        "CoverSheet",
                        "Before the township accepts this package, compare the village key fingerprint shown "
                        "on screen with the one printed here. Hand over this sheet, signed and stamped, "
                        "together with the package file.",
                    )
                )
            ),
            small,
        ),
        Spacer(1, 4 * mm),
        _sign_boxes(t, body, grid, width),
    ]
    return story


def _table(
    rows: list[list[Paragraph]],
    widths: list[float],
    font: str,
    grid: colors.Color,
    *,
    label_col: bool = False,
    header: bool = False,
    total: bool = False,
    span_total: bool = False,
) -> Table:
    table = Table(rows, colWidths=widths)
    cmds: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("GRID", (0, 0), (-1, -1), 0.6, grid),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if span_total:
        cmds.append(("SPAN", (0, -1), (-2, -1)))
    shade = colors.HexColor("#EEEEEE")
    if label_col:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), shade))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), shade))
    if total:
        cmds.append(("LINEABOVE", (0, -1), (-1, -1), 1.2, grid))
    table.setStyle(TableStyle(cmds))
    return table


def _sign_boxes(
    t: Callable[[str], str], body: ParagraphStyle, grid: colors.Color, width: float
) -> Table:
    labels = [
        QT_TRANSLATE_NOOP("CoverSheet", "Signature of the person in charge"),
        QT_TRANSLATE_NOOP("CoverSheet", "Signature of the reviewer"),
        QT_TRANSLATE_NOOP("CoverSheet", "Stamp"),
        QT_TRANSLATE_NOOP("CoverSheet", "Date"),
    ]
    cells = [Paragraph(_esc(t(label)), body) for label in labels]
    person, reviewer, stamp, day = cells
    # the signatures and the date on the left, the stamp's box (room for a Ø42 mm seal) right
    table = Table(
        [[person, stamp], [reviewer, ""], [day, ""]],
        colWidths=[width / 2] * 2,
        rowHeights=[SEAL_ROW_H / 3] * 3,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), body.fontName),
                ("SPAN", (1, 0), (1, 2)),
                ("BOX", (0, 0), (-1, -1), 0.9, grid),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, grid),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def seal_box(width: float = A4[0] - 40 * mm) -> tuple[float, float]:
    """The stamp's box (width, height) in points for a text width of ``width``."""
    return width / 2, SEAL_ROW_H


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
