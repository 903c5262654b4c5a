"""Spreadsheet rows on their way into the registers: the column mapping the user can correct,
the row as read (:class:`SourceRow`), what became of it (:class:`RowResult`), and the readings of
the values people type (sex 男/1, relations 子/长女, categories 在职、老党员).

The exchange layer turns a file into ``SourceRow`` values (cell text already normalised); the
import service (``core.importing.services``) checks them with the same rules as the forms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from villagedesk.core.households.model import Relation
from villagedesk.core.masking import mask_text
from villagedesk.core.members.model import Category, Sex, Standing, parse_category
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Import"


class ImportKind(StrEnum):
    """What a file holds: the member roll, residents (grouped into households), or a 民情台账
    (residents' requests, core.importing.requests)."""

    MEMBERS = "members"
    RESIDENTS = "residents"
    REQUESTS = "requests"


@dataclass(frozen=True)
class ImportSource:
    """The file an import reads, as the import's log entry names it: its name and the sha256 of
    its bytes. The new records are listed in the log by uuid only; their values are the file's."""

    name: str
    sha256: str

    def note(self) -> str:
        """The entry's note: the name (any number in it masked, as in every log text) and the
        digest."""
        return f"{mask_text(self.name)} sha256:{self.sha256}"


class RowOutcome(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    RowOutcome.NEW: QT_TRANSLATE_NOOP("Import", "New"),
    RowOutcome.UPDATE: QT_TRANSLATE_NOOP("Import", "Update"),
    RowOutcome.UNCHANGED: QT_TRANSLATE_NOOP("Import", "Unchanged"),
    RowOutcome.REFUSED: QT_TRANSLATE_NOOP("Import", "Refused"),
}


@dataclass(frozen=True)
class ColumnMapping:
    """Which field each column of the file fills; the preview lets the user correct it.

    ``header_row`` is the 0-based index of the header row in the sheet; ``headers`` the header
    cell texts as written; ``fields`` maps a column index to a template field key. A column that
    is in neither ``fields`` nor ``ignored`` is *unknown*: shown to the user, not imported.
    """

    kind: ImportKind
    header_row: int
    headers: tuple[str, ...]
    fields: Mapping[int, str]
    ignored: frozenset[int] = frozenset()

    def column_of(self, key: str) -> int | None:
        return next((c for c, k in self.fields.items() if k == key), None)

    def with_field(self, column: int, key: str | None) -> ColumnMapping:
        """The mapping with ``column`` assigned to ``key`` (None: not imported). A field has one
        column: assigning it elsewhere takes it from its former column."""
        fields = {c: k for c, k in self.fields.items() if c != column and k != key}
        if key is not None:
            fields[column] = key
        return replace(self, fields=fields, ignored=self.ignored - {column})

    @property
    def unknown(self) -> list[tuple[int, str]]:
        """(column, header) of every non-empty column that is not imported."""
        return [
            (i, h)
            for i, h in enumerate(self.headers)
            if h.strip() and i not in self.fields and i not in self.ignored
        ]

    def missing(self, required: tuple[str, ...]) -> list[str]:
        return [k for k in required if self.column_of(k) is None]


@dataclass(frozen=True)
class SourceRow:
    """One data row of the file. ``line`` is the spreadsheet's row number (1-based), ``cells``
    the texts as written (for the error report), ``values`` the normalised text per field key,
    ``cell_errors`` problems already found in the cells (a damaged ID number …)."""

    line: int
    cells: tuple[str, ...]
    values: Mapping[str, str]
    cell_errors: Mapping[str, tuple[Message, ...]] = field(default_factory=dict)

    def get(self, key: str) -> str:
        return self.values.get(key, "")


@dataclass(frozen=True)
class FieldChange:
    """A field an update changes; ``header`` is the template's Chinese column header."""

    key: str
    header: str
    old: str
    new: str


@dataclass(frozen=True)
class RowResult:
    """What became of one row in the preview (and, after confirming, in the registers)."""

    line: int
    outcome: RowOutcome
    name: str = ""
    id_number: str = ""
    reasons: tuple[Message, ...] = ()
    """Why the row is refused (empty unless REFUSED)."""
    warnings: tuple[Message, ...] = ()
    notes: tuple[Message, ...] = ()
    """What the import decides for the row: a default standing, a branch or household created."""
    changes: tuple[FieldChange, ...] = ()
    cells: tuple[str, ...] = ()
    group: str = ""
    """Residents: the household the row joins (its key in the file)."""


# -- readings of typed values --------------------------------------------------------------------


def compact(text: str) -> str:
    """NFKC (full-width → half-width) with every space removed."""
    return "".join(unicodedata.normalize("NFKC", text).split())


_SEX = {
    "男": Sex.MALE,
    "男性": Sex.MALE,
    "1": Sex.MALE,
    "m": Sex.MALE,
    "male": Sex.MALE,
    "女": Sex.FEMALE,
    "女性": Sex.FEMALE,
    "2": Sex.FEMALE,
    "f": Sex.FEMALE,
    "female": Sex.FEMALE,
}


def parse_sex(text: str) -> Sex | None:
    """男/女, 1/2 (the national code), male/female; None when unreadable or blank."""
    return _SEX.get(compact(text).lower())


_STANDING = {
    "正式": Standing.FULL,
    "正式党员": Standing.FULL,
    "full": Standing.FULL,
    "预备": Standing.PROBATIONARY,
    "预备党员": Standing.PROBATIONARY,
    "probationary": Standing.PROBATIONARY,
}


def parse_standing(text: str) -> Standing | None:
    return _STANDING.get(compact(text).lower())


_RELATIONS: dict[Relation, tuple[str, ...]] = {
    Relation.HEAD: ("户主", "本人", "户主本人"),
    Relation.SPOUSE: ("配偶", "妻", "妻子", "夫", "丈夫", "之妻", "之夫", "爱人"),
    Relation.SON: ("子", "儿子", "长子", "次子", "三子", "四子", "五子", "独子", "养子", "继子"),
    Relation.DAUGHTER: ("女", "女儿", "长女", "次女", "三女", "四女", "五女", "独女", "养女"),
    Relation.PARENT: ("父母", "父亲", "母亲", "父", "母", "公公", "婆婆", "岳父", "岳母"),
    Relation.GRANDCHILD: ("孙子女", "孙子", "孙女", "外孙", "外孙子", "外孙女", "孙"),
    Relation.SIBLING: ("兄弟姐妹", "兄", "弟", "姐", "妹", "哥哥", "弟弟", "姐姐", "妹妹"),
    Relation.OTHER: ("其他", "其它"),
}
_RELATION_BY_TEXT = {t: r for r, texts in _RELATIONS.items() for t in texts}


def parse_relation(text: str) -> Relation | None:
    """与户主关系 as written (户主, 妻, 长子, 孙女 …); any other kinship (儿媳) is OTHER.

    None only when the cell is blank.
    """
    s = compact(text)
    if not s:
        return None
    try:
        return Relation(s.lower())
    except ValueError:
        return _RELATION_BY_TEXT.get(s, Relation.OTHER)


_CATEGORY_SPLIT = re.compile(r"[、,，;；/\s]+")


def parse_categories(text: str) -> tuple[frozenset[Category], list[str]]:
    """The categories in a cell (在职党员、老党员), and the parts that are not categories."""
    found: set[Category] = set()
    unknown: list[str] = []
    for part in _CATEGORY_SPLIT.split(unicodedata.normalize("NFKC", text)):
        if not part:
            continue
        cat = parse_category(part)
        if cat is None:
            unknown.append(part)
        else:
            found.add(cat)
    return frozenset(found), unknown


def damaged_id_message(value: str) -> Message:
    """The refusal of an ID number a spreadsheet stored as a number (and so rounded)."""
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Import",
            "The ID number {value} was damaged by Excel: a number cell keeps only 15 significant "
            "digits, so it cannot hold an 18-digit ID number. Set the ID number column to text "
            "(Format Cells → Text) and type the numbers again.",
        ),
        value=value,
    )


def duplicate_message(first_line: int) -> Message:
    """与第N行重复: the same person (ID number) appears earlier in the file."""
    return msg(CTX, QT_TRANSLATE_NOOP("Import", "Same person as row {line}."), line=first_line)
