"""Fast text measuring and wrapping for the canvas writers: widths per character, cached, each
character in the font that draws it (reports.glyphs), Chinese wrapped at any character and
Latin words kept whole where they fit."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics

from villagedesk.reports.glyphs import PLACEHOLDER, FontSet

ELLIPSIS = "…"


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
                font, ch_drawn = self.fonts.primary, PLACEHOLDER
            else:
                ch_drawn = ch
            w = pdfmetrics.stringWidth(ch_drawn, font, 1.0)
            self._em[ch] = w
        return w

    def width(self, text: str, size: float) -> float:
        em = self._em
        try:
            return sum([em[c] for c in text]) * size
        except KeyError:
            return sum([self._char(c) for c in text]) * size

    def wrap(self, text: str, width: float, size: float, max_lines: int = 0) -> CellText:
        """``text`` broken into lines no wider than ``width`` (explicit newlines kept). With
        ``max_lines`` the last kept line ends in an ellipsis when text was cut."""
        lines: list[str] = []
        widths: list[float] = []
        limit = width / size if size else 0.0
        for para in text.split("\n") if "\n" in text else (text,):
            para_w = self.width(para, 1.0)
            if para_w <= limit:
                lines.append(para)
                widths.append(para_w * size)
                continue
            self._break(para, limit, size, lines, widths)
        if max_lines and len(lines) > max_lines:
            lines, widths = lines[:max_lines], widths[:max_lines]
            last = lines[-1]
            while last and self.width(last + ELLIPSIS, 1.0) > limit:
                last = last[:-1]
            lines[-1] = last + ELLIPSIS
            widths[-1] = self.width(lines[-1], size)
        return CellText(tuple(lines) or ("",), tuple(widths) or (0.0,))

    def _break(
        self, para: str, limit: float, size: float, lines: list[str], widths: list[float]
    ) -> None:
        start, used, last_space = 0, 0.0, -1
        i = 0
        while i < len(para):
            ch = para[i]
            w = self._em.get(ch) or self._char(ch)
            if ch == " ":
                last_space = i
            if used + w > limit and i > start:
                cut = i
                if ch.isascii() and ch.isalnum() and last_space > start:
                    cut = last_space + 1  # keep a Latin word or a number whole
                line = para[start:cut].rstrip(" ")
                lines.append(line)
                widths.append(self.width(line, size))
                start, last_space = cut, -1
                used = self.width(para[start:i], 1.0)
                continue_at = i
                used += w
                i = continue_at + 1
                continue
            used += w
            i += 1
        line = para[start:]
        lines.append(line)
        widths.append(self.width(line, size))
