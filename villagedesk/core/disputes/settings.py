"""The station's dispute settings: the 纠纷类型 list, the warning rules' thresholds (seed 003's
黄、橙、红三级预警, with the defaults the issue names), how many days each village mediation
level has before the page offers to move the dispute up, and the name of the people's mediation
committee that seals the papers (empty: derived from the station's name, core/disputes/
committee.py). Kept as data in ``meta``; the store reads and writes it through
:class:`~villagedesk.core.disputes.ports.DisputeSettingsRepository`. The checks and the save
are in ``settings_rules.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields

from villagedesk.core.disputes.model import DEFAULT_DISPUTE_TYPES

#: Upper bounds of what a station may set (a count beyond these is a typo).
MAX_THRESHOLD = 999
MAX_LEVEL_DAYS = 90
MAX_COMMITTEE = 40
"""Characters of the committee's name (东河村人民调解委员会 has 10)."""


@dataclass(frozen=True)
class WarningRules:
    """红 when any of: 民转刑风险, ``red_failed`` or more failed mediations, ``red_police`` or
    more police calls, signs of a group or over-level petition, ``red_people`` or more people.
    橙 when any of: signs of escalation (扬言报复, 持械), ``orange_failed`` failed mediations,
    ``orange_people`` or more people. Otherwise 黄."""

    red_failed: int = 3
    red_police: int = 3
    red_people: int = 10
    red_on_criminal_risk: bool = True
    red_on_petition_signs: bool = True
    orange_failed: int = 2
    orange_people: int = 5
    orange_on_threats: bool = True
    orange_on_weapons: bool = True


@dataclass(frozen=True)
class DisputeSettings:
    types: tuple[str, ...] = DEFAULT_DISPUTE_TYPES
    rules: WarningRules = field(default_factory=WarningRules)
    level_days: int = 15
    """Days each village mediation level has (counted by 民法典 第201、203条)."""
    committee: str = ""
    """The people's mediation committee's name on the papers; empty: derived from the
    station's name."""


def settings_to_data(settings: DisputeSettings) -> dict[str, object]:
    return {
        "types": list(settings.types),
        "rules": asdict(settings.rules),
        "level_days": settings.level_days,
        "committee": settings.committee,
    }


def _whole(value: object, default: int, top: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= top:
        return default
    return value


def _rules_from(data: object) -> WarningRules:
    if not isinstance(data, Mapping):
        return WarningRules()
    default = WarningRules()
    values: dict[str, int | bool] = {}
    for f in fields(WarningRules):
        given, fallback = data.get(f.name), getattr(default, f.name)
        if isinstance(fallback, bool):
            values[f.name] = given if isinstance(given, bool) else fallback
        else:
            values[f.name] = _whole(given, fallback, MAX_THRESHOLD) or fallback
    return WarningRules(**values)  # type: ignore[arg-type]


def settings_from_data(data: object) -> DisputeSettings:
    """The settings kept in ``data``; anything missing or malformed falls back to its default
    (the file is the station's own, written by :func:`settings_to_data`)."""
    if not isinstance(data, Mapping):
        return DisputeSettings()
    raw_types = data.get("types")
    types = (
        tuple(t.strip() for t in raw_types if isinstance(t, str) and t.strip())
        if isinstance(raw_types, list)
        else ()
    )
    days = _whole(data.get("level_days"), 15, MAX_LEVEL_DAYS) or 15
    raw_committee = data.get("committee")  # absent before the committee could be named
    committee = " ".join(raw_committee.split()) if isinstance(raw_committee, str) else ""
    return DisputeSettings(
        types=types or DEFAULT_DISPUTE_TYPES,
        rules=_rules_from(data.get("rules")),
        level_days=days,
        committee=committee if len(committee) <= MAX_COMMITTEE else "",
    )
