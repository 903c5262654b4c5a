"""A request's photos and scans as thumbnails (its details, its 办理单 on screen): each image
scaled as it is read (a 20 MB photo is never loaded whole, and turned as the camera says), a PDF
as its name, a file missing from the data folder said so."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from villagedesk.core.requests.model import Attachment, AttachmentKind

SIZE = 120
COLUMNS = 5


def _image(path: Path) -> QPixmap | None:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(QSize(SIZE, SIZE), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


def thumbnail(data_dir: Path, attachment: Attachment, parent: QWidget) -> QLabel:
    """One attachment: its picture, or its name (a PDF, or a file that cannot be shown)."""
    values = attachment.values
    label = QLabel(parent)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFixedSize(SIZE + 8, SIZE + 8)
    label.setWordWrap(True)
    label.setToolTip(values.name)
    path = data_dir / values.path
    picture = _image(path) if values.kind is AttachmentKind.IMAGE and path.is_file() else None
    if picture is not None:
        label.setPixmap(picture)
    elif not path.is_file():
        missing = QCoreApplication.translate("Thumbnails", "{name}\n(file missing)")
        label.setText(missing.format(name=values.name))
    else:
        label.setText(f"PDF\n{values.name}" if values.kind is AttachmentKind.PDF else values.name)
    return label


def thumbnail_grid(
    data_dir: Path, attachments: Sequence[Attachment], parent: QWidget
) -> tuple[QWidget, list[QLabel]]:
    """The attachments in rows of :data:`COLUMNS`, and their labels."""
    box = QWidget(parent)
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    labels = [thumbnail(data_dir, a, box) for a in attachments]
    for i, label in enumerate(labels):
        grid.addWidget(label, i // COLUMNS, i % COLUMNS, Qt.AlignmentFlag.AlignLeft)
    grid.setColumnStretch(COLUMNS, 1)
    return box, labels
