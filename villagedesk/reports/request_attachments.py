"""The attachments of the 民情办理单: each photo (or scan) printed two to a row, turned upright
by its EXIF orientation, scaled to fit its box and resampled to at most
:data:`MAX_PIXELS` on its longer side so that a 20 MB photo does not make a 20 MB sheet; under it
its name and the step it came with. A PDF attachment is listed by name; a photo that cannot be
read is listed too, and reported."""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError
from reportlab.lib.units import mm
from reportlab.platypus import Image, Spacer, Table
from reportlab.platypus.flowables import Flowable

from villagedesk.core.columns import Align
from villagedesk.core.requests.events import RequestEvent
from villagedesk.core.requests.model import Attachment, AttachmentKind
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.reports.fitted_cells import FittedCells

CTX = "RequestSheet"
PHOTO_H = 62 * mm
"""The tallest a photo is printed; its width is half the text width."""
MAX_PIXELS = 1600
"""A photo's longer side in the PDF: about 500 dpi at the largest size it is printed."""
CAPTION_SIZE = 8.0
GAP = 4 * mm


def attachment_files(attachments: Iterable[Attachment], data_folder: Path) -> dict[int, Path]:
    """Each attachment's file: its path is relative to the data folder."""
    return {a.id: data_folder / a.values.path for a in attachments}


def photo(path: Path, width: float, height: float) -> Image | None:
    """The photo at ``path`` upright, fitted into ``width`` × ``height`` (aspect kept); None when
    it cannot be read as an image."""
    try:
        with PILImage.open(path) as opened:
            image = ImageOps.exif_transpose(opened)
            image.thumbnail((MAX_PIXELS, MAX_PIXELS))
            if image.mode not in ("RGB", "L"):
                flat = PILImage.new("RGB", image.size, "white")
                rgba = image.convert("RGBA")
                flat.paste(rgba, mask=rgba.getchannel("A"))
                image = flat
            buf = io.BytesIO()
            image.save(buf, "JPEG", quality=85)
            w, h = image.size
    except (OSError, ValueError, UnidentifiedImageError, PILImage.DecompressionBombError):
        return None
    scale = min(width / w, height / h)
    buf.seek(0)
    return Image(buf, width=w * scale, height=h * scale)


def _caption(attachment: Attachment, steps: Mapping[int, RequestEvent], cells: FittedCells) -> str:
    say = cells.say
    event = steps.get(attachment.event_id or -1)
    if event is None:
        return attachment.values.name
    step = say("Enum", event.action.label)
    return f"{attachment.values.name}\n{step}  {event.at.strftime('%Y.%m.%d %H:%M')}"


def _photo_cell(
    attachment: Attachment, image: Image, caption: str, cells: FittedCells, width: float
) -> list[Flowable]:
    text = cells.text(
        caption, width, CAPTION_SIZE, align=Align.CENTER, record=attachment.values.name
    )
    return [image, Spacer(1, 1.5 * mm), text]


def _photo_grid(shown: list[list[Flowable]], col: float, cells: FittedCells) -> Table:
    """The photos with their captions, two to a row."""
    rows = [shown[i : i + 2] for i in range(0, len(shown), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append([])
    grid = Table(rows, colWidths=[col + GAP / 2, col + GAP / 2])
    grid.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), cells.fonts.primary),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
        ]
    )
    return grid


def attachments_part(
    attachments: Sequence[Attachment],
    events: Sequence[RequestEvent],
    files: Mapping[int, Path],
    cells: FittedCells,
    width: float,
    record: str,
) -> list[Flowable]:
    """The photos two to a row, then the PDF files and the unreadable photos by name."""
    say = cells.say
    steps = {e.id: e for e in events}
    col = (width - GAP) / 2
    shown: list[list[Flowable]] = []
    listed: list[str] = []
    unreadable: list[str] = []
    for a in attachments:
        path = files.get(a.id)
        if a.values.kind is AttachmentKind.PDF:
            listed.append(a.values.name)
            continue
        image = photo(path, col, PHOTO_H) if path is not None else None
        if image is None:
            unreadable.append(a.values.name)
            continue
        shown.append(_photo_cell(a, image, _caption(a, steps, cells), cells, col))
    out: list[Flowable] = [_photo_grid(shown, col, cells)] if shown else []
    for label, items in (
        (QT_TRANSLATE_NOOP("RequestSheet", "PDF attachments (filed separately)"), listed),
        (QT_TRANSLATE_NOOP("RequestSheet", "Photos that could not be read"), unreadable),
    ):
        if items:
            line = f"{say(CTX, label)}：" + "、".join(items)
            out.append(cells.text(line, width, 9.5, record=record))
    if unreadable:
        detail = say(
            CTX,
            QT_TRANSLATE_NOOP("RequestSheet", "photo not printed (unreadable or missing): {names}"),
        )
        cells.add(record, detail.format(names="、".join(unreadable)))
    return out


__all__ = ["attachment_files", "attachments_part", "photo"]
