"""``villagedesk requests add|assign|sign|record|reply|follow-up|close|reopen|merge|show|list``:
residents' requests (民情诉求) from the command line, through the same services and rules as the
window.

A request is named by its 编号 (``DHC-2026-0012``). Types, urgencies, follow-up answers and
states are written in Chinese (咨询, 紧急, 已解决, 办理中 …), their codes work too. Exit codes:
0 done, 2 bad input (nothing written; the reasons on stderr, in Chinese). This module is the
command's parser; what each sub-command does is in ``requests_commands.py``.
"""

from __future__ import annotations

import argparse

from villagedesk.cli.commands import requests_commands as run
from villagedesk.cli.commands.in_service_commands import checked
from villagedesk.cli.commands.requests_excel import add_export
from villagedesk.cli.commands.requests_lists import add_lists
from villagedesk.cli.commands.requests_words import words
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.requests.events import Resolution, Satisfaction
from villagedesk.core.requests.model import RequestType, Urgency
from villagedesk.core.requests.record import DueFilter
from villagedesk.core.requests.state import RequestState
from villagedesk.i18n import translate


def register(commands: Commands) -> None:
    group = commands.add_parser(
        "requests",
        help=translate("Cli", "Residents' requests: record, assign, handle, follow up, close."),
        description=translate(
            "Cli",
            "Residents' requests (民情诉求) with the same rules as the window. A request is "
            "named by its number, like DHC-2026-0012. Times are written like "
            "“2026-05-20 09:30”; without --at, now.",
        ),
    )
    actions = add_commands(group, required=True)
    _add_add(actions)
    _add_assign(actions)
    _add_sign(actions)
    _add_text_step(actions, "record", translate("Cli", "Record the work done (办理记录)."))
    _add_text_step(actions, "reply", translate("Cli", "Record the reply to the requester (答复)."))
    _add_follow_up(actions)
    _add_close(actions)
    _add_reopen(actions)
    _add_merge(actions)
    _add_show(actions)
    _add_list(actions)
    add_export(actions)
    add_lists(actions)


def _metavar(words: list[str]) -> str:
    return "|".join(words)


def _add_add(actions: Commands) -> None:
    add = actions.add_parser(
        "add",
        help=translate("Cli", "Record a new request (受理); prints its number."),
        description=translate(
            "Cli",
            "Record a new request. Its number is printed as the last line. --requester is a "
            "resident's or member's 18-digit ID number, or a name typed in; without it the "
            "request is anonymous.",
        ),
    )
    add.add_argument(
        "--type",
        required=True,
        metavar=_metavar(words(RequestType)),
        help=translate("Cli", "The type of request."),
    )
    add.add_argument(
        "--content",
        required=True,
        metavar="TEXT",
        help=translate("Cli", "What the request is about."),
    )
    add.add_argument(
        "--requester",
        default="",
        metavar="NAME_OR_ID",
        help=translate("Cli", "Who raised it: an ID number on the roll, or a name."),
    )
    add.add_argument(
        "--phone", default="", metavar="P", help=translate("Cli", "The requester's phone.")
    )
    add.add_argument(
        "--channel",
        default="",
        metavar="C",
        help=translate("Cli", "Where it came in (default: 其他)."),
    )
    add.add_argument(
        "--ticket",
        default="",
        metavar="T",
        help=translate("Cli", "The upper level's ticket number (for 12345转办 and the like)."),
    )
    add.add_argument(
        "--urgency",
        default="",
        metavar=_metavar(words(Urgency)),
        help=translate("Cli", "How urgent it is (default: 一般)."),
    )
    add.add_argument("--category", default="", metavar="C", help=translate("Cli", "The category."))
    add.add_argument("--place", default="", metavar="P", help=translate("Cli", "Where it is."))
    add.add_argument(
        "--received-by", default="", metavar="NAME", help=translate("Cli", "Who received it.")
    )
    add.add_argument(
        "--received",
        default="",
        metavar="TIME",
        help=translate("Cli", "When it came in, like “2026-05-20 09:30” (default: now)."),
    )
    add.set_defaults(func=checked(run.run_add))


def _number(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("number", metavar="NO", help=translate("Cli", "The request's number."))


def _at(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at",
        default="",
        metavar="TIME",
        help=translate("Cli", "When, like “2026-05-20 09:30” (default: now)."),
    )


def _by(parser: argparse.ArgumentParser, helptext: str) -> None:
    parser.add_argument("--by", default="", metavar="NAME", help=helptext)


def _step(actions: Commands, name: str, helptext: str) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=helptext, description=helptext)
    _number(parser)
    return parser


