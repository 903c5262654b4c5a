"""Line breaking and shrinking that never lose a word: the print rules in one place.

Wrap first, then shrink, to no less than :data:`MIN_SIZE` (6 pt); where text still cannot fit, the
writer reports it as a fit problem (``reports.glyphs.fit_problem``), never a silent "…". What may
break where (:func:`tokens`):

- names (:attr:`Kind.NAME`) break only after "·" (阿不都热合曼·/买买提), never inside a part;
- numbers (:attr:`Kind.NUMBER`: ID numbers, phones, card numbers, dates) never break;
- other text breaks between CJK characters and between words, keeping a run of Latin letters,
  digits and number punctuation (13712345678, 2026.01.06, 139****1234, 024-42812345-8021) whole;
  closing punctuation never starts a line and opening punctuation never ends one.

Only when a single unbreakable piece is wider than the line even at 6 pt is it cut by character,
and the result says so (``complete`` is False) for the writer to report.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from villagedesk.core.columns import Column, ValueKind

MIN_SIZE = 6.0
"""The smallest size any printed text is shrunk to."""
STEP = 0.25

Width = Callable[[str, float], float]
"""The width of a text at a size, in points (each character in the font that draws it)."""


class Kind(StrEnum):
    """How a text may break across lines."""

    TEXT = "text"
    NAME = "name"
    NUMBER = "number"
    LIST = "list"
    """Items joined by "、" (posts, categories): broken after a "、", an item wider than the line
    as text."""


NO_LINE_START = frozenset("，。、；：！？）》」』”’〕】〉,.;:!?)]}%·…")
NO_LINE_END = frozenset("（《「『“‘〔【〈([{")
NAME_BREAKS = frozenset("·•・ ")
LIST_BREAKS = frozenset("、，,; ")
_ATOM = re.compile(r"[0-9A-Za-z*#+@_%][0-9A-Za-z*#+@_%.\-/:~'&]*")

#: Column keys whose values are people's names, and those whose values are numbers.
NAME_KEYS = frozenset(
    {
        "name",
        "head",
        "cadre",
        "contact_name",
        "member_name",
        "resident",
        "requester",
        "assignee",
        "followed_up_by",
    }
)
NUMBER_KEYS = frozenset({"id_number", "phone", "contact_phone", "card_number", "code", "number"})
LIST_KEYS = frozenset({"posts", "categories", "tags", "relief"})


def column_kind(column: Column) -> Kind:
    """How the cells of a register's column may break (by its key and value kind)."""
    if column.key in NAME_KEYS:
        return Kind.NAME
    if column.key in NUMBER_KEYS or column.kind in (ValueKind.DATE, ValueKind.NUMBER):
        return Kind.NUMBER
    if column.key in LIST_KEYS:
        return Kind.LIST
    return Kind.TEXT


def tokens(text: str, kind: Kind = Kind.TEXT) -> list[str]:
    """``text`` cut into the pieces a line may break between (their concatenation is ``text``)."""
    if kind is Kind.NUMBER or not text:
        return [text]
    if kind in (Kind.NAME, Kind.LIST):
        breaks = NAME_BREAKS if kind is Kind.NAME else LIST_BREAKS
        out: list[str] = []
        part = ""
        for ch in text:
            part += ch
            if ch in breaks:
                out.append(part)
                part = ""
        if part:
            out.append(part)
        return out
    out = []
    i, n = 0, len(text)
    glue_next = False
    while i < n:
        m = _ATOM.match(text, i)
        if m:
            tok, i = m.group(), m.end()
        else:
            tok, i = text[i], i + 1
        if out and (glue_next or tok[0] in NO_LINE_START):
            out[-1] += tok
        else:
            out.append(tok)
        glue_next = tok[-1] in NO_LINE_END
    return out


def wrap(
    text: str, width: float, size: float, measure: Width, kind: Kind = Kind.TEXT
) -> tuple[list[str], bool]:
    """The lines of ``text`` no wider than ``width`` at ``size`` (explicit newlines kept), and
    whether a piece that may not break had to be cut (it was wider than the line)."""
    lines: list[str] = []
    cut = False
    for para in text.split("\n"):
        if measure(para, size) <= width:
            lines.append(para)
            continue
        line, line_w = "", 0.0
        pending = tokens(para, kind)
        pending.reverse()
        while pending:
            tok = pending.pop()
            tok_w = measure(tok, size)
            if kind is Kind.LIST and tok_w > width + 1e-6 and len(tokens(tok)) > 1:
                pending.extend(reversed(tokens(tok)))  # an item wider than the line, as text
                continue
            if line and line_w + tok_w > width + 1e-6:
                kept = line.rstrip(" ")
                lines.append(kept)
                tok = tok.lstrip(" ")
                line, line_w = "", 0.0
                tok_w = measure(tok, size)
            if tok_w > width + 1e-6:  # an unbreakable piece wider than the line
                cut = True
                for ch in tok:
                    ch_w = measure(ch, size)
                    if line and line_w + ch_w > width + 1e-6:
                        lines.append(line)
                        line, line_w = "", 0.0
                    line += ch
                    line_w += ch_w
                continue
            line += tok
            line_w += tok_w
        lines.append(line.rstrip(" "))
    return lines, cut


