"""The people's mediation committee a station's papers are sealed by: the village (community)
the station serves, so "东河村党群服务站" seals as "东河村人民调解委员会"."""

from __future__ import annotations

#: What a station's name may end with beyond the village or community it serves.
STATION_SUFFIXES = (
    "党群服务中心",
    "党群服务站",
    "便民服务中心",
    "便民服务站",
    "服务中心",
    "服务站",
)


def committee_place(station_name: str) -> str:
    """The village or community part of ``station_name`` (the whole name when no known
    suffix follows it)."""
    name = "".join(station_name.split())
    for suffix in STATION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name
