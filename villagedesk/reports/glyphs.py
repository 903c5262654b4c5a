"""Per-character font choice and the glyph check: never a silent blank.

ReportLab draws a character its font lacks as a blank, without a warning. So every writer asks
:class:`FontSet` which font covers each character (by the fonts' cmaps): WQY Micro Hei first,
WQY Zen Hei for CJK Extension A, HanaMinB (bundled, OFL) for Extensions B to F (刘𠇔, 黄𫟹), then a
Windows system font such as SimSun-ExtB when present. ReportLab embeds only the glyphs used.
:meth:`FontSet.check` lists the characters no available font covers, with the record they belong
to, BEFORE anything is written; the writers draw :data:`PLACEHOLDER` in their place, a full
em-wide box (Zen Hei's) in which the character can be written by hand.

A :class:`GlyphProblem` is also how a writer reports text that truly could not fit (a fit problem:
no character, a ``detail`` saying what was not printed in full); callers list both alike.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from villagedesk.assets import resource_path
from villagedesk.reports.fonts import SANS, register_fonts

ZENHEI = "WQYZenHei"
ZENHEI_FILE = "wqy-zenhei.ttc"
HANAMIN_B = "HanaMinB"
HANAMIN_B_FILE = "HanaMinB.ttf"
EXT_B = "SimSunExtB"
PLACEHOLDER = "□"
"""Drawn where no font has the character (the character itself is reported)."""
PLACEHOLDER_FONT = ZENHEI
"""The face that draws :data:`PLACEHOLDER`: its □ is a full em wide (Micro Hei's is 0.6 em)."""


_REPORTLAB_TO_UNICODE = ttfonts.makeToUnicodeCMap


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16 (surrogate
    pairs), as the PDF standard wants: ReportLab writes ``<201D4>``, so 刘𠇔 was searched and
    copied as "刘”". Characters of the Basic Multilingual Plane are written exactly as before."""
    text = _REPORTLAB_TO_UNICODE(fontname, [c if c <= 0xFFFF else 0 for c in subset])
    if all(c <= 0xFFFF for c in subset):
        return str(text)
    lines = str(text).split("\n")
    start = lines.index(f"{len(subset)} beginbfchar") + 1
    for i, code in enumerate(subset):
        lines[start + i] = f"<{i:02X}> <{_utf16_hex(code)}>"
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = to_unicode_cmap  # used by every TTFont's addObjects


def ext_b_candidates() -> list[Path]:
    """Where a system font for CJK Extension B may be (Windows: SimSun-ExtB)."""
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
    fonts = Path(windir) / "Fonts"
    return [fonts / "simsunb.ttf", fonts / "SimSun-ExtB.ttf", fonts / "mingliub.ttc"]


@dataclass(frozen=True)
class GlyphProblem:
    """A character no available font covers, and the record it belongs to; or (``character``
    empty, ``detail`` set) a text of the record that could not be printed in full."""

    record: str
    character: str
    detail: str = ""

    @property
    def codepoint(self) -> str:
        return f"U+{ord(self.character):04X}" if len(self.character) == 1 else ""

    @property
    def is_fit(self) -> bool:
        """True for text that did not fit (rather than a missing character)."""
        return not self.character

    def __str__(self) -> str:
        if self.is_fit:
            return f"{self.record}: {self.detail}"
        return f"{self.record}: {self.character} ({self.codepoint})"


def fit_problem(record: str, detail: str) -> GlyphProblem:
    """Text of ``record`` that could not be printed in full; ``detail`` (translated) says what."""
    return GlyphProblem(record, "", detail)


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
        hanamin = resource_path("fonts", HANAMIN_B_FILE)
        if hanamin.is_file():
            self._faces.append(_Face(HANAMIN_B, hanamin))
        for i, path in enumerate(p for p in extra if p.is_file()):
            self._faces.append(_Face(EXT_B if i == 0 else f"{EXT_B}{i}", path))
        self._primary_cmap = self._faces[0].font.face.charToGlyph
        self._primary_chars = frozenset(map(chr, self._primary_cmap)) | frozenset("\n\r\t")
        self._choice: dict[str, str | None] = {}

    @property
    def placeholder_font(self) -> str:
        """The font that draws :data:`PLACEHOLDER` (registered on first use)."""
        face = next(f for f in self._faces if f.name == PLACEHOLDER_FONT)
        return str(face.font.fontName)

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
        """``text`` cut into (font, text) runs; uncovered characters become :data:`PLACEHOLDER`
        (in :data:`PLACEHOLDER_FONT`, a full em wide)."""
        if self.covered(text):
            return [(self.primary, text)]
        runs: list[tuple[str, str]] = []
        for ch in text:
            font = self.font_for(ch)
            if font is None:
                font, ch = self.placeholder_font, PLACEHOLDER
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
