"""``villagedesk disputes settings show [--json]`` and ``villagedesk disputes settings set
[--type T ...] [--level-days N] [--committee NAME] [--rule NAME=VALUE ...]``: the station's
dispute settings (纠纷类型, the warning rules, the days of each mediation level, the mediation
committee's name) shown or changed through the same service as the Settings dialog.

``set`` changes only what it is given: ``--type`` replaces the whole list in the order given,
``--rule`` one rule by its name (``red_people=8``, ``orange_on_threats=false``; the names are
those ``show`` lists), ``--committee ""`` goes back to the name derived from the station's. Exit
codes: 0 done; 2 bad input (the reasons on stderr in Chinese, nothing written).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from villagedesk.cli.commands.disputes_commands import guarded
from villagedesk.cli.output import OK, USAGE, err, out, report_invalid
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.disputes.committee import committee_name
from villagedesk.core.disputes.settings import DisputeSettings
from villagedesk.core.disputes.settings_rules import (
    COUNT_RULES,
    SWITCH_RULES,
    dispute_settings,
    save_dispute_settings,
    with_rules,
)
from villagedesk.core.errors import ValidationError
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore

#: How a switch is written after ``NAME=``.
TRUE_WORDS = ("true", "yes", "1")
FALSE_WORDS = ("false", "no", "0")


def rule_texts() -> dict[str, str]:
    """What each rule means, by its name (in the order ``show`` lists them)."""
    return {
        "red_failed": translate("Cli", "Red when mediation failed at least this many times"),
        "red_police": translate("Cli", "Red when the police were called at least this many times"),
        "red_people": translate("Cli", "Red when at least this many people are involved"),
        "red_on_criminal_risk": translate("Cli", "Red on a risk of turning into a criminal case"),
        "red_on_petition_signs": translate(
            "Cli", "Red on signs of repeated, over-level or group petitions"
        ),
        "orange_failed": translate("Cli", "Orange when mediation failed at least this many times"),
        "orange_people": translate("Cli", "Orange when at least this many people are involved"),
        "orange_on_threats": translate("Cli", "Orange on threats of revenge"),
        "orange_on_weapons": translate("Cli", "Orange when weapons are involved"),
    }


def add_settings(actions: Commands) -> None:
    """The ``disputes settings`` sub-commands (registered by ``cli/commands/disputes.py``)."""
    group = actions.add_parser(
        "settings",
        help=translate("Cli", "Show or change the station's dispute settings."),
        description=translate(
            "Cli",
            "The dispute types, the warning rules, the days of each mediation level and the "
            "name of the people's mediation committee on the papers.",
        ),
    )
    steps = add_commands(group, required=True)
    show = steps.add_parser("show", help=translate("Cli", "Show the dispute settings."))
    show.add_argument("--json", action="store_true", help=translate("Cli", "As one JSON object."))
    show.set_defaults(func=guarded(run_show))
    change = steps.add_parser(
        "set",
        help=translate("Cli", "Change the dispute settings given; the others stay."),
        description=translate(
            "Cli",
            "Change only what is given. --type replaces the list of types in the order given; "
            "--rule NAME=VALUE changes one warning rule (a number, or true/false for a rule "
            'that is switched on or off); --committee "" goes back to the name derived from '
            "the station's. Disputes already recorded keep their type and their levels.",
        ),
    )
    change.add_argument(
        "--type", action="append", default=[], metavar="T", dest="types",
        help=translate("Cli", "A dispute type (may be given more than once)."),
    )  # fmt: skip
    change.add_argument(
        "--level-days", metavar="N", help=translate("Cli", "Days each mediation level has.")
    )
    change.add_argument(
        "--committee", metavar="NAME", help=translate("Cli", "The mediation committee's name.")
    )
    change.add_argument(
        "--rule", action="append", default=[], metavar="NAME=VALUE", dest="rules",
        help=translate("Cli", "A warning rule (may be given more than once)."),
    )  # fmt: skip
    change.set_defaults(func=guarded(run_set))


def _labels() -> dict[str, str]:
    rule = translate("Cli", "Rule {name} (--rule)")
    return {
        "types": translate("Cli", "Dispute types (--type)"),
        "level_days": translate("Cli", "Days at each level (--level-days)"),
        "committee": translate("Cli", "Mediation committee (--committee)"),
        **{name: rule.format(name=name) for name in (*COUNT_RULES, *SWITCH_RULES)},
    }


def _station_name(store: StationStore) -> str:
    station = store.read_station()
    return station.name if station else ""


def run_show(args: argparse.Namespace, store: StationStore) -> int:
    settings = dispute_settings(store.uow_factory())
    in_use = committee_name(settings, _station_name(store), say=translate)
    if args.json:
        data = {
            "types": list(settings.types),
            "rules": asdict(settings.rules),
            "level_days": settings.level_days,
            "committee": settings.committee,
            "committee_in_use": in_use,
        }
        out(json.dumps(data, ensure_ascii=False, indent=1))
        return OK
    out(translate("Cli", "Dispute types:"))
    for name in settings.types:
        out(f"  {name}")
    out(translate("Cli", "Warning rules:"))
    on, off = translate("Cli", "true"), translate("Cli", "false")
    for name, meaning in rule_texts().items():
        value = getattr(settings.rules, name)
        shown = (on if value else off) if isinstance(value, bool) else str(value)
        out(f"  {name}={shown}\t{meaning}")
    out(translate("Cli", "Days at each level: {days}").format(days=settings.level_days))
    committee = translate("Cli", "Mediation committee: {name}").format(name=in_use)
    if not settings.committee:
        committee += translate("Cli", " (from the station's name)")
    out(committee)
    return OK


def _whole(text: str) -> int | None:
    value = text.strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 6 else None


def _rule_value(name: str, text: str) -> int | bool | None:
    """The value of one ``--rule``; None (after saying why) when it cannot be one."""
    word = text.strip().lower()
    if name in SWITCH_RULES:
        if word in TRUE_WORDS or word in FALSE_WORDS:
            return word in TRUE_WORDS
        err(translate("Cli", "Rule {name}: write true or false.").format(name=name))
        return None
    if name in COUNT_RULES:
        number = _whole(text)
        if number is None:
            err(translate("Cli", "Rule {name}: write a whole number.").format(name=name))
        return number
    err(
        translate("Cli", "There is no warning rule “{name}”; the rules are: {names}.").format(
            name=name, names=", ".join((*COUNT_RULES, *SWITCH_RULES))
        )
    )
    return None


def _draft(args: argparse.Namespace, current: DisputeSettings) -> DisputeSettings | None:
    """The settings with the options given applied; None (after saying why) on bad input."""
    changes: dict[str, int | bool] = {}
    for given in args.rules:
        name, sign, text = given.partition("=")
        value = _rule_value(name.strip(), text) if sign else None
        if not sign:
            err(translate("Cli", "Write each rule as NAME=VALUE, like red_people=8."))
        if value is None:
            return None
        changes[name.strip()] = value
    days = current.level_days
    if args.level_days is not None:
        number = _whole(args.level_days)
        if number is None:
            err(translate("Cli", "--level-days: write a whole number of days."))
            return None
        days = number
    return DisputeSettings(
        types=tuple(args.types) if args.types else current.types,
        rules=with_rules(current.rules, changes),
        level_days=days,
        committee=current.committee if args.committee is None else args.committee,
    )


def run_set(args: argparse.Namespace, store: StationStore) -> int:
    if not (args.types or args.rules or args.level_days is not None or args.committee is not None):
        err(translate("Cli", "Give what to change: --type, --rule, --level-days or --committee."))
        return USAGE
    draft = _draft(args, dispute_settings(store.uow_factory()))
    if draft is None:
        return USAGE
    try:
        saved = save_dispute_settings(store.uow_factory(), settings=draft)
    except ValidationError as e:
        return report_invalid(e, _labels())
    out(
        translate("Cli", "Saved.")
        if saved.changes
        else translate("Cli", "Nothing changed: the settings are as given.")
    )
    return OK
