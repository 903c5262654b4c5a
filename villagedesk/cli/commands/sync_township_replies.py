"""``villagedesk sync township-replies list [--json]`` and ``sync township-replies reply NO
--village CODE --text T --by NAME [--department D] [--at "YYYY-MM-DD HH:MM"]`` (township).

``list`` shows the requests the villages 上报 to the township (village, 编号, department, what
was asked, since when, and the township's reply if it gave one); ``reply`` records the
township's reply, which goes to the village in its next receipt (``sync receipt``). Exit codes:
0 done, 2 bad input or no such request (nothing written; the reasons on stderr, in Chinese).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from villagedesk.cli.commands import Command
from villagedesk.cli.commands.sync_cli_common import print_list, township_only
from villagedesk.cli.output import OK, out, report_invalid
from villagedesk.cli.parser import add_commands
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.errors import ValidationError
from villagedesk.core.township.request_replies import (
    EscalatedRequest,
    escalated_requests,
    reply_to_request,
)
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore

#: The clock the reply is dated by (tests replace it).
CLOCK: Clock = SYSTEM_CLOCK

Add = Callable[[str, str, Command], argparse.ArgumentParser]


def add_township_replies(add: Add) -> None:
    """``township-replies`` with its ``list`` and ``reply`` actions, on the ``sync`` group."""
    group = add(
        "township-replies",
        translate(
            "Cli",
            "The requests the villages escalated to the township, and its replies (township).",
        ),
        run_list,
    )
    actions = add_commands(group, required=True)
    listing = actions.add_parser(
        "list",
        help=translate("Cli", "List the requests escalated to the township."),
        description=translate("Cli", "List the requests escalated to the township."),
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "As one JSON array."))
    listing.set_defaults(func=run_list)
    reply = actions.add_parser(
        "reply",
        help=translate("Cli", "Record the township's reply; the next receipt carries it."),
        description=translate(
            "Cli",
            "Record the township's reply to a village's escalated request. It goes to the "
            "village in the village's next receipt.",
        ),
    )
    reply.add_argument("number", metavar="NO", help=translate("Cli", "The request's number."))
    reply.add_argument(
        "--village", required=True, metavar="CODE", help=translate("Cli", "The village's code.")
    )
    reply.add_argument("--text", required=True, metavar="T", help=translate("Cli", "The reply."))
    reply.add_argument("--by", required=True, metavar="NAME", help=translate("Cli", "Who replies."))
    reply.add_argument(
        "--department",
        default="",
        metavar="D",
        help=translate("Cli", "The department that replies (default: the one escalated to)."),
    )
    reply.add_argument(
        "--at",
        default="",
        metavar="TIME",
        help=translate("Cli", "When, like 2026-05-20 09:30 (default: now)."),
    )
    reply.set_defaults(func=run_reply)


def _data(item: EscalatedRequest) -> dict[str, object]:
    reply = item.reply
    return {
        "village": item.village,
        "village_name": item.village_name,
        "number": item.number,
        "department": item.department,
        "asked": item.asked,
        "since": item.since.isoformat(timespec="minutes") if item.since is not None else None,
        "reply": None
        if reply is None
        else {
            "text": reply.text,
            "department": reply.department,
            "by": reply.by,
            "at": reply.replied_at,
            "sent": reply.sent_in_receipt is not None,
        },
    }


def _cells(item: EscalatedRequest) -> list[str]:
    since = item.since.strftime("%Y.%m.%d %H:%M") if item.since is not None else ""
    if item.reply is None:
        answer = translate("Cli", "not replied")
    elif item.reply.sent_in_receipt is None:
        answer = translate("Cli", "replied; not in a receipt yet")
    else:
        answer = translate("Cli", "replied; in a receipt")
    return [item.village_name, item.number, item.department, item.asked, since, answer]


def run_list(args: argparse.Namespace, store: StationStore) -> int:
    if (code := township_only(store)) is not None:
        return code
    return print_list(
        escalated_requests(store.uow_factory()),
        as_json=getattr(args, "json", False),
        data=_data,
        cells=_cells,
        none=translate("Cli", "No request is escalated to the township."),
    )


def run_reply(args: argparse.Namespace, store: StationStore) -> int:
    if (code := township_only(store)) is not None:
        return code
    try:
        reply = reply_to_request(
            store.uow_factory(),
            village=args.village,
            number=args.number,
            text=args.text,
            by=args.by,
            department=args.department,
            at=args.at,
            clock=CLOCK,
        )
    except ValidationError as e:
        labels = {"text": "--text", "by": "--by", "department": "--department", "at": "--at"}
        return report_invalid(e, labels)
    out(
        translate(
            "Cli", "Reply to {number} of {village} recorded; the village's next receipt carries it."
        ).format(number=reply.number, village=reply.village)
    )
    return OK