def _add_assign(actions: Commands) -> None:
    assign = _step(actions, "assign", translate("Cli", "Hand the request to one person (分派)."))
    assign.add_argument(
        "--to", required=True, metavar="NAME", help=translate("Cli", "The person responsible.")
    )
    assign.add_argument(
        "--helper",
        action="append",
        default=[],
        metavar="NAME",
        help=translate("Cli", "A helper (may be given more than once)."),
    )
    _by(assign, translate("Cli", "Who assigned it."))
    _at(assign)
    assign.set_defaults(func=checked(run.run_assign))


def _add_sign(actions: Commands) -> None:
    sign = _step(actions, "sign", translate("Cli", "The person responsible signs for it (签收)."))
    sign.add_argument("--by", required=True, metavar="NAME", help=translate("Cli", "Who signs."))
    _at(sign)
    sign.set_defaults(func=checked(run.run_sign))


def _add_text_step(actions: Commands, name: str, helptext: str) -> None:
    step = _step(actions, name, helptext)
    step.add_argument("--text", required=True, metavar="T", help=translate("Cli", "The text."))
    _by(step, translate("Cli", "Who did it (default: the person responsible)."))
    _at(step)
    step.set_defaults(func=checked(run.run_record if name == "record" else run.run_reply))


def _add_follow_up(actions: Commands) -> None:
    follow = _step(
        actions,
        "follow-up",
        translate("Cli", "Ask the requester back (回访); 未解决 or 不满意 reopens it."),
    )
    follow.add_argument(
        "--result",
        required=True,
        metavar=_metavar(words(Resolution)),
        help=translate("Cli", "Whether it was solved."),
    )
    follow.add_argument(
        "--satisfaction",
        required=True,
        metavar=_metavar(words(Satisfaction)),
        help=translate("Cli", "How satisfied the requester is."),
    )
    follow.add_argument("--note", default="", metavar="T", help=translate("Cli", "A note."))
    _by(follow, translate("Cli", "Who asked back."))
    _at(follow)
    follow.set_defaults(func=checked(run.run_follow_up))


def _add_close(actions: Commands) -> None:
    close = _step(
        actions,
        "close",
        translate(
            "Cli",
            "Close the request (销号): after a follow-up that says 已解决, or with a statement "
            "why it cannot be solved, approved by the station's head.",
        ),
    )
    close.add_argument(
        "--statement",
        default="",
        metavar="T",
        help=translate("Cli", "Why it cannot be solved (无法解决说明)."),
    )
    close.add_argument(
        "--approved-by",
        default="",
        metavar="NAME",
        help=translate("Cli", "The station head who approved the statement."),
    )
    _by(close, translate("Cli", "Who closed it."))
    _at(close)
    close.set_defaults(func=checked(run.run_close))


def _add_reopen(actions: Commands) -> None:
    reopen = _step(actions, "reopen", translate("Cli", "Reopen the request (重办)."))
    reopen.add_argument("--reason", required=True, metavar="R", help=translate("Cli", "Why."))
    _by(reopen, translate("Cli", "Who reopened it."))
    _at(reopen)
    reopen.set_defaults(func=checked(run.run_reopen))


def _add_merge(actions: Commands) -> None:
    merge = _step(
        actions,
        "merge",
        translate("Cli", "Merge the request into another one about the same matter (合并)."),
    )
    merge.add_argument(
        "--into", required=True, metavar="NO2", help=translate("Cli", "The request it goes into.")
    )
    _by(merge, translate("Cli", "Who merged them."))
    _at(merge)
    merge.set_defaults(func=checked(run.run_merge))


def _add_show(actions: Commands) -> None:
    show = _step(actions, "show", translate("Cli", "Show one request with its history."))
    show.add_argument("--json", action="store_true", help=translate("Cli", "As one JSON object."))
    show.set_defaults(func=checked(run.run_show))


def _add_list(actions: Commands) -> None:
    listing = actions.add_parser(
        "list",
        help=translate("Cli", "List the requests, newest first."),
        description=translate(
            "Cli",
            "List the requests, newest first, one per line, tab-separated: number, state, "
            "received, type, requester, person responsible, time limit, summary.",
        ),
    )
    listing.add_argument(
        "--due",
        default="",
        metavar=_metavar([d.value for d in DueFilter]),
        help=translate("Cli", "Only those due today, or overdue."),
    )
    listing.add_argument(
        "--state",
        default="",
        metavar="S",
        help=translate("Cli", "Only those in this state ({states}).").format(
            states=", ".join(words(RequestState))
        ),
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "As one JSON array."))
    listing.set_defaults(func=checked(run.run_list))
