"""A register declares its columns once; the GUI table, the xlsx export and the printed ledger are
all built from the same declaration (architecture rule 10)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from villagedesk.core.text import Translate


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class ValueKind(StrEnum):
    """How an exporter should type the cell (ID numbers and phones stay text)."""

    TEXT = "text"
    DATE = "date"
    NUMBER = "number"


Formatter = Callable[[Any, Translate], str]


def plain(value: Any, translate: Translate) -> str:
    del translate
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Column:
    """One column of a register.

    ``header`` is an English source string marked with QT_TRANSLATE_NOOP("Columns", …).
    ``width`` is in characters of the body font; renderers scale it to pixels, points or Excel units.
    """

    key: str
    header: str
    width: int
    align: Align = Align.LEFT
    format: Formatter = plain
    kind: ValueKind = ValueKind.TEXT
    default_visible: bool = True
    sortable: bool = True


@dataclass(frozen=True)
class RegisterSpec:
    """A register's identity, title (English source, context "Registers") and columns."""

    key: str
    title: str
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)
