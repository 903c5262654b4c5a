"""Fast text measuring, fitting and encoding for the canvas writers: widths per character,
cached, each character in the font that draws it (reports.glyphs), text wrapped by the print
rules (reports.text_fit: never a word lost); PDF text operators encoded once per string."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from villagedesk.reports.glyphs import PLACEHOLDER, FontSet
from villagedesk.reports.text_fit import Fitted, Kind, fit


@dataclass(frozen=True)
class CellText:
    """A text wrapped to a width: its lines and each line's width."""

    lines: tuple[str, ...]
    widths: tuple[float, ...]


class TextMeasure:
    """Widths at 1 pt per character, cached; multiply by the size."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self._em: dict[str, float] = {}

    def _char(self, ch: str) -> float:
        w = self._em.get(ch)
        if w is None:
            font = self.fonts.font_for(ch)
            if font is None:
                font, ch_drawn = self.fonts.placeholder_font, PLACEHOLDER
            else:
                ch_drawn = ch
            w = pdfmetrics.stringWidth(ch_drawn, font, 1.0)
            self._em[ch] = w
        return w

    def width(self, text: str, size: float) -> float:
        em = self._em
        try:
            return sum(map(em.__getitem__, text)) * size
        except KeyError:
            return sum([self._char(c) for c in text]) * size

    def fit(self, text: str, width: float, size: float, kind: Kind = Kind.TEXT) -> Fitted:
        """``text`` wrapped in full by the print rules (reports.text_fit), shrunk to no less
        than 6 pt when an unbreakable piece is wider than ``width``; one line fast."""
        if "\n" not in text and self.width(text, size) <= width:
            return Fitted((text,), size, True)
        return fit(text, width, size, self.width, kind)

    def cell(self, fitted: Fitted) -> CellText:
        """A fitted text's lines with their widths."""
        return CellText(fitted.lines, tuple(self.width(line, fitted.size) for line in fitted.lines))


Piece = tuple[str, str]
"""A font-select operator (``/F1+0 8.5 Tf 10.2 TL``) and the text shown in it (``(…) Tj``)."""
Run = tuple[float, tuple[Piece, ...]]
"""One font run of a string: its width, and its pieces (one per font subset)."""


_PDF_ESCAPES = {
    c: f"\\{c:03o}" if c < 32 or c >= 127 else "\\" + chr(c) if chr(c) in "\\()" else chr(c)
    for c in range(256)
}
"""What ReportLab's escapePDF writes for each byte, as a str.translate table (C speed)."""


_ASCII = "".join(map(chr, range(32, 127)))


def _escaped(chunk: bytes) -> str:
    return chunk.decode("latin-1").translate(_PDF_ESCAPES)


class TextEncoder:
    """The PDF text operators of each (string, size), encoded once per document.

    What ``PDFTextObject.textOut`` writes, without its per-call cost: each string is cut into
    font runs (uncovered characters become :data:`PLACEHOLDER`) and each run into font subsets
    once; the result is cached. This is safe within one document because a character's subset
    code never changes once ReportLab has assigned it. Printable ASCII (row numbers, ID numbers,
    phones, dates) skips the split when the primary font keeps it code for code in its first
    subset (ReportLab's "ASCII readable" subsets), which is checked once per document.
    """

    def __init__(self, canvas: Canvas, fonts: FontSet, measure: TextMeasure) -> None:
        self._doc = canvas._doc
        self.fonts, self.measure = fonts, measure
        self._runs: dict[tuple[str, float], tuple[Run, ...]] = {}
        self._select: dict[tuple[str, int, float], str] = {}
        self._ascii_as_is: bool | None = None

    def runs(self, text: str, size: float) -> tuple[Run, ...]:
        key = (text, size)
        runs = self._runs.get(key)
        if runs is None:
            runs = self._runs[key] = self._encode(text, size) if text else ()
        return runs

    def _encode(self, text: str, size: float) -> tuple[Run, ...]:
        if text.isascii() and text.isprintable() and self._ascii_kept():
            font = pdfmetrics.getFont(self.fonts.primary)
            return (
                (0.0, ((self._font_op(font, 0, size), f"({text.translate(_PDF_ESCAPES)}) Tj"),)),
            )
        out: list[Run] = []
        runs = self.fonts.runs(text)
        for name, run in runs:
            font = pdfmetrics.getFont(name)
            pieces = tuple(
                (self._font_op(font, subset, size), f"({_escaped(chunk)}) Tj")
                for subset, chunk in font.splitString(run, self._doc)
            )
            # A run's width places the next run; the last one's is not needed.
            width = self.measure.width(run, size) if len(runs) > 1 else 0.0
            out.append((width, pieces))
        return tuple(out)

    def _ascii_kept(self) -> bool:
        """Whether the primary font encodes printable ASCII as itself in subset 0."""
        if self._ascii_as_is is None:
            font = pdfmetrics.getFont(self.fonts.primary)
            self._ascii_as_is = self.fonts.covered(_ASCII) and font.splitString(
                _ASCII, self._doc
            ) == [(0, _ASCII.encode("ascii"))]
        return self._ascii_as_is

    def _font_op(self, font: pdfmetrics.Font, subset: int, size: float) -> str:
        key = (font.fontName, subset, size)
        op = self._select.get(key)
        if op is None:
            name = font.getSubsetInternalName(subset, self._doc)
            op = self._select[key] = f"{name} {fp_str(size)} Tf {fp_str(size * 1.2)} TL"
        return op


class TextOps:
    """Text operators appended to one text object's code, with the current font tracked so a
    font is selected only when it changes (one instance per text object)."""

    def __init__(self, code: list[str], encoder: TextEncoder) -> None:
        self.code, self.encoder = code, encoder
        self.font = ""

    def show(self, x: float, y: float, text: str, size: float) -> None:
        """Draw ``text`` with its left end at (x, y)."""
        self.show_runs(x, f"{y:.2f} Tm", self.encoder.runs(text, size))

    def show_runs(self, x: float, y_tm: str, runs: tuple[Run, ...]) -> None:
        code, font = self.code, self.font
        for width, pieces in runs:
            code.append(f"1 0 0 1 {x:.2f} {y_tm}")
            for op, shown in pieces:
                if op != font:
                    code.append(op)
                    font = op
                code.append(shown)
            x += width
        self.font = font
