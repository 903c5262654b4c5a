"""The printable cover sheet (上报封面) of a sync package: one A4 page to sign and stamp.

Built from plain values (a :class:`CoverSheet`, usually filled from the package's manifest) by
the caller; labels are English sources translated through ``translate`` (pass
``villagedesk.i18n.translate`` at the edge). Written atomically; every font is embedded. Its
tables are reports.cover_sheet_tables'.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.flowables import Flowable

import villagedesk
from villagedesk.core.change_numbers import CHANGE_NUMBERS_NOTE, change_range
from villagedesk.core.registers import record_type_title
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.core.township.village import ExportResult
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.cover_sheet_tables import (
    SEAL_ROW_H,
    counts_table,
    fingerprints_table,
    particulars_table,
    sign_boxes,
)
from villagedesk.reports.fonts import register_fonts
from villagedesk.reports.glyphs import escape
from villagedesk.reports.printed_text import PrintCanvas
from villagedesk.reports.signed_sheet import SheetStyles, local_time

CTX = "CoverSheet"
SMALL_SIZE = 9.0
"""The smallest text on the sheet (the hash and the instruction): never shrunk."""
INSTRUCTION = QT_TRANSLATE_NOOP(
    "CoverSheet",
    "Before the township accepts this package, compare the village key fingerprint shown "
    "on screen with the one printed here. Hand over this sheet, signed and stamped, "
    "together with the package file.",
)


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

    style = SheetStyles(sans)
    body, small = style(10.5), style(SMALL_SIZE)
    number = ParagraphStyle("number", parent=body, alignment=TA_RIGHT)
    story: list[Flowable] = [
        Paragraph(
            escape(t(QT_TRANSLATE_NOOP("CoverSheet", "Sync package cover sheet"))),
            style(22, center=True),
        ),
        Spacer(1, 2 * mm),
        Paragraph(escape(sheet.station_name), style(15, center=True)),
        Spacer(1, 5 * mm),
        particulars_table(_particulars(sheet, t), t, body, width),
        Spacer(1, 1.5 * mm),
        Paragraph(escape(CHANGE_NUMBERS_NOTE.render(tr)), small),
        Spacer(1, 3.5 * mm),
        counts_table(sheet.counts, tr, body, number, width),
        Spacer(1, 5 * mm),
        fingerprints_table(
            sheet.village_fingerprint, sheet.township_fingerprint, t, style, mono, width
        ),
        Spacer(1, 3 * mm),
    ]
    if sheet.package_hash:
        story += [
            Paragraph(
                escape(t(QT_TRANSLATE_NOOP("CoverSheet", "Package hash")))
                + "  "
                + f'<font name="{mono}">{escape(sheet.package_hash)}</font>',
                small,
            )
        ]
    story += [
        Spacer(1, 2 * mm),
        Paragraph(escape(t(INSTRUCTION)), small),
        Spacer(1, 4 * mm),
        sign_boxes(t, body, width),
    ]
    return story


def _particulars(sheet: CoverSheet, t: Callable[[str], str]) -> list[tuple[str, str]]:
    """(label source, value) of the package: who sent it, which one, when, what it holds."""
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
    return info


def seal_box(width: float = A4[0] - 40 * mm) -> tuple[float, float]:
    """The stamp's box (width, height) in points for a text width of ``width``."""
    return width / 2, SEAL_ROW_H
