"""Who acts on the command line: ``--user NAME`` (the password from ``VILLAGEDESK_PASSWORD``,
or asked for when a terminal is attached), or the 免登录 actor on a station without accounts or
with 免登录 on. A station with accounts refuses a command without ``--user``: the same
accounts and roles hold for scripts as for the window."""

from __future__ import annotations

import getpass
import os
import sys
from datetime import UTC, datetime

from villagedesk.cli.output import USAGE, err, text
from villagedesk.core.accounts.lockout import LoginRefused
from villagedesk.core.accounts.services import sign_in, sign_in_mode
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore
from villagedesk.store.uow import this_device

PASSWORD_VARIABLE = "VILLAGEDESK_PASSWORD"


def password_from_outside(prompt: str) -> str | None:
    """The password from the environment, else typed at a terminal (None: neither)."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given is not None:
        return given
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def act_as(store: StationStore, user: str | None) -> int | None:
    """Set who acts through ``store``; USAGE after saying why when nobody may, else None."""
    has_accounts, auto_login, _ = sign_in_mode(store.uow_factory())
    if user is None:
        if has_accounts and not auto_login:
            err(
                translate(
                    "Cli",
                    "This station has accounts: sign in with --user NAME before the command "
                    "(the password from VILLAGEDESK_PASSWORD).",
                )
            )
            return USAGE
        return None
    password = password_from_outside(translate("Cli", "Password: "))
    if password is None:
        err(
            translate(
                "Cli",
                "No password: set VILLAGEDESK_PASSWORD, or run the command in a terminal to "
                "type it.",
            )
        )
        return USAGE
    try:
        actor = sign_in(
            store.uow_factory(),
            name=user,
            password=password,
            now=datetime.now(UTC),
            device=this_device(),
        )
    except LoginRefused as e:
        err(text(e.message))
        return USAGE
    store.uow_factory.actor = actor
    return None
