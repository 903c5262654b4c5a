"""``villagedesk profile show [--json]``: 村情档案, the village's figures per villager group, and
``villagedesk print profile --out FILE.pdf``: the same on one A4 page (plugged into the
``print`` group of ``printing``).

The JSON is a contract: ``station``, ``as_of`` (ISO day), ``totals`` {households, residents,
members, members_in_households, relief_residents, open_requests, open_disputes {red, orange,
yellow}}, ``groups`` [{name, kind, households, residents, members, relief_residents,
open_requests, disputes {red, orange, yellow}}] (``name`` in words: 未分组 and 未关联户 for the
rows of that kind) and ``relief`` [{name, residents}]."""

from __future__ import annotations

import argparse
import json

from villagedesk.cli.commands.printing import add_out, check_out, write_pdf
from villagedesk.cli.output import OK, out
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.village_profile.model import DisputeColours, VillageProfile
from villagedesk.core.village_profile.services import village_profile
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore

JsonValue = str | int | bool | None | list["JsonValue"] | dict[str, "JsonValue"]


def register(commands: Commands) -> None:
    group = commands.add_parser(
        "profile",
        help=translate("Cli", "The village profile: households, people and open matters by group."),
        description=translate(
            "Cli",
            "The village profile (村情档案): households, residents, Party members, relief "
            "residents, open requests and open disputes by warning colour, per villager group; "
            "and the relief groups.",
        ),
    )
    actions = add_commands(group, required=True)
    show = actions.add_parser(
        "show",
        help=translate("Cli", "Show the village profile."),
        description=translate("Cli", "Show the village profile as of today."),
    )
    show.add_argument("--json", action="store_true", help=translate("Cli", "Print JSON."))
    show.set_defaults(func=run_show)


def register_print(actions: Commands) -> None:
    """Add ``print profile`` to the ``print`` group."""
    sheet = actions.add_parser(
        "profile",
        help=translate("Cli", "Print the village profile on one page."),
        description=translate(
            "Cli",
            "Print the village profile (村情档案) on one A4 page: the totals, the figures per "
            "villager group and the relief groups.",
        ),
    )
    add_out(sheet)
    sheet.set_defaults(func=run_print)


def _colours(disputes: DisputeColours) -> dict[str, JsonValue]:
    return {"red": disputes.red, "orange": disputes.orange, "yellow": disputes.yellow}


def profile_data(profile: VillageProfile) -> dict[str, JsonValue]:
    """The figures as the JSON contract has them."""
    t = profile.totals
    return {
        "station": profile.station,
        "as_of": profile.as_of.isoformat(),
        "totals": {
            "households": t.households,
            "residents": t.residents,
            "members": t.members,
            "members_in_households": t.members_in_households,
            "relief_residents": t.relief_residents,
            "open_requests": t.open_requests,
            "open_disputes": _colours(t.disputes),
        },
        "groups": [
            {
                "name": g.label(translate),
                "kind": g.kind.value,
                "households": g.households,
                "residents": g.residents,
                "members": g.members,
                "relief_residents": g.relief_residents,
                "open_requests": g.open_requests,
                "disputes": _colours(g.disputes),
            }
            for g in profile.groups
        ],
        "relief": [{"name": r.name, "residents": r.residents} for r in profile.relief],
    }


def _lines(profile: VillageProfile) -> list[str]:
    t = profile.totals
    head = translate("Cli", "{station}, as of {day}").format(
        station=profile.station, day=f"{profile.as_of:%Y.%m.%d}"
    )
    totals = translate(
        "Cli",
        "Households {households} · residents {residents} · Party members {members} · relief "
        "residents {relief} · open requests {requests} · open disputes red {red}, orange "
        "{orange}, yellow {yellow}",
    ).format(
        households=t.households,
        residents=t.residents,
        members=t.members,
        relief=t.relief_residents,
        requests=t.open_requests,
        red=t.disputes.red,
        orange=t.disputes.orange,
        yellow=t.disputes.yellow,
    )
    columns = "\t".join(
        (
            translate("VillageProfile", "Villager group"),
            translate("VillageProfile", "Households"),
            translate("VillageProfile", "Residents"),
            translate("VillageProfile", "Party members"),
            translate("VillageProfile", "Relief residents"),
            translate("VillageProfile", "Open requests"),
            translate("VillageProfile", "Red"),
            translate("VillageProfile", "Orange"),
            translate("VillageProfile", "Yellow"),
        )
    )
    rows = [
        "\t".join(
            str(x)
            for x in (
                g.label(translate),
                g.households,
                g.residents,
                g.members,
                g.relief_residents,
                g.open_requests,
                g.disputes.red,
                g.disputes.orange,
                g.disputes.yellow,
            )
        )
        for g in profile.groups
    ]
    relief = [f"{r.name}\t{r.residents}" for r in profile.relief]
    return [head, totals, "", columns, *rows, "", translate("Cli", "Relief groups"), *relief]


def run_show(args: argparse.Namespace, store: StationStore) -> int:
    profile = village_profile(store.uow_factory)
    if args.json:
        out(json.dumps(profile_data(profile), ensure_ascii=False, indent=1))
    else:
        out("\n".join(_lines(profile)))
    return OK


def run_print(args: argparse.Namespace, store: StationStore) -> int:
    from villagedesk.print_sources_profile import profile_sheet
    from villagedesk.reports.village_profile import write_village_profile

    if (refused := check_out(args.out)) is not None:
        return refused
    profile = profile_sheet(store)
    return write_pdf(
        args.out, lambda: write_village_profile(args.out, profile=profile, translate=translate)
    )
