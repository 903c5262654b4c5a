"""``villagedesk station init|show``: set the station up, or show its details."""

from __future__ import annotations

import argparse

from villagedesk.cli.commands import unit_of_work
from villagedesk.cli.commands.station_admin import admin_password, create_admin
from villagedesk.cli.output import ATTENTION, OK, USAGE, err, out, report_invalid
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.errors import ValidationError
from villagedesk.core.masking import mask_phone
from villagedesk.core.services.station_setup import get_station, set_up_station
from villagedesk.core.station import Station, StationDraft, StationLevel
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore
from villagedesk.sync import keystore


def register(commands: Commands) -> None:
    station = commands.add_parser(
        "station",
        help=translate("Cli", "Set up the station or show its details."),
        description=translate("Cli", "Set up the station or show its details."),
    )
    actions = add_commands(station, required=True)
    init = actions.add_parser(
        "init",
        help=translate("Cli", "Set up the station (or change its details)."),
        description=translate(
            "Cli",
            "Set up the station (or change its details). Options left out keep their "
            "current values.",
        ),
    )
    init.add_argument("--name", required=True, help=translate("Cli", "The station's name."))
    init.add_argument(
        "--code",
        required=True,
        help=translate("Cli", "The 12-digit administrative division code, e.g. 370323104203."),
    )
    init.add_argument(
        "--level",
        required=True,
        choices=[lv.value for lv in StationLevel],
        help=translate(
            "Cli",
            "The station's level: county, township, village (or community) or villager group.",
        ),
    )
    init.add_argument("--contact", help=translate("Cli", "The contact person's name."))
    init.add_argument("--phone", help=translate("Cli", "The contact phone number."))
    init.add_argument("--address", help=translate("Cli", "The station's address."))
    init.add_argument(
        "--admin",
        metavar="NAME",
        help=translate(
            "Cli",
            "Create the station's first 管理员 account (the password from "
            "VILLAGEDESK_PASSWORD); without it the station runs in 免登录 mode.",
        ),
    )
    init.set_defaults(func=run_init)
    show = actions.add_parser(
        "show",
        help=translate("Cli", "Show the station's details."),
        description=translate("Cli", "Show the station's details."),
    )
    show.set_defaults(func=run_show)


def _keep(value: str | None, current: str) -> str:
    return current if value is None else value


def run_init(args: argparse.Namespace, store: StationStore) -> int:
    current = get_station(unit_of_work(store))
    draft = StationDraft(
        name=args.name,
        code=args.code,
        level=args.level,
        contact_name=_keep(args.contact, current.contact_name if current else ""),
        contact_phone=_keep(args.phone, current.contact_phone if current else ""),
        address=_keep(args.address, current.address if current else ""),
    )
    password = None
    if args.admin is not None:
        password = admin_password()
        if password is None:
            return USAGE
    try:
        station = set_up_station(unit_of_work(store), draft=draft)
    except ValidationError as e:
        return report_invalid(e, {"name": translate("Cli", "Station name")})
    if args.admin is not None and password is not None:
        refused = create_admin(store, args.admin, password)
        if refused is not None:
            return refused
    if current is None:
        # The installation gets its keys and id when its station is set up (issue 9).
        keystore.load_or_create_identity(store.db_path.parent)
        out(
            translate("Cli", "The station is set up: {name} ({code}).").format(
                name=station.name, code=station.code
            )
        )
    else:
        out(
            translate("Cli", "The station's details are saved: {name} ({code}).").format(
                name=station.name, code=station.code
            )
        )
    return OK


def station_lines(station: Station) -> list[str]:
    """The station's details, one "label: value" line each; the contact phone masked, as every
    phone the command line prints (its output ends up in logs)."""
    lines = [
        (translate("Cli", "Station name"), station.name),
        (translate("Cli", "Division code"), station.code),
        (translate("Cli", "Level"), translate("Enum", station.level.label)),
        (translate("Cli", "Contact person"), station.contact_name),
        (translate("Cli", "Contact phone"), mask_phone(station.contact_phone)),
    ]
    if station.address:
        lines.append((translate("Cli", "Address"), station.address))
    return [translate("Cli", "{field}: {message}").format(field=k, message=v) for k, v in lines]


def run_show(args: argparse.Namespace, store: StationStore) -> int:
    del args
    station = get_station(unit_of_work(store))
    if station is None:
        err(
            translate(
                "Cli",
                "The station is not set up yet. Run: villagedesk station init "
                "--name NAME --code CODE --level LEVEL",
            )
        )
        return ATTENTION
    for line in station_lines(station):
        out(line)
    return OK
