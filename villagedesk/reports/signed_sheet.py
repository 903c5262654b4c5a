"""What the one-page sheets to sign and stamp share (the sync package's cover sheet, the
township's enrolment sheet): their paragraph styles, tables styled in one embedded font, and
timestamps as the secretary reads them."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle


class SheetStyles:
    """Paragraph styles of a sheet: ``styles(size)`` in its sans font, or in ``font``."""

    def __init__(self, sans: str) -> None:
        self.sans = sans

    def __call__(
        self, size: float, *, font: str | None = None, center: bool = False
    ) -> ParagraphStyle:
        font = font or self.sans
        return ParagraphStyle(
            f"s{size}{font}{center}",
            fontName=font,
            fontSize=size,
            leading=size * 1.35,
            wordWrap="CJK",
            alignment=TA_CENTER if center else 0,
        )


def styled(table: Table, font: str, cmds: list[tuple[object, ...]]) -> Table:
    """``table`` styled by ``cmds``, every cell in ``font`` (never ReportLab's unembedded
    Helvetica, not even for an empty cell)."""
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *cmds]))
    return table


def local_time(iso: str) -> str:
    """An ISO timestamp as the secretary reads it: local time to the minute (2026-11-21 17:30)."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")
