"""The people's mediation committee a station's papers are sealed by: the name the station set
in its dispute settings, else the village (community) the station serves, so "东河村党群服务站"
seals as "东河村人民调解委员会"."""

from __future__ import annotations

from villagedesk.core.disputes.settings import DisputeSettings
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate

#: What a station's name may end with beyond the village or community it serves.
STATION_SUFFIXES = (
    "党群服务中心",
    "党群服务站",
    "便民服务中心",
    "便民服务站",
    "服务中心",
    "服务站",
)
COMMITTEE = QT_TRANSLATE_NOOP("DisputePapers", "{station} people's mediation committee")


def committee_place(station_name: str) -> str:
    """The village or community part of ``station_name`` (the whole name when no known
    suffix follows it)."""
    name = "".join(station_name.split())
    for suffix in STATION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def derived_committee(station_name: str, *, say: Translate) -> str:
    """The committee's name derived from ``station_name`` (empty without a name), in the
    words of ``say``."""
    place = committee_place(station_name)
    return say("DisputePapers", COMMITTEE).format(station=place) if place else ""


def committee_name(settings: DisputeSettings, station_name: str, *, say: Translate) -> str:
    """The committee that seals the papers: the one the settings name, else the derived one."""
    return settings.committee or derived_committee(station_name, say=say)
