"""The bundled WenQuanYi fonts, so Chinese (and rare name characters such as 䶮) always render."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from villagedesk.assets import resource_path

log = logging.getLogger(__name__)

FONT_FILES = ("wqy-microhei.ttc", "wqy-zenhei.ttc")
#: Micro Hei first (clear at small sizes); Zen Hei covers CJK Extension A, which Micro Hei lacks.
FAMILIES = ["WenQuanYi Micro Hei", "WenQuanYi Zen Hei"]
BASE_POINT_SIZE = 10.5


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's database; return the families Qt reports."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def app_font(point_size: float = BASE_POINT_SIZE) -> QFont:
    """The GUI font: the bundled families first, then whatever the system offers."""
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(point_size)
    return font
