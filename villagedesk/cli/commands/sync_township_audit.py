"""``villagedesk sync township-audit list [--village CODE] [--json]`` (township).

Who changed what in the villages' sensitive registers (requests, disputes, relief categories and
residents' relief links), as the villages' audit logs arrived in their packages: time, village,
account, role, record type, uuid and the fields changed with their old and new values, masked as
the village's log stored them. Exit codes: 0 done, 2 not a township station.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from villagedesk.cli.commands import Command
from villagedesk.cli.commands.sync_cli_common import print_list, township_only
from villagedesk.cli.parser import add_commands
from villagedesk.core.accounts.model import Role
from villagedesk.core.audit.changes import fields_text, is_listed
from villagedesk.core.registers import record_type_title
from villagedesk.core.township.audit_trail import VillageChange, sensitive_changes
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore

Add = Callable[[str, str, Command], argparse.ArgumentParser]


def add_township_audit(add: Add) -> None:
    """``township-audit`` with its ``list`` action, on the ``sync`` group."""
    group = add(
        "township-audit",
        translate(
            "Cli", "Who changed what in the villages' sensitive registers, from their audit logs."
        ),
        run_list,
    )
    actions = add_commands(group, required=True)
    listing = actions.add_parser(
        "list",
        help=translate("Cli", "List the villages' changes to requests, disputes and relief."),
        description=translate(
            "Cli", "List the villages' changes to requests, disputes and relief."
        ),
    )
    listing.add_argument(
        "--village", default=None, metavar="CODE", help=translate("Cli", "The village's code.")
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "As one JSON array."))
    listing.set_defaults(func=run_list)


def role_label(role: str) -> str:
    try:
        return translate("Enum", Role(role).label)
    except ValueError:
        return role


def _data(item: VillageChange) -> dict[str, object]:
    return {
        "village": item.village,
        "seq": item.seq,
        "at": item.at,
        "account": item.actor,
        "role": item.role,
        "record_type": item.record_type,
        "uuid": item.record_uuid,
        "fields": [list(change) for change in item.fields],
        "listed": is_listed(item.fields),
    }


def _cells(item: VillageChange) -> list[str]:
    return [
        item.at,
        item.village,
        item.actor,
        role_label(item.role),
        record_type_title(item.record_type, translate),
        item.record_uuid,
        fields_text(item.fields, translate, "; "),
    ]


def run_list(args: argparse.Namespace, store: StationStore) -> int:
    if (code := township_only(store)) is not None:
        return code
    return print_list(
        sensitive_changes(store.uow_factory(), village=getattr(args, "village", None) or None),
        as_json=getattr(args, "json", False),
        data=_data,
        cells=_cells,
        none=translate("Cli", "No change to the villages' sensitive registers has arrived."),
    )
