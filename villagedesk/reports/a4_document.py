"""The A4 portrait document every writer of the station's papers starts from: its margins, the
title and author the PDF says, the program as its creator, and the font its text starts in."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate


def a4_portrait(
    buf: BinaryIO,
    *,
    title: str,
    author: str,
    font: str,
    side: float,
    top: float,
    bottom: float,
) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=side,
        rightMargin=side,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        creator="VillageDesk",
        initialFontName=font,
    )
