"""Where printed documents live before the user keeps them: a private temp folder per document,
an atomic copy when saved, the system's PDF viewer on request."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from villagedesk.fsutil import atomic_writer

CHUNK = 1 << 20


def new_temp_pdf(file_name: str) -> Path:
    """A fresh path ``<temp>/villagedesk-print-…/<file_name>`` (the folder exists, the file not)."""
    folder = Path(tempfile.mkdtemp(prefix="villagedesk-print-"))
    return folder / file_name


def discard(path: Path) -> None:
    """Remove a temp document and its private folder (whatever is left of them)."""
    folder = path.parent
    if folder.name.startswith("villagedesk-print-"):
        shutil.rmtree(folder, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def save_copy(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` atomically (temp file beside the target, fsync, rename)."""
    with source.open("rb") as src, atomic_writer(target) as dst:
        while chunk := src.read(CHUNK):
            dst.write(chunk)


def open_with_system(path: Path) -> bool:
    """Open the file in the program the system uses for PDFs; False if none would take it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
