"""Text on a bare ReportLab canvas for the cards and handbooks: each character in the font that
has it (reports.glyphs), CJK line wrapping, the printer offsets and the no-scaling preference."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from villagedesk.core.printing.model import PrinterOffsets
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.reports.glyphs import FontSet, GlyphProblem, fit_problem, font_set
from villagedesk.reports.text_fit import MIN_SIZE, Fitted, Kind, fit, wrap
from villagedesk.reports.text_layout import TextMeasure

PRINT_CTX = "PrintFit"
PDF_VERSION = (1, 6)
"""/PrintScaling (print at actual size) is a PDF 1.6 viewer preference: every file says 1.6."""


def identity(context: str, text: str) -> str:
    del context
    return text


class Pen:
    """Draws strings on ``canvas`` with per-character fonts; widths and wrapping to match."""

    def __init__(
        self, canvas: Canvas, fonts: FontSet | None = None, translate: Translate | None = None
    ) -> None:
        self.canvas = canvas
        self.fonts = fonts or font_set()
        self.primary = self.fonts.primary
        self._measure = TextMeasure(self.fonts)
        self._covered: dict[str, bool] = {}
        self.translate: Translate = translate or identity
        self.record = ""
        """The record being drawn: names it in a fit problem."""
        self.problems: list[GlyphProblem] = []
        """Text that could not be printed by the rules, found while drawing."""

    def covered(self, text: str) -> bool:
        """Whether the primary font has every character (cached: labels repeat on every card)."""
        known = self._covered.get(text)
        if known is None:
            if len(self._covered) > 4096:
                self._covered.clear()
            known = self._covered[text] = self.fonts.covered(text)
        return known

    def width(self, text: str, size: float) -> float:
        """Each character's width in the font that draws it, cached (fitting a text measures it
        at every size it tries, and the cards' labels repeat on every card)."""
        return self._measure.width(text, size)

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

    def wrap(self, text: str, width: float, size: float, kind: Kind = Kind.TEXT) -> list[str]:
        """``text`` cut into lines no wider than ``width`` by the print rules (reports.text_fit:
        names only after "·", numbers and Latin words whole, no closing punctuation first)."""
        return wrap(text, width, size, self.width, kind)[0]

    def fit(
        self,
        text: str,
        width: float,
        size: float,
        *,
        kind: Kind = Kind.TEXT,
        max_lines: int = 0,
        min_size: float = MIN_SIZE,
    ) -> Fitted:
        """``text`` wrapped to ``width``, shrunk from ``size`` (to no less than ``min_size``)
        until it keeps to ``max_lines``; an incomplete fit is reported (:meth:`report`)."""
        fitted = fit(text, width, size, self.width, kind, max_lines=max_lines, min_size=min_size)
        if not fitted.complete:
            self.report_unfitted(text)
        return fitted

    def report_unfitted(self, text: str) -> None:
        """Note that ``text`` of the current record could not be printed as the rules want."""
        detail = self.translate(
            PRINT_CTX, QT_TRANSLATE_NOOP("PrintFit", "does not fit in its space: {text}")
        ).format(text=text)
        self.report(detail)

    def report(self, detail: str) -> None:
        """A fit problem of the current record (:attr:`record`), once per detail."""
        problem = fit_problem(self.record, detail)
        if problem not in self.problems:
            self.problems.append(problem)


def check_texts(items: Iterable[tuple[str, str]]) -> list[GlyphProblem]:
    """Every character of every (record, text) checked before anything is drawn."""
    return font_set().check(items)


def start_page(canvas: Canvas, offsets: PrinterOffsets) -> None:
    """Move the page by the printer's offsets (x right, y down)."""
    if offsets.x_mm or offsets.y_mm:
        canvas.translate(offsets.x_mm * mm, -offsets.y_mm * mm)


def new_canvas(target: object, pagesize: tuple[float, float], *, title: str, author: str) -> Canvas:
    """A canvas that embeds its fonts, compresses its pages and asks viewers not to scale (PDF
    1.6); its metadata dates are the real time of writing."""
    canvas = PrintCanvas(
        target,
        pagesize=pagesize,
        pageCompression=1,
        initialFontName=font_set().primary,
        initialFontSize=10,
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("VillageDesk")
    return canvas


class PrintCanvas(Canvas):  # type: ignore[misc]
    """A canvas for every printed document (also platypus' ``canvasmaker``): PDF 1.6, with the
    viewer preference to print at actual size, and real creation dates (never ``invariant``)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs["pdfVersion"] = PDF_VERSION
        kwargs["invariant"] = 0
        super().__init__(*args, **kwargs)
        self.setViewerPreference("PrintScaling", "None")


__all__ = [
    "Pen",
    "PrintCanvas",
    "Translate",
    "check_texts",
    "identity",
    "new_canvas",
    "start_page",
]
