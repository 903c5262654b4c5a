"""``station init --admin NAME``: the station's first 管理员, and its one-time recovery code,
shown once on the terminal and never written to a file (only its hash is kept; the window prints
it on paper instead)."""

from __future__ import annotations

from datetime import UTC, datetime

from villagedesk.cli.commands import unit_of_work
from villagedesk.cli.output import err, out, report_invalid
from villagedesk.cli.signing_in import password_from_outside
from villagedesk.core.accounts.services import create_first_admin
from villagedesk.core.errors import ValidationError
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore


def admin_password() -> str | None:
    password = password_from_outside(translate("Cli", "The 管理员's password: "))
    if password is None:
        err(
            translate(
                "Cli",
                "No password for the 管理员: set VILLAGEDESK_PASSWORD, or run the command in a "
                "terminal to type it.",
            )
        )
    return password


def create_admin(store: StationStore, name: str, password: str) -> int | None:
    """USAGE after saying why the account was not made; None once it is."""
    try:
        made = create_first_admin(
            unit_of_work(store), name=name, password=password, now=datetime.now(UTC)
        )
    except ValidationError as e:
        return report_invalid(
            e, {"name": translate("Cli", "Name"), "password": translate("Cli", "Password")}
        )
    out(translate("Cli", "管理员 account created: {name}.").format(name=made.account.name))
    out(
        translate(
            "Cli",
            "Recovery code (shown once; write it down and keep it locked away): {code}",
        ).format(code=made.recovery_code)
    )
    return None
