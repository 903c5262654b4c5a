"""A register declares its columns once; the GUI table, the xlsx export and the printed ledger are
all built from the same declaration (architecture rule 10)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from villagedesk.core.dates import PartialDate
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate

RawRow = tuple[object, ...]
"""One record's stored values, in the order of the keys asked for: text (names, codes, ISO
dates), numbers (counts, masks, half hours, 0/1 flags) or None, as the store keeps them."""


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class ValueKind(StrEnum):
    """How an exporter should type the cell (ID numbers and phones stay text)."""

    TEXT = "text"
    DATE = "date"
    NUMBER = "number"


Formatter = Callable[[object, Translate], str]
"""A column's stored value (as :data:`RawRow` holds it) → the text shown, translated where the
value is a code."""


def as_int(value: object) -> int:
    """A stored count, mask or number of half hours as an int; nothing (None, "") is 0."""
    return int(value) if isinstance(value, (int, float, str)) and value else 0


def plain(value: object, translate: Translate) -> str:
    del translate
    return "" if value is None else str(value)


def fmt_date(value: object, translate: Translate) -> str:
    """A stored ISO date (or month) as the registers show it: 1985.07.12, 1985.07."""
    del translate
    return PartialDate.from_iso(str(value)).display() if value else ""


class Labelled(Protocol):
    """An enum whose members carry an English source label (context "Enum")."""

    @property
    def label(self) -> str: ...


def enum_formatter(enum: Callable[[str], Labelled]) -> Formatter:
    """Show a stored enum code as its translated label (an unknown code as it is)."""

    def fmt(value: object, translate: Translate) -> str:
        if not value:
            return ""
        try:
            return translate("Enum", enum(str(value)).label)
        except ValueError:
            return str(value)

    return fmt


@dataclass(frozen=True)
class Column:
    """One column of a register.

    ``header`` is an English source string marked with QT_TRANSLATE_NOOP("Columns", …).
    ``width`` is in characters of the body font; renderers scale it to pixels, points or Excel units.
    ``township_only`` columns (the village column) exist only where a township shows the records
    of several villages; :meth:`RegisterSpec.for_mode` leaves them out elsewhere.
    """

    key: str
    header: str
    width: int
    align: Align = Align.LEFT
    format: Formatter = plain
    kind: ValueKind = ValueKind.TEXT
    default_visible: bool = True
    sortable: bool = True
    township_only: bool = False


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

    def for_mode(self, *, township: bool) -> RegisterSpec:
        """The register as a station in this mode shows it: township-only columns dropped at a
        village (they are declared last, so the other columns keep their positions)."""
        if township or not any(c.township_only for c in self.columns):
            return self
        return RegisterSpec(
            self.key, self.title, tuple(c for c in self.columns if not c.township_only)
        )


#: The township's village column (村（社区）): the record's village by name, else its code. Declared
#: last in every register a township shows for all its villages.
VILLAGE_COLUMN = Column(
    "village", QT_TRANSLATE_NOOP("Columns", "Village / community"), 17, township_only=True
)
