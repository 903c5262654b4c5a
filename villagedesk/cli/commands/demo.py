"""``villagedesk demo``: fill an empty station with realistic demo members, households and a
year of requests."""

from __future__ import annotations

import argparse
from datetime import date

from villagedesk.cli.commands import unit_of_work
from villagedesk.cli.output import OK, out
from villagedesk.cli.parser import Commands
from villagedesk.cli.progress_bar import ProgressBar
from villagedesk.core.progress import Progress
from villagedesk.core.services.demo import DEFAULT_MEMBERS, DEFAULT_REQUESTS, fill_demo
from villagedesk.core.services.station_setup import get_station
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore


def register(commands: Commands) -> None:
    demo = commands.add_parser(
        "demo",
        help=translate("Cli", "Fill an empty station with demo data."),
        description=translate(
            "Cli",
            "Fill an empty station with demo branches, members, households and a year of "
            "requests (all or nothing). Sets up a demo station if there is none. A station that "
            "has members is refused.",
        ),
    )
    demo.add_argument(
        "--members",
        type=int,
        default=DEFAULT_MEMBERS,
        metavar="N",
        help=translate("Cli", "How many members to create (default {n}).").format(
            n=DEFAULT_MEMBERS
        ),
    )
    demo.add_argument(
        "--requests",
        type=int,
        default=DEFAULT_REQUESTS,
        metavar="N",
        help=translate(
            "Cli",
            "How many requests of the past year to create, in every state (default {n}; 0 for "
            "none).",
        ).format(n=DEFAULT_REQUESTS),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=translate(
            "Cli", "Seed of the random generator; the same seed gives the same members."
        ),
    )
    demo.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace, store: StationStore) -> int:
    progress = Progress()
    with ProgressBar(progress):
        result = fill_demo(
            store.uow_factory(),
            members=args.members,
            seed=args.seed,
            today=date.today(),
            requests=args.requests,
            progress=progress,
        )
    if result.station_created:
        station = get_station(unit_of_work(store))
        name = station.name if station else ""
        out(translate("Cli", "Demo station set up: {name}").format(name=name))
    out(
        translate(
            "Cli",
            "Demo data created: {members} members in {branches} branches and groups; {on_roll} "
            "on the roll, {transferred} transferred out and {deceased} deceased (the roll "
            "lists those on it).",
        ).format(
            members=result.members,
            branches=result.branches,
            on_roll=result.on_roll,
            transferred=result.transferred_out,
            deceased=result.deceased,
        )
    )
    if result.requests:
        out(
            translate(
                "Cli", "Demo requests created: {count} of the past year, in every state."
            ).format(count=result.requests)
        )
    if result.disputes:
        out(
            translate(
                "Cli",
                "Demo disputes created: {count} of the past year, of every type, level and result.",
            ).format(count=result.disputes)
        )
    return OK