@dataclass(frozen=True)
class Fitted:
    """A text laid out to a width: its lines, the size they are drawn at, and whether it fits
    by the rules (False: a piece was cut, or more lines than allowed were needed)."""

    lines: tuple[str, ...]
    size: float
    complete: bool


def fit(
    text: str,
    width: float,
    size: float,
    measure: Width,
    kind: Kind = Kind.TEXT,
    *,
    max_lines: int = 0,
    min_size: float = MIN_SIZE,
) -> Fitted:
    """``text`` wrapped to ``width`` at the largest size from ``size`` down to ``min_size`` at
    which no unbreakable piece is cut and (with ``max_lines``) the lines are few enough. When
    none is, the lines at ``min_size`` (every word still there) with ``complete`` False."""
    current = size
    while True:
        lines, cut = wrap(text, width, current, measure, kind)
        ok = not cut and (not max_lines or len(lines) <= max_lines)
        if ok or current <= min_size + 1e-9:
            return Fitted(tuple(lines), current, ok)
        current = max(min_size, current - STEP)


def fit_block(
    paragraphs: Sequence[tuple[str, Kind]],
    width: float,
    height: float,
    size: float,
    measure: Width,
    *,
    leading: float = 1.3,
    gap: float = 0.0,
    min_size: float = MIN_SIZE,
) -> tuple[list[tuple[str, ...]], float, bool]:
    """Several paragraphs in one box: each wrapped to ``width``, at the largest common size from
    ``size`` down to ``min_size`` at which they all fit in ``height`` (lines at ``leading`` ×
    size, ``gap`` points between paragraphs). Returns the lines of each, the size, and whether
    they fit (False: the lines at ``min_size``, every word, taller than the box)."""
    current = size
    while True:
        laid: list[tuple[str, ...]] = []
        cut = False
        for text, kind in paragraphs:
            lines, broke = wrap(text, width, current, measure, kind)
            laid.append(tuple(lines))
            cut = cut or broke
        count = sum(len(lines) for lines in laid)
        used = count * current * leading + gap * max(len(laid) - 1, 0)
        ok = not cut and used <= height + 1e-6
        if ok or current <= min_size + 1e-9:
            return laid, current, ok
        current = max(min_size, current - STEP)


HEADER_SHRINK = 1.5
"""How far (pt) a header shrinks to stay on one line (or split at a natural point) before it
is broken between characters."""


def _split_points(text: str) -> list[int]:
    """Where a header breaks naturally: before an opening parenthesis, after a slash or "、"."""
    points = [i for i, ch in enumerate(text) if ch in "（(" and i > 0]
    points += [i + 1 for i, ch in enumerate(text) if ch in "/／、" and 0 < i < len(text) - 1]
    return sorted(set(points))


def _two_lines(text: str, width: float, size: float, measure: Width) -> list[str] | None:
    """``text`` in two lines as even as the break rules allow, each within ``width``."""
    best: tuple[float, list[str]] | None = None
    pieces = tokens(text)
    for k in range(1, len(pieces)):
        lines = ["".join(pieces[:k]).rstrip(), "".join(pieces[k:]).lstrip()]
        widest = max(measure(line, size) for line in lines)
        if widest <= width + 1e-6 and (best is None or widest < best[0]):
            best = (widest, lines)
    return best[1] if best else None


def header_lines(text: str, width: float, size: float, measure: Width) -> Fitted:
    """A column header: one line when it fits; else broken at a natural point ("时长" /
    "（小时）", "正式/" / "预备"), shrinking up to 1.5 pt for either; else two even lines; else
    smaller (to 6 pt) and wrapped. A closing parenthesis is never left alone on a line."""
    current = size
    while current >= size - HEADER_SHRINK - 1e-9:
        if measure(text, current) <= width + 1e-6:
            return Fitted((text,), current, True)
        for at in _split_points(text):
            lines = [text[:at], text[at:]]
            if all(measure(line, current) <= width + 1e-6 for line in lines):
                return Fitted(tuple(lines), current, True)
        current -= STEP
    current = size
    while True:
        two = _two_lines(text, width, current, measure)
        if two is not None:
            return Fitted(tuple(two), current, True)
        if current <= MIN_SIZE + 1e-9:
            lines, cut = wrap(text, width, current, measure)
            return Fitted(tuple(lines), current, not cut)
        current = max(MIN_SIZE, current - STEP)
