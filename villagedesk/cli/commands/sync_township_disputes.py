"""``villagedesk sync township-disputes list [--json]`` and ``sync township-disputes take-over
VILLAGE_CODE NO --by NAME [--at "YYYY-MM-DD HH:MM"]`` (township).

``list`` shows the villages' open 红 and 橙 disputes, red first (village, 编号, parties, level,
the current mediation level, the village's 包案人 and who at the township took it over);
``take-over`` records who at the township takes a dispute over (包案), which goes to the village
in its next receipt (``sync receipt``); a second take-over of the same dispute replaces the
name. Exit codes: 0 done, 2 bad input or no such dispute (nothing written; the reasons on
stderr, in Chinese).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from villagedesk.cli.commands import Command
from villagedesk.cli.commands.disputes_words import word
from villagedesk.cli.commands.sync_cli_common import print_list, township_only
from villagedesk.cli.output import OK, out, report_invalid
from villagedesk.cli.parser import add_commands
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.errors import ValidationError
from villagedesk.core.township.dispute_takeovers import (
    VillageDispute,
    take_over_dispute,
    village_disputes,
)
from villagedesk.i18n import render, translate
from villagedesk.store.station_store import StationStore

#: The clock the take-over is dated by (tests replace it).
CLOCK: Clock = SYSTEM_CLOCK

Add = Callable[[str, str, Command], argparse.ArgumentParser]


def add_township_disputes(add: Add) -> None:
    """``township-disputes`` with its ``list`` and ``take-over`` actions, on the ``sync`` group."""
    group = add(
        "township-disputes",
        translate(
            "Cli",
            "The villages' red and orange disputes, and who at the township took them over "
            "(township).",
        ),
        run_list,
    )
    actions = add_commands(group, required=True)
    listing = actions.add_parser(
        "list",
        help=translate("Cli", "List the villages' red and orange disputes, red first."),
        description=translate("Cli", "List the villages' red and orange disputes, red first."),
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "As one JSON array."))
    listing.set_defaults(func=run_list)
    take = actions.add_parser(
        "take-over",
        help=translate("Cli", "Record who at the township takes a dispute over."),
        description=translate(
            "Cli",
            "Record who at the township takes a village's dispute over. It goes to the village "
            "in the village's next receipt; a second take-over replaces the name.",
        ),
    )
    take.add_argument(
        "village", metavar="VILLAGE_CODE", help=translate("Cli", "The village's code.")
    )
    take.add_argument("number", metavar="NO", help=translate("Cli", "The dispute's number."))
    take.add_argument(
        "--by", required=True, metavar="NAME", help=translate("Cli", "Who takes it over.")
    )
    take.add_argument(
        "--at",
        default="",
        metavar="TIME",
        help=translate("Cli", "When, like 2026-05-20 09:30 (default: now)."),
    )
    take.set_defaults(func=run_take_over)


def _data(item: VillageDispute) -> dict[str, object]:
    taken = item.takeover
    return {
        "village": item.village,
        "village_name": item.village_name,
        "number": item.number,
        "parties": list(item.parties),
        "level": word(item.level),
        "level_reasons": [render(m) for m in item.reasons],
        "rung": word(item.rung),
        "owner": item.owner,
        "township_owner": item.township_owner,
        "take_over": None
        if taken is None
        else {
            "by": taken.owner_name,
            "at": taken.taken_at,
            "sent": taken.sent_in_receipt is not None,
        },
    }


def _taken(item: VillageDispute) -> str:
    taken = item.takeover
    if taken is None:
        return item.township_owner or translate("Cli", "not taken over")
    if taken.owner_name == item.township_owner:
        return taken.owner_name
    if taken.sent_in_receipt is None:
        text = translate("Cli", "{name}; not in a receipt yet")
    else:
        text = translate("Cli", "{name}; in a receipt")
    return text.format(name=taken.owner_name)


def _cells(item: VillageDispute) -> list[str]:
    return [
        word(item.level),
        item.village_name,
        item.number,
        "、".join(item.parties),
        word(item.rung),
        item.owner or "-",
        _taken(item),
    ]


def run_list(args: argparse.Namespace, store: StationStore) -> int:
    if (code := township_only(store)) is not None:
        return code
    return print_list(
        village_disputes(store.uow_factory()),
        as_json=getattr(args, "json", False),
        data=_data,
        cells=_cells,
        none=translate("Cli", "No village has an open red or orange dispute."),
    )


def run_take_over(args: argparse.Namespace, store: StationStore) -> int:
    if (code := township_only(store)) is not None:
        return code
    try:
        done = take_over_dispute(
            store.uow_factory(),
            village=args.village,
            number=args.number,
            by=args.by,
            at=args.at,
            clock=CLOCK,
        )
    except ValidationError as e:
        return report_invalid(e, {"by": "--by", "at": "--at"})
    taken = done.takeover
    out(
        translate(
            "Cli",
            "{number} of {village} taken over by {name}; the village's next receipt carries it.",
        ).format(number=taken.number, village=taken.village, name=taken.owner_name)
    )
    if done.replaced:
        out(
            translate("Cli", "This replaces the earlier take-over by {name}.").format(
                name=done.replaced
            )
        )
    return OK
