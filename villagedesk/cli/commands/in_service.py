"""``villagedesk in-service post add|register|claim|pledge|service|list``: the in-service work
(在职党员进社区) from the command line, through the same services and rules as the window.

Members are named by ID number. Exit codes: 0 done, 1 done but members still to report
(``list --unregistered``), 2 bad input (nothing written; the reasons on stderr, in Chinese, with
any ID number masked). This module is the command's parser, one function per sub-command; what
each does is in ``in_service_commands.py``.
"""

from __future__ import annotations

import argparse

from villagedesk.cli.commands.in_service_commands import (
    checked,
    run_claim,
    run_list,
    run_pledge,
    run_post_add,
    run_register,
    run_service,
)
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.i18n import translate


def register(commands: Commands) -> None:
    group = commands.add_parser(
        "in-service",
        help=translate("Cli", "In-service members: posts, registration, claims, pledges, service."),
        description=translate(
            "Cli",
            "The in-service members' work (在职党员进社区) with the same rules as the window. "
            "Members are named by their ID number. Dates are written like 2026.03.15; "
            "without --date, today.",
        ),
    )
    actions = add_commands(group, required=True)
    _add_post(actions)
    _add_register(actions)
    _add_claim(actions)
    _add_pledge(actions)
    _add_service(actions)
    _add_list(actions)


def _add_post(actions: Commands) -> None:
    post = actions.add_parser(
        "post",
        help=translate("Cli", "Service posts."),
        description=translate("Cli", "Service posts."),
    )
    post_actions = add_commands(post, required=True)
    add = post_actions.add_parser(
        "add",
        help=translate("Cli", "Add a service post."),
        description=translate("Cli", "Add a service post with its number of places."),
    )
    add.add_argument("--name", required=True, help=translate("Cli", "The post's name."))
    add.add_argument(
        "--places",
        default="1",
        metavar="K",
        help=translate("Cli", "How many members may hold it (default 1)."),
    )
    add.set_defaults(func=checked(run_post_add))


def _add_register(actions: Commands) -> None:
    reg = actions.add_parser(
        "register",
        help=translate("Cli", "Register a member reporting in (报到); prints the card number."),
        description=translate(
            "Cli",
            "Register an in-service member reporting to the community, once per campaign "
            "year. The contact card number is printed as the last line.",
        ),
    )
    _member(reg)
    reg.add_argument(
        "--unit",
        default="",
        help=translate("Cli", "Work unit (default: as on the expected list or the roll)."),
    )
    _date(reg, required=False)
    reg.set_defaults(func=checked(run_register))


def _add_claim(actions: Commands) -> None:
    claim = actions.add_parser(
        "claim",
        help=translate("Cli", "A member claims a service post (认领)."),
        description=translate("Cli", "A member claims a service post, from today."),
    )
    _member(claim)
    _post(claim)
    claim.set_defaults(func=checked(run_claim))


def _add_pledge(actions: Commands) -> None:
    pledge = actions.add_parser(
        "pledge",
        help=translate("Cli", "Record a member's pledge for this campaign year (承诺)."),
        description=translate(
            "Cli", "Record a member's pledge for this campaign year (one or two a year)."
        ),
    )
    _member(pledge)
    pledge.add_argument(
        "--text",
        required=True,
        metavar="T",
        help=translate("Cli", "The pledge."),
    )
    pledge.set_defaults(func=checked(run_pledge))


def _add_service(actions: Commands) -> None:
    service = actions.add_parser(
        "service",
        help=translate("Cli", "Log a service on a claimed post (服务记录)."),
        description=translate(
            "Cli", "Log a service a member did on a post they claimed: date, hours, what."
        ),
    )
    _member(service)
    _post(service)
    _date(service, required=True)
    service.add_argument(
        "--hours",
        required=True,
        metavar="H",
        help=translate("Cli", "Hours, in half hours (e.g. 2 or 1.5; at most 24)."),
    )
    service.add_argument(
        "--content",
        required=True,
        metavar="C",
        help=translate("Cli", "What was done."),
    )
    service.set_defaults(func=checked(run_service))


def _add_list(actions: Commands) -> None:
    listing = actions.add_parser(
        "list",
        help=translate("Cli", "List the in-service members and who has reported this year."),
        description=translate(
            "Cli",
            "List the in-service members on the roll for this campaign year, one per line, "
            "tab-separated: name, ID number, work unit, card number (or 未报到), date reported. "
            "With --unregistered only those not yet reported, and exit 1 if there are any.",
        ),
    )
    listing.add_argument(
        "--unregistered",
        action="store_true",
        help=translate("Cli", "Only the members not yet reported this campaign year."),
    )
    listing.set_defaults(func=checked(run_list))


def _member(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--member",
        required=True,
        metavar="ID_NUMBER",
        help=translate("Cli", "The member's 18-digit citizen ID number."),
    )


def _post(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--post",
        required=True,
        metavar="N",
        help=translate("Cli", "The service post's name."),
    )


def _date(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--date",
        required=required,
        default="",
        metavar="D",
        help=translate("Cli", "The date, like 2026.03.15.")
        if required
        else translate("Cli", "The date, like 2026.03.15 (default: today)."),
    )
