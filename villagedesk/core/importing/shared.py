"""What the member and resident import plans share: the plan itself, refusal reasons named by
column, the check of the sex and birth-date columns against the ID number, duplicates in a file."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from villagedesk.core.dates import PartialDate
from villagedesk.core.id_number import IdNumberInfo, is_excel_damaged, names_the_id_number
from villagedesk.core.importing.ports import ImportingUnitOfWork
from villagedesk.core.importing.rows import (
    RowResult,
    SourceRow,
    compact,
    damaged_id_message,
    duplicate_message,
    parse_sex,
)
from villagedesk.core.importing.template import SEX_TEXT, TemplateField
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Import"


@dataclass
class Plan:
    """The rows' results and the writes they need (run by ``apply_import`` in its transaction)."""

    results: list[RowResult] = field(default_factory=list)
    new_branches: list[str] = field(default_factory=list)
    new_households: int = 0
    writes: list[Callable[[ImportingUnitOfWork, date], None]] = field(default_factory=list)

    @property
    def has_writes(self) -> bool:
        return bool(self.writes)

    def write(self, uow: ImportingUnitOfWork, today: date) -> None:
        for step in self.writes:
            step(uow, today)


def reasons(
    errors: Mapping[str, Sequence[Message]], fields: Sequence[TemplateField]
) -> tuple[Message, ...]:
    """Each message prefixed with its column's header (入党时间: The date is in the future.), but
    the ID number's own refusals, which name the ID number already, under its own column."""
    headers = {f.key: f.header for f in fields}
    headers["branch_id"] = headers.get("branch", "")
    out: list[Message] = []
    for key, messages in errors.items():
        header = headers.get(key, "")
        for m in messages:
            out.append(
                msg(CTX, QT_TRANSLATE_NOOP("Import", "{column}: {reason}"), column=header, reason=m)
                if header and not (key == "id_number" and names_the_id_number(m))
                else m
            )
    return tuple(out)


def merge_cell_errors(row: SourceRow, errors: dict[str, list[Message]]) -> None:
    """Problems found in the cells replace the rules' words for that field; an ID number a
    spreadsheet rounded gets the explanation of how to fix it."""
    for key, messages in row.cell_errors.items():
        errors[key] = list(messages)
    id_text = row.get("id_number")
    if "id_number" in errors and "id_number" not in row.cell_errors and is_excel_damaged(id_text):
        errors["id_number"] = [damaged_id_message(id_text.strip())]


def id_key(text: str) -> str:
    """The ID number as compared for duplicates (half-width, no spaces, X upper-case)."""
    return compact(text).upper()


def cross_check(row: SourceRow, info: IdNumberInfo | None) -> list[Message]:
    """Warnings when the sex or birth-date column disagrees with the ID number (which wins)."""
    if info is None:
        return []
    out: list[Message] = []
    sex_text = row.get("sex").strip()
    if sex_text:
        sex = parse_sex(sex_text)
        if sex is None or sex is not info.sex:
            out.append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "The sex column says “{value}”, but the ID number says {sex}; the ID "
                        "number is taken.",
                    ),
                    value=sex_text,
                    sex=SEX_TEXT[info.sex],
                )
            )
    birth_text = row.get("birth_date").strip()
    if birth_text:
        try:
            differs = PartialDate.parse(birth_text).compare(info.birth_date) != 0
        except ValueError:
            differs = True
        if differs:
            out.append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "The date of birth column says “{value}”, but the ID number says {date}; "
                        "the ID number is taken.",
                    ),
                    value=birth_text,
                    date=PartialDate.of(info.birth_date).display(),
                )
            )
    return out


class SeenIds:
    """The first row of each ID number in the file."""

    def __init__(self) -> None:
        self._first: dict[str, int] = {}

    def duplicate(self, row: SourceRow) -> Message | None:
        """The refusal of a later row of the same person; records the first one."""
        key = id_key(row.get("id_number"))
        if len(key) < 15:
            return None
        first = self._first.setdefault(key, row.line)
        return None if first == row.line else duplicate_message(first)
