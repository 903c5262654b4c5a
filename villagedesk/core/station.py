"""The station this program runs at (党群服务站) and its place in the four-level service system."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from villagedesk.core.text import QT_TRANSLATE_NOOP


class StationLevel(StrEnum):
    """四级服务体系: county, township, village (or community), villager group."""

    COUNTY = "county"
    TOWNSHIP = "township"
    VILLAGE = "village"
    GROUP = "group"

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]


_LEVEL_LABELS = {
    StationLevel.COUNTY: QT_TRANSLATE_NOOP("Enum", "County"),
    StationLevel.TOWNSHIP: QT_TRANSLATE_NOOP("Enum", "Township"),
    StationLevel.VILLAGE: QT_TRANSLATE_NOOP("Enum", "Village / community"),
    StationLevel.GROUP: QT_TRANSLATE_NOOP("Enum", "Villager group"),
}


@dataclass(frozen=True)
class StationDraft:
    """What the set-up form or ``station init`` supplies, as typed."""

    name: str = ""
    code: str = ""
    level: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class Station:
    """The station's settings. ``code`` is the 12-digit administrative division code."""

    code: str
    name: str
    level: StationLevel
    contact_name: str = ""
    contact_phone: str = ""
    address: str = ""
