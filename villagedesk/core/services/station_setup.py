"""Setting up the station (name, level, division code, contact) on first start or by the CLI."""

from __future__ import annotations

import re

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import ValidationError
from villagedesk.core.person_rules import check_optional_phone
from villagedesk.core.ports import StationUnitOfWork
from villagedesk.core.station import Station, StationDraft, StationLevel
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

_CODE = re.compile(r"^\d{12}$")
CTX = "Station"


def validate_station(draft: StationDraft) -> Station:
    """Check a station draft; raise ValidationError listing every bad field at once."""
    errors: dict[str, list[Message]] = {}
    name = draft.name.strip()
    if not name:
        errors["name"] = [msg(CTX, QT_TRANSLATE_NOOP("Station", "Enter the station's name."))]
    elif len(name) > 60:
        errors["name"] = [msg(CTX, QT_TRANSLATE_NOOP("Station", "The name is too long."))]
    code = "".join(draft.code.split())
    if not _CODE.match(code):
        errors["code"] = [
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Station", "The division code must be 12 digits, e.g. 370323104203."
                ),
            )
        ]
    try:
        level = StationLevel(draft.level)
    except ValueError:
        level = StationLevel.VILLAGE
        errors["level"] = [msg(CTX, QT_TRANSLATE_NOOP("Station", "Choose the station's level."))]
    phone = check_optional_phone(draft.contact_phone, errors, "contact_phone")
    if errors:
        raise ValidationError(errors)
    return Station(
        code=code,
        name=name,
        level=level,
        contact_name=draft.contact_name.strip(),
        contact_phone=phone,
        address=draft.address.strip(),
    )


@service(Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Set up the station"))
def set_up_station(uow: StationUnitOfWork, *, draft: StationDraft) -> Station:
    """Create or update the station's details."""
    station = validate_station(draft)
    with uow:
        uow.station.save(station)
        uow.commit()
    return station


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Read the station's details"))
def get_station(uow: StationUnitOfWork) -> Station | None:
    with uow.for_reading():
        return uow.station.get()


STATION_CHANGES = Changes.of(Topic.STATION)
