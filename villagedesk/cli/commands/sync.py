"""``villagedesk sync …``: keys, enrolment, packages to the township and receipts back.

The station's level decides the side: a village exports packages and imports receipts, a township
(or county) writes enrolment files, imports packages, returns records and writes receipts.
Exit codes: 0 done, 1 records refused or packages held, 2 usage, 3 a file refused (worst wins).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from villagedesk.cli.commands import Command, sync_village_cli
from villagedesk.cli.commands.sync_cli_common import REFUSED, data_dir, mode, township_only
from villagedesk.cli.commands.sync_township_audit import add_township_audit
from villagedesk.cli.commands.sync_township_disputes import add_township_disputes
from villagedesk.cli.commands.sync_township_replies import add_township_replies
from villagedesk.cli.output import OK, err, out
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.township.ports import SyncMode
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore
from villagedesk.sync import keystore
from villagedesk.sync.village_codec import VillageCodec

__all__ = ["REFUSED", "register"]

#: Adds one sync sub-command: its name, its help (also its description) and what it runs.
Add = Callable[[str, str, Command], argparse.ArgumentParser]


def register(commands: Commands) -> None:
    group = commands.add_parser(
        "sync",
        help=translate("Cli", "Data sync with the township by USB stick."),
        description=translate(
            "Cli",
            "Data sync with the township by USB stick: a village exports packages and imports "
            "receipts; a township imports packages and writes receipts.",
        ),
    )
    actions = add_commands(group, required=True)

    def add(name: str, help_text: str, func: Command) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(
            name, help=help_text, description=help_text
        )
        parser.set_defaults(func=func)
        return parser

    _enrolment_commands(add)
    _key_commands(add)
    _package_commands(add)
    _township_commands(add)
    add_township_replies(add)
    add_township_disputes(add)
    add_township_audit(add)


def _enrolment_commands(add: Add) -> None:
    """enrol-file, enrol."""
    p = add(
        "enrol-file",
        translate("Cli", "Write this township's enrolment file for its villages (township)."),
        run_enrol_file,
    )
    p.add_argument(
        "--out", required=True, metavar="FILE", help=translate("Cli", "The file to write.")
    )
    p.add_argument(
        "--sheet",
        metavar="FILE.pdf",
        help=translate(
            "Cli",
            "Where to write the printed enrolment sheet (default: next to the enrolment file).",
        ),
    )
    p = add(
        "enrol",
        translate("Cli", "Import the township's enrolment file (village)."),
        run_enrol,
    )
    p.add_argument("file", metavar="FILE", help=translate("Cli", "The enrolment file."))
    p.add_argument(
        "--accept",
        metavar="FINGERPRINT",
        help=translate(
            "Cli",
            "Enrol, after comparing the township's fingerprint with its printed enrolment sheet.",
        ),
    )
    p.add_argument(
        "--replace-township",
        metavar="FINGERPRINT",
        help=translate(
            "Cli",
            "Replace the township trusted now (give its fingerprint): its key is no longer trusted.",
        ),
    )


def _key_commands(add: Add) -> None:
    """new-keys, fingerprint, rotate-keys."""
    add(
        "new-keys",
        translate(
            "Cli",
            "Make new keys for this station (when its keys cannot be opened on this computer).",
        ),
        run_new_keys,
    )
    add("fingerprint", translate("Cli", "Print this station's key fingerprint."), run_fingerprint)
    add(
        "rotate-keys",
        translate(
            "Cli",
            "Give this township new keys; its next enrolment file is signed by the old ones too (township).",
        ),
        run_rotate_keys,
    )


def _package_commands(add: Add) -> None:
    """export, import."""
    p = add(
        "export",
        translate("Cli", "Export the changes not yet confirmed into a package (village)."),
        run_export,
    )
    p.add_argument(
        "--out", required=True, metavar="DIR", help=translate("Cli", "The folder to write to.")
    )
    p.add_argument(
        "--full",
        action="store_true",
        help=translate("Cli", "Export every record, not only the changes since the last receipt."),
    )
    p = add(
        "import",
        translate("Cli", "Import packages (township) or receipts (village). Never asks questions."),
        run_import,
    )
    p.add_argument(
        "files", nargs="+", metavar="FILE", help=translate("Cli", "The files to import.")
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "Only show what would change (township)."),
    )
    p.add_argument(
        "--accept",
        metavar="FINGERPRINT",
        help=translate(
            "Cli", "Accept a new or changed village key with this fingerprint (township)."
        ),
    )


def _township_commands(add: Add) -> None:
    """return, receipt, status."""
    p = add(
        "return",
        translate("Cli", "Return a received record to its village for correction (township)."),
        run_return,
    )
    p.add_argument(
        "--record", required=True, metavar="UUID", help=translate("Cli", "The record's UUID.")
    )
    p.add_argument(
        "--comment", required=True, metavar="TEXT", help=translate("Cli", "What to correct.")
    )
    p = add(
        "receipt",
        translate("Cli", "Write a signed receipt for a village (township)."),
        run_receipt,
    )
    p.add_argument(
        "--village", required=True, metavar="CODE", help=translate("Cli", "The village's code.")
    )
    p.add_argument(
        "--out", required=True, metavar="DIR", help=translate("Cli", "The folder to write to.")
    )
    add("status", translate("Cli", "Show the sync status."), run_status)


# -- both sides ---------------------------------------------------------------------------------


def run_fingerprint(args: argparse.Namespace, store: StationStore) -> int:
    del args
    out(VillageCodec(data_dir(store)).fingerprint())
    return OK


def run_status(args: argparse.Namespace, store: StationStore) -> int:
    del args
    if mode(store) is SyncMode.TOWNSHIP:
        from villagedesk.cli.commands import sync_township_cli

        return sync_township_cli.run_status(store, today=date.today())
    return sync_village_cli.run_status(store)


def run_new_keys(args: argparse.Namespace, store: StationStore) -> int:
    del args
    identity = keystore.new_identity(data_dir(store))
    out(translate("Cli", "New fingerprint: {fingerprint}").format(fingerprint=identity.fingerprint))
    err(
        translate(
            "Cli",
            "The township must accept this station again: compare this fingerprint with the cover sheet of the next package.",
        )
    )
    return OK


def run_import(args: argparse.Namespace, store: StationStore) -> int:
    if mode(store) is SyncMode.VILLAGE:
        return sync_village_cli.import_receipts(args, store)
    from villagedesk.cli.commands import sync_township_cli

    return sync_township_cli.run_import(args, store)


# -- village ------------------------------------------------------------------------------------


def run_enrol(args: argparse.Namespace, store: StationStore) -> int:
    return sync_village_cli.run_enrol(args, store)


def run_export(args: argparse.Namespace, store: StationStore) -> int:
    return sync_village_cli.run_export(args, store)


# -- township -----------------------------------------------------------------------------------


def run_enrol_file(args: argparse.Namespace, store: StationStore) -> int:
    if (code := township_only(store)) is not None:
        return code
    from villagedesk.cli.commands import sync_township_cli

    return sync_township_cli.run_enrol_file(args, store)


def run_rotate_keys(args: argparse.Namespace, store: StationStore) -> int:
    del args
    if (code := township_only(store)) is not None:
        return code
    old = keystore.current_fingerprint(data_dir(store))
    identity = keystore.new_identity(data_dir(store))
    out(translate("Cli", "New fingerprint: {fingerprint}").format(fingerprint=identity.fingerprint))
    err(
        translate(
            "Cli",
            "The old key ({old}) is kept to open packages still addressed to it and to sign the new enrolment file. Write it with: villagedesk sync enrol-file, and give it and its sheet to every village.",
        ).format(old=old or "—")
    )
    return OK


def run_return(args: argparse.Namespace, store: StationStore) -> int:
    if (code := township_only(store)) is not None:
        return code
    from villagedesk.cli.commands import sync_township_cli

    return sync_township_cli.run_return(args, store)


def run_receipt(args: argparse.Namespace, store: StationStore) -> int:
    if (code := township_only(store)) is not None:
        return code
    from villagedesk.cli.commands import sync_township_cli

    return sync_township_cli.run_receipt(args, store)
