"""The in-service settings and the station's rules for people work in one place (the settings
screen): the month the campaign year starts, the short code in front of card numbers, and the
households per cadre.

Each value keeps its own check (``check_start_month``, ``check_short_code``,
``check_link_limit``), the same ones ``save_settings`` and ``set_link_limit`` use; the settings
screen checks them together so that every problem shows at once and nothing is written unless
all are good.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import ValidationError
from villagedesk.core.households.link_services import check_link_limit
from villagedesk.core.in_service.model import InServiceSettings
from villagedesk.core.in_service.ports import InServiceUnitOfWork
from villagedesk.core.in_service.rules import (
    IN_SERVICE_CHANGES,
    campaign_year_of,
    check_short_code,
    check_start_month,
    derive_short_code,
)
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message

RULES_CHANGES = Changes.of(Topic.IN_SERVICE, Topic.HOUSEHOLDS)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Read the in-service settings"))
def get_settings(uow: InServiceUnitOfWork) -> InServiceSettings:
    with uow.for_reading():
        return uow.in_service.settings.get()


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Read the station's short code")
)
def short_code(uow: InServiceUnitOfWork) -> str:
    """The station's short code: the setting, or derived from the station's name."""
    with uow.for_reading():
        return short_code_in(uow)


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Work out the station's short code")
)
def short_code_in(uow: InServiceUnitOfWork) -> str:
    """:func:`short_code` inside the caller's unit of work."""
    code = uow.in_service.settings.get().short_code
    if code:
        return code
    station = uow.station.get()
    return derive_short_code(station.name if station else "")


@service(
    Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Save the in-service settings")
)
def save_settings(uow: InServiceUnitOfWork, *, year_start_month: int, short_code: str) -> Saved:
    code, code_errors = check_short_code(short_code)
    errors = {"year_start_month": check_start_month(year_start_month), "short_code": code_errors}
    if any(errors.values()):
        raise ValidationError(errors)
    with uow:
        uow.in_service.settings.save(InServiceSettings(year_start_month, code))
        uow.commit()
    return Saved(0, IN_SERVICE_CHANGES)


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Work out the current campaign year")
)
def current_campaign_year(uow: InServiceUnitOfWork, *, today: date) -> int:
    with uow.for_reading():
        return campaign_year_of(today, uow.in_service.settings.get().year_start_month)


@dataclass(frozen=True)
class StationRules:
    """What the settings screen shows. ``short_code`` is ``""`` while the station uses the code
    derived from its name (``derived_code``)."""

    year_start_month: int
    short_code: str
    derived_code: str
    link_limit: int

    @property
    def effective_code(self) -> str:
        return self.short_code or self.derived_code


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "Read the reporting and linking settings"),
)
def station_rules(uow: InServiceUnitOfWork) -> StationRules:
    with uow.for_reading():
        settings = uow.in_service.settings.get()
        station = uow.station.get()
        return StationRules(
            year_start_month=settings.year_start_month,
            short_code=settings.short_code,
            derived_code=derive_short_code(station.name if station else ""),
            link_limit=uow.households.link_limit(),
        )


@service(
    Action.CHANGE_SETTINGS,
    label=QT_TRANSLATE_NOOP("Services", "Save the reporting and linking settings"),
)
def save_station_rules(
    uow: InServiceUnitOfWork, *, year_start_month: int, short_code: str, link_limit: int
) -> Saved:
    """Save all three; a refusal names every bad field (keys ``year_start_month``,
    ``short_code``, ``link_limit``). An empty short code means "derive it from the name".
    Cards already given keep their numbers. Nothing changed: no topics in the result."""
    code, code_problems = check_short_code(short_code)
    errors: dict[str, list[Message]] = {
        key: problems
        for key, problems in (
            ("year_start_month", check_start_month(year_start_month)),
            ("short_code", code_problems),
            ("link_limit", check_link_limit(link_limit)),
        )
        if problems
    }
    if errors:
        raise ValidationError(errors)
    changed = False
    with uow:
        if uow.in_service.settings.get() != InServiceSettings(year_start_month, code):
            uow.in_service.settings.save(InServiceSettings(year_start_month, code))
            changed = True
        if uow.households.link_limit() != link_limit:
            uow.households.set_link_limit(link_limit)
            changed = True
        uow.commit()
    return Saved(0, RULES_CHANGES if changed else Changes())
