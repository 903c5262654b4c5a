"""Whose record is it: a township keeps every village's records, and only its own are editable.

A record whose ``station_code`` is not the station's own arrived in a village's package; it is
read-only here and goes back to the village for correction instead (``sync return``). Every
service that changes a record asks :func:`ensure_own_record` (or :func:`ensure_own`) first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.errors import DomainError
from villagedesk.core.station import Station, StationLevel
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

CTX = "Ownership"
TOWNSHIP_LEVELS = frozenset({StationLevel.TOWNSHIP, StationLevel.COUNTY})


class RecordOwners(Protocol):
    """Which station a stored record belongs to (any syncable record type, by its id)."""

    def station_of(self, record_type: str, record_id: int) -> str | None:
        """The record's station code; None if there is no such record."""
        ...

    def village_name(self, code: str) -> str:
        """The accepted village's name for ``code``, or ``code`` itself when unknown."""
        ...


class _StationReader(Protocol):
    def get(self) -> Station | None: ...


class OwnersUnitOfWork(Protocol):
    """The narrow port :func:`ensure_own_record` needs (any unit of work has it)."""

    @property
    def owners(self) -> RecordOwners: ...
    @property
    def station(self) -> _StationReader: ...


@dataclass(frozen=True)
class VillageChoice:
    """One village a township register can be narrowed to."""

    code: str
    name: str


@dataclass(frozen=True)
class StationScope:
    """How a register is shown: township mode (all villages, read-only but its own) or not."""

    township: bool = False
    own_code: str = ""
    villages: tuple[VillageChoice, ...] = ()
    own_name: str = ""

    def is_own(self, station_code: str | None) -> bool:
        return not station_code or not self.own_code or station_code == self.own_code

    def village_name(self, station_code: str | None) -> str:
        """What the village column shows for a record of ``station_code``: the accepted
        village's name, the station's own name for its own records, else the code."""
        code = station_code or ""
        for village in self.villages:
            if village.code == code:
                return village.name
        if code == self.own_code and self.own_name:
            return self.own_name
        return code


def is_township(station: Station | None) -> bool:
    """Township mode: a township (or county) station gathers its villages' packages."""
    return station is not None and station.level in TOWNSHIP_LEVELS


def ensure_own(record_station_code: str | None, own_code: str, *, village: str = "") -> None:
    """Refuse to change a record that belongs to another station (a village, at a township)."""
    if not record_station_code or not own_code or record_station_code == own_code:
        return
    raise DomainError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Ownership",
                "This record belongs to {village} and is read-only here. Return it to the village for correction instead.",
            ),
            village=village or record_station_code,
        )
    )


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Check a record is this station's")
)
def ensure_own_record(uow: OwnersUnitOfWork, record_type: str, record_id: int) -> None:
    """:func:`ensure_own` for a stored record, inside ``uow``'s ``with`` block."""
    code = uow.owners.station_of(record_type, record_id)
    station = uow.station.get()
    own = station.code if station is not None else ""
    if code and own and code != own:
        ensure_own(code, own, village=uow.owners.village_name(code))
