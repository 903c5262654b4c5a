"""Text for the sheets built with platypus (the 民情办理单, the 三率 sheet), laid out by the print
rules (reports.text_fit) before ReportLab sees it: ReportLab's own CJK wrapping breaks names and
numbers anywhere. As the notice does (reports.notice_story), each text is wrapped to its width,
shrunk to no less than 6 pt where a piece that may not break needs it, and handed to a Paragraph
line by line, each character in the font that has it; text that still cannot fit is printed in
full, cut between characters, and becomes a fit problem."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from villagedesk.core.columns import Align
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.reports.glyphs import FontSet, GlyphProblem, fit_problem, markup
from villagedesk.reports.printed_text import PRINT_CTX
from villagedesk.reports.text_fit import Fitted, Kind, fit, header_lines

SPACES = re.compile(" {2,}")
ALIGNS = {Align.LEFT: 0, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT}
LEADING = 1.3
SLACK = 0.5
"""Points a Paragraph gets beyond the width its lines were fitted to (no second wrapping)."""


class FittedCells:
    """Paragraphs in ``fonts`` whose lines follow the print rules; what cannot be printed by
    them is added to :attr:`problems` (each once)."""

    def __init__(self, fonts: FontSet, say: Translate) -> None:
        self.fonts, self.say = fonts, say
        self.problems: list[GlyphProblem] = []
        self.printed: list[tuple[str, str]] = []
        """(record, text) of every text laid out, for the glyph check (reports.glyphs)."""
        self._styles: dict[tuple[float, int, float], ParagraphStyle] = {}
        self.unfitted = say(
            PRINT_CTX, QT_TRANSLATE_NOOP("PrintFit", "does not fit in its space: {text}")
        )

    def style(
        self, size: float, align: Align = Align.LEFT, lead: float = LEADING
    ) -> ParagraphStyle:
        key = (size, ALIGNS[align], lead)
        if key not in self._styles:
            self._styles[key] = ParagraphStyle(
                f"fc{size}-{key[1]}-{lead}",
                fontName=self.fonts.primary,
                fontSize=size,
                leading=size * lead,
                wordWrap="CJK",
                alignment=key[1],
            )
        return self._styles[key]

    def missing_glyphs(self) -> list[GlyphProblem]:
        """The characters of the texts laid out so far that no font covers."""
        return self.fonts.check(self.printed)

    def measure(self, text: str, size: float) -> float:
        return self.fonts.string_width(text, size)

    def report(self, record: str, text: str) -> None:
        """``text`` of ``record`` could not be printed by the rules."""
        self.add(record, self.unfitted.format(text=text))

    def add(self, record: str, detail: str) -> None:
        """A fit problem of ``record``: ``detail`` (translated) says what was not printed."""
        problem = fit_problem(record, detail)
        if problem not in self.problems:
            self.problems.append(problem)

    def fit(
        self,
        text: str,
        width: float,
        size: float,
        *,
        kind: Kind = Kind.TEXT,
        record: str = "",
        max_lines: int = 0,
    ) -> Fitted:
        """``text`` wrapped to ``width`` by its break rule (names at "·" only, numbers whole),
        shrunk from ``size`` only as far as it must; reported against ``record`` when even 6 pt
        does not do."""
        self.printed.append((record, text))
        fitted = fit(text, width - SLACK, size, self.measure, kind, max_lines=max_lines)
        if not fitted.complete:
            self.report(record, text)
        return fitted

    def lines(
        self, lines: Sequence[str], size: float, align: Align = Align.LEFT, lead: float = LEADING
    ) -> Paragraph:
        """Lines laid out already (by :meth:`fit`) as one Paragraph."""
        return Paragraph(self._shown(lines), self.style(size, align, lead))

    def text(
        self,
        text: str,
        width: float,
        size: float,
        *,
        kind: Kind = Kind.TEXT,
        align: Align = Align.LEFT,
        record: str = "",
        max_lines: int = 0,
        lead: float = LEADING,
    ) -> Paragraph:
        """:meth:`fit`, as a Paragraph."""
        fitted = self.fit(text, width, size, kind=kind, record=record, max_lines=max_lines)
        return self.lines(fitted.lines, fitted.size, align, lead)

    def head(self, text: str, width: float, size: float) -> Paragraph:
        """A column header: one line, else broken at a natural point, else two even lines."""
        self.printed.append(("", text))
        fitted = header_lines(text, width - SLACK, size, self.measure)
        return Paragraph(self._shown(fitted.lines), self.style(fitted.size, Align.CENTER))

    def _shown(self, lines: Sequence[str]) -> str:
        """The lines as Paragraph markup; a run of spaces stays as wide as it was measured (a
        form's "日期：    年    月    日"), where ReportLab would fold it into one."""
        return "<br/>".join(
            SPACES.sub(lambda m: "&nbsp;" * len(m.group()), markup(line, self.fonts))
            for line in lines
        )
