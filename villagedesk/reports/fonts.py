"""Register the bundled CJK fonts with ReportLab, so every PDF embeds its fonts.

``register_fonts()`` is idempotent and returns the names to use: ``SANS`` (WenQuanYi Micro Hei)
for all text and ``MONO`` (WenQuanYi Micro Hei Mono) for fingerprints and hashes. Never use
ReportLab's standard fonts (Helvetica, Courier): they are not embedded.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from villagedesk.assets import resource_path

SANS = "WQYMicroHei"
MONO = "WQYMicroHeiMono"
FONT_FILE = "wqy-microhei.ttc"


@cache
def register_fonts() -> tuple[str, str]:
    """Register both faces of the bundled TTC once; returns ``(SANS, MONO)``."""
    path = str(resource_path("fonts", FONT_FILE))
    pdfmetrics.registerFont(TTFont(SANS, path, subfontIndex=0))
    pdfmetrics.registerFont(TTFont(MONO, path, subfontIndex=1))
    return SANS, MONO
