"""Per-character font choice and the glyph check: never a silent blank.

ReportLab draws a character its font lacks as a blank, without a warning. So every writer asks
:class:`FontSet` which font covers each character (by the fonts' cmaps): WQY Micro Hei first,
WQY Zen Hei for CJK Extension A, a Windows system font such as SimSun-ExtB for Extension B when
present. :meth:`FontSet.check` lists the characters no available font covers, with the record
they belong to, BEFORE anything is written; the writers draw :data:`PLACEHOLDER` in their place.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from villagedesk.assets import resource_path
from villagedesk.reports.fonts import SANS, register_fonts

ZENHEI = "WQYZenHei"
ZENHEI_FILE = "wqy-zenhei.ttc"
EXT_B = "SimSunExtB"
PLACEHOLDER = "□"
"""Drawn where no font has the character (the character itself is reported)."""


def ext_b_candidates() -> list[Path]:
    """Where a system font for CJK Extension B may be (Windows: SimSun-ExtB)."""
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
    fonts = Path(windir) / "Fonts"
    return [fonts / "simsunb.ttf", fonts / "SimSun-ExtB.ttf", fonts / "mingliub.ttc"]


@dataclass(frozen=True)
class GlyphProblem:
    """A character no available font covers, and the record it belongs to."""

    record: str
    character: str

    @property
    def codepoint(self) -> str:
        return f"U+{ord(self.character):04X}"


class _Face:
    """A font to register on first use; its cmap is read when first needed."""

    def __init__(self, name: str, path: Path, index: int = 0) -> None:
        self.name, self.path, self.index = name, path, index
        self._font: TTFont | None = None

    @property
    def font(self) -> TTFont:
        if self._font is None:
            try:
                self._font = pdfmetrics.getFont(self.name)
            except KeyError:
                self._font = TTFont(self.name, str(self.path), subfontIndex=self.index)
                pdfmetrics.registerFont(self._font)
        assert self._font is not None
        return self._font

    def covers(self, code: int) -> bool:
        return code in self.font.face.charToGlyph


class FontSet:
    """The fonts in order of preference; which one draws each character."""

    def __init__(self, extra: Sequence[Path] = ()) -> None:
        register_fonts()
        self.primary = SANS
        self._faces = [
            _Face(SANS, resource_path("fonts", "wqy-microhei.ttc")),
            _Face(ZENHEI, resource_path("fonts", ZENHEI_FILE)),
        ]
        for i, path in enumerate(p for p in extra if p.is_file()):
            self._faces.append(_Face(EXT_B if i == 0 else f"{EXT_B}{i}", path))
        self._primary_cmap = self._faces[0].font.face.charToGlyph
        self._primary_chars = frozenset(map(chr, self._primary_cmap)) | frozenset("\n\r\t")
        self._choice: dict[str, str | None] = {}

    @property
    def font_names(self) -> list[str]:
        return [f.name for f in self._faces]

    def font_for(self, ch: str) -> str | None:
        """The first font that has ``ch``; None if none has it."""
        if ord(ch) in self._primary_cmap:
            return self.primary
        if ch not in self._choice:
            code = ord(ch)
            self._choice[ch] = next((f.name for f in self._faces[1:] if f.covers(code)), None)
        return self._choice[ch]

    def covered(self, text: str) -> bool:
        """True when the primary font has every character (the fast path)."""
        return self._primary_chars.issuperset(text)

    def missing(self, text: str) -> list[str]:
        """The characters of ``text`` no font covers, each once, in order."""
        if self.covered(text):
            return []
        out: list[str] = []
        for ch in text:
            if ch not in "\n\r\t" and self.font_for(ch) is None and ch not in out:
                out.append(ch)
        return out

    def runs(self, text: str) -> list[tuple[str, str]]:
        """``text`` cut into (font, text) runs; uncovered characters become :data:`PLACEHOLDER`."""
        if self.covered(text):
            return [(self.primary, text)]
        runs: list[tuple[str, str]] = []
        for ch in text:
            font = self.font_for(ch)
            if font is None:
                font, ch = self.primary, PLACEHOLDER
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + ch)
            else:
                runs.append((font, ch))
        return runs

    def check(self, items: Iterable[tuple[str, str]]) -> list[GlyphProblem]:
        """For each (record, text): the characters no font covers, as problems."""
        problems: list[GlyphProblem] = []
        seen: set[tuple[str, str]] = set()
        for record, text in items:
            if self.covered(text):
                continue
            for ch in self.missing(text):
                if (record, ch) not in seen:
                    seen.add((record, ch))
                    problems.append(GlyphProblem(record, ch))
        return problems

    def string_width(self, text: str, size: float) -> float:
        """Width of ``text`` at ``size``, each character in the font that draws it."""
        return float(sum(pdfmetrics.stringWidth(t, f, size) for f, t in self.runs(text)))


@cache
def font_set() -> FontSet:
    """The station's font set: the bundled fonts, plus an Extension B system font if present."""
    return FontSet(ext_b_candidates())


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str, fonts: FontSet | None = None) -> str:
    """``text`` escaped for a platypus Paragraph, each run not in the primary font wrapped in
    ``<font name=…>`` (uncovered characters become :data:`PLACEHOLDER`)."""
    fonts = fonts or font_set()
    if fonts.covered(text):
        return escape(text)
    return "".join(
        escape(run) if font == fonts.primary else f'<font name="{font}">{escape(run)}</font>'
        for font, run in fonts.runs(text)
    )
