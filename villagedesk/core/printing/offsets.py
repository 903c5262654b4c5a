"""The station's printer offsets (打印偏移): read, and saved after checking them (mm, to a tenth,
at most 20 either way); every page printed from then on is moved by them."""

from __future__ import annotations

import math

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import ValidationError
from villagedesk.core.ports import UnitOfWork
from villagedesk.core.printing.model import MAX_OFFSET_MM, PrinterOffsets
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

PRINT_CTX = "Printing"


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Read the printer offsets"))
def printer_offsets(uow: UnitOfWork) -> PrinterOffsets:
    with uow.for_reading():
        return uow.print_settings.get_offsets()


def _check_offset(value: float, field: str, errors: dict[str, list[Message]]) -> float:
    if not math.isfinite(value) or abs(value) > MAX_OFFSET_MM:
        errors[field] = [
            msg(
                PRINT_CTX,
                QT_TRANSLATE_NOOP(
                    "Printing", "An offset is between -{most} and {most} millimetres."
                ),
                most=int(MAX_OFFSET_MM),
            )
        ]
    return round(value, 1)


@service(Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Set the printer offsets"))
def set_printer_offsets(uow: UnitOfWork, *, x_mm: float, y_mm: float) -> Saved:
    """Keep the printer's offsets (mm, to a tenth; at most 20 either way); they apply to every
    page printed from then on."""
    errors: dict[str, list[Message]] = {}
    offsets = PrinterOffsets(
        _check_offset(x_mm, "x_mm", errors), _check_offset(y_mm, "y_mm", errors)
    )
    if errors:
        raise ValidationError(errors)
    with uow:
        uow.print_settings.save_offsets(offsets)
        uow.commit()
    return Saved(0, Changes.of(Topic.STATION))
