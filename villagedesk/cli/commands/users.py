"""``villagedesk users add|list|lock|unlock|reset-password``: the station's accounts (管理员)."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime

from villagedesk.cli.commands import unit_of_work
from villagedesk.cli.output import OK, USAGE, err, out, report_invalid
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.cli.signing_in import password_from_outside
from villagedesk.core.accounts import services as accounts
from villagedesk.core.accounts.lockout import is_locked
from villagedesk.core.accounts.model import Account, Role
from villagedesk.core.errors import ValidationError
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore

#: The roles as the command line names them: in Chinese, as the issue spells them.
ROLE_WORDS = {"管理员": Role.ADMIN, "录入员": Role.CLERK, "查看": Role.VIEWER}
WORD_OF_ROLE = {role: word for word, role in ROLE_WORDS.items()}


def register(commands: Commands) -> None:
    users = commands.add_parser(
        "users",
        help=translate("Cli", "The station's accounts (for a 管理员)."),
        description=translate("Cli", "The station's accounts (for a 管理员)."),
    )
    actions = add_commands(users, required=True)
    add = actions.add_parser(
        "add",
        help=translate("Cli", "Add an account; the password from VILLAGEDESK_PASSWORD."),
        description=translate(
            "Cli",
            "Add an account. Its password comes from VILLAGEDESK_PASSWORD, or is asked for "
            "when a terminal is attached.",
        ),
    )
    add.add_argument("--name", required=True, help=translate("Cli", "The account's name."))
    add.add_argument(
        "--role", required=True, choices=list(ROLE_WORDS), help=translate("Cli", "Its role.")
    )
    add.set_defaults(func=run_add)
    listing = actions.add_parser(
        "list",
        help=translate("Cli", "List the accounts."),
        description=translate("Cli", "List the accounts."),
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "Print JSON."))
    listing.set_defaults(func=run_list)
    for word, locked, helptext in (
        ("lock", True, translate("Cli", "Lock an account: it cannot sign in.")),
        ("unlock", False, translate("Cli", "Unlock an account (also after wrong passwords).")),
    ):
        command = actions.add_parser(word, help=helptext, description=helptext)
        command.add_argument("name", metavar="NAME", help=translate("Cli", "The account's name."))
        command.set_defaults(func=run_lock, locked=locked)
    reset = actions.add_parser(
        "reset-password",
        help=translate("Cli", "Give an account a new password (from VILLAGEDESK_PASSWORD)."),
        description=translate("Cli", "Give an account a new password (from VILLAGEDESK_PASSWORD)."),
    )
    reset.add_argument("name", metavar="NAME", help=translate("Cli", "The account's name."))
    reset.set_defaults(func=run_reset)


def _new_password() -> str | None:
    password = password_from_outside(translate("Cli", "New password: "))
    if password is None:
        err(
            translate(
                "Cli",
                "No password: set VILLAGEDESK_PASSWORD, or run the command in a terminal to "
                "type it.",
            )
        )
    return password


def run_add(args: argparse.Namespace, store: StationStore) -> int:
    password = _new_password()
    if password is None:
        return USAGE
    try:
        account = accounts.add_account(
            unit_of_work(store),
            name=args.name,
            password=password,
            role=ROLE_WORDS[args.role],
            now=datetime.now(UTC),
        )
    except ValidationError as e:
        return report_invalid(
            e, {"name": translate("Cli", "Name"), "password": translate("Cli", "Password")}
        )
    out(
        translate("Cli", "Account added: {name} ({role}).").format(
            name=account.name, role=args.role
        )
    )
    return OK


def _state(account: Account, now: datetime) -> str:
    if account.disabled:
        return translate("Cli", "locked by a 管理员")
    if is_locked(account, now):
        return translate("Cli", "locked after wrong passwords")
    return translate("Cli", "active")


def run_list(args: argparse.Namespace, store: StationStore) -> int:
    found = accounts.list_accounts(unit_of_work(store))
    now = datetime.now(UTC)
    if args.json:
        out(
            json.dumps(
                [
                    {
                        "name": a.name,
                        "role": WORD_OF_ROLE[a.role],
                        "state": _state(a, now),
                        "disabled": a.disabled,
                        "created_at": a.created_at,
                    }
                    for a in found
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return OK
    for a in found:
        out(f"{a.name}\t{WORD_OF_ROLE[a.role]}\t{_state(a, now)}")
    return OK


def run_lock(args: argparse.Namespace, store: StationStore) -> int:
    account = accounts.set_locked(unit_of_work(store), name=args.name, locked=args.locked)
    text = (
        translate("Cli", "Locked: {name}.")
        if args.locked
        else translate("Cli", "Unlocked: {name}.")
    )
    out(text.format(name=account.name))
    return OK


def run_reset(args: argparse.Namespace, store: StationStore) -> int:
    password = _new_password()
    if password is None:
        return USAGE
    try:
        account = accounts.reset_password(unit_of_work(store), name=args.name, password=password)
    except ValidationError as e:
        return report_invalid(e, {"password": translate("Cli", "Password")})
    out(translate("Cli", "New password set: {name}.").format(name=account.name))
    return OK
