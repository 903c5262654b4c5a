"""``villagedesk requests lists [--json]`` and ``villagedesk requests lists set [--channel
NAME[:转办] ...] [--category NAME ...]``: the station's lists of request sources (来源渠道) and
categories (分类), shown or replaced through the same service as the Settings dialog.

``set`` replaces each list it is given, in the order given (the other stays as it is); a source
written ``NAME:转办`` carries the upper level's ticket number. Requests keep the names they were
given. Exit codes: 0 done; 2 bad input (the reasons on stderr in Chinese, nothing written).
"""

from __future__ import annotations

import argparse
import json

from villagedesk.cli.commands.in_service_commands import checked
from villagedesk.cli.output import OK, USAGE, err, out, report_invalid
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.errors import ValidationError
from villagedesk.core.requests.model import ChannelOption, RequestLists
from villagedesk.core.requests.services import request_lists, save_request_lists
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore

#: What follows a source's name when requests from it carry the upper level's ticket number.
TICKET_MARKS = (":转办", "：转办")


def add_lists(actions: Commands) -> None:
    """The ``requests lists`` sub-command (registered by ``cli/commands/requests.py``)."""
    lists = actions.add_parser(
        "lists",
        help=translate("Cli", "Show or replace the station's lists of sources and categories."),
        description=translate(
            "Cli",
            "Show the station's lists of request sources (来源渠道) and categories (分类), "
            "in their order; “lists set” replaces them.",
        ),
    )
    lists.add_argument("--json", action="store_true", help=translate("Cli", "As one JSON object."))
    lists.set_defaults(func=checked(run_show))
    steps = add_commands(lists, required=False)
    replace = steps.add_parser(
        "set",
        help=translate("Cli", "Replace the list of sources, of categories, or both."),
        description=translate(
            "Cli",
            "Replace each list given, in the order given; a list not given stays as it is. "
            "Write a source as NAME:转办 when requests from it carry the upper level's ticket "
            "number. Requests already recorded keep the names they were given.",
        ),
    )
    replace.add_argument(
        "--channel",
        action="append",
        default=[],
        metavar="NAME[:转办]",
        help=translate("Cli", "A source (may be given more than once)."),
    )
    replace.add_argument(
        "--category",
        action="append",
        default=[],
        metavar="NAME",
        help=translate("Cli", "A category (may be given more than once)."),
    )
    replace.set_defaults(func=checked(run_set))


def channel_of(text: str) -> ChannelOption:
    """``NAME`` or ``NAME:转办`` as a source of the list."""
    for mark in TICKET_MARKS:
        if text.endswith(mark):
            return ChannelOption(text[: -len(mark)], ticket=True)
    return ChannelOption(text)


def _labels() -> dict[str, str]:
    return {
        "channels": translate("Cli", "Sources (--channel)"),
        "categories": translate("Cli", "Categories (--category)"),
    }


def _unstorable(values: list[str], option: str) -> bool:
    if any(not c.isprintable() for value in values for c in value):
        err(
            translate("Cli", "{option} contains characters that cannot be stored.").format(
                option=option
            )
        )
        return True
    return False


def run_show(args: argparse.Namespace, store: StationStore) -> int:
    lists = request_lists(store.uow_factory())
    if args.json:
        data = {
            "channels": [{"name": c.name, "ticket": c.ticket} for c in lists.channels],
            "categories": list(lists.categories),
        }
        out(json.dumps(data, ensure_ascii=False, indent=1))
        return OK
    out(translate("Cli", "Sources:"))
    ticket = translate("Cli", "{name} (carries the upper level's ticket number)")
    for channel in lists.channels:
        out("  " + (ticket.format(name=channel.name) if channel.ticket else channel.name))
    out(translate("Cli", "Categories:"))
    for category in lists.categories:
        out(f"  {category}")
    return OK


def run_set(args: argparse.Namespace, store: StationStore) -> int:
    if not args.channel and not args.category:
        err(translate("Cli", "Give the new list with --channel, --category or both."))
        return USAGE
    if _unstorable(args.channel, "--channel") or _unstorable(args.category, "--category"):
        return USAGE
    current = request_lists(store.uow_factory())
    lists = RequestLists(
        tuple(channel_of(c) for c in args.channel) if args.channel else current.channels,
        tuple(args.category) if args.category else current.categories,
    )
    try:
        save_request_lists(store.uow_factory(), lists=lists)
    except ValidationError as e:
        return report_invalid(e, _labels())
    saved = request_lists(store.uow_factory())
    out(
        translate("Cli", "Saved: {channels} sources, {categories} categories.").format(
            channels=len(saved.channels), categories=len(saved.categories)
        )
    )
    return OK
