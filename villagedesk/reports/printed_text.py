"""Text on a bare ReportLab canvas for the cards and handbooks: each character in the font that
has it (reports.glyphs), CJK line wrapping, the printer offsets and the no-scaling preference."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from villagedesk.core.printing import PrinterOffsets
from villagedesk.core.text import Translate
from villagedesk.reports.glyphs import FontSet, GlyphProblem, font_set

NO_LINE_START = set("，。、；：！？）》」』”’,.;:!?)%")


def identity(context: str, text: str) -> str:
    del context
    return text


class Pen:
    """Draws strings on ``canvas`` with per-character fonts; widths and wrapping to match."""

    def __init__(self, canvas: Canvas, fonts: FontSet | None = None) -> None:
        self.canvas = canvas
        self.fonts = fonts or font_set()
        self.primary = self.fonts.primary
        self._covered: dict[str, bool] = {}

    def covered(self, text: str) -> bool:
        """Whether the primary font has every character (cached: labels repeat on every card)."""
        known = self._covered.get(text)
        if known is None:
            if len(self._covered) > 4096:
                self._covered.clear()
            known = self._covered[text] = self.fonts.covered(text)
        return known

    def width(self, text: str, size: float) -> float:
        if self.covered(text):
            return float(stringWidth(text, self.primary, size))
        return self.fonts.string_width(text, size)

    def draw(self, x: float, y: float, text: str, size: float) -> None:
        """Draw ``text`` with its left end at ``x``."""
        c = self.canvas
        if self.covered(text):
            c.setFont(self.primary, size)
            c.drawString(x, y, text)
            return
        for font, run in self.fonts.runs(text):
            c.setFont(font, size)
            c.drawString(x, y, run)
            x += stringWidth(run, font, size)

    def draw_w(self, x: float, y: float, text: str, size: float) -> float:
        """Draw ``text`` like :meth:`draw`; returns its width."""
        self.draw(x, y, text, size)
        return self.width(text, size)

    def right(self, x: float, y: float, text: str, size: float) -> None:
        self.draw(x - self.width(text, size), y, text, size)

    def centred(self, x: float, y: float, text: str, size: float) -> None:
        self.draw(x - self.width(text, size) / 2, y, text, size)

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        """``text`` cut into lines no wider than ``width`` (by character, as CJK text wraps;
        closing punctuation never starts a line)."""
        if "\n" not in text and self.width(text, size) <= width:
            return [text]
        lines: list[str] = []
        for para in text.split("\n"):
            line = ""
            for ch in para:
                if line and self.width(line + ch, size) > width and ch not in NO_LINE_START:
                    cut = line.rfind(" ") if ch.isascii() and not ch.isspace() else -1
                    if cut > 0 and line[cut + 1 :].isascii():  # keep a Latin word whole
                        lines.append(line[:cut])
                        line = line[cut + 1 :] + ch
                    else:
                        lines.append(line)
                        line = "" if ch == " " else ch
                else:
                    line += ch
            lines.append(line)
        return lines

    def fit(self, text: str, width: float, size: float, lines: int) -> list[str]:
        """At most ``lines`` wrapped lines; the last one ends in "…" when text was cut."""
        wrapped = self.wrap(text, width, size)
        if len(wrapped) <= lines:
            return wrapped
        kept = wrapped[:lines]
        last = kept[-1]
        while last and self.width(last + "…", size) > width:
            last = last[:-1]
        kept[-1] = last + "…"
        return kept


def check_texts(items: Iterable[tuple[str, str]]) -> list[GlyphProblem]:
    """Every character of every (record, text) checked before anything is drawn."""
    return font_set().check(items)


def start_page(canvas: Canvas, offsets: PrinterOffsets) -> None:
    """Move the page by the printer's offsets (x right, y down)."""
    if offsets.x_mm or offsets.y_mm:
        canvas.translate(offsets.x_mm * mm, -offsets.y_mm * mm)


def new_canvas(target: object, pagesize: tuple[float, float], *, title: str, author: str) -> Canvas:
    """A canvas that embeds its fonts, compresses its pages and asks viewers not to scale."""
    canvas = Canvas(
        target,
        pagesize=pagesize,
        pageCompression=1,
        invariant=1,
        initialFontName=font_set().primary,
        initialFontSize=10,
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("VillageDesk")
    canvas.setViewerPreference("PrintScaling", "None")
    return canvas


__all__ = ["Pen", "Translate", "check_texts", "identity", "new_canvas", "start_page"]
